import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Issue 15, what was left of the status page:
 *
 * - `status_incident_summaries`: the customer-facing summary of a published incident's retrospective,
 *   one per incident on the status page. `published_at` is null while it is saved but not public
 *   (written, or taken down); `first_published_at` keeps when the public first saw it. `retro_id` and
 *   `retro_revision` record which published retrospective it was written beside. Removed with the
 *   incident's publication (status/store.ts#deleteStatusIncident).
 * - webhook subscribers are turned off after repeated failures, as webhook destinations are:
 *   `dead_in_a_row` counts deliveries given up in a row (reset by any delivery that arrives),
 *   `disabled_at` / `disabled_reason` say when and why it was turned off (null: it is on).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('status_incident_summaries')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('first_published_at', 'text')
    .addColumn('retro_id', 'text')
    .addColumn('retro_revision', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .alterTable('status_subscribers')
    .addColumn('dead_in_a_row', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('status_subscribers').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('status_subscribers').addColumn('disabled_reason', 'text').execute();
}
