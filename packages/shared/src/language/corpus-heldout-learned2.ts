import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Second held-out split for the learned layer of the review (issue #14), written and committed before
 * any change to the features, the model or the dev data of the second learned round. Never trained on,
 * never used to choose λ or the threshold, never used to tune a rule: its first-run figure is the
 * estimate reported in docs/language-review.md. Half blameful across the five kinds in fresh wording
 * and structures, half neutral look-alikes (system agents, action items, factual narration with names,
 * role definitions). Not part of `CORPUS`.
 */
export const HELDOUT_LEARNED2: readonly CorpusItem[] = [
  // Blameful: responsibility pinned on a named person.
  b('Looking back, the dropped payments land at Wendell’s door and nobody else’s.'),
  b('If you want to know why checkout died, ask Mirela.'),
  b('The one to answer for the corrupted backups is Yusuf, full stop.'),
  b('Everybody in the channel agreed the lost weekend was Kasimir’s doing.'),
  b('The cost of this incident should come out of Delphine’s bonus.'),
  b('I would put the corrupted index squarely at Haruto’s feet.'),
  b('Our customers lost a day of orders, and that is on Anouk.'),
  b('When leadership asks who caused the outage, the answer is Teodor.'),
  b('Honestly the whole mess has Linnea’s fingerprints all over it.'),
  b('Bartholomew owes the support team an apology for the expired domain.'),

  // Blameful: competence judgements.
  b('Siddharth simply does not understand how DNS works, and it showed.'),
  b('Nobody with real production experience would have run that command on a Friday.'),
  b('Give the pager to someone who actually knows databases next time, not Ilse.'),
  b('Frankly, Corentin is not senior enough to be touching the load balancers.'),
  b('A halfway decent SRE spots a full disk long before it pages.'),
  b('the new guy clearly has no clue what a replica set is'),
  b('Emeka is hopeless with anything involving certificates.'),
  b('You would expect a staff engineer to know that rollbacks need a migration plan.'),
  b('Marisol keeps proving she cannot handle on-call on her own.'),
  b('It takes a special kind of ignorance to drop the primary during peak.'),

  // Blameful: failure at one's job or role.
  b('Ragnar was supposed to watch the dashboards and spent the night asleep instead.'),
  b('The release manager never did the one thing the role exists for.'),
  b('As incident commander, Florentina was missing in action for the first hour.'),
  b('Our on-call engineer sat on the page for forty minutes without lifting a finger.'),
  b('Quentin dropped the ball on the handover, plain and simple.'),
  b('The reviewer waved the change through without reading a line of it.'),
  b('Oksana had one responsibility that week and she blew it.'),
  b('Being the DBA, Leopold should not have needed a reminder to check the backups.'),
  b('The comms lead went silent while customers were screaming on Twitter.'),
  b('@tobi ghosted the bridge call again, as usual'),

  // Blameful: passive voice or blame through a description of the person.
  b('The firewall rule was deleted by someone who clearly did not read the ticket.'),
  b('Production was brought down by the engineer who thought testing was optional.'),
  b('The alert had been silenced by a certain someone who was tired of being woken up.'),
  b('All of the customer data was exposed by the contractor who copied it to his laptop.'),
  b('The outage was caused by whoever decided to skip the canary.'),
  b('The bucket got made public by the person who was in a hurry to go home.'),
  b('This disaster was set in motion by an engineer who cannot follow a runbook.'),
  b('The migration was botched by the team member who insisted on doing it alone.'),
  b('Those credentials were leaked by someone on the data team who should know better.'),
  b('The cache was wiped by the one person told not to touch it.'),

  // Blameful: counterfactuals about who should have been trusted or allowed.
  b('Why did anyone think Dorotea could be trusted with the root password?'),
  b('Handing Aurelio the keys to production was asking for trouble.'),
  b('In hindsight, letting the intern run the failover was a terrible call.'),
  b('Leontyne never should have been put in charge of the migration.'),
  b('Nobody should have let Ferdinand anywhere near the billing database.'),
  b('Whoever approved admin rights for Bjarke needs to explain themselves.'),
  b('We trusted Solveig with the deploy keys and this is what we got.'),
  b('Putting a first-week hire on primary on-call was never going to end well.'),
  b('Why was Casimir still allowed to merge without review after last time?'),
  b('Giving the contractor write access to prod was a mistake we will not repeat with him.'),

  // Neutral: system agents.
  n('The firewall rule was deleted by the nightly reconciliation job.'),
  n('Production was brought down by a retry storm from the mobile clients.'),
  n('The alert had been silenced by a maintenance window that never expired.'),
  n('The bucket was made public by a Terraform default we had not overridden.'),
  n('The cache was wiped by the eviction policy when memory ran out.'),
  n('The load balancer is not configured to handle that many connections.'),
  n('The scheduler simply does not understand time zones, which caused the double run.'),
  n('The canary was skipped because the pipeline treated the config change as trivial.'),
  n('The backup job had one responsibility and it silently stopped doing it in March.'),
  n('The health check waved the broken build through because it only tested the port.'),

  // Neutral: action items and owners.
  n('Action item: Wendell will add a check for expiring domains to the weekly report.'),
  n('Mirela owns the follow-up to move payment retries behind a queue.'),
  n('Yusuf is responsible for testing the backup restore every quarter from now on.'),
  n('Follow-up for Haruto: document how the index is rebuilt after corruption.'),
  n('TODO (Anouk): add a dashboard for order throughput per region.'),
  n('Teodor and Linnea will pair on the new canary stage next sprint.'),
  n('Owner: Ilse. Add a runbook section on promoting a replica.'),
  n('Corentin has volunteered to write the load balancer change checklist.'),
  n('Next step: Emeka will automate certificate renewal with the ACME client.'),
  n('Marisol will shadow the on-call rotation for two weeks before joining it.'),

  // Neutral: factual narration with names.
  n('Ragnar was on call that night and acknowledged the page at 02:14.'),
  n('Florentina took over as incident commander at 09:05 and opened the bridge.'),
  n('Quentin handed over to Oksana at the end of his shift, as scheduled.'),
  n('Leopold checked the backups at 10:20 and found the last good one from Tuesday.'),
  n('@tobi joined the bridge call from his phone and read out the error rates.'),
  n('Dorotea rotated the root password after the incident, as the runbook says.'),
  n('Aurelio promoted the replica, and writes resumed within four minutes.'),
  n('The intern ran the failover drill in staging under supervision, and it went smoothly.'),
  n('Ferdinand restored the billing database from the 03:00 snapshot.'),
  n('Solveig found the leaked key in the build logs and revoked it within the hour.'),

  // Neutral: role definitions and process.
  n('The release manager is responsible for confirming the rollback plan before each release.'),
  n('The incident commander coordinates the response and does not debug the problem directly.'),
  n('A reviewer is expected to check the migration plan, not just the diff.'),
  n('The comms lead posts a status update every thirty minutes during a major incident.'),
  n('The DBA on call is allowed to pause replication if lag exceeds ten minutes.'),
  n('New hires are given read-only access to production for their first month.'),
  n('Only members of the platform group can approve admin rights, and each grant expires after a day.'),
  n('Contractors are trusted with staging credentials but not with production ones.'),
  n('Whoever is on call that week owns the pager and the handover notes.'),
  n('The primary on-call can page the secondary at any time without asking.'),

  // Neutral: hard look-alikes (names, evaluation of systems, blameless counterfactuals).
  n('Nobody could have predicted that the vendor would change the API without notice.'),
  n('Siddharth explained how DNS caching made the failover look slower than it was.'),
  n('Bartholomew apologised to customers on behalf of the company in the status post.'),
  n('Kasimir pointed out that the runbook assumed a disk layout we no longer use.'),
  n('The lost weekend of work was recovered from the replica by Thursday.'),
  n('Delphine asked why the alert threshold had been set so high, and nobody knew the history.'),
  n('In hindsight, a staged rollout would have limited the impact to one region.'),
  n('Casimir merged the fix after two approvals, following the new review rule.'),
  n('We gave Bjarke admin rights for the migration window, and they were revoked afterwards as planned.'),
  n('The team agreed the alerting gap, not any one person, let the disk fill up.'),
];
