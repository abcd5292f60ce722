import { describe, expect, it } from 'vitest';
import { learningSentences, reviewLanguage } from './index.ts';

/** Whether the rules flag the text at all. */
const flagged = (text: string) => reviewLanguage(text).length > 0;

describe('round 49: blame reported or weighed, then set aside', () => {
  it.each([
    // A report answered anywhere in a later clause.
    'Some folks in the war room are saying Ottar is to blame, and I want it on record that he is not.',
    'A few people on the call said it was Renske’s fault; this review does not accept that.',
    'Some on the desk are calling it Bartek’s fault; it wasn’t, the page never reached him.',
    'Several engineers said the outage was the night operator’s fault; the review found nothing of the kind.',
    'People in the channel are blaming Ilse; nothing in the evidence supports that.',
    'Some people said Dorota was careless, but she followed the runbook exactly as written.',
    'Some people said Kaito was careless, but the tool he used had no validation at all.',
    'Marit asked whether she was to blame, and the answer from the panel was no.',
    'I have seen the thread blaming Yannick, and I am setting it aside: the guardrail was missing.',
    // A negated judgement, a refused verdict, a refused label or reading.
    'I do not accept that Bogdan was careless.',
    'Nobody here believes Aurelie was negligent.',
    'This review is not about whether Tomasz was careless; it is about the missing lock.',
    'We do not hold Fenna responsible for the lost orders.',
    'This review is not going to say Arvid screwed up.',
    'Don’t call it negligence by the on-call staff; they followed the procedure.',
    'Nobody should read this timeline as the support team being incompetent.',
    'We considered human error as a cause and rejected it.',
    'Asking who to blame for the outage gets us nowhere.',
    'Blaming the new hire would be comfortable, and it would be untrue.',
    'We reject any suggestion that the night supervisor was negligent.',
    'This report will not name a dispatcher at fault, since no dispatcher could have seen the error.',
  ])('leaves "%s" alone', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it.each([
    // The same words when the blame stands.
    'Ottar is to blame, and I want it on record.',
    'Bogdan was careless with the restore.',
    'We hold Fenna responsible for the lost orders.',
    'The new hire would have seen it if he had looked; Arvid screwed up.',
  ])('still flags "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('round 49: judgements and fixes about systems', () => {
  it.each([
    'The vendor SDK was careless with retries.',
    'Our failover design was careless: one server carried everything.',
    'The payout service behaved carelessly with retries.',
    'Just adding a queue-depth alert would have surfaced this within minutes.',
    'Simply adding a lock file to the job would have stopped the second run.',
    'Clearly the temperature data was bad.',
    'Clearly, going by the capacity chart, the line was overloaded all week.',
    'The query planner skipped the partial index.',
  ])('leaves "%s" alone', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it.each(['The payout engineer behaved carelessly with the retries.', 'Simply rolling back would have fixed it.'])(
    'still flags "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});

describe('round 49: more ways of naming who did it', () => {
  it.each([
    // Passive acts done on purpose, against the rules or without leave, the doer hidden or named.
    'The change freeze was knowingly broken.',
    'The schedule was overwritten by hand, against standing instructions.',
    'The repeater was unplugged without authorisation.',
    'The reversal script was run against production without sign-off.',
    'The warnings were brushed off by the night shift lead.',
    'The dashboard was misread by the shift leader.',
    'The berth window was double-booked by the night planner.',
    // Roles the person lexicon lacked, and "no" before a role.
    'The duty officer failed to run the pre-send check.',
    'Any decent supervisor would have spotted the alarm flood.',
    // A loss pinned on a person.
    'Radomir cost us the weekend.',
    'Every hour of delay traces back to Wiebke and her change.',
    // An unlisted name before "should have", and a rank before "on call".
    'Ezequiel should have seen the duplicate charges on the dashboard.',
    'Marisol was primary on call and did not answer the page for 47 minutes.',
  ])('flags "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'The rollout was paused without approval because the pipeline tripped its own breaker.',
    'The config was overwritten by the deploy job, against the runbook.',
    'The outage cost us four hours of orders.',
    'No engineer could have seen the error from the console.',
    'Monitoring should have caught the lag before customers did.',
    'The job dispatcher dropped the messages.',
  ])('leaves "%s" alone', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });
});

describe('round 50: the learned layer reads places and bare names as no one', () => {
  const english = new Set(
    'core switch down at yard office storage controller failure in data centre wagon reader not reading tags bin plan pushed to elevator control dropped the table broke build on call engineer'.split(
      ' ',
    ),
  );
  const read = (text: string) => learningSentences(text, undefined, english).map((s) => ({ masked: s.masked, person: s.mentionsPerson }));

  it.each([
    'Core switch down at Ain Sebaa yard office',
    'Storage controller failure in Tallinn data centre',
    'Wagon reader at Settat not reading tags',
    'Bin plan not pushed to Rosser elevator control',
  ])('does not mask or count a place in "%s"', (text) => {
    expect(read(text)).toEqual([{ masked: text, person: false }]);
  });

  it('still reads a person beside a place, and a place name with a possessive as a person', () => {
    expect(read('Priya dropped the table at Settat.')).toEqual([{ masked: 'The engineer dropped the table at Settat.', person: true }]);
    expect(read('It was at Kwame’s request.')[0].person).toBe(true);
  });

  it.each(['(Priya)', 'Frau Schwarz.', '- Otieno Okoth, on-call engineer'])(
    'does not read the fragment "%s" as a sentence about someone',
    (text) => {
      expect(read(text).every((s) => !s.person)).toBe(true);
    },
  );

  it('reads a short sentence that says something of the person', () => {
    expect(read('Priya broke it.')).toEqual([{ masked: 'The engineer broke it.', person: true }]);
  });
});
