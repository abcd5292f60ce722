import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48H of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the IT team of a Riyadh
 * hospital group whose outpatient appointment engine cancelled clinic bookings in three cities after a
 * calendar migration; Saudi, Egyptian, Filipino and Indian staff writing Gulf hospital-IT English in chat,
 * e-mails, OVRs, RCA notes and letters.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Frankly speaking, the whole Jeddah cancellation is on Eng. Tamer: his migration script, his go-live, his mess.'),
      b(
        'Dear Dr. Hany, as per the QPS findings the loss of 3,400 outpatient appointments is attributable to Mr. Prakash Nair, and kindly note this should be reflected in his appraisal.',
      ),
      b('Khalid owns this one; the Dammam clinics lost a full week of bookings because of him.'),
      b('Wallah, three cities of patients turned away at reception and it all traces back to Jonalyn and her template mapping.'),
      b('For the record, the board should understand that Mr. Sherif Adel is the reason the Riyadh diabetes clinic sat empty on Sunday.'),
      b('Responsibility for the mass cancellation lies with Ms. Deepa Menon as migration lead, and with nobody else.'),
      b("Ya jamaa, if MOH asks why Mawid shows cancelled slots, tell them it's Ramil's doing, not the hospital's."),
      b('The patient complaints, the SMS storm, the CBAHI query: all of it goes back to one man, Waleed Al-Malki.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Suresh is not senior enough to be running migration scripts against a live HIS.'),
      b("Mark Anthony doesn't understand how clinic templates work, and it showed during cutover."),
      b('With respect, Dr. Amr Saleh is a good cardiologist but he is not qualified to approve changes to the appointment engine.'),
      b('The Dammam integration team are out of their depth with anything involving Hijri dates.'),
      b('Between us, Lakshmi is too junior for a cutover of this size and everybody in the PMO knew it.'),
      b('Our vendor consultant, Mr. Karim Soliman, lacks the basic SQL skills this migration needed.'),
      b('Noura is a lovely person, but managing a go-live across three regions is beyond her ability.'),
      b('Is Bandar even trained on the new appointment engine?? from what I saw Thursday night he has no idea what he is doing.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('As the on-call HIS analyst that weekend, Rodel failed to respond to the first three alerts from the appointment engine.'),
      b('Mona was the assigned reviewer for the migration scripts and she never reviewed them.'),
      b('The Riyadh change coordinator did not do her job: no CAB ticket, no rollback plan, no sign-off.'),
      b('Anil Kumar neglected his duty as DBA to take a backup of the appointment tables before cutover.'),
      b("It was Heba's responsibility to test the patient SMS templates in UAT, and she didn't."),
      b('Dr. Ashraf, as clinic director, was supposed to check the Jeddah templates on Saturday and failed to do so.'),
      b('The night supervisor abandoned the monitoring screen for two hours during the most critical part of the migration.'),
      b('Per the rota Fahad Al-Anazi was on hypercare Sunday morning -- he did not log in until 11.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The migration scripts were run on production with the dry-run step skipped, against every instruction in the runbook.'),
      b('The rollback instructions were ignored and the cancellation job was allowed to continue for forty minutes.'),
      b('Clinic templates for Dammam were carelessly mapped to the wrong calendar by the integration analyst.'),
      b(
        'The red warnings in the pre-migration report were overlooked and never escalated, even though the report was e-mailed to the whole team.',
      ),
      b('The patient SMS batch was approved by Mr. Osama Gaber without anyone checking the recipient count.'),
      b('Mistakes were made in the Hijri-to-Gregorian mapping sheet and were never owned up to.'),
      b("The UAT sign-off was rushed through by the project manager so the go-live date wouldn't slip."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pressed Execute on the Jeddah batch without reading the preview count owes the patients an apology.'),
      b('The new guy from the Dammam team, the one who joined in Ramadan, is the reason those templates were wiped.'),
      b(
        'Kindly ask the person who set "skip_validation=Y" in the migration config to explain to the medical directors why the clinics were cancelled.',
      ),
      b('Somebody who thinks UAT is optional ran this migration, and here we are.'),
      b('That consultant with the forty-slide deck and no test plan is why the OPD was chaos on Sunday.'),
      b('Anyone who runs a calendar migration on a Thursday night before a long weekend deserves what comes next.'),
      b("The analyst who 'fixed' the date offset at 2am without telling anyone has cost us a week of clinics."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jericho should never have been given write access to the production appointment engine.'),
      b("If the vendor's junior had not been allowed near the live HIS, none of this would have happened."),
      b('Sanjay Pillai had been with us for two weeks; he should not have been on call for a go-live.'),
      b('We trusted Mahmoud with the cutover and he let us down, so next time the approval goes to someone else.'),
      b('Those contractors from the Jeddah vendor should never have been trusted with scripts against the Riyadh database.'),
      b("Rasha's CAB approval should not have been accepted for a change of this risk; she is only a coordinator."),
      b('Letting Arun anywhere near the clinic templates during go-live week was asking for trouble.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Cherry Mae who pushed the template change, full stop, I have seen the audit trail.'),
      b('The culprit is Vinod — his user ID is on every cancelled appointment in Dammam.'),
      b('Kindly find out who in the integration team ran the Jeddah batch and send me the name by EOD, so HR can take action.'),
      b('Guys I know who did it, Ayman ran the script from his laptop at the Khobar site.'),
      b('The person at fault here is Ms. Grace Villanueva, and the committee should say so plainly.'),
      b('So who broke it? Turki. Everybody on this group knows it was Turki.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (OVR 2024-117): human error during the manual mapping of clinic templates.'),
      b('The cancellations were due to operator error on the migration console, not a system defect.'),
      b('This incident happened because a staff member made a mistake when entering the calendar offset.'),
      b("In the end it was a simple human mistake by one of the analysts, and that's what we will report to the ministry."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Abdullah should have known the Hijri dates would shift by a day once the scripts converted them.'),
      b('In hindsight Dr. Hany ought to have seen the empty clinic lists on Saturday evening and raised the alarm.'),
      b('Now that we know what happened, the Jeddah team lead should have picked up the duplicate slot IDs in the test report.'),
      b('With what we know today, Maricel ought to have stopped the SMS batch the moment she saw the first complaint.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Prakash had to do was just run the preview query before pressing Execute.'),
      b("Ramil simply had to tick 'dry run' on the migration screen, one checkbox."),
      b('She just needed to compare the template counts before and after, it takes two minutes.'),
      b("Why couldn't the Dammam analyst simply pick up the phone when the engine started cancelling?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Mona never opened the test report she signed.'),
      b("Obviously the vendor's engineer didn't bother to read our clinic template spec."),
      b('It is clear that Khalid ignored the warning banner on the migration console.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The appointment engine should have refused to cancel any booking that was already confirmed by patient SMS.'),
      n('The migration scripts should have stopped after the first thousand cancellations instead of carrying on to Dammam.'),
      n('A dry-run mode could have shown the 9,800 affected appointments before anything was committed.'),
      n('Ideally the HIS would have flagged the Hijri/Gregorian mismatch in the clinic templates during validation.'),
      n('The CAB form should have asked for a tested rollback, and from next month it will.'),
      n('Honestly the SMS gateway should have had a rate limit; 14,000 cancellation texts in an hour is not a normal day.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-01: Noura Al-Qahtani to add a mandatory dry-run step to all migration scripts — due 30 June.'),
      n('Owner: Suresh (Integration). Build a pre-cutover report comparing slot counts per clinic, per city.'),
      n('Dr. Amr Saleh will review the revised clinic template approval workflow with the medical directors before Eid.'),
      n('Action for Jonalyn: set up an alert when appointment cancellations exceed 200 in ten minutes.'),
      n('Mr. Sherif Adel to confirm with the vendor by next Sunday that the date converter handles Umm al-Qura dates.'),
      n('Follow-up (owner: Patient Experience, Ms. Hind Al-Shammari): re-book every cancelled patient and call the priority cases first.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Abdullah Al-Harbi. Comms lead: Deepa Menon. Scribe: Liza Mercado.'),
      n('During the incident Dr. Mohammed Al-Zahrani acted as clinical liaison for the three cities.'),
      n('The Jeddah site IT manager handled the call centre while the Dammam duty manager coordinated with reception.'),
      n('Vinod was the DBA on shift and Rowena was the HIS application analyst.'),
      n("Rollback was led by the vendor's technical lead, with our integration architect, Mr. Rajesh Iyer, on the bridge."),
      n('Ghada from QPS took the OVR, and Faizal from the service desk kept the ticket updated.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'The call centre agents in Jeddah took more than four thousand calls on Sunday, many from upset patients, and stayed patient and polite throughout.',
      ),
      n('Maricel was on her feet from 6am reinstating slots by hand; please make sure she gets her rest days.'),
      n('Several of the team had been awake for more than twenty hours by the time the rollback finished.'),
      n(
        'Reception staff in Dammam had to tell elderly patients face to face that their bookings were gone, and that was very hard on them.',
      ),
      n('Nobody on the integration team has slept properly since Thursday, and you can hear it in their voices on the bridge.'),
      n('Bandar, thank you — I know this week has been heavy for you and your family has hardly seen you.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Engine log: "APPT_CANCEL batch=MIG-07 user=svc_migration reason=SLOT_OUTSIDE_TEMPLATE count=3412".'),
      n("The SMS gateway report read: 'Delivered 14,206 / Failed 312 / Template: APPT_CANCEL_AR_EN'."),
      n('Alert at 00:14 — "HIS-APPT: cancellation rate above threshold (Riyadh, Jeddah, Dammam)".'),
      n('Migration script output: ERROR 4021 - clinic template not found for date 1445-11-01, defaulting to CLOSED.'),
      n('Audit trail entry: "user=m.reyes action=EXECUTE script=cal_migrate_v3.sql target=PROD".'),
      n("Service desk ticket INC0048812, as raised: 'All OPD bookings for Dr. Lama clinic show Cancelled - Migration.'"),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I ran the Dammam migration without the dry run, and from now on I will not run any script on production without one.'),
      n('We in the integration team approved the go-live with UAT incomplete; that was our call and we own it.'),
      n('I missed the alert at 00:14 because my phone was on silent, and I have changed my on-call settings.'),
      n("My mistake was assuming the vendor's converter handled Umm al-Qura dates; I did not test it."),
      n('As project manager I pushed for the Thursday cutover, and I accept that decision added to the impact.'),
      n('We should have told the clinics earlier, and that one is on us in IT.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people in the management meeting asked for a name; this review will not give one, because the engine did the cancelling.'),
      n("Calling this 'Heba's mistake' misses the point: any analyst following that runbook would have produced the same result."),
      n('The question is not who pressed Execute but why the console allowed a 9,800-row cancellation with one click.'),
      n("I have heard the word 'negligence' in the corridors; nothing in the timeline supports it, and I would ask that we stop using it."),
      n('This is not about incompetent staff or a careless vendor; the design of the migration left no safe way to check the result.'),
      n('Dear colleagues, please do not send me names of who to discipline, the RCA is looking at the process and not at individuals.'),
      n('Blaming the night shift would be easy and wrong, since they had no screen showing cancellation counts.'),
      n("It's tempting to say Dr. Ashraf should have caught it on Saturday, but the clinic lists he saw still looked normal at that hour."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The bookings were cancelled by the nightly reconciliation job, which treated every migrated slot as outside its clinic template.'),
      n('Around 14,000 SMS were sent by the gateway before the queue was paused.'),
      n('Slots dated after 1 Dhul Qadah were shifted by one day when the converter applied the Gregorian offset twice.'),
      n('The Jeddah templates were overwritten by the second pass of the migration script.'),
      n('Confirmed appointments were marked as orphaned by the engine and released back to the pool.'),
      n('The backup job was skipped automatically because the scheduler saw the maintenance flag.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Nasser Al-Subaie ran the migration at 23:10 on Thursday, inside the window the CAB had approved.'),
      n('Rowena switched the SMS gateway to hold at 00:40, after the call centre reported a spike in calls.'),
      n(
        'Dr. Lama Al-Dosari kept her Sunday clinic open and saw walk-ins from the cancelled list, since the patients were already in the waiting area.',
      ),
      n('Faisal chose the Thursday night slot because outpatient volumes are lowest over the weekend.'),
      n('On Saturday morning Mahmoud compared a sample of twenty clinics against the old HIS; all twenty matched, so he closed the check.'),
      n("Cherry Mae restored the Riyadh templates from Wednesday's export, which was the latest clean copy she could find."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old HIS was never trustworthy with Hijri dates, and the new appointment engine inherited its data.'),
      n("The vendor's date converter is not fit for purpose for a Saudi calendar."),
      n('Our monitoring failed at its one job that night: no page went out about the cancellation rate.'),
      n('The reconciliation job is careless by design — it cancels first and logs later.'),
      n('Responsibility for sending patient SMS sits with the notification service, and that service has no sanity check on volume.'),
      n('Frankly, the migration tooling is immature; it has no dry run, no diff and no undo.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a one-line change to the offset constant in the date converter.'),
      n('The graph obviously shows every cancellation starting at exactly 00:00:00, which points at a scheduled job.'),
      n('Re-booking is simply a re-run of the reconciliation job with the corrected templates, city by city.'),
      n('Clearly the logs prove the cancellations came from the service account, not from a user session.'),
      n("It's obviously a small change, but it needs a full UAT cycle before go-live."),
      n('Just adding a count check before commit would have stopped all three cities.'),
    ],
  ],
];

export const DEV_LEARNED48H: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48H_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
