import { describe, expect, it } from 'vitest';
import { learningSentences, reviewLanguage } from './index.ts';

/** Whether the rules flag the text as blame pinned on a person. */
const pinned = (text: string) => reviewLanguage(text).some((f) => f.rule === 'blame_individual');

describe('rules-pinned: an outcome pinned on a person (rounds 45–46)', () => {
  it.each([
    'The corrupted invoices are attributable to Hamid and his weekend hotfix.',
    'We attribute the whole outage, and the refunds that followed it, to Marta.',
    'This data loss belongs to Yusuf and nobody else.',
    "The missed settlement goes in Ingrid's column.",
    "Those six hours of downtime will go against Tariq's name at the quarterly review.",
    'The broken release was the doing of Pablo.',
    "The duplicate shipments were Agnieszka's doing.",
    'Culprit: Kwame, who pushed the config.',
    'At fault: Priya, for the failover.',
    'The two-day backlog at the warehouse is on Sven, full stop.',
    'The rollback was botched.',
    'The migration was badly mishandled by Dmitri.',
    'The disk alarms were ignored for an hour on the late shift.',
    'I hold Fatima personally responsible for the lost orders.',
    'Olga is at fault here.',
    'The culprit for the expired certificate has been identified as Ravi.',
    'Responsibility for the mass cancellation of the weekend bookings rests with Carlos.',
    'Hannah was on call that night and did not answer the pager.',
    'Jonas was on the database rota and never ran the backup check.',
  ])('flags "%s"', (text) => {
    expect(pinned(text)).toBe(true);
  });

  it.each([
    // No person, a system agent, or credit rather than blame.
    'We attribute the fast recovery to Maria and her calm triage.',
    'The outage is attributable to the expired certificate on the load balancer.',
    'The rollback was botched by the deploy script, which skipped the schema step.',
    'The disk alarms were ignored by the deduplication filter.',
    'The runbook update belongs to Chen as a follow-up.',
    // Blame set aside.
    'The committee declines to attribute the outage to the operator on duty.',
    'No single engineer is at fault here; the pipeline allowed it.',
    'Priya is not at fault.',
    'We do not hold anyone on the team responsible.',
    // On duty, kept from acting by a system.
    'Hannah was on call that night and did not get the page because the routing rule was wrong.',
    'Jonas was on the database rota and did not receive the alert, which went to an old channel.',
    // Responsibility for a duty, not an outcome.
    'Responsibility for the weekly restore test rests with the storage team lead.',
  ])('does not flag "%s"', (text) => {
    expect(pinned(text)).toBe(false);
  });
});

describe('learningSentences: names from outside the lists (round 44)', () => {
  const english = new Set(
    'should never have held write to the plan lacks skill for this job fall personally loss is attributable held moon so here it is pushed change without review ticking box was all had do'.split(
      ' ',
    ),
  );
  const masked = (text: string) => learningSentences(text, undefined, english).map((s) => s.masked);

  it('reads an unknown word opening a sentence before a listed word as a name', () => {
    expect(masked('Tsering should never have held write access to the plan.')).toEqual([
      'The engineer should never have held write access to the plan.',
    ]);
    expect(masked('Bence lacks the skill for this job.')).toEqual(['The engineer lacks the skill for this job.']);
  });

  it('reads a full name with one English part, a hyphenated name, a name after a colon and an initial', () => {
    expect(masked('The loss is attributable to Ndeye Fall personally.')).toEqual(['The loss is attributable to the engineer personally.']);
    expect(masked('Pieter-Jan Claes pushed the change without review.')).toEqual(['The engineer pushed the change without review.']);
    expect(masked('So here it is: Nolwenn.')).toEqual(['So here it is: The engineer.']);
    expect(masked('At fault: P. Norbu, the planner.')).toEqual(['At fault: The engineer, the planner.']);
  });

  it('leaves English words, inflected ones too, and capitalised words without a word list alone', () => {
    expect(masked('Ticking the box was all it had to do.')).toEqual(['Ticking the box was all it had to do.']);
    expect(learningSentences('Tsering should never have held write access.').map((s) => s.masked)).toEqual([
      'Tsering should never have held write access.',
    ]);
  });
});

describe('a judgement said of nobody sets blame aside (round 48)', () => {
  it.each([
    'Nobody here was careless; the seat map looked right on every screen.',
    'No one on the desk was incompetent or careless.',
    'No single rider was negligent.',
  ])('the rules leave "%s" alone', (text) => {
    expect(reviewLanguage(text).filter((f) => f.rule === 'human_error')).toEqual([]);
  });

  it.each(['There is no doubt he was careless.', 'The new lad was careless and nobody checked.'])('the rules still flag "%s"', (text) => {
    expect(reviewLanguage(text).some((f) => f.rule === 'human_error')).toBe(true);
  });

  it('the learned layer neither masks "Nobody" as a person nor reads a judgement said of nobody', () => {
    const english = new Set('nobody checked the backups that night was careless here'.split(' '));
    const [checked] = learningSentences('Nobody checked the backups that night.', undefined, english);
    expect(checked.masked).toBe('Nobody checked the backups that night.');
    const [careless] = learningSentences('Nobody was careless here.', undefined, english);
    expect(careless.mentionsPerson || careless.passive).toBe(false);
  });
});
