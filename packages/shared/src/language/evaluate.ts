import { CORPUS } from './corpus.ts';
import type { CorpusItem, LabelledItem } from './corpus-types.ts';
import { reviewLanguage } from './review.ts';
import { LANGUAGE_RULES, type LanguageFinding } from './types.ts';

export type RuleStats = {
  rule: string;
  /** Sentences labelled with the rule. */
  expected: number;
  /** Sentences where the rule fired. */
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
};

export type Misclassified = {
  text: string;
  expected: boolean;
  expectedRules: string[];
  predictedRules: string[];
  findings: Array<Pick<LanguageFinding, 'rule' | 'start' | 'end'> & { span: string }>;
};

export type EvaluationReport = {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  perRule: RuleStats[];
  misclassified: Misclassified[];
};

/** The whole-corpus report, plus the same report for the tuning (`dev`) and `heldOut` splits. */
export type CorpusEvaluation = EvaluationReport & { dev: EvaluationReport; heldOut: EvaluationReport };

/** Sentence-level evaluation: a sentence is predicted blameful when it has at least one finding. */
export function evaluateCorpus(corpus: readonly LabelledItem[] = CORPUS): CorpusEvaluation {
  return {
    ...evaluateItems(corpus),
    dev: evaluateItems(corpus.filter((item) => item.split === 'dev')),
    heldOut: evaluateItems(corpus.filter((item) => item.split === 'heldout')),
  };
}

/** Evaluates any list of labelled sentences. */
export function evaluateItems(items: readonly CorpusItem[]): EvaluationReport {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  const rules = new Map<string, { expected: number; predicted: number; truePositives: number }>(
    LANGUAGE_RULES.map((rule) => [rule, { expected: 0, predicted: 0, truePositives: 0 }]),
  );
  const misclassified: Misclassified[] = [];

  for (const item of items) {
    const findings = reviewLanguage(item.text);
    const predicted = findings.length > 0;
    const expectedRules = [...new Set(item.rules ?? [])];
    const predictedRules = [...new Set(findings.map((finding) => finding.rule))];
    if (predicted && item.blameful) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (item.blameful) falseNegatives += 1;
    else trueNegatives += 1;
    for (const [rule, stats] of rules) {
      const wanted = expectedRules.includes(rule);
      const got = predictedRules.includes(rule);
      if (wanted) stats.expected += 1;
      if (got) stats.predicted += 1;
      if (wanted && got) stats.truePositives += 1;
    }
    if (predicted !== item.blameful) {
      misclassified.push({
        text: item.text,
        expected: item.blameful,
        expectedRules,
        predictedRules,
        findings: findings.map(({ rule, start, end }) => ({ rule, start, end, span: item.text.slice(start, end) })),
      });
    }
  }

  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    total: items.length,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    perRule: [...rules].map(([rule, stats]) => ({
      rule,
      ...stats,
      precision: ratio(stats.truePositives, stats.predicted),
      recall: ratio(stats.truePositives, stats.expected),
    })),
    misclassified,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
