import { sql } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { keyset } from '../platform/cursor.ts';

/** SQL of the notifications slice. */

// ---- who watches what ----

export const listSubscriptions = (tx: Tx, userId: string) =>
  tx.db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('target_id')
    .execute();

export async function addSubscription(tx: Tx, row: { user_id: string; target: string; target_id: string; created_at: string }) {
  await tx.db
    .insertInto('notification_subscriptions')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'target', 'target_id']).doNothing())
    .execute();
}

export async function removeSubscription(tx: Tx, userId: string, target: string, targetId: string): Promise<boolean> {
  const r = await tx.db
    .deleteFrom('notification_subscriptions')
    .where('user_id', '=', userId)
    .where('target', '=', target)
    .where('target_id', '=', targetId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** People who watch the incident, one of its services, or a severity at or below its rank (rank 1 is the most severe). */
export async function subscribersOf(tx: Tx, incidentId: string, serviceIds: string[], severityRank: number): Promise<string[]> {
  const rows = await tx.db
    .selectFrom('notification_subscriptions')
    .select('user_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('target', '=', 'incident'), eb('target_id', '=', incidentId)]),
        ...(serviceIds.length ? [eb.and([eb('target', '=', 'service'), eb('target_id', 'in', serviceIds)])] : []),
        eb.and([
          eb('target', '=', 'severity'),
          eb('target_id', 'in', eb.selectFrom('severities').select('severities.id').where('severities.rank', '>=', severityRank)),
        ]),
      ]),
    )
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

export const incidentServiceIds = async (tx: Tx, incidentId: string) =>
  (await tx.db.selectFrom('incident_services').select('service_id').where('incident_id', '=', incidentId).execute()).map(
    (r) => r.service_id,
  );

export const incidentMemberIds = async (tx: Tx, incidentId: string) =>
  (await tx.db.selectFrom('incident_members').select('user_id').where('incident_id', '=', incidentId).execute()).map((r) => r.user_id);

export const incidentRoleHolders = (tx: Tx, incidentId: string) =>
  tx.db.selectFrom('incident_roles').select(['role_key', 'user_id']).where('incident_id', '=', incidentId).execute();

/** The owner of an action now (the timeline's action entries name owners, not their ids). */
export const actionOwnerId = async (tx: Tx, actionId: string) =>
  (await tx.db.selectFrom('actions').select('owner_id').where('id', '=', actionId).executeTakeFirst())?.owner_id ?? null;

export const entriesBetween = (tx: Tx, incidentId: string, firstId: number, lastId: number) =>
  tx.db
    .selectFrom('timeline_entries')
    .leftJoin('users', 'users.id', 'timeline_entries.actor_id')
    .select([
      'timeline_entries.id',
      'timeline_entries.kind',
      'timeline_entries.actor_id',
      'timeline_entries.body',
      'timeline_entries.data',
      'timeline_entries.visibility',
      'users.name as actor_name',
    ])
    .where('timeline_entries.incident_id', '=', incidentId)
    .where('timeline_entries.id', '>=', firstId)
    .where('timeline_entries.id', '<=', lastId)
    .orderBy('timeline_entries.id')
    .execute();

export const activeUsers = (tx: Tx, ids: string[]) =>
  ids.length
    ? tx.db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('id', 'in', ids).where('disabled_at', 'is', null).execute()
    : Promise.resolve([]);

/** Active people whose name (without spaces) or e-mail local part is one of the handles (lower case). */
export async function usersByHandles(tx: Tx, handles: string[]) {
  if (!handles.length) return [];
  const rows = await tx.db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('disabled_at', 'is', null).execute();
  const wanted = new Set(handles);
  return rows.filter((u) => wanted.has(u.name.replace(/\s+/g, '').toLowerCase()) || wanted.has(u.email.split('@')[0].toLowerCase()));
}

// ---- service stakeholder lists ----

export const stakeholdersOf = (tx: Tx, serviceIds: string[]) =>
  serviceIds.length
    ? tx.db
        .selectFrom('service_stakeholders')
        .leftJoin('users', (j) => j.onRef(sql`lower(users.email)`, '=', 'service_stakeholders.email'))
        .select([
          'service_stakeholders.id',
          'service_stakeholders.service_id',
          'service_stakeholders.email',
          'service_stakeholders.created_at',
          'users.id as user_id',
          'users.name as user_name',
          'users.role as user_role',
          'users.disabled_at as user_disabled_at',
        ])
        .where('service_stakeholders.service_id', 'in', serviceIds)
        .orderBy('service_stakeholders.email')
        .execute()
    : Promise.resolve([]);

export async function addStakeholder(tx: Tx, row: { id: string; service_id: string; email: string; added_by: string; created_at: string }) {
  await tx.db
    .insertInto('service_stakeholders')
    .values(row)
    .onConflict((oc) => oc.columns(['service_id', 'email']).doNothing())
    .execute();
}

export async function removeStakeholder(tx: Tx, serviceId: string, id: string): Promise<boolean> {
  const r = await tx.db.deleteFrom('service_stakeholders').where('service_id', '=', serviceId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- settings ----

export const getSettings = (tx: Tx, userId: string) =>
  tx.db.selectFrom('notification_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();

export const settingsOf = (tx: Tx, userIds: string[]) =>
  userIds.length ? tx.db.selectFrom('notification_settings').selectAll().where('user_id', 'in', userIds).execute() : Promise.resolve([]);

export async function saveSettings(
  tx: Tx,
  row: { user_id: string; channels: string; quiet_start: string | null; quiet_end: string | null; time_zone: string; updated_at: string },
) {
  await tx.db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        channels: row.channels,
        quiet_start: row.quiet_start,
        quiet_end: row.quiet_end,
        time_zone: row.time_zone,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

// ---- unsubscribed addresses ----

export const unsubscribedAmong = async (tx: Tx, emails: string[]) =>
  new Set(
    emails.length
      ? (await tx.db.selectFrom('mail_unsubscribes').select('email').where('email', 'in', emails).execute()).map((r) => r.email)
      : [],
  );

export async function unsubscribe(tx: Tx, email: string, at: string) {
  await tx.db
    .insertInto('mail_unsubscribes')
    .values({ email, at })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}

export const resubscribe = (tx: Tx, email: string) => tx.db.deleteFrom('mail_unsubscribes').where('email', '=', email).execute();

// ---- in-app notifications ----

/** Inserts one notification unless this person already has one for this entry; true if inserted. */
export async function insertNotification(
  tx: Tx,
  row: { user_id: string; incident_id: string; entry_id: number; kind: string; title: string; body: string | null; created_at: string },
): Promise<boolean> {
  const r = await tx.db
    .insertInto('notifications')
    .values({ ...row, seq: row.entry_id, read_at: null })
    .onConflict((oc) => oc.columns(['user_id', 'entry_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Newest event first: `seq` is the entry id (unique per person for entry notifications), or for a
 * reminder the newest entry id when it was sent; the notification id breaks ties between reminders.
 */
export const notificationOrder = keyset<{ seq: number; id: number }>('notifications.v2', [
  { column: 'notifications.seq', dir: 'desc', type: 'number', of: (r) => Number(r.seq) },
  { column: 'notifications.id', dir: 'desc', type: 'number', of: (r) => Number(r.id) },
]);

/** The newest timeline entry id (a reminder sorts after everything recorded before it). */
export const newestEntryId = async (tx: Tx) =>
  Number(
    (
      await tx.db
        .selectFrom('timeline_entries')
        .select((eb) => eb.fn.max('id').as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );

/** Inserts one reminder notification (keyed by its notice, not an entry) unless this person has it; true if inserted. */
export async function insertNoticeNotification(
  tx: Tx,
  row: { user_id: string; incident_id: string; notice_key: string; kind: string; title: string; body: string | null; created_at: string },
): Promise<boolean> {
  const r = await tx.db
    .insertInto('notifications')
    .values({ ...row, seq: await newestEntryId(tx), entry_id: null, read_at: null })
    .onConflict((oc) => oc.columns(['user_id', 'notice_key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

// ---- reminders: stakeholder updates due, actions due ----

/** Active incidents whose severity has an update cadence, with their role holders' ids. */
export const incidentsWithCadence = (tx: Tx, statuses: readonly string[]) =>
  tx.db
    .selectFrom('incidents')
    .innerJoin('severities', 'severities.id', 'incidents.severity_id')
    .select([
      'incidents.id',
      'incidents.number',
      'incidents.title',
      'incidents.declared_at',
      'incidents.last_update_at',
      'severities.update_cadence_minutes as cadence',
    ])
    .where('incidents.status', 'in', [...statuses])
    .where('severities.update_cadence_minutes', '>', 0)
    .execute();

/** Holders of some roles of an incident, with their names. */
export const roleHoldersOf = (tx: Tx, incidentId: string, roleKeys: string[]) =>
  tx.db
    .selectFrom('incident_roles')
    .innerJoin('users', 'users.id', 'incident_roles.user_id')
    .select(['incident_roles.role_key', 'users.id', 'users.name'])
    .where('incident_roles.incident_id', '=', incidentId)
    .where('incident_roles.role_key', 'in', roleKeys)
    .where('users.disabled_at', 'is', null)
    .execute();

/**
 * Open actions with an owner and a due time before `until` (not drafts), with their incident,
 * leaving out those whose owner already heard the last word for this due time (overdue, or due soon
 * while not yet due) — so old overdue actions cost nothing on every run.
 */
export const actionsDueBefore = (tx: Tx, until: string, now: string, openStatuses: readonly string[]) =>
  tx.db
    .selectFrom('actions')
    .innerJoin('incidents', 'incidents.id', 'actions.incident_id')
    .select([
      'actions.id',
      'actions.title',
      'actions.owner_id',
      'actions.due_at',
      'actions.incident_id',
      'incidents.number as incident_number',
      'incidents.title as incident_title',
    ])
    .where('actions.owner_id', 'is not', null)
    .where('actions.due_at', 'is not', null)
    .where('actions.due_at', '<=', until)
    .where('actions.draft', '=', 0)
    .where('actions.status', 'in', [...openStatuses])
    .where(({ not, exists, selectFrom, eb }) =>
      not(
        exists(
          selectFrom('notification_notices')
            .select('notification_notices.key')
            .whereRef('notification_notices.subject_id', '=', 'actions.id')
            .whereRef('notification_notices.due_at', '=', 'actions.due_at')
            .where((w) =>
              w.or([
                w('notification_notices.stage', '=', 'overdue'),
                w.and([w('notification_notices.stage', '=', 'due_soon'), eb('actions.due_at', '>', now)]),
              ]),
            ),
        ),
      ),
    )
    .execute();

/** Records a notice once; false when it was already given (the job ran before for this due time). */
export async function insertNotice(
  tx: Tx,
  row: {
    key: string;
    kind: string;
    incident_id: string;
    subject_id: string;
    due_at: string;
    stage: string;
    user_id: string | null;
    at: string;
  },
): Promise<boolean> {
  const r = await tx.db
    .insertInto('notification_notices')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const noticesFor = (tx: Tx, subjectId: string, dueAt: string) =>
  tx.db
    .selectFrom('notification_notices')
    .leftJoin('users', 'users.id', 'notification_notices.user_id')
    .select(['notification_notices.stage', 'notification_notices.user_id', 'notification_notices.at', 'users.name as user_name'])
    .where('notification_notices.subject_id', '=', subjectId)
    .where('notification_notices.due_at', '=', dueAt)
    .execute();

/**
 * A person's notifications, newest first, of incidents they may still see (a private incident they
 * were removed from drops out of their list).
 */
export function listNotifications(
  tx: Tx,
  user: { id: string; role: string },
  opts: { unread: boolean; limit: number; after?: readonly (string | number)[]; visibleTo: ReturnType<typeof sql> },
) {
  let q = tx.db
    .selectFrom('notifications')
    .innerJoin('incidents', 'incidents.id', 'notifications.incident_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.title',
      'notifications.body',
      'notifications.entry_id',
      'notifications.seq',
      'notifications.created_at',
      'notifications.read_at',
      'incidents.id as incident_id',
      'incidents.number as incident_number',
      'incidents.title as incident_title',
    ])
    .where('notifications.user_id', '=', user.id)
    .where(opts.visibleTo as never)
    .$call(notificationOrder.order)
    .limit(opts.limit + 1);
  if (opts.unread) q = q.where('notifications.read_at', 'is', null);
  if (opts.after) q = q.where(notificationOrder.after(opts.after));
  return q.execute();
}

export async function countUnread(tx: Tx, user: { id: string }, visibleTo: ReturnType<typeof sql>): Promise<number> {
  const r = await tx.db
    .selectFrom('notifications')
    .innerJoin('incidents', 'incidents.id', 'notifications.incident_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('notifications.user_id', '=', user.id)
    .where('notifications.read_at', 'is', null)
    .where(visibleTo as never)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export const getNotification = (tx: Tx, userId: string, id: number) =>
  tx.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();

/** Marks notifications read (`at`) or unread again (null): some by id, all, or all up to an id. */
export const markRead = (tx: Tx, userId: string, which: number[] | 'all' | { upTo: number }, at: string | null) => {
  let q = tx.db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId);
  q = at ? q.where('read_at', 'is', null) : q;
  if (Array.isArray(which)) q = q.where('id', 'in', which);
  else if (which !== 'all') q = q.where('id', '<=', which.upTo);
  return q.executeTakeFirst();
};

// ---- e-mail lines waiting to be sent together ----

export async function insertMailItem(
  tx: Tx,
  row: {
    recipient: string;
    user_id: string | null;
    incident_id: string;
    entry_id: number;
    kind: string;
    line: string;
    detail: string | null;
    stakeholder_only: number;
    not_before: string;
    created_at: string;
  },
): Promise<boolean> {
  const r = await tx.db
    .insertInto('notification_mail_items')
    .values({ ...row, sent_at: null })
    .onConflict((oc) => oc.columns(['recipient', 'entry_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const pendingMailItems = (tx: Tx, recipient: string, incidentId: string, now: string) =>
  tx.db
    .selectFrom('notification_mail_items')
    .selectAll()
    .where('recipient', '=', recipient)
    .where('incident_id', '=', incidentId)
    .where('sent_at', 'is', null)
    .where('not_before', '<=', now)
    .orderBy('entry_id')
    .execute();

export const markMailItemsSent = (tx: Tx, ids: number[], at: string) =>
  ids.length ? tx.db.updateTable('notification_mail_items').set({ sent_at: at }).where('id', 'in', ids).execute() : Promise.resolve();
