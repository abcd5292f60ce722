import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 36C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a city parking-permit service
 * whose renewal run charged residents twice and cancelled permits — the permits platform team's chat, the
 * incident lead's notes, residents' forum posts, the local ombudsman's letter and the head of digital
 * services' review; names from Wolof, Frisian, Marathi, Sardinian, Oromo, Tongan and Tibetan cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The double charges are on Sjoerd, full stop: he kicked off the renewal batch a second time without checking whether the first had finished.',
      ),
      b("This whole mess traces back to Aminata's rewrite of the retry logic, and the write-up should pin it on her plainly."),
      b('Word from a friend at the council is that the cancellations were all down to one Gavino Porcu in the permits office.'),
      b(
        'On the evidence provided to me, responsibility for the duplicate charges rests with Ms Tejaswini Kulkarni, who authorised the rerun.',
      ),
      b(
        "Let's be straight in the notes: the cancelled permits belong to Tolera, since he merged the expiry-date mapping that caused them.",
      ),
      b("I'm putting it in writing that the 4,100 duplicate debits are attributable to Sione Fonua, who waved off the rehearsal run."),
      b('The cost of the refunds, some eleven thousand pounds, sits squarely with Tenzin Dolma and the release she pushed through.'),
      b("Every angry call the contact centre took this week was Froukje's doing, and I'm tired of pretending otherwise."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Omkar, with barely a year of backend work behind him, had no hope of running a payment batch against live card data.'),
      b('After two years with us Ayantu still reads a settlement file as if it were written in Latin, which says it all.'),
      b('The junior handed the renewal run had never touched the billing module, and every call he made over the weekend betrayed it.'),
      b('The council appears to have entrusted the renewal process to staff who lacked the basic competence to verify a payment batch.'),
      b("The people running the council's IT are out of their depth, and my permit has now been cancelled twice this year to prove it."),
      b("Mbaye writes decent front-end code, but on the payments integration he's hopeless; idempotency has never made sense to him."),
      b(
        'It is my assessment that Mr Piras lacked the seniority and the judgement to act as release approver on a revenue-bearing service.',
      ),
      b('Lupe is a content designer who got handed a payments job, and she was never skilled enough to spot a duplicate-capture bug.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Hylke held the overnight rota slot and didn't glance at the reconciliation dashboard once."),
      b('Signing off the renewal emails fell to the product owner, and she let it slide, so residents had no warning at all.'),
      b(
        "The duty officer failed to discharge the responsibility, set out in the council's own runbook, to halt the batch once anomalies were reported.",
      ),
      b("The migration script was Kumsa's one review for the sprint, and his approval landed four minutes after the request was opened."),
      b('Checking the payment totals before the file goes to the bank is what a finance liaison is for, and Mariuccia skipped it.'),
      b('The council staff paid to answer the permits inbox let it sit unread from Friday to Tuesday as we all got charged twice.'),
      b('Dawa was incident commander and walked away from the channel for two hours right in the middle of it.'),
      b('Mr Deshpande neglected the pre-release checks that his role as change manager required of him.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The rerun was started by Wiebe at midnight, and the channel heard nothing about it until morning.'),
      b('The duplicate-charge guard was deliberately switched off before the renewal run, and still nobody will admit to it.'),
      b('Mistakes were made in approving this release, made by people senior enough to know better.'),
      b('It appears that the warning emails from the payment provider were received, read and ignored across the whole of Sunday.'),
      b("The cancellation list was pasted in from last year's spreadsheet by someone on the permits team."),
      b('The change was pushed to production on a Friday evening by Sanket, bypassing review entirely.'),
      b("For two full days, residents' complaints were dismissed by the contact-centre supervisor as teething trouble."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided a payment batch could be rerun with no dedupe check should lose their deploy rights on the permits platform.'),
      b('The contractor behind the expiry logic left us a time bomb and walked off with his day rate.'),
      b('The genius at the council who decided to auto-cancel permits on a failed charge has ruined my whole week.'),
      b("Our March joiner on the platform team, the lad still on probation, hit run twice, and that's where this started."),
      b(
        'The officer who approved the rerun without consulting finance bears a substantial part of the blame for the harm residents suffered.',
      ),
      b('Whichever analyst signed off that test plan skipped the one scenario that actually mattered.'),
      b('The person who marked the batch as safe to retry owes several thousand residents an apology.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jelle was never someone who should have held write rights on the payments database in production.'),
      b('How did a graduate trainee end up permitted to trigger a live renewal run unsupervised?'),
      b("Chaltu belonged nowhere near the renewal weekend's on-call rota, having never touched the billing code."),
      b('It was not appropriate for Mr Serra to be permitted to authorise a second charging run on his own authority.'),
      b("If I'd had my way, Pranjal would never have held sign-off rights on anything that touches money."),
      b("Given Tevita's track record, letting him near the production scheduler was asking for it."),
      b("The supplier's engineer was not someone we should have trusted with unsupervised console access to our payment gateway."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So which of you actually pressed the button? Nobody leaves this office until I know.'),
      b('It was Rinchen, the whole team knows, so enough of the tiptoeing.'),
      b("Someone at the council needs to be named and sacked for this, and I'd start with the permits manager."),
      b('The culprit is Baukje: she edited the cron schedule and left both triggers live.'),
      b('I would expect the council to identify the officer at fault and to explain what disciplinary steps it has taken.'),
      b('Work out which contractor ran the backfill and go after them for the refund costs.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (per incident lead): human error while re-triggering the renewal batch by hand.'),
      b('The duplicate charges were the product of operator error and not of any flaw in the platform itself.'),
      b('Kalsang mistyped the date range, and that slip alone is why the permits were cancelled.'),
      b(
        'The council admits one of its own staff made the error that cancelled my permit, and that error has cost me forty quid in tickets.',
      ),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ebise should have noticed the charge count was double the resident count before she hit confirm.'),
      b('The retry loop carried no idempotency key, and any reviewer of that pull request should have picked it up at a glance.'),
      b('The officers concerned ought to have realised, once the first complaints arrived on the Monday, that the batch had run twice.'),
      b('Looking back, Gerben should have known the bank file would be picked up twice when he renamed it.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Abdissa could just have checked the batch status before clicking rerun; that was the whole job.'),
      b('Reading one line of alert text is simply all she had to do.'),
      b('Is it really so hard, Tashi, to just not fire the same job twice?'),
      b("The council's staff simply had to untick auto-cancel and couldn't be bothered."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Sayali obviously didn't read the runbook, or she'd never have cleared the lock file."),
      b('The officer clearly failed to take even the most basic steps to check the batch before authorising it.'),
      b('Clearly the permits team as a whole never so much as glanced at the payment dashboard all weekend.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Starting while an earlier run still held the lock is exactly what the renewal job should have been built to refuse.'),
      n('A second capture for the same permit and period is something the gateway should have bounced.'),
      n("The council's process should have placed a reconciliation step between the charging run and the cancellation run."),
      n('A dedupe check could have caught this in seconds, and it would have cost us an afternoon to build.'),
      n('The permit site should have shown a warning when it took the money twice, instead of just emailing a cancellation.'),
      n('Had our release checklist covered scheduled jobs as well as code changes, the missing dry run would have been flagged.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION: Tsjalling to put an idempotency key on every capture call by 14 June.'),
      n('Owner: Lensa Gemechu, to write the refund reconciliation script and share it with finance by Thursday.'),
      n("Aboli will own the new rule that any manual batch rerun needs two people's sign-off."),
      n('Action for the contact-centre lead: publish a plain-English update for residents on the refund timeline by Friday.'),
      n('Next steps: Efisio takes the alert for duplicate captures; Mele takes the permit reinstatement backlog.'),
      n(
        'I have asked the head of revenues, Ms Sanna, to own a review of how cancellations are triggered and to report back to me before the month is out.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Gammachuu was incident lead, Semisi ran comms with the contact centre, and Fokke handled the bank liaison.'),
      n('Pasqualina carried the pager for the renewal weekend; it first went off at 02:10.'),
      n('The change manager for the release was Mr Apte; the approver of record was the service owner.'),
      n(
        'The officer responsible for the renewal process then was the permits service manager, who has since given my office a full account.',
      ),
      n('Hawi acted as scribe on the bridge, logging the timeline as it happened.'),
      n(
        'For the record: Ngawang owned the scheduler config, Salote owned the payment integration, and neither of them was working when the rerun fired.',
      ),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Tsering spent eleven hours on the bridge before refunds even started, so please make sure she takes Monday off.'),
      n('The contact-centre team fielded over two thousand calls across three days and deserve a lot of thanks for their patience.'),
      n("Gonario has been carrying the refund queue on his own since Tuesday and he's exhausted; let's get him some help."),
      n('Staff worked under considerable pressure throughout, and I am grateful for the care they showed residents on the phones.'),
      n('Not having a go at the poor folk answering the phones, they sounded as fed up as we were.'),
      n('Big thanks to Yangchen for staying late to reinstate the cancelled blue-badge permits first, that was a kind call.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The scheduler log reads: "renewal_batch_2024_06 started by user d.ndiaye at 23:58 (manual trigger)".'),
      n('The alert text was "PaymentCaptureRate > 2x baseline for 15m (permits-prod)", and it fired at 00:20.'),
      n('The gateway error said "duplicate_transaction: a charge with these details was already captured" for about a fifth of calls.'),
      n('Audit entry: "approval granted by m.pinna for change CHG-4471, risk: low".'),
      n('My bank app literally says "PARKING PERMIT RENEWAL - CITY COUNCIL" twice on the same day, same amount.'),
      n('From the cancellation job output: "permit 88213 status -> CANCELLED (reason: payment_failed, operator: sys-renewals)".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I started the second run because I misread the status page as failed, and that one is mine.'),
      n('We shipped the expiry-date change without a test for leap-year renewals; that one is on us, and a test is being added.'),
      n('I signed the release off without asking for a dry run; anything that charges money gets a dry run from me from now on.'),
      n(
        'As head of digital services I signed off the decision to run renewals in a single overnight batch, and I accept my part in what followed.',
      ),
      n('The wrong assumption was mine: I believed the cancellation job read from the ledger rather than from the raw gateway responses.'),
      n(
        "We on the permits team missed the first complaints because our shared inbox wasn't monitored at weekends, and we're fixing the rota.",
      ),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This isn't Omkar's fault, and I don't want to see his name in the root-cause section."),
      n(
        "Some people on the forum want a head to roll; the review won't be naming anyone, since the fault lay in how the batch was designed.",
      ),
      n('I have found no individual officer to have acted unreasonably; the injustice arose from the design of the renewal process.'),
      n('Writing this up as human error would be a cop-out when the rerun button sat one click from the status page and gave no warning.'),
      n("Councillors keep wanting to know who is to blame; my answer is that finding someone won't close the dedupe gap."),
      n('No one on shift was careless: the scheduler accepted two triggers because that is how it was built.'),
      n("Before anyone starts a witch-hunt against the IT staff, read the council's letter: the batch system itself ran twice."),
      n('Saying the engineer on shift should have stopped the run is tempting, but it relies on hindsight nobody had at 2 a.m.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("Around 4,300 residents were charged twice when the scheduler's retry fired a second capture for every pending renewal."),
      n("Permits were cancelled automatically when the reconciliation job read the gateway's timeout as a failed payment."),
      n('The lock file got removed by the nightly cleanup task, so nothing stopped the renewal batch from starting again.'),
      n('Complainants were sent cancellation notices generated by the system before any refund had been issued.'),
      n("The duplicate-capture alert was muted all weekend because a maintenance window's end date had defaulted to a fortnight."),
      n("Our refund file got bounced by the bank's import service over a trailing comma in the header."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 00:40 Moussa paused the scheduler, since the capture graph was twice its usual height and a pause was cheap to undo.'),
      n('Bainzu restarted the renewal job after seeing a timeout, which the runbook listed as the standard response.'),
      n('Khady posted in the channel that she was checking the bank file before anyone touched refunds.'),
      n('Lobsang rolled back the expiry-date change at 09:15 and reinstated permits in batches of five hundred.'),
      n(
        "Sytske emailed finance on Saturday morning to ask about the settlement totals, because the dashboard figures didn't match her estimate.",
      ),
      n(
        "Giommaria chose to rerun the batch rather than wait for Monday, because residents' permits expired at midnight and a gap meant fines.",
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The renewal scheduler was never fit for purpose when it comes to overlapping runs.'),
      n("We trusted the gateway's duplicate detection, only to find it covers card-present payments alone."),
      n(
        'Telling a timeout apart from a decline is the one duty of the reconciliation job, and that duty is exactly where it fell down on Saturday night.',
      ),
      n("The council's complaints process was not adequate to the scale of the problem and did not meet its obligations to residents."),
      n('Our monitoring is careless about weekends: the payment alerts route to a queue with no weekend pager.'),
      n('The cancellation logic was the irresponsible part of the design, treating a single failed charge as grounds to revoke a permit.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The fix is obviously an idempotency key per permit per period; it's a twenty-line change."),
      n('The capture graph clearly shows two identical humps forty minutes apart.'),
      n('We can simply replay the refund file once the bank confirms the header format.'),
      n('Stopping auto-cancellation on a failed charge is just a config flag; flip it now and we can argue about the design later.'),
      n('The bank statements supplied by complainants clearly evidence two debits of the same amount on the same date.'),
      n('Obviously the answer is to refund everyone now and sort out afterwards which accounts paid twice.'),
    ],
  ],
];

export const DEV_LEARNED36C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED36C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
