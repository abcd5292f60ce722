import type { Kysely } from 'kysely';

/**
 * Precomputed sentence embeddings of the language review (language/precompute.ts): when a
 * retrospective's text is saved, the `language.embed` job embeds the sentences the learned layer will
 * read, so a later `POST /language/review` of that text calls no encoder in any process of a fleet.
 * Keyed by a SHA-256 of the encoder's id and the masked sentence: no text is stored, so a row cannot
 * show whose incident it came from or what it said. `used_at` is the last save that needed the row;
 * the job keeps at most `REVIEW_VECTORS_MAX` rows, evicting the oldest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_vectors')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('vector', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_vectors_used_at').on('review_vectors').column('used_at').execute();
}
