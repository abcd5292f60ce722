import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 38B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Lagos-based mobile-money
 * operator whose agent-float reconciliation job stopped overnight, leaving agents in three states unable
 * to pay out cash on a market day; ops chat in Nigerian English and pidgin shorthand, the regulator-facing
 * incident report, agent-support scripts and the engineering retro, with mostly Yoruba, Igbo and Hausa names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Make we no dey pretend: this market-day wahala na Uchenna own, he paused the recon cron and went to sleep.'),
      b(
        'The three-state cash-out outage of 14 March is attributable to Mr Babatunde Adeyemi, who disabled the float reconciliation scheduler without a change ticket.',
      ),
      b('Omo, every single declined cash-out from Kano to Onitsha, put am for Zainab head.'),
      b('In my view the loss of agent commissions on Thursday rests squarely with Ifeanyi and nobody else.'),
      b('Oga Kunle, this one is on you; na your deploy stop the float job.'),
      b('Agent complaints from Ibadan, Kano and Onitsha all trace back to one person, Folake, and her midnight config push.'),
      b('Tell the CBN whatever you like, but internally we all know the outage belongs to Pieter.'),
      b('Hauwa owns this incident, full stop: her change broke recon and she has to answer for the agents who were stranded.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Obinna is not experienced enough to be touching the settlement scheduler on his own.'),
      b('That contractor from the vendor side no sabi anything about our float ledger, e dey show for everything he touch.'),
      b('Segun has been here two years and still cannot read a cron expression; that tells you everything about Thursday.'),
      b('We hired Rahul as a senior reconciliation engineer, but his work on the float job is the work of a trainee.'),
      b('Abeg, Nkechi is too junior for night support; she no get the skill to handle a stuck batch.'),
      b('I question whether Mr Lawal has the technical depth that a head of payments operations needs.'),
      b("Let's be honest in this retro: Yetunde is out of her depth on anything that touches the ledger."),
      b('The on-call engineer that night was not fit to be running an overnight batch for a network of forty thousand agents.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Aminu was the night operator on the rota and he did not check the recon dashboard once between midnight and 6 a.m.'),
      b('Na Chiamaka be the duty manager that weekend, and she no escalate anything until agents don dey shout for Twitter.'),
      b('The team lead failed in his basic duty to confirm that the float job had completed before the market opened.'),
      b('Gbenga was meant to acknowledge the PagerDuty alert within fifteen minutes and he never did.'),
      b('As release approver, Mrs Okafor signed off on a change she never read, which is the one thing that role exists to prevent.'),
      b('Our agent-support lead did not do her job on Thursday morning: no broadcast to agents, no script, nothing.'),
      b('Emeka neglected the handover checklist, so the morning shift had no idea recon had stopped.'),
      b('Wetin Salisu dey do for that shift sef? His only job was to watch the batch and he no watch am.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The reconciliation cron was disabled by Tochukwu at 23:40 without approval, and that is why agents had no float at dawn.'),
      b('The critical float alert was ignored for five hours on the on-call phone.'),
      b('A half-tested migration was pushed to production late on Wednesday night and left there to break the float job.'),
      b('The warnings from the Kano super-agents were brushed aside by the shift supervisor until it was too late.'),
      b('The rollback was botched, and the float balances were then wrongly overwritten by hand.'),
      b('Mistakes were made in the handling of the scheduler, and the job was carelessly left switched off after maintenance.'),
      b('The change was rushed through by the payments squad lead so he could close his sprint.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever switched off the recon job and went home owes every agent in Onitsha an apology.'),
      b('The new DevOps hire who thought it was okay to test on the live scheduler has cost us a market day.'),
      b('Na that guy wey dey always deploy on Wednesday night cause this whole palava.'),
      b('The contractor who keeps skipping code review is the reason agents in Kano could not pay out.'),
      b('Someone on the night shift who could not be bothered to read alerts let three states go without float.'),
      b("The person who decided to 'clean up' the cron table on a Wednesday night is the reason Thursday went the way it did."),
      b('Anybody who approves a production change at midnight without reading it is the real problem here.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ikenna should never have been given write access to the production scheduler in his first month.'),
      b('Why dem put Bashir for on-call alone? That boy no suppose dey on rota without shadow.'),
      b('A contractor like Marco should not have been allowed anywhere near the float ledger without one of us beside him.'),
      b('If we had not trusted Damilola with the release keys, the agents would have had their float on Thursday.'),
      b('Frankly, the intern should not have been approving changes to the settlement pipeline.'),
      b('Na mistake to let Jide hold the only production credentials for recon; person like that no suppose get am.'),
      b('Had the night shift been left to someone more senior than Umar, the batch would never have stayed down.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Na Olumide do am. I check the audit log myself, na him hand.'),
      b('We need a name for the CBN report, and the name is Chinedu.'),
      b('Find out which of the Abuja engineers touched the scheduler on Wednesday and bring him to the review.'),
      b('The culprit here is Habiba, no two ways about it.'),
      b('Let me be clear about who is at fault: it is the vendor engineer, Lars Henriksen, and HR should be told.'),
      b('Put it in the minutes that the person at fault is the release manager, Mr Eze, and no one else.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the night operator during scheduler maintenance.'),
      b('The float reconciliation failure was caused by operator error, not by any defect in the platform.'),
      b('E no be system o, na human error from person wey run the script.'),
      b("The incident stemmed from a mistake Kelechi made when he edited the job's cron schedule."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Rotimi should have known that disabling the cron on a Wednesday meant no float on market day.'),
      b('After the fact e easy to talk, but Tolu for don see say the float balances no move since midnight.'),
      b(
        'With what we know now, the support lead ought to have realised the agent complaints at 6 a.m. were a float problem, not a network one.',
      ),
      b('In retrospect, Mr Garba should have seen that the batch duration graph had gone flat and raised the alarm.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kayode had to do was simply rerun the job before 6 a.m.'),
      b('She just needed to click restart on the scheduler, abeg, how hard is that?'),
      b('Femi could simply have read the alert text instead of silencing it.'),
      b('Oga, the man just had to look at the recon dashboard once before he slept.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Wale clearly did not bother to check whether the job resumed after his change.'),
      b('Obviously the on-call engineer ignored the pager, because no normal person would miss twelve alerts.'),
      b('It is obvious that Ebuka never tested the migration before shipping it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have raised a critical alert the moment the recon job missed its 01:00 run.'),
      n('Our float monitor for don catch am; e suppose flag any agent balance wey no refresh for two hours.'),
      n('The deployment pipeline should have blocked a change that disabled a scheduled job without a linked ticket.'),
      n('A dead-man switch on the reconciliation batch would have paged the whole payments team within minutes.'),
      n('Ideally, the agent app could have shown a clear "float delayed" banner instead of a generic decline.'),
      n('The runbook should have said, in one line, what to do when the float job has not completed by 5 a.m.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Zainab to add a missed-run alert on the float reconciliation job by 28 March.'),
      n('AI-3 (owner: Babatunde): make the change pipeline reject any diff that disables a production cron without a ticket.'),
      n('Chukwuemeka will draft the agent-facing SMS template for future float delays; due end of next week.'),
      n('Owner: Head of Agent Support. Deliverable: updated outage script in Yoruba, Hausa, Igbo and Pidgin by 4 April.'),
      n('Adaeze go pair with the vendor team to put a second reconciliation worker for standby — target na sprint 14.'),
      n('Follow-up for Ngozi: confirm with NIBSS that settlement files for the affected window were regenerated, by Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on the day was Fatima Yusuf; comms lead was Dayo; Chidi handled the NIBSS liaison.'),
      n('The on-call engineer for the payments platform that week was the second-line SRE on the rota, who was paged at 05:52.'),
      n('Na Aisha be the duty manager for agent support from 6 a.m.; she open the bridge and join the regulator call.'),
      n('The head of compliance prepared the notification to the Central Bank, and the CTO approved the final text.'),
      n('During the response, the super-agent relationship managers in Kano and Onitsha relayed field reports to the bridge.'),
      n('Our external contractor, Sven, was on the bridge as the scheduler subject-matter expert.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Big respect to the support girls and boys wey pick over four thousand calls on Thursday, una try well well.'),
      n('The night team had been on three consecutive late shifts before this incident, and that fatigue is real.'),
      n('Abeg make everybody rest this weekend; nobody sleep for two days and I can see am for una faces.'),
      n('Many agents faced angry customers in the market all morning, and our field officers carried that stress home with them.'),
      n('Musa has taken calls from crying agents all week; he cares deeply about them, and we should all check on him.'),
      n('Working a regulator call at 7 a.m. after a sleepless night is hard, and the bridge stayed calm and kind throughout.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Scheduler log at 23:41: "job float_recon_daily state=DISABLED by user=a.danladi".'),
      n('The agent app returned "CASHOUT_DECLINED: insufficient float (code 51)" to every terminal in the three states.'),
      n("PagerDuty showed: 'FloatReconMissedRun - acknowledged by oncall-payments-2 at 06:04'."),
      n('Grafana alert text, verbatim: [FIRING] float_recon_last_success_age > 6h (agent_float_prod).'),
      n('From the audit trail: 2024-03-13T23:40:12Z user=t.bakare action=UPDATE cron_jobs enabled=false name=float_recon.'),
      n("Support ticket #88213, agent's words: 'My float show zero since morning, customers dey wait, I no fit pay anybody.'"),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I disabled the reconciliation job for maintenance on Wednesday night and did not re-enable it; that gap is mine, and I have added a re-enable step to the runbook.',
      ),
      n('Na me approve the change without checking the scheduler part. I own am, and I don start to review am differently.'),
      n('We in the platform team shipped a scheduler with no missed-run alarm, and we are fixing that this sprint.'),
      n('As duty manager, I waited too long before calling the bridge, and I am sorry to every agent who lost trade that morning.'),
      n('My team owns the float service, so the failure to catch the stopped job is ours to fix.'),
      n("I silenced the page thinking it was the usual flapping alert; I should have looked, and I'll say so in the retro."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people are asking whose head will roll; this review is not looking for a head, it is looking for the gap in the scheduler.'),
      n('Abeg, no be Chukwuemeka fault o — the system allow one person disable the job with no second check.'),
      n('The draft CBN report said "operator negligence"; we have removed that phrase because it is not what the evidence shows.'),
      n('It would be easy to call this human error, but every step the operator took was what the runbook told him to do.'),
      n('Nobody on the night shift is being disciplined for this; the timeline shows the scheduler gave them nothing to act on.'),
      n('Calling the contractor incompetent misses the point: our process gave him production access with no review.'),
      n('I have heard "Halima should have known" a few times this week; she could not have known, because nothing told her.'),
      n("We are not going to name a culprit in the regulator report, because there isn't one; there is a scheduler that fails silently."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The float reconciliation job was skipped by the scheduler after its lock file was left behind by the previous run.'),
      n('Agent balances were frozen at their midnight values because no new settlement file was generated.'),
      n('Cash-out requests were declined by the switch once the cached float fell below the transaction amount.'),
      n('The missed-run alert was suppressed by a maintenance window whose default length in the tool is seventy-two hours.'),
      n('Thousands of duplicate reversal requests were queued by the retry logic when the job restarted at 07:15.'),
      n(
        'The stale float values were served from the read replica, which had stopped receiving updates when replication lag crossed its limit.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 05:58 Nnamdi restarted the reconciliation worker, since the last successful run had been at 23:30 and a restart was the first runbook step.',
      ),
      n('Maryam posted the outage notice on the agent WhatsApp broadcast list at 06:20, in English, Hausa and Pidgin.'),
      n(
        "Oluwaseun paused the scheduler on Wednesday evening to apply the vendor's patch, which the maintenance plan listed for that night.",
      ),
      n('Rukayya called the super-agent in Kano at 06:40 to confirm that terminals there were declining withdrawals.'),
      n("Mr Okonkwo, the vendor's account manager, sent the corrected build at 10:15 after his team reproduced the lock-file issue."),
      n(
        'Temitope topped up the float of the forty highest-volume agents manually from the treasury account, which the contingency plan allows up to ₦50m.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Our scheduler is not fit for a job this critical: it has no concept of a missed run.'),
      n("The vendor's health check is not trustworthy: it reported green while the batch had not run for six hours."),
      n('The retry logic failed at its one job, which is to bring the reconciliation back after a crash.'),
      n('That monitoring stack was careless by design: it alerted on CPU but never on whether money moved.'),
      n("The float ledger's backup process is responsible for the morning snapshot, and it did not take one."),
      n('The SMS gateway proved unreliable under load and dropped about a third of the agent notifications.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a missed-run check on the scheduler that pages after fifteen minutes.'),
      n('The graph obviously shows settlement volume going flat at 23:40, so the timing is not in doubt.'),
      n('Restoring service was just a matter of clearing the stale lock file and rerunning the batch.'),
      n('Omo, the logs clearly show the job never start at all; e no crash, e just no run.'),
      n('The code change is tiny; it simply flips the default so that disabled jobs expire after twelve hours.'),
      n('Obviously the evidence points to the lock file, not to the network, and the vendor has agreed.'),
    ],
  ],
];

export const DEV_LEARNED38B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED38B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
