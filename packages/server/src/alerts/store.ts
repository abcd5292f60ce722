import type { Insertable, Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { AlertsTable, ChangeEventsTable, IntegrationsTable } from '../platform/db/schema.ts';

export type IntegrationRow = Selectable<IntegrationsTable>;
export type AlertRow = Selectable<AlertsTable>;

// ---- integrations ----

export const integrationsWithService = (tx: Tx) =>
  tx.db
    .selectFrom('integrations')
    .leftJoin('services', 'services.id', 'integrations.service_id')
    .selectAll('integrations')
    .select(['services.name as service_name', 'services.criticality as service_criticality']);

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
export const updateIntegration = (tx: Tx, id: string, patch: Partial<IntegrationRow>) =>
  tx.db.updateTable('integrations').set(patch).where('id', '=', id).execute();

// ---- alerts ----

export type AlertInsert = Omit<AlertRow, 'count'>;

/**
 * Opens the alert for (scope, dedup key), or counts a repeat on the open one: one statement whose
 * conflict target is the partial unique index, so concurrent triggers (any connection, any
 * instance) give exactly one open alert. `count === 1` means this call opened it.
 */
export const upsertTrigger = (tx: Tx, row: AlertInsert) =>
  tx.db
    .insertInto('alerts')
    .values({ ...row, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'dedup_key'])
        .where('resolved_at', 'is', null)
        .doUpdateSet((eb) => ({
          count: eb('alerts.count', '+', 1),
          last_seen_at: row.last_seen_at,
          title: row.title,
          description: row.description,
          severity: row.severity,
          details: row.details,
        })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();

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

export const insertAlertEvent = (tx: Tx, alertId: string, action: string, receivedAt: string, payload: string) =>
  tx.db.insertInto('alert_events').values({ alert_id: alertId, action, received_at: receivedAt, payload }).execute();

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
    .selectAll('alerts')
    .select(['integrations.name as integration_name', 'services.name as service_name', 'incidents.number as incident_number']);

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
