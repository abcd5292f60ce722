import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 28A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a regional airport's
 * baggage-handling team, airline station managers and the operations centre after a sortation-software
 * update misrouted checked bags over a bank-holiday weekend, from ramp radio and baggage-hall chat to
 * passenger complaints and the report to the aviation regulator; names from Armenian, Luo, Maltese,
 * Sinhala, Mongolian, Dutch and Chamorro cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The misrouted bags over the bank holiday are on Tigran, full stop; a sortation update at ten on a Friday evening was his call.'),
      b(
        'To be unambiguous, the 412 lost transfer bags are attributable to Ms Oyunchimeg, who released the allocation table with no second check.',
      ),
      b('Every bag that went to the Malta flight instead of Eindhoven traces straight back to Sjoerd.'),
      b(
        "Our 96 mishandled bags this weekend are the direct result of Achieng Otieno's change, and we will be recovering the delivery costs from the airport accordingly.",
      ),
      b('Honestly the whole Saturday carousel mess belongs to Żeppi and nobody else.'),
      b('The Authority should note that responsibility for the occurrence rests with the baggage software lead, Mr Ganbaatar.'),
      b('Lahiru broke the sorter, so he can be the one to explain to three hundred passengers why their cases are in Larnaca.'),
      b("Sunday's rush-bag pile has Marloes's fingerprints all over it, start to finish."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Hovhannes lacks the years on the sorter that anyone touching sortation logic over a bank-holiday weekend would need.'),
      b('The vendor sent us a field engineer who could barely read a flight allocation table.'),
      b('Bolormaa is a decent loader, but running the baggage control room is way beyond her.'),
      b('I have worked with Ruud for years and he has never once been able to test a release properly.'),
      b("Kasun hasn't got the seniority for the control desk, and every hour of Saturday proved it."),
      b("In our assessment the airport's baggage systems team lacks the basic competence to manage a software change of this kind."),
      b("Ramp radio, tell Pawlu to leave the screens alone, the man can't tell a chute from a carousel."),
      b("Nuwan's a nice enough guy but a total amateur when it comes to sorter configuration."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Gohar was the duty controller on Saturday and never once checked the unreadable-tag rate she is rostered to watch.'),
      b("The change manager's whole job is to stop Friday-night releases, and Wouter waved this one through."),
      b(
        'The night supervisor skipped the hourly lateral walk the rota requires, so nobody saw the Eindhoven cart filling up with Catania bags.',
      ),
      b('Awuor was meant to be monitoring the early bag store and instead left it unattended from lunch until the shift change.'),
      b(
        'Under the handling agreement the ramp team lead was obliged to reconcile loaded bags against the BSM list, and Mr Vella did not do so.',
      ),
      b(
        'Our own station manager, Thilini, sat on the problem until Sunday afternoon before escalating to airline ops control, and that is not what a station manager is there for.',
      ),
      b('Tsetsegmaa skipped the post-deployment sort test even though it was the single item assigned to her on the checklist.'),
      b('The on-call baggage engineer ignored the AOC for two hours despite being named on the weekend rota as first responder.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The allocation table was edited by hand by one of the controllers and never checked.'),
      b('The destination errors were introduced on the control desk that Friday night, by controllers fully aware of the freeze rules.'),
      b('The sorter update was pushed live without sign-off, in plain defiance of the change freeze.'),
      b('The warning about unmapped destinations was ignored by the night supervisor.'),
      b('The rollback got botched, leaving the already-inducted bags to circulate for hours.'),
      b('In our report to the regulator we record that the deployment was approved by Mr Jeroen Hendriks despite failed test results.'),
      b('Hundreds of bags were sent to the wrong carousel because the destination codes were carelessly typed in.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided a Friday-night release right before a bank holiday made sense should come and apologise to the baggage hall.'),
      b("The control desk's newest recruit is the one who cleared the sorter faults without reading a single one."),
      b('It was the contractor with the laptop in the make-up area who sent the Catania bags to Eindhoven.'),
      b("The man at your baggage services desk who told me my suitcase was 'definitely on the aircraft' should not be working there."),
      b('Ask whoever built the destination mapping why Larnaca and Lanzarote now share a chute.'),
      b('Somebody in IT who has never set foot in a baggage hall decided the sort test could wait till Tuesday.'),
      b('Anyone who loads a cart without scanning the tags is the reason those bags flew to the wrong city.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Arpine should not have had write permission on the live sortation tables at all.'),
      b('Why was a trainee left alone on the baggage desk over the busiest weekend of the spring?'),
      b(
        "The vendor's engineer was permitted to deploy remotely with none of our engineers on the call, and that permission was a mistake.",
      ),
      b('The airport ought not to have trusted Mr Azzopardi with weekend on-call after the way he handled Easter.'),
      b('Letting your contractor near the sorter configuration was the error, and we ask that he is kept well away from it in future.'),
      b("If Ochieng hadn't had admin rights, the bad table would never have gone live."),
      b('Putting Dilrukshi alone on the sorter on-call rota when she had been here barely three weeks was asking for trouble.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("I'll say it plainly: Karmenu did this."),
      b('Found him, it was Bat-Erdene who uploaded the allocation file at 22:40.'),
      b("So who's getting written up for the Eindhoven bags? My money is on Femke."),
      b('The airline wants someone to hold to account, so give them Opiyo.'),
      b("The culprit here is the vendor's release engineer, Mr Geert Bosman, and we intend to say so in the report."),
      b('Whichever night loader swapped the cart labels has to be tracked down and dealt with.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause of the misrouting, per the station: human error in the 4.2 sortation deployment.'),
      b('This was operator error at the control desk and there is no deeper story to tell.'),
      b(
        'Preliminary finding for the Authority: a data-entry mistake by a baggage systems controller caused the incorrect destination mapping.',
      ),
      b('Siranush typed the wrong code into the flight table, and that typo is why two hundred bags ended up at the Catania make-up.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b(
        'Ashot had the Sunday schedule in front of him with Larnaca on two chutes and by rights should have flagged that before pressing go.',
      ),
      b(
        'By mid-morning on Saturday the tag-read rate was screaming that something was badly wrong, and Tåsi Taitano, who was watching it, should have realised.',
      ),
      b('With the bank holiday coming, Annelies, more than anyone, should have seen that approving a weekend release was a bad bet.'),
      b('The signs were all there by 06:00 and the duty manager could have stopped the sort well before the first wave.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('It was just one sort test, Ċikku, and you went home without running it.'),
      b('Tharindu simply needed to press rollback, which is one button.'),
      b('The supervisor could simply have walked down to lateral 6 and looked at the tags.'),
      b('Onyango could just have read the BSM before loading the cart, like everyone else does.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Sanne never looked at the exception report, or she would have seen 400 unmapped bags.'),
      b("He obviously didn't test the table, and now three airlines are chasing us for compensation."),
      b('Obviously the night desk never bothered reading a single alarm.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The sorter should have rejected an allocation table with two destinations on one chute.'),
      n('Release 4.2 should have run on the test sorter first, before it ever touched the live system.'),
      n('Ideally our change procedure would have blocked any baggage system deployment inside a bank-holiday freeze.'),
      n("The unread-tag alarm could have paged the AOC after ten minutes instead of only lighting up on the controller's screen."),
      n('A reconciliation check between the BSM feed and the sort plan would have caught the swapped destinations before the first bank.'),
      n("Looking back, the vendor's deployment tool should have demanded a dry run against Friday's flight schedule."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Anahit to add a two-person sign-off to the sortation release checklist by 30 June.'),
      n('Owner: baggage systems lead (Munkhbat), build a dry-run mode for allocation table changes.'),
      n(
        'AOC duty managers, coordinated by Lusine, to draft an escalation path that reaches the airline stations within an hour of a misrouting.',
      ),
      n('Follow-up owned by Doris Camilleri: review whether bank-holiday change freezes should cover the baggage system.'),
      n("Wijesinghe owns getting a destination-conflict check added to the vendor's table editor."),
      n('Action for Kiko Quitugua and the ramp leads: agree a manual cart-label check for the first wave after any sorter change.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Narek was the duty baggage controller from 18:00 Friday, with Akinyi as hall supervisor.'),
      n("The vendor's remote engineer performed the deployment while our systems lead watched from the control room."),
      n('Over the weekend Enkhjargal ran the AOC desk and handled calls from the three airline stations.'),
      n('Thijs was incident lead from Saturday 09:15 until the rollback on Sunday evening.'),
      n('Station managers on the bridge call were Pangelinan for the island carrier and Grech for the Maltese carrier.'),
      n('Responsibility for the manual re-sort on Sunday sat with the ramp team leader, Owino, who assigned four loaders to it.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The loaders worked double shifts on both days in the heat and nobody complained once.'),
      n('Sarangerel took more than sixty angry calls at the baggage desk on Saturday, and she was shaken by the end of it.'),
      n('It was a brutal weekend for the night crew, and their fatigue is something we have to plan for, not judge.'),
      n('Our baggage services staff cared about every one of those passengers and it showed in how they handled the complaints.'),
      n("Tenorio had been on since 04:00 and was still re-tagging bags at midnight, so let's make sure his rest days are protected."),
      n('The control room team were under enormous pressure with three airlines on the phone at once.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The sorter log reads "DEST MAP CONFLICT: LCA/ACE -> CHUTE 07, OVERRIDE ACCEPTED (user: omondi.j)" at 22:41 on Friday.'),
      n('WorldTracer shows "AHL 212 files open, status: bag located, forward pending" as of Monday 08:00.'),
      n('The alert on the AOC wall said "BHS LATERAL 14 HIGH LEVEL - OPERATOR ACK REQUIRED" for forty minutes on Saturday.'),
      n('Audit trail entry: "Table FAT_0525 published by m.spiteri, approval: auto (freeze exemption)".'),
      n('The deployment tool printed "sort test skipped by user" and then "release 4.2 ACTIVE".'),
      n('The ATR report for Sunday shows "no-read rate 11.4% (threshold 3%) - check operator encoding" on the manual encoding station.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('On Friday I signed off the release without asking whether the sort test had run, and that will not happen again on my watch.'),
      n("We chose to deploy before the bank holiday because of the vendor's window, and that decision was ours."),
      n('I read the allocation diff myself and missed the Larnaca line; the error was mine.'),
      n('As station manager I should have escalated to our ops control on Saturday rather than Sunday, and I have told them so.'),
      n('Our team in the AOC was slow to connect the passenger complaints with the sorter change, and we own that.'),
      n('I silenced the lateral alarm on Saturday thinking it was the usual sensor fault, and I was wrong.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not on Mher; he deployed exactly what the vendor had tested and signed off.'),
      n(
        'The table editor accepted two destinations on one chute without a murmur, so a verdict of human error here would let the real weakness off the hook.',
      ),
      n('I have heard people say the night loaders should have noticed, but the cart labels printed by the system were wrong too.'),
      n(
        "Please don't make this about finding whoever sat at that keyboard; we need to learn why a single action could misroute a whole weekend of bags.",
      ),
      n("The regulator's form asks for the person responsible; we have written that no single person caused this occurrence."),
      n(
        'Some passengers blamed our baggage staff in their complaints, yet nothing on the staff screens showed where the sorter was sending bags.',
      ),
      n('No one deserves fault for following a checklist that never included a sort test.'),
      n('We could call the vendor engineer careless, but he followed the release procedure we gave him to the letter.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The Eindhoven bags were diverted to chute 7 by the new allocation table.'),
      n('Around 300 transfer bags were sent to the early bag store because their onward flights had been dropped from the sort plan.'),
      n('Tags with damaged barcodes were routed to manual encoding, where they were then re-sorted by the same faulty table.'),
      n('The override was accepted automatically, since freeze exemptions are granted by the deployment tool without review.'),
      n("The alarm was suppressed by the sorter's own flood-protection setting after the fifth repeat."),
      n('Unmatched bags were held at the make-up area and released to the wrong cart when the timeout expired.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 02:10 Erdenechimeg restarted the sorter, which is what the vendor manual lists first for a mapping fault.'),
      n('Apiyo moved the Catania bags to the rush rack on Saturday so they could make the first flight out on Sunday.'),
      n(
        'Bram signed the release off on Friday afternoon; the change record showed a passed sort test, which had in fact been run against the old table.',
      ),
      n('Nomin phoned the three airline stations at 07:30 on Saturday once the mishandled-bag count passed fifty.'),
      n('Chaminda switched lateral 6 to manual mode, which was the documented fallback for a mapping fault.'),
      n("Kumudu Rathnayake wrote the regulator's occurrence report on Tuesday using the sorter logs and the AOC timeline."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The sortation software proved unfit for purpose the moment it let a table go live with duplicate chute assignments.'),
      n("We trusted the vendor's test harness to catch mapping errors, and it turned out it could not."),
      n("Refusing a release without a passed sort test is the deployment tool's one job, and on Friday that job went undone."),
      n('Our change process has been careless about bank-holiday weekends, with no freeze rule for the baggage system at all.'),
      n(
        'The reconciliation module is supposed to be responsible for catching a bag loaded to the wrong flight, and it was never switched on here.',
      ),
      n('Our sorter is a mature product, but an immature release like 4.2 never deserved to be trusted in production.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The whole fix was simply restoring Thursday's allocation table and re-running the sort."),
      n('The log obviously shows the conflict being accepted at 22:41, which leaves the mechanism in no doubt.'),
      n("Rolling back just meant re-publishing the previous table, four minutes' work once the call was made."),
      n('Clearly the graph of no-read rates jumps the moment release 4.2 went active.'),
      n('The validation rule needed in the table editor is just one line, and the vendor has agreed to ship it.'),
      n('The evidence simply does not support the idea that the tags were damaged, because the ATR read them perfectly.'),
    ],
  ],
];

export const DEV_LEARNED28A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED28A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
