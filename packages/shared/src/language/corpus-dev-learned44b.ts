import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 44B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Helsinki ferry operator
 * whose vehicle-deck booking and loading-plan system oversold the car deck on the Tallinn route before a
 * midsummer weekend, in the terse English of a Nordic team (Finnish, Finland-Swedish, Estonian and Sámi
 * names; lane metres, loading plans, manifests, check-in booths) across chat, notes, e-mails, letters and reviews.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The stranded cars at Länsisatama are on Juha, full stop.'),
      b('This overbooking belongs to Mikaela Lindqvist; she raised the car-deck allocation on Tuesday and told no deck officer.'),
      b('Kaarel owns the Friday sailing mess, and the Tallinn port office should hear that from us plainly.'),
      b('As far as the board is concerned, the 214 lane metres we sold but did not have are attributable to Aino Virtanen.'),
      b("tbh the whole juhannus fiasco is Pekka's, he signed off the capacity table"),
      b('We regret to say that the failure to load your vehicle on 20 June rests with our booking manager, Mr Fredrik Nyberg.'),
      b("Whose fault was the 17:30 departure leaving forty cars behind? Tiit's, and nobody in the Tallinn office disputes it."),
      b('Responsibility for the oversold car deck sits with Riikka Salo, who kept the freight hold-back at zero for the whole weekend.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Honestly, Ville doesn't understand lane metres well enough to be editing a loading plan."),
      b('Áile is too green for capacity work on a peak route; four months in booking ops is not enough.'),
      b('Mart has never been good with numbers, and the deck plan showed it.'),
      b('With respect, Ms Holmström lacks the shipping experience to judge a vehicle-deck allocation.'),
      b('The check-in supervisor at booth 3 is out of his depth whenever a sailing runs full.'),
      b('Kadri is a decent deckhand but a hopeless planner.'),
      b("no offence but Sami can't read a manifest to save his life"),
      b('In my assessment Henrik Ekholm lacks the seniority and the judgement that a revenue-desk role in high season needs.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Niillas was the duty deck officer that night and did not do the pre-departure lane count his rota requires.'),
      b('The booking controller on shift never ran the overbooking report that her job description lists as a daily task.'),
      b("Jari was supposed to reconcile the manifest against the loading plan at 14:00 and he didn't"),
      b('Our capacity planner failed at the one job she has: keeping sold lane metres below what the deck can take.'),
      b('Satu, as weekend on-call for the booking engine, ignored three pages and let the sales run on.'),
      b('The terminal manager neglected his duty to stop check-in once the car deck was full.'),
      b('It was Priit’s job to freeze car sales at 95 per cent, and he did not.'),
      b('Mr Lönnqvist did not carry out the capacity review that his position as route manager requires before every peak weekend.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The car-deck limit was raised to 2,950 lane metres by Tuomas on Wednesday night, and no one was told.'),
      b('The overbooking warning was ignored for six hours on Friday.'),
      b('The freight hold-back was switched off by hand, carelessly, on the eve of juhannus.'),
      b('The 13:00 capacity warning was brushed aside, and the extra coaches were waved through onto the booking anyway.'),
      b('cap got overridden by someone in revenue, again'),
      b('The Estonian cancellations were keyed in twice by Maarja at the Tallinn desk, and that double entry is what hid the overbooking.'),
      b('Your booking was accepted in error by our staff, and for that the company apologises.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever changed the deck capacity on Wednesday night owes forty families an apology.'),
      b('The new hire in revenue who thought a camper van was one lane metre cost us the Friday sailing.'),
      b('the guy who turned off the hold-back is the reason we had cars on the quay till midnight'),
      b(
        'It was the summer temp at booth 2, the one who waved everyone through, who filled the lanes we had promised to the Tallinn bookings.',
      ),
      b('Somebody in that office who cannot count caused this, and we all know which desk.'),
      b('The person who approved the extra coach bookings without opening the loading plan wrecked the whole deck.'),
      b('Anyone who sells 300 lane metres into a 250-metre deck has no business in booking ops.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Eero should never have been given write access to the capacity table.'),
      b('why was a trainee allowed to override the car-deck cap on a juhannus sailing??'),
      b("If Máret hadn't been let near the booking engine's admin panel, the car deck would have been fine."),
      b("Nobody should have put Kristjan on call for the peak weekend; he'd been here three weeks."),
      b('The Tallinn agents should never have been allowed to approve their own group bookings.'),
      b('Ms Björkman ought not to have had sign-off rights on capacity changes, not with her record.'),
      b('I would not have trusted Lauri with the loading plan on a normal Tuesday, let alone before midsummer.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('so who did it? Jonna. she pushed the cap change'),
      b("The culprit is Petri in revenue, and I'd like that written into the review."),
      b('We need to find out which check-in agent kept loading walk-up cars and have a word with her.'),
      b('Call it what it is: Triin broke the car deck.'),
      b('Subject: Friday overbooking — it was Indrek, not the system'),
      b('Ask around the terminal until someone names the deck officer who signed that plan, then go after him.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error in the capacity update on 18 June.'),
      b('The overbooking came down to operator error at the revenue desk, nothing more.'),
      b('booking engine is fine, it was a human mistake, someone fat-fingered 2950 instead of 1950'),
      b('The incident was caused by an error on the part of one of our employees and not by any fault in our systems.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Heikki should have seen that the car deck was filling faster than on any midsummer before.'),
      b("Kirsi ought to have known, after last year's juhannus, that the walk-up lane would be needed."),
      b('With the manifest in front of him, the deck officer should have spotted the 40 extra cars hours before the sailing.'),
      b("Anneli must have realised by noon that the numbers didn't add up, and she said nothing."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Tõnu had to do was just press "close sales" on the route at 95 per cent.'),
      b('she literally just had to look at the lane metre total'),
      b('Simply reading the loading plan before signing it would have been enough, Marit.'),
      b('The duty manager could simply have phoned the Tallinn office and held the coaches back.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Jaan obviously didn't check the manifest before releasing the extra bookings."),
      b("Clearly the revenue desk couldn't be bothered to look at the sold lane metres."),
      b('obviously Ovllá never even opened the alert'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The booking engine should have refused any booking that took the car deck past its lane-metre limit.'),
      n('A hard cap in the loading-plan module would have stopped the oversale at the first extra car.'),
      n("capacity table should've had a two-person approval, it's one click now"),
      n('The manifest export ought to have flagged the gap between sold and loadable metres before check-in opened.'),
      n('The check-in system could have warned the booths an hour sooner if its deck count had been live rather than hourly.'),
      n('Our overbooking alert should have paged the duty deck officer as well as the revenue inbox.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AP-1: Mikaela Lindqvist to add a hard lane-metre cap to the booking engine before the August peak.'),
      n('Owner: Kaarel (Tallinn ops) — reconcile cancellations between both offices daily until the new sync is live.'),
      n('Juha will write the runbook for closing car sales at 95 per cent, due 15 July.'),
      n('Action: add a 14:00 manifest-versus-plan check to the deck officers’ rota; owner Áile, review in two weeks.'),
      n('Aino takes the compensation letters for all 43 stranded vehicles, target end of next week.'),
      n('Next step, owned by the vendor’s account lead Rein Kask: expose the capacity change log in the admin panel.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Hanna was the deck officer on the 16:30 departure; Johan Sandström led the response from the booking office.'),
      n('During the incident the terminal duty manager coordinated with the Tallinn port office by phone.'),
      n('Incident commander: Ulrika Holmström; scribe: Siim; customer comms: Noora.'),
      n('The revenue analyst on shift that week maintains the capacity table, which is normal for the role.'),
      n('Kersti staffed check-in booth 4 from 12:00 to 20:00 on Friday.'),
      n('The on-call engineer for the booking engine that weekend came from our vendor in Tartu.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The booth staff took the worst of it: six hours of angry drivers in the sun, and they stayed kind.'),
      n('Mikko had been on shift since 05:00 and was exhausted by the time the last car was turned away.'),
      n('thank you Sunná for staying till 1am, you must be dead on your feet'),
      n(
        'Everyone in the booking office cared about those families, and several of us were in tears after the call with the couple from Pärnu.',
      ),
      n('It was a brutal week for the Tallinn desk, with two people off sick and the juhannus rush on top.'),
      n('We know the deck crew took this hard; please look after each other this weekend.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The booking engine log reads: "WARN capacity_exceeded route=HEL-TLL sailing=0620-1630 sold_lm=2184 limit=1950".'),
      n('Alert text at 11:42: "Car deck > 100% sold — user jkorhonen override active".'),
      n('The admin audit trail shows "capacity.update by user s.granqvist: 1950 -> 2950" at 23:14 on 18 June.'),
      n('Check-in screen at booth 2 kept printing "LANE ASSIGNMENT FAILED – NO SPACE ON DECK 3".'),
      n('From the loading-plan tool: "Plan v7 saved by deckoff_hanna; 38 vehicles unallocated".'),
      n('Pager message, verbatim: "BOOKING-ENGINE: oversale threshold breached on 3 sailings, no ack in 30 min".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I raised the capacity limit on Wednesday night without a second check, and I'll walk the team through why."),
      n('We in revenue sold those lane metres; we own that, and we are changing how caps are set.'),
      n("that one's on me — I muted the oversale alerts during the fare update and forgot to unmute"),
      n('My mistake was trusting the hourly deck count; from now on I check the live manifest before every peak sailing.'),
      n('As deck officer that evening I signed the loading plan without comparing it to the manifest, and I should not have.'),
      n('We at the Tallinn office double-entered the cancellations, and we have already stopped manual re-entry.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some on the quay called it Ville's fault; it wasn't, the booking engine let the cap be raised with one click."),
      n('This review is not looking for a culprit, and "who pushed the button" is not a question we will answer here.'),
      n('Calling it human error would be lazy; the loading plan and the booking engine disagreed for days and nothing showed it.'),
      n('pls stop saying the trainee broke it, the tool had no cap and no confirm step'),
      n(
        'It would be easy to say the deck officer should have caught it, but nothing in the 14:00 handover put the manifest in front of him.',
      ),
      n('No one at check-in was careless; the booths were told the deck had room because the count said so.'),
      n('The captain\'s e-mail blamed "incompetence in the booking office", and we reject that framing entirely.'),
      n("Was it Liis's fault? No — she followed the procedure we gave her, and the procedure was wrong."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The capacity table was overwritten by a nightly sync job that copied the summer timetable's values."),
      n('Cancellations from the Tallinn side were counted twice by the reservation interface after the 17 June release.'),
      n('Walk-up cars were assigned lanes by the check-in system even after the deck showed 100 per cent.'),
      n('The oversale alert was suppressed by an automatic maintenance window that ran until Monday.'),
      n('Motorhomes were recorded as standard cars by the booking engine, so each was under-counted by about four lane metres.'),
      n('The loading plan was generated from a 09:00 manifest snapshot and never refreshed by the tool.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 14:20 Tiina closed car sales on the 16:30 sailing after seeing the red banner.'),
      n(
        'Patrik phoned the Tallinn terminal to ask whether the 19:30 could take the overflow, which looked like the fastest option at the time.',
      ),
      n('Biret rebooked 27 stranded vehicles onto the Saturday morning sailing.'),
      n(
        'Mats Westerlund changed the capacity value on Wednesday because the timetable import had left it blank, and a blank cap looked riskier than a full one.',
      ),
      n('Elle opened a ticket with the vendor at 15:05 and attached the audit log.'),
      n('On the quay, Kalle walked the queue with bottled water and a printed list of the cars that could still board.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The booking engine is not competent to judge deck capacity; it only counts tickets.'),
      n('Our loading-plan tool failed at its one job that weekend: telling us what fits on the deck.'),
      n('We trusted the hourly manifest sync far more than it deserved.'),
      n('The vendor’s capacity module is careless with mixed vehicle types — a caravan and a Fiat count the same.'),
      n('Responsibility for the lane-metre check sat with an overnight batch script that had quietly stopped running in May.'),
      n("The check-in software was never fit for a juhannus weekend's volumes."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The fix is simply a hard cap in the booking engine, tied to the loading plan's lane metres."),
      n('The graph obviously shows the sold total crossing the deck limit at 11:40 on Friday.'),
      n("it's just a one-line config change to make the cap read-only"),
      n('Clearly, from the audit log, the capacity change and the oversale alert were 40 minutes apart.'),
      n('Restoring the old hold-back for coaches was simply a matter of re-enabling one flag.'),
      n('The evidence is plain: the manifest just never reached the deck officer’s tablet.'),
    ],
  ],
];

export const DEV_LEARNED44B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED44B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
