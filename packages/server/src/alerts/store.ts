import { CompiledQuery, type Insertable, type Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import { prepared } from '../platform/db/prepared.ts';
import type {
  AlertEventsTable,
  AlertRoutingSettingsTable,
  AlertRulesTable,
  AlertsTable,
  ChangeEventsTable,
  HeartbeatsTable,
  IntegrationsTable,
  MaintenanceWindowsTable,
} from '../platform/db/schema.ts';

export type IntegrationRow = Selectable<IntegrationsTable>;
export type AlertRow = Selectable<AlertsTable>;

// ---- integrations ----

/** Integrations people manage: the built-in one heartbeats file their alerts under is not one of them. */
export const integrationsWithService = (tx: Tx) =>
  tx.db
    .selectFrom('integrations')
    .leftJoin('services', 'services.id', 'integrations.service_id')
    .selectAll('integrations')
    .select(['services.name as service_name', 'services.criticality as service_criticality'])
    .where('integrations.format', '!=', 'heartbeat');

export const getIntegration = (tx: Tx, idOrName: string) =>
  integrationsWithService(tx)
    .where('integrations.archived_at', 'is', null)
    .where((eb) => eb.or([eb('integrations.id', '=', idOrName), eb('integrations.name', '=', idOrName)]))
    .executeTakeFirst();

/** The integration a key belongs to: its current key, or its previous one while the overlap lasts. */
export const integrationByKeyHash = (tx: Tx, hash: string, now: string) =>
  integrationsWithService(tx)
    .where('integrations.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('integrations.key_hash', '=', hash),
        eb.and([eb('integrations.previous_key_hash', '=', hash), eb('integrations.previous_key_expires_at', '>', now)]),
      ]),
    )
    .executeTakeFirst();

export const listIntegrations = (tx: Tx) =>
  integrationsWithService(tx)
    .where('integrations.archived_at', 'is', null)
    .orderBy('integrations.name')
    .orderBy('integrations.id')
    .execute();

export const integrationIdByName = (tx: Tx, name: string) =>
  tx.db.selectFrom('integrations').select('id').where('name', '=', name).executeTakeFirst();
export const insertIntegration = (tx: Tx, row: IntegrationRow) => tx.db.insertInto('integrations').values(row).execute();
/** A new integration's row with nothing optional set (no service, secret, rate limit, previous key or author); spread to set them. */
export const integrationRow = (r: Pick<IntegrationRow, 'id' | 'name' | 'format' | 'key_hash'>, now: string): IntegrationRow => ({
  ...r,
  service_id: null,
  previous_key_hash: null,
  previous_key_expires_at: null,
  signing_secret: null,
  rate_limit_per_minute: null,
  created_by: null,
  created_at: now,
  updated_at: now,
  archived_at: null,
});
export const updateIntegration = (tx: Tx, id: string, patch: Partial<IntegrationRow>) =>
  tx.db.updateTable('integrations').set(patch).where('id', '=', id).execute();

// ---- alerts ----

export type AlertInsert = Omit<AlertRow, 'count' | 'maintenance_window_id'>;

const ALERT_INSERT_COLUMNS = [
  'id',
  'integration_id',
  'service_id',
  'scope',
  'dedup_key',
  'status',
  'title',
  'description',
  'source',
  'severity',
  'details',
  'incident_id',
  'first_seen_at',
  'last_seen_at',
  'acknowledged_at',
  'resolved_at',
  'severity_id',
] as const satisfies readonly (keyof AlertInsert)[];
// Every column of an alert must be listed above, or the prepared upsert would leave it out: a column
// added to the table without its name here fails typecheck.
const everyColumnListed: Exclude<keyof AlertInsert, (typeof ALERT_INSERT_COLUMNS)[number]> extends never ? true : never = true;
void everyColumnListed;

/** An alert to open, or to count `count` more triggers on when its key is open already. */
export type AlertUpsert = AlertInsert & { count: number };

const UPSERT_COLUMNS = [...ALERT_INSERT_COLUMNS, 'count'] as const;
const statements = new Map<string, string>();
/** The SQL of a multi-row statement, built once per dialect and row count. */
function statement(key: string, build: () => string): string {
  let text = statements.get(key);
  if (!text) {
    text = build();
    if (statements.size > 256) statements.clear();
    statements.set(key, text);
  }
  return text;
}
/** How many rows one multi-row statement carries (PostgreSQL allows 65,535 parameters, SQLite 32,766). */
const ROWS_PER_STATEMENT = 500;

/** `(?, ?), (?, ?)` on SQLite, `($1, $2), ($3, $4)` on PostgreSQL. */
function valuesList(dialect: Tx['dialect'], rows: number, columns: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const one: string[] = [];
    for (let c = 0; c < columns; c++) one.push(dialect === 'postgres' ? `$${r * columns + c + 1}` : '?');
    out.push(`(${one.join(', ')})`);
  }
  return out.join(', ');
}

/**
 * `upsertTrigger` for many keys in one statement (ingest batches the events of concurrent requests):
 * each row opens the alert of its (scope, dedup key) with `count` triggers, or adds `count` to the
 * open one, whose title, description, severity, details and last-seen become the row's. The keys
 * of one call must be distinct (PostgreSQL refuses to update a row twice in one statement); rows go
 * in key order, so two instances upserting overlapping keys lock them in the same order. Returns each
 * alert's id and count now, in no particular order (a row inserted is the row given, with its count).
 */
export type UpsertedAlert = Pick<AlertRow, 'id' | 'scope' | 'dedup_key' | 'count'>;
export async function upsertTriggers(tx: Tx, rows: AlertUpsert[]): Promise<UpsertedAlert[]> {
  const sorted = [...rows].sort((a, b) =>
    a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : a.dedup_key < b.dedup_key ? -1 : a.dedup_key > b.dedup_key ? 1 : 0,
  );
  const out: UpsertedAlert[] = [];
  for (let at = 0; at < sorted.length; at += ROWS_PER_STATEMENT) {
    const chunk = sorted.slice(at, at + ROWS_PER_STATEMENT);
    const text = statement(
      `alerts:${tx.dialect}:${chunk.length}`,
      () =>
        `insert into "alerts" (${UPSERT_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${valuesList(tx.dialect, chunk.length, UPSERT_COLUMNS.length)}` +
        ' on conflict ("scope", "dedup_key") where "resolved_at" is null do update set "count" = "alerts"."count" + excluded."count",' +
        ' "last_seen_at" = excluded."last_seen_at", "title" = excluded."title", "description" = excluded."description",' +
        ' "severity" = excluded."severity", "details" = excluded."details" returning "id", "scope", "dedup_key", "count"',
    );
    const params: unknown[] = [];
    for (const row of chunk) for (const c of UPSERT_COLUMNS) params.push(row[c]);
    out.push(...(await tx.db.executeQuery<UpsertedAlert>(CompiledQuery.raw(text, params))).rows);
  }
  if (out.length !== rows.length) throw new Error(`The alert upsert returned ${out.length} rows for ${rows.length}`);
  return out;
}

/** Events of alerts, recorded in the order given (their ids give each alert's history its order). */
export async function insertAlertEvents(tx: Tx, rows: Insertable<AlertEventsTable>[]): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    for (const r of chunk) params.push(r.alert_id, r.action, r.received_at, r.payload);
    const text = statement(
      `alert_events:${tx.dialect}:${chunk.length}`,
      () => `insert into "alert_events" ("alert_id", "action", "received_at", "payload") values ${valuesList(tx.dialect, chunk.length, 4)}`,
    );
    await tx.db.executeQuery(CompiledQuery.raw(text, params));
  }
}

/** Acknowledges the open alert of a key (a resolved or unknown one is left alone: undefined). */
export const acknowledgeOpen = (tx: Tx, scope: string, dedupKey: string, now: string) =>
  tx.db
    .updateTable('alerts')
    .set({ status: 'acknowledged', acknowledged_at: now, last_seen_at: now })
    .where('scope', '=', scope)
    .where('dedup_key', '=', dedupKey)
    .where('resolved_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

export const resolveOpen = (tx: Tx, scope: string, dedupKey: string, now: string) =>
  tx.db
    .updateTable('alerts')
    .set({ status: 'resolved', resolved_at: now, last_seen_at: now })
    .where('scope', '=', scope)
    .where('dedup_key', '=', dedupKey)
    .where('resolved_at', 'is', null)
    .returningAll()
    .executeTakeFirst();

/**
 * PostgreSQL: locks the open alerts of these keys in one fixed order (scope, then key), before a
 * shared ingest transaction updates them in arrival order. Two instances taking the same keys then
 * wait for each other instead of deadlocking (which PostgreSQL breaks only after deadlock_timeout).
 */
export async function lockOpenAlerts(tx: Tx, keys: { scope: string; dedupKey: string }[]): Promise<void> {
  if (tx.dialect !== 'postgres' || !keys.length) return;
  await tx.db
    .selectFrom('alerts')
    .select('id')
    .where('resolved_at', 'is', null)
    .where((eb) =>
      eb(
        eb.refTuple('scope', 'dedup_key'),
        'in',
        keys.map((k) => eb.tuple(k.scope, k.dedupKey)),
      ),
    )
    .orderBy('scope')
    .orderBy('dedup_key')
    .forUpdate()
    .execute();
}

/** The open alert of a key, or (Opsgenie `identifierType=id`) the alert with this id in the scope. */
export const openAlertOf = (tx: Tx, scope: string, dedupKey: string) =>
  tx.db
    .selectFrom('alerts')
    .selectAll()
    .where('scope', '=', scope)
    .where('dedup_key', '=', dedupKey)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();

export const alertInScope = (tx: Tx, scope: string, id: string) =>
  tx.db.selectFrom('alerts').selectAll().where('scope', '=', scope).where('id', '=', id).executeTakeFirst();

const insertAlertEventQuery = prepared<Insertable<AlertEventsTable>, never>(['alert_id', 'action', 'received_at', 'payload'], (db, row) =>
  db.insertInto('alert_events').values(row),
);
export const insertAlertEvent = async (tx: Tx, alertId: string, action: string, receivedAt: string, payload: string): Promise<void> => {
  await insertAlertEventQuery(tx, { alert_id: alertId, action, received_at: receivedAt, payload });
};

/** Links an alert not yet linked; false when another transaction linked it first. */
export const setAlertIncident = async (tx: Tx, alertId: string, incidentId: string) => {
  const [r] = await tx.db
    .updateTable('alerts')
    .set({ incident_id: incidentId })
    .where('id', '=', alertId)
    .where('incident_id', 'is', null)
    .execute();
  return Number(r?.numUpdatedRows ?? 0) === 1;
};

/** Newest first. */
export const alertOrder = keyset<{ first_seen_at: string; id: string }>('alerts', [
  { column: 'alerts.first_seen_at', dir: 'desc', type: 'string', of: (r) => r.first_seen_at },
  { column: 'alerts.id', dir: 'desc', type: 'string', of: (r) => r.id },
]);

export const alertsWithNames = (tx: Tx) =>
  tx.db
    .selectFrom('alerts')
    .innerJoin('integrations', 'integrations.id', 'alerts.integration_id')
    .leftJoin('services', 'services.id', 'alerts.service_id')
    .leftJoin('incidents', 'incidents.id', 'alerts.incident_id')
    .leftJoin('maintenance_windows', 'maintenance_windows.id', 'alerts.maintenance_window_id')
    .selectAll('alerts')
    .select(['integrations.name as integration_name', 'services.name as service_name', 'incidents.number as incident_number'])
    .select([
      'maintenance_windows.reason as window_reason',
      'maintenance_windows.starts_at as window_starts_at',
      'maintenance_windows.ends_at as window_ends_at',
    ]);

export type AlertListRow = Awaited<ReturnType<ReturnType<typeof alertsWithNames>['execute']>>[number];

export const alertEvents = (tx: Tx, alertId: string) =>
  tx.db.selectFrom('alert_events').selectAll().where('alert_id', '=', alertId).orderBy('id').limit(1000).execute();

export type AlertFilter = { status?: string; service?: string; source?: string; after?: Cursor; limit: number };

/** Acknowledges or resolves one alert that is still open (an acknowledged one can still be resolved). */
export const markAlert = (tx: Tx, id: string, action: 'acknowledge' | 'resolve', now: string) =>
  tx.db
    .updateTable('alerts')
    .set(action === 'resolve' ? { status: 'resolved', resolved_at: now } : { status: 'acknowledged', acknowledged_at: now })
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .execute();

/** The payload of the first event an alert received (what a declaration keeps as the original report). */
export const firstAlertPayload = async (tx: Tx, alertId: string) =>
  (await tx.db.selectFrom('alert_events').select('payload').where('alert_id', '=', alertId).orderBy('id').limit(1).executeTakeFirst())
    ?.payload;

export const insertChangeEvent = (tx: Tx, row: Insertable<ChangeEventsTable>) => tx.db.insertInto('change_events').values(row).execute();

// ---- maintenance windows ----

export type MaintenanceWindowRow = Selectable<MaintenanceWindowsTable>;

export const insertMaintenanceWindow = (tx: Tx, row: MaintenanceWindowRow) => tx.db.insertInto('maintenance_windows').values(row).execute();

/** Windows that are active or still to come (what the ingest path keeps in memory). */
export const liveMaintenanceWindows = (tx: Tx, now: string) =>
  tx.db.selectFrom('maintenance_windows').selectAll().where('ends_at', '>', now).orderBy('starts_at').limit(5_000).execute();

const windowsWithNames = (tx: Tx) =>
  tx.db
    .selectFrom('maintenance_windows')
    .leftJoin('services', 'services.id', 'maintenance_windows.service_id')
    .leftJoin('users', 'users.id', 'maintenance_windows.created_by')
    .selectAll('maintenance_windows')
    .select(['services.name as service_name', 'users.name as creator_name'])
    .select((eb) =>
      eb
        .selectFrom('alerts')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('alerts.maintenance_window_id', '=', 'maintenance_windows.id')
        .as('suppressed_count'),
    );
export type MaintenanceWindowListRow = Awaited<ReturnType<ReturnType<typeof windowsWithNames>['execute']>>[number];

/** Upcoming: soonest first; active: ending soonest first; past: most recent first. */
export function listMaintenanceWindows(tx: Tx, now: string, state: 'upcoming' | 'active' | 'past' | undefined, limit: number) {
  let q = windowsWithNames(tx).limit(limit);
  if (state === 'upcoming') q = q.where('maintenance_windows.starts_at', '>', now).orderBy('maintenance_windows.starts_at');
  else if (state === 'active')
    q = q
      .where('maintenance_windows.starts_at', '<=', now)
      .where('maintenance_windows.ends_at', '>', now)
      .orderBy('maintenance_windows.ends_at');
  else if (state === 'past') q = q.where('maintenance_windows.ends_at', '<=', now).orderBy('maintenance_windows.ends_at', 'desc');
  else q = q.orderBy('maintenance_windows.starts_at', 'desc');
  return q.orderBy('maintenance_windows.id').execute();
}

export const getMaintenanceWindow = (tx: Tx, id: string) =>
  windowsWithNames(tx).where('maintenance_windows.id', '=', id).executeTakeFirst();

export const endMaintenanceWindow = (tx: Tx, id: string, now: string) =>
  tx.db
    .updateTable('maintenance_windows')
    .set({ ends_at: now, ended_early_at: now })
    .where('id', '=', id)
    .where('ends_at', '>', now)
    .execute();

export const deleteMaintenanceWindow = (tx: Tx, id: string) => tx.db.deleteFrom('maintenance_windows').where('id', '=', id).execute();

/** Marks a just-opened alert as suppressed by a window. */
export const suppressAlert = (tx: Tx, alertId: string, windowId: string) =>
  tx.db.updateTable('alerts').set({ status: 'suppressed', maintenance_window_id: windowId }).where('id', '=', alertId).execute();

/**
 * Closes the alerts suppressed by windows that have ended (resolved_at = the window's end; the status
 * stays `suppressed`), so a source still firing afterwards opens a new alert that routes normally.
 */
export const closeSuppressedAlerts = async (tx: Tx, now: string) => {
  const ended = await tx.db
    .selectFrom('alerts')
    .innerJoin('maintenance_windows', 'maintenance_windows.id', 'alerts.maintenance_window_id')
    .select(['alerts.id', 'maintenance_windows.ends_at'])
    .where('alerts.status', '=', 'suppressed')
    .where('alerts.resolved_at', 'is', null)
    .where('maintenance_windows.ends_at', '<=', now)
    .limit(1_000)
    .execute();
  for (const a of ended)
    await tx.db.updateTable('alerts').set({ resolved_at: a.ends_at }).where('id', '=', a.id).where('resolved_at', 'is', null).execute();
  return ended.length;
};

// ---- heartbeats ----

export type HeartbeatRow = Selectable<HeartbeatsTable>;

/** The integration heartbeats without one file their alerts under (format `heartbeat`, hidden from the integration list). */
export const HEARTBEAT_INTEGRATION_ID = 'heartbeats';
export const ensureHeartbeatIntegration = (tx: Tx, now: string, keyHash: string) =>
  tx.db
    .insertInto('integrations')
    .values(integrationRow({ id: HEARTBEAT_INTEGRATION_ID, name: 'Heartbeats (built-in)', format: 'heartbeat', key_hash: keyHash }, now))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

/** Any integration by id, the built-in one included, as ingest needs it. */
export const integrationRowById = (tx: Tx, id: string) =>
  tx.db
    .selectFrom('integrations')
    .leftJoin('services', 'services.id', 'integrations.service_id')
    .selectAll('integrations')
    .select(['services.name as service_name', 'services.criticality as service_criticality'])
    .where('integrations.id', '=', id)
    .executeTakeFirst();

const heartbeatsWithNames = (tx: Tx) =>
  tx.db
    .selectFrom('heartbeats')
    .leftJoin('services', 'services.id', 'heartbeats.service_id')
    .leftJoin('integrations', 'integrations.id', 'heartbeats.integration_id')
    .selectAll('heartbeats')
    .select(['services.name as service_name', 'services.criticality as service_criticality', 'integrations.name as integration_name']);
export type HeartbeatListRow = Awaited<ReturnType<ReturnType<typeof heartbeatsWithNames>['execute']>>[number];

export const listHeartbeats = (tx: Tx) => heartbeatsWithNames(tx).orderBy('heartbeats.name').limit(1_000).execute();
export const getHeartbeat = (tx: Tx, idOrName: string) =>
  heartbeatsWithNames(tx)
    .where((eb) => eb.or([eb('heartbeats.id', '=', idOrName), eb('heartbeats.name', '=', idOrName)]))
    .executeTakeFirst();
export const heartbeatByKeyHash = (tx: Tx, hash: string) =>
  heartbeatsWithNames(tx).where('heartbeats.key_hash', '=', hash).executeTakeFirst();
export const heartbeatByNameIn = (tx: Tx, integrationId: string, name: string) =>
  heartbeatsWithNames(tx).where('heartbeats.integration_id', '=', integrationId).where('heartbeats.name', '=', name).executeTakeFirst();
export const heartbeatIdByName = (tx: Tx, name: string) =>
  tx.db.selectFrom('heartbeats').select('id').where('name', '=', name).executeTakeFirst();
export const insertHeartbeat = (tx: Tx, row: HeartbeatRow) => tx.db.insertInto('heartbeats').values(row).execute();
export const updateHeartbeat = (tx: Tx, id: string, patch: Partial<HeartbeatRow>) =>
  tx.db.updateTable('heartbeats').set(patch).where('id', '=', id).execute();
export const deleteHeartbeat = (tx: Tx, id: string) => tx.db.deleteFrom('heartbeats').where('id', '=', id).execute();

/** Running heartbeats whose check-in is overdue and that have not alerted yet. */
export const overdueHeartbeats = (tx: Tx, now: string) =>
  heartbeatsWithNames(tx)
    .where('heartbeats.paused_at', 'is', null)
    .where('heartbeats.down_at', 'is', null)
    .where('heartbeats.due_at', '<=', now)
    .orderBy('heartbeats.due_at')
    .limit(500)
    .execute();

/** Marks a heartbeat down unless a check-in (or a pause) got there first; true when this call did. */
export const markHeartbeatDown = async (tx: Tx, id: string, now: string) => {
  const [r] = await tx.db
    .updateTable('heartbeats')
    .set({ down_at: now })
    .where('id', '=', id)
    .where('paused_at', 'is', null)
    .where('down_at', 'is', null)
    .where('due_at', '<=', now)
    .execute();
  return Number(r?.numUpdatedRows ?? 0) === 1;
};
// ---- routing rules and settings ----

export type AlertRuleRow = Selectable<AlertRulesTable>;
export type AlertRoutingSettingsRow = Selectable<AlertRoutingSettingsTable>;

/** Rules in order, with the names of what they point at. */
export const listAlertRules = (tx: Tx) =>
  tx.db
    .selectFrom('alert_rules')
    .leftJoin('integrations', 'integrations.id', 'alert_rules.integration_id')
    .leftJoin('services', 'services.id', 'alert_rules.service_id')
    .leftJoin('severities', 'severities.id', 'alert_rules.severity_id')
    .selectAll('alert_rules')
    .select(['integrations.name as integration_name', 'services.name as service_name', 'severities.name as severity_name'])
    .orderBy('alert_rules.position')
    .orderBy('alert_rules.id')
    .execute();
export type AlertRuleListRow = Awaited<ReturnType<typeof listAlertRules>>[number];

export const countAlertRules = async (tx: Tx) =>
  Number(
    (
      await tx.db
        .selectFrom('alert_rules')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
export const alertRulePositions = (tx: Tx) =>
  tx.db.selectFrom('alert_rules').select(['id', 'position']).orderBy('position').orderBy('id').execute();
export const insertAlertRule = (tx: Tx, row: AlertRuleRow) => tx.db.insertInto('alert_rules').values(row).execute();
export const updateAlertRule = (tx: Tx, id: string, patch: Partial<AlertRuleRow>) =>
  tx.db.updateTable('alert_rules').set(patch).where('id', '=', id).execute();
export const deleteAlertRule = (tx: Tx, id: string) => tx.db.deleteFrom('alert_rules').where('id', '=', id).execute();
export const setAlertRulePosition = (tx: Tx, id: string, position: number) =>
  tx.db.updateTable('alert_rules').set({ position }).where('id', '=', id).execute();

export const getAlertRoutingSettings = (tx: Tx) =>
  tx.db
    .selectFrom('alert_routing_settings')
    .leftJoin('severities', 'severities.id', 'alert_routing_settings.auto_declare_severity_id')
    .selectAll('alert_routing_settings')
    .select('severities.name as severity_name')
    .where('alert_routing_settings.id', '=', 'routing')
    .executeTakeFirst();
export const saveAlertRoutingSettings = (tx: Tx, row: AlertRoutingSettingsRow) =>
  tx.db
    .insertInto('alert_routing_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row }))
    .execute();

/** Alerts of a service opened in [from, to), not dropped: what an alert notice tells its team about. */
export const alertsOpenedFor = (tx: Tx, serviceId: string, from: string, to: string, limit: number) =>
  tx.db
    .selectFrom('alerts')
    .leftJoin('incidents', 'incidents.id', 'alerts.incident_id')
    .select([
      'alerts.id',
      'alerts.title',
      'alerts.severity',
      'alerts.status',
      'alerts.incident_id',
      'alerts.first_seen_at',
      'incidents.number as incident_number',
    ])
    .where('alerts.service_id', '=', serviceId)
    .where('alerts.first_seen_at', '>=', from)
    .where('alerts.first_seen_at', '<', to)
    .where('alerts.status', '!=', 'dropped')
    .orderBy('alerts.first_seen_at')
    .orderBy('alerts.id')
    .limit(limit)
    .execute();
export const countAlertsOpenedFor = async (tx: Tx, serviceId: string, from: string, to: string) =>
  Number(
    (
      await tx.db
        .selectFrom('alerts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('service_id', '=', serviceId)
        .where('first_seen_at', '>=', from)
        .where('first_seen_at', '<', to)
        .where('status', '!=', 'dropped')
        .executeTakeFirstOrThrow()
    ).n,
  );
/** Change events of these services since `from`, newest first. */
export const changesOfServices = (tx: Tx, serviceIds: string[], from: string, limit: number) =>
  serviceIds.length
    ? tx.db
        .selectFrom('change_events')
        .innerJoin('integrations', 'integrations.id', 'change_events.integration_id')
        .leftJoin('services', 'services.id', 'change_events.service_id')
        .select([
          'change_events.id',
          'change_events.summary',
          'change_events.source',
          'change_events.occurred_at',
          'change_events.received_at',
          'change_events.payload',
          'change_events.service_id',
          'services.name as service_name',
          'integrations.id as integration_id',
          'integrations.name as integration_name',
        ])
        .where('change_events.service_id', 'in', serviceIds)
        .where('change_events.occurred_at', '>=', from)
        .orderBy('change_events.occurred_at', 'desc')
        .orderBy('change_events.id', 'desc')
        .limit(limit)
        .execute()
    : Promise.resolve([]);

export type ChangeRow = Awaited<ReturnType<typeof changesOfServices>>[number];

/**
 * Alerts still triggered (nobody acknowledged or resolved them) that arrived before `before`, newest
 * first, with their service's name: what an on-call handover lists. `teamId` narrows them to the
 * team's services.
 */
export const unacknowledgedAlerts = (tx: Tx, opts: { before: string; teamId?: string | null; limit: number }) => {
  let q = tx.db
    .selectFrom('alerts')
    .leftJoin('services', 'services.id', 'alerts.service_id')
    .select(['alerts.id', 'alerts.title', 'alerts.status', 'alerts.first_seen_at', 'services.name as service_name'])
    .where('alerts.status', '=', 'triggered')
    .where('alerts.first_seen_at', '<', opts.before);
  if (opts.teamId) q = q.where('services.owner_team_id', '=', opts.teamId);
  return q.orderBy('alerts.first_seen_at', 'desc').orderBy('alerts.id').limit(opts.limit).execute();
};
