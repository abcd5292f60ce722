import { type Selectable, type SqlBool, sql } from 'kysely';
import { peopleWhoWorked, visibleTo } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { RetroRevisionsTable, RetroSectionsTable, RetrosTable } from '../platform/db/schema.ts';

export type RetroRow = Selectable<RetrosTable>;
export type SectionRow = Selectable<RetroSectionsTable>;
export type RevisionRow = Selectable<RetroRevisionsTable>;

export const getRetro = (tx: Tx, id: string) => tx.db.selectFrom('retros').selectAll().where('id', '=', id).executeTakeFirst();

export const getRetroByIncident = (tx: Tx, incidentId: string) =>
  tx.db.selectFrom('retros').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();

export const insertRetro = (tx: Tx, row: RetroRow) => tx.db.insertInto('retros').values(row).execute();

export const updateRetro = (tx: Tx, id: string, patch: Partial<RetroRow>) =>
  tx.db.updateTable('retros').set(patch).where('id', '=', id).execute();

/**
 * Moves the status only if it is still `from` at `revision`: of two concurrent publishes exactly one
 * changes a row; the other sees 0 rows and answers 409.
 */
export async function moveStatus(tx: Tx, id: string, from: string, revision: number, patch: Partial<RetroRow>): Promise<boolean> {
  const r = await tx.db
    .updateTable('retros')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const sectionsOf = (tx: Tx, retroId: string) =>
  tx.db
    .selectFrom('retro_sections')
    .leftJoin('users', 'users.id', 'retro_sections.updated_by')
    .selectAll('retro_sections')
    .select('users.name as updated_by_name')
    .where('retro_sections.retro_id', '=', retroId)
    .orderBy('retro_sections.position')
    .execute();
export type SectionWithName = Awaited<ReturnType<typeof sectionsOf>>[number];

export const getSection = (tx: Tx, retroId: string, key: string) =>
  tx.db
    .selectFrom('retro_sections')
    .leftJoin('users', 'users.id', 'retro_sections.updated_by')
    .selectAll('retro_sections')
    .select('users.name as updated_by_name')
    .where('retro_sections.retro_id', '=', retroId)
    .where('retro_sections.key', '=', key)
    .executeTakeFirst();

export const insertSections = (tx: Tx, rows: SectionRow[]) =>
  rows.length ? tx.db.insertInto('retro_sections').values(rows).execute() : Promise.resolve([]);

/** Writes a section only if nobody saved it since `baseRevision`; false means a conflict. */
export async function saveSectionIfCurrent(tx: Tx, id: string, baseRevision: number, patch: Partial<SectionRow>): Promise<boolean> {
  const r = await tx.db
    .updateTable('retro_sections')
    .set({ ...patch, revision: baseRevision + 1 })
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const markSectionLogged = (tx: Tx, id: string, by: string, at: string) =>
  tx.db.updateTable('retro_sections').set({ logged_by: by, logged_at: at }).where('id', '=', id).execute();

export const revisionsOf = (tx: Tx, retroId: string) =>
  tx.db
    .selectFrom('retro_revisions')
    .leftJoin('users', 'users.id', 'retro_revisions.published_by')
    .select(['retro_revisions.revision', 'retro_revisions.published_at', 'retro_revisions.published_by', 'users.name as published_by_name'])
    .where('retro_revisions.retro_id', '=', retroId)
    .orderBy('retro_revisions.revision')
    .execute();

export const getRevision = (tx: Tx, retroId: string, revision: number) =>
  tx.db.selectFrom('retro_revisions').selectAll().where('retro_id', '=', retroId).where('revision', '=', revision).executeTakeFirst();

export const latestRevision = (tx: Tx, retroId: string) =>
  tx.db.selectFrom('retro_revisions').selectAll().where('retro_id', '=', retroId).orderBy('revision', 'desc').limit(1).executeTakeFirst();

export const insertRevision = (tx: Tx, row: RevisionRow) => tx.db.insertInto('retro_revisions').values(row).execute();

export const getRetroByShareHash = (tx: Tx, hash: string) =>
  tx.db.selectFrom('retros').selectAll().where('share_token_hash', '=', hash).executeTakeFirst();

/** Most recently changed first; retrospectives changed in the same instant keep (descending) id order. */
export const retroOrder = keyset<{ updated_at: string; id: string }>('retros', [
  { column: 'retros.updated_at', dir: 'desc', type: 'string', of: (r) => r.updated_at },
  { column: 'retros.id', dir: 'desc', type: 'string', of: (r) => r.id },
]);

export type RetroListFilter = { statuses?: string[]; limit: number; after?: Cursor };

/** Retrospectives on incidents the user may see, most recently changed first. */
export function listRetros(tx: Tx, user: { id: string; role: string }, f: RetroListFilter) {
  let q = tx.db
    .selectFrom('retros')
    .innerJoin('incidents', 'incidents.id', 'retros.incident_id')
    .selectAll('retros')
    .select(['incidents.number as incident_number', 'incidents.title as incident_title', 'incidents.private as incident_private'])
    .select((eb) => [
      eb
        .selectFrom('retro_revisions as rr')
        .select((s) => s.fn.max('rr.revision').as('n'))
        .whereRef('rr.retro_id', '=', 'retros.id')
        .as('published_revision'),
      eb
        .selectFrom('retro_revisions as rr')
        .select((s) => s.fn.max('rr.published_at').as('at'))
        .whereRef('rr.retro_id', '=', 'retros.id')
        .as('last_published_at'),
    ])
    .$call(retroOrder.order)
    .limit(f.limit + 1);
  q = q.where(visibleTo(user));
  if (user.role === 'viewer') {
    // Viewers read published revisions only: every retrospective they see counts as published.
    q = q.where('retros.first_published_at', 'is not', null);
    if (f.statuses?.length && !f.statuses.includes('published')) q = q.where(sql<SqlBool>`1 = 0`);
  } else if (f.statuses?.length) q = q.where('retros.status', 'in', f.statuses);
  if (f.after) q = q.where(retroOrder.after(f.after));
  return q.execute();
}

/** The people asked for their view: those who worked the incident (participants and role holders). */
export const invitedUserIds = (tx: Tx, incidentId: string): Promise<string[]> => peopleWhoWorked(tx, incidentId);

/** Records that a follow-up came out of this retrospective (idempotent). */
export const linkFollowUp = (tx: Tx, retroId: string, actionId: string, at: string) =>
  tx.db
    .insertInto('retro_follow_ups')
    .values({ retro_id: retroId, action_id: actionId, created_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();

export const followUpLinks = (tx: Tx, retroId: string) =>
  tx.db.selectFrom('retro_follow_ups').select('action_id').where('retro_id', '=', retroId).execute();

/** The id of the answer written under this author key, if any (to mark the reader's own answer). */
export const answerByAuthor = (tx: Tx, retroId: string, authorKey: string) =>
  tx.db.selectFrom('retro_answers').select('id').where('retro_id', '=', retroId).where('author_key', '=', authorKey).executeTakeFirst();

/**
 * The texts of a retrospective as a reviewer reads them: each section's body, each why (and its
 * accepted-risk reason) and each answer of everyone's view, in page order. For jobs only: it reads
 * everything, whoever wrote it; callers must not hand the texts to anyone.
 */
export async function retroTexts(tx: Tx, retroId: string): Promise<string[]> {
  const sections = await tx.db
    .selectFrom('retro_sections')
    .select('body')
    .where('retro_id', '=', retroId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const whys = await tx.db
    .selectFrom('retro_whys')
    .select(['text', 'accepted_reason'])
    .where('retro_id', '=', retroId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const answers = await tx.db
    .selectFrom('retro_answers')
    .select(['what_happened', 'surprised', 'stuck', 'would_have_helped'])
    .where('retro_id', '=', retroId)
    .orderBy('id')
    .execute();
  return [
    ...sections.map((s) => s.body),
    ...whys.flatMap((w) => [w.text, w.accepted_reason ?? '']),
    ...answers.flatMap((a) => [a.what_happened, a.surprised, a.stuck, a.would_have_helped]),
  ].filter((s) => s.trim());
}
