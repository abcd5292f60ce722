import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fourth held-out split for the learned layer of the review (issue #14, round 4), written and
 * committed before any change of round 4 (data, features, model or rules), and scored once on the
 * round-3 model as the "before". Written as an outside reviewer would write retrospective text, not
 * shaped to the rules. Never trained on, never used to choose a hyper-parameter or the threshold,
 * never used to tune a rule or to pick dev sentences: its misses are reported, not fixed.
 *
 * 70 blameful sentences, 14 for each of the five kinds the hidden corpus missed (responsibility
 * pinned on a named person, competence judgements, failure at one's job or role, blame in the
 * passive or through a description of the person, counterfactuals about who should have been
 * trusted or allowed); 70 look-alikes that are not blame: neutral narration with people and roles,
 * passive voice with system agents or no agent, "should have" about systems, action items, role
 * definitions, blame named and rejected. Not part of `CORPUS`.
 *
 * Spent since round 5: it was scored in rounds 4 and 5 and now trains the layer (training-splits.ts);
 * held-out split 5 took its place.
 */
export const HELDOUT_LEARNED4: readonly CorpusItem[] = [
  // Blameful: responsibility pinned on a named person.
  b('Make no mistake, this one belongs to Wojciech.'),
  b('Everything that went wrong on Tuesday can be laid at Ngozi’s feet.'),
  b('The finger points squarely at Leopold for the corrupted backups.'),
  b('Customers lost a day of orders, and that is Teodora’s doing.'),
  b('We can pin the checkout outage on Sigrun without much argument.'),
  b('Bartholomew owns this failure, full stop.'),
  b('The account takeover happened because Dalia left the admin token in a gist.'),
  b('Whose fault was the outage? Quentin’s, plainly.'),
  b('The region went dark for three hours and Rashida is answerable for every minute of it.'),
  b('If we are honest, the person behind this incident is Mateusz.'),
  b('It comes back to Ifeoma every time: she is why we paged the whole company.'),
  b('Hamish is the one who has to carry this outage.'),
  b('The lost shipments trace to one person, and his name is Casimir.'),
  b('Management has made it clear that the breach is Yevgenia’s responsibility.'),

  // Blameful: judgements of competence.
  b('Frankly, Ottoline does not have the chops to be trusted with a schema change.'),
  b('Nobody with half a clue would restart all the replicas at once.'),
  b('It takes a special kind of engineer to drop the production table twice in one week.'),
  b('Thaddeus still does not understand how connection pools work, and it showed.'),
  b('The on-call was out of her depth from the first page.'),
  b('Any decent operator would have recognised a full disk in seconds.'),
  b('Honestly the SRE on shift is not capable of running an incident of this size.'),
  b('He is simply not good enough at networking to own the load balancers.'),
  b('A first-year student could have diagnosed this faster than Ambrose did.'),
  b('Ludmila’s grasp of DNS is shaky at best, as this outage proves.'),
  b('The contractor plainly had no idea what he was doing in the billing database.'),
  b('Someone this inexperienced has no business approving migrations.'),
  b('Kwabena keeps proving he cannot be relied on under pressure.'),
  b('That was an amateur move from someone who calls herself a senior engineer.'),

  // Blameful: failure at one's job or role.
  b('The incident commander spent the first hour arguing instead of commanding.'),
  b('Our release manager let a half-tested build out the door.'),
  b('Percival was on call and did not pick up for forty minutes.'),
  b('The reviewer rubber-stamped the pull request without opening the diff.'),
  b('As the database owner, Svetlana dropped the ball on the backups.'),
  b('The comms lead posted nothing to the status page for two hours.'),
  b('Isidore was supposed to watch the rollout and wandered off to lunch.'),
  b('Our security champion never got round to rotating the leaked keys.'),
  b('The primary went silent during the worst of it, leaving the secondary to guess.'),
  b('Facilitating the review was Fenella’s job, and she ran it badly.'),
  b('The approver signed the change off after reading only the title.'),
  b('Ignatius neglected his duties as incident scribe and the timeline has gaps.'),
  b('The person on pager duty muted the alerts and went back to sleep.'),
  b('Nobody in the platform team did their job during the failover.'),

  // Blameful: blame in the passive or through a description of the person.
  b('The firewall rule was deleted by the same person who deleted it last quarter.'),
  b('The wrong cluster was wiped by whoever had the admin console open.'),
  b('This mess was created by the one engineer who refuses to use the staging environment.'),
  b('The bad config was pushed by somebody who did not bother to read the diff.'),
  b('The person who approved the change is the reason we were down.'),
  b('The certificate was allowed to expire by the team that owns it.'),
  b('Whoever wrote this migration should be embarrassed.'),
  b('The customer data was exposed by an engineer who copied it to a personal laptop.'),
  b('The damage was done by the one who kept clicking retry on the failed job.'),
  b('The outage was caused by a careless late-night edit from the new lead.'),
  b('The deploy lock was overridden by someone who thought the rules did not apply to them.'),
  b('The table was truncated by a developer who was in too much of a hurry.'),
  b('Those who signed off on this design own the consequences.'),
  b('The storage quota was blown by the analyst who ran an unbounded export.'),

  // Blameful: counterfactuals about who should have been trusted or allowed.
  b('Cordelia was never the right person to hand the root password to.'),
  b('We should not have let Benedikt anywhere near the payment keys.'),
  b('In hindsight, trusting Aurelio with the migration was our mistake.'),
  b('Giving the intern write access to production was asking for trouble.'),
  b('Ephraim should have been kept off the on-call rota until he had more experience.'),
  b('Letting a contractor merge to main without review was never going to end well.'),
  b('The new hire had no business holding the deploy button on her second day.'),
  b('If Rosalind had not been allowed to approve her own change, none of this would have happened.'),
  b('Who thought it was a good idea to make Torvald the incident commander?'),
  b('Handing the failover to someone who had never done one was a bad decision.'),
  b('Marisol should never have been given admin on the billing cluster.'),
  b('The junior should have been supervised by someone who knew the system.'),
  b('We trusted Evander to do it right, and that was the error.'),
  b('A person with his track record should not have been allowed to touch DNS.'),

  // Neutral: people and roles in factual narration.
  n('Wojciech rolled the payments service back at 14:22.'),
  n('Ngozi joined the bridge and took over as incident commander.'),
  n('Leopold restored the backups from the 03:00 snapshot.'),
  n('Teodora noticed the order queue growing and opened an incident.'),
  n('Sigrun and Hamish paired on the checkout fix.'),
  n('Dalia rotated the admin token as soon as the gist was reported.'),
  n('Rashida wrote the timeline for the region outage.'),
  n('The on-call engineer acknowledged the page within two minutes.'),
  n('The comms lead posted the first status update at 09:10.'),
  n('Percival handed over to the secondary at the end of his shift.'),
  n('The reviewer asked for a dry run before approving the migration.'),
  n('Svetlana confirmed the backups were restorable during the drill.'),
  n('Our security champion is running a workshop on key rotation next week.'),
  n('The contractor documented the billing database schema in the wiki.'),

  // Neutral: passive voice with a system agent or no agent.
  n('The firewall rule was deleted by the drift-correction job.'),
  n('The wrong cluster was selected because both clusters share a display name.'),
  n('The certificate was renewed automatically at 02:00.'),
  n('The bad config was rejected by the schema validator in staging.'),
  n('The table was truncated by the retention policy, as designed.'),
  n('The storage quota was exceeded after the export ran without a row limit.'),
  n('The deploy lock was released by the pipeline when the canary passed.'),
  n('The customer data was encrypted at rest and never left the region.'),
  n('Alerts were muted by the maintenance window that nobody had closed.'),
  n('The migration was approved through the normal change process.'),

  // Neutral: "should have" and counterfactuals about systems.
  n('The load balancer should have drained the node before the restart.'),
  n('The failover script should have refused to run against the primary.'),
  n('A rate limit on the export endpoint would have kept the quota intact.'),
  n('The deploy tool should not have let a build without tests through.'),
  n('If the backup job had verified its output, the corruption would have surfaced weeks earlier.'),
  n('The admin console should have asked for confirmation before wiping a cluster.'),
  n('Had the alert routed to the secondary, the page would have been answered sooner.'),
  n('With a staging environment that matched production, the bug would have shown up there.'),

  // Neutral: action items, role definitions and policy.
  n('Action: Marisol to add two-person approval for changes to the billing cluster.'),
  n('Follow-up: Benedikt will move the payment keys into the secrets manager.'),
  n('The incident commander is responsible for coordinating the response, not for fixing it.'),
  n('Aurelio owns the migration runbook and will update it by Friday.'),
  n('New hires get read-only production access for their first month.'),
  n('Interns pair with a senior engineer for any change to production.'),
  n('Only members of the platform team can override the deploy lock.'),
  n('TODO: Ephraim to shadow two on-call shifts before joining the rota.'),
  n('Contractors merge to main through the same review as everyone else.'),
  n('Rosalind will propose a rule that blocks self-approval of changes.'),
  n('The release manager decides whether a build ships; the checklist lists what she checks.'),
  n('Evander volunteered to run next quarter’s failover drill.'),

  // Neutral: blame named and rejected, sympathy, and hard look-alikes.
  n('Nobody should carry this outage alone; the pager routing failed all of us.'),
  n('It would be easy to blame Quentin, but the tooling gave him no warning.'),
  n('Any of us would have made the same call with the information on the dashboard.'),
  n('Casimir could not have known the replica was stale.'),
  n('The question is not who pushed the change but why the pipeline accepted it.'),
  n('Ludmila explained how DNS caching made the rollback look like it had failed.'),
  n('Kwabena asked for help early, which shortened the outage.'),
  n('The first-year students on the rota found the runbook hard to follow.'),
  n('Torvald was incident commander, and the handover notes were clear.'),
  n('The person who approved the change was paged and joined within five minutes.'),
  n('Whoever is on call next week will have the new dashboards.'),
  n('The engineer who found the leak wrote a short guide to profiling heaps.'),
  n('Cordelia holds the root password as part of the break-glass procedure.'),
  n('The one who reported the bug got a thank-you in the all-hands.'),
  n('Giving responders read access to the logs sped up the diagnosis.'),
  n('The team trusted the metric because it had been accurate for two years.'),
  n('Ifeoma paged the database team when replication lag passed ten minutes.'),
  n('The primary on-call was in a tunnel, so the page escalated to the secondary after five minutes.'),
  n('Fenella facilitated the review and kept it to the timeline.'),
  n('The approver saw a green build and a two-line diff, which matched what the change described.'),
  n('Isidore watched the rollout dashboard until the error rate settled.'),
  n('Mateusz was trusted with the migration because he wrote the original schema.'),
  n('The contractor was given access through the standard onboarding ticket.'),
  n('Whose dashboard was this? It belongs to the search team, and they shared it with us.'),
  n('The mistake was made in the migration template, which every team copies.'),
  n('It was decided by the change board to hold releases until Monday.'),
];
