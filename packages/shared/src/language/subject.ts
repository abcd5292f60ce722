import { FIRST_PERSON, PERSON_PRONOUNS, ROLE_NOUNS } from './lexicon-people.ts';
import {
  CLAUSE_STARTERS,
  DETERMINERS,
  NP_MODIFIERS,
  POSTMODIFIER_PREPOSITIONS,
  PREDICATE_SKIP,
  RELATIVE_PRONOUNS,
} from './lexicon-words.ts';
import { classifyHead, isHuman, isName, isPersonPossessive, isSystemNoun, personalOwner, phraseStart, QUANTIFIERS } from './people.ts';
import type { Subject, SubjectKind, Token } from './types.ts';

const NONE: Subject = { kind: 'none', first: -1, distant: false };
const MAX_SKIPPED = 4;
const MAX_LOOKBACK = 10;
/** How far back a clause start is searched: keeps every lookup bounded, so review stays linear. */
const MAX_CLAUSE = 30;

function isSkippable(token: Token): boolean {
  if (!token.isWord) return false;
  return PREDICATE_SKIP.has(token.norm) || (token.norm.length > 4 && token.norm.endsWith('ly'));
}

/**
 * Finds the subject of the predicate starting at token `verb` by reading leftwards: over adverbs and
 * auxiliaries to the head noun, through appositions ("Gabriel, the on-call engineer, failed"),
 * post-modifiers ("the SRE on call"), relative clauses ("the developer who wrote it forgot") and
 * coordinated verbs ("Bob restarted the pod and broke the cache").
 */
export function subjectBefore(tokens: readonly Token[], verb: number): Subject {
  const sentence = tokens[verb].sentence;
  let j = verb - 1;
  for (let skipped = 0; j >= 0 && skipped < MAX_SKIPPED && isSkippable(tokens[j]); skipped++) j--;
  if (j < 0 || tokens[j].sentence !== sentence) return NONE;
  const token = tokens[j];
  if (token.text === ',') return apposition(tokens, j);
  if (!token.isWord) return NONE;
  if (RELATIVE_PRONOUNS.has(token.norm) && j > 0) {
    const kind = classifyHead(tokens, j - 1);
    if (kind === 'none') return NONE;
    return { kind, first: phraseStart(tokens, j - 1), distant: false };
  }
  if (token.norm === 'and' || token.norm === 'but' || token.norm === 'or') return clauseSubject(tokens, j);
  return nounPhraseSubject(tokens, j);
}

function nounPhraseSubject(tokens: readonly Token[], head: number): Subject {
  const owner = postmodifierOwner(tokens, head);
  if (owner >= 0) {
    const ownerKind = classifyHead(tokens, owner);
    const quantified = QUANTIFIERS.has(tokens[owner].norm) || tokens[owner].norm === 'none';
    if (quantified) {
      const kind = tokens[owner].norm === 'none' ? 'negative' : classifyHead(tokens, head);
      return { kind, first: owner, distant: false };
    }
    if (ownerKind !== 'none') return { kind: ownerKind, first: phraseStart(tokens, owner), distant: false };
  }
  const kind = classifyHead(tokens, head);
  if (kind === 'system' || kind === 'none') {
    // The relative clause sits between subject and verb, so the span stays contiguous.
    const antecedent = relativeClauseOwner(tokens, head);
    if (antecedent >= 0) return { kind: 'person', first: phraseStart(tokens, antecedent), distant: false };
  }
  if (kind === 'none') return NONE;
  const first = kind === 'artefact' ? personalOwner(tokens, head) : phraseStart(tokens, head);
  return { kind, first, distant: false };
}

/**
 * For a head inside a prepositional post-modifier, the noun it modifies: "the SRE on call" -> SRE,
 * "anyone with basic Kubernetes knowledge" -> anyone, "an alert for the on-call" -> alert. Up to three
 * nested phrases ("the engineer in charge of the deploy"). Returns -1 when the head is not inside one.
 */
function postmodifierOwner(tokens: readonly Token[], head: number): number {
  const sentence = tokens[head].sentence;
  let owner = -1;
  let k = head;
  for (let depth = 0; depth < 3; depth++) {
    let m = k - 1;
    for (let steps = 0; steps < 3 && m >= 0 && isNounModifier(tokens, m); steps++) m--;
    const preposition = tokens[m];
    if (m < 1 || !preposition.isWord || preposition.sentence !== sentence) break;
    if (!POSTMODIFIER_PREPOSITIONS.has(preposition.norm)) break;
    const candidate = m - 1;
    if (!tokens[candidate].isWord || tokens[candidate].sentence !== sentence) break;
    if (classifyHead(tokens, candidate) === 'none' && !QUANTIFIERS.has(tokens[candidate].norm)) break;
    owner = candidate;
    k = candidate;
  }
  return owner;
}

function isNounModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.isWord) return false;
  return (
    DETERMINERS.has(token.norm) ||
    NP_MODIFIERS.has(token.base) ||
    token.possessive ||
    isSystemNoun(token.base) ||
    (token.titleCase && !token.sentenceStart && !isName(tokens, i))
  );
}

/** "The developer who wrote the migration forgot": the person before a `who` clause in the same clause. */
function relativeClauseOwner(tokens: readonly Token[], head: number): number {
  const sentence = tokens[head].sentence;
  for (let k = head - 1; k > 0 && k >= head - MAX_LOOKBACK; k--) {
    const token = tokens[k];
    if (!token.isWord || token.sentence !== sentence) return -1;
    if (token.norm === 'who') return classifyHead(tokens, k - 1) === 'person' ? k - 1 : -1;
    if (CLAUSE_STARTERS.has(token.norm) || RELATIVE_PRONOUNS.has(token.norm)) return -1;
  }
  return -1;
}

/** "Gabriel, the on-call engineer, failed" / "Bob, who was on call, ignored": the person before the aside. */
function apposition(tokens: readonly Token[], comma: number): Subject {
  const sentence = tokens[comma].sentence;
  for (let k = comma - 2; k > 0 && k >= comma - 8; k--) {
    const token = tokens[k];
    if (token.sentence !== sentence || token.text === '.' || token.text === ';') return NONE;
    if (token.text !== ',') continue;
    const kind = classifyHead(tokens, k - 1);
    if (kind === 'person' || kind === 'negative') return { kind, first: phraseStart(tokens, k - 1), distant: false };
    return NONE;
  }
  return NONE;
}

/** Subject of a coordinated verb ("Bob restarted the pod and broke it"): the subject of the first clause. */
function clauseSubject(tokens: readonly Token[], conjunction: number): Subject {
  const subject = subjectOfClause(tokens, conjunction);
  return subject.kind === 'none' ? NONE : { kind: subject.kind, first: conjunction + 1, distant: true };
}

/** Subject of the clause containing token `i`: the first noun read from the start of the clause. */
export function subjectOfClause(tokens: readonly Token[], i: number): Subject {
  const sentence = tokens[i].sentence;
  let start = i;
  while (start > 0 && start > i - MAX_CLAUSE) {
    const previous = tokens[start - 1];
    if (previous.sentence !== sentence || !previous.isWord || CLAUSE_STARTERS.has(previous.norm)) break;
    start -= 1;
  }
  for (let k = start; k < i && k < start + 6; k++) {
    const kind = classifyHead(tokens, k);
    if (kind === 'none') continue;
    const next = tokens[k + 1];
    if (next?.isWord && (ROLE_NOUNS.has(next.base) || isSystemNoun(next.base))) continue;
    return { kind, first: phraseStart(tokens, k), distant: true };
  }
  return NONE;
}

/** A noun phrase read rightwards from `i` (inverted questions, "if only X", "caused by X"). */
export type PhraseAfter = { kind: SubjectKind; last: number };

/**
 * Classifies the noun phrase that starts at `i`. A person's possessive counts as the person
 * ("caused by Greg's migration" attributes it to Greg).
 */
export function subjectAfter(tokens: readonly Token[], i: number): PhraseAfter | null {
  const sentence = tokens[i]?.sentence;
  let k = i;
  if (tokens[k]?.isWord && DETERMINERS.has(tokens[k].norm) && !isPersonPossessive(tokens, k)) k++;
  let last = -1;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++, k++) {
    const token = tokens[k];
    if (!token.isWord || token.sentence !== sentence) break;
    if (isPersonPossessive(tokens, k)) return { kind: 'person', last: k };
    const word = token.base;
    const single = PERSON_PRONOUNS.has(word) || FIRST_PERSON.has(word) || isName(tokens, k);
    if (single) {
      const andName = tokens[k + 1]?.norm === 'and' && isName(tokens, k + 2);
      return { kind: classifyHead(tokens, k), last: andName ? k + 2 : k };
    }
    if (!(NP_MODIFIERS.has(word) || ROLE_NOUNS.has(word) || isSystemNoun(word))) break;
    last = k;
  }
  if (last < 0) return null;
  const kind = classifyHead(tokens, last);
  return isHuman(kind) || kind === 'system' || kind === 'artefact' ? { kind, last } : null;
}
