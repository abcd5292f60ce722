import { describeFinding } from './messages.ts';
import { markDocumentNames } from './people.ts';
import { rejectedTokens } from './reframed.ts';
import { blameRule } from './rules-blame.ts';
import { culpritRule } from './rules-culprit.ts';
import { failedToRule } from './rules-failed-to.ts';
import { hindsightRule } from './rules-hindsight.ts';
import { humanErrorRule } from './rules-human-error.ts';
import { minimizingRule } from './rules-minimizing.ts';
import { pinnedRule } from './rules-pinned.ts';
import { responsibilityRule } from './rules-responsibility.ts';
import { roleRule } from './rules-role.ts';
import { tokenize } from './tokenize.ts';
import { type Candidate, LANGUAGE_RULES, type LanguageFinding, type Token } from './types.ts';

const RULES = [
  blameRule,
  culpritRule,
  failedToRule,
  hindsightRule,
  humanErrorRule,
  minimizingRule,
  pinnedRule,
  responsibilityRule,
  roleRule,
];
const PRIORITY = new Map<string, number>(LANGUAGE_RULES.map((rule, index) => [rule, index]));

/**
 * Reviews retrospective text for blameful language. Returns findings sorted by `start`, never
 * overlapping; `start`/`end` are UTF-16 offsets into `text` (end exclusive).
 */
export function reviewLanguage(text: string): LanguageFinding[] {
  const tokens = tokenize(text);
  markDocumentNames(tokens);
  const candidates: Candidate[] = [];
  const rejected = rejectedTokens(tokens);
  for (const rule of RULES) {
    for (const candidate of rule(tokens)) {
      if (rejected.has(candidate.start)) continue;
      if (!tokens[candidate.start].quoted && !tokens[candidate.end].quoted) candidates.push(candidate);
    }
  }
  return resolveOverlaps(candidates).map((candidate) => toFinding(text, tokens, candidate));
}

function toFinding(text: string, tokens: readonly Token[], candidate: Candidate): LanguageFinding {
  const start = tokens[candidate.start].start;
  const end = tokens[candidate.end].end;
  const { message, suggestion } = describeFinding(candidate.rule, candidate.variant, text.slice(start, end));
  return { start, end, rule: candidate.rule, message, suggestion };
}

/**
 * Keeps non-overlapping candidates. Candidates are grouped into runs of overlapping spans (runs are
 * short, so the quadratic choice inside a run is cheap); within a run the higher-priority rule wins,
 * then the longer span.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Candidate[] = [];
  let run: Candidate[] = [];
  let runEnd = -1;
  for (const candidate of candidates) {
    if (run.length > 0 && candidate.start > runEnd) {
      kept.push(...pickFromRun(run));
      run = [];
    }
    run.push(candidate);
    runEnd = Math.max(runEnd, candidate.end);
  }
  kept.push(...pickFromRun(run));
  return kept.sort((a, b) => a.start - b.start);
}

function pickFromRun(run: Candidate[]): Candidate[] {
  if (run.length <= 1) return run;
  const ranked = [...run].sort(
    (a, b) => (PRIORITY.get(a.rule) ?? 99) - (PRIORITY.get(b.rule) ?? 99) || b.end - b.start - (a.end - a.start),
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.every((other) => candidate.end < other.start || candidate.start > other.end)) chosen.push(candidate);
  }
  return chosen;
}
