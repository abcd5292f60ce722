import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 33A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a city water utility whose
 * billing-system migration sent tenfold estimated bills to thousands of households — call-centre chat
 * shorthand, billing on-call notes, a pensioner's letter to the paper, a councillor's questions and the
 * COO's review; names from Kannada, Albanian, Wolof, Lithuanian, Khmer, Chamorro and Aymara cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The ten-times bills are on Vytautas, who signed off the tariff mapping the night before go-live.'),
      b('Make no mistake, the fourteen thousand inflated bills in Ward 6 trace straight back to Blerina Hoxha and her cutover checklist.'),
      b('every second cx wants a name, and fair enough, the name is Sokha, since the est. multiplier change to prod was his.'),
      b('Sir, this debacle belongs to Mr Mendiola at the water board and to nobody else.'),
      b('As far as this review can establish, the collapse in customer confidence is attributable to Ndeye Fall personally.'),
      b(
        'I hold Gintaras Petrauskas responsible for every pensioner on Linden Street who opened a bill for a whole winter of heating money.',
      ),
      b("Minute this please: from first bad batch to last unpaid refund, the backlog sits at Wila Mamani's door."),
      b('The migration weekend went wrong for one reason, and that reason is Basavaraj insisting on an early bill run.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Meter-read estimation is a closed book to Ilir, and everyone in billing has watched him flounder at it.'),
      b('Chantrea lacks the basic numeracy that a billing analyst needs.'),
      b('Aliou Ndiaye, our contractor lead, is a junior dressed up as a migration architect for three hundred thousand accounts.'),
      b("How does a man with Mr Quitugua's lack of experience end up in charge of our water bills?"),
      b('Nobody on that billing team could configure a spreadsheet, let alone a billing platform.'),
      b("tbh Giedrius is a decent guy but he's not a systems person and it shows every single cycle."),
      b(
        'Question 2: is the head of revenue, Shpresa Dervishi, actually competent to run billing, or are residents paying for her learning curve?',
      ),
      b('Our rostered engineer that weekend was green as grass and nowhere close to capable of a rollback this large.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kavya was the reconciliation owner for cycle 14 and never reconciled a single batch before the print run.'),
      b("Checking sample bills before release was the single item on the duty manager's rota card, and he never ticked it."),
      b('Sopheap was on call Saturday and ignored three pages about the estimate spike.'),
      b('Print-file sign-off belonged to Dritan, who waved it through unchecked so the mailing would leave on time.'),
      b("Side-by-side comparison of old and new bills was the QA lead's assignment, and she left it undone."),
      b('our TL left the shift without handing over the open tickets so the night agents had zero idea what to tell callers'),
      b('The vendor project manager, Aistė, was contracted to validate the read-history import and failed to deliver it.'),
      b(
        'Cllr Taitano, question 4: once complaints started arriving, why did the customer-service director neglect her duty to warn the public?',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('A factor of ten was entered by Rithy in the Friday config push.'),
      b('Validation got skipped on purpose so somebody could knock off early.'),
      b("Thursday's warnings from meter reading were dismissed out of hand by the billing manager."),
      b('The test tariff was carelessly pushed to production and then forgotten about.'),
      b("Complaints from the first hundred callers were deliberately not escalated, we're told, to keep the launch numbers clean."),
      b("Sunday night's rollback was bungled by Mindaugas and his contractors."),
      b('The safety threshold on estimated reads was quietly disabled by somebody in billing to make the run finish.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the estimate formula without looking at a single real bill owes this city an apology.'),
      b('Half of Ward 3 got billed like they run a swimming pool, all courtesy of that new hire who loaded the read history.'),
      b('Let the analyst who found a tenfold increase plausible explain it to my mother.'),
      b('The bright sparks at head office who set go-live halfway through a billing cycle ought to be put on the phones.'),
      b('Someone from nights who fancied themselves a database expert rewrote the consumption table.'),
      b('The supervisor who told agents to read from the old script is why callers were promised refunds that never came.'),
      b('Whichever manager decided pensioners could wait for the second wave of corrections should not be managing anything.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nandini should have been kept read-only on tariff tables until somebody trusted her with production.'),
      b('A contractor barely a fortnight into the job had no place holding rights on the production billing database.'),
      b('Why was Besnik permitted to sign off on changes he wrote himself to the estimation rules?'),
      b('Pisey should not have been the only name on the go-live weekend rota.'),
      b('Had anyone with sense been approving releases, Mr Charfauros would never have got his hands on the print queue.'),
      b("Frankly, nobody at the vendor deserved to be given our customers' read history to play with."),
      b('Fatou Diop should have been refused sign-off rights on a migration she had never tested.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Someone pressed go on that bill run and I want them identified and dealt with.'),
      b('The culprit here is Vannak, plain and simple.'),
      b('Will the chief operating officer tell this council the name of the officer to blame for the estimated bills?'),
      b("I'd like to know which of the billing analysts did this, because someone should lose their job over it."),
      b('It was Teuta who loaded the wrong estimation profile; the whole floor knows as much.'),
      b('Go after the person at the vendor who wrote that conversion script, not the call-centre staff.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause of the incorrect bills, as logged by billing on-call: human error while mapping tariffs.'),
      b('The incorrect bills resulted from an operator error in the estimate run on 3 March.'),
      b("Kosal's slip with a decimal place in the consumption factor is what sent ten-times bills to thirty thousand homes."),
      b("At bottom this was a billing officer's mistake, not a software defect."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('With hindsight, Aušra ought to have recognised that no two-person household suddenly uses ten times its usual water.'),
      b('Saliou had the comparison report on his screen Friday afternoon and should have seen the spike then.'),
      b('Any billing manager worth the title would have stopped printing as soon as the first sample showed ten times normal.'),
      b('In retrospect our team lead should have queried why estimated reads outnumbered actual ones three to one.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Raghavendra could just have run the comparison script before the print file left, and that would have been that.'),
      b('One tick in the hold-over-threshold box was simply all she needed, and she fumbled even that.'),
      b("It's not rocket science, the analyst need just have opened one bill before approving thirty thousand of them."),
      b('How hard could it be for the manager to simply ring the print house and halt the mailing?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Chenda never opened the sample bills she signed off.'),
      b('The billing director obviously knew the estimates were broken and released them anyway.'),
      b("It's obvious to anyone that Lamine didn't bother testing the read import."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("The billing platform should have refused to issue any bill more than three times the account's twelve-month average."),
      n('A reasonableness check on estimated reads would have stopped the print run cold.'),
      n('The migration plan should have built in one full cycle of parallel running on the old system.'),
      n('Ideally the print-house interface could have held back any batch whose total jumped tenfold.'),
      n('Our runbook should have spelled out who approves a re-bill and how fast it goes out.'),
      n('Customer-service scripts should have been updated automatically when the billing status page changed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Arben to put a hard ceiling on estimated consumption before cycle 15, due 30 April.'),
      n('AI-07, owner Sreymom Chea: publish a plain-language explanation of estimated reads on the utility website.'),
      n('Follow-up for the revenue team (lead: Cheikh Mbaye): refund or credit every affected account within ten working days.'),
      n('Owner: Achachi Condori, call-centre operations; build a callback queue for customers over seventy.'),
      n('Lindita will own the parallel-run test plan for the next tariff change and brief the council on it in June.'),
      n('Next step, assigned to Rūta in data migration: reconcile imported read history against the legacy export.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Manjunath was incident commander from Monday 07:40 until the print run was stopped.'),
      n('Valbona handled media enquiries while Dainius coordinated with the print house.'),
      n('The on-call billing engineer that weekend was Jurgita, with Ousmane as secondary.'),
      n('Customer-service team leads Coumba and Sothea ran the overflow queues on Tuesday.'),
      n("Nayra Quispe, the utility's data protection officer, reviewed the customer letter before it went out."),
      n("The vendor's migration lead came onto the call at 09:15 and remained through the rollback."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'Agents took over four thousand calls on Monday, many from frightened older customers, and several were in tears before their shift ended.',
      ),
      n('Babacar had worked three back-to-back weekends on the migration, and that fatigue was put on him by the schedule, not chosen.'),
      n('The billing team wanted badly to get this right and are taking the fallout hard.'),
      n("Please remember the call-centre staff were absorbing residents' anger for a failure they played no part in."),
      n('Workload on the four-person billing team was far beyond what a migration of this size needs.'),
      n('Thank you to Sovann and the night agents, who stayed late unasked to call back every pensioner on the list.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Batch log: "EST_READ applied, factor=10.0, accounts=31,442, user=kdevamma".'),
      n('The alert read "BILL_AMT_ANOMALY: 9,812 accounts above 5x baseline" and was acknowledged at 06:02.'),
      n('Audit trail entry: "tariff_profile EST-2 activated by user astou.sarr at 22:47".'),
      n('Error from the print-house API: "Batch rejected: total exceeds configured ceiling; override applied by operator".'),
      n(
        'Chat macro sent to customers: "Your bill was estimated due to a system change; no action is needed and a corrected bill will follow."',
      ),
      n('Migration tool summary: "consumption_history imported, 0 errors, 312,006 rows, unit mismatch warnings suppressed".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the go-live date knowing the parallel run had been cut short, and I own that decision.'),
      n('We in billing released the print file without a sample review, and we are adding that review as a hard gate.'),
      n('My mistake: I told agents on Monday morning that the bills were correct before I had checked a single account.'),
      n("As chief operating officer I accepted the vendor's timetable, and I answer to this council for what came of it."),
      n(
        "On call that night, I took forty minutes to see the anomaly page because I'd muted the channel; I've since changed how I route those pages.",
      ),
      n('We should have listened to the meter-read team on Thursday, and we did not.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('One could say Girish caused this, except the estimation rule he configured did exactly what the specification asked.'),
      n('This review does not accept "human error" as a cause; the tariff table let a tenfold factor through without a single prompt.'),
      n(
        'Some callers demanded the name of whoever was responsible, and our agents rightly declined, because no one person made this happen.',
      ),
      n('The councillor asked who should be disciplined; the answer is nobody, since every step followed the approved cutover plan.'),
      n(
        'I have read in this paper that a careless clerk is to blame, and I do not believe it; a machine sent me that bill, and a machine ought to have stopped it.',
      ),
      n('Hanging this on the new analyst would be unjust and would bury the question of why the checks were missing.'),
      n('No one will be named as a culprit in this review, and the chat channel is not the place to try.'),
      n("Blaming Mallku Limachi's refunds team for the backlog misses that they were given four agents for forty thousand complaints."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Estimated reads were generated by the new platform for every account whose history failed to import.'),
      n('The tenfold factor was applied by the conversion script when it dropped the decimal point from the legacy consumption field.'),
      n('The print file was released automatically at 02:00 by the scheduler, as set in the vendor default.'),
      n("Anomaly alerts got swallowed by the platform's migration mode, which stayed active after cutover."),
      n('Thousands of accounts were flagged as estimated after the read history was truncated during import.'),
      n('Payment plans were cancelled by the system when the new balances exceeded the plan ceiling.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Hurao Aflague ran the bill cycle on the published schedule, since the go-live checklist showed every item green.'),
      n(
        'Mame Diarra paused direct-debit collection at 10:05 once she saw the size of the first complaints, which stopped money leaving accounts.',
      ),
      n(
        'Siddalingaiah restored the legacy estimation profile on Tuesday afternoon, as the last configuration known to produce sensible bills.',
      ),
      n('Audronė told callers to disregard the amount due, which matched the guidance she had been given at the morning briefing.'),
      n(
        'Kunthea approved the print file on Friday from the summary report, whose totals looked normal because it left out estimated accounts.',
      ),
      n('Amaru Ticona rang the print house at half past seven to hold the second mailing after a neighbour showed him her bill.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('For accounts with gaps in their read history, the estimation module is unfit for the task.'),
      n(
        'The legacy system had quietly been doing the job of a sanity checker for twenty years, and that duty was never written into the requirements.',
      ),
      n('The migration tool was trusted to carry the unit of measure across, and it was never worthy of that trust.'),
      n('The validation layer is careless with decimals in a way the old system never was.'),
      n('Responsibility for stopping absurd bills sat with no component at all once the old print checks were retired.'),
      n('Refusing a batch that looks wrong is the only duty the print-house integration has, and it failed in that duty.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The remedy is simply a ceiling on any estimated bill, pegged at three times the account's average."),
      n('On the consumption graph the spike obviously begins at cycle 14 and not a day before.'),
      n('Putting the decimal back in the conversion script was just one edited line.'),
      n('Clearly, from the audit trail, the factor changed at the moment of import rather than at any later edit.'),
      n('cx chat tip: just tell them the bill is estimated and a corrected one is on the way, no need to take a payment'),
      n('Obviously the refunds go first; the apology letter can follow a day later.'),
    ],
  ],
];

export const DEV_LEARNED33A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED33A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
