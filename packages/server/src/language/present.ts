import { createHash } from 'node:crypto';
import { type LanguageFindingView, reviewLanguage } from '@firebreak/shared';
import type { Config } from '../config.ts';
import type { Tx } from '../platform/context.ts';
import { reviewWithLearning, type StoredVectors } from './learned.ts';
import { storedByKey, vectorKey, vectorsByKey } from './precompute.ts';

/** Blame-aware language findings of a text, rules only (packages/shared/src/language): with the encoder off. */
const findingsOf = (text: string): LanguageFindingView[] => (text.trim() ? reviewLanguage(text) : []);

/**
 * The findings a page shows for its texts (a retrospective's sections, whys, answers), in order: the
 * review of each text alone, as `POST /language/review` gives it, with the learned layer reading only
 * vectors already in this process's cache or stored by the `language.embed` job — never the encoder,
 * so a read stays cheap. A sentence nothing is stored for yet gets the rules alone (until the job has
 * run). All the texts' lookups are one query (`batched`); a text reviewed in full before is not
 * reviewed again (`reviewed`). With `FIREBREAK_EMBEDDINGS=off`, the rules.
 */
export async function findingsFor(
  tx: Pick<Tx, 'db'>,
  config: Pick<Config, 'embeddings'>,
  texts: readonly string[],
): Promise<LanguageFindingView[][]> {
  if (!config.embeddings) return texts.map(findingsOf);
  const stored = batched(tx);
  return Promise.all(texts.map((t) => (t.trim() ? reviewed(config, t, stored) : [])));
}

/** Texts whose review read every vector it needed, by SHA-256 of the text, least recently used first. */
const MEMO_SIZE = 5_000;
const memo = new Map<string, LanguageFindingView[]>();
/** Empties the memo (tests: a process that never reviewed the text). */
export const clearFindingsMemo = (): void => memo.clear();

/**
 * One text's review from stored vectors. A text whose every sentence the model reads had its vector
 * gets the same findings on every later read (the vectors are the encoder's, the model does not change
 * while the process runs), so they are kept: a page read again, as the live page does after every
 * change, costs a hash and a lookup. A review that lacked a vector (the job has not run yet) is not
 * kept, so the learned findings appear once the vectors are stored.
 */
async function reviewed(config: Pick<Config, 'embeddings'>, text: string, stored: StoredVectors): Promise<LanguageFindingView[]> {
  const key = createHash('sha256').update(text).digest('base64url');
  const kept = memo.get(key);
  if (kept) {
    memo.delete(key); // refresh its place in the LRU order
    memo.set(key, kept);
    return kept;
  }
  let complete = true;
  const findings = await reviewWithLearning(
    config,
    text,
    async (masked, which) => {
      const found = await stored(masked, which);
      if (masked.some((m) => !found.has(m))) complete = false;
      return found;
    },
    { encoder: false },
  );
  if (complete) {
    memo.set(key, findings);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  }
  return findings;
}

/**
 * One lookup for all the reviews that ask within the same turn of the event loop, whichever encoder's vectors
 * they ask for: the reviews started together reach their lookup before any I/O, so a page's texts share one
 * query. A review that asks later gets a lookup of its own (more queries, same findings).
 */
type Asked = { keys: string[]; masked: string[]; resolve: (found: Map<string, Float32Array>) => void; reject: (e: unknown) => void };
function batched(tx: Pick<Tx, 'db'>): StoredVectors {
  const lookup = storedByKey(tx);
  let waiting: Asked[] | null = null;
  return (masked, which) =>
    new Promise((resolve, reject) => {
      if (!waiting) {
        const batch: Asked[] = [];
        waiting = batch;
        setImmediate(() => {
          waiting = null;
          lookup([...new Set(batch.flatMap((b) => b.keys))]).then(
            (found) => {
              for (const b of batch) b.resolve(vectorsByKey(b.keys, b.masked, found));
            },
            (e) => {
              for (const b of batch) b.reject(e);
            },
          );
        });
      }
      waiting.push({ keys: masked.map((m) => vectorKey(m, which)), masked, resolve, reject });
    });
}
