import { readFileSync } from 'node:fs';

/** One corpus item as `packages/server/src/language/finetune-dump.ts` writes it. */
export type DumpItem = {
  split: string;
  /** Its author group (training-splits.ts `AUTHOR_GROUPS`), or −1 for the fresh dev sets. */
  group: number;
  blameful: boolean;
  /** Whether the rules (after the committed veto) flag it. */
  rules: boolean;
  /** `score`: the committed model's; `shipped` (dumps since round 43): its models' on the shipped encoder alone. */
  sentences: { masked: string; features: number[]; candidate: boolean; score: number | null; shipped?: number | null }[];
};
export type Dump = { items: DumpItem[] };
type Scored = { item: DumpItem; y: number };

/**
 * The out-of-fold score of every sentence after a pass, by item: each fold run's validation scores (every sentence of
 * its author groups' items, in dump order), run after run.
 */
export function outOfFold(dump: Dump, runs: readonly string[], pass: number): Map<DumpItem, number[]> {
  const scores = new Map<DumpItem, number[]>();
  for (const run of runs) {
    const { val, valGroups } = JSON.parse(readFileSync(`${run}/scores-epoch${pass}.json`, 'utf8')) as {
      val: number[];
      valGroups: number[];
    };
    const groups = new Set(valGroups);
    let at = 0;
    for (const item of dump.items.filter((i) => groups.has(i.group))) {
      scores.set(item, val.slice(at, at + item.sentences.length));
      at += item.sentences.length;
    }
    if (at !== val.length) throw new Error(`${run} has ${val.length} scores for ${at} sentences`);
  }
  return scores;
}

/** Area under the ROC curve of sentence scores (ties broken by order). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rank = 0;
  let positives = 0;
  let rankSum = 0;
  for (const i of order) {
    rank++;
    if (labels[i]) {
      positives++;
      rankSum += rank;
    }
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (labels.length - positives));
}

/** Item counts when an item is flagged by the rules or by any of its scored sentences (`list`) at or above `t`. */
export function itemCounts(items: readonly DumpItem[], list: readonly Scored[], scores: readonly number[], t: number) {
  const hit = new Set(list.filter((_, i) => scores[i] >= t).map((e) => e.item));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    const flagged = item.rules || hit.has(item);
    if (flagged && item.blameful) tp++;
    else if (flagged) fp++;
    else if (item.blameful) fn++;
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), f1: Number(((2 * tp) / (2 * tp + fp + fn)).toFixed(4)) };
}

const THRESHOLDS = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);
/** The threshold with the best item F1 (the first of equals), and its counts. */
export const best = (items: readonly DumpItem[], list: readonly Scored[], scores: readonly number[], thresholds = THRESHOLDS) =>
  thresholds.map((t) => ({ t, ...itemCounts(items, list, scores, t) })).reduce((a, b) => (b.f1 > a.f1 ? b : a));

/** One line: sentence AUC and item F1 on the validation groups and the fresh sets (at validation's best threshold, and at its own best). */
export function report(
  tag: string,
  dump: Dump,
  lists: { val: readonly Scored[]; fresh: readonly Scored[] },
  scores: { val: readonly number[]; fresh: readonly number[] },
): string {
  const valGroups = new Set(lists.val.map((e) => e.item.group));
  const valItems = dump.items.filter((i) => valGroups.has(i.group));
  const freshItems = dump.items.filter((i) => i.group < 0);
  const a = (list: readonly Scored[], s: readonly number[]) =>
    auc(
      s,
      list.map((e) => e.y),
    ).toFixed(4);
  if (!lists.fresh.length) {
    if (!lists.val.length) return `${tag}: nothing to score`;
    const v = best(valItems, lists.val, scores.val);
    return `${tag}: validation AUC ${a(lists.val, scores.val)}, F1 ${v.f1} at ${v.t} (tp ${v.tp} fp ${v.fp} fn ${v.fn}); no fresh set`;
  }
  const f = best(freshItems, lists.fresh, scores.fresh);
  const freshLine = `fresh AUC ${a(lists.fresh, scores.fresh)}, best F1 ${f.f1} at ${f.t} (tp ${f.tp} fp ${f.fp} fn ${f.fn}), by threshold ${[0.2, 0.3, 0.4, 0.5, 0.6].map((t) => `${t}: ${itemCounts(freshItems, lists.fresh, scores.fresh, t).f1}`).join(', ')}`;
  if (!lists.val.length) return `${tag}: ${freshLine}`;
  const v = best(valItems, lists.val, scores.val);
  const atV = itemCounts(freshItems, lists.fresh, scores.fresh, v.t);
  return `${tag}: validation AUC ${a(lists.val, scores.val)}, F1 ${v.f1} at ${v.t} | fresh AUC ${a(lists.fresh, scores.fresh)}, at ${v.t}: F1 ${atV.f1} (tp ${atV.tp} fp ${atV.fp} fn ${atV.fn}), best F1 ${f.f1} at ${f.t} (tp ${f.tp} fp ${f.fp} fn ${f.fn})`;
}
