import {
  ACTION_VERBS,
  ARTEFACT_FAILURE_VERBS,
  ATTENTION_VERBS,
  BLAME_ADVERBS,
  DROP_OBJECTS,
  ERROR_COMPOUNDS,
  FAILURE_VERBS,
  FAULT_NOUNS,
  FAULTY_OBJECT_WORDS,
  NEGATORS,
  NEVER_EXEMPT,
  TAKE_DOWN_PARTICLES,
  TAKE_DOWN_VERBS,
} from './lexicon-verbs.ts';
import { isPersonPossessive } from './people.ts';
import { type AddBlame, attribution, possessiveFault } from './rules-attribution.ts';
import { subjectAfter, subjectBefore, subjectOfClause } from './subject.ts';
import { findAhead } from './tokenize.ts';
import type { Candidate, Subject, Token } from './types.ts';

type Variant = Parameters<AddBlame>[2];

const OMISSION_VERBS = new Set([
  'forgot',
  'forgets',
  'forgotten',
  'forgetting',
  'neglected',
  'neglects',
  'neglecting',
  'ignored',
  'ignores',
  'ignoring',
  'overlooked',
  'overlooks',
  'overlooking',
  'missed',
  'misses',
  'missing',
  'skipped',
  'skips',
  'skipping',
]);
const PERFECT_ONLY = new Set(['broken', 'forgotten']);
const PARTICLE_VERBS = new Set(['messed', 'screwed', 'messing', 'screwing']);
const CHECK_NOUNS = new Set(['review', 'approval', 'approvals', 'sign-off', 'testing', 'tests', 'checking']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get']);
const PAST_IRREGULAR_ATTENTION = new Set(['told', 'ran', 'read', 'saw', 'thought', 'paid']);

/** `blame_individual`: a named person, role or pronoun as the agent of a failure. */
export function blameRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add: AddBlame = (first, last, variant) => found.push({ rule: 'blame_individual', start: first, end: last, variant });
  const bySubject = (subject: Subject, verb: number, last: number, variant: Variant) => {
    if (subject.kind === 'person') add(subject.distant ? verb : subject.first, last, variant);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const next = tokens[i + 1];

    if (FAILURE_VERBS.has(word) && (!PERFECT_ONLY.has(word) || isPerfect(tokens, i))) {
      const variant: Variant = OMISSION_VERBS.has(word) ? 'omission' : 'action';
      const last = PARTICLE_VERBS.has(word) && next?.norm === 'up' ? i + 1 : i;
      const subject = subjectBefore(tokens, i);
      bySubject(subject, i, last, variant);
      if (subject.kind === 'artefact' && ARTEFACT_FAILURE_VERBS.has(word)) add(subject.first, last, 'action');
      if (next?.norm === 'by') {
        const agent = subjectAfter(tokens, i + 2);
        if (agent?.kind === 'person') add(i, agent.last, variant);
      }
    }

    if (TAKE_DOWN_VERBS.has(word)) {
      const particle = findAhead(tokens, i, 4, (t) => TAKE_DOWN_PARTICLES.has(t.norm) && (t.norm !== 'over' || word.startsWith('knock')));
      if (particle >= 0) {
        const subject = subjectBefore(tokens, i);
        const last = particle === i + 1 ? particle : i;
        bySubject(subject, i, last, 'action');
        if (subject.kind === 'artefact') add(subject.first, last, 'action');
      }
    }

    if (word === 'dropped' && findAhead(tokens, i, 3, (t) => DROP_OBJECTS.has(t.norm)) >= 0) {
      bySubject(subjectBefore(tokens, i), i, i, 'action');
    }

    const negated = NEGATORS.has(word) || (isDidOrHad(word) && next?.norm === 'not');
    if (negated) negatedAttention(tokens, i, add);

    if (ATTENTION_VERBS.has(word) && isPast(word) && !PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '')) {
      const subject = subjectBefore(tokens, i);
      if (subject.kind === 'negative') add(subject.first, i, 'omission'); // "Nobody checked", not "Nobody was paged"
    }

    if (ACTION_VERBS.has(word)) {
      const faulty = findAhead(tokens, i, 4, (_token, k) => isFaultyObject(tokens, k));
      const adverb = BLAME_ADVERBS.has(tokens[i - 1]?.norm ?? '');
      const byMistake = findAhead(tokens, i, 6, (t, k) => t.norm === 'by' && isMistakeWord(tokens[k + 1])) >= 0;
      if (faulty >= 0 || adverb || byMistake) {
        bySubject(subjectBefore(tokens, i), i, faulty >= 0 ? objectEnd(tokens, faulty) : i, 'action');
      }
    }

    if (word === 'without') {
      const omitted = omittedCheck(tokens, i);
      if (omitted > 0 && subjectOfClause(tokens, i).kind === 'person') add(i, omitted, 'omission');
    }

    if (isPersonPossessive(tokens, i)) possessiveFault(tokens, i, add);
    attribution(tokens, i, add);
  }
  return found;
}

/** "they didn't check", "Chris never followed up", and the question "Why didn't anyone check?". */
function negatedAttention(tokens: readonly Token[], i: number, add: AddBlame) {
  const word = tokens[i].norm;
  let verb = tokens[i + 1]?.norm === 'not' ? i + 2 : i + 1;
  if (tokens[verb]?.norm === 'even') verb += 1;
  const verbWord = tokens[verb]?.norm ?? '';
  if (ATTENTION_VERBS.has(verbWord) && !(word === 'never' && NEVER_EXEMPT.has(verbWord))) {
    const subject = subjectBefore(tokens, i);
    if (subject.kind === 'person' || subject.kind === 'negative') {
      add(subject.distant ? i : subject.first, verb, 'omission');
      return;
    }
  }
  if (word !== "didn't" && word !== 'didnt' && word !== 'did') return;
  const inverted = subjectAfter(tokens, verb);
  if (inverted?.kind !== 'person' && inverted?.kind !== 'negative') return;
  let after = inverted.last + 1;
  if (tokens[after]?.norm === 'just' || tokens[after]?.norm === 'even') after += 1;
  if (ATTENTION_VERBS.has(tokens[after]?.norm ?? '')) add(i, after, 'omission');
}

/** "without checking", "without asking anyone", "without a review": index of the omitted check, or -1. */
function omittedCheck(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'any') k += 1;
  const word = tokens[k]?.norm ?? '';
  if (CHECK_NOUNS.has(word)) return k;
  if (!word.endsWith('ing') || word.length < 6) return -1;
  const stem = word.slice(0, -3);
  const isCheck = ATTENTION_VERBS.has(stem) || ATTENTION_VERBS.has(`${stem}e`) || ATTENTION_VERBS.has(stem.slice(0, -1));
  return isCheck ? k : -1;
}

function isFaultyObject(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].norm;
  if (!FAULTY_OBJECT_WORDS.has(word)) return false;
  return !(word.startsWith('error') && ERROR_COMPOUNDS.has(tokens[k + 1]?.norm ?? ''));
}

/** Span end for a faulty object: "a bad change" ends at the noun after the adjective. */
function objectEnd(tokens: readonly Token[], k: number): number {
  const word = tokens[k].norm;
  const isNoun = FAULT_NOUNS.has(word) || word.startsWith('bug') || word === 'regression';
  const next = tokens[k + 1];
  return !isNoun && next?.isWord && next.sentence === tokens[k].sentence && !isFunctionWord(next.norm) ? k + 1 : k;
}

function isFunctionWord(word: string): boolean {
  return ['to', 'in', 'on', 'of', 'for', 'at', 'and', 'but', 'or', 'with', 'from', 'into', 'that', 'which'].includes(word);
}

function isMistakeWord(token: Token | undefined): boolean {
  return token?.norm === 'mistake' || token?.norm === 'accident';
}

function isPerfect(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.norm ?? '';
  return ['had', 'has', 'have', "'d", "'ve"].includes(previous) || previous.endsWith("'ve");
}

function isDidOrHad(word: string): boolean {
  return word === 'did' || word === 'had' || word === 'has' || word === 'have';
}

function isPast(word: string): boolean {
  return word.endsWith('ed') || PAST_IRREGULAR_ATTENTION.has(word);
}
