import * as core from '@energetic-ai/core';

/**
 * Universal Sentence Encoder lite's graph, run synchronously. The graph has two `Where` ops (the
 * positions kept under its 128-token clip, and the mask of real positions that its feed-forward layers
 * gather and scatter back), and a dynamic op makes tfjs refuse `execute()` and run the whole graph
 * through `executeAsync()`, which awaited every op: ~4 ms of a 14 ms pass for one sentence. Both
 * `Where`s depend only on each text's token count, so this computes their results from the token
 * counts and feeds them in place of the ops, and `execute()` runs the rest. The vectors are
 * bit-identical to the library's `embed()` (tested, encoderGraph.test.ts).
 */
type Tensor = { dispose(): void; arraySync(): unknown; dataSync(): ArrayLike<number> };
export type EncoderGraph = {
  execute(inputs: Record<string, Tensor>): Tensor;
  weights: Record<string, Tensor[]>;
};
export type Encoder = { tokenizer: { encode(text: string): number[] }; model: EncoderGraph };
// The package's type declarations point at @tensorflow/tfjs-core, which it bundles rather than installs.
const { tensor1d, tensor2d } = core as unknown as {
  tensor1d(values: number[], dtype: 'int32'): Tensor;
  tensor2d(values: number[], shape: [number, number], dtype: 'int32'): Tensor;
};

const SCOPE = 'module_apply_default/Encoder_en/KonaTransformer/';
/** The clip's row selection (`Reshape` of its `Where`'s coordinates): the rows of `indices` kept. */
const KEPT_ROWS = `${SCOPE}ClipToMaxLength/Reshape`;
/** The feed-forward mask's coordinates (`Where` of "token id > padding", cast to int32): [text, position] per token. */
const TOKEN_COORDS = `${SCOPE}Encode/TransformerStack/Layer_1/TransformerLayer/FFN/StoreMask/ToInt32`;
/** The positions column of those coordinates, which the timing signal reads. */
const TOKEN_POSITIONS = `${SCOPE}Encode/TransformerStack/Layer_0/AddTimingSignal/strided_slice_2`;
/** The graph's clip: tokens at this position or later are left out. */
const CLIP = `${SCOPE}ClipToMaxLength/Less/y`;

/** One of the graph's inputs as plain numbers (int32): its node name, values and shape. */
export type GraphInput = { name: string; values: number[]; shape: [number] | [number, number] };

/**
 * The graph's inputs for `texts`: the tokens as a sparse matrix (`indices`, `values`) and, in place of its two
 * `Where` ops, their results computed from the token counts. Also used by the fine-tuning probe (tools/finetune).
 */
export function graphInputs(
  encoder: Pick<Encoder, 'tokenizer'> & { model: Pick<EncoderGraph, 'weights'> },
  texts: readonly string[],
): GraphInput[] {
  const clip = encoder.model.weights[CLIP]?.[0]?.dataSync()[0];
  if (clip === undefined) throw new Error('sentence encoder: the graph has no ClipToMaxLength constant (model package changed?)');
  const indices: number[] = [];
  const values: number[] = [];
  const kept: number[] = [];
  const coords: number[] = [];
  const positions: number[] = [];
  let row = 0;
  texts.forEach((text, t) => {
    encoder.tokenizer.encode(text).forEach((id, p) => {
      indices.push(t, p);
      values.push(id);
      if (p < clip) {
        kept.push(row);
        coords.push(t, p);
        positions.push(p);
      }
      row++;
    });
  });
  if (!kept.length) throw new Error('sentence encoder: no tokens to read');
  return [
    { name: 'indices', values: indices, shape: [indices.length / 2, 2] },
    { name: 'values', values, shape: [values.length] },
    { name: KEPT_ROWS, values: kept, shape: [kept.length] },
    { name: TOKEN_COORDS, values: coords, shape: [coords.length / 2, 2] },
    { name: TOKEN_POSITIONS, values: positions, shape: [positions.length] },
  ];
}

/** The 512-dimensional vectors of `texts`, in order, computed without the graph's dynamic ops. */
export function embedTexts(encoder: Encoder, texts: readonly string[]): Float32Array<ArrayBuffer>[] {
  const inputs = Object.fromEntries(
    graphInputs(encoder, texts).map(({ name, values, shape }) => [
      name,
      shape.length === 2 ? tensor2d(values, shape, 'int32') : tensor1d(values, 'int32'),
    ]),
  );
  try {
    const out = encoder.model.execute(inputs);
    const rows = out.arraySync() as number[][];
    out.dispose();
    if (rows.length !== texts.length) throw new Error(`sentence encoder: ${rows.length} vectors for ${texts.length} texts`);
    return rows.map((v) => Float32Array.from(v));
  } finally {
    for (const tensor of Object.values(inputs)) tensor.dispose();
  }
}
