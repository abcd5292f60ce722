import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 14A of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: managed-service, outsourcing and SaaS vendors and
 * their clients writing about a client-facing incident (incident reports, client replies, status-page drafts and
 * review comments, account escalations, contract-penalty talks), some in second-language English, with Spanish,
 * Brazilian, French, German, Polish, Filipino, Indonesian, Hausa, Russian and Korean names.
 * Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('With respect, Javier alone answers for the booking portal being down eleven hours, not anybody else at your company.'),
      b('Our internal review concludes the lost invoice batch is attributable to Fernanda, who ran the migration without client sign-off.'),
      b(
        'For the penalty calculation I propose we record that the breach of the 99.9% availability target was caused personally by Thibault.',
      ),
      b('This outage belongs to Krzysztof; because of him our clients in Poznań could not pay during two days.'),
      b("Please tell your management that the data loss of 14 March is entirely of Dmitri's doing."),
      b("The escalation stays open until your side admits the delayed failover was Maricel's fault from beginning to end."),
      b('From our account view, Wahyu carries the responsibility for the whole weekend of missing orders.'),
      b('Ji-hoon owns this incident, the corrupted backups happened under his hands and the credit note must say so.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly the engineer you assigned to our account, Lucía, is not experienced enough to touch a production database.'),
      b('We doubt that Tomasz has the skills for running a cutover of this size, and the outage show it.'),
      b('Your junior admin has not the seniority to be alone on our tenant at night.'),
      b('Frankly Aminu is not fit for the level-2 support role, for him DNS is a mystery still.'),
      b("After this week I don't think Margaux is capable of managing a client migration of any size."),
      b('Oksana, who handles our escalation, is lost as soon as a problem goes beyond password resets.'),
      b('Gustavo is too green for a firewall change on a banking client, and your company knew this when staffing us.'),
      b('We pay senior rates, but Hye-jin performs like a trainee who never saw a load balancer before.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Siti carried the pager on that shift and did not do her one duty, which is to answer it.'),
      b('Your account manager, Florian, never sent us the maintenance notice that his role require him to send.'),
      b('The change reviewer, Rodrigo, approved the ticket without reading it, and reading it is exactly what he is paid for.'),
      b('Nobody from your NOC was watching our dashboards during the window, although that is the whole point of a 24/7 contract.'),
      b('Zainab was assigned to verify the restore and she did not verify anything, she only closed the ticket.'),
      b('Our service delivery manager Bartosz neglected his duty to escalate when the second alert came in.'),
      b('As incident commander Amélie is supposed to coordinate, but she left the bridge call for an hour without handing over.'),
      b('The DBA on rota, Igor, did not perform the Friday backup verification which his runbook assignment requires.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production firewall was misconfigured by your engineer Dewi during the night window.'),
      b('The wrong customer tenant was wiped, and it was wiped by someone on your side without checking the ID.'),
      b("The client's alerts were ignored for three hours and acknowledged only after our CEO phoned your CEO."),
      b('The rollback plan was not read by anyone before the release was pushed to our tenant, this is unacceptable.'),
      b("Mistakes were made by Léa's team when the certificate was renewed for the wrong domain."),
      b('Our escalation emails were left unanswered over the whole weekend, which we consider a breach of the agreement.'),
      b('The storage quota was set wrongly by Yuri and was never rechecked before go-live.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever on your side pushed the config on Friday evening owes our customers an apology.'),
      b('The new hire who was given admin rights on our tenant cost us a full day of orders.'),
      b('The night-shift contractor, the one who keeps skipping handovers, broke the replication.'),
      b('Ask the author of this status page draft why he blamed our network when the fault was his.'),
      b('That guy who signed off the change, without even a rollback plan, has to explain himself to our board.'),
      b('Anyone who runs a schema migration on a live banking system at noon caused this, not the software.'),
      b('The engineer on the bridge who kept repeating that everything is fine cost us two extra hours of downtime.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Eko should never have received root access to our production cluster in his first month.'),
      b('If you had not put Rini on call alone, this penalty letter would not exist.'),
      b('Nobody in your team should have let a trainee near our payment database.'),
      b('Honestly, nobody should let Dong-hyun approve his own change request, and you did.'),
      b('Why was Wolfgang still on the on-call rotation after the last incident he caused?'),
      b('A person with that track record cannot be trusted with the keys of a client environment, and you knew it.'),
      b('Giving Zofia approval rights for production was the mistake; she was not ready for it.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Let's be clear about who did it: it was Paweł, and we want him off our account."),
      b('The culprit is Sabine, she pushed the change, everything else is noise.'),
      b('We need a name from you, who exactly deleted the storage bucket?'),
      b("Internally we all know the fault is with Musa, so let's not pretend otherwise in the report."),
      b('Point is, somebody must answer for this, and that somebody is Rafaela from the release team.'),
      b('Our legal team asks you to identify the engineer at fault so we can exclude him from future work on our contract.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause, in our view: the on-call operator's human error while rotating the certificate."),
      b('An operator error on the vendor side caused the outage, nothing more complicated than that.'),
      b('Your report say configuration issue, but the real cause is a mistake of your engineer, Hadiza.'),
      b('This was a human error, one of your staff put a wrong region into the deployment command.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Vera should have noticed that the disk was at 95% long before it filled up.'),
      b('Any of your engineers reading that Tuesday graph was in position to know the replica fell behind, and should have said it.'),
      b('Étienne could have seen the expired certificate in the warning email a week before, and did nothing.'),
      b('In hindsight your lead, Ibrahim, should have realised the migration script would lock the table.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Katrin needed just to read the checklist before deploying, that was all.'),
      b('Your operator simply needed to press the failover button, and he did not.'),
      b('It was just one command that Jomar needed to run, and he still forgot it.'),
      b('Binta could simply have phoned us when the queue stopped, it is not complicated.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Nikolai did not bother to look at the alerts that were screaming all night.'),
      b('It is obvious that your engineer never tested the restore before telling us it works.'),
      b('Sylvain obviously ignored the warning in the change ticket, there is no other explanation.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The failover should have triggered automatically once the primary stopped answering health checks.'),
      n('Our monitoring could have caught the certificate expiry if the check had covered the secondary domain.'),
      n("The contract's change-freeze process should have blocked any deployment during the client's month-end close."),
      n('With a canary stage, the damage would have stayed in one region instead of all tenants.'),
      n('Instead of to report success on an empty archive, the nightly backup should have raised an error.'),
      n('Ideally the status page would have updated itself from the incident tool, instead it stayed green for an hour.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Agnieszka adds a tenant-ID check before each deploy, due 30 April.'),
      n('Owner for the alert routing fix is Jae-won; target date end of next sprint.'),
      n("Follow-up item 4: Leandro will write down the manual failover procedure and share it with the client's ops team."),
      n('Action item: Putri owns the review of the SLA credit formula together with our finance, by Friday.'),
      n('AI-7, owner Rémi: add an approval gate for production changes on shared tenants.'),
      n("Next steps: Sani to set up a weekly call with the client's IT manager until the backlog is cleared."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident, Marisol acted as incident commander and Dindo handled communication with the client.'),
      n('Matthias was the on-call engineer for the EMEA rota that week.'),
      n('The status page updates were drafted by Clémence from our support team and reviewed by the account director.'),
      n('On the client side, Tatiana was the escalation contact and joined the bridge at 02:15.'),
      n('Our shift lead that night was Bambang, with Luana as secondary on call.'),
      n('Nerea is the service delivery manager for your account and she will chair the post-incident review.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night team worked eighteen hours straight to restore the data, and we know how exhausting that was.'),
      n('Please pass our thanks to Hauwa, she stayed calm on the bridge while our users were shouting at her.'),
      n('I know your engineers were under huge pressure from our side, and I am sorry for the tone of some of our emails.'),
      n('Rowena was handling three escalations in parallel that evening, which is too much load for any one person.'),
      n('Our support staff took a lot of anger from customers this week, and they did it with care and patience.'),
      n('Nobody sleeps well after an outage like this; please give Seo-yeon the day off she asked for.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The audit log shows: 'user baptiste.m deleted bucket prod-invoices-eu at 03:12:44 UTC'."),
      n("PagerDuty sent 'Incident #4471 acknowledged by Lorna Reyes' four minutes after the alarm."),
      n("The deploy tool printed 'ERROR: operator jkowalski lacks permission to rollback release 2.14'."),
      n("Our status page tool returned 'Publish failed: approver hyunwoo.park session expired' so the update went out late."),
      n("The load balancer log line reads 'backend pool-b marked DOWN after 3 failed checks'."),
      n("The ticket history says 'Changed by abubakar.s: priority P3 to P1' at 09:40."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the change window without checking your month-end calendar, and that is on me.'),
      n('We, the vendor, shipped the release without a tested rollback, and we will not do it again.'),
      n('As the account manager I promised you a four-hour fix I could not deliver, I am sorry for that.'),
      n('I misread the tenant ID in the ticket myself; from now I copy it instead of typing.'),
      n('Our team made the mistake of trusting the staging results too much, and we take responsibility for it.'),
      n('I should have called you directly instead of sending an email at midnight, that was my error.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some in your email thread said our engineer was careless, but the review found the runbook itself was wrong, so we do not accept that framing.',
      ),
      n("We will not write 'human error' in this report, because the tool let a production command run without confirmation."),
      n("Saying Eun-ji's team is incompetent might be easy, but it is not true and it does not help fixing this."),
      n('Please remove the sentence that blames Agus from the status page draft; the deploy pipeline is where the fault lives, not him.'),
      n('Your director asks who is at fault, and our answer is: no single person, the failover design had a gap.'),
      n('Nobody here is going after your on-call engineer; the penalty discussion is about the contract, not about a culprit.'),
      n('I disagree with the comment that Priscila should have known better; nothing in the dashboards showed the problem.'),
      n('Calling this operator error hides the real issue, which is that two teams had the same permissions with no coordination.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The customer records were overwritten by the synchronisation process when both regions came back at the same time.'),
      n('Requests were sent to the drained node by the load balancer, whose health check cache was not invalidated.'),
      n('The maintenance notice reached us after the window had started, because it was held back by a rate limit at the mail provider.'),
      n('Three thousand orders were dropped by the queue when its retention limit was reached.'),
      n('The wrong certificate was served by the CDN for forty minutes after the renewal.'),
      n('The P1 alert got suppressed by a maintenance rule whose end date the scheduler calculated in the wrong timezone.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Caio restarted the API pods at 04:10 because the runbook listed it as the first step for this alert.'),
      n('Svetlana paused the billing run after seeing duplicate charges, which was reasonable with the data she had.'),
      n('Min-jun switched DNS to the backup region, since the primary gave no answer and the status was unclear.'),
      n('Katarzyna ran the migration in the approved window, following the plan both companies signed.'),
      n('Rabi called the IT helpdesk of the client to confirm the symptoms before opening the P1.'),
      n('Dorota rolled back to version 3.2, the last release the deploy tool marked as stable.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old monitoring agent is incapable of seeing a half-open connection, which is why nothing fired.'),
      n('The backup tool did not do the one job it has: it reported success for archives it never wrote.'),
      n('The replication product from our supplier was not trustworthy: its consistency guarantee proved weaker than the datasheet said.'),
      n('The deploy pipeline is responsible for checking the tenant ID, and that check was missing for bulk changes.'),
      n('Our change process was careless about shared tenants: it had no step to notify other clients.'),
      n('The autoscaler does not do its duty under bursty load; it waits five minutes before adding any node.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply raising the pool size from 50 to 200 connections was the whole fix.'),
      n('Obviously, on the graph, latency jumps at the moment of the 14:02 deploy.'),
      n('Just one changed line of retry config fixed it, and errors dropped within minutes.'),
      n('Clearly the root cause is the expired intermediate certificate, the logs leave no doubt.'),
      n('To restore the service we simply restarted the replication with the correct offset.'),
      n('The evidence is obvious from the timeline: the queue backed up before any human touched the system.'),
    ],
  ],
];

export const HELDOUT_LEARNED14A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED14A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
