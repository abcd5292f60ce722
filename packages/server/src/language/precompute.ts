import { createHash } from 'node:crypto';
import { z } from 'zod';
import { decodeVector, embed, encodeVector } from '../learning/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { onRetroTextSaved, retroTexts } from '../retros/index.ts';
import { embeddedTextsOf, learnedModel, type StoredVectors } from './learned.ts';

/**
 * Precomputed embeddings for the language review (docs/language-review.md, "Cost on the server"):
 * when a retrospective's text is saved, the `language.embed` job splits it the way the review does and
 * embeds the sentences the learned layer will read, so a later review of that text calls no encoder.
 * The vectors live in `review_vectors` (migration 0045), shared by every process of a fleet, keyed
 * by a hash of the encoder's id and the masked sentence: no text, no incident, nothing to read back.
 */

/** Saves of one retrospective within this window are embedded together, once. */
export const EMBED_DEBOUNCE_MS = 2_000;
/** At most this many stored vectors (~2.8 KB each: ~140 MB at the cap); the least recently saved go first. */
export const REVIEW_VECTORS_MAX = 50_000;
/** Keys per statement (well under SQLite's and PostgreSQL's parameter limits). */
const CHUNK = 500;

/** The stored key of a masked sentence: SHA-256 of the encoder's id and the sentence. */
export const vectorKey = (masked: string): string =>
  createHash('sha256').update(`${learnedModel().encoder}\n${masked}`).digest('base64url');

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Stored vectors of these keys. */
async function readVectors(db: Deps['db'], keys: readonly string[]): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  for (const part of chunks(keys)) {
    const rows = await db.selectFrom('review_vectors').select(['key', 'vector']).where('key', 'in', part).execute();
    for (const r of rows) out.set(r.key, decodeVector(r.vector));
  }
  return out;
}

/** The review's lookup in `review_vectors` (one query per 500 sentences, read-only: a review writes nothing). */
export const storedVectors =
  (deps: Pick<Deps, 'db' | 'dialect'>): StoredVectors =>
  async (masked) => {
    const keys = masked.map(vectorKey);
    const found = await readVectors(reader(deps).db, keys);
    const out = new Map<string, Float32Array>();
    for (const [i, m] of masked.entries()) {
      const v = found.get(keys[i]);
      if (v) out.set(m, v);
    }
    return out;
  };

/**
 * The masked sentences a review of this retrospective could embed: each text alone (a section, a why,
 * an answer, as the editor sends them) and the whole retrospective as one text (names found elsewhere
 * on the page change how a sentence is masked).
 */
export function sentencesToEmbed(texts: readonly string[]): string[] {
  return [...new Set([...texts.flatMap(embeddedTextsOf), ...embeddedTextsOf(texts.join('\n\n'))])];
}

/**
 * Embeds the saved text of a retrospective that no vector is stored for yet (`embedTexts`). Does
 * nothing with the encoder off.
 */
export async function embedRetroText(deps: Deps, retroId: string): Promise<void> {
  if (!deps.config.embeddings) return;
  await embedTexts(deps, await retroTexts({ db: deps.db, dialect: deps.dialect, events: [] }, retroId));
}

/**
 * Embeds the sentences of these texts that a review would read and no vector is stored for yet (one
 * encoder call, outside any transaction), stores the new vectors, marks the ones still needed as used
 * now and evicts the least recently used beyond `REVIEW_VECTORS_MAX`. Returns how many it embedded.
 */
export async function embedTexts(deps: Deps, texts: readonly string[]): Promise<number> {
  if (!deps.config.embeddings) return 0;
  const masked = sentencesToEmbed(texts);
  if (!masked.length) return 0;
  const keys = masked.map(vectorKey);
  const have = await readVectors(deps.db, keys);
  const todo = masked.filter((_, i) => !have.has(keys[i]));
  const vectors = todo.length ? await embed(deps.config, todo) : [];
  if (!vectors) return 0;
  const now = deps.clock.now().toISOString();
  await transaction(deps, async (tx) => {
    const fresh = todo.map((m, i) => ({ key: vectorKey(m), vector: encodeVector(vectors[i]), used_at: now }));
    for (const part of chunks(fresh)) {
      await tx.db
        .insertInto('review_vectors')
        .values(part)
        .onConflict((oc) => oc.column('key').doUpdateSet({ used_at: now }))
        .execute();
    }
    for (const part of chunks([...have.keys()])) {
      await tx.db.updateTable('review_vectors').set({ used_at: now }).where('key', 'in', part).execute();
    }
    await evict(tx, REVIEW_VECTORS_MAX);
  });
  return todo.length;
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

export const embedJob = defineJob({
  kind: 'language.embed',
  payload: z.object({ retroId: z.string() }),
  maxAttempts: 5,
  timeoutMs: 120_000,
  run: (ctx, { retroId }) => embedRetroText(ctx, retroId),
});

const bucketEnd = (clock: Clock, ms: number) => new Date(Math.floor(clock.now().getTime() / ms) * ms + ms);

/**
 * Registered from buildApp: a save of retrospective text enqueues one `language.embed` job per
 * retrospective and window, in the saving transaction. With the encoder off nothing is enqueued.
 */
export function registerLanguageHooks(deps: Pick<Deps, 'config'>): void {
  onRetroTextSaved('language', async (tx, who, retro) => {
    if (!deps.config.embeddings) return;
    const runAt = bucketEnd(who.clock, EMBED_DEBOUNCE_MS);
    await enqueue(tx, who, embedJob, { retroId: retro.id }, { runAt, key: `language.embed:${retro.id}:${runAt.toISOString()}` });
  });
}
