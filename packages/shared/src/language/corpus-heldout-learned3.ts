import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Third held-out split for the learned layer of the review (issue #14, round 3), written and committed
 * before any change of round 3 (data, features, model or rules), and scored once on the round-2 model
 * as the "before". Never trained on, never used to choose a hyper-parameter or the threshold, never
 * used to tune a rule or to pick dev sentences: its misses are reported, not fixed.
 *
 * 65 blameful sentences, 13 for each of the five kinds the hidden corpus missed, in varied registers
 * (postmortem prose, chat, terse notes, long sentences with subordinate clauses), tenses, names of
 * many origins, pronouns and roles; 55 hard look-alikes that are not blame: blameless actions with
 * names, systemic counterfactuals, ownership facts, action items, blame being rejected, systems
 * failing at their job, passives with system agents, permissions stated as policy, chat. Not part of
 * `CORPUS`.
 */
export const HELDOUT_LEARNED3: readonly CorpusItem[] = [
  // Blameful: responsibility pinned on a named person.
  b('Per the timeline, Oyelaran is responsible for the four hours customers could not pay.'),
  b('tbh the data loss is on Krzysztof, he owns that mess'),
  b('Accountability for the failed migration sits with Maeve, who approved it without a dry run.'),
  b('The person who has to answer for last night’s outage is our DBA.'),
  b('If anyone gets written up for this, it should be Tomasz.'),
  b('Leadership has decided that Ines bears full responsibility for the breach.'),
  b('ngl this whole incident traces straight back to Arjun'),
  b('Root cause: Hyun-woo.'),
  b('Whatever the dashboards say, it was the new hire who caused the outage, and she should own that.'),
  b('He is the reason the queue backed up for six hours.'),
  b('Put it in the report that the on-call is accountable for the missed SLA.'),
  b('Since Folasade signed off on the change that took down search, the outage is hers to own.'),
  b('Responsibility for the lost invoices rests with ops, and specifically with Nikolai.'),

  // Blameful: judgements of competence.
  b('Anyone who had read the runbook even once would have caught that.'),
  b('A competent engineer does not run DELETE without a WHERE clause.'),
  b('Honestly, Priyanka is not up to the job of running the database tier.'),
  b('lol who lets a junior who cannot read a stack trace touch the cluster'),
  b('The on-call clearly lacked the basic skills to diagnose a memory leak.'),
  b('Any engineer worth their salary would have spotted the typo in the config.'),
  b('Jae-min has shown again that he is out of his league with Kafka.'),
  b('Seriously, how does someone with ten years of experience not know what a TTL is?'),
  b('We need people who understand networking on this rota, and Gustavo is not one of them.'),
  b('The contractor’s inexperience was plain to everyone who looked at the pull request.'),
  b('Had a capable person been on call, this would have been a ten-minute blip.'),
  b('Not the brightest move from Olamide, and frankly not the first.'),
  b('An intern could have diagnosed this faster than the ops team did.'),

  // Blameful: failure at one's job or role.
  b('Reviewing the migration was Dagny’s one job, and she approved it unread.'),
  b('The incident commander spent the first hour doing anything except commanding.'),
  b('As the approver, Wojciech had a single duty and he did not perform it.'),
  b('on-call didnt even ack the page, what is the point of having an on-call'),
  b('Mariam was the designated reviewer and simply did not review.'),
  b('The DBA on shift abandoned his post during the failover.'),
  b('Our release manager is meant to gate risky deploys, and last night he gated nothing.'),
  b('Kwame never showed up to the bridge although he was the primary.'),
  b('The team lead failed the team when it mattered most.'),
  b('Checking backups is literally what ops is paid for, and ops did not check them.'),
  b('Hiroshi was nominally on call but unreachable all night, which is a dereliction of the role.'),
  b('The scribe wrote nothing down, so the timeline is empty.'),
  b('She had the pager and treated it as optional.'),

  // Blameful: passive voice, or blame through a description of the person.
  b('The production database was wiped by someone who should have known better.'),
  b('The firewall rule that locked everyone out was added by Benedikt without a ticket.'),
  b('The mistake was made by the same person who broke staging last week.'),
  b('Customer data was exposed by a careless engineer on the platform team.'),
  b('All of the alerts were muted, by the guy who complained about noise last sprint.'),
  b('The outage was caused by whoever pushed at 5pm on a Friday.'),
  b('The config got fat-fingered by Anneliese, again.'),
  b('A bad index was introduced by the developer who never writes tests.'),
  b('Production was taken down by a person who had been warned twice to leave it alone.'),
  b('The error was made by the one engineer who skipped the checklist.'),
  b('Traffic was sent to the dead region by Ye-jin, who ignored the warning banner.'),
  b('The backups were deleted by an over-eager new hire.'),
  b('This has all the marks of someone who skipped testing entirely.'),

  // Blameful: counterfactuals about who should have been trusted or allowed.
  b('Zainab should never have had write access to the billing database.'),
  b('Why was Lorenzo given the keys to production in his first week?'),
  b('In hindsight, trusting the new hire with the migration was the real mistake.'),
  b('Someone with his track record should not be approving infra changes.'),
  b('We trusted Dmitri with the failover, and we should not have.'),
  b('Handing the pager to a contractor on day two was a gamble we lost.'),
  b('Ops should never have let Esperanza deploy unsupervised.'),
  b('The intern should not have been on the deploy rota at all.'),
  b('Next time pick someone you can actually trust to run the restore, not Cosmin.'),
  b('Giving Radka admin rights was a decision we will regret for a long time.'),
  b('Quite why anyone thought Thabo could be trusted with root is beyond me.'),
  b('If we had kept Björn off the approver list, none of this would have happened.'),
  b('Mateus was the wrong person to hand the database keys to.'),

  // Neutral: blameless actions with names.
  n('Priya restarted the pod at 14:02 and latency recovered.'),
  n('Oyelaran paged the database team at 02:15 after the replica lag alert fired.'),
  n('Krzysztof rolled back the release and posted an update in the channel.'),
  n('At 09:40 Maeve approved the change, which had passed every check in CI.'),
  n('Hyun-woo noticed the error rate climbing and declared an incident.'),
  n('The on-call acknowledged the page within two minutes.'),
  n('Bogdan ran the migration from the runbook, as documented.'),

  // Neutral: systemic counterfactuals.
  n('The deploy tool should have blocked a migration without a dry run.'),
  n('A lock on the production database would have prevented the wipe.'),
  n('The pipeline should never have allowed a change without a second approver.'),
  n('Our alerting should have paged someone as soon as the disk passed 90 percent.'),
  n('Nothing in the tooling stopped a script from targeting the wrong cluster, and it should have.'),
  n('The runbook could have warned that the command is irreversible.'),

  // Neutral: responsibilities stated as ownership facts and role definitions.
  n('The payments team owns the retry queue.'),
  n('Ines is responsible for the quarterly access review.'),
  n('Nikolai is the owner of the billing service and the first contact for its alerts.'),
  n('Responsibility for certificate renewal moved to the platform team in March.'),
  n('As incident commander, Folasade coordinated the responders and kept the status page current.'),
  n('Under the current policy the DBA on shift approves schema changes.'),

  // Neutral: action items.
  n('Sam will add an alert for certificate expiry.'),
  n('Action: Tomasz to write a runbook for the failover, due Friday.'),
  n('Follow-up: restrict write access to the billing database to the deploy pipeline.'),
  n('Gustavo will pair with the new hire on the next two migrations.'),
  n('TODO(Arjun): add a dry-run flag to the cleanup script.'),

  // Neutral: blame named and rejected.
  n('Some people in the channel called it human error, but we reject that framing.'),
  n('This review does not ask who is responsible; it asks what made the failure possible.'),
  n('Nobody here is to blame for the data loss: the backup job had been failing silently for weeks.'),
  n('It would be easy to say the on-call should have caught it, but the alert never reached her.'),
  n('We are not going to name anyone in this document.'),

  // Neutral: ability, duty and failure of systems; staffing facts.
  n('The new hire had not yet done the database training, which the onboarding plan schedules for week three.'),
  n('The health check is not smart enough to notice a half-open connection.'),
  n('Experienced engineers found the dashboard confusing too, which points at the dashboard.'),
  n('The consumer lag metric is a poor indicator of the real backlog.'),
  n('The watchdog did not do its job because it was watching the wrong port.'),
  n('The load balancer failed at its one task of routing around the dead node.'),
  n('The on-call rota had a gap on Sunday night, so the pager was unassigned for three hours.'),
  n('Kwame was on holiday, as planned, and his backup had not been configured in the paging tool.'),

  // Neutral: passive voice with system agents or incident responses.
  n('The production database was wiped by the nightly cleanup job.'),
  n('The firewall rule was added by the Terraform module during the apply.'),
  n('The error was detected by Hiroshi during a routine check.'),
  n('Traffic was shifted to the healthy region by the on-call at 03:10.'),
  n('The bad index was introduced by an automated migration generated by the ORM.'),
  n('The backups were deleted by a lifecycle policy that nobody knew existed.'),

  // Neutral: trust and permission as facts or policy.
  n('Zainab was given write access to the billing database in June, following the access policy.'),
  n('We trusted the replica lag metric, which turned out to be stale.'),
  n('New hires get production access after their second week, by design.'),
  n('Esperanza deployed unsupervised, which the process allows for changes of this size.'),
  n('The approver list should be generated from the ownership file instead of maintained by hand.'),
  n('The contractor had the same permissions as everyone else on the team.'),

  // Neutral: chat, terse notes and long narration.
  n('ack, rolling back now - Thabo'),
  n('@mateus can you grab the heap dump before we restart?'),
  n('Björn: db is back, monitoring for 30m'),
  n('Olamide found the root cause at 11:20: a stale DNS record.'),
  n(
    'Although Wojciech had merged the change an hour earlier, the error only appeared once the cache expired, which is why the first responders looked elsewhere.',
  ),
  n('Mariam asked in the channel whether anyone else had seen the 502s, and Dagny replied that she had.'),
  n('Radka and Cosmin split the restore: she took the primary, he checked the replicas.'),
  n('Lorenzo was on his first on-call week and shadowed the secondary, as the rota plans.'),
];
