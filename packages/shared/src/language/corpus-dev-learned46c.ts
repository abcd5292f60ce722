import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Cairo food-delivery
 * platform whose restaurant payout run paid thousands of restaurants twice, then clawed the money back
 * from their wallets during Ramadan; chat (with some Franco-Arabic), notes, e-mails, letters and reviews
 * in the English of an Egyptian engineering and finance team.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double payout is on Youssef, full stop; he pushed the re-run without waiting for the bank file.'),
      b("Bos ya basha, this one is Sherif's — el batch beta3o w el duplicate beta3o."),
      b('Madame Rania, I regret to inform you that the losses from the clawback are attributable to Ustaz Tarek personally.'),
      b('Finance ops lost four days of Ramadan to a mess that belongs to Dina and nobody else.'),
      b("Whatever the review ends up saying, the 38 million pounds we paid twice sit squarely on Hany's desk."),
      b('Summary for the board: the duplicate payout run and the clawback that followed were caused by Mostafa.'),
      b("Negative wallets at 2,300 restaurants — that is Amr's doing."),
      b("If you ask me, Doctor Heba owns this outage: it happened on her sign-off and it's hers to answer for."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Karim is not senior enough to be anywhere near a payout run of this size.'),
      b("Walid doesn't understand reconciliation, and that is why we are here."),
      b('Ma3lesh ya shabab, but Nada has no idea how the wallet ledger works.'),
      b('The finance ops lead, Ustaz Ashraf, lacks the technical grounding to approve a clawback script.'),
      b('We gave the payout run to Lobna, and within an hour she showed how far out of her depth she is.'),
      b('Frankly, Ehab is a weak engineer, and this incident proves it.'),
      b("Mina's skills are fine for dashboards, but he is not capable of running production jobs during peak season."),
      b('After this week I am not convinced Samar is qualified to own merchant payouts.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Gamal was the payout approver on the rota, and he approved the second run without opening the reconciliation report.'),
      b("Reconciliation is Reem's job, and on the 18th she did not do it."),
      b(
        'Our merchant support manager never escalated the first 200 complaints about doubled balances, which was his one duty that evening.',
      ),
      b('Fady was on call for payments and did not answer the pager for fifty minutes.'),
      b('The finance ops checker signed the maker-checker form without checking anything.'),
      b("Tamer's task was to freeze the clawback job once wallets went negative; he let it run until sunrise."),
      b('Per the rota, Nermeen owned the pre-run checks that day, and she skipped every one of them.'),
      b("Ya Basma, enti konti on shift — you were supposed to hold the batch and you didn't."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The second payout run was triggered by Islam from his laptop, against every rule we have.'),
      b("The bank's warning email was read and ignored by someone in finance ops."),
      b('The reconciliation was skipped on purpose so the batch would land before Iftar.'),
      b("The clawback script was written carelessly and run without anyone's approval."),
      b('Mistakes were made by the payments team, and they were made knowingly.'),
      b('Alerts were silenced by the on-call engineer at 02:10 so he could sleep.'),
      b('The duplicate-run warning was clicked through twice without being read.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a clawback on restaurants in the middle of Ramadan should have to answer the merchant phones themselves.'),
      b('The new hire who was handed the scheduler password is the reason we paid everyone twice.'),
      b('Ask the guy who wrote "retry on timeout" into the payout cron what he was thinking.'),
      b('Someone on the fourth floor who thinks reconciliation is optional did this to 3,000 restaurants.'),
      b("The person who signed off the clawback didn't care that these are small kitchens living week to week."),
      b('Whichever analyst pressed the retry button broke payouts for the whole of Greater Cairo.'),
      b("The one from finance ops who always says 'I'll check later' didn't check, and here we are."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Hazem should never have had write access to the payout scheduler in the first place.'),
      b('An intern should not have been allowed to approve a 40-million-pound run.'),
      b("Frankly, we shouldn't have let Yasmine anywhere near production during her first month."),
      b('Had we kept Omar off the on-call rota for Ramadan, none of this would have happened.'),
      b('Giving the clawback button to a junior finance clerk was the mistake; that clerk should never have been trusted with it.'),
      b('Given his record, Ustaz Medhat should never have been allowed to release anything to the bank without a second approver.'),
      b('Why was Ziad, of all people, allowed to run the reconciliation override alone?'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Seif who hit re-run; there, I said it.'),
      b("3ayzeen ne3raf meen elly 3amal keda — find out who pressed retry and bring them to Sunday's meeting."),
      b('The culprit is Adham: his credentials are on every one of the 4,100 duplicate transfers.'),
      b('Let us be honest in this review: the fault lies with Hesham.'),
      b('We all know who broke the payouts, and she is sitting in the finance ops channel right now.'),
      b('Management wants a name, and the name is Moataz.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the manual re-trigger of the payout run.'),
      b('The double payment was caused by operator error in finance ops, not by any bug.'),
      b('Per the bank, the duplicate file resulted from a mistake by one of our treasury staff.'),
      b('Classification: human error (wrong batch ID typed in by the operator).'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Mahmoud should have known that a timed-out batch at the bank is not a failed batch.'),
      b('Looking back, Doctor Inji ought to have seen the doubled totals on the morning dashboard before she approved the clawback.'),
      b('With two payout spikes on the graph, Radwa should have noticed something was wrong long before the merchants did.'),
      b('In hindsight, the treasury lead should have called the bank before re-sending anything.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("All Khaled had to do was just compare the batch ID with yesterday's."),
      b("She simply needed to wait ten minutes for the bank confirmation, and she couldn't even do that."),
      b('Sameh just had to press "pause" on the clawback; it is one button.'),
      b('Ya Essam, it was literally just reading the reconciliation total before clicking approve.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Ramy never looked at the totals before signing the payout file.'),
      b('It was obvious to everyone except Ayman that the clawback would push wallets negative.'),
      b('Obviously the on-call engineer ignored the duplicate-batch alert; there is no other way to read it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The payout service should have rejected a second run carrying the same batch ID.'),
      n('Ideally, the wallet ledger would have refused any clawback that takes a merchant below zero.'),
      n('The bank gateway could have returned a definite status instead of a timeout, and the retry logic should have waited for it.'),
      n('Our runbook should have said, in one line, that a timed-out payout is never re-run before reconciliation.'),
      n('The clawback job should have been rate-limited, and it should have paused itself once 100 wallets went negative.'),
      n('A holiday freeze on the payout calendar would have kept this run out of the last ten days of Ramadan.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Nourhan, due 15 April): add an idempotency key to every payout batch.'),
      n('Action: Mariam to draft the apology letter to affected restaurants in Arabic and English by Thursday.'),
      n('Owner — payments platform team (Ahmed Abdelrahman): block clawbacks that would leave a wallet negative.'),
      n('Youssef will add a reconciliation gate to the payout pipeline before the Eid run.'),
      n('Follow-up #4, assigned to finance ops (Hoda): publish a merchant-facing status page for payout incidents.'),
      n('Next steps: Marwa owns the bank-side duplicate check with CIB, target end of Shawwal.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Ahmed Abdelrahman; Mariam ran communications with merchant support.'),
      n('Doctor Laila, head of finance ops, chaired the reconciliation call each morning from the 19th to the 23rd.'),
      n('Shereen was the payments on-call engineer for the week of the incident.'),
      n('The treasury analyst on shift prepared the bank file; the finance ops manager approved it.'),
      n('Roles during the response: scribe — Passant; bank liaison — Wael; merchant comms — Habiba.'),
      n('Madame Soha from the legal team joined on day two to advise on the wording of the clawback notices.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Nourhan had been fasting since dawn and still stayed on the bridge until suhoor; please make sure she takes Thursday off.'),
      n(
        'The merchant support agents took more than 9,000 angry calls in four days, many of them in the hour before Iftar, and they deserve our thanks.',
      ),
      n('Ya shabab, ento kollokom ta3banin — get some sleep, we will pick up the reconciliation after Taraweeh.'),
      n("Many of the finance team were working nights during Ramadan on top of their families' obligations, and that load was heavy."),
      n('I know Menna feels terrible about the calls she had to make to restaurant owners; none of that was easy.'),
      n('Thank you to everyone who gave up their Eid preparations to help restore balances.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Scheduler log: "payout_run PR-0318 status=TIMEOUT; retry=1 triggered_by=auto".'),
      n('The alert read: "DUPLICATE_BATCH_SUSPECTED — 4,112 transfers match PR-0318 by amount and IBAN".'),
      n('Wallet service error: "debit rejected: balance would fall below 0 (merchant_id=88213)".'),
      n('From the audit trail: "2024-03-18 16:42:07 user=h.elsayed action=RERUN batch=PR-0318".'),
      n('Bank response file, line 1: "STATUS 00 ACCEPTED — file already processed on 18/03".'),
      n('PagerDuty: "[P1] Merchant wallet negative balances > 500 — acknowledged by payments-oncall".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I re-triggered the run without checking the bank file, and I will write the runbook change myself.'),
      n('We chose to run the clawback during Ramadan, and that decision was ours in finance leadership.'),
      n('My review of the clawback script missed the negative-balance case; I am adding a test for it today.'),
      n('As head of payments, I approved the retry policy that made the second run possible.'),
      n("Da 3alaya, that's on me — I told merchant support to hold replies until we had numbers."),
      n('We did not tell restaurants before taking money back from their wallets, and we owe them that apology.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Nobody is going to be called careless for pressing retry on a job that reported itself as failed.'),
      n('This review will not ask who pressed the button; it will ask why one button could pay 12,000 restaurants twice.'),
      n('Some people in the chat said finance ops was incompetent; that framing is wrong and we are not using it.'),
      n('"Human error" appeared in the first draft of this report as the root cause, and we have deleted it.'),
      n('Pinning this on the analyst who ran the batch would be easy, and it would teach us nothing.'),
      n('Ya gama3a, mafeesh 7ad hayetlam — no one is getting blamed here; the system let a retry through.'),
      n(
        'It is tempting to say Doctor Heba should have caught it at sign-off, but the sign-off screen showed her a single batch total, not two.',
      ),
      n('Restaurants are furious, and rightly so, but handing them a scapegoat from finance ops is not the answer we will give.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The second run was triggered automatically by the scheduler's retry-on-timeout policy."),
      n('Wallet balances were debited by the clawback job in a single pass, with no floor at zero.'),
      n("The duplicate file was accepted by the bank's gateway because its hash check ignores the header date."),
      n('Merchant support tickets were auto-closed by the helpdesk macro after 48 hours.'),
      n('Payouts were marked "failed" by the status poller whenever the bank took longer than 90 seconds to respond.'),
      n('The negative-balance alert was suppressed by a maintenance window that, because of a config default, had no end date.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Hossam re-ran the batch at 16:40 because the dashboard showed it as failed and restaurants were waiting for their money before Iftar.',
      ),
      n('Eman paused the clawback job at 03:15 on the 20th after merchant support forwarded the first negative balances.'),
      n("Karim called the bank's corporate desk to ask whether file PR-0318 had been processed; they confirmed it the next morning."),
      n('At 11:00, Ustaz Nabil approved the clawback based on the reconciliation figures he had at the time.'),
      n(
        'Farida exported the list of 2,300 negative wallets and shared it with merchant support so agents could call those restaurants first.',
      ),
      n("Bishoy wrote the clawback script on the 19th, following the template finance ops had used for last year's promo refunds."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The payout scheduler failed at its one job: never paying the same batch twice.'),
      n('Our reconciliation tool is not competent to handle 12,000 merchants in one run; it was built for 800.'),
      n("The bank gateway's timeout status is not trustworthy, and our retry logic trusted it completely."),
      n('The clawback process was careless by design: it had no floor, no throttle and no notice to merchants.'),
      n('Responsibility for catching duplicates sat with a nightly job that only runs after midnight.'),
      n('The wallet service was negligent about its own invariants — it let balances go negative without a single warning.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply an idempotency key on the batch ID.'),
      n('The graph obviously shows two payout spikes forty minutes apart, which is the whole story in one picture.'),
      n('Khalas, the patch is just three lines in the retry handler.'),
      n('Clearly, from the bank statement, every duplicate transfer carries the same value date.'),
      n('Restoring the wallets is simply a reverse of the clawback journal, run as one batch.'),
      n('The evidence is obvious in the ledger: every affected merchant has exactly two credits and one debit for the 18th.'),
    ],
  ],
];

export const DEV_LEARNED46C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
