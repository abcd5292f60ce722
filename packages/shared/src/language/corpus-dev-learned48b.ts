import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the engineering team of a
 * Mexico City bank's mobile app, whose transfer service sent SPEI payments twice over a long weekend
 * (puente), writing in English in chat, notes, e-mails, letters and reviews, with Mexican, Indigenous and
 * Lebanese-Mexican names and banking and mobile jargon (SPEI, core banking, idempotency key, call centre).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Oye, the duplicated SPEI transfers are on Luis Ángel, full stop; he pushed the retry config on Friday night.'),
      b('Ing. Jorge Slim Haddad is the reason 4,312 customers saw the same payment leave their account twice.'),
      b(
        'Per the risk committee, the chargeback losses of the long weekend are attributable to Lic. Samira Harp and her approval of the release.',
      ),
      b('Honestly this whole puente mess belongs to Tonatiuh: his deploy, his call to skip the canary.'),
      b('Ximena owns this outage, because her change to the idempotency key format let every retry through as a brand-new order.'),
      b('Every double debit we found traces back to one person, and that person is Karim Chedraui.'),
      b(
        'We write to inform the board that responsibility for the incident of 16 to 18 November lies squarely with the head of payments, Ing. Elías Kuri.',
      ),
      b("If you ask me, the eleven million pesos that went out twice are Nayeli's doing, not the core banking's."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Itzel is too junior to be touching the SPEI connector, and Saturday proved it.'),
      b("Frankly, Rodrigo doesn't understand idempotency well enough to review a payments PR."),
      b('The on-call engineer that weekend, Diego Téllez, does not have the experience a tier-1 payments rotation needs.'),
      b('Lic. Nadia Sayeg may be a fine lawyer, but she is not qualified to sign off on changes to the transfer service.'),
      b('Cuauhtémoc writes code like someone who has never watched a distributed system fail.'),
      b("With all respect, Paola's grasp of the core banking timeouts is shallow, and her runbook showed it."),
      b('Is Citlali really senior enough to lead the mobile payments squad? After this weekend, I doubt it.'),
      b("The vendor's integrator, a certain Omar Yunes, is an amateur when it comes to retry logic for a bank."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Marisol was primary on call and did not answer the page for 47 minutes.'),
      b('The release manager, Héctor Treviño, never ran the pre-deploy checklist that his role requires of him.'),
      b('Fernanda was assigned to watch the reconciliation dashboard on Saturday and did not open it once.'),
      b(
        'Our QA lead signed off the test report without running the duplicate-submission cases, and running them is the whole point of his role.',
      ),
      b('Beto skipped the hand-off to the Sunday shift, so nobody knew the SPEI queue was replaying.'),
      b('As change approver, Ing. Layla Achar was obliged to ask for a rollback plan, and she did not.'),
      b(
        'The call centre supervisor on duty sat on the first twenty complaints about double charges instead of escalating them as the procedure requires.',
      ),
      b("Alejandro's one task on the rota was to confirm the Banxico cut-off, and he left it undone."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The retry limit was raised from 1 to 5 by Ing. Rocío Canek without telling anyone.'),
      b('The idempotency check was carelessly switched off in production on Friday night.'),
      b('Warnings from the reconciliation job were ignored for the entire long weekend.'),
      b('The wrong config file was copied into the release by the mobile squad.'),
      b('The rollback was botched, and the damage was made worse by the on-call engineer.'),
      b('Alerts were silenced on Saturday morning so that somebody could sleep in, and that is how 4,000 transfers went out twice.'),
      b("The SPEI cut-off time was misread by Lic. Kuri's team, and the whole batch got resent."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever merged the retry patch without a second reviewer cost us three days of chargebacks.'),
      b('The new hire who had production credentials in his second week is where this disaster started.'),
      b('The guy from the vendor who kept saying "it works in our sandbox" broke our transfers.'),
      b('It was the one who always deploys on Friday afternoons, and everyone on the floor knows who I mean.'),
      b("Somebody on the night shift who couldn't be bothered to read the alert let the duplicates run until Monday."),
      b('The intern from the Monterrey office, the one with admin rights, is who caused the double payments.'),
      b('That developer who thinks code review is optional did it again, and this time it cost the bank real money.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jorge should never have been given write access to the production SPEI queue.'),
      b('If Valeria had not been allowed to approve her own change, none of this would have happened.'),
      b("Why was a contractor four weeks into the job put on call for the puente? He shouldn't have been."),
      b('Someone with that track record should not be let near core banking, let alone on a holiday weekend.'),
      b('Sign-off rights on payment releases were never something Tenoch should have held.'),
      b('Mariana should have been kept off the rota until she had passed the SPEI certification.'),
      b('The bank should never have trusted Eréndira with the keys to the HSM.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So, who did it? Akbal did; he ran the replay script.'),
      b("The culprit is Rania Issa's team in treasury operations, and the report should say so."),
      b('I want the name of the engineer who approved this, on my desk, by Tuesday.'),
      b("Let's be clear in the minutes that the fault is Guadalupe's."),
      b('It was Miguel. Everyone in the war room knows it was Miguel.'),
      b('Find out who turned off the dedupe flag and make an example of them.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the Friday deployment of transfer-service v3.8.'),
      b('The duplicated SPEI payments were caused by an operator mistake in the retry configuration.'),
      b('This was a human error and not a system failure, and our notice to the CNBV should describe it that way.'),
      b('Ana Sofía made a mistake when she edited the idempotency TTL, and that error is why customers were charged twice.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Concepción should have seen that the retry count on the dashboard was climbing.'),
      b('Fadi had the duplicate-reference alert in his inbox at 23:10; he should have realised then what it meant.'),
      b('With what we know now, Yatziri ought to have checked the Banxico acknowledgements before re-queuing the batch.'),
      b('Valeria had seen the same timeout pattern in the October test, so she should have known it would double the payments.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Luis Ángel had to do was just look at the duplicate counter.'),
      b("She simply had to press the kill switch, and she didn't."),
      b('He just needed to wait for the acknowledgement from Banxico instead of resending.'),
      b('Checking the idempotency key takes two seconds; Xóchitl simply never bothered.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Itzel obviously did not read the change ticket before approving it.'),
      b("Clearly the on-call engineer wasn't paying attention to the queue on Saturday."),
      b('It was obvious to everyone except Tonatiuh that the payments were going out twice.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The transfer service should have rejected the second request, since it carried the same idempotency key.'),
      n('Core banking should have returned a definite status instead of a timeout; then the app would not have retried.'),
      n('Our change pipeline could have blocked a retry-limit change to a payments service until a second approval came in.'),
      n('A duplicate-reference check on the SPEI gateway would have stopped most of the second debits within minutes.'),
      n('The reconciliation job should have run every hour during the long weekend, not only on business days.'),
      n('Ideally the mobile app should have disabled the "Enviar" button after the first tap, but it stayed active for four seconds.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Ximena Tzab to add a unique constraint on the idempotency key in the transfers table, due 30 November.'),
      n('Owner: Ing. Karim Chedraui. Action: make the SPEI gateway reject duplicate clave de rastreo values.'),
      n('Sandra Quintero from the call centre will publish a script for agents handling double-charge calls by Wednesday.'),
      n('Action item (owner: Rodrigo Ochoa, payments SRE): page a second person automatically when transfer retries pass 2%.'),
      n("Nadia Sayeg will coordinate the chargeback reversals with the card networks and report progress at Monday's stand-up."),
      n('Next steps — Diego: a canary for config changes to transfer-service; Paola: a runbook section on stopping the SPEI queue.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Ing. Héctor Treviño; communications: Lic. Samira Harp; scribe: Mixtli Ramírez.'),
      n('The on-call engineer for transfer-service that weekend was Marisol, with Beto as secondary.'),
      n('The treasury desk confirmed balances while the mobile team prepared the in-app banner.'),
      n('Fernanda Cruz acted as liaison with Banxico for the whole incident.'),
      n('During the response, the database administrator ran the duplicate query and shared the list with operations.'),
      n('Citlali led the customer-communications workstream, and Alejandro handled the status page.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Eréndira had been on call for five days straight by Sunday, and by the end she was running on coffee and nerves.'),
      n(
        'The call centre agents took more than 9,000 calls in three days, many from angry customers, and they answered every one with patience.',
      ),
      n('Everyone was tired; it was a puente, people had family plans, and still they came online.'),
      n('Several engineers worked through Sunday night, and we are giving them Tuesday off.'),
      n("The pressure on the treasury team was enormous, reconciling by hand with customers' money at stake."),
      n('Nobody slept much that weekend, and we are grateful to every person who answered the phone.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The gateway log read: "WARN retry 3/5 for transfer tx_88af, previous attempt status=TIMEOUT".'),
      n('Alert text at 02:14: "transfer_retries_rate > 5% for 10m (service=transfer-svc, env=prod)".'),
      n('The audit trail shows "user=rcanek action=config.update key=retry.max from=1 to=5" at 21:42 on Friday.'),
      n('PagerDuty recorded "Acknowledged by Sergio Balam" at 03:02 and "Resolved by Sergio Balam" at 03:40.'),
      n('The app crash log said "IdempotencyKeyMissingException at TransferRepository.save (line 212)".'),
      n('Grafana panel title, copied verbatim: "Duplicate SPEI debits per minute — core banking".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I raised the retry limit on Friday without a second reviewer, and I have already reverted it.'),
      n("We shipped the new transfer flow without load-testing the timeout path; that's on us, the payments squad."),
      n('I was the approver for that change and did not ask for a rollback plan; from now on I will.'),
      n('My mistake was assuming that a core banking timeout meant the transfer had failed.'),
      n('Our team decided to keep the release on the holiday weekend, and we own that decision.'),
      n('I missed the first alert because my phone was on silent, and I have set up a second pager since.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('No customer is to blame for tapping "Enviar" twice; the app let the same transfer be created twice.'),
      n('This review will not name a culprit, because the retry design would have produced the same result for anyone on call.'),
      n('Some people in the war room said Cuauhtémoc was careless, but the config he changed had no validation and no review gate.'),
      n("Calling this 'human error' would be wrong: the system had no idempotency check to catch a retry."),
      n('Lic. Achar asked us to find who was at fault; we declined, because that question does not prevent the next duplicate.'),
      n('It is tempting to say the on-call engineer should have noticed sooner, but the dashboard did not show duplicates at all.'),
      n("No, this wasn't Tenoch's fault, and I'll say so in front of the director too."),
      n('The postmortem is not about who was negligent; it is about why a timeout could turn into a second debit.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second debit was triggered by the mobile client retrying after the 30-second timeout.'),
      n('Each transfer was resubmitted by the queue consumer when the acknowledgement from core banking did not arrive.'),
      n('The idempotency keys were regenerated on every retry by the SDK, so the gateway saw each attempt as new.'),
      n('Alerts were suppressed by a maintenance-window rule that repeats on every public holiday.'),
      n('About 4,300 accounts were debited twice before the circuit breaker was tripped by the error-rate threshold.'),
      n('No reconciliation report was generated on Saturday or Sunday, because the batch scheduler skips non-business days.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 22:05 on Friday, Mariana Villaseñor deployed transfer-service v3.8, which had passed every pipeline check.'),
      n('Xóchitl restarted the consumer pods at 01:30, because the runbook lists a restart as the first step for a stuck queue.'),
      n('Omar Yunes from the vendor joined the bridge at 04:00 and shared the gateway traces.'),
      n('Yatziri paused the SPEI outbound queue at 09:12 on Saturday, after matching three complaints to duplicate references.'),
      n('Concepción re-queued the batch, since the status screen showed it as not sent.'),
      n('Akbal wrote the SQL that listed every duplicated clave de rastreo and sent it to treasury.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The retry library is not fit for payments: it has no notion of an idempotent request.'),
      n('Our monitoring failed at its one job that weekend, which was telling us money was leaving twice.'),
      n("The vendor's SPEI connector was trusted to deduplicate, and it was never designed to."),
      n('The core banking timeout handling is careless about partial success; it reports a failure when the debit already happened.'),
      n('The change-approval process was responsible for catching config changes to payments, and it had no rule for them.'),
      n('Frankly, the reconciliation tooling is immature and negligent about weekends.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique index on the idempotency key column.'),
      n('The graph obviously shows the duplicates starting at 21:47, five minutes after the deploy.'),
      n('Clearly, from the Banxico acknowledgements, each duplicate carried its own clave de rastreo.'),
      n('The rollback was just one line in the config repo, and it took effect in under a minute.'),
      n('It is simply a matter of generating the key once on the device and reusing it on every retry.'),
      n('The logs make it obvious that the client, not the server, created the second request.'),
    ],
  ],
];

export const DEV_LEARNED48B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
