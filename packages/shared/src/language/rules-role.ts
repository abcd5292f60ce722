import { ROLE_NOUNS } from './lexicon-people.ts';
import { classifyHead, isSystemNoun } from './people.ts';
import { negatedBefore, personAfter, personSubject } from './rules-kinds-shared.ts';
import { subjectOfClause } from './subject.ts';
import type { Candidate, Subject, Token } from './types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Adjectives that make "any X would have" a judgement of the person's competence. */
const COMPETENCE = words(`
  competent decent half-decent experienced serious senior capable qualified good better reasonable
  seasoned careful real sensible skilled proper professional responsible
`);
const HYPOTHETICAL_PEOPLE = words('anyone anybody someone somebody');
const SKILL_NOUNS = words('skills skill experience knowledge competence ability abilities expertise judgement judgment');
const UNFIT = words('qualified competent fit capable');
const POOR_JOB = words('poor terrible bad lousy awful shoddy horrible sloppy crap crappy bang-up');
const ROLE_WORDS = words('role job duty duties responsibilities responsibility post');
const LET_DOWN_OBJECTS = words('everyone everybody us them the team whole customers him her me');
/** Verbs of giving trust or permission to someone. */
const TRUST_PARTICIPLES = words('allowed permitted trusted given let entrusted handed put kept assigned hired promoted granted');
const TRUST_VERBS = words('allow permit trust give let entrust hand put hire promote grant');
const TRUST_GERUNDS = words('giving trusting letting allowing putting hiring promoting handing granting entrusting');
const MODALS = words("should shouldn't must mustn't ought");
const ACCESS_NOUNS = words('access rights permissions permission keys privileges root admin sudo');
const JUDGED_BAD = words('mistake error blunder misjudgement misjudgment');
const BAD_CALL = words('bad poor terrible awful');
const CALL_NOUNS = words('idea call decision choice');
const WRONG_TO = words('wrong mistake error foolish naive naïve');

type Add = (rule: Candidate['rule'], start: number, end: number) => void;

/**
 * Three kinds from issue #14 built on a person as subject or object:
 * - `human_error`: judgements of competence ("anyone competent would have", "Samantha is not
 *   qualified to", "out of his depth", "lacks the basic skills");
 * - `failed_to_person`: failure at one's job or role ("did not do her job", "did a poor job of",
 *   "neglected his duties", "let everyone down", "asleep at the wheel", "failed in his role");
 * - `hindsight`: counterfactual trust or permission about a person ("should never have been allowed
 *   to", "we should not have trusted X with", "giving Olga admin rights was a mistake").
 * The same words about systems ("the retry queue did not do its job", "the deploy should not have
 * been allowed without a canary") are not flagged: the subject or object must be a person.
 */
export function roleRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add: Add = (rule, start, end) => found.push({ rule, start, end, variant: 'other' });
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].isWord) continue;
    competence(tokens, i, add);
    roleFailure(tokens, i, add);
    permission(tokens, i, add);
  }
  return found;
}

function person(subject: Subject): boolean {
  return subject.kind === 'person';
}

function spanStart(subject: Subject, i: number): number {
  return subject.distant || subject.first < 0 ? i : subject.first;
}

function competence(tokens: readonly Token[], i: number, add: Add) {
  const word = tokens[i].norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (word === 'would' || word === "wouldn't" || word === "would've") {
    if (!counterfactualAfter(tokens, i)) return;
    // "Anyone competent would have", "A more experienced engineer would never have".
    let competent = false;
    let human = -1;
    for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].sentence === tokens[i].sentence; k--) {
      const token = tokens[k];
      if (!token.isWord) break;
      if (COMPETENCE.has(token.norm)) competent = true;
      else if (HYPOTHETICAL_PEOPLE.has(token.norm) || ROLE_NOUNS.has(token.base)) human = k;
      else if (isSystemNoun(token.base)) return;
      else if (classifyHead(tokens, k) === 'person') return; // a named person: not hypothetical
    }
    if (competent && human >= 0) {
      let first = human;
      while (
        first > 0 &&
        i - first < 6 &&
        tokens[first - 1].isWord &&
        tokens[first - 1].sentence === tokens[i].sentence &&
        !['that', 'because', 'and', 'but'].includes(tokens[first - 1].norm)
      )
        first--;
      add('human_error', first, i);
    }
    return;
  }
  let end = -1;
  if (word === 'know' && next === 'what' && negatedBefore(tokens, i, 2)) end = doingAt(tokens, i + 2);
  else if (word === 'out' && next === 'of' && tokens[i + 3]?.norm === 'depth') end = i + 3;
  else if (UNFIT.has(word) && negatedBefore(tokens, i, 2)) end = i;
  else if (word === 'good' && next === 'enough' && negatedBefore(tokens, i, 2) && tokens[i + 2]?.norm === 'to') end = i + 1;
  else if ((word === 'lacks' || word === 'lacked' || word === 'lack' || word === 'lacking') && lacksSkill(tokens, i)) end = i;
  else if (word === 'unqualified' || word === 'unfit') end = i;
  if (end < 0) return;
  const subject = personSubject(tokens, i);
  if (person(subject)) add('human_error', spanStart(subject, i), end);
}

/** "(does not know what) he is doing": index of "doing", or -1. */
function doingAt(tokens: readonly Token[], k: number): number {
  for (let m = k; m <= k + 2 && m < tokens.length; m++) if (tokens[m].norm === 'doing') return m;
  return -1;
}

/** "would have", "would never have", "wouldn't have", "would've": a counterfactual, not a habit. */
function counterfactualAfter(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].norm === "would've") return true;
  let k = i + 1;
  while (['not', 'never', 'ever', 'easily', 'surely', 'certainly'].includes(tokens[k]?.norm ?? '')) k++;
  return tokens[k]?.norm === 'have';
}

function lacksSkill(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (SKILL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

function roleFailure(tokens: readonly Token[], i: number, add: Add) {
  const word = tokens[i].norm;
  const next = tokens[i + 1]?.norm ?? '';
  let end = -1;
  if ((word === 'do' || word === 'doing') && tokens[i + 2]?.norm === 'job' && negatedBefore(tokens, i, 2)) end = i + 2;
  else if (
    (word === 'did' || word === 'does' || word === 'do') &&
    ['a', 'an'].includes(next) &&
    POOR_JOB.has(tokens[i + 2]?.norm ?? '') &&
    tokens[i + 3]?.norm === 'job'
  )
    end = i + 3;
  else if (word.startsWith('neglect') && ROLE_WORDS.has(tokens[i + 2]?.norm ?? '')) end = i + 2;
  else if (word === 'derelict' || word === 'remiss') end = i;
  else if ((word === 'failed' || word === 'fell') && ['in', 'at', 'as'].includes(next) && roleAhead(tokens, i + 1)) end = i + 1;
  else if (word === 'asleep' && next === 'at' && ['wheel', 'switch'].includes(tokens[i + 3]?.norm ?? '')) end = i + 3;
  else if (word === 'live' && next === 'up' && tokens[i + 2]?.norm === 'to' && negatedBefore(tokens, i, 2)) end = i + 2;
  else if (word === 'let' || word === 'lets' || word === 'letting') end = letDown(tokens, i);
  if (end < 0) return;
  const subject = personSubject(tokens, word === 'do' && tokens[i - 1]?.norm === 'to' ? i - 1 : i);
  if (person(subject)) add('failed_to_person', spanStart(subject, i), end);
}

/** "failed in his role", "failed at the one thing on-call is for", "failed as the lead". */
function roleAhead(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm === 'as') return true;
  for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
    if (ROLE_WORDS.has(tokens[m].norm) || tokens[m].norm === 'thing' || tokens[m].norm === 'one') return true;
  }
  return false;
}

/** "let everyone down", "let the whole team down": index of "down", or -1. */
function letDown(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (tokens[k].norm === 'down') return k > i + 1 && LET_DOWN_OBJECTS.has(tokens[i + 1].norm) ? k : -1;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}

function permission(tokens: readonly Token[], i: number, add: Add) {
  const word = tokens[i].norm;
  if (MODALS.has(word)) {
    let k = i + 1;
    if (word === 'ought' && tokens[k]?.norm === 'to') k++;
    while (['not', 'never', 'ever', 'really'].includes(tokens[k]?.norm ?? '')) k++;
    const perfect = tokens[k]?.norm === 'have';
    if (perfect) k++;
    if (tokens[k]?.norm === 'been' || (!perfect && tokens[k]?.norm === 'be')) {
      // "Jamal should never have been allowed to", "someone like him should not be allowed to".
      if (!TRUST_PARTICIPLES.has(tokens[k + 1]?.norm ?? '')) return;
      const subject = personSubject(tokens, i);
      const kind = subject.kind === 'none' ? subjectOfClause(tokens, i) : subject;
      if (person(kind)) add('hindsight', spanStart(kind, i), k + 1);
      return;
    }
    if (!perfect) return;
    if (TRUST_PARTICIPLES.has(tokens[k]?.norm ?? '')) {
      // "We should not have trusted Eun-ji", "They should never have put Arjun in charge".
      const object = personAfter(tokens, k + 1);
      if (object >= 0) add('hindsight', i, object);
    } else if (tokens[k]?.norm === 'had' && accessAhead(tokens, k + 1)) {
      const subject = personSubject(tokens, i);
      if (person(subject)) add('hindsight', spanStart(subject, i), k);
    }
    return;
  }
  if (TRUST_GERUNDS.has(word) && startsClause(tokens, i)) {
    // "Giving Olga admin rights was a mistake", "letting Chiara approve her own change was a bad idea".
    const object = personAfter(tokens, i + 1);
    if (object >= 0 && judgedBad(tokens, object + 1)) add('hindsight', i, object);
    return;
  }
  if (TRUST_VERBS.has(word) && tokens[i - 1]?.norm === 'to' && WRONG_TO.has(tokens[i - 2]?.norm ?? '')) {
    // "We were wrong to trust Thandiwe with the failover".
    const object = personAfter(tokens, i + 1);
    if (object >= 0) add('hindsight', i - 2, object);
  }
}

function accessAhead(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m <= k + 2 && m < tokens.length; m++) if (ACCESS_NOUNS.has(tokens[m].norm)) return true;
  return false;
}

function judgedBad(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from - 1].sentence;
  for (let k = from; k < from + 14 && k < tokens.length && tokens[k].sentence === sentence; k++) {
    const word = tokens[k].norm;
    if (JUDGED_BAD.has(word)) return true;
    if (BAD_CALL.has(word) && CALL_NOUNS.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

function startsClause(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return tokens[i].sentenceStart || !previous || previous.text === ',' || previous.text === ';';
}
