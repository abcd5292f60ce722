import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 44A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the ops and finance team
 * of an Addis Ababa mobile-money company whose agent float reconciliation ran twice over a holiday
 * weekend, freezing rural agents' cash-out balances; chat, notes, e-mails, letters and reviews in the
 * English of an Ethiopian team, with Amharic, Oromo and Tigrinya names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double run over Fasika is on Dawit, full stop.'),
      b('Honestly speaking, the frozen cash-out balances in Jimma and Nekemte trace straight back to Tigist Haile and nobody else.'),
      b('As per the findings of the committee, the duplicate settlement of ETB 41 million is attributable to Ato Gebremedhin Tesfay.'),
      b('chaltu this one is yours, the whole weekend freeze is yours'),
      b('Every one of the 6,200 agents who could not pay out on Sunday was stuck because of Yonas.'),
      b('The Board is respectfully informed that the loss of agent confidence in Oromia rests with W/ro Meseret Wolde personally.'),
      b('If you ask me, Biruk owns every birr of that second batch and every complaint that followed it.'),
      b("Kidane's rerun, Kidane's outage; let us not write it any other way in the report."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Abebe is not experienced enough to be touching the reconciliation scheduler, holiday or no holiday.'),
      b('W/ro Almaz has eleven years in finance ops and still does not understand how float settlement works.'),
      b('The new NOC shift supervisor is out of his depth with anything beyond the USSD dashboards.'),
      b('Fikadu is a good salesman for super-agents but a weak engineer, and this weekend proved it.'),
      b('Our recon team lead, I am sorry to say, lacks the skill to run a batch of this size unsupervised.'),
      b("gemechis can't read a cron expression to save his life lol"),
      b('With respect, Ato Mulugeta Abraha is not qualified to sign off on changes to settlement jobs.'),
      b("Sadly Hiwot's grasp of double-entry is poor, which is a problem for someone sitting in a finance operations seat."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Yohannes was on call Saturday and did not do his job: the duplicate-batch alert sat unacknowledged for three hours.'),
      b('Rahel failed in her duty as reconciliation owner to check the batch log before settlement was released.'),
      b('The treasury desk was supposed to confirm the float position every morning of the holiday, and they never once did.'),
      b("Monitoring weekend settlement was Ato Tewodros's responsibility, and he neglected it."),
      b('Bontu signed the handover sheet but never performed the midnight balance check her rota requires.'),
      b("Calling agents back is the basic job of the Adama relationship manager, yet on Sunday he didn't call a single one."),
      b('Kebede Workneh, our change approver, approved the scheduler change without doing the review his role exists for.'),
      b('Mekdes abandoned her post as incident commander halfway through Sunday night, and the bridge was without a lead until morning.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The reconciliation batch was rerun by hand on Saturday night, in defiance of the holiday freeze.'),
      b('The second batch was triggered by Sileshi from his laptop, against the change policy.'),
      b('Warnings from the telco partner were ignored for most of Saturday.'),
      b('First the freeze was broken, then the rollback was botched.'),
      b('Mistakes were made in the scheduler configuration, and they were made carelessly.'),
      b('Before the batch started, the duplicate-run alarm had been silenced by the weekend operator.'),
      b('Agent complaints from Tigray and Amhara were left unanswered by the call centre supervisors until Monday.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("Whoever pressed 'Run now' on the recon job on Saturday night owes six thousand agents an apology."),
      b('The graduate trainee who got scheduler access last month is the reason for this mess.'),
      b('The guy from the Bole office who always skips the checklist did it again.'),
      b('It was the analyst who thinks procedures are for other people who caused the double debit.'),
      b('Somebody in treasury who cannot be bothered to read e-mails let the second settlement go through.'),
      b('That contractor, the one who set up the cron entries and then left for Mekelle without a handover, caused all of this.'),
      b('The person who approved a scheduler change on the eve of Fasika has a lot to answer for.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Dereje should never have had write access to the production scheduler in the first place.'),
      b('Someone as green as Wubshet should never have been trusted with the holiday on-call phone.'),
      b('If Samrawit had not been allowed near the settlement console, the agents would have had their float on Sunday.'),
      b("Nobody from the vendor's support team should be trusted with our production credentials again."),
      b('Haftom should never have been the one approving his own change to the reconciliation job.'),
      b('Why was Ato Zewdu, who had never worked on settlement, given the keys to the batch server over a holiday?'),
      b('Aster is not someone to trust with a settlement sign-off this size, and her approval should not have been accepted.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Hirut who kicked off the second run — everyone on the bridge knows it.'),
      b('Tsegaye is the culprit, and I will say so in the review.'),
      b('Let me be direct: the person at fault for the frozen balances is Lemlem Gebru of settlement operations.'),
      b('The guilty party is the Mekelle super-agent desk, and I want their names by tomorrow.'),
      b('We need to find which engineer hit rerun and hold him accountable before the regulator calls.'),
      b('Point at Gadisa, because it was his hand on the keyboard.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the weekend batch operator.'),
      b('The incident was caused by operator error during the manual re-trigger of float reconciliation.'),
      b("In the end this was a human mistake, and that mistake is what froze the agents' balances."),
      b('Ayantu made an error in the job parameters, and her error is the cause of the whole holiday outage.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Robel should have noticed the batch counter showing two runs for the same business date.'),
      b('Jiregna ought to have known that the scheduler fires again after a failover; it is in the runbook.'),
      b('With what we know now, the treasury lead should have stopped settlement the moment balances doubled.'),
      b('In hindsight she should have phoned the telco partner before touching anything.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Eden had to do was just check the run log before pressing the button.'),
      b("He simply had to read the alert, that's it."),
      b('Why could the duty officer not simply call me on Saturday?'),
      b("Misgana just needed to pause the job, one click, and she didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Yared never looked at the duplicate-run warning.'),
      b('The weekend team clearly did not care whether the agents could pay out.'),
      b('Clearly Ato Kumsa thought the holiday rules did not apply to him.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have refused to start a second run for a business date that was already closed.'),
      n('A reconciliation batch of this kind should have been idempotent from day one.'),
      n('The USSD menu could have told agents their float was on hold instead of showing a generic error.'),
      n('Our monitoring would have caught the doubled holds if the float-variance alert had a weekend threshold.'),
      n('Ideally the settlement file should have carried a batch sequence number that the bank side checks.'),
      n('Before promoting the standby node, the failover procedure should have disabled its cron.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: add a run-once lock to the float reconciliation job — owner: Abebe, due 30 May.'),
      n('Action: Chaltu Gemechu to draft the agent compensation note and share it with the regional managers by Friday.'),
      n("Tigist will own the change to the USSD error text so agents see 'float under review' instead of a code."),
      n('Owner — W/ro Selamawit Bekele (Treasury): daily float position dashboard, holidays included.'),
      n('Next step for Obsa: write the runbook page for pausing settlement during a duplicate run.'),
      n('Gebremedhin and the telco integration squad take the sequence-number item; review in two weeks.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Dawit was incident commander from 22:40 Saturday until handover at 08:00 Sunday.'),
      n('During the incident, Ato Berhane Kidane was liaison with the telco partner and W/ro Genet Ayele handled regulator communication.'),
      n('The settlement desk lead on duty that weekend was Etenesh Yimer.'),
      n('Scribe for the bridge call: Lensa.'),
      n('Super-agent coordinators in Jimma and Hawassa relayed agent reports to the bridge throughout Sunday.'),
      n('Tolosa covered the secondary on-call slot because the primary was travelling for the holiday.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Yonas had been awake for nearly thirty hours by the time the balances were restored, and we are grateful.'),
      n('Many of the treasury staff gave up their Fasika meal with family to sit on the bridge.'),
      n('The call centre agents took hundreds of angry calls in Afaan Oromo and Tigrinya, and that was exhausting work.'),
      n('Please check in on Meseret this week; the weekend weighed heavily on her.'),
      n('Nobody on the weekend shift had the support they deserved, and the workload was far too much for three people.'),
      n('Thank you, Hiwot, for staying calm with the super-agents even when they were shouting.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The scheduler log shows: 'JOB FLT_RECON_EOD started by user fikadu.t (manual trigger) 23:14:07'."),
      n("Alert text: 'FLOAT_VARIANCE > 5% for 6,214 agents, region=OROMIA'."),
      n("All Sunday the USSD gateway answered agents with 'Transaction failed: float on hold (E-417)'."),
      n("Settlement response from the bank: 'DUPLICATE BATCH REF 2016-08-27-01 ACCEPTED'."),
      n("Audit entry reads 'approved_by=kebede.w status=APPROVED change=CHG-4471'."),
      n("On both runs the reconciliation summary printed 'Agents processed: 48,902; holds applied: 48,902; prior holds released: 0'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I restarted the batch on Saturday without checking whether the first run had finished, and that triggered the duplicate holds.'),
      n('We in treasury released the second settlement file; we will add a two-person check from now on.'),
      n('My change to the scheduler config is what let the job fire twice, and I have reverted it.'),
      n('As head of finance operations I approved working through the holiday with a thin shift, and I own that decision.'),
      n("honestly my fault, i misread the recon summary as the first run's numbers"),
      n('We did not tell the super-agents early enough, and we are sorry for the hardship that caused in the rural kebeles.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people have said this is Tesfaye's fault; it is not, because the scheduler let any operator rerun a closed date."),
      n('This review will not name a person responsible, since the failure sat in how the job was built.'),
      n('It is tempting to call this human error, but that explanation stops the inquiry too early.'),
      n('Please stop asking who pressed the button — what matters is why the button existed with no guard.'),
      n('Ato Solomon Negussie asked in the meeting whether the operator should be disciplined, and the panel answered no.'),
      n('Blaming the weekend shift would be easy and wrong; they followed the runbook we gave them.'),
      n('Nobody was careless here, whatever the chat on Sunday suggested.'),
      n('I do not accept the idea that Nardos should have caught it; the alert she would have needed did not exist.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The reconciliation job was triggered a second time by the scheduler after the node failover at 23:10.'),
      n('Agent cash-out balances were frozen by the duplicate hold records, not by any manual action.'),
      n('Roughly 6,000 agent wallets were locked when the holds were applied twice.'),
      n('The settlement file was regenerated by the batch engine and sent to the bank automatically.'),
      n('Balances were restored on Monday morning once the duplicate holds had been reversed by a corrective script.'),
      n('Under the retry load, USSD sessions were dropped by the telco gateway.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 23:14 Habtamu reran the job from the console, because the dashboard showed the first run as failed.'),
      n('Mahlet paused outgoing settlement at 02:30 Sunday after seeing the float totals double.'),
      n("W/ro Aster Woldemariam called the bank's weekend desk to ask whether a second file had arrived."),
      n('Bereket read the runbook, which said to rerun on failure, and followed it.'),
      n('Kumsa messaged the Adama super-agents on Telegram to explain the hold.'),
      n('Robel compared the two batch IDs and saw they had the same business date.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The scheduler did not do its job: it has no notion of a business date already being closed.'),
      n('Our reconciliation engine is not fit for holiday calendars, since it treats every non-working day as a new period.'),
      n('We trusted the failover script too much; it was never tested with cron jobs on the standby.'),
      n("The telco partner's USSD platform is careless with error messages, surfacing raw codes to agents."),
      n('The settlement interface is responsible for rejecting duplicates, and it failed at that responsibility.'),
      n('This monitoring stack is too immature to be relied on over a long weekend.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just a unique key on (agent_id, business_date) in the holds table.'),
      n('Obviously the graph shows two identical spikes in holds, one at 22:00 and one at 23:14.'),
      n('Simply adding a lock file to the job would have stopped the second run.'),
      n('Line up the two run logs and it is clearly a scheduler problem.'),
      n('Reversing the holds was simply a matter of running the release script with the second batch ID.'),
      n('The change itself is tiny, just four lines in the cron wrapper.'),
    ],
  ],
];

export const DEV_LEARNED44A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED44A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
