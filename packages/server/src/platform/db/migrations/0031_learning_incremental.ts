import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Similar incidents without waiting and without full reloads (learning/):
 * - `incident_vectors.revision` is the `learning.revision` counter value of the write that last changed
 *   the row, so a process catches its in-memory index up by reading only the rows past its revision;
 * - `learning_pending` lists incidents whose text changed since their vectors were computed (written in
 *   the same transaction as the change), so `/similar` brings them up to date before it answers instead
 *   of serving a stale or missing entry until the debounced job runs.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('incident_vectors')
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('incident_vectors_revision').on('incident_vectors').column('revision').execute();
  await db.schema
    .createTable('learning_pending')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('since', 'text', (c) => c.notNull())
    .execute();
  // Incidents declared before vectors existed, or whose job has not run yet, are pending too.
  await db
    .insertInto('learning_pending' as never)
    .columns(['incident_id', 'since'] as never)
    .expression(
      (db as Kysely<{ incidents: { id: string; updated_at: string }; incident_vectors: { incident_id: string } }>)
        .selectFrom('incidents')
        .leftJoin('incident_vectors', 'incident_vectors.incident_id', 'incidents.id')
        .where('incident_vectors.incident_id', 'is', null)
        .select(['incidents.id', 'incidents.updated_at']) as never,
    )
    .execute();
}
