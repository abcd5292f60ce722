import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Similar and recurring incidents (issue 14, learning/): one row of vectors per incident, computed by
 * the `learning.vectorize` job — the TF-IDF term counts of its text (JSON), its sentence embedding
 * (base64 float32, null when the encoder is off) and the recurring group the `learning.cluster` job
 * put it in. `learning.revision` in `counters` moves on every write, so each process knows when its
 * in-memory index is stale with one read.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('incident_vectors')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('embedding', 'text')
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text')
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_vectors_group').on('incident_vectors').column('group_id').execute();
}
