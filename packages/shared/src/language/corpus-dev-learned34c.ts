import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 34C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a payroll provider whose
 * bank-file generator change paid a month's salaries twice to two hundred client companies, in the payments
 * team's terse chat, on-call notes, a client finance director's emails, the bank's compliance letter and the
 * CTO's post-incident review; names from Sesotho, Icelandic, Bengali, Sardinian, Hmong, Maori and Armenian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The duplicate salary run is on Thabo, full stop; he merged the bank-file generator change on the Friday before payday.'),
      b('Frankly, paying two hundred clients twice belongs to Sigrún and nobody else.'),
      b(
        "Per the bank's reconciliation, the second submission was Anirban's doing, and the reversal fees ought to land on his cost centre.",
      ),
      b('Our finance director wants it minuted that the overpayment to our forty staff is attributable to Efisio at your end.'),
      b('Twice-paid salaries, two hundred companies, one engineer: Pa Houa owns this outage.'),
      b("I'd put the whole recall exercise down to Wiremu, since the duplicated file went out under his release."),
      b("Whatever the CTO's review concludes, this month's clawback mess sits with Anahit and it is hers to explain to the clients."),
      b("The payments desk reckons the four million sitting in strangers' accounts is squarely down to Lerato."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Guðmundur has no business writing bank-file code; he has never understood how a payment batch is keyed.'),
      b('Honestly, Tanushree lacks the seniority for editing a generator that feeds the clearing house.'),
      b('Gavino reviewed it, and with his thin grasp of payment schemes he was never going to spot a replayed batch.'),
      b('With respect, settlement files are beyond Kou, and he should be moved off the payroll platform.'),
      b('Mere is a decent front-end developer but hopelessly unqualified to own anything that talks to the bank.'),
      b("The CTO's review should say plainly that Tigran's skill set does not stretch to idempotent payment generation."),
      b('Nthabiseng is far too green with banking formats to have written a single line of that generator.'),
      b("Bjarni's handling of sequence numbers is amateurish, and this week every client payroll saw the result."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Debashish was the release approver for the generator change and he signed it off without ever opening the test batch.'),
      b('The on-call payments engineer, Ngaio, never ran the pre-submission duplicate check that her rota sheet lists as step four.'),
      b("As reconciliation lead, Bachisio was supposed to compare batch totals with the payroll register before release, and he didn't."),
      b("Shreya didn't do her job on Thursday night: the submission checklist was hers and half of it is blank."),
      b("Nobody expects miracles, but Hemi was on the bank-liaison rota and failed to ring the bank's recall line for six hours."),
      b('Your account manager Siranush had one duty in the payment window, confirming the file count with us, and she neglected it.'),
      b("Tamati's role as change owner meant verifying the rollback plan, which he skipped entirely."),
      b(
        'Our payroll administrator Refiloe was meant to sign the bank authorisation only after checking headcount totals, and she failed to do that for the second file.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The duplicate file was released to the bank without its totals ever being looked at by the approving engineer.'),
      b('The sequence-number guard was switched off by Eyþór on Wednesday and left off through payday.'),
      b('Errors were made at the payments desk, and the second submission was pushed through regardless.'),
      b("The bank's overnight duplicate notice was left unread by the duty payments engineer until breakfast."),
      b(
        'Our review has determined that the payment file was resubmitted manually by a member of your operations staff, contrary to the agreed controls.',
      ),
      b('The dry-run failure was waved through at 23:40 and the live file was sent anyway.'),
      b("The change was rushed into production by Kolbrún's team to make the cut-off."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("Whoever pressed resubmit on the Thursday batch has cost us two hundred clients' goodwill."),
      b('Let the contractor behind the file-header rewrite do the phoning of finance directors.'),
      b('Some new starter on the payments squad decided a second run was harmless, and here we are.'),
      b('The engineer who disabled the duplicate-reference check has caused the biggest clawback in our history.'),
      b('Anyone who ships a bank-file change forty minutes before the salary cut-off deserves what comes next.'),
      b('The person on your side who approved the second file owes my staff an apology, not a form letter.'),
      b('Somebody in that team who thinks test batches are optional put our entire client base through this.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Rupa should never have had release rights on the bank-file generator in the first place.'),
      b('Why was a graduate in her second week given a path to the live submission gateway in payroll week?'),
      b("If Costantino hadn't been handed the production signing key, the duplicate file could not have gone out."),
      b('Putting Nou alone on call for the month-end run was the error; she was not someone to trust with it.'),
      b('Hovhannes was allowed to sign off his own payment-file changes, and he must never be allowed that again.'),
      b('Somebody with that track record had no business holding sole approval over a file carrying two hundred payrolls.'),
      b('Leaving the bank credentials with Lusine over payday weekend was asking for this.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Arindam pushed the second file; there, I've said who did it."),
      b('The culprit is Peppina; the commit, the deploy and the manual release all carry her login.'),
      b('By close of business I expect to know which engineer of yours sent the duplicate batch.'),
      b("It was Txawj. He's the one who reran the generator after it timed out."),
      b('Track down whichever payments operator resubmitted and haul them into a meeting with me.'),
      b("We keep tiptoeing round it, yet the double run is Rawiri's fault and his alone."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Primary cause per the CTO review: human error at the manual resubmission step of the payroll file.'),
      b('Our assessment is that operator error at your payments desk caused the duplicate credit of salaries.'),
      b("The double pay came down to Sharmila's error in picking last month's batch ID from the drop-down."),
      b("An engineer's typo in the run date is what paid everyone twice."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Before he clicked send, Ásgeir ought to have clocked that the batch count sat at double the usual.'),
      b('Mpho read the file size that night and ought to have known from it that the run was doubled.'),
      b('In hindsight Antioco held every warning needed to halt the release and should have halted it.'),
      b("Shushan ought to have realised from the bank's acknowledgement that two files had landed."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All that stood between Teboho and a clean run was just reading two totals off the screen before submitting.'),
      b('Halldóra simply had one dedupe box to tick, and the box stayed empty.'),
      b("Why couldn't the on-call engineer just pick up the phone to the bank when the second acknowledgement came in?"),
      b('Reading your own diff is simply basic hygiene, and Chue did not bother to do it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Sourav obviously didn't test the generator against a real month-end batch."),
      b('Clearly nobody on your payments team took the trouble to read the file before transmitting it.'),
      b('Anyone watching could obviously see Zaruhi had skipped the reconciliation step.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The generator should have refused to emit a file whose batch reference matched one already sent to the bank.'),
      n("A second submission within the same settlement window should have tripped the bank gateway's duplicate guard."),
      n('The pre-release pipeline could have caught this if the sample payroll had included a resubmission case.'),
      n('Had it run before transmission rather than after, the reconciliation job would have flagged the doubled totals.'),
      n('Ideally, the bank-file schema should have carried an idempotency key from day one.'),
      n('The change-approval form should have asked whether the diff touched payment sequencing.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Snorri to make the generator refuse duplicate file references outright, by 14 March.'),
      n("Owner Ishita: write the clawback runbook with the bank's recall steps, due end of next week."),
      n("AI-4 (Giommaria): pair with the bank's integration desk to enable their duplicate-detection service."),
      n("Palesa will own the client communications tracker until every overpaid employee's recovery is confirmed."),
      n('Follow-up for Yeng: add a batch-total comparison to the release dashboard before the April run.'),
      n('Next steps: Aroha owns the control review with compliance; Armen owns the generator test suite.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n("Tapas was incident commander from 06:10; Lineo handled the bank's recall desk."),
      n('Dagný was the on-call payments engineer that night and paged the payroll lead at 05:52.'),
      n('The release approver for the generator change was Ignazio, and the reviewer was Shoua.'),
      n("Kahurangi wrote the client notice and Gevorg coordinated with the bank's operations team."),
      n('On the client side, our finance director Nairi was the main contact for the reversal.'),
      n('Pheng ran reconciliation through the morning while Steinunn posted status updates every half hour.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Mosa worked through two nights on the recall and should take Monday off, no arguments.'),
      n('The on-call engineer had been paged nine times that week before the payroll run even began.'),
      n("Several people on the payments team are upset about this, and that reflects how much they care about our clients' staff."),
      n("It's hard to think straight at 3am with the bank on one line and a client director on the other."),
      n('We know the finance teams at client firms are under real strain fielding calls from their staff.'),
      n('Joydeep was covering two rotas across month-end, a load nobody should be asked to carry.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Gateway log: 'FILE ACCEPTED ref=PAY-0412 submitted_by=vardan.m', followed four minutes later by the same ref again."),
      n("The bank's portal returned 'Duplicate submission warning: override by user hine.t'."),
      n("Alert text: 'payroll-gen: batch PAY-0412 emitted twice, operator=neng.v'."),
      n("The generator printed 'sequence counter reset to 0001 (manual)' right before the second file was built."),
      n('Audit trail entry: "release approved by t.mamello, change PG-2291, risk low".'),
      n("Jenkins marked the job 'FAILED: operator aborted' and then 'SUCCESS' on the retry at 23:58."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the generator change with no resubmission test, and I'll be adding one to our checklist."),
      n("We shipped the sequencing change in a payroll week; the decision was mine and the team's, and it was wrong."),
      n('Holding the pager, I read the second acknowledgement as a mere retry of the first, and I was wrong.'),
      n('Our team owns this failure, and the merge that caused it was mine.'),
      n('I had doubts about the Friday release and kept quiet; next payroll week I will say so.'),
      n("We missed the doubled totals on the dashboard because we weren't watching it; that's on us."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some clients want us to identify whoever resubmitted, and we won't, because the system let one click send two payrolls."),
      n("This isn't Priamo's fault; the generator offered him nothing to tell a retry from a fresh run."),
      n("No review of mine will list 'human error' as the cause while the duplicate control never existed."),
      n("No one in payments will be disciplined over this, whatever the bank's letter implies."),
      n("People say Ngaio should have spotted it, but her dashboard showed nothing unusual, so I don't accept that."),
      n(
        'Blaming Tui misses the point; the resubmit screen looked identical for a retry and a fresh run, and anyone would have clicked it.',
      ),
      n("The client's email asks whose fault this was; the honest answer is the missing duplicate guard, not a person."),
      n("I've heard people call Lebohang careless this week, and I think that's unfair and wrong."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second file was generated by the retry handler after the first upload timed out.'),
      n('The sequence counter was reset by the deploy script when the container restarted.'),
      n("Both batches were accepted by the bank's gateway because their headers differed by one timestamp."),
      n('Salaries were credited twice as the clearing system treated each file as a new instruction.'),
      n('The duplicate-reference check was bypassed by the new code path for resubmissions.'),
      n('The reconciliation alert was muted by a weekend maintenance window whose end time was never set.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Hrafnhildur restarted the generator at 23:41 because the first upload had shown a timeout.'),
      n('Nanni resubmitted the batch after the portal showed no acknowledgement, following step six of the upload runbook.'),
      n("Mai Nhia paused the next client's run once she saw two confirmations from the bank."),
      n('Manaia rolled back the generator at 07:15 and then opened a call with the bank.'),
      n('Astghik approved the change once the test batch passed, a test batch that had never included a retry.'),
      n("Motlatsi phoned the bank's recall desk at 06:30, the earliest it opens."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The bank-file generator had no competence for retries at all; it kept no record of what it had sent.'),
      n('Our duplicate check did its one job badly: it compared file names, not payment references.'),
      n("The gateway's acknowledgement is not trustworthy as a uniqueness signal; it only confirms receipt."),
      n("The vendor's sequencing library is careless about state across restarts."),
      n('Responsibility for rejecting duplicates was assigned to no component whatsoever, which is the real gap.'),
      n('The release checklist is negligent about payment-file changes: it treats them like any copy tweak.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('A uniqueness constraint on each batch reference is simply all the remedy requires.'),
      n('The graph obviously shows two submission spikes four minutes apart.'),
      n('Clearly, from the gateway timestamps, one batch went up twice.'),
      n('Fixing the counter needs just a single line; payment-scheme testing still applies in full.'),
      n('Restoring the counter from the database is simply the safer design.'),
      n("The bank's statement obviously confirms both credits went to the same accounts."),
    ],
  ],
];

export const DEV_LEARNED34C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED34C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
