import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 9a for the blame-aware language review (issue #14). It was written blind: its author read only the
 * labelling conventions (the labels and the 22 kinds) and the task brief, and opened no corpus, rule, lexicon, model or
 * weights file. Its style is formal written postmortems, executive summaries, incident reports and e-mails to stakeholders
 * and leadership: long sentences with subordinate clauses, hedged corporate phrasing, reported speech from interviews,
 * numbered findings and British spelling in about half. It is never trained on or tuned on; it is only scored.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        "In the interest of transparency, it should be recorded that the outage of 14 March was caused by Henrik Lindqvist's decision to apply the schema migration to the primary cluster during peak trading hours.",
      ),
      b(
        "Regrettably, the extended recovery period of some four hours is attributable, in the organisation's view, to Katarzyna Nowak, who elected to disable the replication monitor without informing the wider team.",
      ),
      b(
        'When interviewed, the release manager stated that the faulty build reached production because Yusuf approved it personally, and we concur with that assessment.',
      ),
      b(
        'Finding 3: the loss of approximately 12,000 customer sessions is the responsibility of Ciarán Byrne, whose configuration change to the load balancer removed the sticky-session setting.',
      ),
      b(
        'Had Valentina not rotated the signing keys on Friday evening, none of the downstream authentication failures would have occurred; this incident is, therefore, hers.',
      ),
      b(
        "Dear leadership team, I write to inform you that Tuesday's interruption to payment processing was brought about by Eitan Shapiro, who pushed an untested change to the fraud-scoring service at 16:40 GMT.",
      ),
      b(
        "The executive summary should make clear that the data loss in the EU region rests with Niamh O'Sullivan, as it was her cleanup script that truncated the audit table.",
      ),
      b(
        'Executive summary: the 47-minute disruption to the checkout flow was a direct consequence of Mateo Herrera merging into the release branch without the required second approval.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b(
        'In fairness to all concerned, it must be acknowledged that Dmitri is not, at present, sufficiently competent to operate the production database without supervision, and this incident demonstrates as much.',
      ),
      b(
        'Regrettably, the review panel formed the view that Astrid lacks the technical judgement one would expect of a senior engineer at her grade.',
      ),
      b(
        'When interviewed, the head of platform stated that Tariq "does not understand how the caching layer works", a view which this report, having reviewed his actions, shares.',
      ),
      b(
        'It is worth noting that the on-call engineer, Siobhán, appeared well beyond her competence from the moment of the initial alert and could not interpret even the most elementary of dashboards.',
      ),
      b(
        "Finding 5: Bogdan's handling of the failover was, to put it plainly, amateurish, and raises serious questions as to whether he is suited to a senior SRE position.",
      ),
      b(
        'The new hire, through no malice but through evident inexperience and a poor grasp of Kubernetes networking, lacks the ability to carry out a change of this complexity.',
      ),
      b(
        "Candidly, Layla's analysis of the error budget was sloppy, and the board would be ill-advised to rely on her figures going forward.",
      ),
      b(
        'With the greatest respect to our DBA, his grasp of index design is weak, and the backlog of slow queries he has accumulated over the past quarter bears this out.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'Regrettably, the incident commander, Lars Eriksson, failed to fulfil the duties of the role, neither establishing a communications cadence nor assigning a scribe during the first ninety minutes.',
      ),
      b(
        'When interviewed, the customer success director stated that Camila, who held the pager that night, neglected her duties entirely, having acknowledged the alert only to take no further action for forty minutes.',
      ),
      b(
        'Finding 2: none of the six escalations issued between 02:10 and 03:05 received any response from the on-call, which constitutes a failure to carry out the basic obligations of the rota.',
      ),
      b(
        'It is worth noting that Yonatan, whose role as change approver exists precisely to catch defects of this kind, neglected his responsibilities and rubber-stamped the request.',
      ),
      b(
        'The security lead let the certificate renewal slip, despite its being hers to track, and allowed it to lapse without raising it at any of the weekly reviews.',
      ),
      b(
        'In the interest of transparency, this report records that the release manager did not perform the pre-release checklist which his position requires him to complete before every deployment.',
      ),
      b(
        'Aoife was the designated communications lead, yet she failed to send a single update to stakeholders in the first two hours, which in our view amounts to a dereliction of that role.',
      ),
      b(
        'Henrik, as our database administrator, was neglecting the core duty of his post when he left the replication-lag alarm muted for the whole of the weekend.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production credentials were, regrettably, committed to a public repository by Dmitri Volkov on the afternoon of 9 June.'),
      b(
        'It is worth noting that the firewall rule which exposed the admin panel had been opened by the network engineer, Karim Haddad, and was never subsequently closed.',
      ),
      b(
        'The incident was triggered when the new pricing flag was switched on in error by Shira shortly before the marketing campaign went live.',
      ),
      b(
        'In the interest of transparency, we note that the nightly snapshots were removed by a member of the platform team, namely Bogdan, who mistook the production bucket for the staging one.',
      ),
      b(
        "The runbook's warning about connection-pool exhaustion was disregarded by the duty engineer, with the result that the database fell over a second time at 05:20.",
      ),
      b(
        'Finding 4: restoration of service was delayed by nearly an hour by Joaquín, who insisted upon debugging in production rather than reverting.',
      ),
      b(
        'Throughout the outage the status page continued to read "All systems operational", the page having been overlooked by the communications lead, Ximena Ruiz, for the entirety of the incident.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Regrettably, the engineer who pushed the unreviewed hotfix on Friday evening is the reason this incident happened at all.'),
      b(
        'It is worth noting that the individual who disabled the rate limiter "as a temporary measure" is also the one who subsequently went home without re-enabling it.',
      ),
      b(
        'The colleague who ran the migration script against the wrong database owes the finance team an explanation for the three days of reconciliation work that followed.',
      ),
      b(
        'Finding 6: in the final analysis, responsibility for the outage lies with the contractor who embedded the API credential in source and then left the organisation without documenting it.',
      ),
      b(
        'Those who approved the change without reading the diff bear a significant share of the responsibility for the resulting customer impact.',
      ),
      b('Whoever decided that a Friday afternoon deploy was acceptable must answer for the weekend of disruption that followed.'),
      b(
        'The person who silenced the disk-space alerts last month is, in our judgement, the one to whom this incident ought properly to be attributed.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'Given his track record, granting Tomasz write privileges on the production cluster was never a sensible decision in the first place.',
      ),
      b(
        'Regrettably, our newest recruit should not, in our judgement, have been permitted to run database migrations unsupervised during her first fortnight.',
      ),
      b(
        'It is worth noting that Siobhán had not yet earned the degree of trust implied by granting her sole approval rights over the payments release.',
      ),
      b(
        'Should the organisation have trusted Mateo with the on-call rota so soon after his previous incident? In the view of this review, it should not.',
      ),
      b(
        "Allowing the vendor's contractor anywhere near the DNS configuration was an error of judgement, and leadership may wish to ask why he was granted that access.",
      ),
      b(
        'When interviewed, the VP of Engineering stated that Karim was not someone who ought to have been entrusted with the key rotation, given his unfamiliarity with the HSM.',
      ),
      b(
        'Nour, as an intern on a three-month placement, was not someone to whom production deploy rights ought ever to have been extended without a senior engineer present.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit, in this instance, was Ingrid Solberg.'),
      b('It is worth noting that the review has established beyond reasonable doubt that Eitan is the person at fault for the outage.'),
      b('Root cause: Declan.'),
      b('When interviewed, the team lead was unequivocal: "It was Astrid who broke it; the whole team is aware of that."'),
      b('Having examined the timeline in detail, we are satisfied that the on-call engineer from the Dublin office is the guilty party.'),
      b(
        'Who bears the blame for the 6 May outage? Regrettably, the answer is Valentina, and the report ought to say so without equivocation.',
      ),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Finding 1: the root cause of the incident was Lars's human error in entering the wrong region code."),
      b('Regrettably, this was a case of operator error: the engineer holding the pager restarted the primary instead of the replica.'),
      b(
        'In the interest of transparency, we are classifying the 22 October outage as user error attributable to Miriam in the finance operations team.',
      ),
      b("The executive summary will describe the cause as human error, specifically Tomasz's mistyped command at 11:14 UTC."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Yusuf ought to have foreseen that the orders table would be locked, given that precisely the same problem occurred in January.'),
      b(
        'Regrettably, the reviewer ought to have caught the missing null check before approving the pull request, since it was plainly visible in the diff.',
      ),
      b(
        'When interviewed, Niamh conceded that she had seen the warning; it is our view that she should have recognised its significance at the time.',
      ),
      b(
        'With the benefit of hindsight, Ciarán ought to have verified replica health before promoting the standby, as the runbook makes perfectly clear.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All that was required of Katarzyna was to just run the pre-flight script, which takes under a minute.'),
      b('Regrettably, the on-call engineer simply needed to look at what the alert said, since it gave the cause in plain English.'),
      b('It is worth noting that Joaquín just needed to let the health checks pass before shifting traffic, and he did not.'),
      b(
        'Ingrid need simply have posted a question in the team channel prior to deleting the queue, a step that would have taken perhaps thirty seconds.',
      ),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Dmitri never tested the change in staging, or the error would have surfaced immediately.'),
      b(
        'When interviewed, the head of support remarked that the engineer concerned had clearly not read the runbook, and we see no reason to disagree.',
      ),
      b(
        'Clearly Shira did not look at the dashboards before declaring the incident resolved, since the error rate was still at 14% at that moment.',
      ),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        'It is worth noting that the disk-usage alarm ought to have triggered at 85% but, owing to a misconfigured threshold, did not do so until the volume was full.',
      ),
      n(
        'The circuit breaker ought to have opened after five consecutive failures; regrettably, the configuration shipped with the breaker disabled.',
      ),
      n(
        'In the interest of transparency: the deploy pipeline should have blocked a build with failing integration tests, and the review found that this gate had been silently skipped since the pipeline migration in August.',
      ),
      n(
        "Should the failover not have completed within thirty seconds, as the design document specifies? Our analysis indicates that the health checker's timeout was set to five minutes.",
      ),
      n(
        'The backup job should have written to the secondary region as well, and would have done so had the bucket policy permitted cross-region replication.',
      ),
      n(
        'Finding 7: rate limiting should have applied to the internal API as well as the public one, and its absence there allowed the retry storm to spread.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 1: Henrik Lindqvist to add a pre-deploy migration-lock check to the pipeline by 30 April.'),
      n('Katarzyna will own the revision of the on-call runbook and circulate a draft to the team before month end.'),
      n('It was agreed that Yusuf, as owner of the payments service, will introduce a canary stage before the next quarterly release.'),
      n(
        "Owner: Niamh O'Sullivan. Due: 12 June. Action: replace the manual cleanup script with an idempotent job that is dry-run by default.",
      ),
      n(
        'Following the review, Mateo has kindly agreed to take responsibility for a programme of game-day exercises beginning next quarter.',
      ),
      n(
        'Dear all, please note the following owners for the remediation items: Siobhán (alert thresholds), Bogdan (backup restore tests) and Layla (status page automation).',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('At 02:14 UTC the incident commander declared a SEV-1 and paged the DBA group, who joined the bridge within six minutes.'),
      n(
        'At 03:02 the engineer on call confirmed receipt of the alert and began investigating the elevated error rates on the checkout service.',
      ),
      n(
        'When interviewed, the release manager explained that the release train normally departs at 10:00 and that the affected build was the third of that day.',
      ),
      n('The communications lead issued the first customer-facing update at 14:35, some twenty minutes after the incident was declared.'),
      n(
        'Our DBA was asked to assess whether the replica could be safely promoted, and advised waiting until replication lag fell below one second.',
      ),
      n('The new hire shadowed the on-call rotation throughout the incident, as is customary during the first month of employment.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'We should like to thank Astrid, who remained on the bridge for eleven hours and whose composure was greatly appreciated by everyone involved.',
      ),
      n(
        'It is worth recognising that Dmitri was paged four times in a single night, and the team is grateful for his perseverance under very difficult circumstances.',
      ),
      n(
        "Regrettably, the incident coincided with Eitan's first on-call shift, and we are sorry that his introduction to the rota was such a difficult one.",
      ),
      n('To Camila and the support team: thank you for fielding well over three hundred customer tickets with patience and good humour.'),
      n(
        'Leadership wishes to acknowledge that this was an exhausting week for the platform team, and time off in lieu has been arranged for those involved.',
      ),
      n('When interviewed, Ciarán said that he had felt quite alone during the first hour; we regret that, and we are glad he raised it.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'The audit log contains the entry "2026-03-14T14:02:11Z user=hlindqvist action=schema.migrate target=orders-primary result=success".',
      ),
      n('Output of git blame for the affected line: "a3f91c2 (Katarzyna Nowak 2026-02-27 10:41:03 +0100 118) pool_size: 5".'),
      n('The deployment tool recorded: "Deploy #4471 triggered by yhaddad, approved by yhaddad, status FAILED".'),
      n(
        'For completeness, the following line was retrieved from the Kubernetes audit log: "user: niamh.osullivan verb: delete resource: persistentvolumeclaims namespace: billing".',
      ),
      n('PagerDuty shows: "Incident #8812 acknowledged by Lars Eriksson at 02:16 UTC (escalation policy db-primary, level 1)".'),
      n(
        'Annex B reproduces the CloudTrail event in full: "eventName": "AuthorizeSecurityGroupIngress", "userName": "khaddad", "sourceIPAddress": "10.4.2.17".',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'In the interest of transparency, I should state that it was my change to the load-balancer configuration that removed the sticky-session setting, and I have since written a configuration test so that it cannot recur.',
      ),
      n(
        'I ought to have checked the replication lag before promoting the standby; I have therefore added an automated lag check to the promotion script.',
      ),
      n(
        'As the author of the original cleanup script, I accept that I did not include a dry-run mode, and I have opened a pull request that makes dry-run the default.',
      ),
      n(
        'We, as the platform team, own this outage: our pipeline allowed an untested build through, and we are treating the gate fix as our top priority.',
      ),
      n(
        'Regrettably, I approved the change without reading the full diff, which I should not have done; I have proposed that changes touching the billing schema require two reviewers.',
      ),
      n(
        'My own error in mistyping the region code was the proximate trigger, and I have since written a wrapper that asks for confirmation before any command targets eu-west-1.',
      ),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'It would be easy, and in our view wrong, to attribute this incident to Henrik; the migration tool gave no indication that it would take a table-level lock.',
      ),
      n('This review does not find that any individual was at fault; the contributing factors were systemic and are set out in Section 4.'),
      n(
        'When interviewed, several colleagues suggested that the responder on call was to blame, a conclusion which this report explicitly rejects, given that the alert she received contained no actionable information.',
      ),
      n(
        'Is it fair to describe this as human error? We do not believe so: the console presented the production and staging buckets with identical names and colours.',
      ),
      n(
        'It is worth stating plainly that Bogdan is not the culprit here; any engineer following the documented procedure would have deleted the same bucket.',
      ),
      n(
        'The tempting narrative, namely that the new hire "should have known better", does not withstand scrutiny, since nothing in the onboarding material mentioned the rate limiter at all.',
      ),
      n(
        'In the interest of fairness, we have removed the phrase "operator error" from the draft summary, because the operator acted exactly as the runbook instructed.',
      ),
      n(
        "Nobody should read this postmortem as a judgement on Valentina's competence; the key-rotation procedure had never been exercised end to end, by anyone.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        'The orders table was locked for 47 minutes by the online migration tool, which acquired an exclusive lock contrary to its own documentation.',
      ),
      n(
        'Regrettably, roughly 12,000 sessions were terminated by the load balancer when the configuration reload reset its connection tracking.',
      ),
      n(
        'At 04:12 the primary was demoted by the cluster manager following three failed health checks, and the replica was promoted automatically.',
      ),
      n('The audit records were truncated by the nightly retention job, which had shipped with a retention period of zero days.'),
      n(
        'It is worth noting that the alerts were suppressed by the maintenance-window automation, which had not been updated when the window was rescheduled.',
      ),
      n("Stale DNS records were served by the resolver's cache for a further six hours after the change had propagated upstream."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Henrik rolled back the migration at 14:49 UTC, after which write latency returned to its usual baseline within two minutes.'),
      n('At 02:31, Katarzyna re-enabled the replication monitor and confirmed that lag had recovered to under 200 ms.'),
      n('Yusuf approved deploy #4471 at 16:38; the canary stage did not yet exist at that time.'),
      n(
        'When interviewed, Siobhán explained that she opened the Grafana dashboard at 03:04 and observed the error rate rising on three of the four pods.',
      ),
      n('Joaquín shifted 50% of traffic to the eu-central region at 11:20 and the remaining half at 11:27.'),
      n(
        'Ximena Ruiz posted the first update to the status page at 14:35 and subsequent updates at thirty-minute intervals until the incident was closed.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n(
        'It is worth noting that the current health check is not capable of detecting a partially degraded node, since it tests only that the process is listening.',
      ),
      n(
        'The retention job was not doing its job: audit records are meant to be kept for the statutory seven years, and it kept them for none.',
      ),
      n(
        'Regrettably, we placed our trust in the status page published by our vendor, which continued to report full availability for forty minutes after their API had stopped responding.',
      ),
      n('The autoscaler, in its present form, is not competent to handle bursty traffic of the kind generated by the marketing campaign.'),
      n(
        'Finding 8: the staging environment cannot be relied upon as a faithful replica of production, as it differs in kernel version, instance type and data volume.',
      ),
      n(
        'The deployment pipeline behaved carelessly with secrets, printing environment variables into build logs that were readable by every employee.',
      ),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('To restore service, we simply reverted the load-balancer configuration to the version of 13 March.'),
      n('The fix, in the end, amounted to just one line in the connection pool configuration, deployed at 15:02.'),
      n('Clearly, the latency graphs show that the cache miss rate rose some four minutes before the database CPU saturated.'),
      n('It is obvious from the packet captures that the resolver, not the application, was returning the stale addresses.'),
      n('Regrettably, the remediation is not simply a matter of increasing the timeout; the retry policy itself needs to be redesigned.'),
      n('As the heap dumps clearly demonstrate, the memory leak originated in the JSON serialiser introduced in version 4.2.'),
    ],
  ],
];

/** Held-out split 9a: formal postmortem and stakeholder-report style, written blind; for scoring only, never for training or tuning. */
export const HELDOUT_LEARNED9A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);

/** The kind of each sentence of `HELDOUT_LEARNED9A`, in order (for error counts per kind; the sentences are never printed). */
export const HELDOUT_LEARNED9A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
