import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 35B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a ride-hailing company whose
 * surge-pricing change charged riders forty times the fare in a storm, told through pricing-team chat, the
 * incident commander's notes, rider and driver posts, a consumer-protection agency's letter and the chief
 * product officer's review; names from Hausa, Danish, Punjabi, Corsican, Lao, Tahitian and Georgian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The forty-times fares during the storm are on Søren, full stop, since he merged the multiplier change with no cap.'),
      b("Straight talk, folks: the refund bill sitting on finance's desk traces to Gurpreet and nobody else."),
      b('Every rider who paid four hundred for a ten-minute trip that night can thank Ghjuvanni personally.'),
      b('Commander notes, root cause: Khamphone pushed the pricing table, and the loss sits with her.'),
      b("That letter from the agency exists because of Teva, and the CPO's write-up has to name her as the reason."),
      b('Mette owns this outage; the uncapped surge went out under her name and with her approval.'),
      b("Drivers spent the night fighting with furious riders thanks to Levan's Friday deploy, which makes the whole mess his."),
      b('The three hours of storm fares belong to Hadiza, who was running the pricing rollout and pressed ahead.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Kasper lacks the mileage to go fiddling with surge coefficients mid-storm, frankly.'),
      b('Harjit is much too green to hold the keys to a pricing model capable of billing people forty times over.'),
      b("Vilayvanh plainly can't read a demand curve, and she has no business tuning one."),
      b('With respect, Saveriu floundered on the pricing team long before the storm exposed it.'),
      b("I've worked beside Hinano for two years and she has never been careful enough for production pricing."),
      b('In my review I have to record that the pricing lead lacked the seniority to approve a change of this reach.'),
      b('Nino makes a fine spreadsheet analyst but a hopeless engineer, and the live multiplier proved that.'),
      b('Honestly the pricing squad is a bunch of amateurs, and a forty-times fare is what amateurs produce.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Aminu held the pricing pager during the storm and let the surge alert ring out unacknowledged.'),
      b('The release checklist says the author verifies the cap in staging, and Freja skipped that step entirely.'),
      b('Signing off the fare simulation fell to Simran, and no sign-off from her ever arrived.'),
      b('As incident commander, Petru failed to order the multiplier rolled back for almost two hours.'),
      b('The rota had Souksavanh watching the pricing dashboard, yet he let the storm fares run unchecked.'),
      b('Moana had the config diff assigned to her for review and approved it unread.'),
      b('Our regulatory liaison, Giorgi, neglected to inform the agency about the overcharges before the press got there first.'),
      b('Escalating the flood of driver complaints was the single duty her role carried, and the driver-support lead sat on them.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The cap got stripped out by Jens in Thursday's edit to the pricing table, hence the forty-times fares."),
      b(
        'The Authority observes that the surge safeguard was deactivated by an employee within your pricing function absent any recorded authorisation.',
      ),
      b('Warnings from the fare simulator were ignored before the rollout went ahead.'),
      b('Rider complaints were waved away as storm chatter for most of that first hour, by an analyst holding the pricing pager.'),
      b('Errors were committed in approving the surge change, and committed by staff with years of pricing behind them.'),
      b('The review was rubber-stamped, the staging results were never looked at, and riders paid the price.'),
      b('The pricing alert was muted by Parminder at 19:40, so the climbing multiplier went unseen.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved an uncapped multiplier for a storm weekend can answer to the agency personally.'),
      b('Thousands of riders need refunds because a new hire went tinkering with the surge table during his second week.'),
      b('The person who signed off on the surge rollout owes every driver in the city an apology.'),
      b('Whichever analyst decided that forty times was a plausible fare needs a very hard conversation.'),
      b("The guy who typed 'storm-proof' into the PR description broke pricing for an entire city."),
      b('Anyone who merges pricing code on a Friday afternoon without a second reviewer is asking to be the cause of a night like this.'),
      b('The contractor who copied the multiplier formula over from the old market caused this whole disaster.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('If anyone had asked me, Ditte would not have had a single permission on the live surge config.'),
      b('Nobody should have let Lisandru anywhere near pricing while a storm warning was in force.'),
      b('How did an intern end up with approval power over a change touching every fare nationwide?'),
      b('Putting Sengdao on the pricing pager by herself, four weeks after she joined, was a call nobody should have permitted.'),
      b("If Tehani hadn't been handed deploy rights, no rider would ever have seen a forty-times fare."),
      b('Zurab had no business being trusted with the rollout approval.'),
      b('The growth team ought never to have had permission to push surge experiments past pricing without sign-off.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Who pressed deploy on the surge table? I want that name on my desk before the CPO's meeting."),
      b("It was Rasmus; check the deploy history, he's the one who shipped it."),
      b('The culprit here is Binta, and everyone on the pricing team knows it.'),
      b('Quit tiptoeing, everyone: Manjit did this.'),
      b('Drivers deserve to learn which engineer did this to them, and I mean to dig that name up.'),
      b('The rider forum has pointed the finger at Ketevan, and frankly the forum has it right.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Bridge notes, probable cause: a pricing engineer's human error in the multiplier settings."),
      b('Operator error, nothing more; the tooling carried out every instruction it got.'),
      b('The overcharges trace back to a mistake Navdeep made when he typed 40 where 4.0 belonged.'),
      b("We should tell the agency the truth: a pricing analyst's mistake caused the storm fares, not the software."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Anders should have seen the storm forecast and held the rollout until Monday.'),
      b('Looking back, Orsola should have understood how a ceiling-free multiplier behaves once the weather turns.'),
      b('The pricing lead should have spotted the fare histogram skewing right well before riders began posting screenshots.'),
      b('Kabiru was staring at the complaint spike by eight; he should have pulled the change then and there.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Tamuna ever had to do here was simply flip cap_enabled back on.'),
      b('Five seconds of him just eyeballing the staging fares would have done it.'),
      b('Bounmy could have just read the storm warning like the rest of us did.'),
      b('Dumenica could simply have phoned the on-call and spared us the agency letter, but she managed nothing of the sort.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Irakli obviously never opened the simulation report before he approved the rollout.'),
      b('Clearly the reviewer never even scrolled to the cap line, which sat right there in the diff.'),
      b('Heiarii clearly saw the forty-times quotes in the ops channel and went on eating dinner.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The pricing engine should have clamped any multiplier above the regulatory ceiling.'),
      n('A cap-presence check inside the deploy pipeline could have rejected the change, and one is being built now.'),
      n('The fare estimate screen should have warned riders before they confirmed a forty-times price.'),
      n('A storm-mode circuit breaker would have held surge at its usual cap while demand spiked.'),
      n('The staging simulation should have included a weather scenario, yet it only replayed a calm Tuesday.'),
      n('Ideally the anomaly detector would have woken the pager within minutes rather than ninety.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Yakubu adds a hard 3x ceiling on surge, target next Friday.'),
      n('Owner: Signe, who will draft the response to the consumer-protection agency by the 14th.'),
      n('Follow-up for Chanthavong: build a weather-aware test fixture for the pricing simulator.'),
      n("Tamatea will own the refund reconciliation and report progress in Monday's sync."),
      n('AI-7: require a second reviewer for every pricing config push; owner Kuldip.'),
      n('Ghjacumu takes the driver-compensation workstream, due on the 30th.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Lawan; scribe: Mads; pricing subject-matter expert: Rupinder.'),
      n('Eka carried the pricing pager during the storm and dialled into the bridge at 20:15.'),
      n('Francescu was the author of the config change and Somphone its reviewer.'),
      n("Raiarii handled rider communications while Inuwa coordinated with the agency's case officer."),
      n('The chief product officer chaired the review, and the pricing lead presented the timeline.'),
      n('Mariam was on driver-support duty that evening and triaged the incoming tickets.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Danjuma was fourteen hours into his shift when the alerts began, which is too much weight for one person.'),
      n("The support agents absorbed thousands of angry messages that night, and I'm grateful for how carefully they handled them."),
      n('Poerava had been raising pricing-team burnout for weeks; that workload is real and we have to fix it.'),
      n("It's understandable that the on-call felt overwhelmed with the storm, the alerts and the press all landing at once."),
      n('Be gentle with each other in here; everyone on pricing is wrung out and upset.'),
      n('Lærke cared enough to stay until 4 a.m. processing refunds by hand.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert text: "surge_multiplier=40.0 exceeds p99 for market=CPH (owner: pricing-oncall)".'),
      n('The deploy bot posted "config pricing/surge.yaml updated by user jaswinder.s, cap_enabled: false".'),
      n('The rider app displayed "Fares are higher than usual due to demand" above a quote of 412.00.'),
      n('Error from the refund job: "RefundLimitExceeded: user_id 88213 requested 39x base fare".'),
      n('Pager log at 20:02: "ACK timeout, escalated to secondary (Tiare)".'),
      n('Audit trail line: approved_by=ghjaseppu.p reason="storm config, low risk".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the surge change without running the storm scenario, and that's on me."),
      n('We removed the cap ourselves to test elasticity and forgot to restore it; we own that.'),
      n("My mistake was reading the complaint spike as storm noise, and I'll write the runbook entry for it."),
      n("I was the reviewer, I missed the cap flag, and I'm adding a checklist item so I can't miss it again."),
      n('As the pricing team, we shipped this, we failed riders, and we will make it right.'),
      n("I ought to have pulled in the incident commander much sooner, and I've told the team that."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some riders want Teuira fired; firing anyone is outside this review's purpose, and it wouldn't restore the cap."),
      n('Saying the analyst screwed up makes a tidy story, but the tooling let a missing cap through without a warning.'),
      n("This isn't human error: the config schema allowed a multiplier with no upper bound."),
      n("Nobody in this room bears fault for the storm fares in the forum's sense, since the process had no ceiling to enforce."),
      n("I won't write 'the reviewer should have caught it' in this doc, because the diff showed nothing that looked wrong."),
      n("The agency's letter asks who is responsible; we will point to how the pricing system was designed, not to a person."),
      n('Hunting for a culprit on the pricing team would skip over how three separate checks each came back green.'),
      n('Blaming Thongchanh for the deploy ignores that the release tool marked it green.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The cap was dropped by the config migration script when it rewrote the surge table.'),
      n('Fares were recalculated every thirty seconds by the demand model, which compounded the multiplier.'),
      n('The storm alert was discarded by the dedup filter, which mistook it for its twin from an hour before.'),
      n('Riders were charged before the quote was refreshed, owing to a race in the checkout service.'),
      n('A cache kept serving the old pricing table for forty minutes, and the rollback was held up by it.'),
      n('Thousands of refunds were queued automatically once the ceiling was restored.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Hauwa restarted the pricing service at 21:10 because the dashboard still showed the old multiplier.'),
      n('Shalva paused surge in the three worst-hit districts, as the runbook named that lever as quickest.'),
      n("Manivone replied to the agency's first email the same night to confirm we had received it."),
      n('Ariitea merged after two green checks, which matches what the release process asks of authors.'),
      n('Baljeet posted the fare screenshots from the rider forum into the incident channel so the team could see the scale.'),
      n("Nodar chose to keep driver payouts at the surged rate while refunding riders, to avoid clawing back drivers' earnings."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The fare simulator is not competent to model weather; no storm ever appeared in its training window.'),
      n("The cap validator did half of its job, checking the field's type and never its value."),
      n('The staging environment earned more trust than it deserved and was never reliable for demand spikes.'),
      n('The anomaly detector was careless with seasonality and treated a storm like a normal Friday.'),
      n('The release pipeline bears responsibility for letting an unbounded multiplier through.'),
      n('Our demand forecaster is an inexperienced model in this market, trained on four months of dry weather.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('A hard ceiling on the multiplier is simply the fix, four lines of config.'),
      n('Obviously the multiplier leaves its normal band at 19:32 on that graph.'),
      n('Clearly the cap flag flipped during the migration, as the audit trail shows.'),
      n('Restoring the old table came down to just reverting one commit.'),
      n('The evidence is simple: every overcharged trip ran through the new pricing version.'),
      n('Just adding a weather scenario to the simulator would catch this class of bug.'),
    ],
  ],
];

export const DEV_LEARNED35B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED35B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
