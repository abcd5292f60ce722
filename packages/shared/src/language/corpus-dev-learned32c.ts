import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 32C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a payroll provider whose
 * tax-filing job missed a quarterly deadline for three hundred small businesses — engineering and support
 * Slack, on-call notes, a bakery owner's complaint, the tax authority's notice and the CTO's review, with
 * names from Zulu, Breton, Uzbek, Javanese, Galician, Tongan and Kurdish cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Let's be real, the missed Q3 filing for all three hundred accounts is on Bekzod, full stop."),
      b('The post-incident review should record that the late submission is attributable to Nolwenn and nobody else.'),
      b("Ngl, every one of those penalty notices traces straight back to Sipho's Friday afternoon merge."),
      b('Tell the bakery owner the truth: Uxía caused this, and her change is why the returns went out two days late.'),
      b("The failure-to-file penalty is Tevita's to answer for, since that batch was his from start to finish."),
      b('Her cutover, her shift, her missed deadline — this one sits with Rojda.'),
      b('If we are assigning it, and we should, the whole quarterly mess belongs to Wahyu.'),
      b('As far as compliance is concerned, Gwenaël is the reason three hundred small businesses got fined this quarter.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly Jasur is too junior to go anywhere near the filing scheduler, and this quarter proved it.'),
      b("Lindiwe still can't tell a filing period from a pay period, which is terrifying for someone on payroll engineering."),
      b('Put Breixo in front of the e-file gateway and he drowns; the whole squad has seen it.'),
      b('Frankly, the on-call engineer that night lacked the experience to read a rejected-submission queue.'),
      b('Sela writes cron expressions like someone who learned them from a blog post last week.'),
      b('With respect, Diyar lacks the reconciliation chops a filing migration lead needs.'),
      b('Slamet is a decent frontend dev but has no business designing a tax submission pipeline.'),
      b('We cannot keep pretending Xiana is capable of owning anything with a statutory deadline attached.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Mele held the pager Thursday, and her shift came down to acking one filing-failure page; she never acked it.'),
      b("Support lead Otabek didn't escalate the bakery's ticket even though escalating tax issues is literally in his runbook."),
      b('Riwal was assigned the pre-deadline checklist and skipped the submission-confirmation step entirely.'),
      b('The compliance reviewer, Rahayu, signed off the quarter without checking a single acknowledgement receipt.'),
      b("Azad was supposed to babysit the filing dashboard on deadline day and didn't open it once."),
      b('It was Berivan on rota that week, and she let the failed-batch alerts sit unread until morning.'),
      b('A release manager exists to run the quarterly dry run, and Ulugbek, our release manager, skipped it.'),
      b('Zanele was tasked with confirming receipt from the tax authority before midnight and let that task lapse.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The submission job got turned off by Ronan during the freeze, then left off for a week.'),
      b('The retry queue was wiped by a support-rota member, and so the deadline went by.'),
      b('The new-schema warning was waved away, and the batch got forced through regardless.'),
      b('Three hundred returns were left sitting in draft after the sign-off was forgotten.'),
      b("The gateway's rejection email was read and dismissed by Dilnoza on Tuesday morning."),
      b('The quarter-end date was typed in wrong by hand, and nobody downstream was told.'),
      b('Ticket after ticket from the bakery owners was brushed off by support until the penalty letters arrived.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to ship the scheduler change on deadline eve can explain it to three hundred business owners.'),
      b('The new hire who edited the cron timezone has cost our customers real money.'),
      b("The guy who muted #filing-alerts because it was 'too noisy' basically caused this."),
      b("The agent on the support desk who told the bakery owner 'it's filed, don't worry' was flat wrong and needs to own that."),
      b('That contractor behind our retry code planted a time bomb and then cashed his invoice.'),
      b("Anyone approving a compliance deploy unread is why penalty notices keep landing in our customers' mail."),
      b("The person who closed the gateway ticket as 'won't fix' is the actual problem here."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Sardor being able to write to the prod filing queue at all was the real mistake.'),
      b('Why on earth did an intern get sign-off power over the tax submission service?'),
      b('Pita had a fortnight of tenure, so putting him on the deadline-week pager was never going to be safe.'),
      b("Handing Nodira admin on the e-file credentials was a bad bet that we won't be making twice."),
      b('Whoever let Tanguy near production on a filing deadline needs to rethink who they trust.'),
      b("Xurxo's merge rights ought to have been pulled after last quarter's near-miss."),
      b('The support team cannot be trusted to edit customer filing dates directly anymore, and they never should have been.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Ok but which of you shipped that config? Need a name before the CTO pings me.'),
      b('It was Ayanda. Her commit, her deploy, her mess.'),
      b('Found our culprit: Iago ran the manual backfill that overwrote the submission dates.'),
      b('Can we all agree Roj is at fault here and move on to customer comms?'),
      b('The person to go after is whoever approved PR 4412, and git blame says that was Morgane.'),
      b('Everybody stop hedging; the finger goes at Joko.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (draft): somebody fat-fingered the quarter close, a plain human error.'),
      b("Platform's fine — Suharti made an operator error, end of story."),
      b('We lost the filing because our on-call slipped up re-queuing the batch.'),
      b("In our reply to the tax authority's notice we will state that the late submission resulted from a staff member's mistake."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Tupou could have spotted by Monday that acknowledgements from the gateway had dried up.'),
      b("Erwan, of all people, should've realised the due date lands on the last business day rather than the last calendar day."),
      b('In hindsight Sabela needed to check the queue before going offline; that is the first thing anyone would do.'),
      b("Now that it's all played out, Welat needed to ring the authority Tuesday rather than sit on it."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Bambang had to do was hit resubmit before midnight.'),
      b('It was one line; Gulnora only had to just read it.'),
      b("Manase could have simply glanced at the receipt count, and he didn't."),
      b('Brais could just have reverted the toggle, and instead we ate three hundred penalties.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Obviously Katell didn't bother reading the gateway's deprecation notice."),
      b('Roi clearly never looked at the failure count before he signed off.'),
      b('Zero acknowledgements means zero filings, and Shahnoza obviously missed that.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have raised a page when the submission count fell to zero.'),
      n('A pre-deadline check could have caught that the gateway was rejecting the new schema.'),
      n('Ideally the filing service would have retried against the backup endpoint instead of giving up.'),
      n("The runbook should have listed the tax authority's manual-upload fallback."),
      n("Our deploy pipeline should've blocked any scheduler change inside the filing freeze window."),
      n("The customer dashboard should have shown 'not filed' rather than 'pending' for those three hundred accounts."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action item: Thandeka to add an alert when acknowledgement receipts drop below the expected count, due 14 Nov.'),
      n('AI-3 (owner: Loïc) — write a runbook section for the manual upload portal.'),
      n('Farrukh will own the penalty-abatement letters to the tax authority for every affected business.'),
      n('Next step, owned by Purwanti: move the filing job off the generic cron host and onto the workflow engine.'),
      n('Siaosi takes the follow-up on a freeze policy for scheduler changes in the fortnight before each quarterly deadline.'),
      n('Owner for customer credits: Nêrgiz, with a draft ready by Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Mandla was incident commander; Enora handled comms with affected customers.'),
      n('Viliami carried the filing-platform pager during the incident, and Iria led support on that shift.'),
      n('Dilan ran the technical investigation while Zana liaised with the tax authority.'),
      n('Rota for the week: Lwazi primary, Goulven secondary.'),
      n('Sekar held the customer-escalation role and worked the ticket queue for the duration.'),
      n('Hêvî took notes on the bridge and maintained the incident log.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Mele got woken four nights that week before the filing page even came; that tells us about our rota staffing, not about her.'),
      n('The support team took over two hundred frightened calls in a day and handled every one with real care.'),
      n('Sounds like our on-call was juggling the filing incident and a payroll run solo, which is a lot for anyone.'),
      n('Big hugs to Nolwenn, who stayed until 3am helping businesses upload their returns by hand.'),
      n('Nobody should have to carry a quarterly deadline on a rota that thin, and we know people were exhausted.'),
      n("The bakery owner was scared about the penalty, and Lupe's calm phone call made a difference to her."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The gateway log reads: 'submission rejected: schema version 4 not accepted after 2024-09-30'."),
      n('Alert text at 23:41 was `FilingBatchFailed: 300 of 300 returns not acknowledged`.'),
      n("Audit log line: 'user sione.f disabled job quarterly-941-submit' — dropping this in for the record."),
      n("The notice from the tax authority says 'Return not received by the due date; failure-to-file penalty assessed.'"),
      n('Scheduler output: `next run: 2024-10-31T00:00:00Z (skipped: freeze flag set by operator)`.'),
      n("Error from the e-file client: 'ERR_AUTH_EXPIRED: credential for transmitter ID expired'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the scheduler change mid-freeze; from now on I check the freeze calendar before any approval.'),
      n('We missed the deadline for three hundred customers, and as the payroll team we own that.'),
      n("That's on me — I muted the filing channel while migrating and never unmuted it."),
      n("I should have confirmed receipts before I went off shift; next quarter I'll make it part of handoff."),
      n('As CTO, I signed off a rota that left one engineer covering filing and payroll on deadline night; I got that wrong.'),
      n('My bad, I told the bakery owner it was filed because I read the pending status as done.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Blaming Baran for the missed filing would be lazy; the scheduler accepted his change without any deadline check.'),
      n("This isn't human error, it's a pipeline with no confirmation step."),
      n("A few messages hint that Tuesday's on-call missed something obvious — I disagree, since no alert ever fired."),
      n("The timezone bug is not anybody's fault here; the library default changed underneath us."),
      n("The review won't name a culprit; a name on a slide prevents nothing next quarter."),
      n('People keep asking who to blame; honestly, no part of the system checked filing receipts.'),
      n("It's tempting to say support should have escalated faster, yet the filing status was invisible from their tools."),
      n('Please stop saying Ana dropped the ball — she followed each runbook step to the letter, and those steps were wrong.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The submission batch was rejected by the gateway because of the schema change.'),
      n("Three hundred returns were marked 'pending' by the status service even though none had been acknowledged."),
      n('The retry queue was purged automatically by the 72-hour retention policy.'),
      n('The due date was computed from the calendar day rather than the business day, so the run was scheduled too late.'),
      n('Our transmitter credential was expired by the annual rotation, and the renewal reminder went to a decommissioned mailbox.'),
      n('The failure alert got swallowed by the deduplication rule, which grouped it with an unrelated warning.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Bongani paused the filing job at 18:00 because the gateway status page showed degraded service, which matched what he was seeing.',
      ),
      n("Antía re-ran the batch manually after midnight, following the runbook's retry section."),
      n('Yann told the bakery owner her return was pending, reading the same dashboard everyone else used.'),
      n('Şirin merged the timezone fix once CI passed and two reviewers approved.'),
      n("Rêzan contacted the tax authority's helpdesk on Thursday to ask about manual upload."),
      n("Noa rotated the transmitter credential on the schedule the vendor's docs recommended at the time."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The scheduler did its job to the letter; its timezone default was the problem.'),
      n("Our e-file client can't cope on deadline days — it has no backpressure at all."),
      n("The gateway's 202 earned more of our trust than it deserved; it only means received, not accepted."),
      n('The status service had one responsibility, telling customers whether their return was filed, and it botched it.'),
      n('That monitoring setup is careless about silence — it alerts on errors but never on missing acknowledgements.'),
      n("The vendor's SDK is frankly incompetent at handling credential expiry."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix: just compare acknowledgement count with submission count.'),
      n('Obviously the graph shows submissions flatlining at 23:00 on the 30th.'),
      n('Simply moving the job two days earlier would have left room to retry.'),
      n('The diff is clearly tiny — one line changing the timezone from local to UTC.'),
      n("It's just a config flag, so rollback takes seconds once we're confident."),
      n('The evidence is simple: the gateway rejected every request after the schema cutoff.'),
    ],
  ],
];

export const DEV_LEARNED32C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED32C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
