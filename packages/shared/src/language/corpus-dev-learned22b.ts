import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 22B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a payroll and HR software
 * provider after salaries were paid late — customer-success emails to client HR managers, payroll
 * specialists' notes, an engineering incident channel and a formal client-facing incident report; names
 * from Malayalam, Zulu, Estonian, Cebuano, Lebanese Armenian, Breton and Hokkien cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The late salary run sits squarely with Kaarel, who owned the bank file cut-off and let it slide past.'),
      b('No point dressing it up in this channel: the delay belongs to Sreelakshmi and nobody else.'),
      b("From the client's point of view, the two-day delay in net pay is attributable to Bongani's edit of the payroll calendar."),
      b("Whatever wording we put in the client emails, the 1,400 late payslips are Yannig's doing."),
      b("If Marites hadn't held the approval over the weekend nobody would have been paid late, so the outcome rests with her."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Tõnu lacks the seniority and judgement for month-end payroll across forty clients single-handed.'),
      b("Nomvula doesn't understand how the pay calendar interacts with bank holidays, and Friday proved it."),
      b("I'm sorry, but Ah Seng isn't capable of handling a BACS rejection without someone holding his hand."),
      b('With respect, the payroll specialist assigned to your account lacked the skill to reconcile a rejected file under time pressure.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Liis held the pager on Thursday night, yet the page about the stuck submission sat unacknowledged until morning.'),
      b("Reconciling the bank return file is the payroll specialist's one duty on pay day, and Junrey didn't do it."),
      b('Our account manager for your organisation failed to send the pay-run approval reminder that her role requires.'),
      b("Garo was rostered for Thursday's cut-off check and skipped it to finish his own tickets."),
      b("As release owner it was Gwenaëlle's job to confirm the tax-table update before payroll opened, and she never did."),
      b('Siew Hoon was the duty lead and let the escalation window pass without once calling the bank.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The calendar change was merged on Thursday afternoon, hours before the pay-run cut-off, without anyone in payroll being told.'),
      b('The bank file was pushed live by our night engineer, skipping the dry run our checklist requires.'),
      b("Sign-off on that release was given by a team lead who hadn't even opened the test report."),
      b('The ticket for the rejected BACS file was marked resolved before a single salary had actually landed.'),
      b('The holiday-date override was approved by Thandeka with no second reviewer, against our own policy.'),
      b('The new pension deduction logic got shipped late on Friday evening, straight through the change freeze.'),
      b("The warning from the bank's portal had been left unread in the shared payroll inbox for two days."),
      b("The payment instruction was submitted after the bank's published cut-off by a member of our payroll operations staff."),
      b('The reconciliation step was skipped on purpose so the run could be closed out before midnight.'),
      b('The tax-code update was rolled out to every client at once by Vatche, with no canary tenant first.'),
      b('The config file was edited by hand on the production server, and the change was never written down anywhere.'),
      b('Your March pay run was approved on our side by a specialist who had not checked the gross-to-net totals.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever moved the cut-off time in the scheduler owes forty HR managers an apology.'),
      b("That contractor behind the retry logic left us a job that resubmits files twice, and he's long gone."),
      b('The new hire on payroll ops, the one who started last week, is the reason three clients got zero-value payslips.'),
      b("Whichever specialist ticked 'approved' on the Kasilag Foods run without looking at the totals caused all of this."),
      b("The person who disabled the bank-return alert 'because it was noisy' is the one who left us blind on Friday."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody should have given Nkosinathi edit rights on the live pay calendar in his second month.'),
      b('Why was a contractor allowed to approve a live pay run for a client with four thousand employees?'),
      b("Had Priit been kept off the admin group for the banking gateway, that duplicate file wouldn't exist."),
      b('Honestly, putting Shibu on the month-end rota while he was still shadowing was asking for trouble.'),
      b('Someone with that little payroll experience had no place anywhere near the bank submission console.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who changed the bank cut-off? Riwal did, the audit trail says so plainly.'),
      b('It was Jijo who ran the payroll job twice, end of story.'),
      b("Boon Keat's commit broke the pay-date calculation, so let's stop pretending otherwise."),
      b('Somebody tell me which payroll specialist released the file early, because I intend to speak to them personally.'),
      b('Look no further than Sevan, his script is what duplicated the ACH batch.'),
      b('Can we get the name of whoever approved the Tambuli Logistics run? Their HR team wants someone held accountable.'),
      b('The culprit here is Maëlys; she overrode the holiday calendar without telling a soul.'),
      b('Guess who forgot to re-enable the bank scheduler after maintenance? Our friend Mart.'),
      b("Everyone knows it was Ayanda's deploy, so put her name in the report and let's move on."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('The underlying cause: a human error as the salary file was uploaded to the bank portal by hand.'),
      b('The late payments were caused by operator error when the pay date was keyed in as the 31st of a 30-day month.'),
      b('To be clear with you, one of our payroll specialists made a mistake here; it was not a fault in the platform.'),
      b("The whole mess traces to Lindiwe's slip with the decimal place in the pension rate."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Anybody reading the bank's cut-off notice with care would have known Thursday afternoon was too late."),
      b("Hock Chye ought to have clocked the run total being half of last month's before he approved it."),
      b('How hard could it have been for engineering to compare the pay calendar with the public holiday list before Friday?'),
      b('Looking back, Rhodora should have seen the rejection email sitting in her queue on Wednesday morning.'),
      b("Any reasonable payroll specialist would have questioned a run where nobody's overtime appeared."),
      b("Kertu must have known the new tax tables weren't loaded when she opened the run."),
      b("The release manager could have spotted the timezone bug in ten minutes if he'd glanced at the staging payslips at all."),
      b('In hindsight, Loeiz was naive to assume the bank would process a file uploaded at 23:50.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Talar only had to press 'submit' before four o'clock, that was it, just one button."),
      b("He simply needed to open the reconciliation report, and he couldn't be bothered."),
      b("It's one checkbox; Bong just had to tick 'include bank holiday' and we'd have been fine."),
      b('Someone on payroll ops only needed to read the bank email, and not one of them managed even that.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Tangi obviously didn't look at the preview totals before approving."),
      b('Clearly nobody in the release meeting bothered to read the change notes.'),
      b("It's obvious that Heino skipped the parallel run and hoped for the best."),
      b('The specialist handling your account clearly ignored the validation warnings the system displayed.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have rejected a bank file queued after the cut-off rather than taking it without a word.'),
      n('Had our pre-submission check compared against the bank holiday feed, it could have flagged the missing pay-date shift.'),
      n('Ideally the payroll engine would have flagged a 48% drop in total net pay as an anomaly.'),
      n('The bank gateway should have returned a rejection immediately rather than three hours later.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Anoop to add a cut-off guard to the bank submission job by 14 June.'),
      n('Owner: Nolwenn, who will draft a client notification template for late-payment incidents, due end of sprint.'),
      n('Follow-up for Kok Leong: wire the bank-return parser into the pager so rejections page the on-call, target next Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Mbali was incident commander, Erwan handled client comms, and Sako liaised with the bank.'),
      n('The payroll specialist on duty that evening was Jovelyn, with Raffi as the engineering on-call.'),
      n('Goulven, our customer success lead, was the single point of contact for every affected HR manager during the incident.'),
      n('Triinu owned the pay calendar service during this period and was the listed reviewer for configuration changes.'),
      n("Beng Huat ran the manual resubmission while Vineetha confirmed receipt with each client's bank."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge thanks to Arpi, who kept the bank on the line until 2 a.m. and was still answering client emails at eight.'),
      n("Dodong had been covering two clients' month-end on his own all week, and he was exhausted long before the file failed."),
      n('Please go easy on yourselves; Siiri and Themba carried a brutal night and deserve a quiet morning.'),
      n('I know the calls with upset HR managers were hard on Reshmi, and she took the worst of them with real grace.'),
      n('Jaanika was fielding pages while her kid was sick at home, and she still walked the bank through every rejected line.'),
      n('Maral went well beyond her role that night, ringing the treasury desk herself so employees would see money by morning.'),
      n(
        'It is worth saying how much pressure Unnikrishnan was under: forty runs in the queue, a frozen gateway and clients phoning every ten minutes.',
      ),
      n('Guat Eng looked completely drained at standup, and after the night she had she should take tomorrow off.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Gateway log: "ERR 4012 file submitted after cut-off (user: kaarel.tamm, 16:07:43)".'),
      n('The alert read "PAYRUN_APPROVAL_OVERDUE: run 8812 awaiting approver Lorna Bacalso for 26h" and fired at 09:00 on Friday.'),
      n('Bank response pasted from the portal: "Batch rejected - duplicate file reference, originator ID mismatch".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I signed off the calendar edit without checking it against the public holiday list, and that's on me."),
      n('We told clients the run was on track before the bank had confirmed anything, and I own that message.'),
      n('I should have rung our bank contact the moment the file went quiet instead of waiting for the morning batch.'),
      n("Honestly, I got sloppy about the cut-off: I misread 16:00 as 18:00, and I'm the one who sent it late."),
      n('My mistake: I closed the rejection ticket thinking the resubmission had gone through.'),
      n(
        'Our payroll operations team did not reconcile the bank return file that day, and we are changing our checklist so the step cannot be skipped.',
      ),
      n('Last quarter I turned off the noisy alert myself, so the silence on Friday traces back to my decision.'),
      n("Frankly my handover to the night shift was shoddy, and I'm going to write it up properly this time."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Before anyone pins this on Aswathy: she did what the runbook said, word for word, and the runbook had the wrong cut-off.'),
      n("This was not Sipho's mistake; the approval screen showed him last month's totals because of a cache bug."),
      n("This report won't name who pressed the button, because that button should never be available after cut-off."),
      n(
        'Contrary to a remark on the client call, no individual on our payroll team was negligent; the delay came from a calendar rule that shifted the pay date.',
      ),
      n('Stop piling on Jhunjie: the same change passed two reviews and a staging run, so this is about our process, not him.'),
      n("Some of you are asking whose fault the late salaries were, and I'd rather we spent the time on how the date moved."),
      n('People keep saying Lena should have caught the duplicate, but the logs show it was created after she signed off.'),
      n(
        'Calling this human error is tempting, yet the form accepted 31 September as a pay date without complaint, which is a product gap.',
      ),
      n('Nobody is being blamed for the rejected file, least of all the specialists who worked through the night to fix it.'),
      n("Your HR director suggested our analyst was careless; having reviewed the audit trail, we don't believe that is accurate."),
      n('Any more messages in this channel hunting for a culprit will be deleted, so keep it to timelines and mechanisms.'),
      n("I don't accept that Soazig was at fault; the bank moved its cut-off in a spec update and none of our tooling surfaced it."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The corrected bank file was merged into the outbound queue automatically at 05:12 and accepted by the bank at 06:00.'),
      n('The pay date was pushed back a day by the calendar service, which treats the regional holiday as a non-banking day.'),
      n('The run was flagged as resolved by ticket automation the moment the bank returned a 200, before settlement was confirmed.'),
      n('The tax-table update got deployed to every tenant through the nightly release train, like every other update.'),
      n(
        "Once the 24-hour window lapsed, the approval was recorded by the workflow engine under the plan's timeout rule, not by any approver.",
      ),
      n('Duplicate payments had been left in a pending state by the reconciliation job, which retries only on the next business day.'),
      n(
        'The salary files were sent to the banks in batches by the scheduler, and the last batch was held past cut-off by a lock on the shared queue.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        "At 15:40 Vatche restarted the submission worker because its queue depth had stopped moving, which matched the runbook's first step.",
      ),
      n('Nimisha paused the remaining pay runs so that no further files would go out with the wrong date.'),
      n("Tiong chose to resubmit by hand rather than wait for the scheduler, since the bank's second window closed at six."),
      n("Morgane emailed each affected HR manager individually, because the status page didn't yet show per-client impact."),
      n('Biju merged the calendar fix after it passed review, reasoning that a small forward change was safer than a rollback mid-run.'),
      n('Katell approved the run on Thursday based on totals that matched the previous month to within a percent.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The vendor's bank gateway isn't trustworthy enough to be the only route for salary files."),
      n('Our pre-submission validator is careless about dates and will accept any pay date a form sends it.'),
      n('The scheduler has exactly one job, getting the file to the bank before cut-off, and it failed at it.'),
      n('The payroll calendar service has no business deciding pay dates without consulting the holiday feed.'),
      n('The reconciliation process is responsible for catching duplicates, and on Friday it proved inadequate for that duty.'),
      n("We can't keep trusting the holiday API to be competent with regional bank holidays."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix amounts to just a guard refusing submissions after the cut-off, about ten lines.'),
      n('Obviously, per the queue graph, everything froze at 15:58, two minutes before cut-off.'),
      n('Simply re-running the file with the corrected pay date cleared every remaining payment.'),
      n("The bank's receipt timestamp is clear evidence: 16:07, after its own 16:00 deadline."),
      n('Rolling back is just a toggle in the tenant settings, so we can do it within minutes if needed.'),
      n(
        'For your records, the remedy was simply to resend the original instruction under a new file reference, which the bank accepted at 07:30.',
      ),
    ],
  ],
];

export const DEV_LEARNED22B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED22B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
