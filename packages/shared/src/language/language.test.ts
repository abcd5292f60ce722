import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS, DEV_KINDS, DEV_LEARNED10A, DEV_LEARNED10B, DEV_LEARNED10C, DEV_REFRAMED, HELDOUT_KINDS, HELDOUT_PARTS } from './corpus.ts';
import { evaluateCorpus, evaluateItems } from './evaluate.ts';
import { LANGUAGE_RULES, type LanguageFinding, LEARNED_FEATURES, learningClauses, learningSentences, reviewLanguage } from './index.ts';

/** The flagged text of each finding, with its rule. */
function flagged(text: string): Array<[string, string]> {
  return reviewLanguage(text).map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);
}

function expectWellFormed(text: string, findings: LanguageFinding[]): void {
  let previousEnd = 0;
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(previousEnd); // sorted and non-overlapping
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(LANGUAGE_RULES).toContain(finding.rule);
    expect(finding.message.length).toBeGreaterThan(20);
    expect(finding.suggestion.length).toBeGreaterThan(20);
    previousEnd = finding.end;
  }
}

describe('reviewLanguage: exact spans', () => {
  it('flags "Bob broke" in "Then Bob broke the deploy."', () => {
    const findings = reviewLanguage('Then Bob broke the deploy.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 5, end: 14, rule: 'blame_individual' });
    expect(findings[0].message).toContain('"Bob broke"');
  });

  it.each([
    ['She forgot to renew the cert before it expired.', 'blame_individual', 'She forgot'],
    ["They didn't check the config before applying it.", 'blame_individual', "They didn't check"],
    ["It was Dave's fault that the backups were disabled.", 'blame_individual', "Dave's fault"],
    ["Alice's mistake cost us two hours.", 'blame_individual', "Alice's mistake"],
    ['The intern pushed a bad change to billing.', 'blame_individual', 'The intern pushed a bad change'],
    ['Nobody checked the error budget.', 'blame_individual', 'Nobody checked'],
    ['The outage was caused by Greg.', 'blame_individual', 'caused by Greg'],
    ['The root cause was human error.', 'human_error', 'human error'],
    ['Honestly it was PEBKAC.', 'human_error', 'PEBKAC'],
    ['Bob should have checked the dashboard.', 'hindsight', 'should have'],
    ['Had they just waited for the canary, it would have been fine.', 'hindsight', 'Had they just'],
    ['If only Alice had read the release notes.', 'hindsight', 'If only'],
    ['Just restart it and the queue will drain.', 'minimizing', 'Just'],
    ['Everyone knows you do not deploy on Fridays.', 'minimizing', 'Everyone knows'],
    ['The on-call failed to respond to the page.', 'failed_to_person', 'The on-call failed to'],
    ['Gabriel, the on-call engineer, failed to join the bridge.', 'failed_to_person', 'Gabriel, the on-call engineer, failed to'],
  ])('%s', (text, rule, span) => {
    expect(flagged(text)).toEqual([[rule, span]]);
  });

  it('uses UTF-16 offsets (emoji and curly apostrophes)', () => {
    const text = '🔥🔥 At 12:40 it was Dave’s fault, and then Zoë’s team… no: then Bob broke prod.';
    expect(flagged(text)).toEqual([
      ['blame_individual', 'Dave’s fault'],
      ['blame_individual', 'Bob broke'],
    ]);
  });

  it('returns several findings in order without overlaps', () => {
    const text = 'Obviously the index was missing. Bob should have checked, but he ignored the alert. The deploy failed to start.';
    expect(flagged(text)).toEqual([
      ['minimizing', 'Obviously'],
      ['hindsight', 'should have'],
      ['blame_individual', 'he ignored'],
    ]);
  });

  it('keeps the higher-priority finding when two overlap', () => {
    expect(flagged('Hugo just ignored it.')).toEqual([['blame_individual', 'Hugo just ignored']]);
  });
});

describe('reviewLanguage: system language is not flagged', () => {
  it.each([
    'The deploy failed to start.',
    'The job failed to connect to the database.',
    'The cache should expire after 5 min.',
    'The job should have retried automatically.',
    'The database could have run out of connections.',
    'We should add an alert for replication lag.',
    'The service broke after the upgrade.',
    'Alice restarted the pod at 12:40.',
    'Bob noticed the alert.',
    'Latency spiked just after 12:40.',
    'The compiler uses a simply-typed intermediate representation.',
    'The Kubernetes operator failed to reconcile the stateful set.',
    'Every engineer should have access to the dashboards.',
    'The responder should have been paged by the secondary alert.',
    'The on-call engineer could not have known the dashboard was stale.',
    "The health checks passed, but they didn't check the dependency.",
    'Lazy loading of images hid the problem in staging.',
    '',
  ])('%s', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it('does not flag reported speech of four words or more', () => {
    expect(reviewLanguage('Bob wrote in the channel: "I think someone broke the deploy, rolling back now."')).toEqual([]);
    expect(flagged('The postmortem said "human error".')).toEqual([['human_error', 'human error']]);
  });

  it('does not flag blame that is reported only to be rejected or reframed (round 6), and still flags blame told plainly', () => {
    for (const text of [
      "The first version of this review said the outage was Renata's fault; we removed that line because it explains nothing.",
      'It would be easy to say Haruto made a mistake, but the tool gave him no warning.',
      'Blaming Anahera would miss the point: the deploy script had no guard at all.',
      'Labelling this as human error would hide the missing confirmation step.',
      'Nobody blames Svetlana; she escalated as soon as the graphs made sense.',
      'Rather than pinning it on Tariq, the review looks at why the runbook was out of date.',
    ])
      expect(flagged(text), text).toEqual([]);
    expect(flagged("The outage was Renata's fault.")).toEqual([['blame_individual', "Renata's fault"]]);
    expect(flagged('Haruto made a mistake, but the tool gave him no warning.').map(([rule]) => rule)).toEqual(['blame_individual']);
    expect(flagged('The draft said the outage was caused by the database; Bob broke it.').map(([rule]) => rule)).toEqual([
      'blame_individual',
    ]);
  });

  it('reads carelessness words said of a system as a look-alike, and still flags them said of a person (round 14)', () => {
    for (const text of [
      'Our alerting pipeline was negligent about the staging cluster for months.',
      'That queue consumer is lazy: it acks before it writes.',
    ])
      expect(flagged(text), text).toEqual([]);
    for (const text of [
      'She was negligent about the rollback plan.',
      'It was sloppy of him to skip review.',
      'Whoever wrote this is incompetent.',
      'The billing table was carelessly truncated by Ilse.',
      'The engineer they borrowed from the payments team is incompetent.',
    ])
      expect(
        flagged(text).map(([rule]) => rule),
        text,
      ).toContain('human_error');
  });

  it('reads "just / simply" + a gerund as minimizing only for a person or in hindsight, not for a fix named as a noun phrase (round 6)', () => {
    expect(flagged('Simply raising the memory limit would only delay the leak.')).toEqual([]);
    expect(flagged('The remedy was simply raising the timeout.')).toEqual([]);
    expect(flagged('Simply rolling back would have fixed it in five minutes.')).toEqual([['minimizing', 'Simply']]);
    expect(flagged('He could have avoided it by simply checking the logs.').map(([rule]) => rule)).toContain('minimizing');
  });
});

describe('reviewLanguage: the blame kinds of issue #14', () => {
  it.each([
    ['Magnus is responsible for the outage in the EU region.', 'blame_individual', 'Magnus is responsible'],
    ['Responsibility for the data breach rests with Yara.', 'blame_individual', 'Responsibility for the data breach rests with Yara'],
    ['The schema was dropped by Ludmila during the cleanup.', 'blame_individual', 'dropped by Ludmila'],
    ['The mistake was made by the engineer who rotated the keys.', 'blame_individual', 'made by the engineer who'],
    ['Gustavo does not know what he is doing with DNS.', 'human_error', 'Gustavo does not know what he is doing'],
    ['The new SRE was out of her depth during the failover.', 'human_error', 'The new SRE was out of her depth'],
    ['Tobias did not do his job on the night of the outage.', 'failed_to_person', 'Tobias did not do his job'],
    ['The incident commander let the whole team down.', 'failed_to_person', 'The incident commander let the whole team down'],
    ['Bongani should never have been allowed to push to main.', 'hindsight', 'Bongani should never have been allowed'],
    ['We should not have trusted Felipe with the database keys.', 'hindsight', 'should not have trusted Felipe'],
    ['Giving Rustam production access was a mistake.', 'hindsight', 'Giving Rustam'],
  ])('%s', (text, rule, span) => {
    expect(flagged(text)).toEqual([[rule, span]]);
  });

  it.each([
    'The scheduler is responsible for retries.',
    'The on-call engineer is responsible for declaring the incident.',
    'Priya is responsible for the postmortem of the outage.',
    'The team lead is accountable for the incident review meeting.',
    'The outage was detected by Priya at 12:40.',
    'The schema was dropped by the cleanup script.',
    'The retry logic does not know what to do with a 429.',
    'The cron job did not do its job while the lock was held.',
    'The release should not have been allowed to proceed without a canary.',
    'We should not have trusted the replica lag metric.',
    'Letting the cache warm up before routing traffic avoided the spike.',
  ])('leaves the look-alike alone: %s', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it('reaches 0.95 precision and recall on the held-out sentences of these kinds (never tuned on)', () => {
    const heldOut = evaluateItems(HELDOUT_KINDS);
    expect(HELDOUT_KINDS.length).toBeGreaterThanOrEqual(100);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.95);
    const dev = evaluateItems(DEV_KINDS);
    expect(dev.precision).toBeGreaterThanOrEqual(0.95);
    expect(dev.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('reviewLanguage: rejected blame and culprits (round 9)', () => {
  it.each([
    "It wasn't Oksana's fault that the failover script pointed at the old cluster; nothing told her which one was live.",
    'No one person caused this outage; four gaps lined up.',
    "We don't think Odile made a mistake; the dashboard showed stale numbers.",
    "Some said Ahmed should have checked the replica first; that's hindsight, because the lag graph was green at the time.",
    "ppl keep saying sven broke it. he didn't, the cron did",
    "Was it really Jarrah's mistake, or did the deploy tool make the wrong target the default?",
    'The culprit was a stale DNS record.',
    'The guilty party was a cron job that ran twice.',
    'She is the one who brought the database back, at 03:40.',
    'Marguerite owns the incident review process.',
  ])('sets aside rejected blame and system culprits: %s', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it.each([
    'Not blaming Kenji or anything, but his change took us down.',
    "It wasn't the tooling's fault; it was Saoirse's.",
    'Yannick was the culprit.',
    'The one who broke prod was Dariusz.',
    'The guilty party here is the DBA on shift.',
    'If you want to know who broke checkout, it was Philippa.',
    'The whole outage traces back to Mireille and her rushed deploy.',
    'While the rest of us were fighting the fire, Radek was busy explaining why it was not his fault, even though it was.',
  ])('flags a culprit or a pretend rejection: %s', (text) => {
    expect(reviewLanguage(text).map((finding) => finding.rule)).toContain('blame_individual');
  });

  it('keeps the round-9 dev split at its round-9 figures', () => {
    const report = evaluateItems(DEV_REFRAMED);
    expect(report.precision).toBeGreaterThanOrEqual(0.92);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('reviewLanguage: blame others put, then answered (round 17)', () => {
  it.each([
    'People in the channel keep saying Ingrid broke it, but the bisect lands on a dependency bump.',
    "Some are saying this is Tomasz's fault; it isn't, the provider changed their API overnight.",
    "Folks on the bridge are saying it was Maelle's mistake. It wasn't; the pipeline skipped the check.",
    'A couple of people blamed the on-call, but the page had never reached his phone.',
    "I've seen messages blaming Ines, please don't, the doc told her to run that script.",
  ])('does not flag "%s"', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it.each([
    "Some are saying this is Tomasz's fault, and they're right.",
    "People keep saying Ingrid broke it, and the bisect agrees: it was Ingrid's commit.",
    'Ingrid broke it, but the bisect was hard to read.',
  ])('still flags "%s"', (text) => {
    expect(reviewLanguage(text).length).toBeGreaterThan(0);
  });
});

describe('reviewLanguage: look-alikes of minimizing and rejected blame (round 11)', () => {
  it.each([
    // "just / simply" with the speaker as subject: a proposal or the team's own action
    'Could we just restart the consumer on a timer?',
    'We simply need a dry-run default on the purge command.',
    // "obviously / clearly" about evidence, a fix or a thing
    'Obviously the traces show the retries piling up after 09:12.',
    'Not blaming anyone, but obviously the graphs show the spike first.',
    'Clearly, according to the audit log, the key was rotated twice.',
    'Obviously the replay fix worked; the queue drained in four minutes.',
    'It was clearly a quota limit on the storage account.',
    'Action item: clearly mark the primary in the failover menu.',
    // blame discussed only to reject it
    "I won't pin this on Ximena; she picked the wrong cluster from a menu where both looked identical.",
    "Let's not turn this into a blame thing about Obinna; the pager was muted by the rota tool.",
    'Labelling it operator error hides the missing confirmation step.',
    "Blaming Tove isn't useful here; the deploy tool skipped the canary.",
    'Reviewer comment: I deleted the sentence calling this pilot error, the form defaulted to production.',
    "Was it Lorcan's mistake? No, the migration tool ran both steps at once.",
    "We asked whether the DBA forgot the backup and concluded she didn't, the job was disabled by an upgrade.",
    'A few folks said Tamsin broke the build, but the logs show the runner image changed first.',
    "Please don't frame this as Aurelio's failure; the pager rota had him on two services at once.",
    'Calling it pilot error would paper over a console that accepts any region.',
    'A couple of people called it user error, but we reject that reading.',
    'Clearly, the metrics show the pool saturating before the first timeout.',
    "it's obviously worth adding a dry-run flag to the purge job",
  ])('does not flag: %s', (text) => {
    expect(reviewLanguage(text)).toEqual([]);
  });

  it.each([
    'Halvard could have just waited for the canary.',
    'Then Torsten simply clicked through the warning banner.',
    'Obviously Ingrid never read the alert.',
    'Obviously the dashboards were never opened by the on-call.',
    "It was obviously Ingrid's change.",
    "I won't pin this on the tooling, but Ximena broke it.",
    "We shouldn't blame the scheduler when Ximena simply didn't run it.",
    "Let's not pretend otherwise: Obinna broke the deploy.",
    "Was it Lorcan's mistake? Yes, he skipped the dry run.",
    'We asked whether the DBA forgot the backup, and she did.',
    'A few folks said Tamsin broke the build, and the logs agree.',
    "Please frame this as Aurelio's failure, he ignored the rota.",
    'Calling it pilot error is accurate; Aurelio skipped the checklist.',
  ])('still flags: %s', (text) => {
    expect(reviewLanguage(text)).not.toEqual([]);
  });

  it("keeps the round-10 authors' dev splits at their round-11 figures (rules alone)", () => {
    const report = evaluateItems([...DEV_LEARNED10A, ...DEV_LEARNED10B, ...DEV_LEARNED10C]);
    expect(report.precision).toBeGreaterThanOrEqual(0.93); // 0.822 before round 11
    expect(report.recall).toBeGreaterThanOrEqual(0.448); // unchanged by round 11
  });
});

describe('reviewLanguage: first person', () => {
  it('does not flag plain ownership', () => {
    expect(reviewLanguage('I broke it, and I want to understand how the tooling let that happen.')).toEqual([]);
    expect(reviewLanguage('This was totally my fault.')).toEqual([]);
    expect(reviewLanguage('We failed to communicate the maintenance window.')).toEqual([]);
  });

  it('flags self-directed hindsight and labels with a gentler message', () => {
    const [self] = reviewLanguage('I should have double-checked the flag.');
    const [other] = reviewLanguage('Bob should have double-checked the flag.');
    expect(self.rule).toBe('hindsight');
    expect(self.message).toContain('owning a mistake is healthy');
    expect(other.message).not.toContain('owning a mistake');
    expect(reviewLanguage('I was careless with the rm command.')[0].message).toContain('hard on yourself');
  });
});

describe('corpus evaluation', () => {
  const evaluation = evaluateCorpus();

  it('has enough labelled sentences, roughly balanced, with a ~20% held-out split', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(320);
    const blameful = CORPUS.filter((item) => item.blameful).length;
    expect(blameful / CORPUS.length).toBeGreaterThan(0.4);
    expect(blameful / CORPUS.length).toBeLessThan(0.6);
    const heldOut = CORPUS.filter((item) => item.split === 'heldout').length;
    expect(heldOut / CORPUS.length).toBeGreaterThan(0.15);
    for (const item of CORPUS) {
      if (item.blameful) expect(item.rules?.length ?? 0).toBeGreaterThan(0);
      for (const rule of item.rules ?? []) expect(LANGUAGE_RULES).toContain(rule);
    }
  });

  it('reaches precision and recall of at least 0.9 on the whole corpus', () => {
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches precision and recall of at least 0.9 on the held-out set', () => {
    expect(evaluation.heldOut.total).toBeGreaterThan(0);
    expect(evaluation.heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.heldOut.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reports per-rule stats and the misclassified sentences', () => {
    expect(evaluation.perRule.map((stats) => stats.rule)).toEqual([...LANGUAGE_RULES]);
    const errors = evaluation.falsePositives + evaluation.falseNegatives;
    expect(evaluation.misclassified).toHaveLength(errors);
    expect(evaluation.dev.total + evaluation.heldOut.total).toBe(evaluation.total);
  });

  it('produces well-formed findings for every corpus sentence', () => {
    for (const item of CORPUS) expectWellFormed(item.text, reviewLanguage(item.text));
  });

  // Held-out splits 10 to 14 (every part of `HELDOUT_PARTS`) follow docs/language-review-conventions.md: 134 sentences per part, 66
  // blameful and 68 look-alikes, the 22 kinds with their counts, each label matching its kind.
  it.each(Object.entries(HELDOUT_PARTS))('held-out split %s has the kinds and counts of the conventions', (_name, { items, kinds }) => {
    expect(kinds).toHaveLength(items.length);
    const counts = new Map<string, number>();
    for (const [i, kind] of kinds.entries()) {
      expect(items[i].blameful).toBe(kind.startsWith('blameful: '));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual([8, 8, 8, 7, 7, 7, 6, 4, 4, 4, 3, 6, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6]);
    expect([...counts.keys()]).toEqual([...new Set(HELDOUT_PARTS['10a'].kinds)]);
    expect(new Set(items.map((item) => item.text)).size).toBe(items.length);
  });
});

describe('robustness and scale (no timing assertions)', () => {
  const paragraph = CORPUS.map((item) => item.text).join(' ');

  it('reviews a ~60,000-word document, and findings scale linearly with its length', () => {
    const once = reviewLanguage(paragraph).length;
    const copies = Math.ceil(60_000 / paragraph.split(/\s+/).length);
    const document = Array.from({ length: copies }, () => paragraph).join('\n\n');
    expect(document.split(/\s+/).length).toBeGreaterThanOrEqual(60_000);
    const findings = reviewLanguage(document);
    expect(findings.length).toBe(once * copies);
    expectWellFormed(document, findings);
  });

  it('completes on pathological input', () => {
    const inputs = [
      'a'.repeat(200_000),
      "it's-a-b-c-d'e:f/g.h ".repeat(20_000),
      'just '.repeat(50_000),
      'and broke without checking '.repeat(20_000),
      'Bob, '.repeat(30_000),
      '"'.repeat(50_000),
      '“ quoted words here '.repeat(20_000),
      'The Payments Team Broke The Build '.repeat(10_000),
      // A judgement said of a system, over and over in one sentence: the human_error rule looks back for a person.
      'the retry library is careless '.repeat(20_000),
    ];
    for (const input of inputs) expectWellFormed(input, reviewLanguage(input));
  });

  it('keeps its invariants on arbitrary text built from corpus words', () => {
    const words = [...new Set(paragraph.split(/\s+/))];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('.', ',', '"', '“', '”', '\n', "'", '—')), { maxLength: 60 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (input) => expectWellFormed(input, reviewLanguage(input))),
      { numRuns: 300 },
    );
  });
});

describe('learningSentences (what the server-side learned layer reads)', () => {
  it('never takes a question word or an auxiliary opening a question for an unknown first name', () => {
    // Every why of the five whys opens like this; read as a name, each would count as naming a person.
    for (const text of ['Why did the queue back up unnoticed?', 'When was the page sent?']) {
      const [sentence] = learningSentences(text);
      expect(sentence.masked).toBe(text);
      expect(sentence.mentionsPerson).toBe(false);
    }
    // "anyone" is still someone (a hypothetical person): the question is read, unmasked.
    expect(learningSentences("Why didn't anyone check the logs first?")[0].masked).toBe("Why didn't anyone check the logs first?");
    expect(learningSentences("Why didn't Tamar check the logs first?")[0].masked).toBe("Why didn't the engineer check the logs first?");
    expect(learningSentences('Tamar rebuilt the index.')[0].masked).toBe('The engineer rebuilt the index.');
  });

  it('does not end a sentence at a title or at "a.m." / "e.g." inside it, and masks a title with its name (round 18)', () => {
    const masked = (text: string) => learningSentences(text).map((s) => s.masked);
    expect(masked('The procedure was approved by Dr. Mansour even though the forms were gone.')).toEqual([
      'The procedure was approved by the engineer even though the forms were gone.',
    ]);
    expect(masked('Ms. Okafor restarted the interface.')).toEqual(['The engineer restarted the interface.']);
    expect(masked('The upgrade was pushed at 2 a.m. without the validation step.')).toEqual([
      'The upgrade was pushed at 2 a.m. without the validation step.',
    ]);
    expect(masked('Some checks, e.g. the smoke test, were skipped.')).toHaveLength(1);
    // Before a capital the stop still ends the sentence.
    expect(masked('The deploy went out at 2 a.m. Then the queue backed up.')).toEqual([
      'The deploy went out at 2 a.m.',
      'Then the queue backed up.',
    ]);
    expect(masked('It failed at the 3 p.m. checkpoint.')).toHaveLength(1);
    expect(masked('We rolled back. Dr. Mansour was paged.')).toEqual(['We rolled back.', 'The engineer was paged.']);
  });

  it('marks sentences in the passive voice, which the layer reads even when they name no one (round 13b)', () => {
    const passive = (text: string) => learningSentences(text)[0].passive;
    expect(passive('The alert was acknowledged and then ignored.')).toBe(true);
    expect(passive("The page wasn't answered for forty minutes.")).toBe(true);
    expect(passive('It was never properly tested before the release.')).toBe(true);
    expect(passive('The change got pushed without a review.')).toBe(true);
    expect(passive('The config had been overwritten twice.')).toBe(true);
    expect(passive('The disk filled up during the night.')).toBe(false);
    expect(passive('Everyone was on the call by then.')).toBe(false);
    expect(passive('We have ignored that warning for years.')).toBe(false);
    // Round 27: a negative participle after a verb of state says what nobody did.
    expect(passive('Two days of warning emails went unread by store management.')).toBe(true);
    expect(passive('The backlog sat untouched until Monday.')).toBe(true);
    expect(passive('The service went under at noon.')).toBe(false);
    expect(passive('We went home at six.')).toBe(false);
  });

  it('splits sentences with offsets, masks names and handles, and marks rule-flagged sentences', () => {
    const text = "Wei Zhang's change took down prod. Then @kevin paged Xiomara. Xiomara must answer for the downtime.";
    const sentences = learningSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Wei Zhang's change took down prod.",
      'Then @kevin paged Xiomara.',
      'Xiomara must answer for the downtime.',
    ]);
    expect(sentences.map((s) => s.masked)).toEqual([
      "The engineer's change took down prod.",
      'Then the engineer paged the engineer.',
      'The engineer must answer for the downtime.',
    ]);
    expect(sentences.map((s) => s.flagged)).toEqual([true, false, false]);
    expect(sentences.every((s) => s.mentionsPerson)).toBe(true);
  });

  it('gives the rule features by name', () => {
    const feature = (text: string, name: (typeof LEARNED_FEATURES)[number]) =>
      learningSentences(text)[0].features[LEARNED_FEATURES.indexOf(name)];
    expect(feature('The table was dropped by the person on call.', 'person_agent')).toBe(1);
    expect(feature('The table was dropped by the cleanup job.', 'person_agent')).toBe(0);
    expect(feature('The table was dropped by the cleanup job.', 'system_subject')).toBe(1);
    expect(feature('A senior engineer would have caught it.', 'hindsight_modal')).toBe(1);
    expect(feature('Action item: Ravi will add an alert.', 'action_item')).toBe(1);
    expect(feature('Ravi restarted the pod at 12:40.', 'timestamp')).toBe(1);
    expect(feature('Ravi restarted the pod at 12:40.', 'person_subject')).toBe(1);
    expect(feature('The disk filled up.', 'person_mentioned')).toBe(0);
    expect(feature('Nobody here is to blame: the backup job had been failing for weeks.', 'blame_rejected')).toBe(1);
    expect(feature('Some called it human error, but we reject that framing.', 'blame_rejected')).toBe(1);
    expect(feature('Nobody checked who owned the cert.', 'blame_rejected')).toBe(0);
    expect(feature('It is tempting to write that Bongani forgot, but checklists exist for that.', 'blame_rejected')).toBe(1);
    // Round 10: scoped like the rules' rejection (reframed.ts): the share of the people named inside the set-aside part.
    expect(feature('It would be easy to blame Quentin, but the tooling gave him no warning.', 'blame_rejected')).toBe(1);
    expect(feature("It wasn't Oksana's fault that the failover script pointed at the old cluster.", 'blame_rejected')).toBe(1);
    expect(feature('Nobody blames Svetlana, yet Ivo still thinks the deploy was rushed.', 'blame_rejected')).toBe(0.5);
    expect(feature('It is not about blame, but Wendell should have checked with Priya.', 'blame_rejected')).toBe(0);
    expect(feature('If the alert had fired, the on-call would have seen it.', 'system_condition')).toBe(1);
    expect(feature('If Rosalind had not approved it, none of this would have happened.', 'system_condition')).toBe(0);
    expect(feature('Our DBA sat on the page for an hour.', 'harm_near_person')).toBe(1);
    expect(feature('The queue was wiped by Ottilie.', 'harm_near_person')).toBe(1);
    expect(feature('The retention task wiped the queue.', 'harm_near_person')).toBe(0);
    expect(feature('Ottilie restarted the queue at 12:40.', 'harm_near_person')).toBe(0);
    expect(feature('Priya owes the support team an explanation.', 'pinned_on_person')).toBe(1);
    expect(feature('The approver has a lot to answer for.', 'pinned_on_person')).toBe(1);
    expect(feature('The finger points at Ottilie.', 'pinned_on_person')).toBe(1);
    expect(feature('The support team answered every ticket by noon.', 'pinned_on_person')).toBe(0);
    expect(feature('Eitan caused the incident.', 'rules_on_masked')).toBe(1);
    expect(feature('Eitan restarted the pod at 12:40.', 'rules_on_masked')).toBe(0);
    expect(feature('The deploy caused the incident.', 'rules_on_masked')).toBe(0);
    // Round 14: more words that set blame aside, and sympathy for the people named.
    expect(feature('It would be unfair to pin this on Tomasz; the lint step never ran.', 'blame_rejected')).toBe(1);
    expect(feature("It isn't fair on Ilse to single her out here.", 'blame_rejected')).toBe(1);
    expect(feature('Ilse was fair to everyone in the review.', 'blame_rejected')).toBe(0);
    expect(feature('Ayo had been awake for twenty hours and was running on fumes.', 'sympathy')).toBe(1);
    expect(feature('Be gentle with Ayo, she is worried she let the team down.', 'sympathy')).toBe(1);
    expect(feature('Ayo ignored the alert for twenty minutes.', 'sympathy')).toBe(0);
    // Round 14b: passives of neglect, negated passives and passives with a cue of fault, and a person as their agent.
    expect(feature('The rollback plan was not followed by the weekend crew.', 'passive_fault')).toBe(1);
    expect(feature('The rollback plan was not followed by the weekend crew.', 'agent_fault')).toBe(1);
    expect(feature('The alert was acknowledged and then ignored.', 'passive_fault')).toBe(1);
    expect(feature('The config was pushed to prod without a review.', 'passive_fault')).toBe(1);
    expect(feature('The cache was warmed before the launch.', 'passive_fault')).toBe(0);
    expect(feature('The migration was run by Ayo at 14:00 as planned.', 'agent_fault')).toBe(0);
    expect(feature('The migration was run by Ayo at 14:00 as planned.', 'passive_fault')).toBe(0);
    // Round 23: an act against a procedure or its timing; blame others voiced, reported; and the answer to it.
    expect(feature('The route map was merged by Anouk with no peer review.', 'procedure_breach')).toBe(1);
    expect(feature('The patch was pushed by Kerem forty minutes before the window even opened.', 'procedure_breach')).toBe(1);
    expect(feature('The ticket was closed by Ilse while the counters were still climbing.', 'procedure_breach')).toBe(1);
    expect(feature('The firmware went to all twelve nodes in one go.', 'procedure_breach')).toBe(1);
    expect(feature('The patch was pushed by Kerem after the window opened.', 'procedure_breach')).toBe(0);
    expect(feature('The route map was merged by the release bot at 14:00.', 'procedure_breach')).toBe(0);
    expect(feature('People keep saying Jaswinder broke the checkout, but the gateway changed its API.', 'blame_reported')).toBe(1);
    expect(feature('Before anyone asks, Tasi did not cause the jam.', 'blame_reported')).toBe(1);
    expect(feature('Jaswinder broke the checkout.', 'blame_reported')).toBe(0);
    expect(feature('The claim that she caused the loss does not hold.', 'rebuttal')).toBe(1);
    expect(feature("I'm not going to name anyone in this review.", 'rebuttal')).toBe(1);
    expect(feature('I refuse to write human error here.', 'rebuttal')).toBe(1);
    expect(feature('She refused to escalate.', 'rebuttal')).toBe(0);
    expect(feature('We will add an alert.', 'rebuttal')).toBe(0);
    expect(feature('He deployed the wrong branch.', 'rebuttal')).toBe(0);
    expect(feature('The outage is on Tigist, full stop.', 'rebuttal')).toBe(0);
  });

  it('reads sentences about role titles, hypothetical people and "who" that the rules do not know as people', () => {
    const reads = (text: string) => learningSentences(text).map((s) => s.mentionsPerson);
    expect(reads('Who approves a change like this without a single test?')).toEqual([true]);
    expect(reads('The scribe spent the incident chatting instead of taking notes.')).toEqual([true]);
    expect(reads('A professional would have tested the restore first.')).toEqual([true]);
    expect(reads('The secondary database took over at 12:40.')).toEqual([false]);
    expect(reads('The restore was tested first.')).toEqual([false]);
    expect(learningSentences('Fiorella left the migration half-finished.')[0].masked).toBe(
      'The engineer left the migration half-finished.',
    );
    // Round 25: officers, recruits, clerks, "the individual", scornful "genius"; an unknown name before "still".
    expect(reads('Residents deserve to know which officer broke the portal.')).toEqual([true]);
    expect(reads('Whichever genius turned off the callout can explain it.')).toEqual([true]);
    expect(reads('That new recruit of yours is the reason the permits vanished.')).toEqual([true]);
    // Read, not flagged: the model decides, and a figurative "genius" is read as a person too.
    expect(reads('The genius of the design is its simplicity.')).toEqual([true]);
    expect(reads('The cleanup job still runs at noon.')).toEqual([false]);
    expect(learningSentences("Phương still can't tell a comms fault from a real alarm.")[0].masked).toBe(
      "The engineer still can't tell a comms fault from a real alarm.",
    );
    // Round 26: supervisors, registrars, starters, and a role word's possessive.
    expect(reads("In the inquiry's view, a clerk's slip started the chain.")).toEqual([true]);
    expect(reads('Our registrar failed in the most basic duty of that office.')).toEqual([true]);
    expect(reads('That week-one starter with prod keys is why we are here.')).toEqual([true]);
    expect(reads('The gate kept accepting boxes into a yard with no map.')).toEqual([false]);
    // Round 27: job titles across trades; titles that also name software are not read.
    expect(reads("The memo went out because of a secretary's mistake in the To: field.")).toEqual([true]);
    expect(reads('Classification for the log: picker error, no system fault.')).toEqual([true]);
    expect(reads('The requester should never have held the sharing role.')).toEqual([true]);
    expect(reads('The ingress controller dropped the connections.')).toEqual([false]);
    expect(reads('The query planner skipped the partial index.')).toEqual([false]);
  });

  it('masks an unknown first name opening a sentence before a failure or action verb, "ought" or an apposition, not a connective', () => {
    const masked = (text: string) => learningSentences(text).map((s) => s.masked);
    expect(masked('Tamar rebuilt the cluster config.')).toEqual(['The engineer rebuilt the cluster config.']);
    expect(masked('Bartłomiej ought to have known.')).toEqual(['The engineer ought to have known.']);
    expect(masked('Ravshan, as the approver, waved it through.')).toEqual(['The engineer, as the approver, waved it through.']);
    expect(masked('However, as expected, the queue drained.')).toEqual(['However, as expected, the queue drained.']);
    expect(masked('Kafka restarted the broker.')).toEqual(['Kafka restarted the broker.']);
  });

  it('reads a known first name written with accents as that name, so a two-word name is a person and not a product', () => {
    const masked = (text: string) => learningSentences(text).map((s) => s.masked);
    // "Ciaran" is in the list; "Ciarán Byrne" used to read as a two-word product name ("Cloud Run").
    expect(masked('The loss is the responsibility of Ciarán Byrne, whose change removed the setting.')).toEqual([
      'The loss is the responsibility of the engineer, whose change removed the setting.',
    ]);
    expect(masked('Later zoë restarted the pod.')).toEqual(['Later the engineer restarted the pod.']);
    expect(masked('The loss is on Cloud Run, whose limits we hit.')).toEqual(['The loss is on Cloud Run, whose limits we hit.']);
  });

  it("reads a lower-case word that the word list lacks, in a subject's or agent's place, as a name, only when given a word list (round 15b)", () => {
    const english = new Set(
      'should have seen the disk warning firewall rule opened by left wide open for days and posted update deleted wrong zone shipped work flow fail over restarted pod known flag cloud run knew backup that'.split(
        ' ',
      ),
    );
    const masked = (text: string, list?: Set<string>) => learningSentences(text, undefined, list).map((s) => s.masked);
    expect(masked('lindiwe should have seen the disk warning', english)).toEqual(['The engineer should have seen the disk warning']);
    expect(masked('tbh lindiwe should have seen the disk warning', english)).toEqual([
      'tbh the engineer should have seen the disk warning',
    ]);
    expect(masked('firewall rule opened by dariush, left wide open for days', english)).toEqual([
      'firewall rule opened by the engineer, left wide open for days',
    ]);
    // Without a word list (the browser), only listed first names are read in lower case.
    expect(masked('lindiwe should have seen the disk warning')).toEqual(['lindiwe should have seen the disk warning']);
    // Listed words, chat shorthand, tools, compounds of two listed words and words away from a subject's place are not names.
    expect(masked('the disk warning should have', english)).toEqual(['the disk warning should have']);
    expect(masked('kubectl deleted the wrong pod', english)).toEqual(['kubectl deleted the wrong pod']);
    expect(masked('thats the wrong zone', english)).toEqual(['thats the wrong zone']);
    expect(masked('workflow restarted the pod', english)).toEqual(['workflow restarted the pod']);
    expect(masked('failover shipped the update', english)).toEqual(['failover shipped the update']);
    expect(masked('the update shipped zorbly', english)).toEqual(['the update shipped zorbly']);
    expect(learningSentences('lindiwe should have seen the disk warning', undefined, english)[0].mentionsPerson).toBe(true);
    // Round 16a: before a contraction written without its apostrophe; a short listed word inside a name is no compound.
    expect(masked('lindiwe shouldve known the flag', english)).toEqual(['The engineer shouldve known the flag']);
    expect(masked('bohdan deleted the wrong zone', new Set([...english, 'boh', 'dan']))).toEqual(['The engineer deleted the wrong zone']);
  });

  it('reads two capitalised words that the word list lacks as a full name, only when given a word list (round 16a)', () => {
    const english = new Set('the backup knew that cloud run new relic restarted'.split(' '));
    const masked = (text: string, list?: Set<string>) => learningSentences(text, undefined, list).map((s) => s.masked);
    expect(masked('That Athena Dimou knew the backup.', english)).toEqual(['That the engineer knew the backup.']);
    expect(masked('Athena Dimou knew the backup.', english)).toEqual(['The engineer knew the backup.']);
    expect(masked('That Athena Dimou knew the backup.')).toEqual(['That Athena Dimou knew the backup.']);
    expect(masked('That Cloud Run restarted the backup.', english)).toEqual(['That Cloud Run restarted the backup.']);
  });

  it('reads a capitalised word that the word list lacks, after a clause-opening word in mid-sentence, as a name, only when given a word list (round 26)', () => {
    const english = new Set(
      "it's plain that should have checked the units was all had to do and then restarted pod backup ticking box".split(' '),
    );
    const masked = (text: string, list?: Set<string>) => learningSentences(text, undefined, list).map((s) => s.masked);
    expect(masked("It's plain that Qorvath should have checked the units.", english)).toEqual([
      "It's plain that the engineer should have checked the units.",
    ]);
    expect(masked('Ticking the box was all Vexlina had to do.', english)).toEqual(['Ticking the box was all the engineer had to do.']);
    expect(masked("It's plain that Qorvath should have checked the units.")).toEqual([
      "It's plain that Qorvath should have checked the units.",
    ]);
    // A full name after the lead is one person; a system is never a name.
    expect(masked('It is plain that Qorvath Fifita checked.', english)).toEqual(['It is plain that the engineer checked.']);
    expect(masked('It is plain that Postgres should have checked the units.', english)).toEqual([
      'It is plain that Postgres should have checked the units.',
    ]);
  });

  it('cuts long sentences into the clauses that mention someone, keeping the sentence offsets', () => {
    const text =
      'Ravi restarted the pod. The disk filled up over two days, during which the person assigned to the storage alerts did nothing.';
    const [short, long] = learningSentences(text);
    expect(learningClauses(short)).toEqual([]);
    const clauses = learningClauses(long);
    expect(clauses.map((c) => c.masked)).toEqual(['the person assigned to the storage alerts did nothing.']);
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual([text.slice(long.start, long.end)]);
    expect(clauses[0].features).toHaveLength(LEARNED_FEATURES.length);
    // The clause about the disk mentions nobody, and a sentence with one clause has none.
    expect(learningClauses(learningSentences('The cron job ran late, and the disk filled up.')[0])).toEqual([]);
  });
});
