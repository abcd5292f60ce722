import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Warsaw online grocery
 * whose delivery-slot system double-sold Christmas evening slots and sent vans out half-loaded; chat,
 * notes, e-mails, letters and reviews by a Polish, Ukrainian and Belarusian warehouse and tech team.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double-sold Friday evening slots are on Paweł Wiśniewski, full stop.'),
      b('Honestly, the 19 December mess with the half-empty vans belongs to Oksana and nobody else.'),
      b("From the management board's perspective, the 1,400 cancelled orders are attributable to Pan Krzysztof Zieliński."),
      b('Pani Agnieszka Wójcik bears personal responsibility for the slot capacity overbooking that cost us the Christmas peak.'),
      b('Yauheni owns this outage — he is the reason the Mokotów vans left at 40% fill.'),
      b("Let's say it in the retro: the cold-chain breach at Bemowo happened because of Tomasz."),
      b("Sorry but this one is 100% Łukasz's fault, he pushed the capacity change at 17:00 on a Friday."),
      b('Every złoty we refunded on the 21st traces back to one decision by Taras Shevchuk.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Piotr is not experienced enough to be tuning slot capacity during peak season.'),
      b('With respect, Pani Kozłowska does not have the skills required to run a WMS migration of this size.'),
      b('Iryna is a fine picker, but as a shift lead she is out of her depth.'),
      b('Marek is too junior for the route planner, and this week proved it.'),
      b("Frankly, Dmytro's grasp of how the reservation service works is shallow at best."),
      b('In my opinion Pan Jakub Pawłowski lacks the seniority and judgement a peak-week release owner needs.'),
      b('Bartosz is a weak engineer; an overbooking bug like this is exactly what you get from him.'),
      b('kateryna cant read a pick wave dashboard to save her life tbh'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Zofia was the on-call engineer on Saturday and did not do her job: the oversell page sat unanswered for two hours.'),
      b("Checking slot capacity before opening the Christmas calendar was Anna's task, and she never did it."),
      b('The dispatcher on the Wola night shift failed to verify van loads before releasing the routes.'),
      b("Kamil, as release manager, was supposed to sign off the route-planner config, and he didn't."),
      b('Olena skipped the cold-chain temperature check that her shift checklist requires.'),
      b("Testing the double-booking scenario is literally what our QA lead Dorota is paid for, and she didn't test it."),
      b('Pan Grzegorz Nowakowski neglected his duty as warehouse manager to reconcile WMS stock before the peak.'),
      b('Andriy was meant to watch the slot dashboard during the Sunday promo and went offline instead.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The capacity limit was set to zero by someone on the ops team and never checked again.'),
      b('The safety check on slot capacity was carelessly disabled, and the evening slots were oversold as a result.'),
      b('Mistakes were made by the planning team when the Friday pick waves were configured.'),
      b('The route-planner warnings were ignored by Beata on the evening shift.'),
      b('The deployment was rushed through on Friday evening without review, against every rule we have.'),
      b('Vans went out half-empty because the load plans had been approved by the shift lead without being read.'),
      b("During Thursday's hotfix the substitution rules were sloppily overwritten."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever raised the slot capacity to 400 on the 18th should explain themselves.'),
      b('The new hire from the Kraków office who touched the WMS config is the reason we oversold.'),
      b('It was the guy who always skips code review that pushed the route-planner change.'),
      b("The person who approved the 'unlimited slots' promo without asking logistics cost us Christmas week."),
      b("Somebody on the night shift who couldn't be bothered to count crates sent van 14 out half full."),
      b('Our contractor — the one who wrote the slot-reservation code and then left — built this bug in.'),
      b('Anyone who disables the capacity check on a Friday night before Christmas deserves what they get.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Rafał should never have had write access to the production WMS.'),
      b('Monika from marketing should never have been allowed anywhere near the slot capacity settings.'),
      b("Giving Vasyl the pager in his second week was a mistake; he shouldn't have been on the rota at all."),
      b("If we hadn't trusted Wojciech with the release keys, the double-sold slots would never have happened."),
      b('An intern should not have been allowed to deploy the route planner on 20 December.'),
      b('Justyna cannot be trusted with admin rights on the delivery calendar, and she should never have had them.'),
      b('Had Halyna not been given approval rights on the pick-wave templates, we would still have our Christmas evening slots.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Adam. Adam changed the slot capacity and told no one.'),
      b('We all know who broke the pick waves: Iwona.'),
      b('The culprit here is Sebastian Nowicki, and management should hear his name.'),
      b("Let's find out which dispatcher signed off van 7 and have a word with them."),
      b("Natalia's the one at fault here, not the system."),
      b('can we stop pretending and just say it — Siarhei broke slot reservations'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the manual slot capacity update.'),
      b('The overbooking of the 23 December evening slots was caused by operator error in the WMS admin panel.'),
      b('This was a mistake by a picker in the chilled zone, nothing more technical than that.'),
      b("Per the carrier's report, the half-loaded vans were due to a dispatcher's mistake when merging routes."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Dariusz should have seen that the slot count on the dashboard was double what the vans could carry.'),
      b('Karolina ought to have known the promo would flood the evening slots — the numbers were in her own forecast.'),
      b('With what we know now, Mateusz should have rolled back the moment the first duplicate order came in.'),
      b('Weronika should have noticed the vans leaving at half capacity; the fill rate was on the screen in front of her.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Jarosław just had to click 'close slot' when it hit 120 orders."),
      b('All Elżbieta needed to do was simply look at the capacity column before opening the calendar.'),
      b('Szymon could have just read the warning the route planner gave him.'),
      b("It's not rocket science: the night lead simply had to count the crates before the van left."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Halina obviously didn't test the slot reservation change before she shipped it."),
      b("Clearly Radosław never bothered to read the carrier's load report."),
      b('The shift lead was obviously not paying attention when the pick waves collapsed into one.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The reservation service should have rejected the second booking for the same slot.'),
      n('A capacity check in the WMS could have stopped the oversell before a single van was loaded.'),
      n('The route planner should have flagged vans leaving under 60% fill instead of silently dispatching them.'),
      n('Ideally the slot calendar would have locked each evening slot the moment it reached capacity.'),
      n('Our release pipeline should have required a load test at Christmas-week volumes.'),
      n('Cold-chain monitoring should have paged the warehouse when chilled totes sat on the dock for 40 minutes.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Urszula Tomaszewska, due 15 Jan): add a database constraint so a slot cannot be sold twice.'),
      n('Przemysław to add van fill rate to the dispatch dashboard by end of sprint.'),
      n('Action: Kinga and Oleh will write the runbook for closing slots manually during peak.'),
      n('Zbigniew owns the follow-up with the route-planner vendor on the merge-routes behaviour; review at the January retro.'),
      n('- [ ] Renata: alert when reserved orders exceed slot capacity by more than 2% (P1)'),
      n('Next steps — Maciej will pair with the WMS team to add idempotency keys to slot booking, target 10 January.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Patrycja was incident commander from 18:40 until the last van returned to the depot.'),
      n('During the incident Wiktor handled customer communications and Alicja ran the war-room call.'),
      n('The Targówek warehouse shift lead that night was Filip Bąk.'),
      n('Dominika acted as scribe for the timeline; Yaroslav was the WMS subject-matter expert.'),
      n('Hubert, as on-call SRE, was the first to acknowledge the page at 19:02.'),
      n('Customer support was coordinated by Ilona from the Gdańsk office, with two agents from Lviv covering Ukrainian-language tickets.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'The pickers on the Saturday shift were exhausted after three back-to-back double waves, and they still kept the cold chain intact.',
      ),
      n('Konrad had been working fourteen-hour days for a week before the incident; nobody should have to carry that alone.'),
      n('Big thanks to Marta and the whole dispatch crew, who stayed until 2am re-planning routes.'),
      n('Drivers took the angry calls from customers on their doorsteps, and that was hard on them.'),
      n('It is completely understandable that Igor felt overwhelmed — he was fielding the pager, the vendor and the CEO at once.'),
      n('Please remember that support absorbed most of the stress this week; take your days off in January.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The WMS log shows: `ERROR slot_reservation: capacity exceeded for slot 2023-12-22T18:00 (booked=212, cap=120)`.'),
      n("Alert text: 'VanFillRateLow — route WAW-MOK-07 dispatched at 43% load'."),
      n("The audit trail reads 'capacity updated by user b.urbanska from 120 to 400', which is how we found when the limit changed."),
      n('Route planner output: `WARN merge_routes: 2 routes combined, expected fill 0.48`.'),
      n("Grafana annotation at 19:14: 'deploy slot-service v2.31.0 by kkubiak (pipeline #8812)'."),
      n("Checkout returned 'Slot niedostępny / Slot unavailable' only after the payment had been captured."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I raised the slot capacity for the 22nd myself, and I did not check it against the van count.'),
      n("We shipped the reservation change without a concurrency test; that's on us, and we're adding one."),
      n("My mistake was approving the route-planner update on a Friday evening; I won't do that again in peak."),
      n("I was on call and missed the first alert because my phone was on silent — I've changed my pager setup."),
      n('As the logistics team we underestimated Christmas demand, and we own that.'),
      n('Speaking for myself: I should have asked for a second reviewer on the capacity PR.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about whether Leszek was careless; it is about why one admin field could oversell the whole evening.'),
      n("Some people in the Slack channel called it Teresa's fault — it wasn't, and the retro will not treat it that way."),
      n("Saying 'the dispatcher should have caught it' misses the point: nothing on the dispatch screen showed van fill."),
      n('We are not looking for a culprit here.'),
      n('Blaming the night shift for the half-empty vans would be easy, and wrong.'),
      n("The phrase 'human error' appeared in the first draft of this report; we removed it because it explains nothing."),
      n('Nobody was incompetent here — the system let a single click change capacity for every depot.'),
      n('Dear Mr Wilk, please be assured that we do not hold any of your drivers responsible for the late deliveries.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each evening slot was sold twice because the booking was written to two replicas before the lock was acquired.'),
      n('Vans were dispatched half-loaded by the route planner after it merged the Wola and Ochota routes.'),
      n('The capacity limit was overwritten by the nightly sync job from the old WMS.'),
      n('Orders were moved into the 18:00 wave by the wave balancer when the 20:00 wave filled up.'),
      n("Cold-chain alerts were muted by the monitoring tool's default silence rule during the deploy."),
      n(
        'Substitutions were generated by the recommender from stale stock levels, so customers got items that were not on the shelf either.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 18:52 Sylwia paused new bookings for all evening slots from the admin panel.'),
      n('Andrzej rolled slot-service back to v2.30 at 19:20, since that version had run all of November without duplicates.'),
      n('Gabriela phoned the three biggest B2B customers herself to move their deliveries to the 24th.'),
      n("Emil raised the capacity to 400 because the forecast sheet shared at Monday's planning call showed that figure."),
      n('Solomiya rebuilt the Praga-Południe routes by hand so the remaining vans could leave full.'),
      n('Mikalai merged the two pick waves at 17:30, following the peak-week playbook, which recommends merging any wave under 50%.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old slot calendar was never fit for peak traffic.'),
      n('The route planner failed at its one job: filling vans before sending them out.'),
      n("We trusted the vendor's WMS to enforce capacity, and it did not."),
      n('The reservation service handled its locks carelessly, releasing them before the commit.'),
      n('Responsibility for stopping a duplicate booking sits with the database constraint, and we never had one.'),
      n('Our monitoring neglected the one metric that mattered on the 20th: van fill rate.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a row-level lock on the slot before the count is read.'),
      n('The graph obviously shows bookings climbing past capacity at 18:03 on the 20th.'),
      n("It's just a one-line change in the planner config: min_fill from 0 to 0.7."),
      n('Clearly the duplicates all come from the retry path — none of them carries an idempotency key.'),
      n('Rolling back was simply the fastest safe option we had.'),
      n('The logs just confirm what the dashboard already showed: two bookings per slot, milliseconds apart.'),
    ],
  ],
];

export const DEV_LEARNED49C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
