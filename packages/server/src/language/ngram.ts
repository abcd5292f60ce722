import { sigmoid } from './logistic.ts';

/**
 * The lexical half of the learned layer: L2-regularised logistic regression over word uni- and
 * bigrams of the masked sentence ("the engineer is the reason", "supposed to"), TF-IDF weighted and
 * L2-normalised. It complements the sentence encoder, which blurs short idioms of blame. Fitted by
 * full-batch gradient descent from zero with a fixed step, so the same sentences give the same weights.
 */
export type NgramModel = { vocabulary: string[]; idf: number[]; weights: number[]; bias: number };

/** Uni- and bigrams of a (masked) sentence, lower case; "the engineer" stays a phrase like any other. */
export function ngramsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9@'-]+|[?]/g) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    grams.add(words[i]);
    if (i + 1 < words.length) grams.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...grams];
}

type Sparse = { index: number[]; value: number[] };

function vectorise(model: Pick<NgramModel, 'idf'>, lookup: ReadonlyMap<string, number>, text: string): Sparse {
  const index = ngramsOf(text)
    .map((g) => lookup.get(g))
    .filter((j): j is number => j !== undefined)
    .sort((a, b) => a - b);
  const value = index.map((j) => model.idf[j]);
  const norm = Math.sqrt(value.reduce((s, v) => s + v * v, 0)) || 1;
  return { index, value: value.map((v) => v / norm) };
}

/** Fits the model on sentences seen in at least `minCount` training sentences. */
export function trainNgram(
  texts: readonly string[],
  labels: readonly number[],
  lambda: number,
  minCount = 2,
  iterations = 600,
): NgramModel {
  const counts = new Map<string, number>();
  for (const t of texts) for (const g of ngramsOf(t)) counts.set(g, (counts.get(g) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([g]) => g)
    .sort();
  const idf = vocabulary.map((g) => Math.log((1 + texts.length) / (1 + (counts.get(g) ?? 0))) + 1);
  const lookup = new Map(vocabulary.map((g, j) => [g, j]));
  const rows = texts.map((t) => vectorise({ idf }, lookup, t));
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  const n = texts.length;
  const step = 2; // rows have unit norm, so the loss is (0.25 + λ)-smooth; 2 < 1 / (0.25 + λ) for λ ≤ 0.25
  for (let it = 0; it < iterations; it++) {
    const gradient = new Float64Array(w.length);
    let gradientBias = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      let z = bias;
      for (let k = 0; k < r.index.length; k++) z += w[r.index[k]] * r.value[k];
      const g = (sigmoid(z) - labels[i]) / n;
      for (let k = 0; k < r.index.length; k++) gradient[r.index[k]] += g * r.value[k];
      gradientBias += g;
    }
    for (let j = 0; j < w.length; j++) w[j] -= step * (gradient[j] + lambda * w[j]);
    bias -= step * gradientBias;
  }
  return { vocabulary, idf, weights: Array.from(w), bias };
}

const lookups = new WeakMap<NgramModel, Map<string, number>>();

/** Probability of blame for one masked sentence. */
export function predictNgram(model: NgramModel, text: string): number {
  let lookup = lookups.get(model);
  if (!lookup) {
    lookup = new Map(model.vocabulary.map((g, j) => [g, j]));
    lookups.set(model, lookup);
  }
  const r = vectorise(model, lookup, text);
  let z = model.bias;
  for (let k = 0; k < r.index.length; k++) z += model.weights[r.index[k]] * r.value[k];
  return sigmoid(z);
}
