import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 28C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a small credit union after a
 * core-banking batch posted members' loan payments twice — tellers' and call-centre chat, member complaints,
 * the board risk committee's minutes and the financial regulator's letter, friendly branch talk beside board
 * formality; names from Haitian Creole, Polish, Pashto, Hawaiian, Romanian, Javanese and Scottish Gaelic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Those eleven hundred duplicated repayments land squarely on Wojciech, since he kicked off the rerun at half past six.'),
      b('Honestly, Fabiola, this whole mess with the doubled loan payments is on you.'),
      b('The committee attributes the member detriment from the duplicate posting to Mr. Ruairidh MacLeòid personally.'),
      b('Every overdraft fee we reversed since Monday comes down to Palwasha and nobody else.'),
      b('Keoni owns this one; he chose to fire the second batch run, so the member fallout belongs to him.'),
      b('The committee resolved that Mr. Mircea Dumitrescu bears responsibility for members being charged twice in March.'),
      b('Ask around the branch and everyone tells you the same thing: the duplicate loan debits happened because of Sutrisno.'),
      b("Kervens, Mrs. Nowak's mortgage came out of her account twice because of you, and I won't pretend otherwise at the counter."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Bożena has no business near the nightly posting run; she has never understood how the loan module posts.'),
      b('Frankly, Leilani is far too green for a core-banking rerun, and the double postings prove it.'),
      b('The operations supervisor lacks the basic competence this role demands, as the events of 14 March demonstrated.'),
      b("I don't think Dieunel has ever grasped how reconciliation works, which is why nobody caught the doubles."),
      b('Zalmai still cannot read a batch control total after two years here, and our members paid for that.'),
      b('Răzvan is lost with anything beyond the teller screens, and the loan batch showed it.'),
      b('Sri Rahayu is a lovely teller but hopeless at back-office work, and the doubled repayments are the result.'),
      b(
        'We question whether Ms. Ciorstaidh Moireach has the skill and experience expected of a head of operations at a deposit-taking institution.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ikaika was on batch duty that night and never checked the posting totals the runbook tells you to check.'),
      b('On both the 14th and the 15th, the reconciliation officer never performed the daily loan ledger balance.'),
      b("Małgorzata's one job on Friday was to confirm the batch had finished before releasing it, and she didn't."),
      b('Tadeusz signed off the morning reconciliation without doing it, which is exactly what his role exists to prevent.'),
      b('The call-centre lead neglected to escalate the first forty complaints to operations, contrary to her duties.'),
      b("It was Ioana's week on the exceptions queue and she let the duplicate-payment exceptions sit unread until Tuesday."),
      b("Nangyalai didn't do the four-eyes check he is assigned on every manual batch restart."),
      b('Management did not discharge its obligation to monitor the loan servicing process, and members were harmed as a result.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The batch was restarted without authorisation by the evening operator, and the loan payments went through a second time.'),
      b('The warning on the control screen was ignored, and the second run was let go anyway.'),
      b(
        "Members' repayments were double-debited because the duplicate check had been switched off by Florin during testing and left that way.",
      ),
      b('Errors were committed at the operations desk that night, and members are still paying for them.'),
      b('The complaint from the Kahale family was brushed off twice by call-centre staff before anyone looked at their account.'),
      b('The reconciliation was skipped, the exception report was left unopened, and the rerun was pushed through regardless.'),
      b('According to the minutes, the control override was approved by the Chief Operating Officer without the change note being read.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever hit rerun on the loan batch without checking the first run owes the branch an apology.'),
      b("The teller who told Mrs. Wahyuningsih the double debit was her own bank's problem made everything so much worse."),
      b("It's always the new guy in IT who decides to restart things on a Friday night."),
      b("The person on the overnight shift who never troubled to open the batch log is the reason we're here."),
      b('Somebody in back office who thinks they know the core system better than the vendor switched off the duplicate check.'),
      b('Anyone who releases a batch without matching the control totals has only themselves to thank when members get charged twice.'),
      b('The manager who waved off the first complaints as member confusion is the one the board should be speaking to.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Seonaidh should never have had rights to rerun the loan batch in the first place.'),
      b('Why was a part-time teller like Wisly given approval authority over core-banking jobs at all?'),
      b('Frankly, nobody should have handed the contractor live ledger access without someone from our side watching over his shoulder.'),
      b('Given his record, the committee considers that Mr. Purnomo was never a suitable name for the overnight rota.'),
      b("If we'd kept Halina's access read-only like I asked, none of these members would have been debited twice."),
      b("Giving Kawika the override password was a mistake; he's not someone you trust with production."),
      b('Someone three weeks into the post had no place signing off batch restarts.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually pressed rerun? The board sits on Thursday and I want to walk in knowing whose hand it was.'),
      b('It was Catrìona. She restarted it. Everyone knows, we should just say it.'),
      b('The duplicate posting has one author, and the committee should record that author as Mr. Bogdan Ionescu.'),
      b('Find out which operator released the second run and take it up with them directly.'),
      b('Member services keep asking whose fault this is, and the answer is Shinkai from the operations desk.'),
      b('We all know who did this; the question is whether management has the nerve to hold him accountable.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error by the batch operator caused the duplicate loan postings.'),
      b('The minutes should record operator error as the cause; the core system only ever did what it was instructed to do.'),
      b('Root cause: Lokelani mistakenly submitted the repayment file twice.'),
      b(
        "In our assessment the incident arose from an individual employee's error in re-running the batch, compounded by weak supervision.",
      ),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Looking back, Eòghann should have known a rerun would post everything again; it's in the vendor manual."),
      b('With hindsight, Endang should have picked up that the morning total was roughly twice the usual figure.'),
      b('She must have seen the duplicate flag on the first complaint, and she should have raised it then.'),
      b(
        'Anyone reading that reconciliation with fresh eyes would have spotted the doubling, and Corina had it in front of her for an hour.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Jadwiga just needed to hold the batch count up against yesterday's; that's it."),
      b('He simply needed to check whether the first run had completed before pressing go.'),
      b('It would have taken Storai two minutes to just look at the control total.'),
      b('The operator simply had one red line on the screen to read before continuing, and he skipped past it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Mackenson obviously never read the batch log before pressing rerun.'),
      b("Clearly the night operator didn't look at the completion status, or we wouldn't be refunding two thousand members."),
      b('That warning was in capitals, so Kaleo obviously chose to ignore it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The core system should have refused a second posting of the same repayment reference.'),
      n('Ideally the batch scheduler would have locked the job once it completed, instead of offering a rerun button.'),
      n('Our reconciliation report could have flagged a day with twice the usual loan receipts, but no threshold existed.'),
      n('Our change procedure ought to have demanded a second approver for any manual batch restart.'),
      n("Honestly the vendor's duplicate check should have been on by default rather than buried in a settings menu."),
      n('A member-facing alert for unusually large debits would have caught this within the hour.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Szczepan to add a duplicate-reference check to the loan posting job by 30 April.'),
      n('Owner: Haunani (call-centre lead) — draft a script for members asking about the double debit, due Monday.'),
      n('Ovidiu will work with the vendor on locking completed batches and report back to the committee in May.'),
      n('The Chief Risk Officer is asked to present a revised reconciliation procedure at the next meeting.'),
      n('Widodo to refund overdraft fees caused by the double posting and confirm to the regulator by 21 March.'),
      n('Next steps, assigned to Màiri: review who holds batch-rerun permissions and propose a smaller list.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Dorota was the duty operations officer overnight on the 14th, and Suharti was running the teller floor the next morning.'),
      n('The Head of Lending led the bridge call; the IT manager handled liaison with the core-banking vendor.'),
      n('Zarghuna took the member calls at the Hillside branch while Nohea updated the website notice.'),
      n('For the record, Iain was the second signatory on the reversal batch.'),
      n('Guerline answered the first complaint at 8:05 and passed it to the back-office queue.'),
      n('The risk committee was chaired by Mrs. Viorica Popescu, with the external auditor attending as an observer.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The call-centre team fielded more than nine hundred calls in forty-eight hours, and a few were close to tears by Thursday.'),
      n("Bartosz had been doing two people's work since January and was on his eleventh straight shift when the batch ran."),
      n('Please go easy on each other this week; everyone at the branch is exhausted and members are angry.'),
      n('Ketly stayed until midnight refunding fees one by one, and her care made a real difference to the members she called.'),
      n('The operations team is carrying a workload no three people should carry, and the committee recognises that.'),
      n(
        'Nobody on the overnight shift had ever been shown the rerun procedure, and they were under real pressure to finish before the branches opened.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The scheduler log reads: "JOB LNPOST01 restarted by user zsabawoon at 06:31, status COMPLETED".'),
      n('Alert text from the core system: "WARNING: batch LN-EOD already completed for business date 14/03. Continue? [Y/N]"'),
      n("The member's statement shows two lines, each saying 'LOAN REPAYMENT REF 88412 412.50', two minutes apart."),
      n('Audit trail entry: "Override of duplicate-check flag applied by operator BSZ, reason field empty."'),
      n('The reconciliation tool printed "Variance: +187,402.19 outside tolerance" and raised ticket 5521.'),
      n('The ticket auto-closed with the message "Assigned user Sugeng did not respond within SLA; escalating to queue."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the rerun from my phone without asking whether the first run had finished, and that's on me."),
      n("We in operations released the batch without a second check; we've changed the runbook so a single approval can no longer do it."),
      n('I told the first members who rang that it was a display glitch, which was wrong of me; I should have escalated.'),
      n('As chair of the risk committee, I accept that we did not ask hard enough questions about batch controls last year.'),
      n("I missed the variance on the morning report, and I'll be doing the reconciliation with a colleague from now on."),
      n('Our team let the duplicate-check setting drift during the upgrade, and we own fixing it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not about Rosemitha; anyone on that shift would have pressed the same button with the screen we gave them.'),
      n("I won't let the report call this a staff mistake; the system offered a rerun and nothing stopped it."),
      n('The committee does not find any individual at fault and declines to attribute the incident to the operator on duty.'),
      n("Please stop asking in the chat who did it; we're fixing the job, not hunting a culprit."),
      n('Some members have said the teller was careless, but the teller followed the screen prompts exactly as designed.'),
      n(
        'Some will say Dragoș should have known; the manual never mentioned that a rerun reposts everything, so that judgement does not hold.',
      ),
      n('Nobody failed at their job here in the way the first email implied; the job itself had a gap.'),
      n('Nobody will be named and shamed in the branch newsletter over the double debits.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("Each repayment was posted twice because the batch was restarted by the scheduler's recovery routine after a timeout."),
      n('The duplicate-check flag was reset to off by the version 9.2 upgrade script.'),
      n('Around 1,140 loan accounts were debited a second time when the posting file was reprocessed from the start.'),
      n("Members' overdraft fees were generated automatically by the fee engine once the second debit cleared."),
      n('The variance alert stayed silent, muted by a tolerance setting carried over from the old system.'),
      n('Balances were corrected overnight by a reversal batch, and the refunds were released at 7 a.m.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Bambang restarted the job because the scheduler showed it as failed, and a failed job is normally rerun.'),
      n('Pualani told members it would be fixed within a day, which was the estimate IT had given her at the time.'),
      n("Alasdair turned off the duplicate check in the test environment last November to load sample data, following the vendor's guide."),
      n('Sorin phoned the vendor at 7:10 and asked whether a reversal batch was safe to run.'),
      n('Gul Bibi froze fee generation on the affected accounts after she noticed the complaints clustering around loan members.'),
      n('Kusumawati forwarded the first member email to operations with the subject line marked urgent.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("Keeping a completed run from going again was the scheduler's whole duty, and the scheduler neglected it."),
      n("We trusted the core system's duplicate check, which proved unreliable after the upgrade."),
      n("A reconciliation report that can't tell a normal day from a doubled one isn't doing its job."),
      n("The vendor's recovery feature behaved carelessly, reposting every line without comparing references."),
      n('Responsibility for stopping duplicate references was delegated entirely to a single software setting.'),
      n('The fee engine is incompetent at handling reversals; it charges the fee and never gives it back on its own.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('What we need is simply a uniqueness check on the repayment reference before posting.'),
      n('On the receipts chart the doubling at 06:31 is obvious, right when the second run began.'),
      n("Locking completed batches is just a single setting, so we can have it in before Friday's run."),
      n('Clearly the data shows every affected account had a repayment scheduled on the 14th, and no others were touched.'),
      n('Refunding the fees is simple: reverse the fee transaction type for the affected account list.'),
      n('Obviously the second run is the culprit here: every duplicate carries its batch ID.'),
    ],
  ],
];

export const DEV_LEARNED28C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED28C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
