import type { Kysely } from 'kysely';

/**
 * The durable job queue (the outbox): everything that leaves the process or happens later is a row
 * here, inserted in the transaction of the change that causes it. `id` is the delivery id receivers
 * use to drop duplicates; `idempotency_key` (unique) makes enqueueing the same work twice a no-op.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // Claiming: due queued jobs in run_at order, and running jobs whose lease ran out.
  await db.schema.createIndex('jobs_state_run_at').on('jobs').columns(['state', 'run_at', 'id']).execute();
  await db.schema.createIndex('jobs_state_lease').on('jobs').columns(['state', 'lease_until']).execute();
  // The admin list: newest first, by state.
  await db.schema.createIndex('jobs_created').on('jobs').columns(['created_at', 'id']).execute();
}
