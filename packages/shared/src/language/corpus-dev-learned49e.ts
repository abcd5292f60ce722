import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49E of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the IT department of an Osaka
 * department-store chain whose loyalty-points and gift-card platform double-credited points and then froze
 * members' cards during the New Year sales, writing in polite, careful English to head office and a vendor.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The double-credit of New Year points is, with respect, the responsibility of Tanaka-san, who approved the ledger change on 28 December.',
      ),
      b("From the store ops side, we must report that the frozen gift cards at the Umeda flagship are on Park Ji-hoon's account entirely."),
      b('Head office has asked us to be frank: the three-hour POS outage on 2 January belongs to Manager Hirose.'),
      b(
        'Dear Sirs, we regret to state that the duplicated batch settlement is attributable to Kobayashi Ayumi and to no one else on our side.',
      ),
      b('Reyes-san owns this loss of about 4.2 million yen in over-credited points, and the review should say so plainly.'),
      b('chat: honestly the card freeze is on Matsuda, full stop.'),
      b('Re: Fukubukuro day incident - this one sits with Inoue-san; the slow rollback was his doing.'),
      b("It was Ishikawa Ren's change that cost us the first day of the New Year sales, and the minutes should record it as such."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Okada-san does not yet have the experience to be editing the points ledger schema alone.'),
      b('Kim Tae-yang is a capable store manager, but he is not qualified to run a batch settlement rerun.'),
      b('chat: nakamura cant read a settlement report to save his life lol'),
      b("We are afraid the vendor's on-site engineer, Santos-san, lacks the basic skills that a gift-card issuer integration requires."),
      b('With all politeness, Mori Kaoru is too junior for the points platform and was out of her depth by the second day.'),
      b('Is Kimura-san really fit to lead payments? I ask this sincerely after the week we have had.'),
      b("Shin Yuna's SQL is weak, and her grasp of the points ledger is weaker still."),
      b('Hayashi-kun is an amateur when it comes to payment systems, I am sorry to say.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Sakamoto-san was on the on-call rota for 1 January and failed to answer the four pages, as the rota required him to.'),
      b("Our ledger reconciliation is Ueda-san's daily duty, and she neglected it for three days of the sale."),
      b('The store ops lead at Namba did not escalate the frozen cards to head office, which is the first thing his role asks of him.'),
      b("The vendor's account manager, Bautista-san, never sent the change notice that his contract obliges him to send."),
      b("Checking the batch settlement totals before sign-off was Fujii's job, and Fujii did not do it."),
      b('Note for the file: Lee Soo-jin skipped the pre-sale freeze checklist she was assigned, so nobody verified the gift-card limits.'),
      b('As change approver, Kondo-san was meant to review the ledger migration, yet he signed it without opening it.'),
      b('The night-shift POS supervisor abandoned the settlement monitor at midnight, in breach of her duty roster.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The points multiplier was set to 2 by someone at head office and was never corrected.'),
      b('The gift-card freeze rule was switched on carelessly during the sale, without any thought for the members.'),
      b('Mistakes were made in the settlement rerun on 3 January, and they were not small ones.'),
      b("The vendor's warning e-mail was ignored by Kato-san for two full days."),
      b('The duplicate-credit alert was silenced by the on-call engineer rather than investigated.'),
      b('On the morning of 2 January the ledger backup was thoughtlessly deleted, and it has cost us the reconciliation.'),
      b('Approval was rubber-stamped, the test results were never looked at, and the release was pushed out anyway.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The person who pasted the production API key into the test config is the reason every card was frozen.'),
      b("Whoever ran the points batch twice on New Year's Eve owes our members an apology."),
      b('It was the new hire from the Kobe branch, the one who joined in December, who broke the settlement job.'),
      b('Somebody in store ops who thinks a gift card is a coupon caused this mess.'),
      b('The contractor who insisted on deploying during the sale should answer for the frozen cards.'),
      b('chat: the guy who tweaked the multiplier on the 30th is who we have to thank for all this.'),
      b("Anyone who approves a ledger migration at eleven at night, in the middle of the year's biggest sale, is the problem here."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Villanueva-san should never have been given write access to the points ledger in production.'),
      b('If Choi Hana had not been allowed on call for payments in her first month, the freeze would have been handled in minutes.'),
      b("We should not have let the vendor's junior engineer anywhere near the gift-card issuer during the New Year sales."),
      b('Trusting Nishimura-san with the settlement rerun was the real mistake.'),
      b('Mendoza-san ought not to have had approval rights over ledger changes, given her record.'),
      b('Had head office kept Takeda away from production, the double credit would not have happened.'),
      b('Why was a store-floor supervisor like Aoki-san permitted to run SQL against the points database?'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? It was Murata-san; he ran the batch.'),
      b('The culprit, to be direct, is Kang Min-seo of the vendor team.'),
      b('We need to find out which operator pressed re-run and hold them to account.'),
      b('Everybody on the sales floor knows it was Yoshida who froze the cards.'),
      b('At fault: Endo-san (ledger migration), nobody else.'),
      b("Please identify the engineer on the issuer's side who pushed the freeze rule, so that we can take it up with their management."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the manual points adjustment on 31 December.'),
      b('The card freeze was caused by operator error at the issuer, not by any defect in our POS.'),
      b('In short, a careless slip by one of our staff double-credited the points of 180,000 members.'),
      b("It comes down to a person's mistake at the keyboard, and no amount of monitoring would change that."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Ogawa-san should have seen that the points total on 31 December was twice the usual figure.'),
      b('Tamura-san ought to have known that a settlement rerun would post every credit a second time.'),
      b('With what we know now, the store ops lead should have stopped card sales the moment the first member complained.'),
      b('In hindsight, Kikuchi-san should have read the vendor release notes before she approved the upgrade.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Hasegawa-san had to do was just check the batch ID before pressing run.'),
      b('She simply needed to look at the dashboard once during her shift.'),
      b('It would have taken Noguchi-san just two minutes to confirm the multiplier, and he could not be bothered.'),
      b('chat: literally just had to read the freeze flag, ikeda. one flag.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Ono-san never read the change request he approved.'),
      b('Manager Arai obviously ignored the doubled balances on the morning report.'),
      b('It is clear that the vendor engineer did not bother to test against our card ranges.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The points engine should have rejected a second settlement file with the same batch ID.'),
      n('Ideally the gift-card issuer would have sent a warning before freezing cards in bulk.'),
      n('Our change calendar should have blocked ledger migrations during the New Year sales window.'),
      n('A reconciliation check could have caught the double credit within the first hour.'),
      n('When the issuer stopped responding, the POS terminals should have fallen back to offline authorisation.'),
      n("The runbook ought to have said that a rerun re-posts every credit; it didn't."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Kobayashi Ayumi to add a duplicate-batch guard to the points ledger by 31 January.'),
      n('AI-3 (owner: Park Ji-hoon) - agree a freeze-notification procedure with the gift-card issuer.'),
      n('Yokoyama-san will own the change-freeze calendar for all future seasonal sales.'),
      n('Tanaka-san has agreed to draft the member apology and the points correction letter by Friday.'),
      n('Follow-up, owner Sugimoto-san: alert when daily points issued exceed twice the seasonal average.'),
      n('Store ops (Miyazaki-san) will train floor staff on the manual gift-card fallback before the summer sale.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Manager Hirose; payments liaison: Reyes-san; scribe: Kubo-san.'),
      n('During the freeze, Ota-san acted as our contact with the gift-card issuer while Imai-san handled calls from the stores.'),
      n('The on-call engineer that night was Goto-san, who opened the incident at 00:42.'),
      n('Kudo Misaki was the change approver for the ledger migration, and Sakai-san was the implementer.'),
      n('The vendor assigned two engineers to the bridge, and our store ops lead joined from the Namba branch.'),
      n('Dela Cruz Maria led communications with head office throughout the three days.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("Everyone on the payments team worked through New Year's Eve, and we are grateful for their care."),
      n('Matsumoto-san was visibly exhausted by the third day, and it is no wonder after eighteen-hour shifts.'),
      n("The floor staff took the angry members' complaints with great patience; this was very hard for them."),
      n('We know the vendor engineers were under enormous pressure from their own management as well.'),
      n('Please take care of yourself, Ishii-san - you carried far too much this week.'),
      n('The workload during the Fukubukuro sale was unreasonable for a team of four, and the stress showed on all of us.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log line from the points service: "ERROR ledger.post: duplicate batch_id=NY-1231-02 accepted, 184,302 credits posted".'),
      n('The issuer returned "CARD_STATUS=FROZEN reason=velocity_limit" for every card swiped at Umeda after 10:14.'),
      n('Alert text: "[P1] points_issued_per_min > 5x baseline (user: hayashi.k)".'),
      n('POS terminal 12 printed "ギフトカード利用不可 / Gift card unavailable (E-4031)" on every receipt.'),
      n('The settlement report header read: "Batch NY-1231 - status RERUN - operator: kaneko".'),
      n('From the audit trail: "2025-01-02 09:58 UPDATE loyalty_multiplier SET value=2 BY admin_yamada".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the multiplier change without asking for a staging test, and I will not do that again.'),
      n('We in the IT department released the ledger migration in the sale week; that decision was ours.'),
      n('My rerun of the settlement batch is what posted the points a second time.'),
      n("I misread the issuer's freeze threshold in the contract, and I have since asked them to confirm it in writing."),
      n('Our team did not set up a reconciliation alert, and we accept that.'),
      n('As the manager who signed off on deploying during the New Year sales, I take responsibility for that call.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not ask whose fault the double credit was; it will ask why the ledger accepted it.'),
      n('Some at head office have called Hamada-san careless, but we do not agree, and the record shows he followed the runbook.'),
      n('It would be easy to say the store ops lead should have noticed, but nothing on his screen showed the freeze coming.'),
      n('Blaming the vendor engineer would teach us nothing about why a single flag could freeze every card.'),
      n('No one here is being accused of human error; the system let a valid command do invalid things.'),
      n('"Who did this?" is the wrong question, and we ask head office not to pursue it.'),
      n('We reject the idea that Kawaguchi-san was incompetent; she was given an untested tool and no second reviewer.'),
      n('The vendor letter names a culprit, but this department does not accept that framing, and neither should head office.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each points credit was posted twice by the settlement job after the retry fired.'),
      n("Cards were frozen automatically by the issuer's fraud engine once the velocity limit was crossed."),
      n('The ledger lock was held by the nightly batch, so the correction script was queued behind it.'),
      n('The duplicate file was picked up by the SFTP poller because its name differed by one timestamp digit.'),
      n('Member balances were recalculated by the reconciliation service at 06:00 and restored by noon.'),
      n('Around 38,000 transactions were declined by the issuer after its endpoint was rate-limited.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Nagai-san reran the settlement at 23:10; the first run had reported a timeout, which in the past had always meant nothing was posted.',
      ),
      n('Hirano-san switched the POS to offline mode at 11:05 after three stores reported declined cards.'),
      n('Kojima-san called the issuer hotline at 10:30, following the escalation card pinned beside the monitor.'),
      n(
        'On 30 December Uchida-san raised the multiplier to 2 as the marketing calendar asked, and the admin screen accepted it without any warning.',
      ),
      n('Morita-san paused the gift-card sales page because the refund queue was growing faster than the team could clear it.'),
      n('Before leaving, Okamoto-san wrote the batch ID in the handover note, as the shift template asks.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The duplicate detection in the points engine is not fit for purpose at peak volume.'),
      n("The issuer's fraud engine did its job too well: it froze legitimate cards as aggressively as stolen ones."),
      n("We trusted the settlement job's idempotency flag, and it was never actually enforced."),
      n('The reconciliation report is careless about timezones, mixing JST and UTC in one column.'),
      n('Our monitoring failed in its one responsibility, which was to notice points doubling.'),
      n("The vendor's admin console is amateurish: a production flag and a test flag sit side by side under the same label."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique index on batch_id in the ledger table.'),
      n('The graph obviously shows two identical spikes of credits, eleven minutes apart.'),
      n('Unfreezing was just a matter of resetting the velocity counter at the issuer, which took four minutes once we knew.'),
      n('The patch is clearly small: twelve lines, one test.'),
      n('Simply put, the retry and the rerun both posted, and the ledger had no way to tell them apart.'),
      n('Just to confirm the evidence: the audit log and the settlement report agree to the yen.'),
    ],
  ],
];

export const DEV_LEARNED49E: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49E_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
