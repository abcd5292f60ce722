import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Outbound webhooks and chat (webhooks/): destinations admins manage, one ordered stream of
 * deliveries per destination and incident (`webhook_streams` hands out the sequence and says whether
 * a delivery job is scheduled), the record batches waiting for fan-out, the deliveries themselves (request body kept for the log) and every
 * attempt at sending one.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const auto = <T extends { autoIncrement(): T }>(col: T) => (dialect === 'sqlite' ? col.autoIncrement() : col);
  await db.schema
    .createTable('webhook_destinations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // webhook | slack | mattermost | teams
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    // generic webhooks only: the HMAC key (needed in clear to sign; never returned after creation)
    .addColumn('signing_secret', 'text')
    // responders | stakeholders
    .addColumn('audience', 'text', (c) => c.notNull())
    // JSON list of timeline kinds
    .addColumn('events', 'text', (c) => c.notNull())
    // JSON list of service ids; empty: every service
    .addColumn('service_ids', 'text', (c) => c.notNull())
    // only incidents at this severity rank or more severe (1 is the most severe); null: all
    .addColumn('min_severity_rank', 'integer')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', 'text')
    // deliveries dead in a row since the last one that arrived
    .addColumn('dead_in_a_row', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webhook_streams')
    .addColumn('destination_id', 'text', (c) => c.notNull().references('webhook_destinations.id').onDelete('cascade'))
    // the incident id, or `test` for test deliveries
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('next_seq', 'integer', (c) => c.notNull())
    // 1 while a delivery job for this stream is queued or running
    .addColumn('scheduled', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_streams_pk', ['destination_id', 'stream'])
    .execute();

  // Record batches of an incident not yet turned into deliveries, written in the transaction that
  // recorded them; the fan-out takes them in entry order, so sequences follow the timeline.
  await db.schema
    .createTable('webhook_batches')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('first_id', 'integer', (c) => c.notNull())
    .addColumn('last_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_batches_pk', ['incident_id', 'first_id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('destination_id', 'text', (c) => c.notNull().references('webhook_destinations.id').onDelete('cascade'))
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id').onDelete('cascade'))
    .addColumn('entry_id', 'integer')
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // pending | delivered | dead | skipped
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('last_duration_ms', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('webhook_deliveries_seq', ['destination_id', 'stream', 'seq'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_entry').on('webhook_deliveries').columns(['destination_id', 'entry_id']).execute();
  await db.schema.createIndex('webhook_deliveries_state').on('webhook_deliveries').columns(['destination_id', 'state']).execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', serial, (c) => auto(c.primaryKey()))
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('error', 'text')
    .addColumn('response_body', 'text')
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id']).execute();
}
