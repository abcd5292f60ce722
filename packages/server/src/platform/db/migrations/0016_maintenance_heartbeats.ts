import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Maintenance windows and heartbeats (issue 12). A window suppresses the alerts of a service, or of
 * alerts whose fields match (`match`, JSON of field → value), from `starts_at` until `ends_at`
 * (moved to the moment someone ended it early, `ended_early_at`); an alert it suppressed names it
 * (`alerts.maintenance_window_id`). A heartbeat expects a check-in (key hashed) every period; the
 * periodic check alerts once `due_at` (last check-in + period + grace) has passed, and marks
 * `down_at` so the next run does not alert again.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('maintenance_windows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('ended_early_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('maintenance_windows_ends').on('maintenance_windows').columns(['ends_at']).execute();
  await db.schema
    .alterTable('alerts')
    .addColumn('maintenance_window_id', 'text', (c) => c.references('maintenance_windows.id'))
    .execute();
  await db.schema
    .createTable('heartbeats')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('period_seconds', 'integer', (c) => c.notNull())
    .addColumn('grace_seconds', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('last_ping_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('down_at', 'text')
    .addColumn('paused_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('heartbeats_due').on('heartbeats').columns(['due_at']).execute();
}
