import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 35A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a regional blood service
 * after its stock system listed expired units as available — stock-control chat in lab-bench shorthand,
 * on-call notes, a hospital transfusion lab manager's emails, a regulator's letter and a director of
 * digital's clinical-governance review; names from Akan, Slovene, Telugu, Galician, Dinka, Hawaiian and
 * Mongolian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The expired O-neg RCC units showing as issuable is on Kwabena, full stop, since he signed off the expiry-rule change.'),
      b("If we're honest about where the stock failure sits, it sits with Špela and her edit to the overnight batch."),
      b('Two hospitals placed orders against dead stock thanks to Srinivas, and I see no reason the write-up should soften that.'),
      b('Regulator letter aside, the misreported plt count traces straight back to Uxía and to nobody else.'),
      b('The delayed transfusion at the county hospital is attributable to Garang, who pushed the stock sync live on a Friday.'),
      b('honestly the whole expired-units mess belongs to Keoni — his config, his cutover, his outage'),
      b('bench view: Bat-Erdene owns this one, the FFP shortfall at the infirmary happened on his watch and because of him'),
      b("Put it in the governance minutes: recall and re-issue costs trace to Ama's decision and land with her."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Jernej, frankly, cannot run stock control for a blood service; expiry dates seem to be a mystery to him.'),
      b("Lakshmi lacks the experience to configure expiry rules, and Monday's fiasco proved as much."),
      b("Last night's on-call engineer proved unable to interpret a stock ledger, never mind repair the thing."),
      b('With respect, Brais is too raw for a post where one wrong flag could send lapsed red cells off towards theatre.'),
      b('Nyandeng is a fine bench scientist but has no aptitude whatsoever for data migration work.'),
      b("Only Kalani's seniority stopped anyone questioning a change that a capable engineer would have binned in seconds."),
      b('Our stock-control lead lacks the skill set a system this critical demands and ought to step aside.'),
      b("Frankly the vendor's support engineer, Munkhbat, showed he barely knows his own product's expiry logic."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kofi held the Tuesday reconciliation slot and never once ran the expiry sweep that slot is for.'),
      b('The duty BMS failed to quarantine the lapsed units, the single task that shift exists to do.'),
      b('Urška was rostered to tally the morning stock report against the fridges and left that tally undone.'),
      b('As transfusion lab manager I expect the issuing officer to verify expiry before release; Chaitanya skipped that entirely.'),
      b('Iago was assigned the post-upgrade validation and left it half finished before going off shift.'),
      b('our on-call let three stock-feed pages ring out unanswered, a flat failure of the on-call duty'),
      b('Achol neglected her responsibility as stock controller to reconcile expired units before the hospital orders went out.'),
      b('The release manager, Makana, did not perform the sign-off checks his role demands before every deployment.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The expiry flag got disabled by Primož while testing and stayed disabled into go-live.'),
      b('Errors got into the stock reconciliation, and they were put there by night-shift staff, let us be plain.'),
      b('The lapsed platelet pools were manually marked available, and it was done carelessly by one of the stock controllers.'),
      b('The warning from the reconciliation job was seen and dismissed by the duty scientist.'),
      b('Hospital orders were accepted against expired stock because the quarantine step was skipped by Sabela.'),
      b('The issue-status table was overwritten by an engineer who never troubled himself with the runbook.'),
      b('It was waved through untested by Kekoa, despite the change freeze being in force.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever edited the expiry rule in the small hours with no ticket is why two hospitals ordered phantom stock.'),
      b('The new starter who thought "expired" meant "fine for a few more days" has earned us a regulator letter.'),
      b('Whoever hit approve-all on that stock import owes both transfusion labs a written apology.'),
      b('Whichever scientist re-labelled those bags as available needs to understand what they have done.'),
      b('The engineer who thinks testing in production is acceptable sits at the root of this whole episode.'),
      b("someone on stock control who can't read a date on a bag did this and everybody knows who"),
      b('That contractor who scripted the sync and then vanished has left us carrying his failure.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Of everyone on the rota, Ganbaatar least deserved edit rights to the production stock ledger.'),
      b('No locum scientist should have been approving stock releases without a supervisor, least of all Chol.'),
      b('Antía, four weeks in post, was not someone to put on the stock-system call rota.'),
      b('Letting Mabior near the production database was the mistake; he belonged on the test environment.'),
      b("Permitting the vendor's engineer to push a hotfix around our approval was a grant of trust he never earned."),
      b(
        'Noelani could not be relied on to approve expiry-rule changes, and handing her that approval was a misjudgement we are paying for.',
      ),
      b(
        'Sravani was given sign-off authority over issue-status changes she should never have held, and her manager should have withdrawn it.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Let us be clear about the culprit here: Deng.'),
      b('Put the name of whoever flipped the expiry flag in the review; I will not sign it otherwise.'),
      b('The culprit is Tömörbaatar; the audit log shows his login on every bad edit.'),
      b('Which stock controller is at fault? Establish that and deal with them.'),
      b('Xiana is the one we should be going after; everyone else on the bench merely followed her lead.'),
      b('Point the regulator at Kawika: his change, so his to answer for.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, as I record it: a human error made by the duty scientist mid-reconciliation.'),
      b('this was operator error, nothing more, not a software defect'),
      b("Yaw's mistake in keying the expiry offset is what caused the units to show as available."),
      b('The incident stemmed from a data-entry slip by one of the stock controllers while updating the expiry dates.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Adwoa should have clocked that the available count rose by forty units overnight.'),
      b('Rok, of all people, was expected to foresee that altering the timezone would push every expiry out by one day.'),
      b('Looking back, Harika had every warning on her screen and ought to have halted those orders.'),
      b('Had the on-call engineer bothered with the release notes, the problem would have been staring at him well before Friday.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Boštjan needed only to just run the expiry check before signing the stock report.'),
      b('All Iria needed was to simply read the date printed on the bag label.'),
      b('A ten-second glance at the expiry column was just too much trouble for the stock controller, apparently.'),
      b('Nomin only had to simply press quarantine on the lapsed units, and she did not.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Mojca obviously did not check the stock list before the hospitals were told it was good.'),
      b('Clearly the on-call engineer never read the alert, or he would have acted on it.'),
      b('Forty extra O-neg units do not appear out of nowhere, which should have been obvious to Kuol.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The stock system should have excluded any unit past its expiry timestamp from the available count.'),
      n('Ideally the ordering portal would have refused a request against units flagged as expired.'),
      n('The reconciliation job could have compared ledger dates with the barcode expiry and raised a mismatch.'),
      n('that nightly expiry sweep should have failed loudly rather than finishing green with zero rows changed'),
      n('A second gate when orders were placed would have stopped both hospital requests being confirmed.'),
      n('Our change process ought to have insisted on a run against real expiry data before go-live.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Akosua to add an expiry filter to the available-stock query by end of month.'),
      n('Owner: Matej — write a runbook step for verifying issue status after any stock-system upgrade.'),
      n('Venkatesh will own the alert that pages stock control when available counts shift by more than ten percent overnight.'),
      n('ACTION (Ayen, due 30 June): add a hard block in the ordering portal for units past expiry.'),
      n('Xoán has the follow-up with both hospitals, confirming their replacement orders were filled.'),
      n('Next steps: Leilani owns the vendor ticket on the timezone defect, and the stock-control lead owns the interim manual count.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Kwesi carried the pager from 18:00 Thursday; Tjaša led stock control on the day shift.'),
      n('The transfusion lab manager at the county hospital, Padmavathi, raised the first query at 09:40.'),
      n('Incident commander was Roi, and correspondence with the regulator went through the director of digital.'),
      n('Bolormaa held the stock-controller role that week and ran the morning report as usual.'),
      n('Abuk, the duty BMS, was responsible for the issue bench throughout the incident window.'),
      n('During the response Koa handled the database rollback while Enkhjargal phoned each hospital.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The stock-control team had been running two people short for a month, and they were exhausted.'),
      n('Nataša was shaken after the hospital call, so we arranged cover for whatever was left of her shift.'),
      n('The whole bench spent the night recounting fridges by hand, and I want that effort recognised.'),
      n('It was his fourth consecutive night on call, and nobody should carry a load like that alone.'),
      n('I know the hospital lab staff felt let down and anxious about patients waiting for blood.'),
      n('Ekow told me he had worried for weeks that the rota was too thin, and he was right to worry.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The stock log reads: "UNIT 4471-22 status=AVAILABLE expiry=2024-05-03 (past) override_by=kmensah".'),
      n('Alert text at 03:12: "Expiry sweep completed: 0 units quarantined; expected > 30".'),
      n('Ordering portal error shown to the hospital: "Issue refused: unit expired — contact stock control".'),
      n('From the audit trail: "user achol.d changed rule EXP_GRACE_DAYS from 0 to 3".'),
      n('The LIMS banner said "Stock figures may be stale — last sync failed" through most of that morning.'),
      n('syslog: "stocksync[2231]: WARN skipped 47 rows with null expiry, operator=batch"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the upgrade without asking for an expiry test, and I will not sign another one off without it.'),
      n('We on stock control missed the jump in available units; a daily sanity check goes in from Monday.'),
      n('My mistake, and I own it: I took the dashboard figure as true without checking the fridge.'),
      n('As director of digital, the decision to cut over before validation finished was mine.'),
      n('Escalating the sync warning on Wednesday was my call to make, and I sat on it until the morning huddle.'),
      n('Our team wrote the rule that let lapsed units through, and fixing it falls to us.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Calling the night scientist careless is tempting, but her screen showed those units as valid.'),
      n('This is not operator error; the system presented expired stock as available to everyone who looked.'),
      n('Some people in chat are asking who to blame, and the answer is that the question is the wrong one.'),
      n('The regulator asks whether an individual was at fault; our finding is that no individual was.'),
      n('I reject the idea that Kwaku should have spotted the dates; his screen gave him no reason to look.'),
      n('If we label this human error, the timezone defect that really moved the expiry dates disappears from view, so I will not.'),
      n('Nobody here failed at their job; the job as designed relied on a number that was wrong.'),
      n('Please stop naming Majok in the channel; his change cleared every check we had in place.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The expiry flag was reset by the nightly migration script when the schema was upgraded.'),
      n('Lapsed units were counted as available because the date field was parsed in the wrong timezone.'),
      n('Both hospital orders got accepted by the portal against a stale stock figure the cache never refreshed.'),
      n('The quarantine status was dropped during the data import, as that field was never mapped.'),
      n('The warnings were swallowed by the alert router, whose default tag marked the rule low priority.'),
      n('The stock figure sat cached in the reporting layer for six hours and was never invalidated.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Afua accepted the county hospital order at 08:15 because the system showed twelve available units.'),
      n('Blaž restarted the sync service after the first alert, because that had cleared an identical stall in April.'),
      n('Mahesh confirmed stock by phone with the hospital, relying on the dashboard figure as he normally does.'),
      n('Carme applied the vendor patch in the agreed maintenance window, following the vendor notes.'),
      n('Batbayar skipped the manual fridge count that morning, as the new system had been introduced to take its place.'),
      n('Malia reopened the ticket after the second hospital called, since the pattern looked like the earlier one.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('As a single source of truth for issuable units, the stock system is unfit for purpose.'),
      n('The reconciliation job failed at its sole purpose: it ran, reported success and quarantined nothing.'),
      n("The vendor's expiry module handles timezones carelessly and is responsible for the shifted dates."),
      n('The ordering portal is the weak link, with no competence to judge whether a unit can actually be issued.'),
      n('Negligent is the fair word for our change process, which never asked for a test on real expiry dates.'),
      n('The alerting is unreliable, and no one can trust it to wake anyone when stock figures jump.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply excluding units whose expiry precedes now from the available query is the whole fix.'),
      n('Obviously the trend graph has the available count leaping forty units the instant the upgrade landed.'),
      n('The timezone setting change is just one line, yet it still needs a full validation run.'),
      n('Clearly the audit log is the best evidence here: every bad status came from the migration batch.'),
      n('Rollback simply means restoring the pre-upgrade issue-status table from snapshot.'),
      n('Obviously the data supports the timezone theory, as each wrong unit is off by exactly one day.'),
    ],
  ],
];

export const DEV_LEARNED35A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED35A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
