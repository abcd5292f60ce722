import { ERROR_COMPOUNDS } from './lexicon-verbs.ts';
import { classifyHead } from './people.ts';
import { subjectBefore } from './subject.ts';
import type { Candidate, Token } from './types.ts';

const ERROR_SUBJECTS = new Set(['human', 'operator', 'user', 'pilot']);
const ERROR_WORDS = new Set(['error', 'errors', 'mistake', 'mistakes']);
const LABEL_MISTAKES = new Set(['rookie', 'silly', 'dumb', 'stupid', 'amateur']);
const JUDGEMENTS = new Set([
  'pebkac',
  'pebcak',
  'id10t',
  'careless',
  'carelessly',
  'carelessness',
  'negligent',
  'negligently',
  'negligence',
  'sloppy',
  'sloppily',
  'sloppiness',
  'incompetent',
  'incompetence',
  'incompetently',
  'lazy',
  'laziness',
  'stupid',
  'stupidity',
  'dumb',
  'reckless',
  'recklessly',
  'recklessness',
  'idiot',
  'idiots',
  'idiotic',
  'moron',
  'morons',
  'clueless',
  'inattentive',
  'inattention',
  'thoughtless',
  'irresponsible',
  'irresponsibly',
  'amateurish',
  'boneheaded',
]);
/** Technical senses: "lazy loading", "dumb terminal". */
const TECHNICAL_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'lazy',
    new Set([
      'load',
      'loading',
      'loaded',
      'loads',
      'evaluation',
      'init',
      'initialization',
      'initialisation',
      'iterator',
      'iteration',
      'val',
      'import',
      'imports',
      'fetch',
      'fetching',
      'binding',
      'mode',
      'deletion',
      'expiry',
      'expiration',
      'compilation',
      'instantiation',
      'allocation',
      'sync',
      'propagation',
      'rendering',
    ]),
  ],
  ['dumb', new Set(['terminal', 'terminals', 'pipe', 'pipes', 'client', 'clients', 'proxy', 'switch'])],
]);
const NEGATIONS = new Set(['not', 'no', 'never', 'than', 'beyond', 'without']);
const SELF_POSSESSIVES = new Set(['my', 'our']);

/**
 * `human_error`: labels such as "human error", "careless" or "PEBKAC" applied to people. A judgement
 * word said of a system ("the retry library is careless with keys", "our canary process was negligent")
 * is a look-alike (round 14).
 */
export function humanErrorRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const next = tokens[i + 1];
    let last = -1;
    // "We do not consider this human error" / "she wasn't careless": the label is being rejected.
    if ((ERROR_SUBJECTS.has(word) || LABEL_MISTAKES.has(word)) && next && ERROR_WORDS.has(next.norm)) {
      if (!ERROR_COMPOUNDS.has(tokens[i + 2]?.norm ?? '') && !isNegated(tokens, i, 3)) last = i + 1;
    } else if (
      JUDGEMENTS.has(word) &&
      !TECHNICAL_NEXT.get(word)?.has(next?.norm ?? '') &&
      !isNegated(tokens, i, 2) &&
      !saidOfNobody(tokens, i) &&
      !saidOfSystem(tokens, i)
    ) {
      last = i;
    }
    if (last < 0) continue;
    found.push({ rule: 'human_error', start: i, end: last, variant: isSelfDirected(tokens, i) ? 'self' : 'other' });
    i = last;
  }
  return found;
}

/** Linking verbs and degree words between a subject and its judgement ("is", "proved", "was always so"). */
const LINKING = new Set(
  'is was are were be been being proved proves seems seemed seem looks looked appears appeared became becomes remains remained got gets very so really too pretty quite incredibly utterly just always often'.split(
    ' ',
  ),
);
/** Heads that point back to something else ("it was sloppy of him", "whoever wrote this is incompetent"). */
const POINTERS = new Set(['it', 'this', 'that', 'these', 'those', "it's", "that's"]);

/** How far back from a judgement a person may be named and still be its subject (bounds the scan on long sentences). */
const PERSON_REACH = 16;

/**
 * The judgement at `i` is an adjective said of a system: its subject, before linking verbs, is a system
 * noun phrase, and no person is named in the words before it ("the contractor they sent from the DNS
 * provider is incompetent"). An adverb judges how someone acted ("was carelessly dropped by …").
 */
function saidOfSystem(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].norm.endsWith('ly')) {
    // Round 49: an adverb after "behaved" / "acted" judges its subject ("The payout service behaved carelessly").
    if (!CONDUCT.has(tokens[i - 1]?.norm ?? '')) return false;
    return subjectBefore(tokens, i - 1).kind === 'system' && !personBefore(tokens, i - 2, i);
  }
  let k = i - 1;
  while (k >= 0 && tokens[k].isWord && LINKING.has(tokens[k].norm)) k--;
  if (k < 0 || k === i - 1 || !tokens[k].isWord || POINTERS.has(tokens[k].norm)) return false;
  if (subjectBefore(tokens, k + 1).kind !== 'system') return false;
  return !personBefore(tokens, k, i);
}

const CONDUCT = new Set(['behaved', 'behaves', 'behave', 'acted', 'acts', 'act']);

/** A person (or an artefact of one, or nobody) named from `k` back to `PERSON_REACH` words before the judgement at `i`. */
function personBefore(tokens: readonly Token[], k: number, i: number): boolean {
  for (let p = k; p >= 0 && p >= i - PERSON_REACH && tokens[p].sentence === tokens[i].sentence; p--) {
    const kind = tokens[p].isWord ? classifyHead(tokens, p) : 'none';
    if (kind === 'person' || kind === 'artefact' || kind === 'negative') return true;
  }
  return false;
}

/** Words that join judgements said of one subject ("incompetent or careless"). */
const JOINERS = new Set(['or', 'and', 'nor', ',']);
const PLACE = new Set(['here', 'there']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'of']);

/**
 * The judgement at `i` is said of nobody: "Nobody was careless here", "No one here was incompetent or careless",
 * "nobody on the desk was negligent", "no single rider was careless" (round 48: the most common way a review sets
 * blame aside). Read back from the judgement over linking words and joined judgements to the subject, which must be
 * "nobody" or "no one", with "here" or a short phrase after a preposition, or "no" and a noun or two.
 */
function saidOfNobody(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (LINKING.has(tokens[k].norm) || JUDGEMENTS.has(tokens[k].norm) || JOINERS.has(tokens[k].norm))) k--;
  if (k === i - 1 || k < 0 || tokens[k].sentence !== tokens[i].sentence) return false;
  const negative = (at: number) =>
    ['nobody', 'no-one'].includes(tokens[at]?.norm ?? '') || (tokens[at]?.norm === 'one' && tokens[at - 1]?.norm === 'no');
  if (PLACE.has(tokens[k].norm)) k--; // "nobody here was …"
  if (negative(k)) return true;
  // "nobody on the night desk", "no one in ops": a preposition right after the subject, within four words.
  for (let p = k - 1; p >= k - 4 && p > 0; p--) if (PREPOSITIONS.has(tokens[p].norm) && negative(p - 1)) return true;
  // "no single rider", "no engineer": "no" and a person noun, or "no single" and any noun.
  if (tokens[k - 1]?.norm === 'no' && classifyHead(tokens, k) === 'person') return true;
  return tokens[k - 1]?.norm === 'single' && tokens[k - 2]?.norm === 'no';
}

function isNegated(tokens: readonly Token[], i: number, window: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) return true;
  }
  return false;
}

/** "I was careless", "my sloppy change": the writer judging themselves. */
function isSelfDirected(tokens: readonly Token[], i: number): boolean {
  if (SELF_POSSESSIVES.has(tokens[i - 1]?.norm ?? '')) return true;
  return subjectBefore(tokens, i).kind === 'self';
}

/** Whether a judgement word in the tokens `first`–`last` is said of nobody (`saidOfNobody`): blame set aside. */
export function judgedOfNobody(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (JUDGEMENTS.has(tokens[i].norm) && saidOfNobody(tokens, i)) return true;
  return false;
}
