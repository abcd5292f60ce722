import { OPEN_ACTION_STATUSES } from '@firebreak/shared';
import { type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { Actor, Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { IncidentsTable } from '../platform/db/schema.ts';

export type IncidentRow = Selectable<IncidentsTable>;

/**
 * The one SQL definition of "this user may see the incident" for queries that have `incidents` in
 * scope: admins see all; others see public incidents and those they are a member of. `cols`: where
 * else the incident's id and privacy are (search reads privacy from its own row per incident, migration 0044).
 */
export function visibleTo(
  user: { id: string; role: string },
  cols: { id: RawBuilder<unknown>; private: RawBuilder<unknown> } = { id: sql`incidents.id`, private: sql`incidents.private` },
): RawBuilder<SqlBool> {
  if (user.role === 'admin') return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${cols.private} = 0 or exists (select 1 from incident_members vm where vm.incident_id = ${cols.id} and vm.user_id = ${user.id}))`;
}

/**
 * Of these incident numbers, the ones the user may see (unknown numbers are not in the answer):
 * how presenters decide, per reader, whether a reference to another incident may be shown.
 */
export async function visibleNumbers(tx: Tx, user: { id: string; role: string }, numbers: readonly number[]): Promise<Set<number>> {
  const wanted = [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0 && n < 1e9);
  if (!wanted.length) return new Set();
  const rows = await tx.db.selectFrom('incidents').select('number').where('number', 'in', wanted).where(visibleTo(user)).execute();
  return new Set(rows.map((r) => Number(r.number)));
}

/**
 * Parses INC-42, 42 or an id into a lookup. At most 9 digits: `number` is a 32-bit integer column
 * in PostgreSQL, and a larger value there is an error (500) rather than "no such incident".
 */
export function parseRef(ref: string): { number: number } | { id: string } {
  const m = /^(?:INC-)?(\d{1,9})$/i.exec(ref.trim());
  return m ? { number: Number(m[1]) } : { id: ref };
}

export async function getIncident(tx: Tx, ref: string, opts: { forUpdate?: boolean } = {}) {
  const key = parseRef(ref);
  let q = tx.db.selectFrom('incidents').selectAll();
  q = 'number' in key ? q.where('number', '=', key.number) : q.where('id', '=', key.id);
  if (opts.forUpdate && tx.dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export const getIncidentById = (tx: Tx, id: string) => tx.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();

export const isMember = async (tx: Tx, incidentId: string, userId: string) =>
  !!(await tx.db
    .selectFrom('incident_members')
    .select('user_id')
    .where('incident_id', '=', incidentId)
    .where('user_id', '=', userId)
    .executeTakeFirst());

/**
 * Takes the next INC number in one statement (insert the counter, or bump it): the counter row
 * serialises concurrent declarations, the first ones of a new installation included (a separate
 * insert after a failed update raced on PostgreSQL and answered 409).
 */
export async function nextNumber(tx: Tx): Promise<number> {
  const r = await tx.db
    .insertInto('counters')
    .values({ name: 'incident', value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(r.value);
}

export const insertIncident = (tx: Tx, row: IncidentRow) => tx.db.insertInto('incidents').values(row).execute();

export const updateIncident = (tx: Tx, id: string, patch: Partial<IncidentRow>) =>
  tx.db.updateTable('incidents').set(patch).where('id', '=', id).execute();

export const servicesOf = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length
    ? tx.db
        .selectFrom('incident_services')
        .innerJoin('services', 'services.id', 'incident_services.service_id')
        .select(['incident_services.incident_id', 'services.id', 'services.name', 'services.criticality', 'services.owner_team_id'])
        .where('incident_services.incident_id', 'in', incidentIds)
        .orderBy('services.name')
        .execute()
    : Promise.resolve([]);

export async function setServices(tx: Tx, incidentId: string, serviceIds: string[]) {
  await tx.db.deleteFrom('incident_services').where('incident_id', '=', incidentId).execute();
  if (serviceIds.length) {
    await tx.db
      .insertInto('incident_services')
      .values(serviceIds.map((service_id) => ({ incident_id: incidentId, service_id })))
      .execute();
  }
}

export const rolesOf = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length
    ? tx.db
        .selectFrom('incident_roles')
        .innerJoin('users', 'users.id', 'incident_roles.user_id')
        .select([
          'incident_roles.incident_id',
          'incident_roles.role_key',
          'incident_roles.assigned_at',
          'users.id',
          'users.name',
          'users.email',
        ])
        .where('incident_roles.incident_id', 'in', incidentIds)
        .execute()
    : Promise.resolve([]);

export async function setRole(tx: Tx, incidentId: string, roleKey: string, userId: string | null, now: string) {
  await tx.db.deleteFrom('incident_roles').where('incident_id', '=', incidentId).where('role_key', '=', roleKey).execute();
  if (userId)
    await tx.db
      .insertInto('incident_roles')
      .values({ incident_id: incidentId, role_key: roleKey, user_id: userId, assigned_at: now })
      .execute();
}

export const membersOf = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('incident_members')
    .innerJoin('users', 'users.id', 'incident_members.user_id')
    .select(['incident_members.kind', 'incident_members.added_at', 'users.id', 'users.name', 'users.email'])
    .where('incident_members.incident_id', '=', incidentId)
    .orderBy('incident_members.added_at')
    .execute();

/** Adds people; a participant is never demoted to watcher. Returns who was newly added or promoted. */
export async function addMembers(tx: Tx, incidentId: string, userIds: string[], kind: 'participant' | 'watcher', now: string) {
  if (!userIds.length) return [];
  const existing = await tx.db
    .selectFrom('incident_members')
    .select(['user_id', 'kind'])
    .where('incident_id', '=', incidentId)
    .where('user_id', 'in', userIds)
    .execute();
  const changed: string[] = [];
  for (const uid of new Set(userIds)) {
    const e = existing.find((x) => x.user_id === uid);
    if (!e) {
      await tx.db.insertInto('incident_members').values({ incident_id: incidentId, user_id: uid, kind, added_at: now }).execute();
      changed.push(uid);
    } else if (e.kind === 'watcher' && kind === 'participant') {
      await tx.db.updateTable('incident_members').set({ kind }).where('incident_id', '=', incidentId).where('user_id', '=', uid).execute();
      changed.push(uid);
    }
  }
  return changed;
}

/**
 * The people who worked an incident: its participants and role holders (a role holder is made a
 * participant, but may have been removed as a member since). A retrospective asks them for their
 * view. The one definition, as SQL: `incidentId` is a value or a column reference.
 */
const workedBy = (incidentId: string | RawBuilder<unknown>) => sql<{ user_id: string }>`
  select user_id from incident_members where incident_id = ${incidentId} and kind = 'participant'
  union select user_id from incident_roles where incident_id = ${incidentId}`;

/** Who worked this incident (see workedBy). */
export const peopleWhoWorked = async (tx: Tx, incidentId: string): Promise<string[]> =>
  (await workedBy(incidentId).execute(tx.db)).rows.map((r) => r.user_id);

/** For queries with `incidents` in scope: the user worked the incident (see workedBy). */
export const workedOn = (userId: string): RawBuilder<SqlBool> => sql<SqlBool>`(${userId} in (${workedBy(sql.ref('incidents.id'))}))`;

export const removeMember = (tx: Tx, incidentId: string, userId: string) =>
  tx.db.deleteFrom('incident_members').where('incident_id', '=', incidentId).where('user_id', '=', userId).executeTakeFirst();

export const whysOf = (tx: Tx, incidentId: string) =>
  tx.db.selectFrom('whys').selectAll().where('incident_id', '=', incidentId).orderBy('created_at').orderBy('id').execute();

export const getWhy = (tx: Tx, incidentId: string, id: string) =>
  tx.db.selectFrom('whys').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();

export const insertWhy = (tx: Tx, row: Selectable<import('../platform/db/schema.ts').WhysTable>) =>
  tx.db.insertInto('whys').values(row).execute();

/** Marks a ticket why as carried into a retrospective's five whys (as the why with this id). */
export const markWhyCarried = (tx: Tx, id: string, retroWhyId: string) =>
  tx.db.updateTable('whys').set({ retro_why_id: retroWhyId }).where('id', '=', id).execute();

export const answerWhy = (tx: Tx, id: string, answer: string | null, by: string | null, at: string | null) =>
  tx.db.updateTable('whys').set({ answer, answered_by: by, answered_at: at }).where('id', '=', id).execute();

/** Follow-ups that count toward the closing gate: open, owned, not drafts, addressing the root cause. */
export const openOwnedRootCauseFollowUps = async (tx: Tx, incidentId: string) =>
  Number(
    (
      await tx.db
        .selectFrom('actions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('incident_id', '=', incidentId)
        .where('kind', '=', 'follow_up')
        .where('addresses', '=', 'root_cause')
        .where('status', 'in', OPEN_ACTION_STATUSES)
        .where('owner_id', 'is not', null)
        .where('draft', '=', 0)
        // An owner who cannot see the incident (not a member of a private one, e.g. removed since)
        // cannot do the work: such a follow-up does not let the incident close.
        .where(sql<SqlBool>`(
          not exists (select 1 from incidents oi where oi.id = actions.incident_id and oi.private = 1)
          or exists (select 1 from users ou where ou.id = actions.owner_id and ou.role = 'admin')
          or exists (select 1 from incident_members om where om.incident_id = actions.incident_id and om.user_id = actions.owner_id)
        )`)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Newest first. The number is unique and NOT NULL, so it is the whole key (see platform/cursor.ts). */
export const incidentOrder = keyset<{ number: number }>('incidents', [
  { column: 'incidents.number', dir: 'desc', type: 'number', of: (r) => r.number },
]);

export type ListFilter = {
  limit: number;
  after?: Cursor;
  statuses?: string[];
  severityIds?: string[];
  serviceId?: string;
  roleHolderId?: string;
  mineUserId?: string;
  q?: string;
  /** The search index's condition for `q`'s words (search/index.ts#incidentQueryMatch). */
  qMatch?: RawBuilder<SqlBool> | null;
  /** The stretch of numbers `qMatch` is exact for: from (inclusive, null: the first) to below (exclusive, null: the last). */
  qWithin?: { from: number | null; below: number | null };
};

/**
 * The columns a list row is presented from (present.ts#presentIncidentSummary): a list reads these
 * rather than the whole ticket, whose long texts made reading and decoding a page of 50 rows half of
 * a list request's database time.
 */
export const SUMMARY_COLUMNS = [
  'id',
  'number',
  'title',
  'status',
  'severity_id',
  'private',
  'impact_started_at',
  'detected_at',
  'declared_at',
  'acknowledged_at',
  'identified_at',
  'mitigated_at',
  'resolved_at',
  'closed_at',
  'last_update_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof IncidentRow)[];
export type IncidentSummaryRow = Pick<IncidentRow, (typeof SUMMARY_COLUMNS)[number]>;

/** A page of incidents visible to the user, newest first, keyed by number. */
export function listIncidents(tx: Tx, user: Actor, f: ListFilter): Promise<IncidentSummaryRow[]> {
  let q = tx.db
    .selectFrom('incidents')
    .select(SUMMARY_COLUMNS.map((c) => `incidents.${c}` as const))
    .$call(incidentOrder.order)
    .limit(f.limit + 1);
  q = q.where(visibleTo(user));
  if (f.after) q = q.where(incidentOrder.after(f.after));
  if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
  if (f.severityIds?.length) q = q.where('severity_id', 'in', f.severityIds);
  if (f.serviceId) {
    const sid = f.serviceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services as s')
          .select('s.service_id')
          .whereRef('s.incident_id', '=', 'incidents.id')
          .where('s.service_id', '=', sid),
      ),
    );
  }
  if (f.roleHolderId) {
    const uid = f.roleHolderId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_roles as r')
          .select('r.user_id')
          .whereRef('r.incident_id', '=', 'incidents.id')
          .where('r.user_id', '=', uid),
      ),
    );
  }
  if (f.mineUserId) {
    const uid = f.mineUserId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_members as m')
          .select('m.user_id')
          .whereRef('m.incident_id', '=', 'incidents.id')
          .where('m.user_id', '=', uid),
      ),
    );
  }
  if (f.q) {
    const text = f.q.trim();
    const num = /^(?:INC-)?(\d{1,9})$/i.exec(text); // 9 digits: see parseRef
    // The words go through the search index (search/incidentQuery.ts); a text without words matches by number only.
    const words = f.qMatch ?? sql<SqlBool>`1 = 0`;
    q = q.where((eb) => eb.or([words, ...(num ? [eb('number', '=', Number(num[1]))] : [])]));
    const from = f.qWithin?.from;
    const below = f.qWithin?.below;
    if (from != null) q = q.where('number', '>=', from);
    if (below != null) q = q.where('number', '<', below);
  }
  return q.execute();
}

/** Active incident counts by severity, visible to the user. */
export function countActiveBySeverity(tx: Tx, user: Actor, activeStatuses: readonly string[]) {
  let q = tx.db
    .selectFrom('incidents')
    .select(['severity_id', (eb) => eb.fn.countAll().as('n')])
    .where('status', 'in', [...activeStatuses])
    .groupBy('severity_id');
  q = q.where(visibleTo(user));
  return q.execute();
}

/** The most recently declared incident of a service that is still open and was declared at or after `since`. */
export const openIncidentOfService = (tx: Tx, serviceId: string, since: string) =>
  tx.db
    .selectFrom('incidents')
    .innerJoin('incident_services', 'incident_services.incident_id', 'incidents.id')
    .select(['incidents.id', 'incidents.number', 'incidents.private'])
    .where('incident_services.service_id', '=', serviceId)
    .where('incidents.status', 'not in', ['resolved', 'closed', 'declined', 'duplicate'])
    .where('incidents.declared_at', '>=', since)
    .orderBy('incidents.declared_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * Incidents still being worked on (ACTIVE_STATUSES) that were declared before `before`, newest first,
 * that `user` may see: what an on-call handover lists. `teamId` narrows them to the team's services.
 */
export const activeIncidentsFor = (
  tx: Tx,
  user: { id: string; role: string },
  opts: { before: string; teamId?: string | null; limit: number },
) => {
  let q = tx.db
    .selectFrom('incidents')
    .select(['incidents.id', 'incidents.number', 'incidents.title', 'incidents.status', 'incidents.private'])
    .where('incidents.status', 'in', ['triage', 'investigating', 'identified', 'monitoring'])
    .where('incidents.declared_at', '<', opts.before)
    .where(visibleTo(user));
  if (opts.teamId) {
    const teamId = opts.teamId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services')
          .innerJoin('services', 'services.id', 'incident_services.service_id')
          .select('incident_services.incident_id')
          .whereRef('incident_services.incident_id', '=', 'incidents.id')
          .where('services.owner_team_id', '=', teamId),
      ),
    );
  }
  return q.orderBy('incidents.declared_at', 'desc').orderBy('incidents.id').limit(opts.limit).execute();
};
