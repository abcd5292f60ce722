import * as core from '@energetic-ai/core';
import { type Encoder, type EncoderGraph, embedTexts } from './encoderGraph.ts';

/**
 * A fine-tuned copy of the sentence encoder (docs/language-review.md, "Round 38"): the language review's model
 * trains the encoder's own weights (tools/finetune), and ships them as differences from the shipped weights,
 * one signed byte each with one scale per tensor. The file: a 4-byte little-endian length, a JSON header
 * (`{ tensors: [{ name, shape, scale }] }`, in file order), then each tensor's bytes. The encoder thread builds
 * the weights once and runs the same graph with them in place of the shipped ones, one call at a time.
 */
type Tensor = EncoderGraph['weights'][string][number];
export type TunedTensor = { name: string; shape: number[]; scale: number };
const { tensor } = core as unknown as { tensor(values: Float32Array, shape: number[], dtype: 'float32'): Tensor };

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** The file's header and each tensor's differences. */
export function readTuned(bytes: Uint8Array): { tensors: TunedTensor[]; deltas: Int8Array[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0, true);
  const { tensors } = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as { tensors: TunedTensor[] };
  let at = 4 + length;
  const deltas = tensors.map((t) => {
    const n = sizeOf(t.shape);
    const d = new Int8Array(bytes.buffer, bytes.byteOffset + at, n);
    at += n;
    return d;
  });
  if (at !== bytes.byteLength) throw new Error(`fine-tuned encoder: ${bytes.byteLength - at} bytes left over (file damaged?)`);
  return { tensors, deltas };
}

/** The file for `tuned` weights (float32, by name) against `base`: each difference rounded to one of 255 steps of its tensor's scale. */
export function writeTuned(
  base: Record<string, Float32Array>,
  tuned: Record<string, { shape: number[]; values: Float32Array }>,
): Uint8Array {
  const tensors: TunedTensor[] = [];
  const deltas: Int8Array[] = [];
  for (const [name, { shape, values }] of Object.entries(tuned)) {
    const from = base[name];
    if (!from || from.length !== values.length)
      throw new Error(`fine-tuned encoder: no shipped weight ${name} of ${values.length} numbers`);
    let max = 0;
    for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] - from[i]));
    const scale = max / 127 || 1;
    const q = new Int8Array(values.length);
    for (let i = 0; i < values.length; i++) q[i] = Math.round((values[i] - from[i]) / scale);
    tensors.push({ name, shape, scale });
    deltas.push(q);
  }
  const header = new TextEncoder().encode(JSON.stringify({ tensors }));
  const out = new Uint8Array(4 + header.length + deltas.reduce((n, d) => n + d.length, 0));
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = 4 + header.length;
  for (const d of deltas) {
    out.set(new Uint8Array(d.buffer, d.byteOffset, d.length), at);
    at += d.length;
  }
  return out;
}

/** The fine-tuned tensors, by the graph's weight names: the shipped weight plus scale × difference. */
export function tunedWeights(encoder: Encoder, bytes: Uint8Array): Record<string, Tensor> {
  const { tensors, deltas } = readTuned(bytes);
  return Object.fromEntries(
    tensors.map((t, k) => {
      const shipped = encoder.model.weights[t.name]?.[0];
      if (!shipped) throw new Error(`fine-tuned encoder: the graph has no weight ${t.name} (model package changed?)`);
      const from = shipped.dataSync();
      const d = deltas[k];
      if (from.length !== d.length) throw new Error(`fine-tuned encoder: ${t.name} has ${from.length} numbers, the file ${d.length}`);
      const values = new Float32Array(d.length);
      for (let i = 0; i < d.length; i++) values[i] = from[i] + t.scale * d[i];
      return [t.name, tensor(values, t.shape, 'float32')];
    }),
  );
}

/** The fine-tuned encoder's vectors of `texts` (as the graph gives them: not scaled to unit length). */
export function embedTuned(encoder: Encoder, weights: Record<string, Tensor>, texts: readonly string[]): Float32Array<ArrayBuffer>[] {
  const shipped = Object.fromEntries(Object.keys(weights).map((name) => [name, encoder.model.weights[name]]));
  for (const [name, t] of Object.entries(weights)) encoder.model.weights[name] = [t];
  try {
    return embedTexts(encoder, texts);
  } finally {
    Object.assign(encoder.model.weights, shipped);
  }
}
