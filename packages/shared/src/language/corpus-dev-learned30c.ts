import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 30C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an online tutoring marketplace
 * after a payments bug paid tutors two weeks late, heard in the tutor forum, support macros, finance Slack, a
 * payments-provider ticket and the founders' investor update; names from Turkish, Kikuyu, Serbian, Bengali,
 * Chilean Spanish, Japanese and Scots cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Emre merged the currency rounding patch late on a Friday, so the two-week payout delay is his and his alone.'),
      b('Tutors went a fortnight without their money because of Wanjiru, and the forum deserves to hear that plainly.'),
      b("Every late payout leads back to Dušan, who pushed the ledger migration through over everyone's objections."),
      b('Tell the investors the truth: Anirban is the reason the payout slipped, not the bank and not Payvane.'),
      b('Fernanda owns this one: every tutor who waited fourteen days for their earnings waited because of her.'),
      b('The consensus in #finance is that the missed settlement window lands squarely on Haruto.'),
      b('Write it in the retro doc without softening it: Callum caused the late tutor payments.'),
      b("The refund pile-up, the furious forum threads, the chargebacks from the Nairobi cohort: that's all Kamau's doing."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Zeynep lacks the seniority that payments infrastructure demands, and this fortnight of missed payouts proved it.'),
      b("Miloš doesn't understand double-entry bookkeeping well enough to be writing ledger code for a marketplace."),
      b('Rupali has no real feel for settlement files, and every payout run she touches comes out wrong.'),
      b('With respect, Matías is a front-end developer playing at being a payments engineer.'),
      b('Our support lead Njeri lacks the judgement to run a payout incident of this size.'),
      b('For someone writing our payout cron jobs, Sota understands time zones remarkably poorly.'),
      b("Bless him, Arijit couldn't reconcile a lemonade stand's till, never mind a ledger with forty thousand tutors in it."),
      b("Vesna on Payvane's side is nowhere near experienced enough to be handling merchant settlement escalations."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Kerem had the payments rota that week and didn't open the failed-payout dashboard a single time."),
      b('Javiera was assigned the pre-release sign-off on the payout batch, and she let it go out unsigned.'),
      b('Mwangi was finance on-call, the person meant to escalate a stuck settlement, and he sat on it the whole weekend.'),
      b('The support lead never sent the delay macro to tutors, which was the single thing her role asked of her that Monday.'),
      b('Aoi skipped the weekly reconciliation she is assigned to, so the gap stayed invisible until tutors started posting.'),
      b('Stefan, our Payvane account manager, promised an escalation on the call and never filed it, which was his entire role here.'),
      b('Fraser held the release checklist for the payouts service and ticked the settlement test without ever running it.'),
      b("Tanusree's duty during the migration was the finance alerts channel, and she spent it polishing roadmap slides."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The payout cron was disabled by Benjamín ahead of the migration and left off afterwards.'),
      b('The rounding bug was written carelessly and waved through review without anyone actually reading the diff.'),
      b("Tutors were left unpaid because the bank's warning email was ignored for nine days."),
      b('The settlement file got sent to the wrong Payvane account by Yui and sat there unnoticed for a week.'),
      b('In the finance team, mistakes got made, and tutors ended up paying for them.'),
      b('The failed-payout alert had been muted by a payments engineer who found it annoying.'),
      b("The tutors' escalation thread was closed as resolved before a single payout had actually gone out."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Tutors waited two weeks because of the new hire who rebuilt the payout scheduler during their first fortnight.'),
      b('Whoever signed off a ledger migration on the bank-holiday weekend owes the tutor forum an apology.'),
      b('Whichever of you silenced the settlement alerts can go explain that to every tutor who missed rent this month.'),
      b("It's the contractor who wired up our Payvane webhook that we have to thank for this whole mess."),
      b('Some genius in finance decided tutor payouts could wait until month-end close, and here we are.'),
      b('The engineer who left a comment saying handle weekends later in the payout code, and then never did, is the real story here.'),
      b('Anyone who ships a change to money movement without a dry run has no business acting surprised when tutors go unpaid.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ignacio, of all people, should never have been able to edit rows in the live payouts table.'),
      b('Why did an intern have push rights to the payments service in the first place?'),
      b('After the March scare, Gathoni should never again have been handed the bank file credentials to rotate.'),
      b('Putting Daichi on payments on-call in his second week at the company was asking for exactly this.'),
      b('Letting Isla approve her own payout-config change, given her record, was a risk we never should have taken with her.'),
      b("Handing Payvane's outsourced support desk the power to reverse our settlements was a mistake, and they proved it."),
      b('If Subrata had been kept off the release rota like some of us asked, tutors would have been paid on time.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually broke payouts? The forum wants a name, and mine is Nemanja.'),
      b("Let's be honest about whose fault this is: Moushumi's team, start to finish."),
      b("I'd go after Cristóbal first, since his fingerprints are on every commit in the payout path."),
      b("The culprit is Ren, and it's time the investor update stopped tiptoeing around that."),
      b('Somebody has to answer for two weeks of unpaid tutors, and that somebody is Kariuki.'),
      b('Tutor forum update: we have found the staff member behind the payout failure and moved them off payments work.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause of the payout delay, per finance: human error when the settlement file was uploaded by hand.'),
      b('Nothing technical went wrong with the payouts; it was an operator error inside finance, no more.'),
      b("Hina's slip in the currency config is what held up every tutor payment for fourteen days."),
      b('According to our own review, the batch failed because a member of staff keyed the wrong payout date, plain and simple.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Hamish should have spotted the zero-value batch the morning it went out.'),
      b('The second the payout total fell by ninety percent, Selin ought to have realised there was a problem.'),
      b('Looking back, Waweru should have known a Friday migration would collide head-on with the payout run.'),
      b("Catalina had Payvane's deprecation notice in her inbox for a month, so there's no excuse for her not seeing this coming."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Dragana had to do was press release batch on the Monday morning.'),
      b('Apparently one glance at the payout dashboard before logging off was just beyond Pritom.'),
      b("Morag could simply have answered the bank's email, and the tutors would have had their money on time."),
      b('It was literally one checkbox, Yuna, and you only had to tick it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Kaito obviously never read the migration runbook before he started.'),
      b('Clearly Ruaridh never tested the weekend path, or he would have watched payouts stall in staging.'),
      b('It should have been glaringly obvious to Nusrat that a batch of zero-value payouts was wrong.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The payout scheduler should have retried the failed batch instead of quietly giving up.'),
      n("Our reconciliation job would have caught the gap within a day if it compared totals against Payvane's settlement report."),
      n('A guard in the ledger migration should have blocked it from running while a payout batch was in flight.'),
      n('A dry-run mode could have surfaced the zero-value batch before a single lira or shilling moved.'),
      n("Payvane's API should have returned an error, not a 200, for a batch with a settlement date in the past."),
      n('The tutor dashboard should have said delayed rather than paid while the funds were still pending.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Elif to add an alert that fires when a payout batch is more than 20% below the weekly average, due 14 June.'),
      n('Owner: Njoroge, to write a support macro for future payout delays and get finance to approve it.'),
      n('Jelena will own the weekend-calendar fix in the payout scheduler, targeting the next sprint.'),
      n('AI-4 (Debashis): document the manual batch-release procedure in the finance runbook.'),
      n('Francisca is taking the follow-up with Payvane about 200 responses on invalid batches and will update the ticket by Friday.'),
      n('Next step, owned by Euan: a monthly reconciliation review that engineering and finance sit down for together.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Kirsty was incident commander from the Tuesday escalation until the last payout cleared.'),
      n('During the response, Deniz handled comms on the tutor forum while Wambui worked the Payvane ticket.'),
      n('The finance on-call that weekend was Milica, and the payments engineering on-call was Vicente.'),
      n('Support lead Tahmina wrote the apology macro, and Sakura translated it for our tutors in Japan.'),
      n('Our contact at Payvane, Githinji, was the one who confirmed the batch had been rejected on their end.'),
      n('Angus, the founder on point for the investor update, drafted the summary with numbers from finance.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('In the second week the finance team were down to four hours of sleep a night, yet they still checked every batch twice.'),
      n('Tutors who rely on these payouts for rent had a genuinely frightening fortnight, and we hear that.'),
      n('Oğuz was carrying the payouts migration and month-end close together, an unreasonable load for one person.'),
      n('Support answered more than 900 forum posts in three days, a lot of them furious, and stayed kind throughout.'),
      n('Nobody on the payments team wanted this, and Seonaid in particular stayed late every night verifying batches by hand.'),
      n('The rota had Muthoni covering payments alerts and finance alerts simultaneously, which was unfair on her.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The payout worker logged `batch 8812 skipped: settlement_date in past (user=emre.k)` at 02:00 every night.'),
      n("Payvane's ticket reply read: 'Batch rejected, merchant operator error: invalid currency code.'"),
      n('The alert said `PayoutTotalAnomaly: expected ~1.2M, got 0` and auto-resolved ten minutes later.'),
      n("According to the audit log, 'config payouts.schedule changed by user vuk.p' was recorded on 3 May at 17:42."),
      n('The bank file parser returned `ERR 41: failed by user input - amount field empty` on every row.'),
      n("The Slack bot posted 'WARN 312 tutor payouts pending > 72h, responsible: finance-oncall' to #finance-alerts."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I ran the ledger migration on the Friday without checking the payout calendar, and that's on me."),
      n("We shipped the rounding change with no dry run; from now on we'll replay last week's batch first."),
      n('I muted the settlement alerts myself because they were noisy, and I should have turned them back on.'),
      n('As founders, we set a launch date that squeezed the payments work too hard, and we own the delay that followed.'),
      n("I read the bank's rejection email and filed it as routine; my mistake, and I now triage those emails differently."),
      n('We on the finance team stopped reconciling weekly during the migration, and we are putting that back.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some forum posts are blaming Tomás by name, but he followed the runbook exactly, and the runbook is what was wrong.'),
      n("This isn't anyone's fault in the way the forum means it; the scheduler simply had no weekend handling."),
      n('Calling Ayşe careless is tempting, but the config screen never displayed the batch date to her.'),
      n("We're not putting human error in the investor update, because it wasn't: the retry path never existed."),
      n("To the tutors asking who we're firing: nobody, because a firing wouldn't fix a scheduler with no alerting."),
      n('Calling Mei incompetent misses the point: the button on that screen would have caught out every one of us.'),
      n("Please don't pin this on the Payvane support agent; their own tooling showed our batch as accepted."),
      n('Who dropped the ball came up in #finance, and the answer we agreed on is that the ball never had an owner in the process.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The payout batch was rejected by Payvane's validator because its settlement date fell on a bank holiday."),
      n('Tutor balances were marked as paid by the dashboard as soon as the batch was queued, not when it cleared.'),
      n('The weekend payout run was skipped by the scheduler, whose calendar had been set to Monday-to-Friday.'),
      n('Roughly 1,400 payouts were held in a pending state until the batch was resubmitted.'),
      n('For eleven days the settlement alerts were swallowed by a deduplication rule.'),
      n('The currency field was truncated during the ledger migration, and the damage was compounded by a missing validation step.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Burak paused the payout worker on Tuesday morning to stop duplicate batches while the ledger was checked.'),
      n('Nyambura re-sent the settlement file by hand on Wednesday, since the automated upload had failed twice.'),
      n('Vuk changed the payout schedule on 3 May to match the new bank cut-off, as the ticket he was working from asked.'),
      n('Ishita answered the first forum thread within the hour, using the existing delay macro because nothing newer had been approved.'),
      n('Constanza approved the migration once the test suite passed, which was the agreed bar at the time.'),
      n('Riku rolled back the rounding commit as soon as Payvane confirmed the amount format was the problem.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The payout scheduler had a single job, moving money on the promised dates, and it botched it.'),
      n("We put more trust in Payvane's accepted status than it warranted; it means received, not settled."),
      n('Our reconciliation script is careless with rounding and treats a 0.004 discrepancy as zero.'),
      n('The legacy ledger was never competent at multi-currency payouts, and the migration inherited that weakness.'),
      n('Responsibility for retrying failed batches belonged to a cron job with no retry logic at all.'),
      n("The bank-file exporter is an unreliable, negligent piece of software, and we're replacing it next quarter."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply adding bank holidays to the payout calendar.'),
      n('Obviously the graph shows payouts flatlining on 3 May; what we need to explain is why no alert fired.'),
      n("The scheduler patch is just two lines, but we're putting it through a full dry run anyway."),
      n('Clearly the settlement report and our ledger disagree by exactly the missing batch total.'),
      n('Restarting the worker simply re-queued the stuck batch, and no data had to be repaired.'),
      n('The logs simply back up the dashboard: every failed payout had a weekend settlement date.'),
    ],
  ],
];

export const DEV_LEARNED30C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED30C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
