// Round 38's choice of passes and threshold under folds by author (docs/language-review.md, "Round 38"):
//   node folds.ts --dump /tmp/finetune-dump.json --runs dir0,dir1,dir2 --epochs 3
// Each run is a `finetune.ts --sentences all --val <one fold's author groups>` run; its validation scores (every
// sentence of the fold's items, in dump order) are the out-of-fold scores. Pools every fold's items and reads them
// as the review does (the rules after the veto, or any sentence at or above the threshold) at each pass and
// threshold (steps of 0.01); prints the best, and splits 10–12 at it. With a `--plain` dump (round 40), the best is over
// every item, corpus and plain, and the corpus items and the plain ones are also read apart at it. With `--gate`
// (round 41), only 33a's candidates are scored (the sentences the dump marks `candidate`); every other sentence counts
// as scored 0, so only the rules can flag it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { best as bestOf, type Dump, type DumpItem, itemCounts, outOfFold } from './score.ts';

const { values: flags } = parseArgs({
  options: {
    dump: { type: 'string', default: '/tmp/finetune-dump.json' },
    runs: { type: 'string' },
    epochs: { type: 'string', default: '3' },
    gate: { type: 'boolean', default: false },
  },
});
if (!flags.runs) throw new Error('folds.ts needs --runs');
const dump: Dump = JSON.parse(readFileSync(flags.dump, 'utf8'));
const runs = flags.runs.split(',');
const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

let best = { epoch: 0, t: 0, f1: -1, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 };
const pooledAt = (epoch: number) => {
  const oof = outOfFold(dump, runs, epoch);
  const items = [...oof.keys()];
  const list = items.flatMap((item) => item.sentences.map(() => ({ item, y: item.blameful ? 1 : 0 })));
  const scores = items.flatMap((item) =>
    (oof.get(item) as number[]).map((score, j) => (flags.gate && !item.sentences[j].candidate ? 0 : score)),
  );
  return { list, scores, items };
};
for (let epoch = 1; epoch <= Number(flags.epochs); epoch++) {
  const { list, scores, items } = pooledAt(epoch);
  const row = bestOf(items, list, scores, THRESHOLDS);
  console.log(`pass ${epoch}: ${items.length} items out of fold, best F1 ${row.f1} at ${row.t} (tp ${row.tp} fp ${row.fp} fn ${row.fn})`);
  if (row.f1 > best.f1) best = { epoch, ...row };
}
const { list, scores, items } = pooledAt(best.epoch);
console.log(
  `${flags.gate ? "33a's candidates only; " : ''}chosen: pass ${best.epoch}, threshold ${best.t}: P ${best.precision.toFixed(4)} R ${best.recall.toFixed(4)} F1 ${best.f1}`,
);
const spent = items.filter((i) => /heldout-learned1[012][ab]$/.test(i.split));
const s = itemCounts(spent, list, scores, best.t);
console.log(`splits 10-12 (${spent.length} items) at it: F1 ${s.f1} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
const isPlain = (i: DumpItem) => i.split.startsWith('plain ');
const plain = items.filter(isPlain);
if (plain.length) {
  const corpus = itemCounts(
    items.filter((i) => !isPlain(i)),
    list,
    scores,
    best.t,
  );
  console.log(
    `corpus items alone (${items.length - plain.length}) at it: F1 ${corpus.f1} (tp ${corpus.tp} fp ${corpus.fp} fn ${corpus.fn})`,
  );
  console.log(`plain items (${plain.length}) flagged at it: ${itemCounts(plain, list, scores, best.t).fp}`);
}
