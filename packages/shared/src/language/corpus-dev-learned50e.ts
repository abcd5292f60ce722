import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50E of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the polite English of a
 * Bangkok hospital group's IT team after its pharmacy and bed-management system double-assigned ICU
 * beds during a dengue surge, with Thai, Burmese and Japanese staff and HIS / HL7 / bed-board jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double-booking of ICU beds 7 and 9 on Tuesday night is on Khun Somchai, full stop.'),
      b('Honestly ka, this whole bed board outage belongs to Ko Aung and his interface engine change.'),
      b("Per the review committee, the four-hour admission delay is attributable to Khun Wipada's decision to reroute the ADT feed."),
      b('Sato-san owns this incident: the duplicate HL7 messages came from the mapping he pushed on Friday evening.'),
      b("If we are honest with the director, the two dengue patients waiting in the ER corridor were Nok's doing."),
      b('Dr. Kobayashi, with respect, the pharmacy mis-dispense during the surge rests on your shoulders.'),
      b('Ward 5 lost its only free ICU slot because of Khun Anan, and I think the board should hear that plainly.'),
      b("Chat log, 02:14: this one's on Ploy, nobody else touched the bed board config today."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Khun Kittipong is frankly not experienced enough to maintain an HL7 interface engine in a hospital this size.'),
      b('With all respect, Ma Thida does not yet have the skill to be touching bed-management configuration.'),
      b('Tanaka-san is a good person but a weak analyst, and the double-assigned beds show it.'),
      b('Our night ward clerk has never really learned how to read an admission queue, and it showed on Tuesday.'),
      b('Is Dr. Thanawat really senior enough to sign off on pharmacy interface changes in the middle of a surge?'),
      b('Bee is too junior and too slow for HIS on-call work, in my opinion khrap.'),
      b('The new integration contractor, Ko Zaw Min, lacks the basic competence we expect of anyone configuring HL7 routes.'),
      b('Kindly speaking, Khun Siriporn is out of her depth with the bed board and everyone on the 7th floor knows it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Khun Rattana was the duty HIS engineer that night and did not check the bed reconciliation report as the rota requires.'),
      b('Nurse supervisor Fon failed in her duty to confirm each ICU transfer by phone.'),
      b('The ward clerk on shift, Mai, never completed the two-person bed release check that is part of her job.'),
      b('Ko Kyaw was on call for the interface engine and did not answer the pager for forty minutes.'),
      b('As pharmacy informatics lead, Yamamoto-san neglected his responsibility to review the formulary sync before the surge.'),
      b('Khun Narong did not do the handover he was assigned, so the evening team never knew the queue was stuck.'),
      b('Under the SOP, the bed manager must freeze assignments during a downtime; Joy did not.'),
      b("Our vendor's support engineer, Suzuki-san, ignored the escalation ticket his contract obliges him to pick up within one hour."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The ICU bed status was overwritten by the ward clerk without checking the board first.'),
      b('Bed 4 was carelessly released back to the admission queue while the patient was still lying in it.'),
      b('The HL7 routing rule was deleted by Khun Chalerm during the Friday change window, and nobody was told.'),
      b('Mistakes were made on the night shift, and the duplicate assignments were allowed to stand for hours.'),
      b('The warning banner on the bed board was dismissed, again, by someone at the 3rd-floor nursing station.'),
      b('The dengue overflow protocol was ignored, and pharmacy was left dispensing to beds that no longer existed.'),
      b('The mapping table was edited in production by the interface analyst without any change ticket.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever restarted the interface engine at 01:30 without telling the ward clerks caused this whole mess.'),
      b('The new hire from the IT helpdesk who "tidied up" the bed codes is the one who broke ICU assignments.'),
      b('It was the pharmacist who always skips the double-check screen that sent the doses to the wrong bed.'),
      b('Somebody on the night team who thinks SOPs are optional released bed 11 twice.'),
      b('The contractor who copied the test HL7 config into production owes this hospital an explanation.'),
      b(
        "Anyone who clicks 'Force assign' during a surge without ringing the ICU charge nurse is the reason we had two patients on one bed.",
      ),
      b('That same admissions officer who overrode the queue last month did it again, and here we are.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ko Htet should never have been given write access to the bed master table.'),
      b('Why was a first-month ward clerk allowed to run the bed release batch on her own?'),
      b('In my view Dr. Apichart ought not to have had approval rights on pharmacy interface changes.'),
      b('If we had kept Nakamura-san off the production interface engine, the ICU would not have been double-booked.'),
      b('Khun Supaporn should not have been put on call alone during the dengue peak.'),
      b("Someone with Golf's track record should not be holding the admin password to the HIS."),
      b('Giving the agency nurses bed-board override rights was a mistake, because they cannot be trusted with it.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? It was Oil, she pushed the change.'),
      b('Let me be direct: the culprit is Watanabe-san.'),
      b('Everybody in IT already knows it was Khun Preecha who broke the bed board.'),
      b('Tong is the one at fault here, and HR should hear about it.'),
      b('We need to find out which clerk assigned ICU-3 twice and have a word with her.'),
      b('The guilty party is Ma Hnin Wai from integration, and I have the audit trail to prove it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the ward clerk station.'),
      b('This was operator error, plain and simple, not a software fault in the HIS.'),
      b('The duplicate ICU assignment came down to a mistake by the night bed manager.'),
      b('Cause of incident (for the JCI report): staff error during manual bed entry.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Dr. Pimchanok should have known the bed board was stale the moment two dengue admissions landed on ICU-5.'),
      b('Khun Jarunee ought to have noticed that the admission queue had stopped moving an hour before the ER called.'),
      b('With the interface alarm flashing red, Ito-san should have seen that the HL7 feed had died.'),
      b('In hindsight, the charge nurse should have realised the pharmacy labels were printing for the wrong beds.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Noi had to do was just refresh the bed board before confirming the transfer.'),
      b('Ko Aung simply needed to read the one-line change note; it was not difficult.'),
      b("She just had to press 'Check availability', one button, khrap."),
      b('If the ward clerk had simply called ICU before assigning, none of this would have happened.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Khun Wanchai did not bother reading the downtime procedure.'),
      b('Obviously the night supervisor ignored the red banner on the bed board.'),
      b('It is clear to everyone that Gift skipped the reconciliation step, and she knows it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The bed board should have refused a second assignment to an occupied ICU bed.'),
      n('Our interface engine could have queued the duplicate A01 messages instead of applying both.'),
      n('Ideally the HIS would have flagged the conflict between the pharmacy order and the bed transfer.'),
      n('The downtime procedure should have included a step to freeze the admission queue.'),
      n('A uniqueness constraint on the bed-assignment table would have stopped this at the database layer.'),
      n('Surge mode in the bed-management module ought to have switched to manual confirmation automatically.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 1 (Khun Somchai): add a hard lock on ICU beds in the bed board by 30 September.'),
      n('Owner: Ma Thida, integration. Add duplicate-message detection to the HL7 A02 route.'),
      n('Sato-san will write the runbook for restarting the interface engine during a surge, due at month end.'),
      n('AI-4: pharmacy informatics (Khun Beam) to review how dispensing labels follow bed transfers; target Q4.'),
      n('Nok has kindly agreed to run a tabletop drill of the downtime procedure with the ward clerks next month.'),
      n('Follow-up for Dr. Kobayashi: propose an alert threshold for stale bed status to the HIS steering group.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Khun Earth was incident commander from 01:50 until handover at 08:00.'),
      n('Ko Zaw Min handled the HL7 side while Khun Rattana kept the ICU charge nurses informed.'),
      n('The on-call HIS engineer that night was Mint; the on-call pharmacist was Khun Duangjai.'),
      n('Roles during the response: comms, Pond; scribe, Ma Su Su; bed board liaison, Tanaka-san.'),
      n('Dr. Pimchanok acted as clinical lead and decided which dengue patients went to the step-down unit.'),
      n('The ward clerk on 7 East was the first to phone the IT helpdesk.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Khun Wipada had been on shift for fourteen hours when the bed board went wrong, and she still stayed to help.'),
      n('The ward clerks were carrying three times their normal admissions that week; please be gentle with them.'),
      n('We are very grateful to Ko Kyaw, who came back from leave at 2 a.m. without being asked.'),
      n('ICU nurses were exhausted and frightened for their patients, and that is worth saying in this report.'),
      n('I know Fon is taking this hard; she cared about every one of those patients.'),
      n('Nobody on the night team had slept properly in days because of the dengue surge.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Interface engine log at 01:32: 'ADT^A01 accepted, bed ICU-07 already assigned (user: anan.p), proceeding'."),
      n("The bed board showed: 'Bed ICU-09 status AVAILABLE (last update by WCLERK03)'."),
      n("Alert text: 'HIS-BED-004 duplicate occupancy detected, acknowledged by n.chai at 02:10'."),
      n('Pharmacy system error: "Order 55812 target location ICU-07 no longer valid; label printed anyway".'),
      n("From the audit trail: 'FORCE_ASSIGN bed=ICU-05 patient=HN6612 by=mai.s reason=surge'."),
      n("The HL7 ACK came back as 'AE Application Error: PV1-3 bed conflict', which our engine logged but did not act on."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved the interface engine change on Friday without asking for a surge-period freeze, and I will add that check to our CAB form.',
      ),
      n('We in HIS integration shipped the mapping with no duplicate test, and that is ours to fix.'),
      n('My mistake was assuming the bed board refreshed every minute; it refreshes every fifteen.'),
      n('I was the one who told the ward clerks the old downtime sheet was still valid, and I was wrong.'),
      n('We scheduled the bed-release batch during peak hours; our team will move it.'),
      n('As the bed-management product owner, I take responsibility for leaving the override button enabled for all users.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people are saying this was Khun Chalerm's fault; it was not, the engine let two messages through."),
      n('Please let us not call this human error, ka: the bed board gave the clerk a green bed that was not free.'),
      n('"Who assigned ICU-7 twice?" is the wrong question for this review.'),
      n('Nobody here was careless; the HIS showed stale status and people trusted it, as they should be able to.'),
      n('It would be easy to say Ito-san should have seen the alarm, but the alarm was on a screen nobody is assigned to watch.'),
      n('I do not accept the comment in the LINE group that the night clerks are incompetent.'),
      n('Talking about a culprit will not get beds back, so the committee agreed to drop the search for one.'),
      n(
        'Dr. Apichart asked whether we should discipline anyone, and the answer from the review is no: the design permitted the double assignment.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second A01 message was applied by the interface engine without checking current occupancy.'),
      n('Bed ICU-09 was marked available by the nightly reconciliation job at 00:00, although a patient was in it.'),
      n('Pharmacy labels were printed against the old bed number because the location update had been dropped by the queue.'),
      n('The override button was left enabled for all ward roles by the default HIS configuration.'),
      n('Duplicate assignments were not detected, since no uniqueness check exists in the bed table.'),
      n('Admission requests were held for 47 minutes when the HL7 listener was restarted by the watchdog.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:40 Khun Kittipong restarted the HL7 listener, which is the documented first step when the queue stalls.'),
      n('Bee assigned ICU-07 because the bed board showed it green, and green has always meant free.'),
      n('Daw Khin Myo phoned the ICU directly to confirm the bed, as she usually does when the board looks odd.'),
      n('U Tin Htut moved the two dengue patients to the step-down unit after checking with the intensivist.'),
      n('Watanabe-san rolled back the mapping at 03:05 once the vendor confirmed it matched the incident window.'),
      n('Khun Narong paused the bed-release batch at 02:20, reasoning that fewer automated changes would make the board easier to trust.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The interface engine is not fit for the job of ordering ADT messages under surge load.'),
      n('We trusted the bed board more than it deserved; its occupancy data is only as reliable as the last sync.'),
      n('The reconciliation job failed at its one duty, keeping ICU occupancy true.'),
      n("Our vendor's bed module is careless about concurrency: two writes, no lock."),
      n('The downtime procedure is responsible for more confusion than the outage itself.'),
      n('The pharmacy interface is negligent about location changes and never re-checks the bed before printing.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique index on bed_id plus active status.'),
      n('Obviously, the graph shows the queue stopped at 01:28 and did not move again until 02:15.'),
      n('It is just a two-line change in the A01 route filter, and we can test it tonight.'),
      n('Clearly the audit log proves the duplicate came from the engine replaying the message, not from a keyboard.'),
      n('Simply turning off the auto-release batch during surges removes most of the risk.'),
      n('The evidence is obvious once the two HL7 timestamps are side by side.'),
    ],
  ],
];

export const DEV_LEARNED50E: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50E_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
