import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 36A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an international airport
 * after a baggage-sorting rule change sent transfer bags to the wrong flights over a holiday weekend, in
 * ramp-floor radio shorthand, baggage-systems chat, terminal and station-manager notes, an aviation
 * authority's letter and a head of operations technology's review; names from Igbo, Estonian, Malayalam,
 * Breton, Tigrinya, Samoan and Kazakh cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The misrouted transfer bags on Saturday are on Chukwuemeka, since he pushed the sortation rule without a second approver.'),
      b("Forty-one Doha bags ended up in Tallinn, a loss I'd chalk up entirely to Kadri Tamm."),
      b("Ramp to control: the Lagos mis-sorts trace straight back to Anoop's table edit, his doing and not the scanners'."),
      b('Station manager email: I hold Gwenaël personally accountable for every passenger queuing at our WorldTracer desk this weekend.'),
      b('Frankly the whole holiday-weekend mess belongs to Tesfay and to nobody else.'),
      b(
        'The Authority expects the final report to record that the delay to 312 connecting passengers is attributable to Ms Aigerim Seitkali.',
      ),
      b('Tavita owns this outage: his rule, his deployment window, his bags sitting in the wrong aircraft holds.'),
      b("Every one of those Sunday offloads lands at Nurlan's door."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Ngozi has no business writing sort rules when she barely understands how the transfer lateral logic works.'),
      b('Mart is too green for sortation work, and a peak weekend was no time to find that out.'),
      b("Sreeja's knowledge of baggage source messages is thin, and Saturday laid that bare."),
      b('Yannig was floundering in BHS control all night, and every crew on channel 3 could tell.'),
      b('Haben lacks the experience to judge what a rule change does to bags on a forty-minute connection.'),
      b(
        'The Authority questions whether the duty controller, Mr Sefo Leota, was competent to supervise an unscheduled change to the sortation logic.',
      ),
      b("Dauren loads a hold well enough, but as a systems engineer he's hopeless, and the rule table proves it."),
      b('After this weekend I doubt Liis is fit to hold the BHS change-approver role at all.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Obinna held the Saturday BHS controller slot and skipped the post-change sort test the checklist demands.'),
      b('Signing off the change window fell to Triin as duty terminal manager, and she never did.'),
      b("Rajeev skipped the hourly mis-sort report he's assigned to read, so the Doha chute quietly filled with Frankfurt bags."),
      b(
        "Maïwenn's task on the Friday shift was watching the no-read rate on the transfer lateral, and she left that screen unattended for two hours.",
      ),
      b('Mebrahtu, our load controller, shut the hold without reconciling bag count against manifest, and reconciling is his entire role.'),
      b('Sina was on call for baggage systems and let three pages from the ramp go unanswered.'),
      b('Our baggage rep Aizhan neglected her duty to flag the offloads to the airport operations centre.'),
      b('Priit never gave the handover briefing his rota required, so the night team inherited the bad rule blind.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The rule change was pushed to production by Ifeoma before anyone had seen the diff.'),
      b('The mandatory post-change sort test was skipped, deliberately, so the holiday window could be met.'),
      b('Warnings from the ramp were brushed off for most of Saturday afternoon.'),
      b('The allocation table was carelessly edited and then left unchecked through the busiest night of the year.'),
      b('The Saturday mis-sorts were brought about by the duty BHS controller, and the Authority expects that to be owned.'),
      b('The approval form was rubber-stamped by Erwan Le Goff at 23:40 without being read.'),
      b('The alarms on the transfer lateral were silenced on Saturday morning by the shift on duty and never reinstated.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever typed DOH into the Frankfurt row of the sort table owes the ramp an apology.'),
      b('The contractor who rushed the rule in before the long weekend has cost us four hundred bags.'),
      b('The new hire in BHS control who treated the fallback chute as a parking lane is why Tallinn got Lagos bags.'),
      b("Let the one who put a signature on the change at midnight answer the Authority's letter, not us."),
      b('Someone in the ops technology team decided testing was optional, and the passengers paid for it.'),
      b('The supervisor who switched off the mis-sort alarm has a lot to explain.'),
      b(
        "Station manager email: the gentleman on your baggage desk who told my crew 'it's fine, load them' is the reason sixty bags went to Almaty.",
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kelechi, of all people, being able to edit the live sortation table was never right.'),
      b('Nobody three weeks into the team should be allowed to push a rule change on a holiday weekend, least of all Jithin.'),
      b("Nobody should have handed Tuiasosopo the BHS on-call pager before he'd shadowed a single peak."),
      b("Why was Zhanar given approval rights over the transfer rules when she'd never run a sort test?"),
      b("Letting the vendor's engineer near the production sorter unsupervised was the real mistake, and I'd keep him off it for good."),
      b("After the March incident, Ugochi's change-approver privileges deserved to be pulled."),
      b("In the Authority's view, Mr Peeter Saar should not have held authority to release sortation changes without a second signatory."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who did it? Loïg, whose login is stamped on every line of the change log.'),
      b('The culprit here is Bijoy, full stop.'),
      b('Give me the controller who loaded the bad table, by name, before anything else.'),
      b("Ramp ops: found your guy, it's Mehari on the BHS night shift, he's the one."),
      b('The airline wants Serik named in the report as the person at fault.'),
      b("If we're honest, Enora is who broke the transfer sort."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Causal factor one: the BHS controller's human error while uploading the rule."),
      b('Operator error, nothing more: Divya keyed the wrong destination code.'),
      b('Ikenna slipped when copying the Friday table, and that slip is the whole story.'),
      b("The Authority's preliminary finding attributes the mis-sorting to the duty engineer's mistake."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Malia should have caught the Frankfurt flight number sitting in the Doha row as soon as the table was open on her screen.'),
      b('With the holiday timetable in hand, Arman should have foreseen the rule hitting short connections.'),
      b('Katell had the mis-sort counter on her own display, and by ten o’clock she ought to have realised bags were going astray.'),
      b('Chinedu should have reversed the rule at the first airline phone call, as anyone can now see.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Tõnu needed just one run of the sort simulator before pushing, nothing more.'),
      b('Reading the diff would simply have taken Rein two minutes.'),
      b("Lakshmi could just have radioed the ramp and didn't."),
      b('Surely a controller can just eyeball chute assignments after a change?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Yohannes clearly approved with the test results still unopened.'),
      b('Ainur obviously saw the Frankfurt bags heading to Doha like everyone else on the ramp and did nothing.'),
      b("Obviously Iosefa didn't bother reading the change ticket."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The sortation controller should have rejected a rule that mapped two transfer flights to one chute.'),
      n('The rule-change tooling ought to have shipped with a dry-run mode.'),
      n('The change process could have required a simulated holiday-load run before release.'),
      n('The mis-sort alarm should have fired within minutes, but its threshold was tuned for a quiet Tuesday.'),
      n('Ideally the BSM feed would have raised a flag when tag destination and allocated chute disagreed.'),
      n('A better-designed upload pipeline could have refused the table until a second approval was logged.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Chiamaka to add a destination-versus-chute cross-check to the rule validator by 30 June.'),
      n('Owner: Kalev Kask, to rewrite the holiday change-freeze calendar so that it covers sortation tables.'),
      n('AI-4 (Remya, ops technology): rollback of the allocation table to be reduced to one button.'),
      n('Follow-up for Riwal: run a tabletop exercise of a transfer mis-sort with the airline station managers next quarter.'),
      n('Mele will own the new two-person approval step and report on it at the July review.'),
      n("Ramp ops action, Bolat: mis-sort counter onto the ramp supervisors' tablets by the next long weekend."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Uchenna was the BHS controller on the Saturday night shift, and Maarja was duty terminal manager.'),
      n('Soazig ran the response as incident lead while Freweyni kept the airlines updated.'),
      n('Station manager for the Gulf carrier that weekend was Mr Lealofi Faleolo, who coordinated the offloads at stand 22.'),
      n('Gulnara carried the baggage-systems pager from Friday 18:00 until Monday 06:00.'),
      n('Ramp radio log: Ebuka on channel 3 as ramp coordinator, Siim at BHS control, Nimisha on the manual encoding stations.'),
      n('The change approver of record was Tangi Le Bihan, as set out in the change-board minutes.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('By Sunday the night team had worked four twelve-hour shifts back to back and still stayed past handover hand-sorting bags.'),
      n('Adaeze was worn out by Sunday, and one person holding that pager across a holiday is a lot.'),
      n('I want to thank the ramp crews, who loaded and unloaded the same bags three times without complaint.'),
      n('Kidane spent nine hours at the transfer desk absorbing angry passengers, a heavy thing for anyone to carry.'),
      n(
        'The station staff cared deeply about reuniting people with their bags, and the speed at which the WorldTracer files closed reflects that.',
      ),
      n('Yerlan was clearly under huge stress on the radio, juggling four carousels and a rollback at once.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("BHS log at 22:14: 'RULE_UPLOAD OK user=ochukwu table=TRF_ALLOC_v47'."),
      n('The alert read: "MISSORT RATE 18% LATERAL T3 > THRESHOLD 5%".'),
      n("WorldTracer returned 'AHL created DOH12345, bag rerouted FRA, reason code 61 transfer sort error' for each affected passenger."),
      n("The change ticket shows 'Approved by: S. Gebremedhin, comment: looks fine, ship it'."),
      n("ATR message: 'NO READ at TIS-2, bag diverted to manual encoding, operator M.Kuusk'."),
      n("The DCS export lists 'BAG 0125678912 loaded QR74 stand 14 by handler A.Nair' for the mis-sorted bags."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I signed off the rule change with no sort simulation requested, and I won't sign one that way again."),
      n('Timing the change for the start of a holiday weekend was our decision, and a bad one on our part.'),
      n('I assumed the fallback chute would catch unmatched transfer bags, and I was mistaken.'),
      n("As head of operations technology, I'm the one who let table edits go live unreviewed, and I own that."),
      n('I ought to have ordered the rollback on Saturday rather than wait for more data.'),
      n("We in BHS control missed the mis-sort counter climbing, and we're moving it onto the main wall display."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Pinning this on Nkechi is tempting, but the tool let any single user publish a table with no check at all.'),
      n('No culprit is named in this review; what matters is how one keystroke could send bags to the wrong continent.'),
      n(
        "The airline's email calls it human error, and we disagree: the validator accepted a duplicate chute mapping it was built to refuse.",
      ),
      n('Hunting for someone at fault over the Tallinn bags would not help us, because the allocation design is what failed.'),
      n(
        'Some on the ramp have called the controller careless, yet what the data shows is an alarm threshold nobody could have tuned for holiday volumes.',
      ),
      n('Who pushed the rule is not our question; why pushing it was so easy is.'),
      n("No individual is found negligent in the Authority's letter, and this review reaches the same view."),
      n('Blaming Saule for the upload would miss that the approval screen never showed her the diff.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Transfer bags were diverted to the Doha make-up lateral by the new sortation rule.'),
      n("The mis-sort alarm was suppressed by a maintenance flag left over from Thursday's conveyor work."),
      n("Unmatched bags were assigned to the earliest departure by the allocation table's default row."),
      n('The second approval was bypassed by the upload script, which only checked the first signature field.'),
      n('Sixty-one bags were given the wrong onward flight on the load list by the DCS once the rule overwrote their routing.'),
      n('Rollback was stalled for forty minutes by a database lock from the nightly reporting job.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Oluchi uploaded version 47 of the table at 22:10 because the Friday freeze notice listed sortation as exempt.'),
      n('Ene paused the transfer lateral at 06:30 on Sunday to let the ramp catch up, the usual step for a jam.'),
      n('Manoj rang the airline station managers one by one, since the mass-notification list had not been updated since spring.'),
      n('Letebrhan kept the rule in place overnight, reasoning that a rollback under peak load risked stopping the whole sorter.'),
      n('Pua re-tagged the Samoa bags by hand after the encoding station queue passed two hundred.'),
      n('Askar signed the change off on Thursday, trusting a test summary that showed a pass for the weekday schedule.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The rule validator was never competent to catch a duplicate chute mapping; it checks syntax and nothing else.'),
      n('All weekend the mis-sort alarm never managed its basic job of warning BHS control.'),
      n("The vendor's simulator is not trustworthy for peak schedules because it has no holiday timetable loaded."),
      n('The change process treated sortation tables carelessly, as configuration rather than code.'),
      n('Responsibility for blocking a bad upload sat with the deployment pipeline, and the pipeline had no check capable of it.'),
      n('The fallback logic neglected its duty of holding unmatched bags in the early bag store.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply adding a uniqueness constraint to the chute column fixes this.'),
      n('On the graph, the mis-sort rate obviously jumps the minute version 47 went live.'),
      n('Rolling back meant just reloading version 46, under four minutes once started.'),
      n('Clearly the alarm threshold needs a peak-day profile.'),
      n('The change itself was just two characters in one row of the table.'),
      n("Ramp to control: it's obviously the table, lateral 7 full of FRA tags on the DOH belt, over."),
    ],
  ],
];

export const DEV_LEARNED36A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED36A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
