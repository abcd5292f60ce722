import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 12B: written blind from the labelling conventions alone (CONVENTIONS12.md and the
 * `blameful` / `neutral` helpers), without reading any rule, lexicon, model or other corpus file. The
 * voice is engineers on data, infrastructure and security teams writing mid-work: runbook annotations,
 * SQL and notebook comments, Terraform/Kubernetes review remarks, security triage notes, migration logs,
 * 4 a.m. on-call diaries and post-incident blog drafts, with names from Korean, Polish, Zulu, Bengali,
 * Hungarian, Filipino, Lebanese, Norwegian, Colombian and Uzbek cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        "-- 03:12, replica lag under 2s again; put on record that the stale `orders_ro` reads, six hours of them, happened on Bartosz's watch and are his, not the database's.",
      ),
      b(
        'Triage note, INC-4471: the world-readable S3 bucket is attributable to Nomvula — please get that into the timeline before someone softens the wording.',
      ),
      b(
        "Whose outage was it? Jae-won's, plainly, because his unreviewed `terraform apply` against prod is where the 40 minutes of 502s came from.",
      ),
      b(
        'Runbook margin, added after Tuesday: the `pg_wal` volume filling up and taking the primary down with it belongs to Rami, who turned off archiving to save disk.',
      ),
      b('The whole backfill delay, three days of late finance dashboards and one very unhappy CFO, traces back to Zsófia and nobody else.'),
      b(
        'Blog draft, "what the cert expiry taught me": mostly that the expired wildcard cert and the three-hour outage it caused sit squarely with Eirik.',
      ),
      b("# NOTE(on-call): the shard rebalance that dropped 12k writes is Camilo's doing, so tag him as the cause on the postmortem."),
      b(
        "Write it in the summary exactly like this: the CIDR overlap that black-holed the EU peering connection is Dilnoza's responsibility, full stop.",
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Honestly, Sipho lacks the seniority for IAM trust-policy work, and yesterday's wildcard `sts:AssumeRole` proved it."),
      b('-- to whoever reviews this: Wojciech writes SQL as if indexes were a rumour; see the seq scan on line 40.'),
      b('Is Tanusree even qualified to run a major-version Postgres upgrade, given how the 4 a.m. rollback went?'),
      b("Ingrid can't handle Kubernetes networking, and I doubt another week pairing on CNI configs changes that."),
      b("TF review comment: this module reads like Bence's first week with Terraform, and he's been writing HCL here for two years."),
      b('On-call diary 04:40 — Maricel has neither the experience nor the judgment for the security rotation, and tonight showed it.'),
      b('Karim is a decent analyst but a hopeless DBA, which is how a `VACUUM FULL` landed on our biggest table at peak traffic.'),
      b("We keep handing the Kafka work to Sardor even though he doesn't have the skills to reason about consumer-group rebalances."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Andrés was primary on the pager and didn't ack the disk-pressure alert for 52 minutes."),
      b('Migration log, step 7, paused: Agnieszka was the assigned reviewer and approved the `ALTER TABLE` without ever reading it.'),
      b('The runbook gives the security on-call 15 minutes to revoke a leaked key; Bongani sat on this one until the morning standup.'),
      b("Part of Hyun-woo's job as release captain is checking feature-flag defaults before the rollout, and for 2.14 he skipped it."),
      b(
        'Why did nobody hear about the failing backups for nine days? Because Réka, who owns backup verification on the rota, stopped reading its reports in March.',
      ),
      b(
        "Notebook comment on cell 14: these counts are inflated because Debashis didn't do the Monday data-quality check he is assigned, so the dedupe never ran.",
      ),
      b('Sigrid was incident commander and spent the first half hour debugging a single pod instead of running the incident.'),
      b("As change approver for the firewall rules, Jomar had one duty, reading the CIDR before clicking approve, and he didn't do it."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b(
        'The prod kubeconfig was pasted into a public Slack channel at 02:10, and the API server saw logins from an unknown IP eleven minutes later.',
      ),
      b('Migration 0231 was run against the primary by Natalia instead of against the staging replica.'),
      b('The disk alert was silenced for 48 hours and then forgotten, which is the only reason the volume got to 100%.'),
      b('-- DO NOT TRUST THIS VIEW: the join condition was carelessly edited last sprint, and revenue was overstated for 11 days.'),
      b("During the hotfix the role's trust policy was widened to `Principal: *` by Levente and never narrowed back."),
      b(
        'Terraform state was force-unlocked by hand mid-apply, twice, while another apply held the lock, and that is how the NAT gateway got destroyed.',
      ),
      b(
        'On the bastion, audit logging had been switched off manually "for a minute" and left that way, so the intrusion went unseen for a week.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to put the prod database password in `values.yaml` owes the security team a weekend.'),
      b('The new contractor, the one pushing directly onto `main`, is why the deploy pipeline has been red since lunch.'),
      b('That cron was written at 3 a.m. by a guy who left zero comments and broke the billing exports, and he knows who he is.'),
      b("Find out which on-call engineer hit ack and then dozed off again, because that's where the 70 minutes went."),
      b('Somebody on the data team thinks `SELECT *` across 2 TB is fine, and that person has cost us $4k of BigQuery this month.'),
      b('Anyone who runs `kubectl delete ns` without a dry run first deserves exactly what happened on Thursday.'),
      b('It was the intern with admin on the Snowflake account who dropped the staging schema, and the backfill now takes two days.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Lindiwe should never have been holding write permissions on the production KMS keys to begin with.'),
      b('Why was Gergely allowed anywhere near the prod cluster a week after onboarding?'),
      b("Before she'd shadowed even one rotation, Rupa was put on primary pager, and she never should have been."),
      b("TF review: I wouldn't give Jasur `AdministratorAccess` again, not after what he did to the route tables."),
      b('Of all the people on the team, Tomasz was the last one who should have been given approval rights on security-group changes.'),
      b('If we had kept Layal away from the Vault unseal keys, the rotation would never have locked us out.'),
      b("Nobody should have trusted the vendor's support engineer with SSH on the database hosts; he had no business being there."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually merged the PR that turned off MFA for the admin group? I want a name.'),
      b("It was Valentina — she's the one who rotated the secret and never updated the Kubernetes Secret."),
      b("Let's be honest about who broke replication here: Kyung-soo, with his manual `pg_resetwal`."),
      b('Bastion logs and git blame agree that the unscoped `DELETE` came from Ákos, so the fault here is his.'),
      b('Someone needs to go after Ziad for the public ACL before this turns into an audit finding.'),
      b('04:15 diary entry — root cause, in one word: Farhana.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause field: human error in the hand-run failover at 03:20.'),
      b('The postmortem template wants a single cause, so I\'m entering "operator error — wrong region picked in the console".'),
      b("This was a people problem, not a platform one: an engineer's mistake in the CIDR math took down peering for every EU VPC."),
      b("Classification for the SOC report: data exposure caused by a staff member's error in the bucket policy."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Eszter should have seen the replication slot growing on the dashboard long before the disk hit 100%.'),
      b('Otabek had the diff open for ten minutes, so he of all people should have spotted the `0.0.0.0/0` in the ingress rule.'),
      b('Looking back, Daniela should have known that a `TRUNCATE` on the parent would cascade into every partition.'),
      b("With the Friday freeze already announced, Solveig could have held the migration until Monday, and she didn't."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Themba only needed to type `terraform plan` before the apply, that's all."),
      b('Julián simply needed to read step 3 of the runbook before failing over.'),
      b("Couldn't Nodira just have checked the cron's timezone before scheduling the purge?"),
      b("Rotating the key takes two minutes, and Elie just didn't bother."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Przemek obviously never tested the migration against a prod-sized snapshot.'),
      b('Clearly nobody on the night shift bothered reading the alert, whose text named the full shard in plain English.'),
      b('As the audit trail makes obvious, Magnus approved his own privilege escalation without waiting for a second reviewer.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The `pg_dump` cron should have failed loudly instead of writing a zero-byte file and exiting 0.'),
      n('The admission controller could have rejected the privileged pod, but it was running in audit mode rather than enforce.'),
      n('Terraform should have refused to destroy the RDS instance; `prevent_destroy` was missing from the module.'),
      n("Would a per-shard disk alert at 80% have paged us earlier? Almost certainly, and there wasn't one."),
      n('Our CI pipeline ought to have blocked a migration that takes an `ACCESS EXCLUSIVE` lock on a 300 GB table.'),
      n('In a sane setup the WAF would have rate-limited the credential-stuffing traffic long before it reached the login service.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Sibusiso, due 14 Mar): add `prevent_destroy` to every stateful resource in the `data-platform` module.'),
      n("Action: Csilla drafts runbook steps for replica promotion when the primary's WAL volume is full."),
      n('- [ ] @Arvin rotates the remaining CI tokens and confirms in #sec-incident by Friday.'),
      n('Follow-up owned by Gulnora: move backup verification off the shared box into a Kubernetes CronJob that pages on failure.'),
      n('Owner for the IAM least-privilege review is Santiago, with Kari as reviewer, targeting the end of Q2.'),
      n(
        "Next steps: Anirban takes the feature-flag audit and Zanele takes the VPC CIDR inventory, both reporting back at Thursday's sync.",
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Min-jun. Comms: Paola. Ops lead: Øystein.'),
      n('Dorota held the DBA on-call slot that week, with Trond as secondary.'),
      n('During the response Nusrat handled customer comms while Balázs worked through the WAF logs.'),
      n('Roles for the migration window: Jadwiga executes, Tarek reviews each step, Rowena watches the replication dashboards.'),
      n('The security on-call for the weekend was Ayanda, and the scribe on the bridge call was Shahnoza.'),
      n('Who was on the pager? Primary was Eun-ji, secondary was Grzegorz, and the escalation manager was Rhea.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Mandla had been on the bridge for nine hours by the time we found the bad route; he needed sleep more than another hypothesis.'),
      n("04:05 diary — everyone is exhausted, this is Sanele's third page tonight, and I'd rather we hand over than push through."),
      n('The data team has carried three migrations and a SOC 2 audit this quarter, and that workload is not sustainable.'),
      n('Katarzyna cared a lot about getting the backfill right, which is why she stayed until 2 a.m. checking row counts.'),
      n('Nobody should be doing a `pg_upgrade` on a fourth straight night shift; Jahongir was running on fumes and told us so.'),
      n('Tamás mentioned burnout in his last 1:1, and that context belongs in this postmortem next to the timeline.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The audit log line reads `user=mzofia action=DeleteBucket resource=s3://prod-exports result=Success`.'),
      n('Alertmanager fired `KubePodCrashLooping: pod payments-api-7f9c restarted 14 times (owner: team-payments)` at 03:58.'),
      n('CloudTrail shows `eventName: PutBucketPolicy` with `userIdentity.arn` ending in `user/jasurbek.t` at 02:11Z.'),
      n('psql returned `ERROR: permission denied for table invoices` when the migration role reached step 4.'),
      n('From the Terraform output: `Error: deleting Security Group: DependencyViolation: resource sg-0a1b has a dependent object`.'),
      n(
        'GuardDuty finding, verbatim: `UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B — user kwisniewski logged in from an unusual location`.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I ran the `DROP INDEX CONCURRENTLY` on the wrong database, so from now on I set `PGDATABASE` explicitly in the session banner.'),
      n('That was my mistake: I approved the Terraform plan without scrolling down to the three destroys at the bottom.'),
      n('We shipped the feature flag with a default of `true` and I own that; prod defaults on the flag service now need two approvals.'),
      n("Note to self at 4:20 a.m.: I silenced the disk alert on Tuesday and forgot about it, and that's why tonight happened."),
      n('Our team rolled out the new CIDR plan without checking the peered accounts — we got that wrong.'),
      n("I should have let the replica catch up before I promoted it, and I'm adding that check to the runbook myself."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some folks in #incidents were calling this Bartosz's fault; it isn't, the apply ran exactly as the pipeline allowed it to."),
      n(
        'I\'m not writing "human error" in the root cause field, because that phrase explains nothing about why the console allowed a prod delete.',
      ),
      n("Could we pin this on the contractor? Sure, and we'd learn nothing; the real gap is a role with `s3:*` on every bucket."),
      n("This isn't a competence issue and nobody here is incompetent — the migration tool silently skipped the lock timeout."),
      n(
        "Yes, Ji-woo ran the command, but framing the outage as Ji-woo's fault would hide the missing guardrail in our `kubectl` contexts.",
      ),
      n(
        'Please take "should have known better" out of the draft; it judges the on-call instead of describing what the alert failed to show.',
      ),
      n(
        'The "who broke prod" question is off the table for this review; we\'re looking at why the deploy path let an untested image through.',
      ),
      n('Blaming the night shift is the easy story and the wrong one, since the pager was routing to an empty schedule.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The replication slot was dropped by the `pg-operator` reconcile loop after the pod restarted.'),
      n("Connections were exhausted by the ORM's retry storm within 90 seconds of the failover."),
      n('The stale DNS record was cached by the JVM for the full TTL, so traffic kept going to the old primary.'),
      n('Rows were silently truncated by the CSV loader whenever a column exceeded 255 characters.'),
      n('A lock on `events_2024_03` was taken by autovacuum and held for 41 minutes, which blocked the migration.'),
      n(
        'The database credential was rotated by the Vault lease expiry at midnight UTC and never propagated to the pods, which kept the old one.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("Seo-yeon bounced the ingest consumers at 02:31, since the lag graph matched January's stuck-consumer pattern."),
      n('Bekzod scaled the node pool from 6 to 12, reasoning that the OOM kills looked like memory pressure rather than a leak.'),
      n('Juliana ran `ANALYZE` on the orders table after noticing the planner estimates were off by three orders of magnitude.'),
      n('Fadi disabled the feature flag at 14:02 — the documented first step for any spike in checkout errors.'),
      n('Marites opened a ticket with the cloud provider at 05:10, after the health checks in us-east-1b started flapping.'),
      n('Esteban rolled the Helm release back to chart 3.4.1, the last version that passed canary, while the rest of us kept debugging.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The backup job failed at the only thing it exists for: nine nights of reported success while it wrote empty archives.'),
      n('We trusted the health check far too much; it only tested that the port was open, not that the database accepted writes.'),
      n("By its own documentation, the vendor's WAF is not competent at spotting low-and-slow attacks."),
      n('Our alerting is negligent about disk growth, checking hourly on a volume that can fill in twenty minutes.'),
      n('The migration framework is careless with locks: it never sets `lock_timeout`, so one slow `ALTER` queues every query behind it.'),
      n('Responsibility for renewing certs sat with a cron on a host decommissioned in May, so in practice nothing owned it.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just the CIDR: `/24` becomes `/23`, one line.'),
      n('The flame graph obviously points at the JSON serializer, not the database.'),
      n("Simply raising `max_wal_size` won't help here, since the checkpoint pressure comes from the bulk load."),
      n("Clearly the graph shows lag starting at 01:14, six minutes before the deploy, so the deploy isn't the trigger."),
      n('Reverting is simply `helm rollback payments 41`, under a minute end to end.'),
      n("It's obviously a small change, two lines in the IAM policy, but it touches prod so it needs a second reviewer."),
    ],
  ],
];

export const HELDOUT_LEARNED12B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED12B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
