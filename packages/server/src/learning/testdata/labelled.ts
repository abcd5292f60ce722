import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled incident: its recurring group (null for a look-alike in no group), service and text. */
export type Labelled = { group: string | null; service: string; title: string; report: string; rootCause: string };

/** Reads a split (`dev` for tuning, `heldout` for the figure that counts). */
export function labelled(split: 'dev' | 'heldout'): Labelled[] {
  return readFileSync(join(import.meta.dirname, `${split}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [group, service, title, report, rootCause] = l.split('|');
      return { group: group === '-' ? null : group, service, title, report, rootCause };
    });
}

/** precision@k: of the k incidents shown first, the share in the query's group (queries: grouped incidents). */
export function precisionAtK(items: Labelled[], results: number[][], k = 4): number {
  let sum = 0;
  let n = 0;
  for (const [i, it] of items.entries()) {
    if (!it.group) continue;
    const top = results[i].slice(0, k);
    sum += top.filter((j) => items[j].group === it.group).length / k;
    n++;
  }
  return sum / n;
}

/** Pairwise grouping recall and precision: of the pairs labelled alike, the share put in one group, and the converse. */
export function groupingScores(items: Labelled[], groupOf: (i: number) => string | null) {
  let same = 0;
  let found = 0;
  let grouped = 0;
  let right = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const labelled = !!items[i].group && items[i].group === items[j].group;
      const g = groupOf(i);
      const together = !!g && g === groupOf(j);
      if (labelled) same++;
      if (together) grouped++;
      if (labelled && together) {
        found++;
        right++;
      }
    }
  }
  return { recall: same ? found / same : 1, precision: grouped ? right / grouped : 1 };
}
