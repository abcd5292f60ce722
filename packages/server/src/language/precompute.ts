import { createHash } from 'node:crypto';
import { z } from 'zod';
import { decodeVector, encodeVector } from '../learning/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { onRetroTextSaved, retroFindingsChanged, retroTexts } from '../retros/index.ts';
import { embedBy, embeddedTextsOf, encoderId, type StoredVectors, type Which } from './learned.ts';
import { evict, saveVectors, vectorsOf } from './store.ts';

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
/** The stored key of a masked sentence's vector by one encoder: SHA-256 of the encoder's id and the sentence. */
export const vectorKey = (masked: string, which: Which = 'shipped'): string =>
  createHash('sha256')
    .update(`${encoderId(which)}\n${masked}`)
    .digest('base64url');

/**
 * The review's lookup in `review_vectors` (one query per 500 sentences, read-only: a review writes
 * nothing), through `tx`: the read connection (`reader(deps)`), or the transaction a view is read in.
 */
export const storedVectors =
  (tx: Pick<Tx, 'db'>): StoredVectors =>
  async (masked, which) => {
    const keys = masked.map((m) => vectorKey(m, which));
    return vectorsByKey(keys, masked, await storedByKey(tx)(keys));
  };

/** The stored vectors of these keys (`vectorKey`), decoded, by key: one lookup for any mix of encoders. */
export const storedByKey =
  (tx: Pick<Tx, 'db'>) =>
  async (keys: string[]): Promise<Map<string, Float32Array>> => {
    const found = await vectorsOf(tx.db, keys);
    return new Map([...found].map(([k, v]) => [k, decodeVector(v)]));
  };

/** The vectors found for `keys`, by the masked sentence each key is of. */
export function vectorsByKey(
  keys: readonly string[],
  masked: readonly string[],
  found: Map<string, Float32Array>,
): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const [i, m] of masked.entries()) {
    const v = found.get(keys[i]);
    if (v) out.set(m, v);
  }
  return out;
}

/**
 * The masked sentences a review of this retrospective could embed: each text alone (a section, a why,
 * an answer, as the editor sends them) and the whole retrospective as one text (names found elsewhere
 * on the page change how a sentence is masked).
 */
export function sentencesToEmbed(texts: readonly string[]): { masked: string; which: Which }[] {
  const all = [...texts, texts.join('\n\n')].map(embeddedTextsOf);
  return (['shipped', 'tuned'] as const).flatMap((which) =>
    [...new Set(all.flatMap((t) => t[which]))].map((masked) => ({ masked, which })),
  );
}

/**
 * Embeds the saved text of a retrospective that no vector is stored for yet (`embedTexts`). Does
 * nothing with the encoder off.
 */
export async function embedRetroText(deps: Deps, retroId: string): Promise<void> {
  if (!deps.config.embeddings) return;
  // New vectors can add learned findings to the retrospective's views: open pages refetch.
  await embedTexts(deps, await retroTexts(reader(deps), retroId), (tx) => retroFindingsChanged(tx, retroId));
}

/**
 * Embeds the sentences of these texts that a review would read and no vector is stored for yet (one
 * encoder call, outside any transaction), stores the new vectors, marks the ones still needed as used
 * now and evicts the least recently used beyond `REVIEW_VECTORS_MAX`; `onStored` runs in that
 * transaction when it stored any. Returns how many it embedded.
 */
export async function embedTexts(deps: Deps, texts: readonly string[], onStored?: (tx: Tx) => Promise<void>): Promise<number> {
  if (!deps.config.embeddings) return 0;
  const wanted = sentencesToEmbed(texts);
  if (!wanted.length) return 0;
  const keys = wanted.map((w) => vectorKey(w.masked, w.which));
  const have = await vectorsOf(deps.db, keys);
  const todo = wanted.filter((_, i) => !have.has(keys[i]));
  // One call per encoder: the shipped one (the veto and the models), the fine-tuned one (the blend's other half).
  const fresh: { key: string; vector: string }[] = [];
  for (const which of ['shipped', 'tuned'] as const) {
    const mine = todo.filter((w) => w.which === which).map((w) => w.masked);
    if (!mine.length) continue;
    const vectors = await embedBy(deps.config, mine, which);
    if (!vectors) return 0;
    fresh.push(...mine.map((m, i) => ({ key: vectorKey(m, which), vector: encodeVector(vectors[i]) })));
  }
  const now = deps.clock.now().toISOString();
  await transaction(deps, async (tx) => {
    await saveVectors(tx, fresh, [...have.keys()], now);
    await evict(tx, REVIEW_VECTORS_MAX);
    if (fresh.length) await onStored?.(tx);
  });
  return todo.length;
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
