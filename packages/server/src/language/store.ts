import type { Tx } from '../platform/context.ts';

/**
 * `review_vectors` (migration 0045): sentence embeddings of saved retrospective text, keyed by a hash
 * of the encoder's id and the masked sentence, with when they were last needed (for eviction).
 */

/** Keys per statement (well under SQLite's and PostgreSQL's parameter limits). */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The stored vectors of these keys (base64, as encodeVector writes them). */
export async function vectorsOf(db: Tx['db'], keys: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(keys)) {
    const rows = await db.selectFrom('review_vectors').select(['key', 'vector']).where('key', 'in', part).execute();
    for (const r of rows) out.set(r.key, r.vector);
  }
  return out;
}

/** Stores new vectors and marks the ones already stored as used `now`. */
export async function saveVectors(
  tx: Tx,
  fresh: readonly { key: string; vector: string }[],
  used: readonly string[],
  now: string,
): Promise<void> {
  for (const part of chunks(fresh)) {
    await tx.db
      .insertInto('review_vectors')
      .values(part.map((v) => ({ ...v, used_at: now })))
      .onConflict((oc) => oc.column('key').doUpdateSet({ used_at: now }))
      .execute();
  }
  for (const part of chunks(used)) {
    await tx.db.updateTable('review_vectors').set({ used_at: now }).where('key', 'in', part).execute();
  }
}

/** Deletes the least recently used rows beyond `max`. */
export async function evict(tx: Tx, max: number): Promise<void> {
  const { n } = await tx.db
    .selectFrom('review_vectors')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const over = Number(n) - max;
  if (over <= 0) return;
  const oldest = tx.db.selectFrom('review_vectors').select('key').orderBy('used_at').orderBy('key').limit(over);
  await tx.db.deleteFrom('review_vectors').where('key', 'in', oldest).execute();
}
