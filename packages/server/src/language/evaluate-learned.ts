import { type LearningSentence, reviewLanguage } from '@firebreak/shared';
import type { CorpusItem } from '@firebreak/shared/language/corpus.ts';
import type { Config } from '../config.ts';
import {
  embedCached,
  isCandidate,
  isVetoable,
  keptFindings,
  learnedModel,
  learnedThreshold,
  scoreSentences,
  sentencesOf,
  unflagVetoed,
} from './learned.ts';

/** Sentence-level figures of one layer over labelled items: an item is blameful when any of its sentences is flagged. */
export type LayerReport = {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** Blameful items the layer missed, and neutral items it flagged. */
  missed: string[];
  falseAlarms: string[];
};

/**
 * An item as the learned layer sees it: the rules' verdict after the veto (`rules`) and before it
 * (`rulesAlone`, the browser's verdict), and its sentences with their scores.
 */
export type ScoredItem = {
  item: CorpusItem;
  rules: boolean;
  rulesAlone: boolean;
  sentences: LearningSentence[];
  scores: Array<number | null>;
};

/** Scores every item: one encoder call for all uncached candidate sentences (and one for the sentences the veto reads). */
export async function scoreItems(config: Pick<Config, 'embeddings'>, items: readonly CorpusItem[]): Promise<ScoredItem[]> {
  const veto = config.embeddings ? learnedModel().veto : null;
  const prepared = items.map((item) => {
    const findings = reviewLanguage(item.text);
    const sentences = sentencesOf(item.text, findings);
    return { item, findings, sentences, checked: veto ? sentences.filter((s) => isVetoable(veto, findings, s)) : [] };
  });
  const vectors = veto
    ? await embedCached(
        config,
        prepared.flatMap((p) => p.checked.map((s) => s.masked)),
      )
    : null;
  let next = 0;
  const kept = prepared.map((p) => {
    if (!veto || !vectors || !p.checked.length) return p.findings;
    const mine = vectors.slice(next, next + p.checked.length);
    next += p.checked.length;
    return keptFindings(veto, p.findings, p.checked, mine);
  });
  // Round 44: as the review does, a sentence the veto cleared is read like any other candidate.
  const read = prepared.map((p, i) => unflagVetoed(p.sentences, kept[i]));
  const scores = await scoreSentences(config, read.flat());
  let at = 0;
  return prepared.map((p, i) => {
    const mine = scores.slice(at, at + p.sentences.length);
    at += p.sentences.length;
    return { item: p.item, rules: kept[i].length > 0, rulesAlone: p.findings.length > 0, sentences: read[i], scores: mine };
  });
}

/** Whether rules + learned flag the item at this threshold. */
export const combinedFlags = (s: Pick<ScoredItem, 'rules' | 'scores'>, threshold: number): boolean =>
  s.rules || s.scores.some((p) => p !== null && p >= threshold);

/** Figures for rules alone (the browser's review), the rules after the learned veto, and rules + learned (at the model's threshold, or another). */
export async function evaluateLearned(
  config: Pick<Config, 'embeddings'>,
  items: readonly CorpusItem[],
  threshold = learnedThreshold(),
): Promise<{ rules: LayerReport; vetoed: LayerReport; combined: LayerReport; candidates: number }> {
  const scored = await scoreItems(config, items);
  return {
    rules: report(scored.map((s) => [s.item, s.rulesAlone])),
    vetoed: report(scored.map((s) => [s.item, s.rules])),
    combined: report(scored.map((s) => [s.item, combinedFlags(s, threshold)])),
    candidates: scored.reduce((n, s) => n + s.sentences.filter(isCandidate).length, 0),
  };
}

export function report(predictions: ReadonlyArray<readonly [CorpusItem, boolean]>): LayerReport {
  const r: LayerReport = {
    total: predictions.length,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
    precision: 1,
    recall: 1,
    missed: [],
    falseAlarms: [],
  };
  for (const [item, flagged] of predictions) {
    if (flagged && item.blameful) r.truePositives++;
    else if (flagged) {
      r.falsePositives++;
      r.falseAlarms.push(item.text);
    } else if (item.blameful) {
      r.falseNegatives++;
      r.missed.push(item.text);
    } else r.trueNegatives++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  r.precision = ratio(r.truePositives, r.truePositives + r.falsePositives);
  r.recall = ratio(r.truePositives, r.truePositives + r.falseNegatives);
  return r;
}

/**
 * Errors per kind (docs/language-review.md, rounds 6 to 12): for each kind, its number of sentences and,
 * per named report, how many of them it gets wrong (a blameful sentence missed, a look-alike flagged).
 * Counts only, so a held-out split can be scored without printing a sentence.
 */
export function errorsPerKind(
  items: readonly CorpusItem[],
  kinds: readonly string[],
  reports: Readonly<Record<string, Pick<LayerReport, 'missed' | 'falseAlarms'>>>,
): Record<string, Record<string, number>> {
  const wrong = Object.entries(reports).map(([name, r]) => [name, new Set([...r.missed, ...r.falseAlarms])] as const);
  const out: Record<string, Record<string, number>> = {};
  items.forEach((item, i) => {
    out[kinds[i]] ??= { sentences: 0, ...Object.fromEntries(wrong.map(([name]) => [name, 0])) };
    const row = out[kinds[i]];
    row.sentences++;
    for (const [name, set] of wrong) if (set.has(item.text)) row[name]++;
  });
  return out;
}
