import { sql } from 'kysely';
import { visibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';

/** The SQL of the learning slice: incident vectors and the reads similar/recurring/unsolved need. */

const REVISION = 'learning.revision';

/** The text an incident's vectors are computed from. */
export async function incidentText(tx: Tx, incidentId: string) {
  const incident = await tx.db
    .selectFrom('incidents')
    .select([
      'id',
      'title',
      'summary',
      'original_request',
      'symptoms',
      'customer_impact',
      'root_causes',
      'fixes_for_symptoms',
      'root_cause_fix_description',
      'prevention',
    ])
    .where('id', '=', incidentId)
    .executeTakeFirst();
  if (!incident) return null;
  const summary = await tx.db
    .selectFrom('retro_sections')
    .innerJoin('retros', 'retros.id', 'retro_sections.retro_id')
    .select('retro_sections.body')
    .where('retros.incident_id', '=', incidentId)
    .where('retro_sections.key', '=', 'summary')
    .executeTakeFirst();
  return { ...incident, retro_summary: summary?.body ?? '' };
}

export const vectorHash = (tx: Tx, incidentId: string) =>
  tx.db.selectFrom('incident_vectors').select(['source_hash', 'embedding']).where('incident_id', '=', incidentId).executeTakeFirst();

/** Stores an incident's vectors and moves the revision on (every process's index notices). */
export async function saveVectors(
  tx: Tx,
  row: { incident_id: string; terms: string; embedding: string | null; source_hash: string; computed_at: string },
): Promise<void> {
  const revision = await bumpRevision(tx);
  await tx.db
    .insertInto('incident_vectors')
    .values({ ...row, group_id: null, revision })
    .onConflict((oc) =>
      oc.column('incident_id').doUpdateSet({
        terms: row.terms,
        embedding: row.embedding,
        source_hash: row.source_hash,
        computed_at: row.computed_at,
        revision,
      }),
    )
    .execute();
}

/** Moves `learning.revision` on and returns its new value. */
async function bumpRevision(tx: Tx): Promise<number> {
  const row = await tx.db
    .insertInto('counters')
    .values({ name: REVISION, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Marks an incident's vectors out of date (in the transaction that changed its text). */
export async function markPending(tx: Tx, incidentId: string, since: string): Promise<void> {
  await tx.db
    .insertInto('learning_pending')
    .values({ incident_id: incidentId, since })
    .onConflict((oc) => oc.column('incident_id').doNothing())
    .execute();
}

/** Incidents whose vectors are missing or out of date, oldest change first. */
export const pendingIds = async (tx: Tx, limit: number): Promise<string[]> =>
  (await tx.db.selectFrom('learning_pending').select('incident_id').orderBy('since').orderBy('incident_id').limit(limit).execute()).map(
    (r) => r.incident_id,
  );

/** Clears an incident's pending mark if nothing changed it after `since` was read. */
export async function clearPending(tx: Tx, incidentId: string, since: string): Promise<void> {
  await tx.db.deleteFrom('learning_pending').where('incident_id', '=', incidentId).where('since', '<=', since).execute();
}

export async function revision(tx: Tx): Promise<number> {
  const row = await tx.db.selectFrom('counters').select('value').where('name', '=', REVISION).executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Incidents' vectors written after `since` (a `learning.revision`), with what similarity needs to know about each incident. */
export const vectorsSince = (tx: Tx, since: number) =>
  tx.db
    .selectFrom('incident_vectors')
    .innerJoin('incidents', 'incidents.id', 'incident_vectors.incident_id')
    .select([
      'incident_vectors.incident_id as id',
      'incidents.number',
      'incidents.declared_at',
      'incident_vectors.terms',
      'incident_vectors.embedding',
      'incident_vectors.group_id',
      'incident_vectors.revision',
    ])
    .where('incident_vectors.revision', '>', since)
    .execute();

/** The services (ids) of the given incidents. */
export async function incidentServices(tx: Tx, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx.db
      .selectFrom('incident_services')
      .select(['incident_id', 'service_id'])
      .where('incident_id', 'in', ids.slice(i, i + 500))
      .orderBy('service_id')
      .execute();
    for (const r of rows) out.get(r.incident_id)?.push(r.service_id);
  }
  return out;
}

export const servicesByName = (tx: Tx, names: readonly string[]) =>
  names.length
    ? tx.db
        .selectFrom('services')
        .select(['id', 'name'])
        .where((eb) => eb.or([eb('name', 'in', names), eb('id', 'in', names)]))
        .execute()
    : Promise.resolve([]);

export const serviceNames = (tx: Tx, ids: readonly string[]) =>
  ids.length ? tx.db.selectFrom('services').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);

/** Private incidents this person may not see: left out of every answer and every count. */
export async function hiddenIds(tx: Tx, user: Actor): Promise<Set<string>> {
  if (user.role === 'admin') return new Set();
  const rows = await tx.db
    .selectFrom('incidents')
    .select('id')
    .where('private', '=', 1)
    .where((eb) => eb.not(visibleTo(user)))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The groups the cluster job found (incident id → group id, null for none). */
export async function saveGroups(tx: Tx, groups: Map<string, string | null>): Promise<void> {
  const byGroup = new Map<string | null, string[]>();
  for (const [id, g] of groups) byGroup.set(g, [...(byGroup.get(g) ?? []), id]);
  const revision = await bumpRevision(tx);
  for (const [g, ids] of byGroup) {
    for (let i = 0; i < ids.length; i += 500) {
      await tx.db
        .updateTable('incident_vectors')
        .set({ group_id: g, revision })
        .where('incident_id', 'in', ids.slice(i, i + 500))
        .execute();
    }
  }
}

/** What a similar incident shows: its ticket's learning parts, severity and services. */
export async function incidentDetails(tx: Tx, ids: readonly string[]) {
  if (!ids.length) return [];
  return tx.db
    .selectFrom('incidents')
    .leftJoin('severities', 'severities.id', 'incidents.severity_id')
    .select([
      'incidents.id',
      'incidents.number',
      'incidents.title',
      'incidents.status',
      'incidents.root_causes',
      'incidents.fixes_for_symptoms',
      'incidents.root_cause_fix_state',
      'incidents.root_cause_fix_description',
      'incidents.root_cause_fix_reason',
      'incidents.declared_at',
      'incidents.resolved_at',
      'severities.name as severity',
    ])
    .where('incidents.id', 'in', ids)
    .execute();
}

/** Follow-ups that address the root cause, of these incidents. */
export async function rootCauseActions(tx: Tx, incidentIds: readonly string[]) {
  if (!incidentIds.length) return [];
  return tx.db
    .selectFrom('actions')
    .leftJoin('users', 'users.id', 'actions.owner_id')
    .select([
      'actions.id',
      'actions.incident_id',
      'actions.title',
      'actions.status',
      'actions.status_reason',
      'actions.due_at',
      'actions.completed_at',
      'actions.owner_id',
      'users.name as owner_name',
    ])
    .where('actions.incident_id', 'in', incidentIds)
    .where('actions.addresses', '=', 'root_cause')
    .where('actions.draft', '=', 0)
    .orderBy('actions.created_at')
    .execute();
}

export async function servicesOfIncidents(tx: Tx, incidentIds: readonly string[]) {
  if (!incidentIds.length) return [];
  return tx.db
    .selectFrom('incident_services')
    .innerJoin('services', 'services.id', 'incident_services.service_id')
    .select(['incident_services.incident_id', 'services.id', 'services.name', 'services.owner_team_id'])
    .where('incident_services.incident_id', 'in', incidentIds)
    .execute();
}

/**
 * Resolved, not solved: incidents the reader may see, past mitigation, whose root-cause fix was
 * waived, or with a root-cause follow-up that is overdue (open past its due date) or was dropped.
 */
export async function unsolvedIncidents(tx: Tx, user: Actor, now: string) {
  return tx.db
    .selectFrom('incidents')
    .select([
      'incidents.id',
      'incidents.number',
      'incidents.title',
      'incidents.status',
      'incidents.root_cause_fix_state',
      'incidents.root_cause_fix_reason',
      'incidents.resolved_at',
      'incidents.declared_at',
    ])
    .where('incidents.status', 'in', ['resolved', 'closed'])
    .where((eb) =>
      eb.or([
        eb('incidents.root_cause_fix_state', '=', 'waived'),
        eb.exists(
          eb
            .selectFrom('actions as a')
            .select('a.id')
            .whereRef('a.incident_id', '=', 'incidents.id')
            .where('a.addresses', '=', 'root_cause')
            .where('a.draft', '=', 0)
            .where((w) =>
              w.or([w('a.status', '=', 'wont_do'), w.and([w('a.status', 'in', ['open', 'in_progress']), w('a.due_at', '<', now)])]),
            ),
        ),
      ]),
    )
    .where(visibleTo(user))
    .orderBy('incidents.number', 'desc')
    .limit(1000)
    .execute();
}
