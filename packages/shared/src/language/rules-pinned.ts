import { isParticiple } from './lexicon-verbs.ts';
import { BAD_OUTCOMES, negatedBefore, personAfter, personSubject } from './rules-kinds-shared.ts';
import { COPULA, LIES_WITH, PASSIVE_AUX } from './rules-responsibility.ts';
import type { Candidate, Token } from './types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Outcomes an incident write-up pins on someone, beyond `BAD_OUTCOMES`: stalls, backlogs, harm, delays. */
const OUTCOMES = words(`
  stall stalls stalled backlog backlogs harm harms delay delays delayed overbooking overbooked oversold shortfall
  disruption fiasco claim claims stoppage stopped cancellation cancellations
`);
/** "attributable to", "attributed directly to" (and "put down to", "belongs to"). */
const ATTRIBUTING = words('attribute attributed attributes attributing attributable ascribe ascribed ascribable traces traced');
/** What someone is held: "held responsible", "hold her accountable". */
const HELD = words('responsible accountable liable culpable');
/** The copulas of "was on call", "is on Tomek". */
const BE = words('is was are were');
/** The words that carry responsibility in "responsibility for … rests with X" (and blame, fault). */
const RESPONSIBILITY = words('responsibility blame fault');
/** "declines to attribute", "refused to put it down to". */
const DECLINING = words('decline declines declined refuse refuses refused');
const TO = words('to');
/** Adverbs that say a passive act was done on purpose or without care ("was knowingly broken"). */
const WILFUL = words('deliberately knowingly wilfully willfully carelessly recklessly');
/** What an act went against ("against standing instructions", "against every rule we have"). */
const AGAINST_WHAT = words(
  'runbook runbooks instructions instruction rule rules procedure procedures policy sop advice orders freeze protocol checklist',
);
/** What an act went without ("without authorisation", "without sign-off", "without telling anyone"). */
const WITHOUT_WHAT = words('authorisation authorization sign-off signoff approval permission telling asking');
/** "X cost us the weekend", "cost them a market day". */
const COST = words('cost costs');
const COST_WHOM = words('us them me the');
const BY = words('by');
const COLON = words(':');
const CULPRITS = words('culprit culprits');
/** Labels whose value is the person blamed ("Culprit: …", "At fault: …", "Fault owner: …"). */
const BLAME_LABELS = words('culprit culprits fault');
/** Participles that judge how a person did the work: in the passive, the person is only hidden ("the rollback was botched"). */
const BOTCHED = words('botched bungled mishandled fumbled flubbed butchered');
/** Participles of a signal left unanswered: in the passive, someone is blamed for it unnamed. */
const NEGLECTED = words('ignored overlooked disregarded dismissed neglected unanswered unacknowledged');
/** Signals a person answers: alarms, alerts, warnings, pages, calls, escalations. */
const SIGNALS = words('alarm alarms alert alerts warning warnings page pages call calls escalation escalations complaint complaints');

/**
 * `blame_individual` (variant `attribution`) for the forms of pinning an outcome on a person that
 * rules-responsibility.ts leaves out (round 45): attribution ("the loss is attributable to Juliana's re-run",
 * "we attribute the outage … to Koen"), the person's column or name ("goes in Gonzalo's column", "will go against
 * Lahiru's name"), "the doing of X" / "X's doing", a label whose value is a person ("Culprit: the night
 * dispatcher, Valentina", "At fault: Priya"), and a judging participle in the passive ("the rollback was botched",
 * with no agent or a person as agent). Every form needs a person (or, for the passive, no system agent); the
 * attributions and columns also a bad outcome before them, so "we attribute the fast recovery to Maria" is left alone.
 * Round 49 adds "traces back to X", "X cost us …", a rank before "on call" ("was primary on call and did not …"), and a
 * passive act done knowingly, against the rules or without leave, its doer hidden or a person.
 */
export function pinnedRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number) => found.push({ rule: 'blame_individual', start, end, variant: 'attribution' });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const sentence = token.sentence;
    const outcomeBefore = () => outcomeIn(tokens, i - 12, i - 1, sentence);

    if (ATTRIBUTING.has(word) || (word === 'down' && tokens[i - 1]?.norm === 'put') || word === 'belongs') {
      // Not when the attribution is declined ("declines to attribute the incident to the operator").
      if (negatedBefore(tokens, i, 3) || DECLINING.has(tokens[i - 2]?.norm ?? '')) continue;
      const to = nextIn(tokens, i, TO, 20);
      const person = to >= 0 ? personAfter(tokens, to + 1) : -1;
      if (person >= 0 && (outcomeBefore() || outcomeIn(tokens, i + 1, to - 1, sentence))) add(i, person);
    } else if ((word === 'column' || word === 'name' || word === 'account') && i >= 2) {
      // "goes in Gonzalo's column", "will go against Lahiru's name": the person's possessive just before.
      const owner = tokens[i - 1];
      const lead = tokens[i - 2]?.norm ?? '';
      if (owner.possessive && possessor(tokens, i - 1) && ['in', 'against', 'on', 'to'].includes(lead) && outcomeBefore()) add(i - 1, i);
    } else if (word === 'doing') {
      // "the doing of Pieter-Jan", "this was Kidane's doing".
      if (tokens[i + 1]?.norm === 'of') {
        const person = personAfter(tokens, i + 2);
        if (person >= 0) add(i, person);
      } else if (tokens[i - 1]?.possessive && possessor(tokens, i - 1)) add(i - 1, i);
    } else if (BLAME_LABELS.has(word) && isLabel(tokens, i)) {
      const colon = nextIn(tokens, i, COLON, 3);
      const person = personAfter(tokens, colon + 1);
      if (person >= 0) add(i, person);
    } else if (word === 'hold' || word === 'holds' || word === 'held') {
      // "I hold Siobhan Quinn personally responsible for it" (not "we do not hold anyone responsible").
      const person = personAfter(tokens, i + 1);
      let k = person + 1;
      while (tokens[k]?.titleCase && tokens[k].sentence === sentence) k++; // the rest of a full name
      if (tokens[k]?.norm.endsWith('ly')) k++;
      if (person >= 0 && HELD.has(tokens[k]?.norm ?? '') && !negatedBefore(tokens, i, 3)) add(i, k);
    } else if (word === 'fault' && tokens[i - 1]?.norm === 'at' && COPULA.has(tokens[i - 2]?.norm ?? '')) {
      // "Lucía Gorostiaga is at fault here" (the copula right before "at").
      const copula = i - 2;
      const subject = personSubject(tokens, copula);
      if (subject.kind === 'person' && !negatedAfter(tokens, copula) && !negatedBefore(tokens, copula, 6)) add(subject.first, i);
    } else if (word === 'identified' || word === 'named') {
      // "culprit for the 9 Jan mass cancellation identified as Bartek".
      if (tokens[i + 1]?.norm === 'as' && previousIn(tokens, i, CULPRITS, 8)) {
        const person = personAfter(tokens, i + 2);
        if (person >= 0) add(i, person);
      }
    } else if (RESPONSIBILITY.has(word)) {
      // "Responsibility for the mass cancellation of emergency repairs rests with Mr Iain Sutherland" (farther than
      // rules-responsibility.ts reads, and with this file's outcomes).
      const rests = nextIn(tokens, i, LIES_WITH, 12);
      const prep = rests >= 0 ? rests + 1 + (['squarely', 'entirely', 'solely'].includes(tokens[rests + 1]?.norm ?? '') ? 1 : 0) : -1;
      const person = prep >= 0 && ['with', 'on', 'upon'].includes(tokens[prep]?.norm ?? '') ? personAfter(tokens, prep + 1) : -1;
      if (person >= 0 && outcomeIn(tokens, i + 1, rests - 1, sentence)) add(i, person);
    } else if (ON_DUTY.has(word) && dutyOf(tokens, i) >= 0) {
      // "Basia was on call for the WMS that night and did not pick up for forty minutes", "Bram was on the storm rota
      // and did not do the hourly check": a person on duty who did not do it.
      const failed = failedAfter(tokens, i);
      if (failed >= 0) add(dutyOf(tokens, i), failed);
    } else if (word === 'on' && BE.has(tokens[i - 1]?.norm ?? '')) {
      // "The four-hour stall on shuttle aisle 3 is on Tomek, full stop", "Pit stopped 02:00–07:30 — that one is on Matías".
      const person = personAfter(tokens, i + 1);
      const end = tokens[person + 1];
      if (person >= 0 && (!end || !end.isWord || end.sentence !== sentence) && outcomeBefore()) add(i, person);
    } else if (NEGLECTED.has(word) && passiveBefore(tokens, i) && previousIn(tokens, i, SIGNALS, 6)) {
      // "The under-frequency alarms were ignored for twelve minutes", "warning overlooked by night supervisor".
      const by = nextIn(tokens, i, BY, 6);
      const agent = by >= 0 ? personAfter(tokens, by + 1) : -2;
      if (agent === -2 || agent >= 0) add(i, agent >= 0 ? agent : i);
    } else if (COST.has(word) && COST_WHOM.has(tokens[i + 1]?.norm ?? '')) {
      // Round 49: "Seu Raimundo cost us the Ibirapuera cluster on Monday": a person as the subject of a loss.
      const subject = personSubject(tokens, i);
      if (subject.kind === 'person' && !subject.distant && !negatedBefore(tokens, i, 2)) add(subject.first, i);
    } else if (
      WILFUL.has(word) ||
      (word === 'against' && nextIn(tokens, i, AGAINST_WHAT, 4) >= 0) ||
      (word === 'without' && nextIn(tokens, i, WITHOUT_WHAT, 3) >= 0)
    ) {
      // Round 49: a passive act done on purpose, without care, against the rules or without leave, its doer hidden
      // ("the freeze was knowingly broken", "the berth schedule was overwritten by hand, against standing
      // instructions", "the repeater was unplugged without authorisation"). Not with a system as agent, and not
      // when the sentence explains it by something else ("… without approval, because the CAB tool was down").
      const act = passiveIn(tokens, i);
      if (act >= 0 && nextIn(tokens, i, EXPLAINING, 20) < 0) add(act, i);
    } else if (BOTCHED.has(word) && passiveBefore(tokens, i)) {
      const agent = tokens[i + 1]?.norm === 'by' ? personAfter(tokens, i + 2) : -2;
      if (agent === -2 || agent >= 0) add(i, agent >= 0 ? agent : i);
    }
  }
  return found;
}

/** A passive auxiliary just before `i`, or before an adverb there ("was botched", "was badly botched"). */
const passiveBefore = (tokens: readonly Token[], i: number): boolean =>
  PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '') || (Boolean(tokens[i - 1]?.norm.endsWith('ly')) && PASSIVE_AUX.has(tokens[i - 2]?.norm ?? ''));

/**
 * A passive participle among the 12 tokens before `i` in its clause ("was overwritten", "were run"), whose agent, if
 * named, is not a system and whose subject is not a person; else −1.
 */
function passiveIn(tokens: readonly Token[], i: number): number {
  if (WILFUL.has(tokens[i].norm) && isParticiple(tokens[i + 1]?.norm ?? '') && PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '')) return i + 1;
  for (let k = i - 1; k >= Math.max(0, i - 12) && tokens[k].sentence === tokens[i].sentence && tokens[k].text !== ';'; k--) {
    if (!isParticiple(tokens[k].norm) || !passiveBefore(tokens, k)) continue;
    if (tokens[k + 1]?.norm === 'by' && tokens[k + 2]?.norm !== 'hand' && personAfter(tokens, k + 2) < 0) return -1;
    const aux = tokens[k - 1].norm.endsWith('ly') ? k - 2 : k - 1;
    return personSubject(tokens, aux).kind === 'person' ? -1 : k;
  }
  return -1;
}

/** Words between "was" and "on call": "was primary on call", "was also on the rota". */
const DUTY_RANKS = words('primary secondary backup also still first second');

/** Words that put a person on duty: "on call", "on the … rota", "on duty", "on shift", "rostered". */
const ON_DUTY = words('call rota roster duty shift rostered');
/** Verbs a person on duty does not do because a system kept it from them ("did not get the page"). */
const UNDONE_BY_SYSTEMS = words('get receive hear see know');
/** Words that explain a failure by something else ("… did not pick up because the pager app crashed"). */
const EXPLAINING = words('because since as so until');

/**
 * The first token of the person on duty, when `i` ends "was on call", "was on the storm rota", "was rostered" with a
 * person as subject; else −1.
 */
function dutyOf(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[i].norm === 'rostered') k = i;
  else {
    while (k > i - 4 && k >= 0 && tokens[k].isWord && tokens[k].norm !== 'on') k--;
    if (tokens[k]?.norm !== 'on') return -1;
  }
  let copula = k - 1;
  // Round 49: "Marisol was primary on call", "was also on the rota".
  if (DUTY_RANKS.has(tokens[copula]?.norm ?? '')) copula--;
  if (!BE.has(tokens[copula]?.norm ?? '')) return -1;
  const subject = personSubject(tokens, copula);
  return subject.kind === 'person' && !subject.distant ? subject.first : -1;
}

/** The negated verb of "… and did not pick up", "… but never did the check" within 16 words after `i`, or −1. */
function failedAfter(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 16 && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    if (tokens[k].text === ';' || EXPLAINING.has(tokens[k].norm)) return -1;
    if (tokens[k].norm !== 'and' && tokens[k].norm !== 'but') continue;
    let v = k + 1;
    if (['did', 'does'].includes(tokens[v]?.norm ?? '') && tokens[v + 1]?.norm === 'not') v += 2;
    else if (["didn't", 'never'].includes(tokens[v]?.norm ?? '')) v += 1;
    else continue;
    const verb = tokens[v];
    if (!verb?.isWord || UNDONE_BY_SYSTEMS.has(verb.norm) || UNDONE_BY_SYSTEMS.has(verb.norm.replace(/s$/, ''))) return -1;
    for (let m = v + 1; m <= v + 12 && m < tokens.length && tokens[m].sentence === tokens[i].sentence; m++)
      if (EXPLAINING.has(tokens[m].norm)) return -1;
    return v;
  }
  return -1;
}

/** The first token after `i` (within `reach`, in the sentence) that is one of `list`, or −1. */
function nextIn(tokens: readonly Token[], i: number, list: ReadonlySet<string>, reach: number): number {
  for (let k = i + 1; k <= i + reach && k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++)
    if (list.has(tokens[k].norm)) return k;
  return -1;
}

/** A negation right after a copula ("is not at fault"). */
const negatedAfter = (tokens: readonly Token[], copula: number): boolean =>
  ['not', 'never', "n't"].includes(tokens[copula + 1]?.norm ?? '') || (tokens[copula]?.norm ?? '').endsWith("n't");

/** Whether a word of `list` is among the `reach` words before `i`, in the sentence. */
function previousIn(tokens: readonly Token[], i: number, list: ReadonlySet<string>, reach: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach) && tokens[k].sentence === tokens[i].sentence; k--)
    if (list.has(tokens[k].norm)) return true;
  return false;
}

/** A bad outcome (`BAD_OUTCOMES` or this file's `OUTCOMES`) among the tokens `from`–`to` of the sentence. */
function outcomeIn(tokens: readonly Token[], from: number, to: number, sentence: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++)
    if (tokens[k].sentence === sentence && tokens[k].isWord && (OUTCOMES.has(tokens[k].norm) || BAD_OUTCOMES.has(tokens[k].norm)))
      return true;
  return false;
}

/** Whether the possessive at `i` is a person's ("Gonzalo's", "the planner's"): read as the head of a phrase. */
function possessor(tokens: readonly Token[], i: number): boolean {
  const start = ['the', 'a', 'an', 'our', 'their', 'his', 'her'].includes(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
  return personAfter(tokens, start) === i || personAfter(tokens, i) === i;
}

/**
 * Whether the word at `i` starts a label ending in a colon: "Culprit:", "Culprit identified:", "At fault:",
 * "Fault owner:" (at most two words before the colon, the word first in its sentence or after "at").
 */
function isLabel(tokens: readonly Token[], i: number): boolean {
  const colon = nextIn(tokens, i, COLON, 3);
  if (colon < 0) return false;
  const before = tokens[i - 1];
  const first = !before || before.sentence !== tokens[i].sentence || !before.isWord;
  return tokens[i].norm === 'fault'
    ? (before?.norm === 'at' && (i < 2 || !tokens[i - 2].isWord || tokens[i - 2].sentence !== tokens[i].sentence)) ||
        (first && tokens[i + 1]?.norm === 'owner')
    : first;
}
