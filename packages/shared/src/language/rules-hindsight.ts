import { isParticiple } from './lexicon-verbs.ts';
import { CLAUSE_STARTERS } from './lexicon-words.ts';
import { personAfter, personSubject } from './rules-kinds-shared.ts';
import { subjectAfter, subjectBefore } from './subject.ts';
import type { Candidate, SubjectKind, Token } from './types.ts';

const TRUSTED = new Set(['trusted']);
const MODALS = new Set(['should', 'could', 'would', 'ought', "shouldn't", "couldn't", "wouldn't"]);
const CONTRACTED_PERFECT = new Set(["should've", "could've", "would've", 'shoulda', 'coulda', 'woulda']);
/** "couldn't have known" / "wouldn't have seen" defend the person; "shouldn't have" does not. */
const DEFENSIVE = new Set(["couldn't", "wouldn't", 'could', 'would']);
const INNER_ADVERBS = new Set([
  'really',
  'just',
  'simply',
  'easily',
  'probably',
  'also',
  'definitely',
  'certainly',
  'clearly',
  'obviously',
  'totally',
  'absolutely',
  'only',
  'even',
  'not',
  'already',
  'at',
  'least',
  'surely',
]);
/** "could have used", "would have liked": idioms of need, not judgements. */
const NEED_IDIOMS = new Set(['used', 'liked', 'loved', 'preferred', 'benefited', 'benefitted', 'appreciated', 'wanted', 'needed']);
const ADJECTIVE_LIKE_PARTICIPLES = new Set(['prepared', 'concerned', 'interested', 'tired', 'qualified', 'experienced']);

/** `hindsight`: counterfactuals ("should have", "if only", "had they just") about people. */
export function hindsightRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (first: number, last: number, kind: SubjectKind) => {
    if (kind === 'person' || kind === 'self') {
      found.push({ rule: 'hindsight', start: first, end: last, variant: kind === 'self' ? 'self' : 'other' });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;

    if (CONTRACTED_PERFECT.has(word) && isCounterfactualParticiple(tokens, i + 1)) {
      add(i, i, subjectBefore(tokens, i).kind);
    } else if (MODALS.has(word)) {
      modalPerfect(tokens, i, add);
    } else if (word === 'if' && tokens[i + 1]?.norm === 'only') {
      add(i, i + 1, subjectAfter(tokens, i + 2)?.kind ?? 'none');
    } else if (word === 'if') {
      conditionalPerfect(tokens, i, add);
    } else if (word === 'had' && startsClause(tokens, i)) {
      // Inverted conditional: "Had they just waited", "Had Marco only looked".
      const subject = subjectAfter(tokens, i + 1);
      if (!subject) continue;
      const last = ['just', 'only'].includes(tokens[subject.last + 1]?.norm ?? '') ? subject.last + 1 : subject.last;
      if (isCounterfactualParticiple(tokens, last + 1)) add(i, last, subject.kind);
    }
  }
  return found;
}

/** "Bob should have", "should not have", "could really have", and inverted "Shouldn't the on-call have". */
function modalPerfect(tokens: readonly Token[], i: number, add: (f: number, l: number, k: SubjectKind) => void) {
  const word = tokens[i].norm;
  let k = i + 1;
  let negated = word.endsWith("n't");
  if (tokens[k]?.norm === 'not') {
    negated = true;
    k += 1;
  }
  if (word === 'ought') {
    if (tokens[k]?.norm !== 'to') return;
    k += 1;
  }
  if (negated && DEFENSIVE.has(word)) return;
  for (let skipped = 0; skipped < 2 && INNER_ADVERBS.has(tokens[k]?.norm ?? ''); skipped++) k += 1;
  if (tokens[k]?.norm === 'know' && tokens[k + 1]?.norm === 'better') {
    add(i, k + 1, subjectBefore(tokens, i).kind); // "he should know better"
    return;
  }
  if (NEED_IDIOMS.has(tokens[k + 1]?.norm ?? '')) return;
  if (tokens[k]?.norm === 'have' && isCounterfactualParticiple(tokens, k + 1)) {
    // "We should not have trusted the replica lag metric": misplaced trust in a system is about the system.
    if (TRUSTED.has(tokens[k + 1]?.norm ?? '') && personAfter(tokens, k + 2) < 0) return;
    // Round 49: personSubject also reads an unlisted name opening the sentence ("Ezequiel should have seen …").
    add(i, k, personSubject(tokens, i).kind);
    return;
  }
  const inverted = subjectAfter(tokens, i + 1);
  if (inverted && tokens[inverted.last + 1]?.norm === 'have' && isCounterfactualParticiple(tokens, inverted.last + 2)) {
    add(i, inverted.last + 1, inverted.kind);
  }
}

/** "If Irene had followed the runbook", "if he had just asked". */
function conditionalPerfect(tokens: readonly Token[], i: number, add: (f: number, l: number, k: SubjectKind) => void) {
  const subject = subjectAfter(tokens, i + 1);
  if (!subject) return;
  let had = subject.last + 1;
  if (tokens[had]?.norm !== 'had') return;
  if (['just', 'only'].includes(tokens[had + 1]?.norm ?? '')) had += 1;
  if (isCounterfactualParticiple(tokens, had + 1)) add(i, had, subject.kind);
}

/**
 * Whether the verb phrase at `k` is a perfect participle ("have checked", "have known"). Possession
 * ("should have access") and passives ("should have been paged") are not counterfactuals about the
 * person; "should have been more careful" is.
 */
function isCounterfactualParticiple(tokens: readonly Token[], k: number): boolean {
  let at = k;
  for (let skipped = 0; skipped < 2 && INNER_ADVERBS.has(tokens[at]?.norm ?? ''); skipped++) at += 1;
  const word = tokens[at]?.norm;
  if (!word || !tokens[at].isWord) return false;
  if (word === 'been') {
    const next = tokens[at + 1]?.norm ?? '';
    return !(isParticiple(next) && !ADJECTIVE_LIKE_PARTICIPLES.has(next));
  }
  return isParticiple(word);
}

function startsClause(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (tokens[i].sentenceStart || !previous) return true;
  return previous.text === ',' || previous.text === ';' || CLAUSE_STARTERS.has(previous.norm);
}
