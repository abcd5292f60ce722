import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fifth held-out split for the learned layer of the review (issue #14, round 5). Written fresh and
 * committed before reading any other corpus file or the model code, after splits 1–4 had all been
 * read or trained on; scored on the round-4 model as the "before". Never trained on, never used to
 * choose a hyper-parameter, the threshold, a rule or a training sentence: its misses are reported,
 * not fixed. At most three evaluations on it in round 5 (counted in docs/language-review.md).
 *
 * 66 blameful sentences over the kinds of the issue: responsibility pinned on a named person (8),
 * competence judgements (7), failure at one's job or role (7), blame in the passive voice (7), blame
 * through a description of the person (6), counterfactuals about who should have been trusted or
 * allowed (7), naming a culprit (6), human error (6), hindsight "should have" (6), minimizing (6).
 * 66 look-alikes that share the vocabulary but are about the system: passive voice with system
 * agents (8), ownership "responsible for" (7), action items (8), blame quoted and rejected (6),
 * factual past actions by people (10), "should have" about systems (7), competence / job / trust
 * words about systems (8), descriptions of a person without blame (6), "just / simply" about the
 * fix (6). Not part of `CORPUS`.
 *
 * Before any scoring, 42 sentences that shared a run of five consecutive words with a training
 * sentence or split 4 were reworded (same kind, same label), decided on the text alone; none shares
 * one now (`evaluate-cli.ts` checks it).
 */
export const HELDOUT_LEARNED5: readonly CorpusItem[] = [
  // responsibility pinned on a named person
  b('Four hours of lost orders, and Siobhan is responsible, plain and simple.'),
  b('Ultimately the data loss comes down to Takumi.'),
  b('Responsibility for the broken invoices rests squarely with Joaquín.'),
  b("Let's be honest, Ifeoma owns this outage."),
  b('The corrupted backups are on Björn, since he wrote the rotation script and never tested it.'),
  b('Checkout went down over an expired certificate, and Dmitri is to blame.'),
  b('Whoever signs off on a change like that is accountable for what happened, and that was Leilani.'),
  b('We hold Mehmet accountable for the billing double-charge.'),
  // competence judgements
  b('Any halfway decent engineer would have noticed that the index was missing before merging.'),
  b("Frankly, Aarav isn't experienced enough for anyone to let him touch the payments database."),
  b('A senior person would never have run that script against production.'),
  b("Xiomara clearly didn't understand how replication works."),
  b('Deploying on a Friday night with no rollback plan takes real carelessness, and Tenzin managed it.'),
  b('The on-call engineer lacked the basic skills needed to make sense of a CPU profile.'),
  b('Someone with more sense would have asked before deleting the bucket.'),
  // failure at one's job or role
  b('Ayşe never did what an incident commander is supposed to do.'),
  b('As the reviewer, Farhan failed at the single thing reviewers are there for.'),
  b('Our release manager completely dropped the ball with the freeze window.'),
  b("Chiamaka wasn't doing her job during the handover, which is how the alert went unanswered."),
  b('The DBA on shift neglected his basic duties that night.'),
  b('Rangi let down everyone who was depending on the on-call rotation.'),
  b('The comms lead completely failed to keep customers informed, which is the whole point of that role.'),
  // passive voice
  b('The production config was overwritten by Sunniva during what should have been a dry run.'),
  b("The wrong branch was merged by Haruto, and that's what took the site down."),
  b('The customer table got truncated by Zainab.'),
  b('The alert was muted by Pedro and nobody found out for a week.'),
  b('Unfortunately the firewall rule was removed by Keoni without telling anyone.'),
  b("The error was introduced by Esperanza's careless copy-paste."),
  b('The rollback got botched by Wojciech.'),
  // description of the person
  b('This outage got caused by the one who pushed straight to main.'),
  b('Blame the person who decided load testing was optional.'),
  b('This all traces back to whoever thought it was fine to skip the canary.'),
  b('All that damage came from the guy who ran the migration twice.'),
  b('It was the contractor who hard-coded the API key that got us into this.'),
  b('The same engineer who broke staging in October broke production this time.'),
  // counterfactual trust or permission
  b('Thandiwe should never have been trusted with write permission on the ledger.'),
  b("In hindsight we shouldn't have let Li Wei run the failover alone."),
  b('Trusting Kofi with the database upgrade was a mistake.'),
  b('Nobody should have allowed Anneliese anywhere near the DNS settings.'),
  b('Rashid should not be permitted to deploy unless somebody else reviews it.'),
  b('Putting a new hire like Yevgenia as primary for the weekend was asking for trouble.'),
  b('Management should never have trusted Matteo with the keys to production.'),
  // naming a culprit
  b('Priscila broke the checkout flow with her Friday deploy.'),
  b('The root cause is Ilse.'),
  b('Sipho took the search nodes down by restarting every one at once.'),
  b("Ngozi's change is what killed the payment service."),
  b('It was Hamid who deleted the queue.'),
  b('Eitan caused the incident.'),
  // human error
  b("This was human error on Noa's part, nothing more."),
  b('The root cause was operator error: Catalina typed the wrong region.'),
  b('Aleksander made a careless mistake while editing the load balancer config.'),
  b('A simple slip from the on-call engineer led to the outage.'),
  b('When all is said and done it was a human mistake by the person at the keyboard.'),
  b('Oluwaseun fat-fingered the number of replicas.'),
  // hindsight
  b('Małgorzata should have verified which environment she was targeting before hitting enter.'),
  b('If Nguyen had read the runbook, we would not be writing this document.'),
  b('The engineer ought to have waited for the migration to finish.'),
  b("Juan should've known that flag was still live."),
  b('Had the on-call person looked at the dashboard, she would have caught it in minutes.'),
  b("Kaveh needed to test the rollback before shipping, and he didn't."),
  // minimizing
  b('All Yusuf had to do was run the migration in the right order.'),
  b("Ana just needed to flip one flag, and she didn't."),
  b('It was simply a matter of Grzegorz reading the error message.'),
  b('Obviously Bashir should have noticed that the disk was almost full.'),
  b("Checking the region is easy; Soo-ah just didn't bother."),
  b('Nothing complicated here: Kimi simply forgot to renew the domain.'),

  // passive voice with a system agent or no agent
  n('The production config was overwritten by the sync job during a dry run that was not actually dry.'),
  n('The wrong branch landed through the merge bot after a stale approval was counted.'),
  n('The customer table got truncated by a retention task whose filter matched every row.'),
  n('The alert was muted automatically when the maintenance window started and was never unmuted.'),
  n('The firewall rule was removed when Terraform applied a plan generated from an outdated state file.'),
  n('The regression was introduced in a refactor of the rate limiter that had no test for bursts.'),
  n('The deploy was made by the pipeline at 02:10, as scheduled.'),
  n('Traffic was shifted by the load balancer to the healthy zone within 40 seconds.'),
  // ownership
  n('Siobhan is responsible for the payments service and was paged first.'),
  n('The storage team is accountable for backup retention, so the follow-up goes to them.'),
  n('Takumi owns the release process and will run the retrospective.'),
  n('Responsibility for the DNS zone moved from the network team to platform in March.'),
  n('Each service owner is responsible for keeping its runbook current.'),
  n('Joaquín, as the incident commander, was responsible for running the call and the status page.'),
  n('Who is accountable for certificate renewal was unclear, and that is a finding in its own right.'),
  // action items
  n('Björn will add a check that refuses migrations against the primary during business hours.'),
  n('Action: Dmitri to write an alert when replica lag passes 30 seconds.'),
  n('Leilani and Mehmet will pair on making the rollback script idempotent.'),
  n('Follow-up: the platform team adds a confirmation prompt showing the target environment.'),
  n('Aarav volunteered to document the failover steps so the next on-call does not have to guess.'),
  n('We will require two approvals for changes to the firewall module.'),
  n('Xiomara will move the certificate renewal into the scheduler so it stops depending on a calendar reminder.'),
  n('Tenzin is going to organise a game day for the new failover path next sprint.'),
  // blame quoted and rejected
  n('Early in the call someone wrote "this is on Ayşe"; we agreed that framing would not help us learn anything.'),
  n('The first draft said the outage was "human error", which we replaced with a description of what the tool allowed.'),
  n('We removed the sentence "Farhan should have known better" because it stops the analysis at a person.'),
  n('Phrases like "the culprit" were deliberately left out of this document.'),
  n('Asking who was to blame was not the goal of this review; asking how the system let it happen was.'),
  n('Nobody is at fault here; the process had no guard against running the script twice.'),
  // factual past actions by people
  n('Chiamaka ran the migration at 14:02 using the command in the runbook.'),
  n('Rangi restarted the consumer, and the backlog began to drain.'),
  n('At 03:15 Sunniva acknowledged the page and pulled up the dashboard.'),
  n('Haruto merged the change after two approvals and a green build.'),
  n('Zainab rolled back the release, which restored checkout within five minutes.'),
  n('Pedro muted the alert because it had fired forty times that week without a real problem.'),
  n('Keoni deleted the old bucket, believing from the inventory that it was unused.'),
  n('The on-call engineer followed the runbook, which still pointed at the decommissioned cluster.'),
  n('Esperanza saw errors climbing on the graph and called in the database team.'),
  n('Wojciech was on call and had handled three other pages that night before this one.'),
  // "should have" about systems
  n('Our deploy tool should have asked for a confirmation before running against production.'),
  n('Our health check should have caught the stuck worker, but it only tested the HTTP port.'),
  n('In hindsight the canary should have covered the EU region too.'),
  n('If the alert message had carried the runbook link, recovery would have been faster.'),
  n('The migration ought to have been split into smaller batches by the framework.'),
  n('A staging environment with production-sized data would have exposed the slow query.'),
  n('The backup job should not have been permitted to report success with an empty archive.'),
  // competence / job / trust words about systems
  n('Any decent rate limiter would have absorbed that burst; ours had a fixed window.'),
  n('For eleven days the cron job silently did nothing because its container image was missing a binary.'),
  n('The autoscaler failed at the single thing it exists for: it never scaled above four nodes.'),
  n("In hindsight we relied too much on the replica's reported lag, which was stale during the network partition."),
  n('The old monitoring stack lacked the ability to alert on absence of data.'),
  n('The feature flag service let us down when its cache expired all at once.'),
  n('Giving the batch job write access to the whole schema turned out to be a bad idea; it now gets one table.'),
  n('The new queue is not mature enough to carry payment events yet.'),
  // descriptions of a person without blame
  n('The engineer who first noticed the latency spike posted a graph in the channel.'),
  n('Whoever holds the pager from Monday will get the new escalation policy.'),
  n('The person who wrote the original script dialled in and explained the retry logic.'),
  n('The one who was paging in from the airport handed off to the secondary.'),
  n('The contractor who built the export tool documented its limits in the README.'),
  n('Thandiwe, who had written the runbook, walked us through why step four existed.'),
  // "just / simply" about the fix
  n('The fix was simply to raise the connection pool limit from 20 to 80.'),
  n('Recovery just needed one flag flipped, once we knew which one.'),
  n('All the restore required was the snapshot ID, which was in the ticket.'),
  n('The runbook says it is easy to check the region, but the prompt never shows it.'),
  n('Renewing the domain is a manual step that nobody was reminded of.'),
  n('It was obviously going to fill the disk once logging went to debug level.'),
];
