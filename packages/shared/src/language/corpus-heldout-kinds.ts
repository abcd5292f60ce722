import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out sentences for the five kinds of blame named in issue #14: responsibility pinned on a
 * person, judgements of competence, failure at one's job or role, blame in the passive voice or
 * through a description of the person, and counterfactuals about who should have been trusted or
 * allowed, each with neutral look-alikes that share the words. Written and committed before any rule
 * for these kinds was changed, and never used for tuning (the tuning sentences for the same kinds are
 * in corpus-dev-kinds.ts). Edit only to fix a labelling mistake, never to make the score go up.
 */
export const HELDOUT_KINDS: readonly CorpusItem[] = [
  // 1. Responsibility pinned on a named person.
  b('Oluwaseun is responsible for the data loss on the reporting cluster.', 'blame_individual'),
  b('The outage is on Ingrid; she pushed the change without a second pair of eyes.', 'blame_individual'),
  b('Responsibility for the lost orders lies with Carlos.', 'blame_individual'),
  b('Wei Zhang was responsible for letting the certificate lapse.', 'blame_individual'),
  b('We hold the release captain accountable for the broken rollout.', 'blame_individual'),
  b('The blame for the three-hour outage falls squarely on Anneke.', 'blame_individual'),
  b('He is the one responsible for taking down the login service.', 'blame_individual'),
  b('Fatima bears responsibility for the corrupted backups.', 'blame_individual'),
  b('The on-call engineer is to blame for the missed escalation.', 'blame_individual'),
  b('Tariq will be held responsible for the duplicate charges.', 'blame_individual'),
  b('This incident is entirely down to Lucía and her hotfix.', 'blame_individual'),
  b('The person responsible for the outage was the night-shift operator.', 'blame_individual'),
  b('Ultimately it was the DBA who was accountable for the failed restore.', 'blame_individual'),

  // 2. Judgements of competence.
  b('Anyone competent would have noticed the replica lag before promoting it.', 'human_error'),
  b('Björn clearly does not know what he is doing with Terraform.', 'human_error'),
  b('A more experienced engineer would never have run that query in production.', 'human_error'),
  b('Samantha is not qualified to be making schema changes.', 'human_error'),
  b('Any decent SRE would have checked the error budget first.', 'human_error'),
  b('The new hire was out of his depth on the database failover.', 'human_error'),
  b('It was an amateur mistake by Hiroshi.', 'human_error'),
  b('Only an incompetent operator would restart the primary during a backup.', 'human_error'),
  b('Mohammed lacks the basic skills to run a deploy safely.', 'human_error'),
  b('She clearly had no idea how the load balancer works.', 'human_error'),
  b('A competent team lead would have stopped the rollout at ten percent.', 'human_error'),
  b('Pieter is simply not good enough to be on the on-call rota.', 'human_error'),
  b('No serious engineer would have skipped the staging run.', 'human_error'),

  // 3. Failure at one's job or role.
  b('Aisha did not do her job as incident commander.', 'failed_to_person'),
  b('The on-call engineer failed at the one thing on-call is for.', 'failed_to_person'),
  b('Giorgos neglected his duties as the release owner.', 'failed_to_person'),
  b('The reviewer did a poor job of checking the migration.', 'failed_to_person'),
  b('As the owner of the service, Nadia let everyone down.', 'failed_to_person'),
  b('The incident commander was asleep at the wheel for the first hour.', 'failed_to_person'),
  b('Kwame did not live up to his responsibilities as on-call.', 'failed_to_person'),
  b('Our DBA was not doing her job when the disk filled up.', 'failed_to_person'),
  b('The support lead failed in his role of keeping customers informed.', 'failed_to_person'),
  b('Rahul was derelict in his duty to watch the dashboards.', 'failed_to_person'),
  b('The scribe did a terrible job of recording the timeline.', 'failed_to_person'),
  b('Svetlana dropped the ball as the communications lead.', 'failed_to_person'),

  // 4. Blame in the passive voice or through a description of the person.
  b('The mistake was made by the one who wrote the cleanup job.', 'blame_individual'),
  b('The production table was dropped by Priyanka.', 'blame_individual'),
  b('The wrong flag was flipped by the person on call that night.', 'blame_individual'),
  b('The bad config was pushed by someone who should have known better.', 'blame_individual'),
  b('The alert was silenced by Kofi and never turned back on.', 'blame_individual'),
  b('The error was introduced by whoever touched the billing module last.', 'blame_individual'),
  b('The backups were deleted by the new contractor.', 'blame_individual'),
  b('The outage was triggered by the engineer who skipped the checklist.', 'blame_individual'),
  b('The cache was wiped by Mateo during his shift.', 'blame_individual'),
  b('The guilty party is the developer who merged on Friday.', 'blame_individual'),
  b('The damage was done by the same person who broke staging last month.', 'blame_individual'),
  b('The rollback was botched by the on-call engineer.', 'blame_individual'),

  // 5. Counterfactuals about who should have been trusted or allowed.
  b('Jamal should never have been allowed to deploy on his own.', 'hindsight'),
  b('We should not have trusted Eun-ji with production access.', 'hindsight'),
  b('The intern should not have been given the keys to the database.', 'hindsight'),
  b('Nobody should have let Darius anywhere near the load balancer.', 'hindsight'),
  b('Giving Olga admin rights was a mistake we will not repeat.', 'hindsight'),
  b('Trusting the new contractor with the migration was our first error.', 'hindsight'),
  b('Marek should have been kept off the on-call rota.', 'hindsight'),
  b('In hindsight, letting Chiara approve her own change was a bad idea.', 'hindsight'),
  b('They should never have put Arjun in charge of the rollout.', 'hindsight'),
  b('Someone with his track record should not be allowed to touch production.', 'hindsight'),
  b('We were wrong to trust Thandiwe with the failover.', 'hindsight'),
  b('The junior engineer should never have had write access in the first place.', 'hindsight'),

  // Neutral look-alikes: system responsibility and role definitions.
  n('The scheduler is responsible for retries.'),
  n('The incident commander is responsible for coordinating the response.'),
  n('Responsibility for rotating the keys lies with the secrets service.'),
  n('The ingress controller is accountable for TLS termination.'),
  n('Each team is responsible for the alerts on its own services.'),
  n('Who is responsible for renewing the certificates is now written in the runbook.'),
  n('The communications lead is responsible for customer updates every 30 minutes.'),
  n('The sidecar is responsible for refreshing tokens before they expire.'),
  n('Ownership of the billing queue moves to the payments team next quarter.'),
  n('The outage is on the status page with a full timeline.'),

  // Neutral: competence of tools and systems.
  n('The linter is not competent at catching unsafe migrations.'),
  n('A more capable health check would have noticed the replica lag.'),
  n('The autoscaler clearly does not know about the memory limits.'),
  n('The old dashboard was not good enough to show per-region error rates.'),
  n('Our tooling lacks the basic checks to run a deploy safely.'),
  n('The deploy tool had no idea the schema had changed.'),
  n('A better canary analysis would have stopped the rollout at ten percent.'),
  n('New hires get a mentor for their first two on-call shifts.'),

  // Neutral: failure of systems at their job; role descriptions.
  n('The retry queue did not do its job when the database was read-only.'),
  n('The load balancer failed at the one thing it is for: draining unhealthy nodes.'),
  n('The reviewer role includes checking migrations for locking.'),
  n('The incident commander hands over at the end of each shift.'),
  n('The alert did a poor job of explaining which region was affected.'),
  n('The monitoring let us down because the metric was sampled every five minutes.'),
  n('The scribe records the timeline during the incident.'),
  n('The dashboard was asleep: its data source had stopped updating an hour earlier.'),

  // Neutral: passive voice about systems.
  n('The mistake was made in the config template.'),
  n('The production table was dropped by the migration script.'),
  n('The wrong flag was flipped by the automation after the merge.'),
  n('The bad config was pushed by the CI pipeline.'),
  n('The alert was silenced by a maintenance window that never ended.'),
  n('The error was introduced by the library upgrade to version 4.2.'),
  n('The backups were deleted by the retention policy.'),
  n('The outage was triggered by a certificate that expired at midnight.'),
  n('The change was approved by two reviewers, as the process requires.'),
  n('The rollback was started by Anjali at 14:05 and completed at 14:12.'),

  // Neutral: blameless counterfactuals about systems, and action items.
  n('The deploy should not have been allowed without a passing canary.'),
  n('The migration should never have been allowed to run during peak traffic.'),
  n('We should not have trusted the cached health status.'),
  n('The batch job should not have been given write access to the primary.'),
  n('Nothing should have let a single request exhaust the connection pool.'),
  n('We will make the runbook say who may approve production changes.'),
  n('Production access will require a second approver from next week.'),
  n('The pipeline should block deploys that skip staging.'),
  n('We trusted the vendor status page, which showed green throughout.'),
  n('Letting the cron job run during the failover was a gap in the tooling.'),
];
