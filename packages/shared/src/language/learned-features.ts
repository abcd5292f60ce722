import { isFirstName, ROLE_NOUNS } from './lexicon-people.ts';
import { ACTION_VERBS, FAILURE_VERBS, IRREGULAR_PARTICIPLES, isParticiple, TAKE_DOWN_VERBS } from './lexicon-verbs.ts';
import { DETERMINERS, PREDICATE_SKIP, PROPER_NON_PEOPLE } from './lexicon-words.ts';
import { classifyHead, isName, isPersonPossessive, isSystemNoun, markDocumentNames } from './people.ts';
import { cueScope, rejectedTokens } from './reframed.ts';
import { reviewLanguage } from './review.ts';
import { judgedOfNobody } from './rules-human-error.ts';
import { personAfter } from './rules-kinds-shared.ts';
import { PASSIVE_AUX } from './rules-responsibility.ts';
import { isTitle, sentenceSpans, tokenize } from './tokenize.ts';
import type { LanguageFinding, Token } from './types.ts';

/**
 * What the learned layer of the review (packages/server/src/language/learned.ts) reads from a text:
 * its sentences, each with person names masked to "the engineer" (so the sentence encoder judges the
 * structure, not the name) and a few rule features. Pure, no model: the model and its weights live
 * on the server; the browser keeps the rules alone.
 */
export type LearningSentence = {
  /** UTF-16 offsets of the sentence in the text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** The sentence with names (and @handles) replaced by "the engineer". */
  masked: string;
  /** `LEARNED_FEATURES` in order, each 0..1. */
  features: number[];
  /** A rule finding overlaps the sentence. */
  flagged: boolean;
  /** Someone other than the writer is mentioned (name, pronoun, role, "whoever"). */
  mentionsPerson: boolean;
  /**
   * Round 13b: the sentence has a passive verb phrase ("was ignored", "had never been checked", "got
   * pushed"): blame in the passive voice often names no one, so the layer reads these sentences too.
   */
  passive: boolean;
};

/** The rule features, in the order of `LearningSentence.features` (and of the trained weights). */
export const LEARNED_FEATURES = [
  'person_subject',
  'person_agent',
  'person_mentioned',
  'self_subject',
  'system_subject',
  'hindsight_modal',
  'judgement_words',
  'negated_person',
  'action_item',
  'timestamp',
  'question',
  'evaluative_near_person',
  'access_near_person',
  'described_person',
  'person_possessive_fault',
  'pinned_on_person',
  'duty_of_person',
  'blame_rejected',
  'system_condition',
  'harm_near_person',
  'rules_on_masked',
  'passive',
  'sympathy',
  'passive_fault',
  'agent_fault',
  'procedure_breach',
  'blame_reported',
  'rebuttal',
] as const;

const MASK = 'the engineer';
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Discourse openers skipped before the subject ("Honestly, …", "lol", "Frankly"). */
const OPENERS = words(`
  honestly frankly seriously ultimately clearly obviously basically well so ok okay lol tbh imo fwiw
  yes no also then still anyway sadly unfortunately again look
`);

/** Words of judgement and blame (competence, fault, duty, trust). Evidence, not a verdict. */
const JUDGEMENT = words(`
  competent incompetent incompetence careless carelessness sloppy lazy negligent negligence reckless
  clueless hopeless useless inexperienced experienced junior qualified unqualified amateur beginner
  rookie fool foolish idiot stupid ignorance ignorant depth skills skill know-how clue judgement judgment
  blame blamed fault faults culprit guilty responsible responsibility accountable answerable answer
  trusted trust allowed mistake blunder bother bothered botched blew ignored ignores refused refusal
  shirked abandoned useless asleep duty duties job excuse worth salary brain mind
`);

/** Evaluative words about a person's ability or conduct ("green", "out of his league", "a liability"). */
const EVALUATIVE = words(`
  competent incompetent careless clueless hopeless useless lazy sloppy reckless negligent inexperienced
  green junior weak weakest slow panicky impatient overconfident liability amateur amateurish shaky
  league depth clue idea grasp understanding knowledge feel skills capable incapable unfit unqualified
  senior enough better ignorant ignorance cluelessly good decent half-decent experience experienced
`);

/** Words of access, permission and trust: "given access", "let X near", "trusted X with". */
const ACCESS = words(`
  access allowed allow allowing let letting trusted trust trusting gave give given giving handed hand
  handing put putting rights keys key sudo root creds credentials password login permission permissions
  near charge rota pager
`);

/** Nouns that make a person's possessive a fault: "Kasimir's doing", "on Thorsten's watch". */
const FAULT_NOUNS = words(`
  fault doing mistake mistakes mess watch blunder carelessness negligence screw-up screwup error errors
  call decision fingerprints incompetence responsibility problem
`);

/** Words before "on / to / with / at" + person that pin an outcome on them ("that is on Anouk", "down to Ezra"). */
const PIN_BEFORE = words(
  "is was 's down because thanks lies lay rests sits falls fell feet door back comes came squarely entirely all points pointed stops stopped shoulders traces traced",
);

/** A duty or role: "was supposed to", "had one job", "in charge", "as incident commander". */
const DUTY = words('supposed meant job duty duties role charge responsibility responsibilities expected task approver owner');

/**
 * Round 5: verbs of damage and neglect ("ignored", "sat on", "slept through", "wiped", "rushed out"),
 * read near a person subject or agent: the person did harm or left something undone. Evidence, not
 * a verdict: factual narration uses the same verbs ("Keoni deleted the old bucket, believing …").
 */
const HARM = words(`
  ignored ignore ignores ignoring skipped skip skips muted deleted dropped wiped emptied nuked broke broken
  breaking botched rushed leaked forgot forgotten abandoned vanished sat sitting slept sleeping ghosted
  neglected neglect blew trashed wrecked ruined killed sank sunk missed overlooked lost cost refused
  refusing dismissed shrugged walked unreachable absent awol dark disappeared bailed skimmed rubber-stamped
  clicked waved slide rot rotted
`);

/** Round 4: what blame being named and rejected is about ("nobody is to blame", "not human error", "not a person"). */
const REJECTED_TARGETS = words('blame blamed fault cause error responsible person name culprit');
/**
 * Words that reject or set aside blame on their own: round 4's ("we reject that framing", "it would be easy
 * to say") and round 14's ("it would be unfair to …", "we declined to name anyone", "I disagree", "not fair
 * on …", "I do not agree"). Those in `NEGATED_ONLY` count only when negated ("doesn't matter who").
 */
const REJECTING = words(`
  reject rejected rejects framing tempting easy matter unfair disagree disagreed declined declines decline
  scapegoat scapegoating fair agree
`);
const NEGATED_ONLY = words('matter fair agree');

/**
 * Round 14: words of load, fatigue and care ("had been up for twenty hours", "running on fumes", "worried
 * about burnout", "go gently"): sympathy for the people in the sentence, which names them and their state
 * as blame does. Evidence against blame, not a verdict.
 */
const SYMPATHY = words(`
  tired exhausted exhausting exhaustion fatigue fatigued fumes burnout burnt-out wiped drained strain
  strained stress stressed stressful overloaded overworked overwhelmed workload juggling awake sleepless
  sleep kind kindly gently gentle support supported supporting worried worry awful sorry care cared
  caring grateful thanks thank thankful appreciate appreciated rest upset distressing distressed toll
  pressure shouldering weight alone
`);

/** Round 10: pronouns, which refer back to someone named earlier. */
const PRONOUNS = words("he him his she her hers they them their theirs he's she's they're himself herself themselves");

/** Round 13b: the negated auxiliaries of the passive, and adverbs between auxiliary and participle ("was never checked", and any "-ly" word). */
const PASSIVE_NEGATED = words("wasn't weren't isn't aren't hasn't haven't");
const PASSIVE_ADVERBS = words(`
  not n't never just simply already apparently also then completely quietly silently clearly obviously
  again only all still even ever really basically effectively
`);

/** Round 27: verbs of state before a negative participle ("went unread", "left unchecked", "sat untouched"). */
const UNDONE_VERBS = words('went go goes gone going left leave leaves sat sits remained remain remains stayed stays lay');
const isUndone = (w: string): boolean => w.startsWith('un') && w.length > 5 && (isParticiple(w) || IRREGULAR_PARTICIPLES.has(w.slice(2)));

/**
 * Round 13b: the passive verb phrases between `first` and `last` (an auxiliary, up to two adverbs, a past
 * participle), one entry each: whether the phrase is negated ("was not followed", "wasn't checked", "was
 * never passed on").
 */
function passivesIn(tokens: readonly Token[], first: number, last: number): boolean[] {
  const adverb = (w: string) => PASSIVE_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
  const out: boolean[] = [];
  for (let i = first; i < last; i++) {
    // Round 27: "went unread", "were left unchecked", "sat untouched": a negative participle after a verb of
    // state, a passive that says what nobody did.
    if (tokens[i].isWord && UNDONE_VERBS.has(tokens[i].norm) && tokens[i + 1].isWord && isUndone(tokens[i + 1].norm)) {
      out.push(true);
      continue;
    }
    if (!tokens[i].isWord || !(PASSIVE_AUX.has(tokens[i].norm) || PASSIVE_NEGATED.has(tokens[i].norm))) continue;
    let k = i + 1;
    let negated = PASSIVE_NEGATED.has(tokens[i].norm);
    while (k < last && k <= i + 2 && tokens[k].isWord && adverb(tokens[k].norm)) {
      if (NEGATIONS.has(tokens[k].norm)) negated = true;
      k++;
    }
    const word = tokens[k].isWord ? tokens[k].norm : '';
    // "overwritten", "mistaken", "undone": an irregular participle after a prefix.
    if (isParticiple(word) || IRREGULAR_PARTICIPLES.has(word.replace(/^(over|under|mis|re|un)(?=\w{3})/, ''))) out.push(negated);
  }
  return out;
}

/**
 * Round 14b: participles of neglect and overriding that `HARM` lacks ("was bypassed", "was rubber-stamped",
 * "were left unmentioned", "was disregarded"), and words that make an act a fault ("without a ticket",
 * "against explicit guidance", "merged anyway", "deliberately").
 */
const NEGLECT = words(`
  bypassed disregarded disabled erased pasted forced overridden overrode rubber-stamped skimmed unmentioned
  unreported unreviewed untested unchecked unanswered unacknowledged unread unapproved circumvented
`);
const FAULT_CUES = words('without against anyway deliberately despite regardless unilaterally');

/**
 * Round 23: what tells the fault in a passive of blame when no word of harm does: an act done against a
 * procedure or its timing. Checks done without ("with no peer review", "with zero approving reviews", "no
 * ticket attached"), steps skipped ("skipping staging", "rollback section unread"), and an act before its
 * time or while harm went on ("before the canary had even finished", "while the customer was still hard
 * down", "even after the pre-checks failed", "in one go", "straight to production").
 */
const SKIPPED = words('skipping skipped skip skips bypassing bypassed unread unreviewed untested unapproved unchecked unrehearsed');
const CHECKS = words(`
  review reviews reviewer reviewers approval approvals sign-off signoff ticket tickets check checks pre-check pre-checks
  test tests testing backup backups rollback heads-up warning notice window plan dry-run canary pilot question questions
  second peer validation
`);
const NONE = words('no zero none nothing');
/**
 * Round 23: blame that others voiced, reported (evidence that the sentence answers it rather than makes
 * it: "people keep saying …", "the handler's email suggests …", "the first report pinned it on …", "before
 * anyone says it …"), and the answer itself ("is wrong", "does not hold", "we are withdrawing that", "I
 * refuse to …", "I'm not going to …", "stop the pile-on", "correction:"). `REFUSING` words count after "I" or "we" only: "she
 * refused to escalate" is blame.
 */
const REPORTING = words(`
  said saying says say called calling claim claims claimed claiming suggests suggested suggestion story
  rumour rumor rumours rumors comment comments wrote typed asked asking asks pinned accused accusing
  accusation characterisation characterization verdict label meme thread pile-on piling finger-pointing
  hunt narrative conclusion
`);
const REBUTTING = words(`
  wrong incorrect untrue withdraw withdrawn withdrawing withdrew retract retracted retracting disagree
  correction correcting enough stop stopping drop
`);
const REFUSING = words("refuse won't decline declining");
const WRITERS = words("i we i'm we're");
const NEGATED_REBUTTING = words('hold holds support supports stand stands true');

/** Markers of an action item or a plan: evidence against blame. */
const ACTION_MARKERS = words('action todo follow-up followup next going forward will plan planned owner ticket');
const HINDSIGHT_MODALS = words("should shouldn't could couldn't would wouldn't must ought should've could've would've");
const NEGATIONS = words("not never n't didn't don't doesn't wasn't weren't isn't aren't hasn't hadn't won't can't cannot couldn't");
const TIME = /^\d{1,2}:\d{2}$|^\d{1,2}(am|pm)$/;
/** Auxiliaries and verb-like words that follow a subject: "Dmitri is", "Arash found". */
const AFTER_SUBJECT = words(`
  is was has had will would should could can can't cannot did does didn't doesn't wasn't isn't hasn't
  hadn't won't must may might just never always really simply kept keeps got gets owns bears
  left took made ran broke forgot went sent put let gave lost set wrote sat slept saw said told thought
  knew spent shipped pushed ignored neglected skipped
  ought only merely alone owes owe rebuilt built kept understood still
`);
/**
 * Round 5: what else may follow an unknown first name opening a sentence: the rules' failure, action
 * and take-down verbs ("Tamar rebuilt …", "Oluchi truncated …", "Bartłomiej ought to …").
 */
const AFTER_NAME = new Set([...AFTER_SUBJECT, ...FAILURE_VERBS, ...ACTION_VERBS, ...TAKE_DOWN_VERBS]);
/** Round 5: an unknown first name set off by a comma before an apposition ("Ravshan, as the approver, …", "Ife, who …"). */
const APPOSITION = words('as who whose');
/**
 * Question words and auxiliaries, which open questions ("Why did the queue back up?", "When was the page
 * sent?", "Could the alert have fired?") and are never the unknown first name of `isMaskedName`.
 */
const NEVER_NAMES = words(`
  why what when where how which whose whom whether did does do was were is are has have had can could would
  should shall will may might must am didn't doesn't don't wasn't weren't isn't aren't hasn't haven't hadn't
  can't couldn't wouldn't shouldn't won't
`);
/** Indefinite pronouns that name no single person: never masked. */
const NOT_ONE_PERSON = words('nobody no-one everyone everybody anyone anybody');
const CONNECTIVES = words(
  'meanwhile moreover instead otherwise later earlier afterwards overall finally first second third next yesterday today tonight again still thus hence',
);

/**
 * People words the rules' role lexicon lacks, read by the learned layer only: role titles ("the
 * scribe", "the secondary"), hypothetical people ("a professional", "a fool") and "who"/"whose",
 * which always stand for a person ("Who approves a change like this?", "We all know who"). Round 25:
 * officers, recruits, clerks, staffers, "the individual", and "genius" said with scorn ("whichever genius
 * turned off the callout"). Round 26: supervisors, registrars, starters, trainees, founders, and a role word's
 * possessive ("a clerk's slip"). Round 27: job titles across trades (dispatchers, secretaries, pickers,
 * requesters, nurses, tellers, auditors, lawyers, teachers, editors …) and "management"; titles that also
 * name software ("controller", "handler", "planner", "broker", "producer", "installer", "user") are left out,
 * since incident text uses them for systems and log fields far more often.
 */
const EXTRA_PEOPLE = words(`
  who whose scribe scribes secondary professional professionals fool fools idiot idiots amateur amateurs beginner
  beginners student students captain friend newcomer newcomers officer officers recruit recruits genius geniuses staffer
  staffers individual individuals clerk clerks supervisor supervisors registrar registrars starter starters trainee
  trainees columnist founder founders dispatcher dispatchers secretary secretaries assistant assistants paralegal
  paralegals associate associates partner partners picker pickers packer packers courier couriers requester requesters
  requestor requestors nurse nurses doctor doctors pharmacist pharmacists clinician clinicians surgeon surgeons paramedic
  paramedics teller tellers cashier cashiers representative representatives rep reps coordinator coordinators inspector
  inspectors auditor auditors accountant accountants bookkeeper bookkeepers lawyer lawyers solicitor solicitors attorney
  attorneys receptionist receptionists foreman foremen mechanic mechanics electrician electricians lineman linemen fitter
  fitters labourer labourers laborer laborers trader traders underwriter underwriters adjuster adjusters teacher teachers
  tutor tutors lecturer lecturers professor professors invigilator invigilators examiner examiners caseworker caseworkers
  adviser advisers advisor advisors counsellor counsellors counselor counselors recruiter recruiters salesperson
  salespeople apprentice apprentices volunteer volunteers deputy deputies assessor assessors surveyor surveyors editor
  editors reporter reporters journalist journalists designer designers moderator moderators steward stewards porter
  porters chef chefs storekeeper storekeepers shopkeeper shopkeepers signatory signatories management
`);

/**
 * Ordinary English words, in lower case (round 15b). The server passes one (`word-list`, on the server only)
 * so a lower-case word it does not hold, in a subject's or an agent's place, is read as a name ("tbh roshan
 * should have …", "opened by dariush"); chat writes names it has never seen in lower case. Without one, only
 * listed first names are read in lower case.
 */
export type WordList = { has(word: string): boolean };

/**
 * The sentences of a text with their masked form and rule features. `findings` are the rule findings, if
 * already computed; `english`, an English word list for reading unknown lower-case names.
 */
export function learningSentences(
  text: string,
  findings: readonly LanguageFinding[] = reviewLanguage(text),
  english?: WordList,
): LearningSentence[] {
  const tokens = tokenize(text);
  markDocumentNames(tokens);
  const rejected = rejectedTokens(tokens);
  const out: LearningSentence[] = [];
  for (const [first, last] of sentenceSpans(tokens)) {
    if (tokens.slice(first, last + 1).some((t) => t.isWord)) out.push(sentenceOf(text, tokens, first, last, findings, rejected, english));
  }
  return out;
}

/** Where a long sentence is cut into clauses: punctuation, and conjunctions that start a new clause. */
const CLAUSE_BREAK =
  /\s*[,;:–—]\s+|\s+-\s+|\s+(?:and|but|so|because|while|after|before|when|which|since|although|though|until|whereas)\s+/i;
/** Clauses shorter than this many words are not read on their own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * The clauses of a long sentence, read on their own (round 4): blame told in one clause of a long
 * sentence ("…, during which the person assigned to the alerts did nothing") is diluted in the
 * sentence's embedding. Each clause is cut from the masked sentence and read like a sentence of its
 * own (masked, featurised), keeping the sentence's offsets; only clauses that still mention someone
 * and that no rule flags are returned. None for a sentence of fewer than two such clauses.
 */
export function learningClauses(sentence: Pick<LearningSentence, 'masked' | 'start' | 'end' | 'text'>): LearningSentence[] {
  const pieces = sentence.masked.split(CLAUSE_BREAK).filter((p) => p.split(/\s+/).filter(Boolean).length >= MIN_CLAUSE_WORDS);
  if (pieces.length < 2) return [];
  return pieces.flatMap((piece) => {
    const read = learningSentences(piece);
    return read.length === 1 && read[0].mentionsPerson && !read[0].flagged
      ? [{ ...read[0], start: sentence.start, end: sentence.end, text: sentence.text }]
      : [];
  });
}

function sentenceOf(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  findings: readonly LanguageFinding[],
  rejected: ReadonlySet<number>,
  english: WordList | undefined,
): LearningSentence {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const names = new Set<number>();
  for (let i = first; i <= last; i++) if (isMaskedName(tokens, i, first, english)) names.add(i);

  // The masked text: the original characters, with each run of name tokens replaced by one mask; a title
  // before a name ("Dr. Mansour") goes with it.
  const titled = (i: number) =>
    (isTitle(tokens[i].norm) || isInitial(tokens, i)) && tokens[i + 1]?.text === '.' && i + 2 <= last && names.has(i + 2);
  let masked = '';
  let at = start;
  for (let i = first; i <= last; i++) {
    if (!names.has(i) && !titled(i)) continue;
    let j = titled(i) ? i + 2 : i;
    while (names.has(j + 1) && !tokens[j].possessive) j++;
    const mask = tokens[i].sentenceStart ? 'The engineer' : MASK;
    masked += text.slice(at, tokens[i].start) + mask + (tokens[j].possessive ? "'s" : '');
    at = tokens[j].end;
    i = j;
  }
  masked += text.slice(at, end);

  const kinds = new Map<number, string>();
  const kindOf = (i: number): string => {
    let kind = kinds.get(i);
    if (kind === undefined) {
      kind = names.has(i) ? 'person' : isPlace(tokens, i) ? 'none' : classifyHead(tokens, i);
      kinds.set(i, kind);
    }
    return kind;
  };
  const isOther = (kind: string) => kind === 'person' || kind === 'negative' || kind === 'artefact';
  // A role word used as a modifier ("the secondary database", "student loans") is not a person, except
  // before a word of fault ("picker error", round 27).
  const extraPerson = (i: number) =>
    tokens[i].isWord &&
    EXTRA_PEOPLE.has(tokens[i].base) &&
    !(i < last && tokens[i + 1].isWord && isSystemNoun(tokens[i + 1].base) && !FAULT_NOUNS.has(tokens[i + 1].norm));

  // The first noun-phrase head after openers: the sentence's subject, approximately.
  let subjectKind = 'none';
  for (let i = first; i <= last && i <= first + 8; i++) {
    const token = tokens[i];
    if (!token.isWord || OPENERS.has(token.norm) || DETERMINERS.has(token.norm)) continue;
    const kind = kindOf(i);
    if (kind !== 'none') {
      subjectKind = kind;
      break;
    }
  }

  let mentions = false;
  let agent = false;
  let hindsight = false;
  let judgement = 0;
  let negatedPerson = false;
  let action = false;
  let timestamp = false;
  const personAt: number[] = [];
  for (let i = first; i <= last; i++) {
    if (!tokens[i].isWord) continue;
    const kind = kindOf(i);
    if (isOther(kind) || names.has(i) || isPersonPossessive(tokens, i) || tokens[i].norm === 'whoever' || extraPerson(i)) personAt.push(i);
  }
  const near = (list: ReadonlySet<string>, window: number) =>
    personAt.some((p) => {
      for (let k = Math.max(first, p - window); k <= Math.min(last, p + window); k++) if (k !== p && list.has(tokens[k].norm)) return true;
      return false;
    });
  let described = false;
  let possessiveFault = false;
  let pinned = false;
  for (const p of personAt) {
    const next = tokens[p + 1]?.norm;
    if (p < last && (next === 'who' || next === 'that') && !tokens[p].possessive) described = true;
    if (tokens[p].norm === 'whoever') described = true;
    if (tokens[p].possessive || isPersonPossessive(tokens, p))
      for (let k = p + 1; k <= Math.min(last, p + 2); k++) if (FAULT_NOUNS.has(tokens[k].norm)) possessiveFault = true;
    const before = tokens[p - 1]?.norm ?? '';
    const before2 = tokens[p - 2]?.norm ?? '';
    const start = DETERMINERS.has(before) || before === 'our' ? p - 1 : p;
    const prep = tokens[start - 1]?.norm ?? '';
    const lead = tokens[start - 2]?.norm ?? '';
    if (p > first && ['on', 'to', 'with', 'at', 'of'].includes(prep) && (PIN_BEFORE.has(lead) || lead.endsWith("'s"))) pinned = true;
    if (prep === 'of' && lead === 'because') pinned = true;
    if (before === 'ask' || before2 === 'ask') pinned = true;
    // Round 5: a person who owes or must answer for an outcome ("Anselm owes …", "has a lot to answer for").
    for (let k = p + 1; k <= Math.min(last, p + 6); k++) {
      const w = tokens[k].norm;
      if (w === 'owes' || w === 'owe' || (w === 'answer' && tokens[k + 1]?.norm === 'for')) pinned = true;
    }
  }
  for (let i = first; i <= last; i++) {
    const w = tokens[i].norm;
    if (
      (w === 'one' || w === 'person' || w === 'someone' || w === 'somebody' || w === 'guy') &&
      ['who', 'that'].includes(tokens[i + 1]?.norm ?? '')
    )
      described = true;
  }
  const evaluative = near(EVALUATIVE, 4);
  const harm = near(HARM, 4);
  const access = near(ACCESS, 5);
  const duty = personAt.length > 0 && tokens.slice(first, last + 1).some((t) => DUTY.has(t.norm));
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const kind = kindOf(i);
    if (extraPerson(i)) mentions = true;
    if (isOther(kind) || names.has(i) || isPersonPossessive(tokens, i)) {
      mentions = true;
      for (let k = i + 1; k <= last && k <= i + 3; k++)
        if (NEGATIONS.has(tokens[k].norm) || tokens[k].norm.endsWith("n't")) negatedPerson = true;
    }
    if (
      (word === 'by' || (word === 'to' && tokens[i - 1]?.norm === 'thanks') || (word === 'of' && tokens[i - 1]?.norm === 'because')) &&
      i < last
    ) {
      if (personAfter(tokens, i + 1) >= 0 || names.has(i + 1)) agent = true;
    }
    if (HINDSIGHT_MODALS.has(word)) {
      const next = tokens[i + 1]?.norm ?? '';
      const after = tokens[i + 2]?.norm ?? '';
      if (word.endsWith("'ve") || next === 'have' || ((next === 'not' || next === 'never') && after === 'have')) hindsight = true;
      if ((next === 'never' || next === 'not' || word.endsWith("n't")) && (after === 'be' || after === 'have')) hindsight = true;
    }
    if (word === 'if' && (tokens[i + 1]?.norm === 'only' || isOther(kindOf(i + 1)) || tokens[i + 2]?.norm === 'had')) hindsight = true;
    if (JUDGEMENT.has(word)) judgement += 1;
    if (ACTION_MARKERS.has(word)) action = true;
    if (TIME.test(word)) timestamp = true;
  }
  if (tokens[first].norm === 'action' || tokens[first].norm === 'todo') action = true;
  // Round 4: blame named and set aside ("Nobody here is to blame", "not about who", "we reject that
  // framing", "it would be easy to blame"), and a counterfactual whose condition is about the system
  // ("If the alert had fired, the on-call would have seen it"): evidence against blame.
  // Round 10: scoped like the rules' (reframed.ts): the tokens where the rules set blame aside
  // (`rejectedTokens`), and each round-4 cue's reach (`cueScope`: its clause up to a later "but / still /
  // yet"). The feature is the share of the people the sentence names that are in the set-aside part (a
  // pronoun refers back and "nobody" names no one, so neither counts), or 1 when it names none: "It would
  // be easy to blame Quentin, but the tooling gave him no warning" reads 1, "Not to blame anyone, but
  // Wendell broke it" ½ (the rules flag it, so the layer never reads it).
  const setAside = new Set<number>();
  for (let i = first; i <= last; i++) if (rejected.has(i)) setAside.add(i);
  const cover = (i: number) => {
    const [from, to] = cueScope(tokens, first, last, i);
    for (let k = from; k <= to; k++) setAside.add(k);
  };
  let systemCondition = false;
  for (let i = first; i <= last; i++) {
    const word = tokens[i].norm;
    if (!tokens[i].isWord) continue;
    if (
      REJECTING.has(word) &&
      (word !== 'easy' || tokens[i + 1]?.norm === 'to') &&
      (!NEGATED_ONLY.has(word) || negatedBefore(tokens, i, first))
    )
      cover(i);
    if (word === 'nobody' || word === 'not' || word === "n't" || (word === 'no' && tokens[i + 1]?.norm === 'one'))
      for (let k = i + 1; k <= Math.min(last, i + 4); k++) if (REJECTED_TARGETS.has(tokens[k].norm)) cover(i);
    if ((word === 'if' || (word === 'had' && i === first)) && i < last)
      for (let k = i + 1; k <= Math.min(last, i + 3); k++) {
        if (!tokens[k].isWord || DETERMINERS.has(tokens[k].norm)) continue;
        if (isSystemNoun(tokens[k].base)) systemCondition = true;
        break;
      }
  }
  const named = personAt.filter((p) => !PRONOUNS.has(tokens[p].norm) && kindOf(p) !== 'negative');
  const blameRejected = setAside.size === 0 ? 0 : named.length ? named.filter((p) => setAside.has(p)).length / named.length : 1;
  // Round 6: the rules themselves, read on the masked sentence. The layer recognises names the rules do
  // not (an unknown first name opening a sentence: "Eitan caused the incident", "Bartłomiej ought to
  // have known"); with the name masked to "the engineer", every rule structure applies to it.
  const rulesOnMasked = masked !== text.slice(start, end) && reviewLanguage(masked).length > 0;
  const question = tokens[last].text === '?';
  const passives = passivesIn(tokens, first, last);
  const passive = passives.length > 0;
  // Round 14b: blame in the passive voice is a passive of neglect or damage, a negated one, or one with a
  // cue of fault; a person as the agent of such an act (agent_fault) is the same with a "by" phrase.
  const faultWords = tokens.slice(first, last + 1).some((t) => t.isWord && (HARM.has(t.norm) || NEGLECT.has(t.norm)));
  const faultCue = tokens.slice(first, last + 1).some((t) => t.isWord && FAULT_CUES.has(t.norm));
  const fault = faultWords || faultCue || passives.includes(true);
  const passiveFault = passive && fault;
  const agentFault = agent && fault;
  let sympathy = 0;
  for (let i = first; i <= last; i++) if (tokens[i].isWord && SYMPATHY.has(tokens[i].norm)) sympathy += 1;
  const breach = procedureBreach(tokens, first, last);
  const [reported, rebutted] = reportedAndRebutted(tokens, first, last);
  const flagged = findings.some((f) => f.start < end && f.end > start);
  const features = [
    isOther(subjectKind) ? 1 : 0,
    agent ? 1 : 0,
    mentions ? 1 : 0,
    subjectKind === 'self' ? 1 : 0,
    subjectKind === 'system' ? 1 : 0,
    hindsight ? 1 : 0,
    Math.min(judgement, 2) / 2,
    negatedPerson ? 1 : 0,
    action ? 1 : 0,
    timestamp ? 1 : 0,
    question ? 1 : 0,
    evaluative ? 1 : 0,
    access ? 1 : 0,
    described ? 1 : 0,
    possessiveFault ? 1 : 0,
    pinned ? 1 : 0,
    duty ? 1 : 0,
    blameRejected,
    systemCondition ? 1 : 0,
    harm ? 1 : 0,
    rulesOnMasked ? 1 : 0,
    passive ? 1 : 0,
    Math.min(sympathy, 2) / 2,
    passiveFault ? 1 : 0,
    agentFault ? 1 : 0,
    breach ? 1 : 0,
    reported ? 1 : 0,
    rebutted ? 1 : 0,
  ];
  // Round 48: a judgement said of nobody ("Nobody here was careless; …") sets blame aside: the layer leaves it to the rules.
  // Round 50: so does a fragment with nothing said of the person: a name alone or with a title or role ("Frau Schwarz.",
  // "(Priya)", "- Otieno, on-call engineer").
  const nobodyJudged = judgedOfNobody(tokens, first, last) || isFragment(tokens, first, last, names);
  return {
    start,
    end,
    text: text.slice(start, end),
    masked,
    features,
    flagged,
    mentionsPerson: mentions && !nobodyJudged,
    passive: passive && !nobodyJudged,
  };
}

/** Round 23: a word of `list` among the `reach` words after `i`, within the sentence. */
function within(tokens: readonly Token[], i: number, reach: number, last: number, list: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= Math.min(last, i + reach); k++) if (tokens[k].isWord && list.has(tokens[k].norm)) return true;
  return false;
}

const AFTER_BEFORE = words('even anyone anybody had');
const STILL = words('still');

/** Round 23: an act against a procedure or its timing (`SKIPPED`, `CHECKS`). */
function procedureBreach(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (!tokens[i].isWord) continue;
    const word = tokens[i].norm;
    const next = i < last ? tokens[i + 1].norm : '';
    if (SKIPPED.has(word)) return true;
    if (word === 'with' && NONE.has(next)) return true;
    if (word === 'no' && within(tokens, i, 3, last, CHECKS)) return true;
    if (word === 'before' && within(tokens, i, 7, last, AFTER_BEFORE)) return true;
    if (word === 'while' && within(tokens, i, 8, last, STILL)) return true;
    if (word === 'even' && ['after', 'though', 'tho', 'before'].includes(next)) return true;
    if (word === 'in' && tokens[i + 1]?.norm === 'one' && ['go', 'shot'].includes(tokens[i + 2]?.norm ?? '')) return true;
    if ((word === 'at' && next === 'once') || (word === 'straight' && ['to', 'into', 'onto'].includes(next))) return true;
  }
  return false;
}

/** Round 23: whether the sentence reports blame others voiced (`REPORTING`), and whether it answers blame (`REBUTTING`). */
function reportedAndRebutted(tokens: readonly Token[], first: number, last: number): [boolean, boolean] {
  let reported = false;
  let rebutted = false;
  for (let i = first; i <= last; i++) {
    if (!tokens[i].isWord) continue;
    const word = tokens[i].norm;
    const previous = i > first ? tokens[i - 1].norm : '';
    if (REPORTING.has(word)) reported = true;
    if (word === 'before' && ['anyone', 'anybody', 'someone', 'people'].includes(tokens[i + 1]?.norm ?? '')) reported = true;
    // "the wrong branch" is an object, "full stop" an emphasis, not an answer.
    if (REBUTTING.has(word) && !(word === 'wrong' && DETERMINERS.has(previous)) && !(word === 'stop' && previous === 'full'))
      rebutted = true;
    if (NEGATED_REBUTTING.has(word) && negatedBefore(tokens, i, first)) rebutted = true;
    const byWriter = (from: number) => [tokens[from]?.norm, tokens[from - 1]?.norm].some((w) => w !== undefined && WRITERS.has(w));
    // "I refuse", "we won't", "I will not", "I'm not going to".
    if (REFUSING.has(word) && byWriter(i - 1)) rebutted = true;
    if (word === 'not' && ['will', 'am', "i'm", "we're", 'are'].includes(previous) && byWriter(i - 1)) rebutted = true;
  }
  return [reported, rebutted];
}

/** Chat shorthand, contractions written without the apostrophe, and command-line tools: no word list holds them, and they are never names. */
const CHAT_WORDS = words(`
  tbh ngl lol lmao imo imho afaik afaict fwiw fyi pls plz thx btw idk iirc omg smh ikr tho rn atm asap eta wfh ooo
  brb afk gg ty tysm np wtf ffs lgtm ptal nvm ack acked pinged yolo thats whats dont doesnt didnt isnt wasnt arent
  werent cant wont shouldnt couldnt wouldnt hasnt havent hadnt shouldve couldve wouldve mustve ive youre theyre shes
  hes theres heres wheres aint
  gonna wanna gotta dunno kinda sorta lemme gimme yea yep nope
  kubectl psql mysql redis nginx curl wget sudo npm yarn pip helm systemctl journalctl jq gcloud ansible
`);
/** Words after which a subject starts: chat openers, conjunctions, and "by" for a passive's agent. */
const SUBJECT_LEADS = words('and but so because cuz coz cos cause then when if since while until though by');

/**
 * Round 15b: a lower-case word that the English word list does not hold, in a subject's place (opening the
 * sentence, or after an opener or a conjunction, and before a word) or after "by": a name that chat wrote in
 * lower case ("roshan should have …", "opened by dariush"). Never a word of the lexicons (systems, roles,
 * openers), chat shorthand, a word with digits, or a compound of two listed words ("failover"). Since round 16a
 * it may stand before a contraction written without its apostrophe ("mariana shouldve known").
 */
function isUnknownLowercaseName(tokens: readonly Token[], i: number, first: number, english: WordList): boolean {
  const token = tokens[i];
  const word = token.base;
  if (!token.isWord || token.quoted || !/^\p{Ll}/u.test(token.text) || !/^\p{Ll}{3,}(?:-\p{Ll}{2,})?$/u.test(word)) return false;
  const parts = word.split('-');
  if (parts.some((p) => english.has(p)) || CHAT_WORDS.has(word) || OPENERS.has(word) || NEVER_NAMES.has(word)) return false;
  if (isSystemNoun(word) || ROLE_NOUNS.has(word) || PROPER_NON_PEOPLE.has(word) || DETERMINERS.has(word) || isCompound(word, english))
    return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous?.norm === 'by' && i > first) return true;
  const leads =
    i === first ||
    token.sentenceStart ||
    (previous?.isWord && (OPENERS.has(previous.norm) || CHAT_WORDS.has(previous.norm) || SUBJECT_LEADS.has(previous.norm)));
  const verbLike = next?.isWord && (english.has(next.base) || CHAT_WORDS.has(next.norm)) && !isSystemNoun(next.base);
  return Boolean(leads && verbLike && next.sentence === token.sentence);
}

/** Round 26: words after which a clause's subject starts in mid-sentence ("… that Kekoa should have", "all Mbaye needed"). */
const MID_LEADS = words('that all and but so because when if since while until though whom');

/**
 * Round 26: a capitalised word in mid-sentence that the English word list does not hold, after a word that
 * starts a clause's subject and before a listed word: a name the lexicons lack ("it is plain that Kekoa should
 * have …", "was all Csilla had to do"). Never a word of the lexicons (systems, roles, products), a quoted word,
 * or one with digits.
 */
function isUnknownNameAfterLead(tokens: readonly Token[], i: number, english: WordList): boolean {
  const token = tokens[i];
  const word = token.base;
  if (!token.isWord || token.quoted || !token.titleCase || token.sentenceStart || !/^\p{L}{3,}$/u.test(word)) return false;
  if (english.has(word) || isSystemNoun(word) || ROLE_NOUNS.has(word) || PROPER_NON_PEOPLE.has(word) || DETERMINERS.has(word)) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous?.isWord || !MID_LEADS.has(previous.norm) || previous.sentence !== token.sentence) return false;
  return Boolean(next?.isWord && next.sentence === token.sentence && english.has(next.base) && !isSystemNoun(next.base) && !next.titleCase);
}

/**
 * Two listed words of at least four letters each, written as one ("failover", "hostname", "workflow").
 * Shorter parts are not counted: a Scrabble list holds so many three-letter words ("boh", "dan") that
 * names would split into them.
 */
function isCompound(word: string, english: WordList): boolean {
  for (let k = 4; k <= word.length - 4; k++) if (english.has(word.slice(0, k)) && english.has(word.slice(k))) return true;
  return false;
}

/**
 * Round 16a: two capitalised words in a row, neither of them in the English word list nor a word of the
 * lexicons: a person's full name whose first name the list lacks ("Athena Dimou", "Renzo Salazar"), which
 * the rules take for a two-word product name ("Cloud Run", "New Relic" are made of listed words).
 */
function isUnknownFullName(tokens: readonly Token[], i: number, english: WordList): boolean {
  const same = (k: number) => tokens[k]?.sentence === tokens[i].sentence;
  // Round 44: one unknown word is enough when the other is a capitalised word of no lexicon ("Ndeye Fall",
  // "Moon Ye-rin", "Juliana Costa's"), and an initial stands for a first name ("P. Norbu").
  const pair = (a: number, b: number) =>
    same(a) &&
    same(b) &&
    !tokens[a].possessive &&
    ((isUnknownWord(tokens[a], english) && isPlainCapitalised(tokens[b])) ||
      (isPlainCapitalised(tokens[a]) && isUnknownWord(tokens[b], english)));
  if (pair(i, i + 1) || pair(i - 1, i)) return true;
  return isUnknownWord(tokens[i], english) && isInitial(tokens, i - 2) && same(i - 2);
}

/**
 * Round 44: a capitalised word (hyphenated parts allowed: "Soo-bin", "Pieter-Jan") that is no English word (for a
 * hyphenated one, not every part is) and no word of the lexicons: systems, roles, products, determiners.
 */
function isUnknownWord(token: Token | undefined, english: WordList): boolean {
  if (!token || !isPlainCapitalised(token) || NEVER_NAMES.has(token.norm) || OPENERS.has(token.base)) return false;
  return !token.base.split('-').every((part) => english.has(part) || isInflected(part, english));
}

/** An English word with an ending the list may not hold: "ticking" (tick), "shipping" (ship), "rerouted" (reroute). */
function isInflected(word: string, english: WordList): boolean {
  const m = /^(.{3,}?)(ing|ed|es|s|ly)$/.exec(word);
  if (!m) return false;
  const stem = m[1];
  return english.has(stem) || english.has(`${stem}e`) || (/(.)\1$/.test(stem) && english.has(stem.slice(0, -1)));
}

/** A capitalised word that no lexicon claims (a system, a role, a product, a determiner). */
const isPlainCapitalised = (token: Token | undefined): boolean =>
  Boolean(
    token?.isWord &&
      token.titleCase &&
      !token.quoted &&
      /^\p{L}{2,}(?:-\p{L}{2,})*$/u.test(token.base) &&
      !isSystemNoun(token.base) &&
      !ROLE_NOUNS.has(token.base) &&
      !PROPER_NON_PEOPLE.has(token.base) &&
      !DETERMINERS.has(token.base),
  );

/** Round 44: an initial with its full stop at `i` ("P." of "P. Norbu"). */
const isInitial = (tokens: readonly Token[], i: number): boolean =>
  i >= 0 && /^\p{Lu}$/u.test(tokens[i].text) && tokens[i + 1]?.text === '.';

/**
 * Round 44: an unknown word opening a sentence, before a listed word that is no system noun (or with a possessive):
 * "Tsering should never have …", "Hylke held …", "Ffion's understanding …". The word list stands in for the
 * suffixes and verbs the rules' reading asks for, which names from outside English ("-ing", "-ence", "-ion") fail.
 */
function isUnknownSubject(tokens: readonly Token[], i: number, english: WordList): boolean {
  const token = tokens[i];
  if (!token.sentenceStart || token.documentWord || !isUnknownWord(token, english)) return false;
  if (token.possessive) return true;
  const next = tokens[i + 1];
  return Boolean(next?.isWord && next.sentence === token.sentence && !next.titleCase && english.has(next.base) && !isSystemNoun(next.base));
}

/** Round 44: an unknown word standing alone after a label's colon or dash ("Culprit: Deng.", "here it is: Nolwenn, who …"). */
function isUnknownLabelled(tokens: readonly Token[], i: number, english: WordList): boolean {
  const before = tokens[i - 1]?.text ?? '';
  const after = tokens[i + 1];
  if (!isUnknownWord(tokens[i], english) || ![':', '—', '–'].includes(before)) return false;
  return !after || after.sentence !== tokens[i].sentence || [',', '.', ';', '!', '?', '('].includes(after.text);
}

/** A negation within the two words before `i` ("does not matter", "doesn't matter"). */
function negatedBefore(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = Math.max(first, i - 2); k < i; k++) if (NEGATIONS.has(tokens[k].norm) || tokens[k].norm.endsWith("n't")) return true;
  return false;
}

/** Round 50: at most two words in the sentence besides its names, each capitalised or a role ("Frau", "on-call engineer"). */
function isFragment(tokens: readonly Token[], first: number, last: number, names: ReadonlySet<number>): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t.isWord || names.has(k) || (isTitle(t.norm) && tokens[k + 1]?.text === '.')) continue;
    if (!t.titleCase && !ROLE_NOUNS.has(t.base)) return false;
    words++;
  }
  return words <= 2;
}

/** Round 50: prepositions of place; a capitalised word after one names a place ("at Settat", "in Tallinn"). */
const IN_PLACE = words('in at near across around outside inside throughout within towards toward');
/** Round 50: nouns a place name modifies ("Rosser elevator", "Ain Sebaa yard office", "Campo Grande depot"). */
const PLACE_HEADS = words(`
  office offices yard yards centre center terminal station stations depot depots site sites plant plants campus
  branch hall store stores warehouse port line hospital ward clinic airport elevator factory mine region district
  area city county street road bridge tunnel substation exchange dock docks gate gates facility lab laboratory
  headquarters hq pier quay berth rail railway junction
`);

/**
 * Round 50: a capitalised word that names a place, not a person: in a run of capitalised words after a preposition of
 * place ("at Settat", "in Tallinn"), or before a place noun ("Rosser elevator control", "Tallinn data centre"). Never a
 * known first name, and never a run with a possessive ("at Priya's desk").
 */
function isPlace(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.titleCase || token.possessive || isFirstName(token.base)) return false;
  let start = i;
  while (start > 0 && tokens[start - 1].titleCase && tokens[start - 1].isWord && !tokens[start - 1].sentenceStart) start--;
  let end = i;
  while (tokens[end + 1]?.isWord && tokens[end + 1].titleCase && !tokens[end + 1].possessive) end++;
  if (tokens[end].possessive) return false;
  const lead = tokens[start - 1];
  if (lead && IN_PLACE.has(lead.norm) && lead.sentence === token.sentence && !AT_SOMEONE.has(tokens[start - 2]?.norm ?? '')) return true;
  // The place noun the run modifies, over up to two system nouns ("Tallinn data centre"); never a verb after a name.
  for (let k = end + 1; k <= end + 3; k++) {
    const head = tokens[k];
    if (!head?.isWord || head.titleCase || head.sentence !== token.sentence) return false;
    if (PLACE_HEADS.has(head.norm)) return true;
    if (!isSystemNoun(head.base)) return false;
  }
  return false;
}

/** Round 50: words before "at" that aim at a person, not a place ("the finger points at Ottilie", "shouted at Ravi"). */
const AT_SOMEONE = words('points point pointed pointing looked look looking shouted yelled aimed angry mad frustrated annoyed glared');

/**
 * A name to mask: what the rules call a name, plus an unknown capitalised word opening the sentence
 * and followed by a verb-like word ("Xiomara must answer …"), unless it is a product, system, role or
 * an ordinary word of the document; with an English word list (the server), also the names it lacks
 * (rounds 15b and 16a: `isUnknownLowercaseName`, `isUnknownFullName`).
 */
function isMaskedName(tokens: readonly Token[], i: number, first: number, english: WordList | undefined): boolean {
  const token = tokens[i];
  if (!token.isWord) return false;
  if (token.norm.startsWith('@')) return token.norm.length > 1;
  // Round 48: "Nobody", "Everyone", "Anyone" opening a sentence were masked as a person ("Nobody was careless" read
  // "The engineer was careless"); they name no one.
  if (NOT_ONE_PERSON.has(token.norm)) return false;
  if (isPlace(tokens, i)) return false;
  if (isName(tokens, i)) return true;
  if (isFirstName(token.base) && token.titleCase) return true;
  if (
    english &&
    (isUnknownLowercaseName(tokens, i, first, english) ||
      isUnknownFullName(tokens, i, english) ||
      isUnknownNameAfterLead(tokens, i, english) ||
      isUnknownSubject(tokens, i, english) ||
      isUnknownLabelled(tokens, i, english))
  )
    return true;
  if (!token.titleCase || !token.sentenceStart || token.documentWord) return false;
  const word = token.base;
  if (NEVER_NAMES.has(token.norm)) return false;
  if (PROPER_NON_PEOPLE.has(word) || isSystemNoun(word) || DETERMINERS.has(word) || ROLE_NOUNS.has(word)) return false;
  if (OPENERS.has(word) || PREDICATE_SKIP.has(word) || word.length < 3 || /(ing|ly|ion|ment|ness|ity|ance|ence|ship|ure|age)$/.test(word))
    return false;
  const next = tokens[i + 1];
  if (!next) return false;
  if (token.possessive || AFTER_NAME.has(next.norm) || (next.isWord && /ed$/.test(next.norm) && next.norm.length > 4)) return true;
  // Round 5: an apposition ("Ravshan, as the approver, …"), unless the word is a connective ("However, as …").
  return next.text === ',' && APPOSITION.has(tokens[i + 2]?.norm ?? '') && !CONNECTIVES.has(word) && !/(ly|ever|fore)$/.test(word);
}
