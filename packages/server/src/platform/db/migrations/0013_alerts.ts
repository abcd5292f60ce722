import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Alerts in (issue 12): integrations (a named source with a hashed key, optionally bound to a
 * service; the previous key keeps working until `previous_key_expires_at` after a rotation), alerts
 * (at most one open per scope and dedup key, enforced by a partial unique index on both databases,
 * so concurrent triggers from any number of connections or instances give one open alert), every
 * event received for an alert in order (`alert_events`), and change events per service.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('integrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('previous_key_hash', 'text', (c) => c.unique())
    .addColumn('previous_key_expires_at', 'text')
    .addColumn('signing_secret', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id'))
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id'))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  // The invariant: one open alert per scope and dedup key. Upserts name this index as their conflict target.
  await db.schema
    .createIndex('alerts_open_dedup')
    .on('alerts')
    .columns(['scope', 'dedup_key'])
    .unique()
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();
  await db.schema.createIndex('alerts_list').on('alerts').columns(['first_seen_at', 'id']).execute();
  await db.schema.createIndex('alerts_incident').on('alerts').columns(['incident_id']).execute();
  await db.schema
    .createTable('alert_events')
    .addColumn('id', serial, (c) => c.primaryKey().$call((col) => (dialect === 'sqlite' ? col.autoIncrement() : col)))
    .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_events_alert').on('alert_events').columns(['alert_id', 'id']).execute();
  await db.schema
    .createTable('change_events')
    .addColumn('id', serial, (c) => c.primaryKey().$call((col) => (dialect === 'sqlite' ? col.autoIncrement() : col)))
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id'))
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_events_service').on('change_events').columns(['service_id', 'occurred_at']).execute();
}
