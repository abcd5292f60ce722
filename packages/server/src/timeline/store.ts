import type { Selectable } from 'kysely';
import { visibleTo } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import { keyset } from '../platform/cursor.ts';
import type { TimelineEntriesTable } from '../platform/db/schema.ts';

export type EntryRow = Selectable<TimelineEntriesTable> & { actor_name: string | null };

/** Inserts rows in one statement; ids come back in insertion order (ascending). */
export async function insertEntries(tx: Tx, rows: Omit<Selectable<TimelineEntriesTable>, 'id'>[]): Promise<number[]> {
  if (!rows.length) return [];
  const r = await tx.db.insertInto('timeline_entries').values(rows).returning('id').execute();
  return r.map((x) => Number(x.id)).sort((a, b) => a - b);
}

const base = (tx: Tx) =>
  tx.db
    .selectFrom('timeline_entries')
    .leftJoin('users', 'users.id', 'timeline_entries.actor_id')
    .selectAll('timeline_entries')
    .select('users.name as actor_name');

/** Recorded order. Entry ids are unique, so the id is the whole key (see platform/cursor.ts). */
export const entryOrder = keyset<{ id: number }>('timeline', [
  { column: 'timeline_entries.id', dir: 'asc', type: 'number', of: (e) => e.id },
]);

/** Entries of one incident in id order (the order they were recorded), after an id. */
export function listEntries(
  tx: Tx,
  incidentId: string,
  opts: { after?: number; limit: number; kinds?: string[]; stakeholdersOnly?: boolean },
) {
  let q = base(tx).where('timeline_entries.incident_id', '=', incidentId).$call(entryOrder.order).limit(opts.limit);
  if (opts.after !== undefined) q = q.where(entryOrder.after([opts.after]));
  if (opts.kinds?.length) q = q.where('timeline_entries.kind', 'in', opts.kinds);
  if (opts.stakeholdersOnly) q = q.where('timeline_entries.visibility', '=', 'stakeholders');
  return q.execute() as Promise<EntryRow[]>;
}

/** The id of an incident's newest entry (0 when it has none). */
export const lastEntryId = async (tx: Tx, incidentId: string) =>
  Number(
    (
      await tx.db
        .selectFrom('timeline_entries')
        .select((eb) => eb.fn.max('id').as('n'))
        .where('incident_id', '=', incidentId)
        .executeTakeFirst()
    )?.n ?? 0,
  );

export const getEntry = (tx: Tx, incidentId: string, id: number) =>
  base(tx).where('timeline_entries.incident_id', '=', incidentId).where('timeline_entries.id', '=', id).executeTakeFirst() as Promise<
    EntryRow | undefined
  >;

/** Rewrites what an entry says (a correction): its body, structured data and pin; the correction itself is a new entry. */
export const amendEntry = (tx: Tx, id: number, patch: { body: string | null; data: string; pinned?: number }) =>
  tx.db.updateTable('timeline_entries').set(patch).where('id', '=', id).execute();

export const setPinned = (tx: Tx, id: number, pinned: boolean) =>
  tx.db
    .updateTable('timeline_entries')
    .set({ pinned: pinned ? 1 : 0 })
    .where('id', '=', id)
    .execute();

export const countEntries = async (tx: Tx, incidentId: string) =>
  Number(
    (
      await tx.db
        .selectFrom('timeline_entries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('incident_id', '=', incidentId)
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * Entries across every incident the user may see, after an id, in id order: what a live list
 * missed while its connection was down.
 */
export function listEntriesAcross(
  tx: Tx,
  user: { id: string; role: string },
  opts: { after: number; upTo?: number; incidentId?: string; limit: number; stakeholdersOnly: boolean },
) {
  let q = base(tx)
    .innerJoin('incidents', 'incidents.id', 'timeline_entries.incident_id')
    .select(['incidents.number as incident_number', 'incidents.private as incident_private'])
    .where('timeline_entries.id', '>', opts.after)
    .where(visibleTo(user))
    .orderBy('timeline_entries.id')
    .limit(opts.limit);
  if (opts.stakeholdersOnly) q = q.where('timeline_entries.visibility', '=', 'stakeholders');
  if (opts.upTo !== undefined) q = q.where('timeline_entries.id', '<=', opts.upTo);
  if (opts.incidentId !== undefined) q = q.where('timeline_entries.incident_id', '=', opts.incidentId);
  return q.execute() as Promise<(EntryRow & { incident_number: number; incident_private: number })[]>;
}
