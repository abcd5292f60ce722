import { sigmoid } from './logistic.ts';

/**
 * A small multilayer perceptron for the learned layer of the review (round 3): one hidden layer of
 * tanh units over the same standardised row as the encoder's logistic regression (embedding + rule
 * features), so it can weigh combinations ("a person as the agent" and "a judgement word") that a
 * linear model cannot. Trained offline by full-batch Adam on mean log-loss + λ/2·|W|² from a seeded
 * initialisation, for a fixed number of epochs: the same rows give the same weights.
 */
export type Mlp = { hidden: number; input: number; w1: number[]; b1: number[]; w2: number[]; b2: number };

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainMlp(
  rows: readonly Float64Array[],
  labels: readonly number[],
  options: { hidden: number; lambda: number; epochs: number; rate?: number; seed?: number },
): Mlp {
  const { hidden, lambda, epochs, rate = 0.01, seed = 14 } = options;
  const n = rows.length;
  const d = rows[0].length;
  const next = random(seed);
  const w1 = new Float64Array(hidden * d).map(() => (next() * 2 - 1) * Math.sqrt(1 / d));
  const b1 = new Float64Array(hidden);
  const w2 = new Float64Array(hidden).map(() => (next() * 2 - 1) * Math.sqrt(1 / hidden));
  let b2 = 0;
  const params = [w1, b1, w2];
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  let mb2 = 0;
  let vb2 = 0;
  const h = new Float64Array(hidden);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const g1 = new Float64Array(w1.length);
    const gb1 = new Float64Array(hidden);
    const g2 = new Float64Array(hidden);
    let gb2 = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      let z = b2;
      for (let k = 0; k < hidden; k++) {
        let s = b1[k];
        const off = k * d;
        for (let j = 0; j < d; j++) s += w1[off + j] * r[j];
        h[k] = Math.tanh(s);
        z += w2[k] * h[k];
      }
      const delta = (sigmoid(z) - labels[i]) / n;
      gb2 += delta;
      for (let k = 0; k < hidden; k++) {
        g2[k] += delta * h[k];
        const back = delta * w2[k] * (1 - h[k] * h[k]);
        if (back === 0) continue;
        gb1[k] += back;
        const off = k * d;
        for (let j = 0; j < d; j++) g1[off + j] += back * r[j];
      }
    }
    for (let j = 0; j < w1.length; j++) g1[j] += lambda * w1[j];
    for (let k = 0; k < hidden; k++) g2[k] += lambda * w2[k];
    const grads = [g1, gb1, g2];
    const c1 = 1 - 0.9 ** epoch;
    const c2 = 1 - 0.999 ** epoch;
    for (let p = 0; p < params.length; p++) {
      const param = params[p];
      const grad = grads[p];
      for (let j = 0; j < param.length; j++) {
        m[p][j] = 0.9 * m[p][j] + 0.1 * grad[j];
        v[p][j] = 0.999 * v[p][j] + 0.001 * grad[j] * grad[j];
        param[j] -= (rate * (m[p][j] / c1)) / (Math.sqrt(v[p][j] / c2) + 1e-8);
      }
    }
    mb2 = 0.9 * mb2 + 0.1 * gb2;
    vb2 = 0.999 * vb2 + 0.001 * gb2 * gb2;
    b2 -= (rate * (mb2 / c1)) / (Math.sqrt(vb2 / c2) + 1e-8);
  }
  return { hidden, input: d, w1: Array.from(w1), b1: Array.from(b1), w2: Array.from(w2), b2 };
}

/** Probability of the positive class for one (already scaled) row. */
export function predictMlp(model: Mlp, row: ArrayLike<number>): number {
  let z = model.b2;
  for (let k = 0; k < model.hidden; k++) {
    let s = model.b1[k];
    const off = k * model.input;
    for (let j = 0; j < model.input; j++) s += model.w1[off + j] * row[j];
    z += model.w2[k] * Math.tanh(s);
  }
  return sigmoid(z);
}
