import {
  AMBIGUOUS_NAMES,
  FIRST_PERSON,
  GROUP_NOUNS,
  isFirstName,
  NEGATIVE_PEOPLE,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
} from './lexicon-people.ts';
import { DETERMINERS, NP_MODIFIERS, PROPER_NON_PEOPLE, SYSTEM_NOUNS } from './lexicon-words.ts';
import type { SubjectKind, Token } from './types.ts';

const NON_PERSON_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'what', 'there']);
/** Quantifiers that pass the subject through a post-modifier: "one of the engineers". */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'one',
  'some',
  'all',
  'none',
  'most',
  'several',
  'many',
  'few',
  'each',
  'both',
  'two',
]);

/** True for a system noun in singular or plural form ("pod", "pods", "queries", "retries"). */
export function isSystemNoun(word: string): boolean {
  return SYSTEM_NOUNS.has(word) || SYSTEM_NOUNS.has(singular(word));
}

/** True for a plural system noun, which `they` can refer to. */
function isPluralSystemNoun(word: string): boolean {
  return word.endsWith('s') && isSystemNoun(word) && !SYSTEM_NOUNS.has(`${word.slice(0, -1)}ss`);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes') || word.endsWith('ches')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * Whether the token is a person's name: a Slack handle, a known first name, or a capitalised word in the
 * middle of a sentence that is not a product, place or date and does not follow a determiner.
 */
export function isName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord) return false;
  if (token.norm.startsWith('@')) return token.norm.length > 1;
  const word = token.base;
  if (PROPER_NON_PEOPLE.has(word) || SYSTEM_NOUNS.has(word) || ROLE_NOUNS.has(word)) return false;
  if (!token.titleCase) return isFirstName(word);
  if (isFirstName(word) || AMBIGUOUS_NAMES.has(word)) return true;
  if (token.documentWord || DETERMINERS.has(word) || PERSON_PRONOUNS.has(word)) return false;
  if (token.sentenceStart || token.heading) return token.documentName;
  return isMidSentenceName(tokens, i);
}

/** An unknown capitalised word in mid-sentence, not after a determiner and not part of a product name. */
function isMidSentenceName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous?.isWord && DETERMINERS.has(previous.norm)) return false;
  // Multi-word proper nouns ("Cloud Run") are products; "Bob Smith" passes through the known first name.
  if (previous?.titleCase && !previous.sentenceStart && !isFirstName(previous.base)) return false;
  if (next?.titleCase && next.sentence === token.sentence) return false;
  return true;
}

/**
 * Learns names from the whole document: a capitalised word used as a name in mid-sentence is a name at
 * the start of a sentence too ("Samira paged the team. ... asked Samira"), and a capitalised word that
 * also appears in lower case is an ordinary word ("Replication failed" when "replication" occurs).
 */
export function markDocumentNames(tokens: Token[]): void {
  const lowercase = new Set<string>();
  const named = new Set<string>();
  for (const token of tokens) if (token.isWord && !/\p{Lu}/u.test(token.text)) lowercase.add(token.base);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.titleCase || lowercase.has(token.base)) continue;
    if (!token.sentenceStart && !token.heading && isName(tokens, i)) named.add(token.base);
  }
  for (const token of tokens) {
    if (!token.titleCase) continue;
    token.documentWord = lowercase.has(token.base);
    token.documentName = named.has(token.base);
  }
}

/** Resolves `they`/`them`/`their`: a plural system noun earlier in the sentence wins, else people. */
function theyKind(tokens: readonly Token[], i: number): SubjectKind {
  const sentence = tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 20 && tokens[k].sentence === sentence; k--) {
    const token = tokens[k];
    if (!token.isWord) continue;
    if (ROLE_NOUNS.has(token.base) || isName(tokens, k) || token.base === 'he' || token.base === 'she') {
      return 'person';
    }
    if (isPluralSystemNoun(token.base)) return 'system';
  }
  return 'person';
}

/** Classifies a single token as the head of a noun phrase. Possessives are modifiers, not heads. */
export function classifyHead(tokens: readonly Token[], i: number): SubjectKind {
  const token = tokens[i];
  if (!token?.isWord || token.possessive) return 'none';
  const word = token.base;
  if (FIRST_PERSON.has(word)) return 'self';
  if (NEGATIVE_PEOPLE.has(word) || (word === 'one' && tokens[i - 1]?.norm === 'no')) return 'negative';
  if (word === 'they' || word === 'them') return theyKind(tokens, i);
  if (PERSON_PRONOUNS.has(word)) return 'person';
  if (NON_PERSON_PRONOUNS.has(word)) return 'system';
  if (ROLE_NOUNS.has(word)) {
    const previous = tokens[i - 1];
    // Round 49: "no dispatcher could have seen it", "no single engineer": nobody.
    if (previous?.norm === 'no' || (tokens[i - 2]?.norm === 'no' && ['single', 'individual', 'one'].includes(previous?.norm ?? '')))
      return 'negative';
    if (previous?.titleCase && PROPER_NON_PEOPLE.has(previous.base)) return 'system'; // "the Kubernetes operator"
    // Round 49: roles that are also software parts ("the query planner", "the partition leader", "the job dispatcher").
    if (SOFTWARE_ROLES.has(word) && previous?.isWord && isSystemNoun(previous.base)) return 'system';
    if (GROUP_NOUNS.has(word) && ownedBySelf(tokens, i)) return 'self';
    return 'person';
  }
  if (isName(tokens, i)) return 'person';
  if (isSystemNoun(word)) return personalOwner(tokens, i) >= 0 ? 'artefact' : 'system';
  return 'none';
}

/** Role nouns that also name software parts, read as a system after a system noun. */
const SOFTWARE_ROLES = new Set([
  'planner',
  'planners',
  'leader',
  'leaders',
  'dispatcher',
  'dispatchers',
  'coordinator',
  'coordinators',
  'supervisor',
  'supervisors',
]);

/** "our team", "my squad". */
function ownedBySelf(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (token.norm === 'our' || token.norm === 'my') return true;
    if (!NP_MODIFIERS.has(token.base) && !isSystemNoun(token.base)) return false;
  }
  return false;
}

/** The person owning a thing ("Bob's change", "her bad merge", "the intern's script"): index or -1. */
export function personalOwner(tokens: readonly Token[], head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const token = tokens[k];
    if (!token.isWord) return -1;
    if (isPersonPossessive(tokens, k)) return k > 0 && DETERMINERS.has(tokens[k - 1].norm) ? k - 1 : k;
    if (DETERMINERS.has(token.norm)) return -1;
  }
  return -1;
}

/** "Bob's", "his", "her", "their" (people), "the intern's". First-person possessives are excluded. */
export function isPersonPossessive(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord) return false;
  if (PERSON_POSSESSIVES.has(token.norm)) return token.norm !== 'their' || theyKind(tokens, i) === 'person';
  if (!token.possessive) return false;
  return ROLE_NOUNS.has(token.base) || isName(tokens, i) || PERSON_PRONOUNS.has(token.base);
}

/** True when the kind names someone: another person, the writer, or "nobody". */
export function isHuman(kind: SubjectKind): boolean {
  return kind === 'person' || kind === 'self' || kind === 'negative';
}

/** Index of the first token of the noun phrase whose head is `head` (for spans). */
export function phraseStart(tokens: readonly Token[], head: number): number {
  let first = head;
  const headToken = tokens[head];
  const isNameOrPronoun = isName(tokens, head) || PERSON_PRONOUNS.has(headToken.base);
  for (let steps = 0; steps < 4 && first > 0; steps++) {
    const previous = tokens[first - 1];
    if (previous.sentence !== headToken.sentence) break;
    const beforeThat = first - 2;
    if ((previous.norm === 'and' || previous.norm === 'or' || previous.text === ',') && beforeThat >= 0) {
      const kind = classifyHead(tokens, beforeThat);
      if (kind === 'person' && isName(tokens, beforeThat)) {
        first = beforeThat;
        continue;
      }
      break;
    }
    if (!previous.isWord || isNameOrPronoun) break;
    if (DETERMINERS.has(previous.norm) || PERSON_POSSESSIVES.has(previous.norm)) {
      first -= 1;
      break;
    }
    const modifier =
      previous.possessive ||
      NP_MODIFIERS.has(previous.base) ||
      ROLE_NOUNS.has(previous.base) ||
      isSystemNoun(previous.base) ||
      (previous.titleCase && !previous.sentenceStart);
    if (!modifier) break;
    first -= 1;
  }
  return first;
}
