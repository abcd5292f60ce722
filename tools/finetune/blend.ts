// Round 42's choice of the blend of 33a and 41a (docs/language-review.md, "Round 42"), and round 43's:
//   node blend.ts --dump /tmp/ft40-dump.json --runs dir0,dir1,dir2 [--passes 3]        (round 42: pass 3 alone)
//   node blend.ts --dump /tmp/ft43-dump.json --runs dir0,dir1,dir2 --passes 1,2,3     (round 43: the pass chosen too)
// Reads the items 33a never trained on: those whose split is not in its models' `trainedOn` (learned-weights.json),
// with 33a's score from the dump (`shipped`, or `score` in a dump made while 33a was the committed model) and the
// fine-tuned model's out-of-fold score from the fold runs. A candidate sentence scores w × 33a + (1 − w) × fine-tuned; any other sentence only the rules read. Prints
// the (pass, w, t) with the best F1 over those items, corpus and plain together (the first of equals: earlier pass,
// smaller w, then smaller t), and, for criterion 2, the corpus items and the plain ones read apart at it and by 33a
// alone.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Dump, type DumpItem, itemCounts, outOfFold } from './score.ts';

const { values: flags } = parseArgs({
  options: {
    dump: { type: 'string', default: '/tmp/finetune-dump.json' },
    runs: { type: 'string' },
    passes: { type: 'string', default: '3' },
    weights: { type: 'string', default: new URL('../../packages/server/src/language/learned-weights.json', import.meta.url).pathname },
  },
});
if (!flags.runs) throw new Error('blend.ts needs --runs');
const dump: Dump = JSON.parse(readFileSync(flags.dump, 'utf8'));
const shipped: { threshold: number; trainedOn: Record<string, number> } = JSON.parse(readFileSync(flags.weights, 'utf8'));
const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
const WEIGHTS = Array.from({ length: 11 }, (_, i) => i / 10);

const items = dump.items.filter((i) => !(i.split in shipped.trainedOn) && i.group >= 0);
const own = (s: DumpItem['sentences'][number]) => (s.shipped === undefined ? s.score : s.shipped);
const listAt = (pass: number) => {
  const tuned = outOfFold(dump, (flags.runs as string).split(','), pass);
  const list = items.flatMap((item) => item.sentences.map((s, j) => ({ item, y: item.blameful ? 1 : 0, s, tuned: tuned.get(item)?.[j] })));
  if (list.some((e) => e.tuned === undefined)) throw new Error('blend.ts: an item has no out-of-fold score');
  if (list.some((e) => e.s.candidate && own(e.s) === null)) throw new Error("blend.ts: a candidate has no score of 33a's");
  return list;
};
type List = ReturnType<typeof listAt>;
const scoresAt = (list: List, w: number) => list.map((e) => (e.s.candidate ? w * (own(e.s) as number) + (1 - w) * (e.tuned as number) : 0));

const lists = new Map(flags.passes.split(',').map((p) => [Number(p), listAt(Number(p))]));
let best = { pass: 0, w: 0, t: 0, f1: -1 };
for (const [pass, list] of lists)
  for (const w of WEIGHTS) {
    const scores = scoresAt(list, w);
    for (const t of THRESHOLDS) {
      const { f1 } = itemCounts(items, list, scores, t);
      if (f1 > best.f1) best = { pass, w, t, f1 };
    }
  }
const isPlain = (i: DumpItem) => i.split.startsWith('plain ');
const corpus = items.filter((i) => !isPlain(i));
const plain = items.filter(isPlain);
const list = lists.get(best.pass) as List;
const read = (tag: string, w: number, t: number) => {
  const scores = scoresAt(list, w);
  const all = itemCounts(items, list, scores, t);
  const c = itemCounts(corpus, list, scores, t);
  console.log(
    `${tag} (pass ${best.pass}, w ${w}, t ${t}): all ${items.length} items F1 ${all.f1} (P ${all.precision.toFixed(4)} R ${all.recall.toFixed(4)}); ` +
      `corpus ${corpus.length} F1 ${c.f1} (tp ${c.tp} fp ${c.fp} fn ${c.fn}); plain ${plain.length} flagged ${itemCounts(plain, list, scores, t).fp}`,
  );
};
read('chosen', best.w, best.t);
read('33a alone, at its threshold', 1, shipped.threshold);
