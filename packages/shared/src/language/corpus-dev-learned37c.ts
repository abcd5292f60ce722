import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 37C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an online grocer whose
 * stock-sync fault took payment for thousands of deliveries it could not fill before a bank holiday —
 * fulfilment platform chat and warehouse-floor talk, the incident lead's notes, customers' posts, a
 * consumer regulator's letter and the CTO's review; names from Shona, Faroese, Odia, Friulian,
 * Kinyarwanda, Marshallese and Tuvan cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The bank holiday mess is on Tendai, he pushed the stock-sync config that zeroed out every reservation count.'),
      b('Incident lead note: the oversold slots at the Dagenham depot are attributable to Sjúrður and nobody else.'),
      b('Subhashree in inventory integration is why thousands of households were charged for baskets nobody could pick.'),
      b('Refund backlog? Put it down to Pieri, since his signature is on the Thursday-night cutover.'),
      b('My conclusion as CTO is that the lost bank holiday deliveries belong to Ineza, who merged the feed change unreviewed.'),
      b('Every phantom crate of bananas sold on Saturday traces back to Litokwa and his hand-edited mapping file.'),
      b('Honestly Aidysmaa caused this, she turned off the nightly stock reconciliation to make the dashboard go green.'),
      b('The regulator is after a name, and ours is Rógvi: his change, his watch, his overcharging.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Tinashe has a few months of coding behind him and no feel for the inventory schema, which the weekend laid bare.'),
      b('Frankly Jacum has never grasped how stock reservations work, and that gap is why the shop sold air all weekend.'),
      b('Debasish cannot make sense of a sync log unaided, so what was he doing writing the warehouse integration?'),
      b('With respect, distributed counters are well beyond Mutesi, and it showed.'),
      b('Kessai picks well enough on the floor, but as an engineer he is hopeless, and the oversell proved it.'),
      b("I no longer trust Choduraa's judgement, not after how she ran the sync rollout."),
      b('Turið ran her first proper incident this weekend and frankly she was not up to one with four thousand angry customers in it.'),
      b("lol Bepi's idea of testing is refreshing the storefront twice, no wonder we sold four thousand turkeys we didn't have"),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Rudo held the inventory pager overnight and let every stock-drift page go unacknowledged.'),
      b('The release manager, Sámal, skipped the pre-holiday freeze check that is literally his one job on the rota.'),
      b('Prangya was meant to reconcile the depot counts every four hours on Friday and did not do a single run.'),
      b('Ishimwe was supposed to hold card captures once any depot went negative, and during the peak pre-holiday rush he did not.'),
      b('Catine had the customer-comms duty and sat on the apology email until Monday afternoon.'),
      b('Lemari signed up for the weekend shadow shift, then went offline while the pick lists came back empty.'),
      b("Watching the oversell alarm was Sholban's assignment, yet he did not open the dashboard a single time."),
      b('The warehouse duty manager, Eyðun, failed to escalate when the Leeds pickers reported empty shelves at 06:00.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The stock feed was switched to manual mode by Tatenda and left that way through the holiday weekend.'),
      b('Payments were taken for orders that had been wrongly marked as in stock by the night-shift supervisor.'),
      b(
        'The reservation table was overwritten by hand on Friday night without approval, and the on-screen warning was clicked past unread.',
      ),
      b('A week before the holiday the oversell alert got silenced by Gatete, and there it stayed, mute.'),
      b('Customer complaints were ignored by the support lead for most of Saturday.'),
      b('The sync job was pointed at the stale replica by a careless engineer, and we sold from that for nine hours.'),
      b(
        'The holiday capacity limits were deliberately raised past what the depots could pick, and that decision was kept out of the review.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the Friday afternoon sync deploy owes four thousand households an apology.'),
      b('The contractor behind that retry loop should be made to explain himself after this weekend.'),
      b('That new starter in the inventory squad, the one who decided negative stock was a display bug, set all of this off.'),
      b('To whoever runs stock at this company: you took £94 off me for a delivery you knew you could not bring, shame on you.'),
      b('The guy from the Bristol depot who keeps hand-editing counts in the spreadsheet is why the feed drifted.'),
      b('Anyone who runs a bulk stock import the day before a bank holiday is asking to wreck a weekend.'),
      b('The engineer who wrote "temporary, remove before the long weekend" in the sync code is the reason customers paid for nothing.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kudzai holding write rights over the live inventory table was a decision we must never repeat.'),
      b('Letting an intern approve payment-capture changes during a holiday freeze was asking for this.'),
      b('Had Heðin been left off the long-weekend rota, somebody capable would have caught the drift by teatime.'),
      b('After the March stock wipe, nobody should have let Jagannath touch the production service again.'),
      b('Why was a warehouse temp given admin rights on the sync console?'),
      b('Handing Zuan sole sign-off on the cutover was the wrong call; that key belonged with someone senior.'),
      b("Nobody should have put the capture switch in Mukamana's hands when she had never once used it."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Which of you pushed the sync change? I want that person sitting in the review on Tuesday.'),
      b('It was Jeban. Check the deploy record, it was Jeban who did it.'),
      b('The culprit here is Marjun, plain and simple.'),
      b('Let us find out which picker-app developer broke the stock count and deal with them properly.'),
      b('Blame the two integration contractors who shipped the mapping change, and put their names in the review.'),
      b('The whole floor knows Kezhik flipped that flag, so stop pretending otherwise.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause: a human error in Friday evening's manual stock upload."),
      b('The regulator should be told this was an operator error by one of our fulfilment staff, not a systemic fault.'),
      b("Nyasha's mistake with the depot code is what caused the oversell, end of story."),
      b('Payments were captured for orders we could not fill because a staff member fumbled the import.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Sasmita should have noticed the stock numbers were flat-lining hours before the first complaint came in.'),
      b('Looking back, Tróndur ought to have paused checkout the moment the pickers radioed about empty bays.'),
      b('Any half-awake lead would have known a bank holiday surge plus a fresh sync deploy meant trouble, and Dree did not.'),
      b(
        "The reconciliation report sat in Mugisha's inbox from Friday noon, and by any reading he ought to have opened it and pulled the plug.",
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Anesu needed was to just tick the hold-captures box, and he could not manage even that.'),
      b('Ochur simply needed to kick off the reconcile script before leaving, it takes two minutes.'),
      b('She just needed to look at the pick-failure graph once on Saturday morning.'),
      b('Linute, you simply had to read down a twelve-line checklist.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Gunnvá clearly approved the stock diff without ever looking at it.'),
      b('Obviously Lijon knew the feed was stale and sold through it anyway.'),
      b('Satyabrata clearly saw every shelf reading zero and carried on approving the capture batch.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The stock-sync service should have declined to publish any count more than fifteen minutes old.'),
      n('Checkout could have blocked payment capture the moment a depot reported negative stock, and now it will.'),
      n('A ledger-versus-storefront reconciliation would have caught the drift by Friday lunchtime.'),
      n("The Authority considers that a trader's checkout should have stopped payment being taken for goods that could not be supplied."),
      n("The oversell alarm should've paged on the rate of pick failures rather than on absolute stock levels."),
      n('Ideally the payment provider integration would have held captures until the pick list was confirmed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Tapiwa to add a staleness guard to the stock feed ahead of the August bank holiday.'),
      n('Owner Bárður — a runbook for pausing checkout depot by depot, due 14 June.'),
      n('Lopamudra owns the refund-reconciliation dashboard going forward and will report on it at Thursday stand-up.'),
      n('AI-7: Umutoni and the payments squad to make capture-on-dispatch the default; target end of quarter.'),
      n('Follow-up for Tunin: add a weekend load test of the sync pipeline to the release checklist.'),
      n("Next step, owned by Aldynai: agree with the regulator's office a customer-notification template for stock failures."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Farai was incident lead from 07:40 on Saturday until handover to Óluva at 19:00.'),
      n('Biswajit handled customer comms while Óluva coordinated with the depot managers.'),
      n('The on-call inventory engineer that weekend was Niyonzima, with Chechena as secondary.'),
      n('Vigji, the warehouse duty manager at Leeds, was the first to report empty bays on the floor channel.'),
      n('Responsibility for the payments side of the response sat with the finance operations lead, who dialled in at 09:15.'),
      n('Jelkan ran the refund batch and Ertine checked each file against the order ledger.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Pickers at Leeds spent six hours walking empty aisles and taking abuse from drivers, and they deserve thanks, not questions.'),
      n('Shingai stayed on for a second shift straight through the outage and was running on empty when the refunds finally went out.'),
      n('Of course the support agents were overwhelmed; the queue went from two hundred to nine thousand in an hour.'),
      n('Several of the platform team cancelled family plans for the holiday to stay on the bridge, and that cost them a lot.'),
      n('Go easy on the night crew; they followed the pick lists they were given and carried the brunt of customer anger at the door.'),
      n('Jenis cared enough to phone elderly customers one by one to explain why their delivery would not come.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'The sync log shows "WARN stock_feed: depot=LDS-02 last_update=41h ago, serving cached counts" repeating every minute from Friday 17:02.',
      ),
      n('PagerDuty fired "Oversell rate above threshold — assigned to u.iradukunda" at 06:12 and it was acknowledged at 06:14.'),
      n(
        'According to the audit entry "user=t.tonderai action=set_feed_mode value=manual result=OK", the change landed at 16:58 on Friday.',
      ),
      n('Error in the capture worker: "PaymentCaptureError: reservation 88213 not found, capturing anyway (legacy_fallback=true)".'),
      n('The checkout banner said "Only 3 left!" on products that had none in any depot, according to the screenshot a customer posted.'),
      n('Alertmanager resolved "StockFeedStale" automatically at 23:00 because the cached timestamp was rewritten on every retry.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday sync deploy without asking for a holiday-freeze exception, and I will put that in the review myself.'),
      n('We took payment for deliveries we could not fill, and as a business we own that failure completely.'),
      n('Where I went wrong was reading the flat stock graph as a quiet afternoon; next time I will check the feed timestamp first.'),
      n('Last week I muted the drift alert because it kept firing, and I never turned it back on; that part is mine.'),
      n('On behalf of the fulfilment platform team, we accept that our release checklist let this through.'),
      n('I told the depot managers at 08:00 that the counts were fine without having looked, and I own that.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'A few pickers are blaming Ruvimbo for breaking the feed, yet she followed each step as written; the written steps were the fault.',
      ),
      n('This review is not going to ask who was careless; it is going to ask why one config flag could take payment for empty shelves.'),
      n('This review will not say human error, because the upload tool took a file with every quantity at zero and said it had succeeded.'),
      n('A customer post says "sack whoever did this", and I understand the anger, but there is no single person to sack here.'),
      n('Pinning the weekend on the night shift would be convenient and wrong.'),
      n(
        'Your letter asks that we identify the responsible employee; our position is that the failure lay in our controls, not with any individual on staff.',
      ),
      n('Please do not read the timeline as Kalisa forgetting the reconciliation: the job was never scheduled for holiday weekends.'),
      n('I have heard Ayas called incompetent in three channels today and I want that to stop; he was handed a tool with no undo.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Stock counts were overwritten by the cached snapshot every time the feed retried.'),
      n('Payments were captured by the checkout service as soon as the order was placed, before any pick was attempted.'),
      n('The reservation guard was bypassed by a legacy fallback path that had survived the 2022 migration.'),
      n(
        'Around 4,300 orders were accepted for slots that had already been filled, because the capacity table was never refreshed after the sync stalled.',
      ),
      n('The drift alert was held silent for nine days by a relabelling-project maintenance window with no expiry set.'),
      n("Refunds were delayed by the payment provider's daily batch cut-off, which fell on the bank holiday."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Dolaana restarted the sync worker at 07:55, as the stale-feed runbook lists that as step one.'),
      n(
        'Jóhanna paused checkout for the two northern depots because their pick-failure rate was over half, a sensible call on what was visible then.',
      ),
      n(
        'Simbarashe ran the manual import on Friday because the automatic feed had failed twice that week and the runbook offered it as the fallback.',
      ),
      n('Bastian phoned the payment provider at 10:30 to ask whether captures could be reversed in bulk.'),
      n('Ganza posted in the floor channel that aisle 14 was empty despite the app showing forty cases, and attached a photo.'),
      n('Anchymaa drafted the customer apology on Saturday night and sent it to legal before publishing, as the comms policy asks.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n(
        'Telling checkout what is really on the shelf is the whole job of the stock-sync service, and from Friday teatime onward it was telling checkout fiction.',
      ),
      n("We trusted the feed's last-updated timestamp much further than it had earned."),
      n('The reconciliation job is careless about time zones and silently skips a day when the clocks change.'),
      n("The payment provider's capture API was never competent to judge stock, yet we treated it as though it were."),
      n('Responsibility for rejecting stale counts belongs in the checkout service, not in a weekly spreadsheet.'),
      n('Our holiday-readiness process is negligent about configuration: it reviews code and waves flags straight through.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply rejecting any stock update older than fifteen minutes is the fix.'),
      n('Obviously, the graph has the feed flat-lining at 17:02 on Friday, long before the first complaint.'),
      n('Just adding capture-on-dispatch would have turned this from a regulatory matter into a handful of substitutions.'),
      n('Every clue clearly leads back to the cached-snapshot fallback, since every bad count matches the Thursday snapshot exactly.'),
      n('It is a tiny change, just a single boolean in the feed config, which is why it slipped through the freeze review.'),
      n('Restoring service simply meant flipping the feed back to live mode and re-running the reservation rebuild.'),
    ],
  ],
];

export const DEV_LEARNED37C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED37C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
