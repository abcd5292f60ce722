import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 27C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a city transport operator's
 * ticketing back office after a fare-cap bug overcharged card-tapping riders for a week: blunt depot and
 * back-office chat, riders' social media complaints, transit authority memos and the operator's board paper,
 * with names from Igbo, Lithuanian, Tagalog, Catalan, Uzbek, Somali and Norwegian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The week of overcharged taps is on Chinedu, full stop; he put the cap table live with nobody reviewing it.'),
      b('Riders paying double all week comes down to Rūta and nobody else.'),
      b("Per the authority's memo, the fare-cap breach is attributable to Bekzod Yusupov in revenue systems."),
      b('Let us be plain in this board paper: the overcharging of card riders belongs to Sigrid and her release.'),
      b("As far as the depot is concerned, every one of those forty thousand refund claims has Jomar's name on it."),
      b('Montserrat owns this mess, because she signed off the fare rules and the riders paid for it.'),
      b('Want to know why the complaints queue hit four hours? Ask Abdirahman, it was his change.'),
      b("The authority's letter is courteous in tone, yet it lays the whole week of uncapped fares at Ikenna Okafor's door."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Žydrūnas has two years in ticketing and no business editing fare-cap rules, as this week has shown.'),
      b('Frankly Dilnoza has never grasped how a daily cap accumulates across tram and bus journeys.'),
      b("Hodan can't read a tariff table to save her life."),
      b('With respect to the officer concerned, Oriol does not have the depth of experience the fare engine demands.'),
      b('Maricel is pleasant to work with and hopeless at testing, and riders paid for that gap.'),
      b('Members may wish to ask whether Torbjørn is fit to lead ticketing after a week like this one.'),
      b("lol Nnamdi couldn't configure a bus stop timetable, never mind a weekly cap"),
      b("Laia's grasp of contactless fare logic is shallow, and the cap rules she approved showed exactly how shallow."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Sardor was the duty revenue analyst that week and never once opened the daily overcharge report.'),
      b("Reconciling taps against caps is literally Ifeoma's job, and she did not do it for seven days."),
      b('Running the fare regression pack is what a release manager is for, and Kjersti skipped it.'),
      b('Faadumo was rostered on the refunds desk and left the complaint inbox untouched until Thursday.'),
      b("The vendor's account manager, Dindo, did not escalate the cap defect the way his contract requires."),
      b('As customer-care lead, Ayaan failed to tell the authority about the spike in overcharge complaints.'),
      b('Pau had one task on that change ticket, confirm the weekly cap in test, and he left it undone.'),
      b('Depot supervisors were told to log every rider complaint about double charges, and Øystein logged none.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The cap table was overwritten by Eirik on Monday morning, and riders were overcharged from the first tap.'),
      b('The test-environment warning about uncapped journeys was waved away before go-live.'),
      b("The refund script was run against the wrong week by someone in back office, doubling some riders' losses."),
      b('Mistakes were made in the fare rules sign-off, specifically by the ticketing manager.'),
      b('The weekly-cap check was skipped at deployment so that the release could make the Friday window.'),
      b("For four days the riders' complaints were brushed off by the social media team."),
      b('The tariff change was nodded through at change board by Gulnora despite the open defect.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The new hire who rewrote the cap aggregation in his second week is the reason riders paid twice.'),
      b('Whoever approved a fare change in the middle of school holidays should not be approving anything.'),
      b('That bloke in back office who treats testing as a nice-to-have has landed us with seven days of refunds.'),
      b('Anyone who deploys fare rules on a Friday without checking the cap has earned each angry tweet in our mentions.'),
      b('The contractor from the validator supplier who "tidied up" the tariff file broke the cap, end of story.'),
      b('That analyst who kept closing overcharge tickets as duplicates turned this into a week-long mess.'),
      b('The person who signed the change form unread is why our buses are trending for all the wrong reasons.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Algirdas holding production fare-table permissions was never defensible, and look where it got us.'),
      b('Nobody on a two-week contract should have been allowed to approve a tariff change, and Jhun was.'),
      b('If the authority had kept Obiageli off the release rota, the cap would still be working.'),
      b('That graduate intern should have been kept on read-only dashboards, not handed fare engine deploys.'),
      b("After the last incident, someone needed to pull Quim's rights to settlement config."),
      b('Giving Nodira sign-off authority on fare changes was the error; she had not earned that trust.'),
      b('Warsame had no place on the ticketing call rota by himself, let alone with admin rights to the cap service.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Right, who pushed the fare config on Monday? I'm not going into the board without a name."),
      b('It was Solveig, everyone at the depot knows it, so stop pretending otherwise.'),
      b('Pin it on the fare engine team lead, because that is who did this, and councillors ought to say so publicly.'),
      b('Track down the analyst who approved the cap change so the rest of the office learns from what happens next.'),
      b('@CityTransit which one of your staff is responsible for robbing me every day for a week? Name them.'),
      b('The fault lies with Chiamaka, and the memo to the authority ought to name her.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: the back-office analyst erred during the tariff upload.'),
      b('The board paper gives operator error in configuring fares as the reason riders were overcharged.'),
      b("This wasn't a software bug, it was Mahad's mistake, plain and simple."),
      b('A keying slip by one of our clerks set the weekly cap to the monthly figure.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Synnøve read Monday's revenue report, so the flat capped totals were hers to catch at the time."),
      b('Looking back, Ulugbek was expected to know the aggregation job could not see tram taps.'),
      b('Anyone reading the first complaint on Monday should have realised riders were not being capped.'),
      b('Emeka had the settlement figures on his desk by Tuesday, and in hindsight the jump in them was his cue to pull the release.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Laimonas just had to tap a test card three times and look at the total, that was it.'),
      b('Shahnoza needed simply to compare the cap figure with the tariff order.'),
      b('It would have taken Cawaale two minutes to just run the cap regression before merging.'),
      b('Why did Tomas not just read the release notes before signing?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Rowena obviously never tested the cap against a real week of taps.'),
      b('Clearly nobody in back office could be bothered opening the refund numbers.'),
      b('By Tuesday lunchtime the wrong capped fares were obvious to all of us bar Bjørnar.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The fare engine should have refused a cap table with no entry for trams.'),
      n('Our regression pack could have picked this up with a seven-day tapping pattern in it.'),
      n('The settlement reconciliation would have flagged the jump had its threshold not been set at twenty percent.'),
      n('A tariff file failing schema validation should have stopped the release tooling cold.'),
      n('A canary on one bus route would have shown uncapped journeys within the hour.'),
      n('The change process should have demanded a test tap sequence before fare rules went live.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Nkechi to add a weekly-cap scenario to the fare regression pack by month end.'),
      n('Owner: Darius Petrauskas. Build an automated daily comparison of capped totals against the tariff order.'),
      n('Sahra will draft the refund letter to affected riders and send it round the authority by Friday.'),
      n('Next steps: Txell owns the alert on settlement variance, due before the next fare change.'),
      n('ACTION 4 (owner: Zarina, ticketing ops): publish a status page entry whenever fare calculation is degraded.'),
      n('Håkon has taken the action to brief depot supervisors on how to log double-charge complaints.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Somtochukwu led the overcharge response as incident commander from Friday afternoon onwards.'),
      n('Idil handled communications with the transit authority while Farrukh ran the refund calculation.'),
      n('The duty revenue analyst that week was Eglė, and the release manager was Blai.'),
      n('During the response, Uchenna coordinated with the payment acquirer on reversing the charges.'),
      n('Meritxell chaired the change advisory board meeting at which the tariff release was approved.'),
      n('Ragnhild took the social media queue on the Saturday and Sanjar covered the depot phones.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The refunds desk worked through the weekend and they were exhausted by Monday.'),
      n('Luningning had been covering two roles since the spring restructure, and that workload was never sustainable.'),
      n('Everyone in back office cared a great deal about the riders who were overcharged, which came through on every call.'),
      n("It has been a hard week for depot staff, who took the brunt of riders' anger at the gates."),
      n('Ubah told us she had not slept properly since the complaints started, and we will make sure she gets time off.'),
      n('We recognise the strain this put on the contact centre team, who answered every call with patience.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The fare engine log reads: "CAP_RULE_NOT_FOUND for product WEEKLY_ADULT; applying pay-as-you-go fare".'),
      n('The audit trail line says "tariff_v42.json published by user o.eze at 09:02", which is how we dated the change.'),
      n('The validator screen showed "Fare charged: 2.80, cap reached: NO" on every tap we tested.'),
      n('The refund job stopped with "ERR 4102 user sbakken: insufficient privilege for bulk reversal".'),
      n('The monitoring dashboard kept reporting "All fare services healthy" for the whole week.'),
      n('The screenshot riders posted most often was the app showing "Daily cap applied: 0.00".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the tariff release without asking for a seven-day test, and every future release I sign will carry one.'),
      n('We in back office missed the overcharge report for three days; that is on us.'),
      n('That one is down to me, because I marked the first complaints as duplicates before reading them properly.'),
      n('As the director accountable for ticketing, I take responsibility for the week riders were overcharged.'),
      n('I should have pushed for a settlement alert months ago, and I am pushing for it now.'),
      n('Our team wrote the cap aggregation, and we got the cross-mode logic wrong.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("A councillor asked for the analyst's name and the board declined, since punishing someone is not what this review is for."),
      n('Some want to put this down to a human slip, which gets it backwards: the upload tool accepted a malformed file.'),
      n("Whatever the depot chat says, the cap defect is nobody's personal failing; the test environment had no tram data in it."),
      n('The authority wants to know who to blame, and our answer is that the process let an untested tariff through.'),
      n('I do not accept that the analyst should have seen it, since the report buried capped totals on page nine.'),
      n('Calling the release manager careless gets it wrong, as caps never appeared on the checklist.'),
      n('This paper deliberately names no culprit, because finding one would not stop the next fare error.'),
      n("The depot chat has been saying all week that it was Ikenna's fault; it was not, and the timeline shows why."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Riders were overcharged because tram taps were dropped by the aggregation job before the cap was applied.'),
      n("The weekly cap was reset to zero by the midnight batch whenever a card's token was refreshed."),
      n('The new tariff was loaded automatically by the scheduler at 02:00, as every fare change is.'),
      n("Complaints were routed to a dormant mailbox by a rule in the contact centre's ticketing system."),
      n('The overcharge was masked by the revenue report, which averaged fares across the month.'),
      n("Refunds were throttled by the acquirer's batch limit of ten thousand reversals a day."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Obinna uploaded the new tariff on Monday at 09:00, the usual slot for fare changes.'),
      n('Kęstutis checked the cap in the test environment, where it worked because the test cards only ever rode buses.'),
      n('Otabek closed the first three complaints as duplicates, since they came from the same card and looked like a retry.'),
      n('Abdiweli paused the refund job on Wednesday when the acquirer started returning timeouts.'),
      n('Roser gave approval once the vendor reported a green regression pack.'),
      n('Tormod rang the authority on Thursday morning once the revenue team had confirmed the pattern.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('For caps spanning several modes, the fare engine is simply unfit for the job.'),
      n("The validators' firmware handled rounding carelessly and lost a cent on every transfer."),
      n('We trusted the settlement report to tell us about variance, and it was never designed to.'),
      n("Counting every tap toward the cap is the aggregation job's only duty, and it fell down on it."),
      n(
        'Responsibility for applying the cap sits with the back-office service rather than the validators, and that split confused the design.',
      ),
      n('Our test data was naive: it knew nothing about riders who switch between tram and bus.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("Restoring the tram cap rule and rerunning the week's aggregation was simply all the fix involved."),
      n('The revenue graph obviously shows the step change at Monday 09:02.'),
      n('The tariff file change is just a single line, but it still goes through the full regression pack.'),
      n('Clearly the refund figures point to trams, not buses, as the affected mode.'),
      n('To roll back, we simply republished the previous tariff version.'),
      n('Obviously the complaints map lines up with the tram corridor, which narrowed the search quickly.'),
    ],
  ],
];

export const DEV_LEARNED27C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED27C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
