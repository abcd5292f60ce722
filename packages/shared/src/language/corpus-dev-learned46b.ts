import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Honolulu hospital
 * network whose inter-island patient-transfer booking system lost medevac flight slots for critical
 * patients during a storm; transfer-centre, nursing and IT staff in chat (some Pidgin), notes, e-mails,
 * letters and reviews.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The Hilo transfer that waited nine hours for a plane is on Keoni, plain and simple.'),
      b('Ho brah, dis whole mess stay on Ryan, no matter how you slice um.'),
      b(
        "In my view the loss of both Maui STEMI slots is attributable to Leilani Kahale's decision to switch off hold confirmation on Friday.",
      ),
      b('Dr. Fujimoto owns this delay; the storm only made it visible.'),
      b(
        "Responsibility for the Kaua'i neonate waiting overnight in Lihue rests with Mr. Tavita Faleolo, who managed the air ambulance contract.",
      ),
      b("23:40 — slots gone, and that one is Marites's doing, not the weather's."),
      b('If you ask the ICU nurses, the four-hour gap before the Kona flight belongs to Glenn Shimabukuro and nobody else.'),
      b("Sione, the Lāna'i cardiac transfer falling through is yours, brah, own it."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Kenji is not senior enough to be running the transfer centre on a storm night.'),
      b("Rodel doesn't understand HL7 well enough to be anywhere near the interface mappings."),
      b('Da new IT guy no can even read one ADT message, how he going fix da feed?'),
      b('With respect, Aileen Yamashiro lacks the clinical judgement a transfer coordinator needs when ranking medevac priority.'),
      b('Pita is a lovely floor nurse but out of his depth on the bed board.'),
      b('Six weeks on the desk and it showed: Lokelani could not handle rebooking forty patients under pressure.'),
      b("Darryl Kaneshiro has never been competent with the vendor's slot API, and Saturday proved it."),
      b("Jomar's an amateur at change control, there is no kinder word for it."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Maile was the on-call transfer coordinator and did not look at the flight board once between 02:00 and 05:00.'),
      b('The charge nurse on 4 West never called the transfer centre back to confirm the slot, which was her job.'),
      b('Wade skipped his shift handover, so the incoming team had no idea three holds were pending.'),
      b('Brah, Iosefa was supposed to be watching da HL7 queue all night and he neva.'),
      b('As interface on-call, Ms. Oshiro failed to acknowledge the page for forty minutes.'),
      b('Kainoa did not run the storm-protocol checklist that the duty supervisor is required to start at a weather alert.'),
      b('Nobody on the night transfer desk did the hourly slot reconciliation they are rostered to do.'),
      b('Dante Reyes, as our vendor liaison, neglected his duty to escalate the cancelled manifest to the airline.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The Hilo and Kona holds were released by Noelani without checking whether the patients had actually flown.'),
      b("The airline's cancellation e-mails were read and ignored for most of the night."),
      b('The storm warning was brushed off at the 18:00 huddle, and the medevac schedule was never revisited.'),
      b('Three critical transfers were dropped by the day coordinator when she rebuilt the manifest by hand.'),
      b("For the Moloka'i sepsis patient, the wrong departure date was keyed in and then signed off without a second look."),
      b('The alarm about failed HL7 acks got muted by someone on the IT desk around midnight.'),
      b('The Kona booking was cancelled by mistake on Saturday evening and left that way until Sunday noon.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to push the scheduler upgrade during a hurricane watch cost us those slots.'),
      b('The new hire from the Kona office who turned off duplicate checking is the reason two patients lost their seats.'),
      b('Da guy who wen hard-code da flight IDs, he da reason we stay in dis mess.'),
      b('Someone on the weekend IT rota, the one who never reads handover notes, let the queue back up for six hours.'),
      b('The traveling nurse who kept overwriting the bed board made the whole night worse for everyone.'),
      b('Whichever coordinator marked the Lihue baby as transferred before the plane had even left needs to answer for it.'),
      b('It was the contractor who left the test interface pointed at production, nobody else.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nalu should never have had write access to the production slot table.'),
      b('A float nurse with no transfer training should not have been allowed to run the transfer desk on a storm night.'),
      b("If Kawika hadn't been given admin rights on the scheduler, none of those holds would have been wiped."),
      b('Somebody who had never done a medevac rebook should not have been left alone on call.'),
      b('The vendor should not have let their junior engineer touch our production interface with a hurricane watch up.'),
      b('Why was Analyn approving change requests at all? She never should have been on the CAB.'),
      b('After what happened in March, Mele should not have been trusted with the overnight reconciliation.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Let's be honest about who did this: it was Jun."),
      b('So who wen break um? Makoa. Everybody know.'),
      b('The person at fault here is Cristina Bautista, and the review should say so in writing.'),
      b('Find out which analyst ran that purge script and get them in my office Monday morning.'),
      b('Culprit: the IT change owner, Hoku Kealoha.'),
      b("It was Sina from the vendor side who deleted the slot holds, so that's who the hospital should hold to account."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during manual rebooking.'),
      b('The flight slots were lost because of operator error on the transfer desk, full stop.'),
      b('Rowena made a mistake typing the tail numbers, and that mistake is what stranded the Hilo transfers.'),
      b("This was a coordinator's slip, straight human error, not the storm and not the software."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Pua should have known the airline would cancel once the Kona low came in and rebooked everyone early.'),
      b('With what we know now, the IT on-call ought to have read the HL7 ack failures as the first warning and paged the vendor.'),
      b('Tavita had the weather brief at noon; by then he should have realised the evening flights were gone.'),
      b('After the fact we can see that Kalani should have noticed the holds expiring on the bed board at 21:00.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Keoni had to do was just click confirm on the three holds.'),
      b('Brah, she just had to call da airline, dass it.'),
      b("Dean simply needed to read the vendor's storm bulletin, and it was one page long."),
      b('It would have taken the night supervisor ten seconds to just refresh the board.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Lori obviously didn't look at the manifest before she signed it."),
      b('Clearly the charge nurse in Hilo ICU never bothered to check whether the plane was still booked.'),
      b('It was obvious to everyone except Arnel that the queue had stopped moving.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have refused to release a hold while the patient was still in an ICU bed.'),
      n('The HL7 interface should have retried the failed acks instead of dropping them silently.'),
      n('Our storm protocol should have included a step to freeze all pending medevac bookings.'),
      n("Da system for shua should've flagged um red when da slot wen expire."),
      n('A reconciliation job could have caught the mismatch between the bed board and the airline manifest within minutes.'),
      n("If webhooks had been enabled for our tenant, the vendor's API would have told us about each cancellation."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Leilani Kahale, due 15 Nov): add a hold-expiry alert to the transfer centre dashboard.'),
      n('Ryan Nakamura will write the runbook for manual medevac rebooking by end of month.'),
      n('Action: Sione to confirm with the air ambulance vendor that holds survive a flight reschedule.'),
      n('Owner, nursing informatics (Maile): make slot confirmed a required field on the bed board.'),
      n('Kainoa takes the item to test HL7 failover before next hurricane season; Marites reviews.'),
      n('Next step for IT, led by Glenn: page on any ack backlog older than fifteen minutes, target date 1 December.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was the house supervisor, Kenji Watanabe; scribe was Rowena from the transfer centre.'),
      n('The 4 West charge nurse took the family calls while the transfer coordinator worked the airline line.'),
      n("Overnight, the IT on-call held the interface and the vendor's engineer held the scheduler."),
      n('Medical control for the Maui transfers was Dr. Fetu Aumua.'),
      n('Roles: Makana on comms to the neighbour-island hospitals, Iosefa on the bed board, Traci on vendor liaison.'),
      n("The flight nurse on the Kaua'i run was the one who relayed the revised ETA to the receiving ICU."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The transfer desk was three people short and had been on for fourteen hours by the time the slots vanished.'),
      n('Sending aloha to Noelani, who stayed on the phone with the family in Hilo until the plane touched down.'),
      n("Everyone on nights was exhausted, and they still double-checked each other's work all the way through."),
      n('Eh, you folks wen grind all night, go home, sleep, we got um from here.'),
      n('I know Pita carried a lot that weekend, with his own family in Hilo under the flood watch.'),
      n("Staff described feeling sick with worry as the ETAs slid, and several say they still aren't sleeping well."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Scheduler log at 22:14: "HOLD_RELEASED slot=HNL-ITO-0412 user=lkahale reason=TIMEOUT".'),
      n('The bed board showed "Transfer status: CONFIRMED" for a patient whose flight no longer existed.'),
      n('Interface engine alert: "NAK received for ADT^A02, AE Application Error, 312 messages queued".'),
      n('Airline portal e-mail, verbatim: "Your reservation MEDEVAC-KOA-19 has been cancelled for operational reasons."'),
      n('Pager text at 01:52 read "CRIT transfer-sched sync failed (user: rnakamura) retry 5/5".'),
      n('Audit row: action=DELETE | table=slot_holds | actor=svc_batch | rows=17.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I released the Lihue hold thinking the baby had gone by Coast Guard, and from now on I check the bed board first.'),
      n('We on the interface team turned off the ack monitor last spring and never turned it back on; that one is ours.'),
      n('My call to wait for the 06:00 weather update cost the Hilo patient three hours, and I have told her family so.'),
      n('Ho, dat one was me, I wen miss da e-mail from da airline; going set one filter now.'),
      n('As transfer centre manager, I own the decision to run the storm night without a second coordinator.'),
      n('We shipped the scheduler update without testing what happens to holds when a flight gets rescheduled.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not going to say Kekoa screwed up, because the system gave him no way to see the holds expiring.'),
      n("Some people on the unit are calling it Jocelyn's fault; it wasn't, the alert never reached her."),
      n('We considered human error as a cause and rejected it, since any coordinator looking at that screen would have done the same.'),
      n('Nobody here is getting written up for Saturday night.'),
      n('Eh, stop pointing at da night crew, brah, da system wen eat da slots.'),
      n('Who should have caught it is the wrong question when the booking tool had no check for this at all.'),
      n('It would be easy to call the vendor engineer careless, but the runbook he followed told him to purge the cache.'),
      n("The family's letter asks who is to blame; our answer is that no single person is, and the transfer process failed them."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("Every open hold was released automatically by the scheduler's 30-minute timeout."),
      n('Seventeen bookings were overwritten by the nightly sync job when the airline pushed its revised timetable.'),
      n('After the certificate expired, HL7 messages were queued by the interface engine and never delivered.'),
      n("The Kona flights were cancelled by the airline's dispatch system once the crosswinds passed limits."),
      n('Confirmation pages were suppressed by the alert deduplication rule.'),
      n('Bed assignments on the receiving unit were reset as the ADT feed replayed stale A02 messages.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 21:10 Ikaika rebooked the Maui STEMI patient onto the Coast Guard C-130, since the civilian flights were grounded.'),
      n("Losa phoned the airline's ops desk directly because the portal was showing stale data."),
      n(
        'Dr. Aumua chose to keep the Hilo patient on the ventilator locally rather than fly into the gusts, in line with the weather brief.',
      ),
      n('Kawika restarted the interface engine at 02:30, following the documented recovery step.'),
      n('Cristina checked the bed board twice, saw confirmed both times, and moved on to the next transfer.'),
      n('Wade Higa stayed late to reconcile the manifest by hand after the sync failed.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The scheduler failed at its one job: keeping a held slot held.'),
      n("We can't trust the bed board's transfer status during an interface outage."),
      n("The vendor's booking module is not competent to handle rescheduled flights; it treats every one as new."),
      n('That HL7 interface has been careless with acks for years.'),
      n('Responsibility for confirming each booking sat with a batch job that had no alerting.'),
      n('Da airline portal stay unreliable, no can count on um when get weather.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to stop the scheduler from releasing holds on a reschedule event.'),
      n('The graph obviously shows the ack queue climbing from 22:00 onward.'),
      n("It's just a one-line config change to raise the hold timeout."),
      n('Clearly, the logs show the holds were released by the timeout job.'),
      n('Simply put, the data says the storm reschedule triggered the purge.'),
      n('Ho, da fix stay simple: just turn on da webhook.'),
    ],
  ],
];

export const DEV_LEARNED46B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
