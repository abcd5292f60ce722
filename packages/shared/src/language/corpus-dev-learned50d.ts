import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50D of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Kraków shared-services
 * centre whose payroll engine paid a client's whole Irish staff twice at month end, writing in the formal
 * English of a shared-services team to its client (chat, notes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The duplicate Irish pay run is on Michał Nowak, full stop.'),
      b(
        "We consider the double payment to 1,412 employees to be attributable to Katarzyna's decision to release the bank file without a second approver.",
      ),
      b('Taras owns this one: the late reversal and a weekend of overdrawn accounts in Cork both trace back to him.'),
      b('Let the minutes show that the €3.8m overpayment sits squarely with Priya Menon.'),
      b("Whose loss is this, in the end? Deepa's, and the client knows it."),
      b('Had it not been for Oleksandr, Dublin would have been paid once.'),
      b(
        'Per the escalation call, the root cause of the double pay run is Eoin Byrne, and the SEPA recall fees should be charged to his cost centre.',
      ),
      b("Aoife's sign-off is the reason two thousand people in Ireland saw two salaries land on the 28th."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Bartosz is not experienced enough to run a month-end close for a client of this size.'),
      b('Sandeep Rao has never understood how net-to-gross works, and this pay run proved it.'),
      b("I'm not sure Marta is capable of reading a GL reconciliation, let alone signing one off."),
      b('Dorota, for all her years on the Irish desk, lacks the basic skill to tell a test bank file from a live one.'),
      b("Out of his depth from day one — that's Vasyl on the SEPA interface."),
      b("Nikhil's grasp of Irish PAYE is weak, and it showed on the 28th."),
      b("Team-lead note: Olena's command of the payroll engine is well below what we expect of a senior consultant."),
      b('With respect, the client deserves a more competent payroll manager than Grzegorz.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Joanna was the named reviewer on the pay-run checklist, and she did not review it.'),
      b('As second approver for the bank file, Arjun failed to do the one thing that role exists for.'),
      b('The on-call payroll analyst, Halyna, never picked up the 23:40 alert from the bank portal.'),
      b('Piotr neglected his duty to reconcile the GL posting against the pay register before release.'),
      b("It was Kavitha's job to stop a duplicate SEPA batch, and she didn't."),
      b('Not once during hypercare did Krzysztof, our assigned hypercare lead, join the daily control call.'),
      b('Mykola was rostered on the payments desk that evening but left the outbound queue unwatched for three hours.'),
      b("Our client's payroll controller, Siobhán, signed the release without performing the variance check her own procedure requires."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The second SEPA batch was released by Tomasz without any check of the batch reference.'),
      b('The Irish pay run was triggered twice by the analyst on shift.'),
      b('Mistakes were made in approving the bank file, and they were made carelessly.'),
      b('The duplicate warning was ignored and the file was pushed through anyway.'),
      b('The reversal instruction was sent to the wrong bank by Yulia.'),
      b('At 23:05 the hold on batch 002 was lifted, carelessly, by someone on the Kraków desk.'),
      b('The variance report had been skimmed, not read, before sign-off was given.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("The consultant who re-ran the Irish payroll 'to be safe' is the reason we are now recalling €3.8m."),
      b('Whoever approved the second bank file owes the client an explanation.'),
      b("The new hire on the Irish desk, the one who copied last month's run calendar, caused all of this."),
      b('Ask the person who switched off the duplicate-payment check why they thought that was fine.'),
      b('The analyst who clicked release twice at 23:12 may have cost this centre the Irish contract.'),
      b('Anyone who signs a bank file without opening it is the problem here, not the engine.'),
      b('Fault lies with the team member who edited the pay calendar and told no one.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ravi should never have been given release rights on production payroll.'),
      b('If someone other than Łukasz had been on call that night, the second batch would have been stopped.'),
      b('A person three weeks into the team should not have been allowed anywhere near the live SEPA gateway.'),
      b('Bohdan ought never to have been trusted to approve his own bank file.'),
      b('Had we kept Meera off the month-end rota, Dublin would have been paid once.'),
      b('In a sane world, Gráinne would never have held admin access to the payroll engine.'),
      b('The hypercare role should have gone to someone more dependable than Szymon.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Paweł. Paweł pressed release on the second batch.'),
      b('The culprit, for the avoidance of doubt, is Magdalena Kowalczyk.'),
      b('Find out who on the Irish desk sent the duplicate bank file and put their name in the report.'),
      b('Guilty party: Wojciech, the payments coordinator.'),
      b('Everyone on the floor knows who did it — Suresh.'),
      b('The client wanted a name, so here it is: Anna Wiśniewska released the file.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the month-end pay run.'),
      b('This was operator error on the payments desk, not a defect in the payroll engine.'),
      b('The double payment came down to a single keying mistake by one of our analysts.'),
      b("Our finding is that a person's slip, and nothing in the system, paid Ireland twice."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Nataliya should have seen that the batch total was exactly double the previous month.'),
      b('Any payroll professional would, in hindsight, have spotted the doubled headcount on the pre-payment report; Rahul did not.'),
      b('Dmytro ought to have known that a re-run on the 27th would generate a fresh SEPA batch.'),
      b('After the fact, it is hard to see how Zofia missed the second approval request sitting in her queue.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Pooja had to do was just look at the batch count before pressing approve.'),
      b("Ewa simply needed to tick the hold box, and she didn't."),
      b("He just had to wait for the bank acknowledgement, that's it."),
      b('It was simply a matter of Jakub reading the warning on his screen.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly, Serhiy never looked at the pre-payment register.'),
      b("Obviously the approver didn't open the file before releasing it."),
      b("Monika obviously didn't bother with the variance check."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The payroll engine should have refused a second pay run for the same period and pay group.'),
      n('A duplicate-detection rule on the SEPA gateway would have caught two batches with the same execution date.'),
      n('The GL posting interface could have flagged that salary expense for Ireland had doubled overnight.'),
      n("Our release checklist should have included a comparison against last month's bank file totals."),
      n('Ideally, the bank portal would have warned on a batch identical in count and amount to one it had already accepted.'),
      n('Nothing in the scheduler should have let the period-close job reopen a paid period.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Katarzyna to add a hard stop on duplicate pay runs per pay group, due 15 March.'),
      n('Owner — Sandeep Rao; task — build a net-pay variance alert that blocks release above 20%.'),
      n("Iryna will draft the revised SEPA release procedure with the client's treasury team by the end of next week."),
      n('AI-07: four-eyes check on every bank file over €500k (owner: Head of Payroll Operations, Kraków).'),
      n('Ciarán (client) and Michał Nowak to agree the wording of the recovery letter to affected employees.'),
      n('Follow-up owned by Oksana: reconcile every reversal against the GL before hypercare closes.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident, Agnieszka acted as incident manager and Vikram handled communication with the bank.'),
      n('The payroll lead on the Irish account is Renata; the client-side controller is Niamh.'),
      n('Krzysztof was hypercare lead for the February go-live.'),
      n('On the bridge call, treasury was represented by Declan, engine support by Andriy and finance by Beata.'),
      n('Our second approver for bank files that week was a senior analyst from the Chennai delivery team.'),
      n('Marek Zieliński, as service delivery manager, chaired the daily recovery call with the client.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The payments team had been working fourteen-hour days through the year-end close, and that deserves recognition.'),
      n('Taras was shaken after the call with the client, and we have made sure he has support.'),
      n('Nobody on the night shift deserved the messages they received on Saturday morning.'),
      n('I want to thank Lakshmi, who stayed until 3 a.m. chasing recalls with the banks.'),
      n('It has been a hard fortnight for everyone on the Irish desk, and the strain is real.'),
      n('Employees who now have to return money are understandably upset, and we owe them patience.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The gateway log reads: 'BATCH 2024-02-IE-002 ACCEPTED – 2,104 credit transfers – submitted by user k.zajac'."),
      n('Engine alert at 23:14: "WARN PR-411 pay run IE-MONTHLY already in status PAID for period 02".'),
      n("For 37 of the transfers the bank returned 'RJCT AM05 – Duplication'."),
      n("From the audit trail: 'Approval granted by APPROVER_02 at 22:58; override of duplicate warning = TRUE'."),
      n("Reconciliation job output: 'GL 6100 Salaries IE variance +101.7% vs prior period — status: NOT BLOCKING'."),
      n("Service desk ticket INC0048211, auto-generated text: 'Pay run executed twice by user OKOVAL. Please verify.'"),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the second bank file, and I did not compare it with the first.'),
      n('We released the batch without waiting for the bank acknowledgement; that was our call, and we will not make it again.'),
      n('My team owns the GL posting that doubled salary expense, and I own the delay in reversing it.'),
      n('I misread the pay-run status as FAILED when it was PAID.'),
      n('As the delivery centre, we take full responsibility towards the client for the overpayment.'),
      n('That the recall letters went out late is on me; I held them back for legal review.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not ask who pressed the button; it asks why the button worked twice.'),
      n("Calling this Tomasz's mistake would be easy, and it would be wrong."),
      n('Some on the client side want a name; we will not give one, because the engine let any approver release a duplicate.'),
      n('Human error is not our finding, and it will not appear in the root-cause section.'),
      n('Ciarán asked whether the analyst was incompetent; our answer is that the control failed, not the analyst.'),
      n('We reject the idea that the new starters were careless: the pay calendar gave them no warning at all.'),
      n('Nobody here is being singled out as the culprit, including the approver on shift.'),
      n('It is tempting to say Kavitha should have seen the doubled total, but the report she was given had no prior-period comparison.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second pay run was triggered by the scheduler after the period-close job reset its status.'),
      n('Both SEPA batches were accepted by the bank because their message IDs differed.'),
      n('The duplicate warning was suppressed by a configuration flag carried over from the migration.'),
      n('Salary expense was posted to the GL twice by the nightly interface.'),
      n("The reversal was held up by the bank's recall cut-off, which falls at 14:00 CET."),
      n('The pay group was reopened automatically when the retro calculation was queued.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 22:51 Yevhen re-ran the Irish payroll because the dashboard showed the first run as failed.'),
      n("Priya phoned the bank's payments desk at 07:10 to ask for a recall of batch 002."),
      n('Having checked the headcount on the pre-payment report and found it matched January, Kamil approved the file.'),
      n("Orla, from the client's HR team, drafted the note to employees explaining the double credit."),
      n('Dmytro paused the March pay-run schedule while the engine configuration was reviewed.'),
      n("Padraig sent over the client's GL mapping on Tuesday, and Jakub loaded it the same afternoon."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The payroll engine failed at its one job: paying each employee once.'),
      n('We no longer trust the pay-run status dashboard, which reported a completed run as failed.'),
      n('The duplicate check in the SEPA module was careless by design, comparing file names rather than contents.'),
      n('Our release procedure was not fit for a country with three thousand employees.'),
      n("The bank's duplicate-detection service is not competent to catch batches that carry fresh message IDs."),
      n("Responsibility for blocking a second pay run belongs to the engine's period lock, and that lock does not cover retro runs."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique constraint on pay group and period.'),
      n('The graph of outbound payments obviously shows two identical spikes, twenty minutes apart.'),
      n('It just needs one extra line in the release checklist: compare totals with the previous month.'),
      n('Clearly, the bank file itself was correct; the engine generated it twice.'),
      n('Simply put, the change to the period-close job is four lines of configuration.'),
      n('Reversing the GL posting was just a matter of running the standard reversal journal.'),
    ],
  ],
];

export const DEV_LEARNED50D: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50D_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
