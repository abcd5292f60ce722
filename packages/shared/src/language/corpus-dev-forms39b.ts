import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 39B of the blame-aware review corpus (training text: the forms of round 39), written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Finnish-Estonian electricity
 * retailer whose smart-meter import double-billed customers after a daylight-saving change, in terse Nordic engineering
 * English: control-room timeline, retrospective answers from engineers and customer service, press-office headlines.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    "look-alike: Answers to the retrospective's questions",
    [
      n('That the import job treated the two 03:00–04:00 blocks on 27 October as separate hours and billed both.'),
      n('How long the duplicate invoices sat in the outbound queue before anything flagged them.'),
      n('The fact that the meter-data hub sends local time, not UTC, for hourly readings.'),
      n("Waiting for the billing vendor's support desk to open at 08:00 Helsinki time."),
      n('Not knowing whether the e-invoice batch had already gone to the banks.'),
      n('Customer service in Tallinn answering over 400 contacts on Monday morning with one agreed apology.'),
      n('A rollback script last exercised in March.'),
      n(
        'I approved the DST patch in review without asking how it handled the repeated hour; next time I will ask for a test around the change.',
      ),
      n('What surprised me was that the dedup check compared meter ID and timestamp but never the UTC offset.'),
      n('We got stuck for forty minutes because the control room and billing were looking at different dashboards.'),
      n('I would make the import refuse any 25-hour day until the offsets have been confirmed.'),
      n('Nobody on the night shift did anything wrong; the import should have rejected the duplicate hour on its own.'),
      n('Kadri in customer service spotted the pattern first, from three calls quoting the same doubled amount.'),
      n("I didn't know the hub had changed its timestamp format in September, and neither did our runbook."),
    ],
  ],
  [
    'look-alike: Timeline lines',
    [
      n('03:00 EET clocks go back; meter hub starts sending a second 03:00–04:00 block.'),
      n('06:15 import job finishes, 212 408 readings loaded, no warnings.'),
      n('07:40 Kadri (CS Tallinn): three customers report October estimates doubled.'),
      n('07:52 Rein pages billing on-call.'),
      n('08:05 Jussi Virtanen acks page, starts comparing raw meter files with billing rows.'),
      n("08:31 alert: 'INVOICE_TOTAL_DEVIATION > 40% for 18733 accounts'"),
      n('08:44 incident declared — Aino Korhonen IC, Rein comms.'),
      n('09:10 Aino pauses e-invoice send to banks.'),
      n('09:26 cause confirmed: dedup key lacks UTC offset, repeated hour billed twice.'),
      n('10:02 decision: keep customer portal up, hide October invoices.'),
      n('11:30 fix on staging; replay of 27 Oct passes.'),
      n('13:15 correction batch starts, 18 733 invoices reissued by 15:40.'),
      n('14:00 press office posts status update in FI, ET and EN.'),
      n('16:20 billing on-call hands over after 9 h; refund reconciliation moved to Tue.'),
    ],
  ],
  [
    'look-alike: Titles and summaries',
    [
      n('Double billing after DST change, 27 October'),
      n('Smart-meter import: repeated hour not deduplicated'),
      n('Status: some October invoices show double night-time consumption — corrected invoices on the way'),
      n('Follow-up: add UTC offset to meter-reading dedup key (owner: Jussi, due 15 Nov)'),
      n('Follow-up: customer-service script for billing incidents, owner Kadri Tamm'),
      n('Billing import should have rejected a 25-hour day'),
      n('Summary: 18 733 customers billed twice for one hour of night use; all refunded within three days.'),
      n('Not a people problem: clock change untested in the import pipeline'),
      n('Meter hub switched to local-time timestamps in September release'),
      n('Press release: error in October bills — no customer will pay twice'),
      n('Dedup check trusted timestamps it could not tell apart'),
      n('Retrospective: autumn DST billing incident, Helsinki and Tallinn teams'),
      n('Customer-service load spike, Mon 28 Oct, 4× normal contacts'),
      n('Fix simply adds offset column to dedup key'),
    ],
  ],
  [
    'look-alike: Plain narrative',
    [
      n(
        "The import job read each reading's local timestamp and, on the night the clocks went back, saw two hours labelled 03:00 as distinct rows.",
      ),
      n('Nothing in monitoring compared total billed kWh with total metered kWh, so the excess stayed invisible until customers called.'),
      n('It took two hours and eleven minutes from the first customer call to a confirmed cause.'),
      n("The hub's September export change was announced only in a vendor newsletter that did not reach the billing team."),
      n('Jussi compared raw files with billing rows by hand because the reconciliation report runs only at month end.'),
      n('At the time, no one knew whether the affected invoices had already been collected by direct debit.'),
      n('The Tallinn customer-service team worked late into the evening and, by their own account, found the calls draining.'),
      n('The test suite covered the spring change, when an hour disappears, but not the autumn one, when an hour repeats.'),
      n('The correction batch was generated by the same pipeline with the fixed key and checked against meter totals before release.'),
      n('Aino chose to pause e-invoice delivery rather than the whole billing run, since readings for other customers were correct.'),
      n(
        'Some would call this human error at review time, but the reviewer saw a diff that looked correct and had no test to show otherwise.',
      ),
      n('The pipeline could have caught the duplicate hour by checking for days longer than 24 hours.'),
      n('Roughly 0.6 % of direct debits were collected before the hold took effect.'),
      n('The deviation alert fired at 08:31, but it was routed to a low-priority queue read only in business hours.'),
    ],
  ],
  [
    'blameful: Answers that blame',
    [
      b('That the whole double-billing mess was on Mikko, who merged the DST patch without a test.'),
      b("Honestly, how someone with Tarmo's experience could sign off a timestamp change without checking the offsets."),
      b('Kersti was billing on-call that night and never checked the post-import totals, which is the one thing the night rota asks for.'),
      b("The fact that whoever wrote the dedup key didn't bother to think about October."),
      b('I would take production access away from Ville until he shows he can handle a clock change.'),
      b('Operator error by the night shift, plain and simple.'),
    ],
  ],
  [
    'blameful: Timeline lines that blame',
    [
      b("09:26 cause found: Mikko's patch from 14 Oct — his bug, his outage."),
      b('09:30 Marja: Tarmo obviously never ran the import against a DST day before shipping.'),
      b('09:41 duplicate-hour check was removed by a billing developer last sprint, no review.'),
      b('10:15 human error in the meter config confirmed as root cause.'),
      b('10:20 Aino: Kersti should have seen the doubled totals at 06:15 and stopped the send.'),
      b("11:05 Heikki: the new hire who pushed the timezone change shouldn't be allowed on release duty."),
    ],
  ],
  [
    'blameful: Titles and summaries that blame',
    [
      b('October double billing caused by careless developer'),
      b('Root cause: operator error during DST change-over'),
      b('Night shift failed to check import totals'),
      b('Why a junior was allowed to deploy the billing import unsupervised'),
      b("Summary: Erkki's untested patch cost 18 733 customers a double bill"),
      b("Press headline: staff member's mistake behind double electricity bills"),
    ],
  ],
  [
    'blameful: Plain narrative that blames',
    [
      b('The offset bug was introduced by Priit Kask, and the outage that followed is his.'),
      b('Anyone with a basic grasp of time zones would have caught the repeated hour, and Ville plainly did not.'),
      b('All the on-call engineer had to do was just glance at the totals dashboard before the batch went out.'),
      b('I think Liisa knew the import was fragile and chose to ship on a Friday anyway, so this one is on her.'),
      b("The vendor's integration engineer, Marko, clearly ignored our spec and sent local times."),
      b('The person who approved the change without reading it is the reason 18 733 households paid twice.'),
    ],
  ],
];

export const DEV_FORMS39B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_FORMS39B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
