// Prints the corpus evaluation: `npx node packages/shared/src/language/evaluate-cli.ts [--verbose]`.
// Uses only globals (console, performance) so the shared package stays free of Node imports.
import { CORPUS, DEV_KINDS, HELDOUT_KINDS } from './corpus.ts';
import { type EvaluationReport, evaluateCorpus, evaluateItems } from './evaluate.ts';
import { reviewLanguage } from './review.ts';

const verbose = (globalThis as { process?: { argv?: string[] } }).process?.argv?.includes('--verbose') ?? false;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const evaluation = evaluateCorpus();
const splits: Array<[string, EvaluationReport]> = [
  ['all', evaluation],
  ['dev (tuned on)', evaluation.dev],
  ['held-out', evaluation.heldOut],
  ['#14 kinds, dev (tuned on)', evaluateItems(DEV_KINDS)],
  ['#14 kinds, held-out', evaluateItems(HELDOUT_KINDS)],
];

console.log('\nSentence level (blameful = at least one finding)\n');
console.table(
  Object.fromEntries(
    splits.map(([name, report]) => [
      name,
      {
        sentences: report.total,
        TP: report.truePositives,
        FP: report.falsePositives,
        FN: report.falseNegatives,
        TN: report.trueNegatives,
        precision: percent(report.precision),
        recall: percent(report.recall),
        F1: percent(report.f1),
      },
    ]),
  ),
);

console.log('\nPer rule (whole corpus; a sentence counts once per rule)\n');
console.table(
  Object.fromEntries(
    evaluation.perRule.map((stats) => [
      stats.rule,
      {
        labelled: stats.expected,
        fired: stats.predicted,
        both: stats.truePositives,
        precision: percent(stats.precision),
        recall: percent(stats.recall),
      },
    ]),
  ),
);

for (const [name, report] of splits.slice(1, 3)) {
  console.log(`\nMisclassified (${name}): ${report.misclassified.length}`);
  for (const item of report.misclassified) {
    const spans = item.findings.map((finding) => `${finding.rule}: "${finding.span}"`).join('; ');
    const label = item.expected ? `missed [${item.expectedRules.join(', ')}]` : `false alarm (${spans})`;
    console.log(`  - ${label}  ${item.text}`);
  }
}

// Informal speed check: about 60,000 words built from the corpus, timed with the global clock.
const text = Array.from({ length: 1 + Math.ceil(60_000 / wordCount()) }, () => CORPUS.map((i) => i.text).join(' ')).join('\n\n');
const words = text.split(/\s+/).length;
const started = performance.now();
const findings = reviewLanguage(text).length;
const elapsed = performance.now() - started;
const pages = words / 3000;
console.log(
  `\nSpeed: ${words} words (${pages.toFixed(1)} pages of 3,000 words) in ${elapsed.toFixed(1)} ms, ` +
    `${(elapsed / pages).toFixed(2)} ms per page (${((elapsed / words) * 500).toFixed(2)} ms per 500 words), ${findings} findings.`,
);
if (verbose) console.log(JSON.stringify(evaluation.perRule, null, 2));

function wordCount(): number {
  return CORPUS.reduce((sum, item) => sum + item.text.split(/\s+/).length, 0);
}
