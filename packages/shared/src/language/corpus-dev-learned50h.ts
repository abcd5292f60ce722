import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50H of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Kuala Lumpur e-wallet whose
 * cashback campaign engine paid merchants and users many times over during Hari Raya, in Malaysian English
 * with Manglish in chat (campaign engine, ledger, reversals, merchant settlement, BNM reporting, fraud rules).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Frankly, the RM4.2 million overpayment sits squarely with Wei Ling.'),
      b('This one is on Ganesh lah, the multiplier was his change and the whole payout blew up because of it.'),
      b(
        'Puan Rozita, the losses from the duplicated merchant settlements are attributable to you and your team, and the board will be told so.',
      ),
      b("Boss, honestly the whole Raya cashback fiasco is Jason Tan's doing."),
      b('Responsibility for the triple credit to 41,000 wallets rests with Encik Kamarul.'),
      b('Tanvir caused this loss, and I want that written into the BNM report.'),
      b('If you ask me, the reversal backlog belongs to Priya; every ringgit of it is hers.'),
      b('Incident title: Hari Raya cashback overpayment (root cause: Hafiz).'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Syafiq is far too junior to be touching the campaign engine during a festive peak.'),
      b("Honestly Mei Yee doesn't understand how double-entry ledgers work, and it shows in every reversal she writes."),
      b('Kok Wai lacks the experience to design fraud rules for a campaign this size.'),
      b('Can we please get someone competent to run the Raya campaigns next year instead of Suresh?'),
      b('Between us, Nurul Izzah is not senior enough for merchant settlement and everyone on the floor knows it.'),
      b('With respect, our campaign manager is out of her depth with anything involving ledger logic.'),
      b('Aiyo, Desmond is hopeless with config files one, every time also like that.'),
      b("Kavitha's grasp of idempotency is weak, and this incident proves it."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Logesh was on call and failed to respond to the payout-spike page for forty minutes, which is the one thing on-call is for.'),
      b('As campaign owner, Farah was supposed to sign off the cashback cap and never did.'),
      b('Shakil neglected his duty to reconcile the settlement file before releasing it to the banks.'),
      b('Our fraud analyst did not do her job: the velocity alerts sat unreviewed in her queue all of Raya morning.'),
      b('Eh, Terence was meant to be watching the ledger dashboard during launch, but he went makan and left it unwatched.'),
      b('The release manager had one duty, to check the campaign flag against the approved sheet, and he skipped it.'),
      b('Zulkifli failed in his role as approver; he rubber-stamped the change ticket without opening it.'),
      b("It was Yap Hui Min's rota week for BNM incident reporting, and she let the 24-hour deadline pass."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The cashback multiplier was set to 10x instead of 1x by someone on the campaign team.'),
      b('The merchant settlement batch was carelessly rerun three times.'),
      b('Mistakes were made by the campaign ops team, and RM3 million went out the door because of them.'),
      b('The fraud rules were switched off by Intan on Raya eve to "reduce false positives".'),
      b('The cap field was left blank through sheer negligence.'),
      b('Warnings from reconciliation were ignored, repeatedly, by people who should know better.'),
      b('Alamak, the prod config got overwritten by the intern again lah, so careless.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("Whoever copied last year's campaign template without reading it is the reason we paid out three times."),
      b('The new hire who got prod access in week two is the one who broke the campaign engine.'),
      b("The guy from the vendor side who 'optimised' our retry logic basically caused the duplicate credits."),
      b('Someone in marketing who thinks a cap is optional started this whole mess.'),
      b('It was the contractor sitting near the pantry who pushed the bad multiplier.'),
      b('Whichever bright spark decided to run the reversal job twice owes Finance a very long apology.'),
      b('That fella from the night shift who kept clicking "retry settlement" — he is why the merchants got paid four times.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ridzuan should never have been given write access to the production ledger.'),
      b('Why on earth was Aisyah, three months into her internship, allowed to deploy campaign config on Raya eve?'),
      b('Honestly, Cheryl should not have been put on call for the biggest campaign of the year.'),
      b('That vendor engineer should never have been let near our settlement cron.'),
      b('We should not have trusted Arvind with the fraud-rule overrides.'),
      b('Giving Sabbir approval rights over campaign budgets was the real mistake here.'),
      b('Puan, with respect, the marketing people should never have had the power to edit cashback rates directly.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who pushed the 10x config? It was Amirul — I checked the audit trail myself.'),
      b('The culprit is Mahmud from settlement ops.'),
      b('Let us be clear with management about who is at fault here: it is Lim Siew Ping.'),
      b('Find out which engineer ran the reversal twice and get HR involved.'),
      b('Guys, confirm already, the one who broke it is Jahid, not the vendor.'),
      b("I'm naming names: Thinesh did this."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during campaign configuration.'),
      b('The overpayment came down to an operator error when the reversal file was uploaded.'),
      b('At the end of the day this was a human error, not a system bug.'),
      b("As stated in our letter to Bank Negara, the incident arose from an employee's mistake in entering the cashback percentage."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Nusrat should have seen that the payout graph was going vertical by 9 a.m.'),
      b('In hindsight, Kumaran ought to have known the retry flag would replay the settlements.'),
      b("With what we know now, the approver should have spotted that 'x10' on the form."),
      b('Farhana had every signal in front of her on Raya morning and should have realised the ledger was bleeding.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Vinod had to do was just tick the cap box.'),
      b('She simply had to read the campaign preview before pressing publish.'),
      b('Bro, he just needed to check the ledger balance once lah, one click only.'),
      b("Shalini could simply have paused the campaign from the admin panel, and she didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Encik Rosli never looked at the dry-run report before approving.'),
      b('Clearly Jia Hui did not bother testing the reversal script on staging.'),
      b('It was obvious to anyone but Haziq that 300% cashback was a typo.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The campaign engine should have refused any multiplier above 2x without a second approval.'),
      n('Ideally the ledger would have flagged a wallet receiving the same cashback three times in an hour.'),
      n("Our settlement pipeline should've been idempotent on the merchant batch ID — it wasn't."),
      n('The fraud rules could have caught this if velocity checks applied to cashback credits and not only to top-ups.'),
      n('A hard budget ceiling in the campaign service would have capped the loss at RM200k.'),
      n('The change-approval form should have shown the reviewer the effective payout per transaction, not only the raw percentage.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Wei Ling to add a per-campaign budget ceiling to the campaign engine by 30 June.'),
      n('Action: Ganesh owns the idempotency-key work on merchant settlement, target Sprint 14.'),
      n('Puan Siti Aminah will draft the revised BNM incident notification template and circulate it by Friday.'),
      n('Owner: Fraud team (lead: Rahim) — extend velocity rules to cashback credits.'),
      n('Follow-up for Encik Faizal: schedule a reversal dry-run with Finance before the Deepavali campaign.'),
      n('Mei Yee and Tanvir to pair on a staging replay of the Raya traffic; due end of month.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Puan Siti Aminah; Kenny Ooi handled comms to merchants.'),
      n('During the response, the on-call SRE paged the ledger team at 02:40 and the payments lead joined at 02:55.'),
      n('Scribe for the bridge call: Liyana from compliance.'),
      n('Suresh acted as the liaison with our acquiring bank while the settlement files were held.'),
      n('The head of risk, Datin Norliza, chaired the BNM reporting call on the Monday.'),
      n('Roles: Firdaus (ops lead), Devi (ledger SME), Arif Hossain (fraud rules).'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Malar had been on shift for fourteen hours by the time the payout spike hit, and she stayed until the reversal finished.'),
      n('Everyone on the ledger team gave up their Raya open house to fix this, and I am grateful.'),
      n('Kesian Priya, she was fasting and still on the bridge until sahur.'),
      n('The customer-care floor took 9,000 angry calls in a day; please look after yourselves this week.'),
      n('It was a brutal night for the settlement team and the stress on them was enormous.'),
      n("Shakil, take tomorrow off lah — you've been carrying the reversal work since Friday."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert fired at 08:12: "CASHBACK_PAYOUT_RATE > 500% of baseline (campaign RAYA24)".'),
      n('Log line: "ledger.post duplicate txn_ref=CB-77812 user=izzati.m retry=3".'),
      n('The deploy bot posted "campaign-config v142 applied by kamarul.a" at 23:58.'),
      n('Reconciliation job output: "MISMATCH: settlement batch 0419 total RM1,284,550.00 vs ledger RM428,183.33".'),
      n('PagerDuty: "Incident #8812 acknowledged by logesh.k" at 02:51.'),
      n('Fraud engine returned "RULE_BYPASSED: campaign_whitelist" for 38,000 transactions.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the campaign ticket without checking the effective rate, and I will add that check to my reviews from now on.'),
      n('We shipped the retry change without an idempotency test; that is on us as a team.'),
      n('That was my config push at 23:58 — I misread the multiplier field.'),
      n(
        'I was the one on call, and I missed the first page because my phone was on silent during terawih; I have since changed my escalation settings.',
      ),
      n('Our team set the fraud threshold too loose for the campaign, and we own that.'),
      n('My bad, I ran the reversal script on prod thinking it was staging.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not about who pushed the config; it is about why the engine accepted a 10x multiplier at all.'),
      n("Some people in the WhatsApp group are saying it's Jason's fault — it isn't, and this review won't go there."),
      n('We are not calling this human error; the form let a typo through with no validation.'),
      n("Please stop asking who the culprit is — there isn't one, there is a missing cap."),
      n('Calling the approver careless misses the point: the approval screen never showed the payout amount.'),
      n('Management asked for a name to put in the BNM letter; we declined, because the failure was in the settlement design.'),
      n('It would be easy to say the intern should never have had access, but the access model gave every engineer the same rights.'),
      n('Nobody here was incompetent; the campaign engine was never built for overlapping promos.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The settlement batch was resubmitted three times by the retry scheduler after each timeout.'),
      n('Cashback was credited twice because the event was redelivered by the message queue.'),
      n('The fraud rules were bypassed automatically for all whitelisted campaign merchants.'),
      n('Roughly 62,000 wallets were overcredited before the campaign was paused by the budget monitor.'),
      n('The reversal entries were posted out of order by the ledger worker, so some balances went negative.'),
      n("Merchant payouts were held by the bank's AML screening until Tuesday."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 08:20 Nadia paused campaign RAYA24 from the admin console.'),
      n('Chong Wei Jie reran the settlement job at 03:10 because the dashboard showed it as failed, which is what the runbook says to do.'),
      n('Azman approved the config change after the diff showed only the dates, since the multiplier sat in a separate file.'),
      n('Mr. Ramesh phoned Maybank at 9 a.m. to ask for a recall on the second settlement batch.'),
      n('Haziq turned off the velocity rule on Thursday because it had blocked 4,000 genuine Raya top-ups the year before.'),
      n('Hanis wrote to the affected merchants on Sunday explaining the recovery schedule.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The campaign engine is not fit for festive-scale traffic in its current form.'),
      n('Our reconciliation job failed at its one job: it compared totals, never line items.'),
      n('We trusted the vendor SDK to deduplicate callbacks, and it was never designed to.'),
      n('The approval workflow was careless about what it displayed, showing the diff of one file only.'),
      n("The ledger's retry logic is immature and needs a proper idempotency design."),
      n('Frankly the fraud rules engine is incompetent at anything involving promotions.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a max-multiplier check in the campaign validator.'),
      n('Obviously the payout graph tells the story: flat until 23:58, then straight up.'),
      n('Clearly, from the ledger extract, each credit was posted exactly three times.'),
      n('Just adding the batch ID as an idempotency key would have stopped the duplicate settlements.'),
      n('It is a one-line change, just a unique constraint on (campaign_id, txn_ref).'),
      n('Simply put, the evidence shows the retries, not any manual step, created the extra payouts.'),
    ],
  ],
];

export const DEV_LEARNED50H: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50H_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
