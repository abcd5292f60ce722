// The fine-tuning probe (docs/language-review.md, "After round 37: fine-tuning the encoder"):
//   npx node packages/server/src/language/finetune-dump.ts            # in the root: the corpus as the layer reads it
//   cd tools/finetune && npm ci && node finetune.ts [--epochs 3] [--lr 3e-5] [--val 21,22] [--out dir]
// Trains Universal Sentence Encoder lite's weights (all but the token embeddings) with a logistic head over the
// standardised vector and the rule features, on the layer's candidate sentences (or, with --sentences all, every
// sentence) of the training splits minus the validation author groups; reports each epoch on the validation groups and on the fresh dev sets (never trained on).
// Every pass ends with a checkpoint in `out/checkpoint`; --resume goes on from it (a run outlives a session's end).
// --save also writes the model after each pass; --load dir/N --threshold t reads a saved pass on the fresh items instead of
// training (round 38: the server's path for such a model is the `round38` branch, docs/language-review.md).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { inputsOf, loadGraph, loadTokenizer } from './graph.ts';
import { type Dump, type DumpItem, itemCounts, report } from './score.ts';

const { values: flags } = parseArgs({
  options: {
    epochs: { type: 'string', default: '3' },
    lr: { type: 'string', default: '3e-5' },
    'head-lr': { type: 'string', default: '1e-3' },
    decay: { type: 'string', default: '3e-4' },
    val: { type: 'string', default: '21,22' },
    dump: { type: 'string', default: '/tmp/finetune-dump.json' },
    out: { type: 'string', default: '.' },
    frozen: { type: 'boolean', default: false },
    sentences: { type: 'string', default: 'candidates' },
    save: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    load: { type: 'string' },
    threshold: { type: 'string' },
  },
});
// The output folder is made if missing: a run that trained for an hour must not fail on its first write.
mkdirSync(flags.out, { recursive: true });
const num = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} takes a number, not ${JSON.stringify(v)}`);
  return n;
};
const EPOCHS = num('epochs', flags.epochs);
const LR = num('lr', flags.lr);
const HEAD_LR = num('head-lr', flags['head-lr']);
const DECAY = num('decay', flags.decay);
/** `--val none`: train on every training group (the report then has the fresh sets only). */
const VAL = new Set(flags.val === 'none' ? [] : flags.val.split(',').map((g) => num('val', g)));
const BATCH = 32;
/**
 * `--sentences all`: train and score every sentence, not only those the layer reads today (someone else named or
 * passive, no rule finding); an item is then flagged by the rules or by any of its sentences.
 */
if (flags.sentences !== 'candidates' && flags.sentences !== 'all') throw new Error('--sentences takes candidates or all');
const EVERY_SENTENCE = flags.sentences === 'all';

const dump: Dump = JSON.parse(readFileSync(flags.dump, 'utf8'));
type Example = { item: DumpItem; masked: string; features: number[]; baseline: number; y: number };
const examplesOf = (keep: (item: DumpItem) => boolean): Example[] =>
  dump.items
    .filter(keep)
    .flatMap((item) =>
      item.sentences
        .filter((s) => EVERY_SENTENCE || s.candidate)
        .map((s) => ({ item, masked: s.masked, features: s.features, baseline: s.score ?? 0, y: item.blameful ? 1 : 0 })),
    );
const isFresh = (item: DumpItem) => item.group < 0;
const isVal = (item: DumpItem) => VAL.has(item.group);
const train = examplesOf((i) => !isFresh(i) && !isVal(i));
const val = examplesOf(isVal);
const fresh = examplesOf(isFresh);
console.log(
  `${EVERY_SENTENCE ? 'sentences' : 'candidate sentences'}: ${train.length} trained on, ${val.length} validation (author groups ${[...VAL]}), ${fresh.length} fresh`,
);

const graph = await loadGraph();
const tokenizer = await loadTokenizer();
const F = train[0].features.length;
const featMean = new Array<number>(F).fill(0);
const featScale = new Array<number>(F).fill(0);
for (const e of train) for (let j = 0; j < F; j++) featMean[j] += e.features[j] / train.length;
for (const e of train) for (let j = 0; j < F; j++) featScale[j] += (e.features[j] - featMean[j]) ** 2 / train.length;
for (let j = 0; j < F; j++) featScale[j] = Math.sqrt(featScale[j]) || 1;
const featuresOf = (b: readonly Example[]) =>
  tf.tensor2d(
    b.map((e) => e.features.map((v, j) => (v - featMean[j]) / featScale[j])),
    [b.length, F],
  );

// Every float weight of the two transformer layers and the tanh layer becomes a variable; the token embeddings stay.
const names = Object.keys(graph.weights).filter((n) => {
  const w = graph.weights[n][0];
  return w.dtype === 'float32' && w.size >= 256 && !n.includes('Embeddings') && !n.includes('TimingSignal');
});
const encoderVars = names.map((n, i) => tf.variable(graph.weights[n][0], !flags.frozen, `encoder_${i}`));
for (const [i, n] of names.entries()) graph.weights[n] = [encoderVars[i]];
const headW = tf.variable(tf.zeros([512 + F, 1]), true, 'head_w');
const headB = tf.variable(tf.zeros([1]), true, 'head_b');
// The vector's standardiser: fixed from the frozen encoder's vectors of the training sentences (below).
let vecMean = tf.zeros([512]);
let vecScale = tf.ones([512]);
const vectorsOf = (b: readonly Example[]) =>
  graph.execute(
    inputsOf(
      graph,
      tokenizer,
      b.map((e) => e.masked),
    ),
  ) as tf.Tensor;
const rowsOf = (b: readonly Example[]) => tf.concat([tf.div(tf.sub(vectorsOf(b), vecMean), vecScale), featuresOf(b)], 1);
/** The head: one logit per row, and the loss with the head's weight decay. */
const headLogits = (rows: tf.Tensor) => tf.reshape(tf.add(tf.matMul(rows, headW), headB), [-1]);
const headLoss = (labels: tf.Tensor, rows: tf.Tensor) =>
  tf.add(tf.losses.sigmoidCrossEntropy(labels, headLogits(rows)), tf.mul(DECAY, tf.sum(tf.square(headW)))) as tf.Scalar;
const labelsOf = (b: readonly Example[]) => tf.tensor1d(b.map((e) => e.y));
const scoresOf = (list: readonly Example[]) => {
  const out: number[] = [];
  for (let at = 0; at < list.length; at += 128)
    out.push(...tf.tidy(() => tf.sigmoid(headLogits(rowsOf(list.slice(at, at + 128)))).dataSync()));
  return out;
};
const show = (tag: string) => {
  const scores = { val: scoresOf(val), fresh: scoresOf(fresh) };
  console.log(report(tag, dump, { val, fresh }, scores));
  return scores;
};

console.log(report('the committed model', dump, { val, fresh }, { val: val.map((e) => e.baseline), fresh: fresh.map((e) => e.baseline) }));

// `--load dir/N --threshold t`: no training; the model `--save` wrote after pass N, in float32, read on the fresh
// items at t (counts only), for comparison with the server's read of the same model (int8 differences).
if (flags.load) {
  const [dir, epoch] = [dirname(flags.load), basename(flags.load)];
  const saved = JSON.parse(readFileSync(`${dir}/head-epoch${epoch}.json`, 'utf8'));
  const bytes = readFileSync(`${dir}/encoder-epoch${epoch}.bin`);
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  let at = 0;
  for (const [i, name] of saved.names.entries()) {
    if (name !== names[i]) throw new Error(`--load: weight ${i} is ${name}, not ${names[i]}`);
    encoderVars[i].assign(tf.tensor(all.subarray(at, at + encoderVars[i].size), encoderVars[i].shape));
    at += encoderVars[i].size;
  }
  headW.assign(tf.tensor2d(saved.w, [saved.w.length, 1]));
  headB.assign(tf.tensor1d([saved.b]));
  vecMean = tf.tensor1d(saved.vecMean);
  vecScale = tf.tensor1d(saved.vecScale);
  featMean.splice(0, F, ...saved.featMean);
  featScale.splice(0, F, ...saved.featScale);
  const t = num('threshold', flags.threshold);
  const { tp, fp, fn, precision, recall, f1 } = itemCounts(
    dump.items.filter((i) => i.group < 0),
    fresh,
    scoresOf(fresh),
    t,
  );
  console.log(
    `loaded ${flags.load}, fresh items at ${t}: tp ${tp} fp ${fp} fn ${fn}, P ${precision.toFixed(4)} R ${recall.toFixed(4)} F1 ${f1}`,
  );
  process.exit(0);
}

const encoderAdam = tf.train.adam(LR);
const headAdam = tf.train.adam(HEAD_LR);
let seed = 7;
const CHECKPOINT = `${flags.out}/checkpoint`;
const resumed = flags.resume && existsSync(`${CHECKPOINT}/state.json`) ? await restore() : 0;
if (resumed) console.log(`resumed after pass ${resumed} from ${CHECKPOINT}`);

// 1. The head alone on the frozen vectors (a linear probe), which also starts the fine-tuning (LP-FT).
if (!resumed) {
  const rows: number[][] = [];
  for (let at = 0; at < train.length; at += 128) rows.push(...(tf.tidy(() => rowsOf(train.slice(at, at + 128))).arraySync() as number[][]));
  const raw = tf.tensor2d(rows);
  const { mean, variance } = tf.moments(raw.slice([0, 0], [-1, 512]), 0);
  vecMean = mean;
  vecScale = tf.sqrt(tf.add(variance, 1e-12));
  const xs = tf.concat([tf.div(tf.sub(raw.slice([0, 0], [-1, 512]), vecMean), vecScale), raw.slice([0, 512], [-1, F])], 1);
  const ys = labelsOf(train);
  const adam = tf.train.adam(0.01);
  for (let step = 0; step < 1500; step++) adam.minimize(() => headLoss(ys, xs));
  tf.dispose([raw, xs, ys]);
  show('linear probe (frozen encoder)');
}

// 2. Everything, by mini-batches; a fixed shuffle (a linear congruential generator), so a run repeats.
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (let epoch = resumed + 1; epoch <= EPOCHS; epoch++) {
  const order = train.map((_, i) => i).sort(() => random() - 0.5);
  const started = performance.now();
  let loss = 0;
  for (let at = 0; at < order.length; at += BATCH) {
    const batch = order.slice(at, at + BATCH).map((i) => train[i]);
    const { value, grads } = tf.variableGrads(() => headLoss(labelsOf(batch), rowsOf(batch)));
    loss += value.dataSync()[0] * batch.length;
    const named = Object.entries(grads).map(([name, tensor]) => ({ name, tensor }));
    if (!flags.frozen) encoderAdam.applyGradients(named.filter((g) => g.name.startsWith('encoder_')));
    headAdam.applyGradients(named.filter((g) => g.name.startsWith('head_')));
    tf.dispose([value, ...Object.values(grads)]);
  }
  console.log(`epoch ${epoch}: training loss ${(loss / train.length).toFixed(4)}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const scores = show(`epoch ${epoch}`);
  writeFileSync(`${flags.out}/scores-epoch${epoch}.json`, JSON.stringify({ ...scores, valGroups: [...VAL] }));
  if (flags.save) save(epoch);
  await checkpoint(epoch);
}

/**
 * `--save`: the model after each pass, for `--load` (and the `round38` branch's `export.ts`): `encoder-epochN.bin` (the trained weights as float32, in
 * `names` order) and `head-epochN.json` (their names and shapes, the head, and both standardisers).
 */
function save(epoch: number) {
  const weights = encoderVars.map((v) => v.dataSync() as Float32Array);
  writeFileSync(
    `${flags.out}/encoder-epoch${epoch}.bin`,
    Buffer.concat(weights.map((w) => Buffer.from(w.buffer, w.byteOffset, w.byteLength))),
  );
  const head = {
    names,
    shapes: encoderVars.map((v) => v.shape),
    w: Array.from(headW.dataSync()),
    b: headB.dataSync()[0],
    vecMean: Array.from(vecMean.dataSync()),
    vecScale: Array.from(vecScale.dataSync()),
    featMean,
    featScale,
  };
  writeFileSync(`${flags.out}/head-epoch${epoch}.json`, JSON.stringify(head));
}

/**
 * The state after pass `epoch`: the encoder, the head, both standardisers, both optimisers' moments and the shuffle's
 * seed, so a resumed run takes the same steps as one that never stopped. Written beside, then renamed into place.
 */
async function checkpoint(epoch: number) {
  const tensors = [
    ...encoderVars.map((v) => ({ name: v.name, tensor: v as tf.Tensor })),
    { name: 'head_w', tensor: headW as tf.Tensor },
    { name: 'head_b', tensor: headB as tf.Tensor },
    { name: 'vec_mean', tensor: vecMean },
    { name: 'vec_scale', tensor: vecScale },
    ...(await encoderAdam.getWeights()).map((w) => ({ ...w, name: `encoderAdam:${w.name}` })),
    ...(await headAdam.getWeights()).map((w) => ({ ...w, name: `headAdam:${w.name}` })),
    ...betaPowers(encoderAdam, 'encoderAdam'),
    ...betaPowers(headAdam, 'headAdam'),
  ];
  const data = tensors.map((t) => t.tensor.dataSync() as Float32Array);
  const next = `${CHECKPOINT}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next);
  writeFileSync(`${next}/tensors.bin`, Buffer.concat(data.map((d) => Buffer.from(d.buffer, d.byteOffset, d.byteLength))));
  const state = { epoch, seed, tensors: tensors.map((t) => ({ name: t.name, shape: t.tensor.shape })) };
  writeFileSync(`${next}/state.json`, JSON.stringify(state));
  rmSync(CHECKPOINT, { recursive: true, force: true });
  renameSync(next, CHECKPOINT);
}

/** Reads `checkpoint`'s state back; returns the pass it was written after. */
async function restore(): Promise<number> {
  const state: { epoch: number; seed: number; tensors: { name: string; shape: number[] }[] } = JSON.parse(
    readFileSync(`${CHECKPOINT}/state.json`, 'utf8'),
  );
  const bytes = readFileSync(`${CHECKPOINT}/tensors.bin`);
  const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const byName = new Map<string, tf.Tensor>();
  let at = 0;
  for (const { name, shape } of state.tensors) {
    const size = shape.reduce((a, b) => a * b, 1);
    byName.set(name, tf.tensor(floats.slice(at, at + size), shape));
    at += size;
  }
  const take = (name: string) => {
    const t = byName.get(name);
    if (!t) throw new Error(`${CHECKPOINT} has no ${name}`);
    return t;
  };
  for (const v of encoderVars) v.assign(take(v.name));
  headW.assign(take('head_w'));
  headB.assign(take('head_b'));
  vecMean = take('vec_mean');
  vecScale = take('vec_scale');
  const optimiser = (prefix: string) =>
    [...byName]
      .filter(([n]) => n.startsWith(prefix) && !n.endsWith(':beta-power'))
      .map(([n, tensor]) => ({ name: n.slice(prefix.length), tensor }));
  await encoderAdam.setWeights(optimiser('encoderAdam:'));
  await headAdam.setWeights(optimiser('headAdam:'));
  for (const [name, v] of [...betaPowers(encoderAdam, 'encoderAdam'), ...betaPowers(headAdam, 'headAdam')].map(
    (p) => [p.name, p.tensor] as const,
  ))
    (v as tf.Variable).assign(take(name));
  seed = state.seed;
  return state.epoch;
}

/**
 * Adam's running powers of beta1 and beta2 (its bias correction). `getWeights` leaves them out and `setWeights` rebuilds
 * them from the step count, which `applyGradients` never advances (only `minimize` does), so they are kept as they are.
 */
function betaPowers(adam: tf.AdamOptimizer, prefix: string) {
  const inner = adam as unknown as { accBeta1: tf.Variable; accBeta2: tf.Variable };
  return [
    { name: `${prefix}:1:beta-power`, tensor: inner.accBeta1 as tf.Tensor },
    { name: `${prefix}:2:beta-power`, tensor: inner.accBeta2 as tf.Tensor },
  ];
}
