import { PERSON_POSSESSIVES, ROLE_NOUNS } from './lexicon-people.ts';
import { ERROR_COMPOUNDS } from './lexicon-verbs.ts';
import { DETERMINERS, NP_MODIFIERS, PREDICATE_SKIP, PROPER_NON_PEOPLE } from './lexicon-words.ts';
import { classifyHead, isSystemNoun, phraseStart } from './people.ts';
import { subjectAfter, subjectBefore } from './subject.ts';
import type { Subject, Token } from './types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words that make an outcome bad: what someone is blamed *for* ("responsible for the outage"). */
export const BAD_OUTCOMES = words(`
  outage outages incident incidents loss losses lost broken breaking broke break failed failure failures
  missed corrupted corruption duplicate duplicated mistake mistakes error errors bug bugs breach breaches
  downtime damage damaged lapse lapsed regression regressions deleted deleting wiped botched mess
  mishap blunder typo wrong bad faulty data-loss crash crashed crashes leak leaked down
`);

export const NEGATION_WORDS = words("not never n't didn't don't doesn't wasn't weren't isn't aren't no");

/** A person named, pronoun or role noun, read rightwards from `i`; also "the one who", "the same person who". */
export function personAfter(tokens: readonly Token[], i: number): number {
  // "the intern deploy on a Friday": stop at the first person head instead of reading a compound.
  let m = i;
  if (tokens[m]?.isWord && (DETERMINERS.has(tokens[m].norm) || PERSON_POSSESSIVES.has(tokens[m].norm))) m++;
  for (let steps = 0; steps < 3 && tokens[m]?.isWord && NP_MODIFIERS.has(tokens[m].base) && !ROLE_NOUNS.has(tokens[m].base); steps++) m++;
  if (tokens[m]?.isWord && tokens[m].sentence === tokens[i].sentence && ROLE_NOUNS.has(tokens[m].base) && !tokens[m].possessive) {
    return tokens[m + 1]?.norm === 'who' ? m + 1 : m;
  }
  const phrase = subjectAfter(tokens, i);
  if (phrase) return phrase.kind === 'person' || phrase.kind === 'negative' ? phrase.last : -1;
  let k = i;
  if (['the', 'a', 'an', 'that', 'this'].includes(tokens[k]?.norm ?? '')) k++;
  if (['same', 'very', 'one'].includes(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm !== 'who') k++;
  const head = tokens[k]?.norm ?? '';
  if ((head === 'one' || ROLE_NOUNS.has(head)) && tokens[k + 1]?.norm === 'who') return k + 1;
  return -1;
}

/** The nearest noun-phrase head left of `i` in the same sentence (within `window` tokens): its kind and first token. */
export function headBefore(tokens: readonly Token[], i: number, window: number): { kind: string; first: number } {
  const sentence = tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const token = tokens[k];
    if (token.sentence !== sentence || token.text === ';' || token.text === ':') break;
    if (!token.isWord) continue;
    const kind = classifyHead(tokens, k);
    if (kind !== 'none') return { kind, first: phraseStart(tokens, k) };
  }
  return { kind: 'none', first: -1 };
}

/**
 * The subject of the predicate at `i`, as `subjectBefore` finds it, plus one fallback for the person
 * predicates of issue #14 ("Oluwaseun is responsible for …", "Keiko neglected her duties"): an
 * unknown capitalised word opening the sentence, that is no product, place or system and is not
 * written in lower case elsewhere, is taken as a first name.
 */
export function personSubject(tokens: readonly Token[], i: number): Subject {
  const subject = subjectBefore(tokens, i);
  if (subject.kind !== 'none') return subject;
  let j = i - 1;
  for (let skipped = 0; j >= 0 && skipped < 4 && tokens[j].isWord && PREDICATE_SKIP.has(tokens[j].norm); skipped++) j--;
  const token = tokens[j];
  if (!token?.isWord || !token.titleCase || !token.sentenceStart || token.documentWord || token.possessive) return subject;
  const word = token.base;
  if (PROPER_NON_PEOPLE.has(word) || isSystemNoun(word) || DETERMINERS.has(word) || ROLE_NOUNS.has(word)) return subject;
  if (word.length < 3 || word.endsWith('ing') || word.endsWith('ly') || word.endsWith('ion')) return subject;
  return { kind: 'person', first: j, distant: false };
}

/** A word naming a bad outcome between `from` and `to` ("the outage", but not "error budget"). */
export function badOutcomeIn(tokens: readonly Token[], from: number, to: number, sentence: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) {
    const token = tokens[k];
    if (token.sentence !== sentence || !token.isWord || !BAD_OUTCOMES.has(token.norm)) continue;
    if ((token.norm === 'error' || token.norm === 'errors') && ERROR_COMPOUNDS.has(tokens[k + 1]?.norm ?? '')) continue;
    return true;
  }
  return false;
}

/** Whether a negation occurs in the `window` tokens before `i`. */
export function negatedBefore(tokens: readonly Token[], i: number, window: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const word = tokens[k].norm;
    if (NEGATION_WORDS.has(word) || word.endsWith("n't")) return true;
  }
  return false;
}
