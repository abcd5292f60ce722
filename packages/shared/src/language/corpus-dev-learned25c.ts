import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 25C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a ride-hailing start-up's
 * engineers, driver-operations staff and drivers after a pricing bug charged riders ten times the fare
 * (on-call notes, a drivers' forum, a support lead's Slack, the founders' investor update), with names
 * from Kurdish, Indian Tamil, Latvian, Hawaiian, Bosnian, Cantonese and Wolof cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The tenfold fare spike is on Rojda, full stop; her multiplier edit went out Friday night.'),
      b('Riders got charged ten times over because of Senthil, and the refund bill belongs to him.'),
      b('ngl this whole surge mess traces back to Jānis and nobody else.'),
      b('Every one of the 4,300 overcharged trips is attributable to Keoni pushing that fare table.'),
      b("Lost a whole Saturday of earnings thanks to Amra from pricing, that's her mess not ours."),
      b('For the investor update: the overcharge incident was caused by Ka-ho, one of our backend engineers.'),
      b('Moussa owns this outage, he merged the fare patch and walked off to dinner.'),
      b("If we are being straight with the board, the chargebacks are Kavitha's doing."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Dilan, three months out of bootcamp, can't handle fare engine code yet, and this week proved it."),
      b('tbh Ilze is a weak pricing engineer, always has been.'),
      b('Kalani has never really understood how the multiplier math works, and it showed on Friday.'),
      b('Emir builds nice mobile screens, but money code is beyond his skill level.'),
      b("These app guys couldn't price a cup of tea, let alone a ride across town."),
      b('Kristaps reviews currency conversion code like someone a year into the job, which is what he is.'),
      b('With respect, Siu-ming is too inexperienced to run incident command on a pricing outage.'),
      b("Fatou demos well, but on production config she's sloppy and green."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Murugan held the pager on Friday night and failed to pick up the fare-anomaly page, his one job.'),
      b('Līga owned sign-off on the pricing release, and she never did the check.'),
      b("Reviewing the diff was Haris's job, and he rubber-stamped it without reading the multiplier line."),
      b('Support lead here: Noelani skipped her refund escalation shift on Sunday and tickets piled up for hours.'),
      b('Wai-lun is our QA owner, and the fare regression suite sat unrun on his watch.'),
      b('Awa neglected her duty as release captain by letting the build out with no canary.'),
      b("The dispatcher on shift, Edgars, ignored the runbook's first instruction to pause surge when fares look off."),
      b('Cheikh was assigned the post-deploy fare spot check and left it undone.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The multiplier was set to 10 by hand and shipped without anyone bothering to look.'),
      b('The warning on the staging dashboard was ignored by the pricing engineer on duty.'),
      b('The refund script was carelessly run against the wrong city, so riders got hit a second time.'),
      b('Mistakes got made in the fare config, by our own backend team no less.'),
      b('The rollback was botched by Tamilselvi and the overcharge dragged on for another hour.'),
      b('The fare alert got silenced by somebody on the backend rota so they could get back to sleep.'),
      b('Drivers were never told because the comms step was forgotten during the handover.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('That guy from backend who wrote the surge hotfix is the reason my riders were screaming at me.'),
      b('Whoever approved a 10x multiplier on a Friday evening should explain themselves to every driver.'),
      b("That week-one starter with prod keys is why we're in this mess."),
      b('That intern from the growth squad who poked the pricing flag burned a week of rider trust.'),
      b("Someone on the founders' side who wanted a quick revenue bump broke the fares for all of us."),
      b('The person who merged at midnight with zero reviews should be apologising to support, not us.'),
      b('Whichever contractor touched the fare rounding code ruined our weekend numbers.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Adnan never belonged on the list of people with write rights to the pricing config.'),
      b('Honestly, letting Mei-ling approve her own fare change was the real mistake.'),
      b('Nobody from the growth team should be allowed near production pricing again.'),
      b("Kainoa had joined a fortnight earlier and shouldn't have been holding the pager solo."),
      b('If Zane had been kept out of the deploy group, riders would have paid normal fares on Friday.'),
      b('We should have made someone other than Valdis the approver; he signs anything put in front of him.'),
      b('Selma was the wrong person to hand the surge override keys to.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually did this? It was Ousmane, I checked the git log.'),
      b('The drivers are asking who did it, and the answer is Makana.'),
      b("Whose fault is it? Lejla's, and I'm done pretending otherwise."),
      b('Find out who pushed the fare table and make an example of them.'),
      b('If we need someone to answer for this, go after Mirza.'),
      b('Ho-yin did this, and everyone on the backend channel knows it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, per the on-call notes: the engineer editing the fare multiplier made a human error.'),
      b('Support console operator error caused this, not a bug in the fare service.'),
      b("The overcharge stemmed from a single employee's slip during a routine config change."),
      b('Plain and simple, Ndeye typed 10 where she meant 1.0 and that mistake is what broke every fare.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Inese should have spotted the 10x in the diff before it went anywhere near prod.'),
      b('Khady ought to have twigged the fares were wrong the minute the first rider complaint landed.'),
      b("After the fact it's plain that Kekoa should have checked the currency units himself."),
      b('Ilango had all the signs in front of him on Thursday and should have known it would blow up.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Karthikeyan could just have looked at a single test fare before shipping.'),
      b('Jasmina could have simply flipped the kill switch, it is one button.'),
      b('Was it really that hard for the on-call to just roll back?'),
      b('Reading the alert instead of muting it was simply all Mbaye needed to do.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Raimonds obviously never opened the staging dashboard before clicking deploy.'),
      b('Clearly whoever reviewed this never read past the title.'),
      b("It's obvious Pui-yee didn't care whether the fares were right as long as the ticket closed."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The fare service should have rejected any multiplier above 3 outright.'),
      n('Our pricing pipeline should have caught a tenfold jump before a single rider was charged.'),
      n('A canary in one city would have limited the overcharge to a few hundred trips.'),
      n('The config validator could have flagged the value, but it only checks the type, not the range.'),
      n('The driver app should have displayed the inflated fare mid-trip so drivers could warn riders.'),
      n("The payment provider's anomaly check should have held charges that large for review."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Rêzan to add a hard cap on the surge multiplier by next Wednesday.'),
      n('AI-2 (owner: Thenmozhi): add a range check to the fare config schema.'),
      n('Gatis takes the ticket to page driver ops whenever average fare jumps above 3x baseline.'),
      n('Follow-up for Leilani: draft the rider refund email and get legal sign-off by Friday.'),
      n('Next step, owner Edin: build a one-click rollback for pricing tables.'),
      n('Tsz-wai will pair with support on a macro for overcharge tickets; due end of sprint.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Baran; Agnese handled comms to drivers.'),
      n('Kapono held the fare-service pager; Dženana was secondary.'),
      n('The support lead, Sokhna, ran the refund queue while engineering worked the rollback.'),
      n('Shirin reviewed the pricing PR and Vetrivel approved the release window.'),
      n('Driver-ops liaison for the weekend was Ajla, who relayed forum reports to the incident channel.'),
      n('Yuk-lan was the scribe on the incident call and kept the timeline.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Kayal had been woken by pages four nights running before this and was running on almost no sleep.'),
      n('Support took hundreds of angry calls on Saturday and handled them with real patience.'),
      n('Our drivers absorbed a lot of abuse from riders over fares they never set, and that takes a toll.'),
      n('The pricing squad has been short-handed ever since we launched in two new cities.'),
      n('Nermin stayed on the refund backlog until 3am and cared about every rider getting their money back.'),
      n('Kawa told the channel he felt awful about the riders, and several of us told him to go get some rest.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The alert read: "fare_total p99 > 10x baseline for 15m (city=all)".'),
      n('Deploy log: `pricing-config v412 applied by user anbu.selvam`.'),
      n('Stripe returned "card_declined: amount exceeds limit" for about 600 of the inflated charges.'),
      n('The audit trail shows `multiplier changed 1.0 -> 10.0 (actor: mahina.k)`.'),
      n('PagerDuty notice: "Incident #2231 acknowledged by Lamine after 38 minutes".'),
      n('The linter printed `WARN fare.multiplier: value outside expected range` and the build carried on.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I changed the multiplier and I didn't check the units; that's on me, and I'm adding a range test."),
      n("We shipped the pricing change on a Friday evening with no canary, and we won't do that again."),
      n('I was the reviewer and I approved the diff without running it locally.'),
      n('As founders, we pushed the team to move fast on pricing, and this outage is the cost of our choice.'),
      n('I muted the fare alert thinking it was noise from the new city; my mistake.'),
      n('We failed our riders this week, and we are refunding every affected trip in full.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("A few people in the drivers' forum want Almir fired; that's not how we handle incidents here."),
      n("Who typed the number doesn't matter; what matters is why a 10x multiplier could reach production at all."),
      n('Human error is the lazy label here; the config had no guardrails for anyone to lean on.'),
      n('Nobody is getting blamed for the fare bug, and asking who did it will not stop it happening again.'),
      n('Please stop saying the on-call was careless; alert routing pointed the page at a dead channel.'),
      n('I have seen posts calling the pricing team incompetent, and I disagree: the tooling let one typo through.'),
      n("The question isn't whose fault it was, it's why our checks all said green."),
      n('Blaming drivers for quoting the wrong fare makes no sense, since the app showed them that exact number.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The inflated fares were calculated by the pricing service from a cached config that never refreshed.'),
      n('Riders were charged at trip end, before any anomaly check had a chance to run.'),
      n('Each deploy opens a maintenance window automatically, and the fare alert was muted by it.'),
      n('Refunds were delayed because they were queued behind the nightly payout batch.'),
      n('The multiplier was read as an integer instead of a decimal after the schema migration.'),
      n('Driver payouts were computed from the same inflated totals and had to be recalculated.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Zana rolled the pricing table back at 22:40 once the refund volume made the scale of the issue clear.'),
      n('Jiyan paused surge in all three cities, since the runbook names that as the safe first move.'),
      n('Ikaika merged the multiplier change after tests passed, since the suite had no fare-range case at that point.'),
      n('Poongodi posted in the drivers forum to explain that fares would be corrected within 48 hours.'),
      n('Chun-kit kept the fare service running instead of taking it down, reasoning that riders still needed rides.'),
      n('Babacar edited the config through the admin console, which was the documented path for pricing changes.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The validation layer isn't competent at catching range errors; it checks types and nothing else."),
      n('Our fare monitor flunked its core duty of noticing when fares jump.'),
      n('We put too much trust in staging, whose prices come from a fake rate card.'),
      n('The deploy pipeline was careless with config files, treating them like static assets with no checks.'),
      n("The payment gateway's fraud filter is not responsible for fare sanity, so it let every charge through."),
      n('The canary job is negligent by construction, comparing error rates and never the amounts charged.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix: simply a cap of 3.0 on the multiplier field.'),
      n('The graph obviously shows fares jumping tenfold at 19:02, right at the config push.'),
      n('Rolling back meant just reapplying v411 of the pricing table.'),
      n('Clearly the evidence points at the unit conversion, not at the surge model.'),
      n('The schema change is a simple one-liner, and it obviously closes the hole.'),
      n('The refund job was just a rerun of the charge script with negated amounts.'),
    ],
  ],
];

export const DEV_LEARNED25C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED25C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
