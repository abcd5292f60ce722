import { type Insertable, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type {
  ContactMethodsTable,
  EscalationPoliciesTable,
  PageNotificationsTable,
  PagesTable,
  PagingRulesTable,
} from '../platform/db/schema.ts';
import { getUsersByIds } from '../users/index.ts';

export type PolicyRow = Selectable<EscalationPoliciesTable>;
export type ContactMethodRow = Selectable<ContactMethodsTable>;
export type PagingRuleRow = Selectable<PagingRulesTable>;
export type PageRow = Selectable<PagesTable>;
export type NotificationRow = Selectable<PageNotificationsTable>;
export type StepWithTargets = {
  id: string;
  policy_id: string;
  position: number;
  delay_minutes: number;
  targets: { kind: string; target_id: string }[];
};

// ---- escalation policies ----
export const getPolicy = (tx: Tx, idOrName: string) =>
  tx.db
    .selectFrom('escalation_policies')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst();

export const policyOrder = keyset<{ name: string; id: string }>('escalation-policies', [
  { column: 'name', dir: 'asc', type: 'string', of: (r) => r.name },
  { column: 'id', dir: 'asc', type: 'string', of: (r) => r.id },
]);
export const listPolicies = (tx: Tx, opts: { limit: number; after?: Cursor }) => {
  let q = tx.db
    .selectFrom('escalation_policies')
    .selectAll()
    .$call(policyOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(policyOrder.after(opts.after));
  return q.execute();
};
export const insertPolicy = (tx: Tx, row: PolicyRow) => tx.db.insertInto('escalation_policies').values(row).execute();
export const updatePolicy = (tx: Tx, id: string, patch: Partial<PolicyRow>) =>
  tx.db.updateTable('escalation_policies').set(patch).where('id', '=', id).execute();
export const deletePolicy = (tx: Tx, id: string) => tx.db.deleteFrom('escalation_policies').where('id', '=', id).execute();

/** Replaces a policy's steps and their targets. */
export async function replaceSteps(
  tx: Tx,
  policyId: string,
  steps: { id: string; delayMinutes: number; targets: { kind: string; id: string }[] }[],
): Promise<void> {
  await tx.db.deleteFrom('escalation_steps').where('policy_id', '=', policyId).execute();
  if (!steps.length) return;
  await tx.db
    .insertInto('escalation_steps')
    .values(steps.map((s, position) => ({ id: s.id, policy_id: policyId, position, delay_minutes: s.delayMinutes })))
    .execute();
  const targets = steps.flatMap((s) => s.targets.map((t, position) => ({ step_id: s.id, position, kind: t.kind, target_id: t.id })));
  if (targets.length) await tx.db.insertInto('escalation_targets').values(targets).execute();
}

/** The steps (in order, with their targets in order) of these policies. */
export async function stepsOf(tx: Tx, policyIds: string[]): Promise<StepWithTargets[]> {
  if (!policyIds.length) return [];
  const steps = await tx.db
    .selectFrom('escalation_steps')
    .selectAll()
    .where('policy_id', 'in', policyIds)
    .orderBy('policy_id')
    .orderBy('position')
    .execute();
  if (!steps.length) return [];
  const targets = await tx.db
    .selectFrom('escalation_targets')
    .selectAll()
    .where(
      'step_id',
      'in',
      steps.map((s) => s.id),
    )
    .orderBy('step_id')
    .orderBy('position')
    .execute();
  return steps.map((s) => ({
    ...s,
    targets: targets.filter((t) => t.step_id === s.id).map((t) => ({ kind: t.kind, target_id: t.target_id })),
  }));
}

/** The escalation policies with a step that pages this schedule. */
export const policiesPagingSchedule = async (tx: Tx, scheduleId: string): Promise<string[]> =>
  (
    await tx.db
      .selectFrom('escalation_targets')
      .innerJoin('escalation_steps', 'escalation_steps.id', 'escalation_targets.step_id')
      .select('escalation_steps.policy_id')
      .distinct()
      .where('escalation_targets.kind', '=', 'schedule')
      .where('escalation_targets.target_id', '=', scheduleId)
      .execute()
  ).map((r) => r.policy_id);

// ---- contact methods and rules ----
export const contactMethodsOf = (tx: Tx, userIds: string[]) =>
  userIds.length
    ? tx.db.selectFrom('contact_methods').selectAll().where('user_id', 'in', userIds).orderBy('created_at').orderBy('id').execute()
    : Promise.resolve([]);
export const getContactMethod = (tx: Tx, id: string) =>
  tx.db.selectFrom('contact_methods').selectAll().where('id', '=', id).executeTakeFirst();
/** Contact methods by id, locked in id order on PostgreSQL (concurrent sends through one method count each other). */
export async function lockContactMethods(tx: Tx, ids: string[]): Promise<Map<string, ContactMethodRow>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  const q = tx.db.selectFrom('contact_methods').selectAll().where('id', 'in', sorted).orderBy('id');
  return new Map((await (tx.dialect === 'postgres' ? q.forUpdate() : q).execute()).map((m) => [m.id, m]));
}
export const insertContactMethod = (tx: Tx, row: ContactMethodRow) => tx.db.insertInto('contact_methods').values(row).execute();
export const updateContactMethod = (tx: Tx, id: string, patch: Partial<ContactMethodRow>) =>
  tx.db.updateTable('contact_methods').set(patch).where('id', '=', id).execute();
export const deleteContactMethod = (tx: Tx, id: string) => tx.db.deleteFrom('contact_methods').where('id', '=', id).execute();

export const rulesOf = (tx: Tx, userIds: string[]) =>
  userIds.length
    ? tx.db.selectFrom('paging_rules').selectAll().where('user_id', 'in', userIds).orderBy('delay_minutes').orderBy('id').execute()
    : Promise.resolve([]);
export const getRule = (tx: Tx, id: string) => tx.db.selectFrom('paging_rules').selectAll().where('id', '=', id).executeTakeFirst();
export const ruleExists = (tx: Tx, methodId: string, delay: number) =>
  tx.db
    .selectFrom('paging_rules')
    .select('id')
    .where('contact_method_id', '=', methodId)
    .where('delay_minutes', '=', delay)
    .executeTakeFirst();
export const insertRule = (tx: Tx, row: PagingRuleRow) => tx.db.insertInto('paging_rules').values(row).execute();
export const deleteRule = (tx: Tx, id: string) => tx.db.deleteFrom('paging_rules').where('id', '=', id).execute();

// ---- pages ----
export const insertPage = (tx: Tx, row: PageRow) => tx.db.insertInto('pages').values(row).execute();
export const getPage = (tx: Tx, id: string) => tx.db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
/** The page's row, locked for the rest of the transaction on PostgreSQL (SQLite has one writer). */
export const lockPage = (tx: Tx, id: string) => {
  const q = tx.db.selectFrom('pages').selectAll().where('id', '=', id);
  return (tx.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
};
export const updatePage = (tx: Tx, id: string, patch: Partial<PageRow>) =>
  tx.db.updateTable('pages').set(patch).where('id', '=', id).execute();
/** Pages by id, locked in id order on PostgreSQL (two transactions locking sets of pages cannot deadlock). */
export async function lockPages(tx: Tx, ids: string[]): Promise<Map<string, PageRow>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  const q = tx.db.selectFrom('pages').selectAll().where('id', 'in', sorted).orderBy('id');
  return new Map((await (tx.dialect === 'postgres' ? q.forUpdate() : q).execute()).map((p) => [p.id, p]));
}
/** The same patch for several pages, in one statement. */
export const updatePages = (tx: Tx, ids: string[], patch: Partial<PageRow>) =>
  ids.length ? tx.db.updateTable('pages').set(patch).where('id', 'in', ids).execute() : Promise.resolve([]);
export const getPages = async (tx: Tx, ids: string[]): Promise<Map<string, PageRow>> =>
  new Map(
    ids.length
      ? (
          await tx.db
            .selectFrom('pages')
            .selectAll()
            .where('id', 'in', [...new Set(ids)])
            .execute()
        ).map((p) => [p.id, p])
      : [],
  );

export const openPagesOf = (tx: Tx, where: { incidentId?: string; alertId?: string }) => {
  let q = tx.db.selectFrom('pages').selectAll().where('status', '=', 'open');
  if (where.incidentId) q = q.where('incident_id', '=', where.incidentId);
  if (where.alertId) q = q.where('alert_id', '=', where.alertId);
  return q.execute();
};
export const openPageOfAlert = (tx: Tx, alertId: string) =>
  tx.db.selectFrom('pages').select('id').where('alert_id', '=', alertId).where('status', '=', 'open').executeTakeFirst();
/** An open page of this incident from an alert (a second alert on the incident does not page again). */
export const openAlertPageOfIncident = (tx: Tx, incidentId: string, serviceId: string) =>
  tx.db
    .selectFrom('pages')
    .select('id')
    .where('incident_id', '=', incidentId)
    .where('service_id', '=', serviceId)
    .where('source', '=', 'alert')
    .where('status', 'in', ['open', 'acknowledged'])
    .executeTakeFirst();

export const pageOrder = keyset<{ created_at: string; id: string }>('pages', [
  { column: 'pages.created_at', dir: 'desc', type: 'string', of: (r) => r.created_at },
  { column: 'pages.id', dir: 'desc', type: 'string', of: (r) => r.id },
]);
export const listPages = (
  tx: Tx,
  opts: {
    limit: number;
    after?: Cursor;
    userId?: string;
    statuses?: string[];
    incidentId?: string;
    /** Who reads: pages of incidents they may see (`visible`, the incidents slice's SQL), and pages without one if they work incidents or it reached them. */
    reader: { id: string; works: boolean; visible: RawBuilder<SqlBool> };
  },
) => {
  const r = opts.reader;
  let q = tx.db
    .selectFrom('pages')
    .leftJoin('incidents', 'incidents.id', 'pages.incident_id')
    .selectAll('pages')
    .where((eb) =>
      eb.or([
        eb.and([eb('pages.incident_id', 'is not', null), r.visible]),
        eb.and([
          eb('pages.incident_id', 'is', null),
          r.works
            ? sql<SqlBool>`1 = 1`
            : eb.exists(
                eb
                  .selectFrom('page_notifications as v')
                  .select('v.id')
                  .whereRef('v.page_id', '=', 'pages.id')
                  .where('v.user_id', '=', r.id),
              ),
        ]),
      ]),
    )
    .$call(pageOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(pageOrder.after(opts.after));
  if (opts.statuses?.length) q = q.where('pages.status', 'in', opts.statuses);
  if (opts.incidentId) q = q.where('pages.incident_id', '=', opts.incidentId);
  if (opts.userId) {
    const uid = opts.userId;
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom('page_notifications as n').select('n.id').whereRef('n.page_id', '=', 'pages.id').where('n.user_id', '=', uid),
        ),
        eb('pages.acked_by', '=', uid),
      ]),
    );
  }
  return q.execute();
};

/** A page's notifications in order, with the name of the person and the method each went to. */
export async function notificationsOf(tx: Tx, pageIds: string[]) {
  if (!pageIds.length) return [];
  const rows = await tx.db
    .selectFrom('page_notifications as n')
    .leftJoin('contact_methods as m', 'm.id', 'n.contact_method_id')
    .selectAll('n')
    .select(['m.kind as method_kind', 'm.label as method_label'])
    .where('n.page_id', 'in', pageIds)
    .orderBy('n.due_at')
    .orderBy('n.id')
    .execute();
  const names = new Map((await getUsersByIds(tx, [...new Set(rows.map((r) => r.user_id))])).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, user_name: names.get(r.user_id) ?? r.user_id }));
}

/** Inserts notifications in one statement (chunked), skipping those whose key exists; returns the ids inserted. */
export async function insertNotifications(tx: Tx, rows: Insertable<PageNotificationsTable>[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += 500) {
    const r = await tx.db
      .insertInto('page_notifications')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .execute();
    for (const x of r) inserted.add(x.id);
  }
  return inserted;
}
export const getNotifications = async (tx: Tx, ids: string[]): Promise<Map<string, NotificationRow>> =>
  new Map(
    ids.length ? (await tx.db.selectFrom('page_notifications').selectAll().where('id', 'in', ids).execute()).map((n) => [n.id, n]) : [],
  );
export const getNotification = (tx: Tx, id: string) =>
  tx.db.selectFrom('page_notifications').selectAll().where('id', '=', id).executeTakeFirst();
/** The same patch for several notifications, in one statement. */
export const updateNotifications = (tx: Tx, ids: string[], patch: Partial<NotificationRow>) =>
  ids.length ? tx.db.updateTable('page_notifications').set(patch).where('id', 'in', ids).execute() : Promise.resolve([]);
export const updateNotification = (tx: Tx, id: string, patch: Partial<NotificationRow>) =>
  tx.db.updateTable('page_notifications').set(patch).where('id', '=', id).execute();
/** Notifications not yet sent of a page (cancelled when it is acknowledged or ends). */
export const cancelPending = (tx: Tx, pageId: string) =>
  tx.db
    .updateTable('page_notifications')
    .set({ status: 'cancelled' })
    .where('page_id', '=', pageId)
    .where('status', 'in', ['pending', 'held'])
    .execute();

/** How many notifications each of these methods carried since `since` (the rate limit), in one query; methods that carried none are absent. */
export const sentByMethodsSince = async (tx: Tx, methodIds: string[], since: string): Promise<Map<string, number>> =>
  new Map(
    methodIds.length
      ? (
          await tx.db
            .selectFrom('page_notifications')
            .select((eb) => ['contact_method_id', eb.fn.countAll().as('n')])
            .where('contact_method_id', 'in', [...new Set(methodIds)])
            .where('status', 'in', ['sending', 'sent'])
            .where('sent_at', '>=', since)
            .groupBy('contact_method_id')
            .execute()
        ).map((r) => [r.contact_method_id as string, Number(r.n)])
      : [],
  );
/** Notifications held back by a method's rate limit, in order. */
export const heldFor = (tx: Tx, methodId: string) =>
  tx.db
    .selectFrom('page_notifications as n')
    .innerJoin('pages as p', 'p.id', 'n.page_id')
    .selectAll('n')
    .select(['p.title as page_title', 'p.status as page_status'])
    .where('n.contact_method_id', '=', methodId)
    .where('n.status', '=', 'held')
    .orderBy('n.due_at')
    .execute();

/** Pages that reached a person (a notification was due to them) in [from, to), with their first notification. */
export const pagesReaching = (tx: Tx, userIds: string[] | null, from: string, to: string) =>
  userIds === null || userIds.length
    ? tx.db
        .selectFrom('page_notifications as n')
        .innerJoin('pages as p', 'p.id', 'n.page_id')
        .select((eb) => [
          'n.user_id',
          'p.id',
          'p.title',
          'p.status',
          'p.incident_id',
          'p.created_at',
          'p.acked_by',
          'p.acked_at',
          eb.fn.min('n.due_at').as('first_at'),
        ])
        .$if(userIds !== null, (q) => q.where('n.user_id', 'in', userIds as string[]))
        .where('n.status', 'in', ['sending', 'sent', 'summarized', 'held', 'failed'])
        .where('n.due_at', '>=', from)
        .where('n.due_at', '<', to)
        .groupBy(['n.user_id', 'p.id', 'p.title', 'p.status', 'p.incident_id', 'p.created_at', 'p.acked_by', 'p.acked_at'])
        .orderBy('first_at')
        .execute()
    : Promise.resolve([]);

export const usersWithMethods = async (tx: Tx, userIds: string[]) =>
  new Set(
    userIds.length
      ? (
          await tx.db
            .selectFrom('contact_methods')
            .select('user_id')
            .distinct()
            .where('user_id', 'in', userIds)
            .where('enabled', '=', 1)
            .execute()
        ).map((r) => r.user_id)
      : [],
  );
