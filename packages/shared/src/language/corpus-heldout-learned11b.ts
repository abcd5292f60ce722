import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 11B: 134 sentences (66 blameful, 68 look-alikes) written blind from the labelling conventions alone, without reading the review's rules, training text or model. The voice is formal long-form incident writing in British, Australian, Indian and South African English — written postmortem reports, root-cause letters to customers, board and executive summaries, internal audit findings, compliance memos, a line manager's performance-style remarks and a vendor's report about its own staff — where blame hides in nominalisations, hedges, passives and "it was noted that". This split is scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'It is the finding of this review that the eleven-hour suspension of card settlement is attributable, in the main, to decisions taken by Mr Lorenzo Ricci during the evening change window.',
      ),
      b(
        'With respect, the Board should be aware that the loss of the Durban ledger extract rests squarely with Ms Wanjiru Kamau, who authorised the purge on her own initiative.',
      ),
      b('Responsibility for the late notification to the regulator lies, in our assessment, with Katrin Vogel.'),
      b(
        'Kindly note that our engineer, Mr Faizal Rahman, is accountable for the interruption to your booking service on 14 March, and the matter has been taken up with him directly.',
      ),
      b(
        'Whilst several contributing factors were examined, the panel is satisfied that the corruption of the pension records originated with Jussi Heikkinen and with no other party.',
      ),
      b('Can it seriously be maintained that the missed settlement batch was anything other than Ms Meenakshi Sundaram’s doing?'),
      b(
        'The audit trail leaves little room for doubt: the exposure of the client mailing list is to be laid at the door of João Carvalho.',
      ),
      b(
        'For the avoidance of doubt, the committee records that the three-day backlog in claims processing was occasioned by Yael Cohen, and the incident is accordingly to be entered against her name on the risk register.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('In my view Mr Tobias Wendt does not yet possess the depth of experience that migration work on the core ledger demands.'),
      b(
        'It was noted during the review that Ms Achieng Odhiambo’s grasp of the replication topology is, regrettably, rather limited for an engineer of her grade.',
      ),
      b('The committee has formed the view that the on-call lead lacked the technical maturity to manage an incident of this scale.'),
      b(
        'Arul has struggled throughout the appraisal period to demonstrate the diagnostic skill expected at senior level, and the outage of 9 June is illustrative of this.',
      ),
      b(
        'Areas for development identified for Mr Ville Hämäläinen: (a) reasoning under pressure; (b) familiarity with the failover tooling; (c) judgement as to when to escalate — each of which was found wanting on 2 August.',
      ),
      b(
        'The staff member we assigned to your account was, we must acknowledge, insufficiently skilled in load balancer configuration, and this deficiency in his abilities contributed materially to the degradation.',
      ),
      b(
        'Frankly, the network team under Mr Duarte Santos has shown itself unfit for work of this sensitivity, and I would urge the executive to weigh that carefully.',
      ),
      b(
        'Notwithstanding her evident enthusiasm, Ms Sanna Lehtonen’s command of the release tooling remains rudimentary, as the events of the long weekend amply demonstrate.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'The duty manager on the night, Mr Otieno Ochieng, did not carry out the hourly reconciliation checks that his rota assignment required of him.',
      ),
      b(
        'It is a matter of record that the second approver, Ms Chiara Ferrari, neglected to examine the change ticket before signing it off, contrary to her obligations under the change policy.',
      ),
      b(
        'Ms Siti Hajar was rostered as primary on call from 22:00 and failed to acknowledge any of the four pages sent to her during that period.',
      ),
      b(
        'Internal audit finding 7: the designated data protection lead has not performed the quarterly access review for which she is responsible, and no such review has been evidenced since January.',
      ),
      b(
        'Mr Benjamín Contreras, as release coordinator, was required to circulate the rollback plan in advance; he did not do so, and what followed flowed from that omission.',
      ),
      b(
        'The outgoing shift lead, Mikko Mäkinen, omitted the written handover that his role obliges him to complete, leaving the night team unaware of the pending certificate expiry.',
      ),
      b(
        'Regrettably, the site reliability engineer assigned to the ticket, Ms Noa Mizrahi, allowed it to sit unattended in her queue for the better part of two days.',
      ),
      b(
        'Contrary to the service agreement, our field technician did not attend the data centre within the contracted four hours, and this dereliction has been raised with him formally.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The firewall rule permitting unrestricted inbound traffic was left in place by the contractor after testing had concluded.'),
      b(
        'It was noted that the nightly backup had been manually disabled several weeks beforehand, that it remained so thereafter, and that nobody has recorded who sanctioned the change.',
      ),
      b('The warning banner on the deployment console was acknowledged and dismissed by Mr Kiprotich Rotich without further enquiry.'),
      b(
        'It has been established that the customer records were erased in error by one of the maintenance staff, whose deletion then went unreported for some hours.',
      ),
      b('Approval was granted by the engineering manager before the risk assessment had been so much as opened.'),
      b('The production credentials appear to have been pasted into a public forum thread on or around 3 May.'),
      b('Was the rollback instruction disregarded by the night shift, or was it never read at all?'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        'The graduate engineer who joined the team in February is, on the evidence available, the origin of the misconfigured retention policy.',
      ),
      b(
        'Whoever took the decision to execute a schema migration on the live cluster late on a Friday afternoon has caused this organisation considerable reputational harm.',
      ),
      b('It would appear that the individual responsible for the overnight batch has, once again, neglected to verify its completion.'),
      b(
        'The contractor from our Pune office who had been seconded to the project introduced the defect, and his engagement has since been reviewed.',
      ),
      b('The person who waved this change through unread ought to be made aware of what it has cost the business.'),
      b('Anyone prepared to mute a production alert merely to quieten their pager has misjudged where their responsibilities lie.'),
      b(
        'The engineer on the morning shift — the same one involved in the April disruption — finds himself again at the centre of this failure.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'Write privileges over the payments ledger were extended to Mr Marco Esposito while he was still on probation, and in the committee’s view he should have been denied them until it ended.',
      ),
      b(
        'It is the view of internal audit that a second-year analyst should not have been placed on the primary rota for the year-end close.',
      ),
      b(
        'Ms Zulaikha Yusof, given her limited tenure, was not in a position where she ought to have held sign-off authority over a change of this magnitude.',
      ),
      b(
        'On the findings before it, the committee considers that the vendor’s junior engineer ought to have been kept well away from the production environment.',
      ),
      b(
        'Would the outcome have differed had someone more seasoned than Mr Tiago Pereira been entrusted with the keys to the certificate authority?',
      ),
      b(
        'Access to the customer data warehouse ought to have been withdrawn from Mr Eitan Peretz well before the incident, given the concerns already raised about his conduct.',
      ),
      b('Administrator rights on your tenancy were extended to a member of our staff who, we now accept, ought never to have held them.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Having weighed the evidence, the investigating officer identifies Mr Gonçalo Nunes as the party at fault.'),
      b('The question the executive team has asked is who did this; the answer, I am afraid, is Florian Krause.'),
      b(
        'Our review has established that the culpable party was Mr Selvam Natarajan of the infrastructure team, and disciplinary proceedings are to follow.',
      ),
      b('It is recommended that the matter be pursued with Ms Catarina Mendes personally, as the originator of the erroneous instruction.'),
      b('Of the four engineers present, it was Iosefa Tauiliili who entered the command, and it is he who must answer for it.'),
      b(
        'The Board is asked to note that the culprit has now been identified as a member of the Johannesburg support desk, namely Mr Ignacio Vergara.',
      ),
    ],
  ],
  [
    'blameful: Human error',
    [
      b(
        'Having completed its analysis, the review team has determined that the incident was caused by human error, specifically an incorrect entry made by the operator.',
      ),
      b('Our investigation concluded that the outage resulted from operator error during a routine configuration change.'),
      b(
        'In summary, the disruption to your services was the consequence of a technician’s mistake, made while our staff were updating the routing tables.',
      ),
      b('The report attributes the loss of the March payroll file to a clerical slip by someone in finance operations.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b(
        'Ms Leena Laine ought to have recognised, from the alerts on her own screen, that the cluster was approaching capacity long before it failed.',
      ),
      b('Looking back, Mr Avi Levi should have realised that a restart in business hours would disconnect every branch terminal.'),
      b('Given the warnings that preceded it, the team lead could reasonably have been expected to foresee that the disk would fill.'),
      b(
        'It is difficult to understand why Camila Fuentes failed to notice, then and there, that the certificate had only two days left to run.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All that was required of Mr Matías Rojas was simply to read the runbook before proceeding.'),
      b('Had the duty engineer just glanced at the dashboard, as anyone would, the outage would have lasted minutes rather than hours.'),
      b('Ms Beatriz Sousa need only have picked up the telephone to the supplier; she simply chose not to.'),
      b('It would have taken the analyst a moment just to confirm the target environment, and that moment was not taken.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly, Mr Dieter Kühn approved a change ticket he had not troubled to read.'),
      b('Obviously, the engineer in question should have seen that the script pointed at the production host.'),
      b('It is clear that Ms Njeri Mwangi disregarded the documented procedure, and evidently she did so knowingly.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The deployment pipeline should have rejected a configuration file that lacked the mandatory region field.'),
      n(
        'It is the panel’s view that the monitoring platform ought to have raised an alert well before replication lag reached forty minutes.',
      ),
      n(
        'Could the change management tool have prevented this? In our assessment it should have, had the dependency check been enabled for that service.',
      ),
      n('A properly designed retention policy would have preserved the March snapshots for at least ninety days.'),
      n('The runbook should have stated, in terms, that failover must not be initiated whilst a backup is in progress.'),
      n(
        'With hindsight, the access review process should have been timed to coincide with staff departures rather than with the financial quarter.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Ms Francesca Moretti to introduce a mandatory peer review step for all firewall changes by 30 September.'),
      n(
        'Owner: Kibet Cheruiyot. Due: end of Q3. Description: replace the shared administrator account with named, time-limited credentials.',
      ),
      n(
        'It is agreed that Mr Senthil Kumar will lead a review of the alerting thresholds and present his recommendations to the risk committee in October.',
      ),
      n(
        'The following actions have been assigned: Aino Virtanen will draft the revised escalation policy; Tavita Sapolu will arrange tabletop exercises for each regional team.',
      ),
      n('Ms Inês Ferreira has kindly agreed to own the work to automate certificate renewal across the Cape Town and Lisbon estates.'),
      n(
        'Recommendation 2.3 (owner: Head of Platform, Mr Jürgen Hoffmann): introduce a staged rollout for schema changes, with an automatic halt whenever the error rate breaches its threshold.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Ms Tamar Friedman acted as incident commander from 02:14 until the service was declared stable at 06:40.'),
      n('Mr Rui Almeida served as communications lead throughout, with Ms Mariana Lopes from customer operations supporting him.'),
      n('Primary on-call responsibility that week sat with the storage team, with Mr Azlan Ismail as the designated first responder.'),
      n('Scribe duties were undertaken by Ms Revathi Pandian, whose timeline forms Appendix B of this report.'),
      n('For completeness, Mr Ioane Fonoti was the approver of record for change CHG-20417, in accordance with the standing delegation.'),
      n(
        'Liaison with the regulator was handled by the compliance officer, Ms Javiera Soto, who lodged the initial notification within the statutory window.',
      ),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'The review panel wishes to acknowledge that the engineers on call had been working extended hours for nearly three weeks before the incident.',
      ),
      n(
        'Over more than nine hours on the incident bridge, Ms Lagi Tuimavave showed great care and composure, and the organisation is grateful to her.',
      ),
      n(
        'Those involved have described the night as exhausting and distressing, and support is being arranged for anyone who would like it.',
      ),
      n('The workload placed on the two-person database team during the migration programme was, by any measure, unsustainable.'),
      n(
        'I am conscious that Chebet was carrying three incident rotas at once that month, and I do not underestimate the strain this placed on her.',
      ),
      n(
        'We recognise the considerable pressure under which the support staff were operating as call volumes tripled on the morning of the outage.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'At 03:12 the scheduler logged "job payroll_export failed: permission denied for user svc_finance", after which no further runs were attempted.',
      ),
      n('The on-call engineer’s pager displayed the following text: "CRIT db-prod-03 – volume /data/pgsql at 98% capacity".'),
      n(
        'An entry reading "user m.esposito deleted 14,211 rows from table client_contacts" appears in the audit log and has been preserved for the purposes of this review.',
      ),
      n('Error returned by the gateway: "401 Unauthorized – token expired for operator k.vogel".'),
      n(
        'The deployment tool reported "rollback aborted: human intervention required" at 14:07, and the release remained in a partially applied state.',
      ),
      n(
        'According to the ticketing system the incident was "auto-assigned to f.tapia – SLA breached", an assignment generated by a routing rule rather than by any person.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'The change went ahead on my signature even though I never requested a plan for reversing it, and that will not recur while I am the approver.',
      ),
      n('We, as the vendor, failed to notify you of the maintenance window in good time, and the fault for that lies with us alone.'),
      n(
        'It was I who restarted the primary node before the replica had caught up; in future I will wait for the lag metric to reach zero.',
      ),
      n(
        'As manager of the platform team, I set the testing window for the upgrade, and I set it too short for my engineers to do the work properly.',
      ),
      n(
        'We misjudged the risk of running the migration during trading hours, and our team has since moved all such work to the weekend window.',
      ),
      n('My own reading of the alert was mistaken: I took it for a known false positive and closed it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'It would be easy, and wrong, to attribute this outage to Mr Matteo Romano; the change he made was reviewed, approved and behaved exactly as the documentation described.',
      ),
      n('The panel does not accept the suggestion, made in some quarters, that the incident was the result of human error.'),
      n('Some correspondents have asked who is to blame. This review does not set out to answer that question, and declines to do so.'),
      n(
        'Any characterisation of Ms Shira Katz as careless is rejected: she followed the procedure as written, and it was the procedure that was deficient.',
      ),
      n(
        'While the initial summary referred to "operator error", that phrase has been withdrawn, as the evidence points instead to an ambiguous interface.',
      ),
      n('We do not consider the night shift to have been negligent, and nothing in this report should be read as implying otherwise.'),
      n(
        'It has been put to me that Mr Hafiz Ibrahim should have known better; I do not agree, because nothing available to him at the time indicated a problem.',
      ),
      n('We have set aside, as the wrong question, whether a more experienced engineer would have spotted the fault.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The session tokens were invalidated by the identity provider when its signing key rotated unexpectedly at 01:30.'),
      n(
        'Approximately 4,000 customer records were overwritten by the nightly synchronisation job, which had pointed at the wrong source table since its creation.',
      ),
      n(
        'It was noted that notifications had been held back by the maintenance-mode flag, which a timer defect kept active after the window closed.',
      ),
      n('The backup was removed automatically by the retention policy once it passed thirty days.'),
      n('Traffic was sent to the decommissioned region by the resolver, which was still serving an out-of-date DNS entry from its cache.'),
      n(
        'Messages were dropped by the broker without any error being raised once the queue filled faster than downstream services could absorb.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Mr Oren Shapiro restarted the authentication service at 04:52, having seen the same step clear a similar fault the previous month.',
      ),
      n(
        'Ms Kavitha Arumugam paused the batch at 09:15 because the reconciliation totals did not match, which at that moment seemed the safest course.',
      ),
      n(
        'Upon receiving the customer’s complaint, Mr Felipe Araya escalated the ticket to the second-line team, as the guidance for unexplained billing errors requires.',
      ),
      n('Juha Korhonen chose to apply the patch to a single node first, intending to observe its behaviour before proceeding further.'),
      n(
        'At 11:03 Ms Silvia Gallo disabled the feature flag, reasoning that the new checkout path was the most recent change and therefore the likeliest cause.',
      ),
      n(
        'Amirul Hakim ran the cleanup script listed in the runbook, which at that point named a host that by then served production traffic.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n(
        'The alerting platform failed in its duty to notify the on-call rota, as its paging integration had been silently disconnected since the upgrade.',
      ),
      n(
        'It is fair to say that the legacy scheduler is no longer fit for purpose and cannot be trusted with time-critical settlement jobs.',
      ),
      n('The vendor’s load balancer proved careless with session affinity under failover, dropping roughly a third of active connections.'),
      n('The change approval process was negligent, in that it allowed a high-risk modification to proceed on a single signature.'),
      n(
        'Our backup software proved incapable of restoring a database this large within the agreed recovery time; the task was simply beyond it.',
      ),
      n(
        'Detection of certificate expiry had been entrusted to a monitoring check that was never competent to perform it, since it inspected only the leaf certificate.',
      ),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The remedy, applied at 07:20, was simply an increase in the connection pool ceiling from 50 to 200.'),
      n('The graph of queue depth obviously shows the backlog beginning at 22:40, some hours before the first customer report.'),
      n('Clearly, the timestamps in the gateway logs establish that the certificate expired before the deployment began.'),
      n('Restoring service required just a single configuration change, and the fix has since been made permanent.'),
      n('Is the fix simply a matter of adding an index? In this case, yes: the query time fell from eleven seconds to forty milliseconds.'),
      n('The evidence is plain: the memory leak is obviously present in version 4.2 and absent from 4.1.'),
    ],
  ],
];

export const HELDOUT_LEARNED11B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED11B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
