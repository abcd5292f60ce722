import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Alert routing (issue 12): ordered routing rules (global, or for one integration) with their
 * conditions and actions as JSON; the routing settings (one row: join window, auto-declare
 * threshold); a per-integration rate limit; and on an alert the severity a rule chose for it.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('alert_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    // null: every integration
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id'))
    // JSON [{field, op, value}]
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('severity_id', 'text', (c) => c.references('severities.id'))
    .addColumn('drop_event', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_rules_position').on('alert_rules').columns(['position']).execute();

  await db.schema
    .createTable('alert_routing_settings')
    // always 'routing': one row, absent until an admin saves (the defaults apply)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('join_window_minutes', 'integer', (c) => c.notNull())
    .addColumn('auto_declare', 'integer', (c) => c.notNull())
    // null: the most severe severity
    .addColumn('auto_declare_severity_id', 'text', (c) => c.references('severities.id'))
    // JSON list of service criticalities
    .addColumn('auto_declare_criticalities', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('integrations').addColumn('rate_limit_per_minute', 'integer').execute();
  await db.schema.alterTable('alerts').addColumn('severity_id', 'text').execute();
}
