import { isParticiple } from './lexicon-verbs.ts';
import { BAD_OUTCOMES, badOutcomeIn, headBefore, personAfter, personSubject } from './rules-kinds-shared.ts';
import type { Candidate, Token } from './types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

const RESPONSIBLE = words('responsible accountable responsibility culpable liable');
/** "lies with", "rests on", "falls to": where responsibility is put. */
export const LIES_WITH = words('lies lay rests rested falls fell sits sat lie rest fall');
const CULPRITS = words('culprit culprits guilty');
/** The copulas of "the culprit was X" (rules-pinned.ts reads them too). */
export const COPULA = words('is was are were be been');
/** Auxiliaries of the passive voice (the learned layer's `passive` feature reads them too). */
export const PASSIVE_AUX = words('was were been be being is are got get gets');
/** Participles that damage something: in the passive with a person as agent they pin the damage on them. */
const DAMAGE_PARTICIPLES = words(`
  dropped deleted wiped purged removed truncated overwritten overwrote corrupted silenced disabled broken
  botched misconfigured killed destroyed erased lost leaked exposed mangled trashed nuked bungled
  mishandled sabotaged ruined
  misread misheard mistyped miskeyed misjudged mislabelled mislabeled misfiled double-booked ignored overlooked
  brushed waved
`);
/** Particles of a phrasal participle before its agent ("was brushed off by the shift lead"). */
const PARTICLES = words('off aside away out over');
/** Responses to an incident: "the outage was detected by Priya" credits, never blames. */
const RESPONSE_PARTICIPLES = words(`
  detected noticed spotted reported caught fixed resolved mitigated handled acknowledged escalated
  investigated declared diagnosed found flagged raised debugged reverted paged contained restored
  communicated announced confirmed reproduced documented explained reviewed approved
`);

/**
 * `blame_individual` for two structures of issue #14: responsibility or blame pinned on a person
 * ("Tariq will be held responsible for the duplicate charges", "the blame falls on Anneke",
 * "the incident is down to Lucía", "the culprit was the contractor"), and the passive voice with a
 * person as agent of a damaging act or a fault ("the table was dropped by Priyanka", "the mistake
 * was made by the one who wrote the job"). Role definitions ("the incident commander is responsible
 * for coordinating") name no bad outcome and are left alone; system agents are never flagged.
 */
export function responsibilityRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number) => found.push({ rule: 'blame_individual', start, end, variant: 'attribution' });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const sentence = token.sentence;

    if (RESPONSIBLE.has(word)) {
      const liesWith = pinnedOn(tokens, i + 1);
      const forBad = blamedFor(tokens, i + 1);
      const outcome = badOutcomeIn(tokens, i - 6, i - 1, sentence) || badOutcomeIn(tokens, i + 1, liesWith, sentence);
      if (liesWith >= 0 && outcome) add(i, liesWith);
      else if (forBad) {
        const subject = headBefore(tokens, i, 6);
        const named = subject.kind === 'none' ? personSubject(tokens, i) : subject;
        if (named.kind === 'person') add(named.first, i);
      }
    } else if (word === 'blame' && tokens[i - 1]?.norm === 'to') {
      const subject = headBefore(tokens, i - 1, 6);
      const named = subject.kind === 'none' ? personSubject(tokens, i - 1) : subject;
      if (named.kind === 'person') add(named.first, i);
    } else if (word === 'blame') {
      const target = pinnedOn(tokens, i + 1);
      if (target >= 0) add(i, target);
    } else if (CULPRITS.has(word)) {
      let k = i + 1;
      if (tokens[k]?.norm === 'party') k++;
      if (COPULA.has(tokens[k]?.norm ?? '')) {
        const person = personAfter(tokens, k + 1);
        if (person >= 0) add(i, person);
      }
    } else if ((word === 'down' && tokens[i + 1]?.norm === 'to') || (word === 'on' && COPULA.has(tokens[i - 1]?.norm ?? ''))) {
      // "This incident is entirely down to Lucía", "The outage is on Ingrid;"
      const at = word === 'down' ? i + 2 : i + 1;
      const person = personAfter(tokens, at);
      const end = tokens[person + 1];
      const closes = word === 'down' || !end || !end.isWord || end.sentence !== sentence;
      if (person >= 0 && closes && badOutcomeIn(tokens, i - 5, i - 1, sentence)) add(i, person);
    } else if (word === 'by' && i >= 2) {
      passiveAgent(tokens, i, add);
    }
  }
  return found;
}

const NP_STOPS = words(`
  of in on at during after before with for from to that which who and or but was were is are while when
  because since so as until though although if
`);
/** Nouns that are a bad outcome only as the head of the phrase ("the outage", not "the outage review"). */
const OUTCOME_NOUNS = words(`
  outage outages incident incidents loss losses failure failures mistake mistakes error errors bug bugs
  breach breaches downtime damage regression regressions mess mishap blunder typo crash crashes leak
  data-loss lapse
`);
/** Gerunds that lead to a bad outcome named after their object ("letting the certificate lapse"). */
const CAUSING_GERUNDS = words('letting taking causing allowing');

/**
 * Whether "responsible for …" names a bad outcome: "for the data loss", "for the duplicate charges",
 * "for letting the certificate lapse", "for taking down the login service" — but not role duties
 * ("for declaring the incident", "for the postmortem of the outage", "for the incident review").
 */
function blamedFor(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'for') return false;
  const sentence = tokens[i].sentence;
  let k = i + 1;
  const first = tokens[k]?.norm ?? '';
  if (first.endsWith('ing') && !BAD_OUTCOMES.has(first)) {
    if (!CAUSING_GERUNDS.has(first)) return false;
    return badOutcomeIn(tokens, k + 1, k + 6, sentence);
  }
  for (; k < i + 8 && k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.isWord || token.sentence !== sentence || NP_STOPS.has(token.norm)) return false;
    if (OUTCOME_NOUNS.has(token.norm)) {
      const next = tokens[k + 1];
      if (!next?.isWord || next.sentence !== sentence || NP_STOPS.has(next.norm)) return true;
    } else if (BAD_OUTCOMES.has(token.norm)) return true;
  }
  return false;
}

/** "lies with Carlos", "falls squarely on Anneke": index of the person's last token, or -1. */
function pinnedOn(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.norm === 'for') {
    // "Responsibility for the lost orders lies with Carlos": skip the object.
    while (k < i + 7 && tokens[k] && !LIES_WITH.has(tokens[k].norm)) k++;
  }
  if (!LIES_WITH.has(tokens[k]?.norm ?? '')) return -1;
  k++;
  if (tokens[k]?.norm === 'squarely' || tokens[k]?.norm === 'entirely' || tokens[k]?.norm === 'solely') k++;
  if (!['with', 'on', 'upon'].includes(tokens[k]?.norm ?? '')) return -1;
  return personAfter(tokens, k + 1);
}

function passiveAgent(tokens: readonly Token[], by: number, add: (start: number, end: number) => void) {
  const participle = PARTICLES.has(tokens[by - 1].norm) ? by - 2 : by - 1;
  const verb = tokens[participle].norm;
  if (!(isParticiple(verb) || DAMAGE_PARTICIPLES.has(verb)) || RESPONSE_PARTICIPLES.has(verb)) return;
  if (!PASSIVE_AUX.has(tokens[participle - 1]?.norm ?? '') && !PASSIVE_AUX.has(tokens[participle - 2]?.norm ?? '')) return;
  const person = personAfter(tokens, by + 1);
  if (person < 0) return;
  const sentence = tokens[by].sentence;
  const faultySubject = badOutcomeIn(tokens, participle - 8, participle - 1, sentence);
  if (DAMAGE_PARTICIPLES.has(verb) || faultySubject) add(participle, person);
}
