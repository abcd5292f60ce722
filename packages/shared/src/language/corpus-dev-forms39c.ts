import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 39C of the blame-aware review corpus (training text: the forms of round 39), written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: a hospital network in Kerala
 * and Tamil Nadu whose appointment-reminder SMS service sent reminders for the wrong day, in the Indian English of the
 * IT desk, nursing supervisors' messages, retrospective answers and tracker titles.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    "look-alike: Answers to the retrospective's questions",
    [
      n('That the reminder job reads the server clock in UTC, not IST, and the config file gave no hint of it.'),
      n('How quickly the OP desk phones started ringing once patients turned up a day early.'),
      n('The fact that the SMS gateway dashboard showed every message as delivered, so nothing looked wrong from our side.'),
      n('Waiting for the vendor in Chennai to confirm whether the evening batch had already gone out.'),
      n('Not knowing which template version was live on the Thrissur instance.'),
      n('The midnight cut-over between the date of the appointment and the date the reminder is built.'),
      n("Kavitha sister's WhatsApp to the IT desk, which came in well before any alert did."),
      n('I approved the timezone change in the scheduler myself and did not think to test an appointment booked after 11 pm.'),
      n('We should have had a check that compares the date in the SMS with the date in the appointment table.'),
      n('Nobody here thinks Suresh Menon is to blame for the deploy; the release checklist has no step for reminder templates at all.'),
      n('I would change the rollout so that one hospital gets the new scheduler a week before the others.'),
      n('What went well was the nursing supervisors in Madurai calling every patient on the list by hand, even after a long shift.'),
      n('The IT desk was honestly stretched that week, with the HMIS upgrade and the reminder issue landing together.'),
      n('I did not know at the time that the reminder service keeps its own copy of the holiday calendar.'),
    ],
  ],
  [
    'look-alike: Timeline lines',
    [
      n('09:14 First call from Kochi OPD: three patients in the waiting area holding reminders for tomorrow.'),
      n('09:22 Anjali (IT desk) opens ticket INC-4471 and pages the integration on-call.'),
      n('09:31 Gateway log: "SMS_SENT to=+91XXXXXX1234 template=APPT_REMIND_V3 date=2024-03-15", appointment actually on 14th.'),
      n('09:40 Suresh Menon joins bridge as incident lead.'),
      n('09:58 Reminder batch for Coimbatore paused from the scheduler console.'),
      n('10:05 Confirmed: dates shifted by one day for all bookings made between 18:30 and 23:59 IST.'),
      n('10:20 Dr. Ramanathan asks for a count of affected patients in the cardiology follow-up clinics.'),
      n('10:47 Vendor replies on mail, says their queue only passes through whatever date we send.'),
      n('11:03 Rollback of scheduler config to previous build started.'),
      n('11:30 Correction SMS drafted in English, Malayalam and Tamil; awaiting sign-off from patient relations.'),
      n('12:10 Correction SMS sent to 4,812 numbers.'),
      n('Kavitha (nursing supervisor, Madurai) posts in group: her staff calling patients from the printed list.'),
      n('14:45 Alert "reminder_date_mismatch" added to monitoring, firing correctly on test data.'),
      n('16:00 Incident closed; review fixed for Monday with IT, nursing and patient relations.'),
    ],
  ],
  [
    'look-alike: Titles and summaries',
    [
      n("Appointment reminders sent with next day's date - Kerala and Tamil Nadu sites"),
      n('SEV-2: Reminder SMS off by one day after scheduler timezone change'),
      n('Status: Appointment reminder messages delayed; correction notices being sent'),
      n('Follow-up: add date cross-check between appointment table and outgoing SMS (owner: Anjali, due 30 Apr)'),
      n('Follow-up: Jayakumar to write a runbook for pausing reminder batches'),
      n('Scheduler used UTC midnight for IST bookings; about 4,800 patients affected'),
      n('Gateway reported "delivered" for all wrong-date messages: delivery status is not a content check'),
      n('Missing test case for late-evening bookings in reminder service'),
      n('Reminder template build should have failed on date mismatch - add validation'),
      n('Resolved: reminders for Trivandrum, Kochi, Madurai, Coimbatore back on correct dates'),
      n("Nursing supervisors' manual call-round: 1,100 patients reached in four hours"),
      n('Summary: holiday calendar copy in reminder service out of sync with HMIS'),
      n('Review note: no individual at fault, the config change passed every check we had'),
      n('Vendor gateway trusted upstream dates without any sanity check'),
    ],
  ],
  [
    'look-alike: Plain narrative',
    [
      n('The reminder job builds each message at 23:30 UTC, which is already the next morning in India.'),
      n('For about nineteen hours, none of the dashboards showed anything unusual.'),
      n(
        "Anjali changed the scheduler's timezone setting on Tuesday because the HMIS team had asked for all jobs to run on a single clock.",
      ),
      n('The date mismatch was not visible in the gateway console, which shows only delivery status and message length.'),
      n('It took close to three hours to work out which bookings were affected, since the booking time is stored without an offset.'),
      n('Patients in Madurai and Coimbatore were hit hardest, as those clinics take most of their bookings in the evening.'),
      n("The messages were generated by the scheduler and passed on unchanged by the vendor's gateway."),
      n(
        'Kavitha and the other supervisors stayed back past their shift to ring patients, and several of them were visibly exhausted by the afternoon.',
      ),
      n('At the time, no one in the review knew that the reminder service had a timezone setting separate from the HMIS.'),
      n('Dr. Ramanathan, as medical director on duty, approved the wording of the correction SMS.'),
      n('The staging environment runs on IST, so the tests there could not have caught the shift.'),
      n('Some elderly patients travelled from Palakkad and Dindigul only to find their appointment was the next day.'),
      n('The fix itself was simply one line in the scheduler config; finding that line took most of the morning.'),
      n('Because the release checklist has no step for message templates, the change went out without a preview of a real reminder.'),
    ],
  ],
  [
    'blameful: Answers that blame',
    [
      b('That Suresh pushed the timezone change on a Friday evening without telling anyone, and the whole mess is on him.'),
      b('That someone as new as Deepa was given write access to the production scheduler at all.'),
      b('Honestly, Shalini should have noticed the dates were wrong when she checked the first batch.'),
      b('I think Rajesh simply had to open one SMS before approving the release, and he did not bother.'),
      b('How the on-call engineer, whose only job that night was to watch the batch, never once looked at it.'),
      b('Human error on the integration side, plain and simple: a date entered wrongly by hand.'),
    ],
  ],
  [
    'blameful: Timeline lines that blame',
    [
      b('10:12 Root cause found: Vinod typed the wrong offset into the scheduler config, operator error.'),
      b('10:35 Bridge agrees the delay is down to Meera from patient relations sitting on the first complaint for two hours.'),
      b('11:15 Config was changed by Arun without approval, causing the shift.'),
      b('11:40 Still waiting on Praveen, who was on call and clearly ignored the mismatch alert from the test run.'),
      b('13:05 Sanjay M. identified as the person responsible for the bad deploy; HR informed.'),
      b('15:20 Note for review: the junior who set up the job should never have been put on the reminder rota.'),
    ],
  ],
  [
    'blameful: Titles and summaries that blame',
    [
      b("Reminder outage caused by Lakshmi's unchecked config change"),
      b('Wrong-date SMS: human error by IT desk staff'),
      b('Follow-up: find out who approved the scheduler change and hold them accountable'),
      b('Inexperienced integration engineer breaks reminder service for 4,800 patients'),
      b('Status: on-call admin skipped the mandatory timezone check, wrong appointment dates sent'),
      b('Summary: reminder dates were entered wrongly by the night operator'),
    ],
  ],
  [
    'blameful: Plain narrative that blames',
    [
      b('Gopalakrishnan does not have the experience to be making scheduler changes, and this incident shows it.'),
      b("Any supervisor who read the complaints properly would have spotted the date problem by nine o'clock."),
      b("The on-call rota that night was Karthik's, and he failed to run the pre-batch check his role requires."),
      b("Obviously Revathi should have seen that every reminder carried the following day's date."),
      b('The wrong-date batch was released by Biju without the review the change process asks for.'),
      b('All Thomas had to do was compare one message with the appointment list before sending, and none of this would have happened.'),
    ],
  ],
];

export const DEV_FORMS39C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_FORMS39C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
