/**
 * How alike two incidents are: a blend of the cosine of their TF-IDF vectors (shared, rare words),
 * the cosine of their sentence embeddings (same meaning in other words) and the overlap of their
 * services. The weights were tuned on the development split of the labelled set only
 * (test/data/learning/, see docs/learning.md); without embeddings the lexical weight takes their share.
 */
export const BLEND = {
  tfidf: 0.4,
  embedding: 0.4,
  service: 0.2,
  /** Embedding cosines below this are treated as unrelated (two incident texts rarely score under it). */
  embeddingFloor: 0.2,
};

/** Average-linkage threshold on the blend: groups merge while their members are, on average, this alike. */
export const GROUP_THRESHOLD = 0.45;
/** The same without embeddings (lexical scores sit lower; tuned on the development split too). */
export const GROUP_THRESHOLD_LEXICAL = 0.3;

export type Parts = { tfidf: number; embedding: number | null; service: number };

export function blend(p: Parts, weights = BLEND): number {
  const svc = weights.service * p.service;
  if (p.embedding === null) return (weights.tfidf + weights.embedding) * p.tfidf + svc;
  const e = Math.max(0, (p.embedding - weights.embeddingFloor) / (1 - weights.embeddingFloor));
  return weights.tfidf * p.tfidf + weights.embedding * e + svc;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  return jaccardWith(new Set(a), b);
}

/** Jaccard of a set already built (a query's services, scored against every document) and a list. */
export function jaccardWith(set: ReadonlySet<string>, b: readonly string[]): number {
  if (!set.size || !b.length) return 0;
  let shared = 0;
  let size = 0;
  for (let i = 0; i < b.length; i++) {
    if (b.indexOf(b[i]) !== i) continue; // a repeated service counts once
    size++;
    if (set.has(b[i])) shared++;
  }
  return shared / (set.size + size - shared);
}
