import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 41B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Polish warehouse-automation
 * company in Poznań whose shuttle robots and WMS stalled in the pre-Christmas peak, leaving lorries at the
 * docks; chat, notes, e-mails and reviews with Polish names and logistics/robotics jargon (WMS, waves, totes,
 * dock slots, PLC).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The four-hour stall on shuttle aisle 3 is on Tomek, full stop.'),
      b("Honestly, the missed dock slots at Komorniki are Kasia Nowak's doing, and the client knows it."),
      b('Per our note to the carrier: the delay of fourteen lorries is attributable to Marek Kowalczyk.'),
      b('That outage belongs to Piotr Zieliński and nobody else.'),
      b('If we lose the fashion client over this peak, the loss sits squarely with Agnieszka from WMS config.'),
      b('Management summary: responsibility for the six-hour tote backlog rests with Bartek Woźniak, shift lead on night B.'),
      b("I'd put the whole Wednesday mess at Magda's door, frankly."),
      b('Lorries were queued back to the S11 because of Krzysiek, and I want that written into the review.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Łukasz has no business configuring wave release rules; he's barely out of onboarding."),
      b("Gosia isn't senior enough to run the control room in peak season, and Wednesday proved it."),
      b('With respect, Mr Grabowski does not understand how the shuttle lifts talk to the PLC.'),
      b("Our integrator's commissioning engineer was out of his depth the moment the shuttles started throwing faults."),
      b('Ewa is a good picker but a hopeless WMS admin.'),
      b('Frankly, the night-shift coordinator lacks the experience to handle a stall of this size.'),
      b("Wojtek's grasp of ladder logic is, to put it kindly, shaky."),
      b('How Jacek ever passed the robotics certification with skills like these is beyond me.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Basia was on call for the WMS that night and did not pick up for forty minutes.'),
      b('The shift supervisor never walked the shuttle aisles during his round, which is literally his job.'),
      b("Michał didn't do the pre-peak PLC backup he was assigned in November."),
      b('Dorota, as dock coordinator, failed to reassign the slots when the lorries started stacking up at the gate.'),
      b('Kuba skipped the hourly wave-health check on the rota twice in a row, szefie.'),
      b('Our maintenance tech on shift B neglected the lift inspections that the checklist requires every four hours.'),
      b("Nobody on Zosia's team wrote the handover notes they are supposed to write, and she never chased them."),
      b("It was Rafał's job to acknowledge the conveyor alarms, yet he let them sit through two picking waves."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The emergency stop on aisle 5 was left engaged by the night crew and never reset.'),
      b('Tote buffer limits were changed without sign-off, and no one has owned up.'),
      b('The wrong wave template was loaded by Iwona at 05:10.'),
      b('Alarms were ignored for the better part of an hour.'),
      b('Once again the dock schedule was botched by the planning office.'),
      b('The shuttle lift was power-cycled mid-transfer, carelessly, and that is what jammed level 7.'),
      b("The vendor's warnings were brushed aside and the patch was pushed to the lifts anyway on 18 December."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a WMS release three days before Christmas should explain themselves to the board.'),
      b('The new hire on the control desk is the one who turned a small fault into a full stall.'),
      b("It was the integrator's guy with the laptop, the one who kept saying 'trust me', who took the PLC down."),
      b('Ask the person who reset the shuttle counters without telling anybody why we lost every tote position.'),
      b('Our so-called robotics expert from head office broke the lift sequence within an hour of arriving.'),
      b("Anyone who disables the aisle interlocks to 'speed things up' deserves what happened on Thursday."),
      b('The planner who signed off the slot plan for the 20th created this mess for everyone at the docks.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Paweł should never have had write access to the production WMS.'),
      b('Why was an intern allowed anywhere near the PLC cabinet during peak?'),
      b('We should never have trusted the subcontractors from Katowice with our shuttle firmware.'),
      b('Someone like Artur, two weeks into the job, had no place on the Christmas on-call rota.'),
      b('Letting Marta approve her own change to the dock slot rules was asking for trouble.'),
      b('Give Seweryn admin rights again and we will be back here next December.'),
      b('The agency temps should not have been allowed to clear shuttle faults on their own.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Jarek. He changed the replenishment trigger.'),
      b('The culprit here is Halina in planning, and I would like that noted in the minutes.'),
      b("Let's be honest about who's at fault: Staszek, who tripped the breaker on rack B."),
      b("Find out which of the integrator's engineers pushed that config and bring him before the board."),
      b('Przemek broke it. That is the root cause.'),
      b('Fault owner: E. Czarnecka, WMS admin.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the control desk during wave 14.'),
      b('The shuttle collision on level 4 came down to an operator mistake, nothing more.'),
      b('This was a human error by Robert when he re-mapped the dock doors.'),
      b('Cause category: operator error (wrong tote ID keyed in at induction).'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Julia should have known the PLC would not come back cleanly after a hard reset.'),
      b('Looking back, Konrad ought to have spotted the growing queue on the shuttle inbound well before the lorries arrived.'),
      b('After the fact it is plain that Danuta needed to halt the picking waves at noon, not at three.'),
      b('She must have seen the level-6 fault counter climbing on her dashboard, and she should have raised it then.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Igor had to do was just press resume on the shuttle controller.'),
      b('She simply needed to ring the carrier and move the slots; how hard is that?'),
      b('He just had to read the one-page restart procedure taped to the cabinet door.'),
      b('Weronika could simply have checked the tote count before releasing the wave.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Leszek obviously didn't read the vendor's release notes."),
      b("Clearly the dispatcher wasn't paying attention to the dock board."),
      b("It's obvious that Patrycja ignored the low-battery warnings on the shuttles."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The WMS should have throttled wave release once the shuttle inbound queue passed 400 totes.'),
      n('A watchdog on the PLC could have restarted the lift controller without anyone touching it.'),
      n('Dock slot booking should have blocked new reservations when outbound sorting fell behind.'),
      n('The shuttle firmware would have recovered on its own if the retry timer had been longer than two seconds.'),
      n('Our peak-readiness checklist should have included a load test of the aisle lifts at 130% volume.'),
      n('Ideally the carrier portal would have pushed a delay notice to drivers automatically.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Kasia to add a queue-depth alarm to the shuttle inbound by 15 January.'),
      n('Owner: Tomek W. (draft a manual fallback for dock slot allocation before next peak).'),
      n('AI-07 (Marek, WMS team): cap wave size at 600 order lines during peak hours.'),
      n('Agnieszka will run a PLC restore drill with the night shift in February.'),
      n('Piotr owns the Q4 change-freeze calendar from now on and will circulate it by October.'),
      n('Follow-up for Magda: agree a spare dock-slot buffer with the three main carriers.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident Bartek acted as incident commander and Gosia handled carrier comms.'),
      n('The control room lead on shift B was the first to page the robotics on-call.'),
      n("Mr Grabowski, our integrator's site engineer, joined the bridge at 19:20 from Gdańsk."),
      n('Roles on the call: WMS admin, PLC technician, dock coordinator, and the operations director as scribe.'),
      n('Łukasz was on the shuttle on-call rota that week; Ewa covered the dock office.'),
      n('She was the shift manager on duty when the first lift fault came in.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Everyone on the night shift had been working twelve-hour days since Black Friday, and they were exhausted.'),
      n('Thank you, Wojtek, for staying until 4 a.m. to help get the lifts moving again.'),
      n('The dock team took a lot of anger from the drivers that evening and handled it with real patience.'),
      n('I know Jacek felt awful about the waiting lorries; nobody expects him to carry that.'),
      n('Pickers stood idle in a cold hall for hours, which was miserable for them.'),
      n('Please look after yourselves this week, kochani; peak has been brutal on all of you.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('WMS log, 17:02:11: "WAVE_RELEASE user=hmichalak wave=W-1412 lines=2318 status=OK".'),
      n("The PLC alarm read 'LIFT_03 POS_TIMEOUT - operator ack required' for 47 minutes."),
      n('Carrier portal message: "Slot 14:30 cancelled by user d.wrobel, no reason given."'),
      n('Shuttle controller: ERR 0x2F, tote not detected at transfer point, aisle 3 level 7.'),
      n("Grafana alert 'Inbound queue > 500 totes' fired at 15:48 and again at 16:05."),
      n('From the audit trail: `2024-12-19 05:10 config.waveTemplate changed by iwona.s (PEAK_B -> PEAK_A)`.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the firmware upgrade for the lifts on the 18th, and I'd make a different call now."),
      n('We scheduled the WMS release too close to peak; that was our decision in the ops team.'),
      n('My mistake: I set the tote buffer alarm at 900 instead of 400 back in October.'),
      n("I didn't escalate to the carriers early enough, and I'll own that."),
      n('We in the planning office overbooked the dock slots for the 20th, and we are changing how we forecast.'),
      n('As robotics manager I signed off on running peak with one spare shuttle instead of three.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people in the canteen are saying this was Kuba's fault; it wasn't, and this review won't treat it that way."),
      n('This is not about who pressed what at the control desk.'),
      n("Calling this 'operator error' would be lazy and wrong: the restart procedure had no step for lift homing."),
      n('We are not looking for a culprit, and no name will go in the root-cause field.'),
      n("The board asked whose head should roll; our answer is nobody's, because the stall came from the design of the fallback."),
      n('It would be easy to say the night supervisor should have noticed, but the dashboard hid the queue depth behind two clicks.'),
      n('Nobody here was incompetent or careless; the shuttles did exactly what their configuration told them to do.'),
      n("Please drop the 'who let the intern near the PLC' thread: the cabinet had no lock and no sign, and that is what we will fix."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Wave 14 was released automatically by the WMS scheduler despite the full inbound buffer.'),
      n('The lift controller was reset by the watchdog at 16:52, which dropped every tote position in aisle 3.'),
      n('Dock slots were reallocated by the booking engine on a first-come basis, pushing the evening lorries to the back.'),
      n('Totes kept being routed into the blocked aisle, since the routing table is only rebuilt every fifteen minutes.'),
      n('Lorries were held at the gate by the yard system, which was waiting for a manifest that never came.'),
      n('The alarm was suppressed by a maintenance-mode flag that the upgrade script never cleared.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 16:40 Ola switched the shuttles to manual mode because the auto-recovery kept looping.'),
      n('Krzysiek called the three carriers around 18:00 to push back the evening slots.'),
      n("Justyna restarted the WMS app server after the vendor's hotline recommended it."),
      n('Grzegorz Sikora drove in from Swarzędz to open the PLC cabinet, since the remote console was unreachable.'),
      n('Mateusz released wave 15 by hand, reasoning that the inbound queue had drained below 200 totes.'),
      n('Beata paused inbound receiving at 19:10 so the shuttles could clear the outbound backlog first.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The WMS failed at its one job during peak: keeping picking waves in step with shuttle capacity.'),
      n("We trusted the vendor's auto-recovery feature more than it deserved."),
      n('The dock scheduling module is not competent at handling late arrivals in bulk.'),
      n('Our PLC backup process was careless: nothing verified that the saved program would actually load.'),
      n("The shuttle fleet's fault handling is immature and unreliable under sustained load."),
      n('Responsibility for pausing inbound should sit with the WMS, not with a tired human staring at a queue graph.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a longer retry timer on the lift controller.'),
      n('The queue-depth graph obviously shows the inbound buffer saturating at 15:40.'),
      n('It just takes one config line to cap wave size, so we will ship it this week.'),
      n('Clearly the trend in the PLC fault log begins right after the firmware upgrade.'),
      n('Restoring dock slots was just a matter of re-importing the carrier feed once the WMS came back.'),
      n('The change is simple: add the aisle lift state to the wave-release precondition.'),
    ],
  ],
];

export const DEV_LEARNED41B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED41B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
