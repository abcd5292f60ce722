import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 44C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the ops team of a Colombo
 * container terminal whose terminal operating system double-booked quay cranes and berth windows during
 * the monsoon peak, leaving two mainline vessels idle at anchor; Sinhala and Tamil names, port-ops jargon
 * (berth window, quay crane, yard plan, TOS, reefer plugs) in Sri Lankan English chat, notes, e-mails,
 * letters and reviews.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Both mainliners swinging at anchor for thirty-six hours — that delay is on Nuwan Wickramasinghe, full stop.'),
      b('Per the attached note, the demurrage claim from the line is entirely attributable to Mr. Weerakoon of berth planning.'),
      b("Machan, the crane clash at berth 3 is Kasun's doing, not the TOS's."),
      b(
        'The loss of the Maersk berth window, and the penalty that followed, rests with Mrs. Tharshini Selvarajah as shift planning lead that night.',
      ),
      b('If you ask me, the whole monsoon backlog belongs to Dilshan and nobody else.'),
      b('Sir, kindly note that the overtime bill for the stevedore gangs is attributable to Miss Nadeesha Perera.'),
      b("The eleven hours lost on the CMA CGM call will go against Lahiru's name in the monthly KPI review, as it was his berth plan."),
      b('Honestly, the idle days in the anchorage are down to Ruwan Gunasekara and his berth window sheet.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Sanjeewa does not have the experience to run the vessel planning desk in a monsoon peak.'),
      b('Frankly, Mr. Herath is out of his depth with the new TOS and has no business planning berths.'),
      b('Our new yard planner cannot read a crane split, that is the plain truth.'),
      b('With respect, Miss Vasanthi lacks the seniority and judgement that the berth allocation desk demands.'),
      b("Aiyo, Chathura can't even tell a reefer plug map from a bay plan, how is he on the planning team?"),
      b('In my assessment the duty manager that night, Mr. Kandiah, is not competent to handle two mainline calls at once.'),
      b('Tharindu is a decent tally clerk but a hopeless vessel planner.'),
      b('The incompetence of the planning supervisor, Mrs. Dilani Amarasinghe, is the real story behind the double booking.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'Prashanth was on the night planning rota and did not run the berth clash report before handover, which is the first thing that role requires.',
      ),
      b('The shift supervisor failed to cross-check the quay crane allocation against the berth windows, as his duty roster requires.'),
      b("Mr. Liyanage neglected his duty as berth coordinator to confirm the line's revised ETA."),
      b("Nobody on Sivakumar's shift did the 0600 crane sign-off, and as shift lead that was his job."),
      b('Miss Ishara did not escalate the double booking to the harbour master, which is exactly what the duty officer is there for.'),
      b("Suresh was supposed to be watching the berth window screen on Tuesday night and he wasn't."),
      b(
        'As vessel planner, Mrs. Rajeswari Balasingham did not carry out the pre-arrival berth validation that her job description sets out.',
      ),
      b('The gate controller on duty walked away from the gate transaction queue for two hours during the peak.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The berth window for the second mainliner was double-booked by the night planner without a look at the crane roster.'),
      b('Crane QC-07 was assigned twice, and the clash was ignored until the pilots were already boarding.'),
      b('Mistakes were made on the planning desk, and the warnings were brushed aside.'),
      b('The TOS alert for the overlap was acknowledged and dismissed by someone on B shift.'),
      b('The revised ETA from the agent was never read, and the yard plan was released regardless.'),
      b('It appears the berth schedule was overwritten by hand after the 2200 freeze, against standing instructions.'),
      b('The reefer plug allocation was botched on the night shift and then covered up at handover.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the berth windows on Monday night has cost us two mainline calls.'),
      b('The trainee who keyed the crane split into the TOS is the reason the vessels are still at anchor.'),
      b('It was the planner who always skips the clash report that caused this, everyone on the desk knows who.'),
      b("That fellow from the line's office who kept changing the ETA by phone is behind this whole mess."),
      b('Some genius on the late shift decided two vessels could share QC-04 and QC-05 at the same time.'),
      b('Ask the one who overrode the berth lock at midnight why two ships are sitting off Colombo.'),
      b('The new graduate planner from head office, the one with no quay experience, wrecked the monsoon berth plan.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nimal should never have been given override rights on the berth module in his first month.'),
      b('A contract clerk like Kajan should not have been allowed anywhere near the live berth schedule.'),
      b('If we had not trusted Mrs. Nanayakkara with the peak-season plan, the ships would be alongside by now.'),
      b('Why was Logeswaran left on call alone for the monsoon peak when he had never handled a double call?'),
      b('Had approval for the crane reallocation been kept away from Mr. Samarawickrama, none of this would have happened.'),
      b('Handing the vessel planning password to the night tally supervisor was asking for trouble, and he proved it.'),
      b('Janani should have been kept on the gate desk and not let near the TOS berth screens.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit here is Thayalan, plain and simple.'),
      b('It was Mr. Abeysekera who double-booked berth 5, and management must hold him to account.'),
      b('We all know who did this: Dinesh from the vessel planning cell.'),
      b('Find out which planner keyed in the duplicate crane order and bring him before the GM.'),
      b("The line's agent wants a name, and the name is Kumarasinghe."),
      b('Point the finger where it belongs — at Nithya, who entered both berth windows.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the vessel planner during manual berth entry.'),
      b('The double booking of the quay cranes was due to operator error at the planning console.'),
      b('The inquiry finds that the incident arose from a mistake made by Mr. Ratnayake when updating the yard plan.'),
      b('Cause of idle time at anchorage — planner error, not a system fault.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Sachini ought to have seen that the two ETAs fell inside the same berth window.'),
      b('Mr. Wijesinghe should have known the monsoon swell would push the first vessel late, and he should have kept the cranes free.'),
      b("With the benefit of hindsight, the duty manager should have rung the line's agent the moment the second ETA came in."),
      b('Anusha had the clash report on her screen at 2300 and should have spotted the overlap then.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Chaminda had to do was just refresh the berth view before confirming.'),
      b("She simply had to tick the clash check box, and she couldn't manage even that."),
      b('Honestly, the planner just needed to glance at the crane roster for two minutes.'),
      b('It was a simple matter for Mr. Fernando to phone the harbour master, yet he did not.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Kugan obviously didn't bother reading the overlap warning before he hit confirm."),
      b('Clearly the night planner never looked at the berth window before allocating QC-06.'),
      b('It should have been obvious to Mrs. Gunawardena that two mainliners cannot share one berth in the same hour.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The TOS should have refused a second booking for a berth window that was already confirmed.'),
      n('Ideally the crane scheduling module would have flagged QC-03 as committed to another vessel.'),
      n('Our berth planning process should have included a lock once the 48-hour window is published.'),
      n('The monsoon contingency plan could have reserved a spare berth for weather-delayed mainliners.'),
      n('The clash report ought to have run automatically at every plan release, not only on request.'),
      n('An interface check between the vessel schedule feed and the crane roster would have caught the overlap days earlier.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Tharshini to add a hard berth-window lock in the TOS configuration by 30 June.'),
      n('AI-2 — Mr. Selvarajah (IT Systems) to raise a change request with the TOS vendor for crane double-allocation validation.'),
      n('Owner: Berth Planning Manager — review the monsoon buffer for mainline windows before the next south-west monsoon.'),
      n('Kirushanthan will build a dashboard of reefer plug availability against the yard plan, due end of Q3.'),
      n('Mrs. Wijeratne to brief all shift planners on the new clash-check screen; target date 15 July.'),
      n('Next steps: Operations (Pathmanathan) to agree an escalation path with the harbour master for any berth conflict.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Mr. Jayawardena was the duty terminal manager on the night of 12 June.'),
      n('Vessel planning on B shift was covered by Miss Sinthuja, with Ruwan on yard planning.'),
      n('The incident commander for the response was Captain Dissanayake from Marine Operations.'),
      n('Thevaki acted as scribe for the bridge call and kept the timeline.'),
      n('On the berth side the planner on watch was Mathivanan; on the crane side, the foreman was Upul.'),
      n("The harbour master's office was represented by Capt. Senanayake throughout the call."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The planning team had been working double shifts for nine days straight because of the monsoon backlog.'),
      n('Nadeesha was visibly shaken when she saw the two vessels at anchor, and we made sure she got home safely that night.'),
      n('Everyone on the desk was trying very hard to get those ships alongside in terrible weather.'),
      n('Dear Mr. Herath, thank you and your crew for staying past midnight in the rain to resequence the cranes.'),
      n('It was a brutal week for the vessel planners, with the phones ringing non-stop from the lines.'),
      n('Please look after yourselves, fatigue on this desk has been very high since the peak started.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('TOS log 02:14: "BERTH_ALLOC OK — B5 0600-1800 user=ntharanga".'),
      n('The alert read: "WARN QC-04 assigned to 2 vessel visits (VV2391, VV2397) in overlapping window".'),
      n('Gate system output: "GATE-IN rejected: no yard slot, block 3C full".'),
      n('Audit trail shows "Berth window override by user SJAYAWARDENA, reason: agent request".'),
      n('The reefer monitor kept printing "PLUG 44 NO POWER" every five minutes from 0300.'),
      n('Error on the planner screen at 2231: "Conflict check skipped — service timeout".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I confirmed the second berth window without running the clash report, and I will run it on every release from now on.'),
      n('We in vessel planning missed the revised ETA from the line, and that is ours to fix.'),
      n('My mistake was approving the crane reallocation over the phone; next time I will wait for the TOS to confirm.'),
      n('I should have called the harbour master earlier on Tuesday, and I own that.'),
      n('As the planning supervisor, I signed off that yard plan, so the delay sits with me as well.'),
      n('We got the monsoon buffer wrong this season, and we will change how we set it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about finding who double-booked the berth; it is about why the TOS let it happen.'),
      n('Some people on the wharf are saying Kasun is to blame, and I want to be very clear that he is not.'),
      n('Calling this "human error" would be wrong, because the system accepted both bookings without a warning.'),
      n('I do not accept that the night planner was careless; the clash check had been switched off by the upgrade.'),
      n('Whether Mr. Karunaratne should have noticed is the wrong question for this review.'),
      n('Nobody here is going to be disciplined over this; the fault lies in how the berth module handles overrides.'),
      n("Let's stop looking for a culprit among the planners and look at the schedule feed instead."),
      n('The line has asked us to name the officer responsible, and we have declined, because the failure was in the process.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second berth window was accepted by the TOS because the overlap check ran only against confirmed calls.'),
      n('QC-05 was allocated twice by the auto-scheduler after the vessel visit was cloned.'),
      n('The yard plan was overwritten by the nightly sync job at 0100.'),
      n('Both bookings were marked valid by the planning engine when the weather delay pushed the first ETA past the freeze time.'),
      n('The clash alert was suppressed by a filter introduced in the March TOS release.'),
      n('Reefer plug assignments were reset when the yard module restarted.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 2240 Tharindu moved the feeder to berth 2 to free QC-03, which looked like the quickest way to make room.'),
      n('Mrs. Kandasamy called the line agent at 0115 to check whether the second ETA still held.'),
      n('Balachandran confirmed the berth window because the TOS showed it as free at the time.'),
      n('Mr. Wickramasinghe, reading the same screen, approved the crane split as it was presented.'),
      n('Lasantha kept the gate open for export boxes, expecting the vessel to berth by morning as planned.'),
      n('Before leaving at 0600, Priyanka handed over the plan with a note on the weather delay.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The TOS is not fit for purpose when ETAs slip by more than six hours.'),
      n('The berth module failed at its one job: refusing a second vessel for the same quay.'),
      n('The clash report proved unreliable under monsoon-peak load, and it is not trustworthy until the vendor fixes it.'),
      n("The vendor's crane scheduler was careless with time zones, storing berth windows in UTC and crane shifts in local time."),
      n('Responsibility for checking overlaps sits with the TOS validation layer, which did not do its duty on 12 June.'),
      n('The EDI feed from the shipping line is the least dependable part of the chain, and it let the stale ETA through.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a uniqueness check on crane and berth window in the allocation table.'),
      n('The crane log obviously shows QC-04 booked for both vessel visits from 0600 to 1400.'),
      n('It is just a two-line config change to turn the clash check back on.'),
      n('Clearly, the berth occupancy graph shows both calls stacked on berth 5 from Tuesday noon.'),
      n('The simplest remedy is to hold a spare berth window during the monsoon peak.'),
      n('Just compare the two timestamps in the audit log and the overlap is plain to see.'),
    ],
  ],
];

export const DEV_LEARNED44C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED44C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
