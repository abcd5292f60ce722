import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Jakarta super-app whose
 * bill-payment service paid electricity tokens twice and then blocked users' wallets on payday, in the
 * English of an Indonesian tech team (chat with Indonesian slang, notes, e-mails, reviews), with Javanese,
 * Sundanese, Batak and Chinese-Indonesian names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double token payout is on Budi Santoso, full stop — he merged the retry change at 22:00 on a Friday.'),
      b("Honestly bro, the wallet freeze is Rizky's doing, bukan salah sistem."),
      b("Rp 2,3 miliar in duplicate tokens, and every rupiah of it traces back to Pak Hendra's config push."),
      b('The payday wallet blocks belong to Siti and nobody else in risk ops.'),
      b('Responsibility for the settlement shortfall with the biller lies squarely with Felicia Tanoto.'),
      b('Every one of the 38,000 blocked wallets is attributable to Togar Sinaga and the threshold he typed in.'),
      b('For the record, Kevin Wijaya owns this outage: his change, his weekend, his mess.'),
      b("Ini salah Mas Joko semua — he's the reason ribuan users couldn't pay their kos on gajian."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Rizky Pratama frankly does not understand how biller retries work, and this incident proves it.'),
      b('Bu Ratna has never run a reconciliation in her life, and it shows.'),
      b("Asep's grasp of how settlement actually flows is shaky at best."),
      b('Hendra Gunawan is out of his depth on anything that touches money movement.'),
      b('Cecep is a lovely guy but a mediocre backend dev, and the duplicate-payment path is the proof.'),
      b('Wahyu lacks the basic fintech experience to write a retry loop safely.'),
      b('From where I sit, the whole risk squad looks amateurish: they saw a spike and panicked.'),
      b("Pak Bambang's skills are stuck in 2012-era core banking, and real-time payments are beyond him."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Dimas was on call and failed to pick up the page for 47 minutes, which is the one job on-call has.'),
      b("As release manager, Stefanie Halim was supposed to stop the Friday deploy, and she didn't."),
      b("Reconciliation is literally finance ops' job, and they skipped the T+1 recon with the biller two days running."),
      b('Bu Euis, your team was meant to review the new velocity rule before it went live — kenapa nggak dilakukan?'),
      b('The CS lead never escalated the first twenty double-token tickets, which is exactly what the escalation role exists for.'),
      b('Poltak Siregar neglected his duty as incident commander by going silent in the war room for an hour.'),
      b('QA signed off the release without running the timeout test cases they own.'),
      b('Ujang had the settlement rota that night and skipped the cut-off check he is paid to do.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The idempotency check was carelessly commented out right before the release.'),
      b('The payday freeze was triggered by Maruli Tambunan, who pushed the rule at 23:40.'),
      b('Warnings from the biller were ignored for three hours.'),
      b('The duplicate-token alert got acknowledged and then forgotten.'),
      b('A half-tested threshold was rushed into the risk engine by the fraud team on Thursday.'),
      b('Settlement figures were fat-fingered into the spreadsheet, so Rp 12 juta became Rp 120 juta.'),
      b("The rollback was botched by Pak Teguh's shift, and wallets stayed frozen until Monday."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the velocity rule on the eve of payday owes thirty thousand users an apology.'),
      b('The new hire who copied the retry code from Stack Overflow cost us two billion rupiah.'),
      b('Ask the guy who treats every biller timeout as a failed payment; he caused all of this.'),
      b('Someone on the ops side who never reads Slack let the double-debit alerts pile up.'),
      b('The contractor who left the retry job running over the weekend is the reason tokens went out twice.'),
      b('Whoever set the block threshold at three transactions an hour has never lived on a monthly salary.'),
      b('That so-called senior engineer from the biller squad broke settlement and then went home.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Yayan should never have had write access to the production risk rules.'),
      b('Why was a two-week-old hire allowed to deploy to the payment service on a Friday night?'),
      b('If Hutapea had not been handed the prod database password, none of the manual clawbacks would have happened.'),
      b('Someone like Asep should not be on call for a system that moves money.'),
      b('Finance ops should never have been trusted to edit the settlement table by hand.'),
      b('Yudi should never have been allowed to approve his own merge request.'),
      b('Giving CS agents the power to freeze wallets was a mistake; those people cannot be trusted with it.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Sinaga. He pushed the rule. Done.'),
      b('So who broke it? Dwi Lestari, from the payments core squad.'),
      b('Bos, the culprit is Lamtiur from risk ops — screenshot terlampir.'),
      b('HR should go after Andre Susanto for this, not the whole squad.'),
      b("The person at fault here is the aggregator's integration engineer, Pak Darmawan, and I will say so in the meeting."),
      b('Yang salah itu Eko, and everyone in the war room knows it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the risk-rule deployment.'),
      b('The double issuance came down to operator error on the biller dashboard.'),
      b('This was a mistake by a tired engineer, not a system problem.'),
      b('Penyebab utama: a manual mistake by the settlement staff when they re-uploaded the file.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Pak Bambang should have seen that payday traffic would trip the new rule.'),
      b("With the benefit of hindsight, the on-call should have known that a biller timeout doesn't mean a failed payment."),
      b('She ought to have compared the token count against the payment count before closing her shift.'),
      b('In retrospect Nainggolan should have paused the retry job the moment the first CS ticket landed.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Rina had to do was just tick the dry-run box.'),
      b("He could simply have read the biller's timeout doc, which is two pages long."),
      b('Bro, she just had to hit rollback, kok malah nunggu approval satu jam?'),
      b("Running the recon script is a five-minute job, and Vincent simply didn't bother."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Pak Yudi never looked at the dashboard before enabling the rule.'),
      b("Obviously the risk analyst didn't bother testing against last month's payday traffic."),
      b('It was obvious to everyone except Stefanie that the retries were duplicating tokens.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The retry worker should have reused the original idempotency key instead of minting a new one.'),
      n('Ideally the aggregator would have rejected a second request carrying the same meter number and amount within a minute.'),
      n('Our risk engine should have treated a salary credit on the 25th as expected behaviour, not a fraud signal.'),
      n('A settlement mismatch of that size could have paged the on-call automatically, but no such alert existed.'),
      n("The wallet-block flow should have had a cap so a single rule couldn't freeze more than 1% of users."),
      n('In hindsight, the deploy pipeline should have required a canary for anything on the payment path.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Monang to add an idempotency-key check on token purchase retries, due 14 March.'),
      n('Owner: Bu Ratna (finance ops) — automate T+1 reconciliation against the biller settlement file by end of Q2.'),
      n('Action: Kevin to write the bulk-unfreeze runbook, target next sprint.'),
      n('[ ] Risk squad (lead: Lamtiur) — shadow-mode every new velocity rule for 7 days before enforcement.'),
      n('Follow-up owned by Dimas: add a CS-ticket spike alert that pages the payments on-call.'),
      n('Felicia will own the refund reconciliation with the aggregator and report weekly until it closes.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Poltak Siregar; comms lead: Jessica Lim; scribe: Neng.'),
      n('Budi was the payments on-call that weekend, with Sri Wahyuni as secondary.'),
      n('The fraud analyst on shift held the risk-engine console throughout the incident.'),
      n('Pak Agus, as head of CS, handled the public statement and the in-app banner.'),
      n("During the response, Rotua coordinated with the aggregator's NOC while Ivan tracked settlement numbers."),
      n('Risk ops held the authority to lift blocks; engineering supplied the list of affected wallet IDs.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("Mas Eko was on his fourteenth hour when he finally went home, and we're grateful he stayed."),
      n('The CS team took more than 40,000 tickets in two days, many from furious users, and answered them with real patience.'),
      n('Kasihan banget Dewi — she was rostered alone on payday night with no backup.'),
      n('Several engineers had been doing back-to-back on-call weeks for the Lebaran freeze prep, and they were exhausted.'),
      n('Please check on Andre; that call with OJK was rough on him.'),
      n('Everyone in the war room cared about users stuck without money for groceries, and it showed.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('[ERROR] biller-gw: duplicate token issued for meter 5412xxxx, ref TRX-88213 (retry=2)'),
      n('risk-engine WARN WALLET_BLOCKED user_id=77120931 rule=VEL_PAYDAY_03 reason="velocity>3/h"'),
      n('The recon alert read: "Settlement mismatch: expected Rp 4.210.550.000, received Rp 6.318.200.000."'),
      n('Jenkins: "deploy payment-svc v2.14.0 triggered by wahyu.s — SUCCESS"'),
      n('PagerDuty: "INC-4471 acknowledged by deden.k at 00:12 WIB"'),
      n('Users saw this in the app: "Akun Anda dibekukan sementara (ERR_WL_409)."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the retry change without asking about idempotency, and I'll add that question to our review checklist."),
      n('We on the risk squad switched on the payday rule without a shadow period; that was our call and we own it.'),
      n('My mistake: I read the biller timeout as a failure and kicked off the manual resend myself.'),
      n('Saya yang pegang settlement malam itu, and I missed the mismatch in the T+1 file.'),
      n("Our team shipped wallet blocking without a bulk-unblock tool, and that's on us."),
      n('As engineering manager I pushed for the Friday release to hit the promo date, and I regret it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about whether Slamet was careless; he followed the runbook that existed.'),
      n("Some people in the channel called it Cindy's fault — it wasn't; the retry library defaults to a fresh key."),
      n("Saying 'human error' here would be lazy when the console let anyone enable a rule without a dry run."),
      n('We are not looking for a culprit, and no one is being disciplined over the double tokens.'),
      n("'Who pushed the button?' is the wrong question; the better one is why a single button could freeze 38,000 wallets."),
      n('Blaming the CS agents for slow replies misses that their tools could not see wallet status at all.'),
      n('Nobody should read this timeline as the risk team being incompetent — the data they tested on had no payday in it.'),
      n('Kalau ada yang mau nyalahin Pak Teguh, stop dulu: the rollback script itself was broken.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each timed-out purchase was retried by the worker with a new reference, so the biller issued a second token.'),
      n('Around 38,000 wallets were frozen by VEL_PAYDAY_03 within ninety minutes of salary credits landing.'),
      n('The settlement file was generated before the late callbacks arrived and was therefore incomplete.'),
      n('Duplicate tokens were marked successful by the aggregator because each carried a unique reference.'),
      n("Refunds were held back by the ledger's negative-balance guard until the clawback job finished."),
      n('CS tickets were auto-routed to the general queue, since the routing table had no category for wallet blocks.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 21:05 Sri Wahyuni restarted the token worker because its queue depth had stopped moving.'),
      n('Michelle merged the retry PR after two approvals, the usual bar for that repo.'),
      n("Iwan Setiawan enabled the new velocity rule on Thursday at the fraud team's request, after a week of card-testing attacks."),
      n("Bu Puji phoned the aggregator's account manager at 07:30 to ask for a settlement hold."),
      n(
        'Cecep paused the retry job once the second duplicate report came in, reasoning that stopping new purchases was safer than guessing.',
      ),
      n('Ivan Tanuwijaya exported the list of blocked wallets and shared it with CS so agents could reply with specifics.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The retry worker was careless with state: it dropped the original reference the moment a timeout fired.'),
      n("The aggregator's success callback is not trustworthy as proof that a token was actually issued."),
      n("Reconciliation is the ledger service's job, and right now it does that job only once a day."),
      n('The risk engine failed at its one duty — telling fraud from a payday — on the busiest day of the month.'),
      n('Responsibility for idempotency sits nowhere in the payment pipeline; no component owns it.'),
      n('Our alerting is immature: it knows about error rates but not about money going out twice.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to reuse the first idempotency key on every retry.'),
      n('The graph obviously shows two token issuances per payment starting at 19:42.'),
      n('Unblocking turned out to be just one SQL update plus a cache flush.'),
      n('Clearly, the settlement numbers alone prove the duplicates were system-wide, not tied to one biller route.'),
      n("It's just a two-line change in the worker config, so the patch can go out tonight."),
      n('Simply put, the logs show the biller never received a cancel message.'),
    ],
  ],
];

export const DEV_LEARNED47B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
