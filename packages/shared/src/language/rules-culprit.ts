import { FAILURE_VERBS, FAULT_NOUNS, TAKE_DOWN_PARTICLES, TAKE_DOWN_VERBS } from './lexicon-verbs.ts';
import { FAILURE_NOUNS } from './lexicon-words.ts';
import { classifyHead, isName, isPersonPossessive } from './people.ts';
import { badOutcomeIn, personSubject } from './rules-kinds-shared.ts';
import { subjectAfter } from './subject.ts';
import type { Candidate, Token } from './types.ts';

const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", 'be', 'been']);
const CLAUSE_END = new Set(['.', ';', ':', ',', '?', '!', '—', '–']);
const RELATIVE_HEADS = new Set(['one', 'person', 'guy', 'engineer', 'someone']);
const INTENSIFIERS = new Set(['all', 'entirely', 'squarely', 'totally', 'completely', 'fully', 'solely']);
const TRACE_VERBS = new Set(['traces', 'traced', 'trace', 'comes', 'came', 'boils', 'boiled', 'goes', 'went', 'leads', 'led']);
const OWN_VERBS = new Set(['owns', 'owned']);

/**
 * `blame_individual`, round 9: a person named as the culprit, in the forms the independent evaluation
 * found missed. The culprit slot is a noun that names the one at fault ("culprit", "guilty party",
 * "root cause", "the one who broke …") linked by a copula to a person on either side; a question about
 * who did the damage answered with a person ("who broke checkout, it was Philippa"; "Whose fault was
 * it? Casimir's."); a bad outcome traced back to, or all on, a person; a person "behind" a bad outcome
 * or owning it; "it was X's" after a fault noun; "a <name> problem". A system in the person's slot
 * ("the culprit was a stale DNS record") is no finding.
 */
export function culpritRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number) => found.push({ rule: 'blame_individual', start, end, variant: 'attribution' });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;

    if (isCulpritNoun(tokens, i)) {
      const before = personBeforeCopula(tokens, i);
      if (before >= 0) add(before, i);
      const after = personAfterCopula(tokens, i + 1, 6);
      if (after >= 0) add(culpritStart(tokens, i), after);
    }

    if (word === 'who' && isBadWithin(tokens, i + 1, 5)) {
      const head = i - 1;
      if (RELATIVE_HEADS.has(tokens[head]?.norm ?? '') && !isPersonHead(tokens, head - 1)) {
        const before = personBeforeCopula(tokens, head);
        if (before >= 0) add(before, i);
        const after = personAfterCopula(tokens, i + 1, 10);
        if (after >= 0) add(culpritStart(tokens, head), after);
      } else if (!isPersonHead(tokens, head)) {
        const answer = answerAfterQuestion(tokens, i);
        if (answer >= 0) add(i, answer);
      }
    }

    if (word === 'whose' && FAULT_NOUNS.has(tokens[i + 1]?.norm ?? '')) {
      const answer = answerAfterQuestion(tokens, i);
      if (answer >= 0) add(i, answer);
    }

    if (word === 'behind' && COPULAS.has(tokens[i - 1]?.norm ?? '') && isBadWithin(tokens, i + 1, 4)) {
      const subject = personSubject(tokens, i - 1);
      if (subject.kind === 'person') add(subject.first, i);
    }

    if (TRACE_VERBS.has(word) && ['back', 'down'].includes(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'to') {
      const agent = subjectAfter(tokens, i + 3);
      if (agent?.kind === 'person' && badOutcomeIn(tokens, i - 4, i - 1, token.sentence)) add(i, agent.last);
    }

    if (word === 'on' && INTENSIFIERS.has(tokens[i - 1]?.norm ?? '') && COPULAS.has(tokens[i - 2]?.norm ?? '')) {
      const outcome = tokens[i - 3]?.norm ?? '';
      const agent = subjectAfter(tokens, i + 1);
      const isOutcome = outcome === 'this' || outcome === 'that' || FAILURE_NOUNS.has(outcome);
      if (isOutcome && agent?.kind === 'person') add(i - 3, agent.last);
    }

    if (OWN_VERBS.has(word) && ownsFailure(tokens, i)) {
      const subject = personSubject(tokens, i);
      if (subject.kind === 'person' && !subject.distant) add(subject.first, i);
    }

    // "it wasn't the tooling's fault; it was Saoirse's."
    if (COPULAS.has(word) && tokens[i - 1]?.norm === 'it' && isPersonPossessive(tokens, i + 1) && isClauseEnd(tokens, i + 2)) {
      if (faultNounBefore(tokens, i)) add(i - 1, i + 1);
    }

    // "it's a Bastian problem"
    if (word === 'a' && isName(tokens, i + 1) && ['problem', 'issue', 'thing'].includes(tokens[i + 2]?.norm ?? '')) {
      const previous = tokens[i - 1]?.norm ?? '';
      if (COPULAS.has(previous) || previous === "it's" || previous === "that's") add(i, i + 2);
    }
  }
  return found;
}

function isCulpritNoun(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].norm;
  const previous = tokens[i - 1]?.norm ?? '';
  if (word === 'culprit' || word === 'culprits') return true;
  if (word === 'party' || word === 'parties') return previous === 'guilty';
  return word === 'cause' && previous === 'root';
}

/** "<person> was the (real) culprit": the subject's first token, or -1. */
function personBeforeCopula(tokens: readonly Token[], head: number): number {
  let k = head - 1;
  for (let steps = 0; steps < 3 && tokens[k]?.isWord && !COPULAS.has(tokens[k].norm); steps++) k--;
  if (!COPULAS.has(tokens[k]?.norm ?? '')) return -1;
  const subject = personSubject(tokens, k);
  return subject.kind === 'person' && !subject.distant ? subject.first : -1;
}

/** "… was <person>" within `window` tokens of `from`, in the same clause: the person's last token, or -1. */
function personAfterCopula(tokens: readonly Token[], from: number, window: number): number {
  for (let k = from; k < tokens.length && k < from + window; k++) {
    const token = tokens[k];
    if (!token.isWord) return -1;
    if (!COPULAS.has(token.norm)) continue;
    const agent = subjectAfter(tokens, k + 1);
    return agent?.kind === 'person' ? agent.last : -1;
  }
  return -1;
}

/** Start of "the (real) culprit", "the one who". */
function culpritStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0 && head - k < 3 && tokens[k - 1].isWord && !COPULAS.has(tokens[k - 1].norm) && tokens[k - 1].norm !== 'to') k--;
  return k;
}

/** "who <broke / took down / caused> …, it was <person>." or "…? <person>'s.": the person's last token, or -1. */
function answerAfterQuestion(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && k < i + 10 && !(CLAUSE_END.has(tokens[k].text) && tokens[k].text !== '.')) k++;
  if (!CLAUSE_END.has(tokens[k]?.text ?? '')) return -1;
  k++;
  if (tokens[k]?.norm === 'it' && COPULAS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  else if (tokens[k]?.norm === "it's" || tokens[k]?.norm === "that's") k += 1;
  const agent = subjectAfter(tokens, k);
  if (agent?.kind !== 'person' || !isClauseEnd(tokens, agent.last + 1)) return -1;
  return agent.last;
}

function isBadWithin(tokens: readonly Token[], from: number, window: number): boolean {
  for (let k = from; k < from + window && k < tokens.length; k++) {
    const word = tokens[k].norm;
    if (!tokens[k].isWord || tokens[k].sentence !== tokens[from].sentence) return false;
    if (FAILURE_VERBS.has(word) || FAILURE_NOUNS.has(word)) return true;
    if (TAKE_DOWN_VERBS.has(word) && [1, 2, 3].some((d) => TAKE_DOWN_PARTICLES.has(tokens[k + d]?.norm ?? ''))) return true;
  }
  return badOutcomeIn(tokens, from, from + window - 1, tokens[from]?.sentence ?? -1);
}

function isPersonHead(tokens: readonly Token[], k: number): boolean {
  return k >= 0 && classifyHead(tokens, k) === 'person';
}

function isClauseEnd(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return !token || CLAUSE_END.has(token.text) || token.sentence !== tokens[k - 1]?.sentence;
}

function faultNounBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k].sentence === tokens[i].sentence; k--) if (FAULT_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/** "owns this failure", "owned the whole mess": a fault or failure noun as the head of the object, not a modifier ("owns the incident review"). */
function ownsFailure(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && tokens[k]?.isWord; k++) {
    const word = tokens[k].norm;
    if (!FAILURE_NOUNS.has(word) && !FAULT_NOUNS.has(word)) continue;
    const next = tokens[k + 1];
    return !next?.isWord || ['and', 'or', 'but', 'so', 'too', 'now'].includes(next.norm);
  }
  return false;
}
