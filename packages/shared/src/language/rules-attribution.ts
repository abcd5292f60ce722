import { ERROR_COMPOUNDS, FAULT_NOUNS } from './lexicon-verbs.ts';
import { DETERMINERS, FAILURE_NOUNS } from './lexicon-words.ts';
import { classifyHead, isPersonPossessive } from './people.ts';
import { subjectAfter, subjectBefore } from './subject.ts';
import type { Token } from './types.ts';

/** Records a `blame_individual` finding from token `first` to token `last`. */
export type AddBlame = (first: number, last: number, variant: 'omission' | 'action' | 'attribution') => void;

const ATTRIBUTION_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['by', new Set(['caused', 'triggered', 'introduced'])],
  ['to', new Set(['due'])],
  ['of', new Set(['because'])],
]);
const BLAME_WORDS = new Set(['blame', 'blamed', 'blames', 'blaming']);
const NEGATIONS = new Set(['not', 'no', 'never', 'without']);
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s"]);

/** "Alice's mistake", "it was Dave's fault", "her typo", "Wei's doing". */
export function possessiveFault(tokens: readonly Token[], i: number, add: AddBlame) {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.isWord) return;
    if (FAULT_NOUNS.has(token.norm)) {
      if (token.norm.startsWith('error') && ERROR_COMPOUNDS.has(tokens[k + 1]?.norm ?? '')) return;
      add(i, k, 'attribution');
      return;
    }
  }
}

/** "caused by Bob", "because of the intern", "blame lies with the platform team", "Dave is to blame". */
export function attribution(tokens: readonly Token[], i: number, add: AddBlame) {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const links = ATTRIBUTION_LINKS.get(token.norm);
  if (links && previous && links.has(previous.norm)) {
    const agent = subjectAfter(tokens, i + 1);
    if (agent?.kind === 'person') add(i - 1, agent.last, 'attribution');
  }
  if (BLAME_WORDS.has(token.norm) && !isNegatedBefore(tokens, i)) {
    if (previous?.norm === 'to' && COPULAS.has(tokens[i - 2]?.norm ?? '')) {
      const subject = subjectBefore(tokens, i - 2);
      if (subject.kind === 'person') add(subject.first, i, 'attribution');
    } else {
      const target = firstPartyAhead(tokens, i);
      if (target >= 0) add(i, target, 'attribution');
    }
  }
  if (token.norm === 'who' && classifyHead(tokens, i - 1) === 'person') {
    const cleft = itWasBefore(tokens, i - 1);
    if (cleft >= 0) add(cleft, i, 'attribution');
  }
  if (token.norm === 'on' && COPULAS.has(previous?.norm ?? '')) {
    const outcome = tokens[i - 2];
    const isOutcome = outcome && (FAILURE_NOUNS.has(outcome.norm) || outcome.norm === 'this' || outcome.norm === 'that');
    const agent = subjectAfter(tokens, i + 1);
    if (isOutcome && agent?.kind === 'person') add(i - 2, agent.last, 'attribution'); // "the outage is on Ravi"
  }
  // "X is responsible for <bad outcome>" lives in rules-responsibility.ts with the other responsibility forms.
}

/** After "blame", the first noun that is not the outcome itself; returns it if it is a person. */
function firstPartyAhead(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    const token = tokens[k];
    if (!token.isWord || token.sentence !== tokens[i].sentence) return -1;
    if (FAILURE_NOUNS.has(token.norm)) continue;
    if (isPersonPossessive(tokens, k)) return k;
    const kind = classifyHead(tokens, k);
    if (kind === 'person') return k;
    if (kind !== 'none') return -1;
  }
  return -1;
}

/** "It was [the intern] who": index of "it"/"it's" before the noun phrase ending at `head`, or -1. */
function itWasBefore(tokens: readonly Token[], head: number): number {
  let k = head - 1;
  if (tokens[k]?.isWord && DETERMINERS.has(tokens[k].norm)) k -= 1;
  if (tokens[k]?.norm === "it's") return k;
  return COPULAS.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'it' ? k - 1 : -1;
}

function isNegatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const word = tokens[k].norm;
    if (NEGATIONS.has(word) || word.endsWith("n't")) return true;
  }
  return false;
}
