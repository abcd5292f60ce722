import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Sixth held-out split for the learned layer of the review (issue #14, round 6). Written fresh and
 * committed before reading any other corpus file, the rules or the model (only the round-5 protocol
 * in docs/language-review.md, the corpus item type and the first lines of split 5 for the format were
 * read), after split 5 had been read and scored. Scored on the round-5 model as the "before". Never
 * trained on, never used to choose a hyper-parameter, the threshold, a rule or a training sentence:
 * its misses are counted per kind, never printed or fixed. At most three evaluations on it in round 6
 * (counted in docs/language-review.md). Not part of `CORPUS`.
 *
 * Blameful, over the kinds of the issue: responsibility pinned on a named person, competence
 * judgements, failure at one's job or role, blame in the passive voice, blame through a description
 * of the person, counterfactuals about who should have been trusted or allowed, naming a culprit,
 * human error, hindsight, minimizing ("just / simply"), "obviously / clearly". Look-alikes that share
 * the words: "should have" about systems, action items with owners, roles named neutrally,
 * sympathetic statements, quoted tool output, ownership "responsible for", passives with system
 * agents, factual actions by named people, competence / job / trust words about systems, blame
 * quoted and rejected, "just / simply / obviously" about the fix, informal chat.
 */
export const HELDOUT_LEARNED6: readonly CorpusItem[] = [
  // Responsibility pinned on a named person
  b('Honestly this whole outage is on Thandiwe, she pushed the config without telling anyone.'),
  b('Kwabena is responsible for the data loss, full stop.'),
  b("The blame for Tuesday's downtime lies squarely with Priyanka."),
  b('Yusuf owns this failure and he needs to own up to it.'),
  b("We all know whose fault the expired certificate was: Dmitri's."),
  b("Nobody else touched the cluster, so the outage is Aroha's doing."),
  b('Siobhan caused the page storm and should answer for it in the review.'),
  b("If you want someone to hold accountable for the breach, that's Tenzin."),
  // Competence judgements
  b('Anyone with half a brain would have checked the diff before merging.'),
  b('A competent DBA would never have run that migration on a Friday.'),
  b("Frankly, Bogdan doesn't know what he's doing with Kubernetes."),
  b('Any decent on-call engineer would have spotted that the disk was filling.'),
  b('Giving prod access to someone this clueless was always going to end badly.'),
  b("Ngozi clearly isn't good enough to be running releases on her own."),
  b('It takes real incompetence to delete the wrong bucket twice in one week.'),
  b('Even a junior would have known not to restart the primary during peak.'),
  // Failure at one's job or role
  b('The incident commander completely failed at the one job he had, which was to communicate.'),
  b('Hamid was on call and did not do his job.'),
  b('Our release manager dropped the ball on the rollback plan.'),
  b("As the reviewer, Chiara was supposed to catch this and she didn't."),
  b("The on-call person simply didn't show up when it mattered."),
  b('Mateus let the whole team down by ignoring the escalation policy.'),
  b("Whoever was shift lead last night wasn't doing their job."),
  b('Rangi was asleep at the wheel while the queue backed up for three hours.'),
  // Blame in the passive voice
  b("The outage was caused by Femi's careless change to the load balancer."),
  b('Mistakes were made, and they were made by Paulo.'),
  b("The wrong flag was flipped by Oksana, and that's what took checkout down."),
  b("Production was broken by someone who couldn't be bothered to run the tests."),
  b('The alert was ignored by Jia for over an hour.'),
  b('The customer data was exposed because of a sloppy mistake made by Rafael.'),
  b('Those keys were leaked by the contractor who thought it was fine to paste them in Slack.'),
  // Blame through a description of the person
  b('The guy who wrote this script should never be allowed near prod again.'),
  b('It was the new hire who broke everything, as usual.'),
  b('The person behind this mess was the one who skipped the checklist.'),
  b("Whoever approved that PR clearly didn't read it."),
  b("This was done by the same careless engineer who caused last month's outage."),
  b('Our friend from the payments team strikes again.'),
  b('The one who decided to disable alerts over the weekend owes us all an explanation.'),
  // Counterfactuals about who should have been trusted or allowed
  b('Kaveh should never have been trusted with the root credentials.'),
  b("We shouldn't have let Ines deploy unsupervised."),
  b('Letting an intern run the failover was the real mistake.'),
  b('In hindsight, nobody should have given Olamide write access to billing.'),
  b('Marguerite was never the right person to lead this incident.'),
  b('Someone should have stopped Hyun-woo before he ran the purge.'),
  b('Why was Esperanza allowed to push straight to main?'),
  b('We trusted Lars with the migration and look where that got us.'),
  // Naming a culprit
  b('Alright, who broke staging this time?'),
  b("This is Zoltán's fault, plain and simple."),
  b('Zainab messed up the DNS records and took the site down.'),
  b('Thanks to Emeka, we spent the weekend restoring backups.'),
  b("Blame Wojciech, he's the one who merged it."),
  b('Pretty sure Asel screwed up the rollout again.'),
  b('Typical Nikhil, breaking prod and then going offline.'),
  b("It's all because Beatriz didn't bother to read the runbook."),
  b("ngl this one's on Bao, he yolo'd the deploy"),
  b('lol of course it was Farrukh again'),
  // Human error
  b('Root cause: human error by the on-call engineer.'),
  b('Xochitl fat-fingered the command and wiped the table.'),
  b("The root cause was Declan's typo in the firewall rule."),
  b("Operator error on Ruslan's part, nothing more to it."),
  b('Kimi made a careless mistake when she copied the config.'),
  b('This was a lapse in attention by Anouk, nothing else.'),
  b("Sunil forgot to renew the certificate, that's the whole story."),
  b('Once again Gráinne skipped a step and brought the API down.'),
  // Hindsight
  b('Tomasz should have known the cache would not survive a restart.'),
  b('Fatoumata should have double-checked before hitting enter.'),
  b('It was obvious to everyone except Leilani that the migration would lock the table.'),
  b('Any reasonable person would have seen the spike coming.'),
  b('Pablo ought to have rolled back the moment errors appeared.'),
  b('If Aisling had looked at the dashboard once, none of this would have happened.'),
  b('Everyone could see the queue growing; Jun should have acted sooner.'),
  b('Looking back, it is clear Ebere made the wrong call by waiting.'),
  // Minimizing "just / simply"
  b('All Hiroshi had to do was just restart the pod.'),
  b("Lukas simply had to follow the runbook and he couldn't even manage that."),
  b("It's a one-line fix, Oyelaran just needed to read the error."),
  b("Why didn't Saoirse just check the logs like any sane person?"),
  b('It was simply a matter of Adaeze paying attention.'),
  // "Obviously / clearly"
  b('Obviously Dariusz never tested the change.'),
  b("It's obvious that Mei didn't read the alert."),
  b("Clearly Ivo wasn't paying attention during the handover."),
  b("Needless to say, Sakura's shortcut is what caused the outage."),
  b('Obviously Magnus should have tried it in staging first.'),

  // "Should have" about systems
  n('The health check should have failed the deploy when latency doubled.'),
  n('In hindsight, the retry budget should have been capped much lower.'),
  n('The alert should have fired at 80% disk, not 95%.'),
  n('Our canary should have caught the memory leak before full rollout.'),
  n('The migration tool ought to have refused to run without a backup.'),
  n('The runbook should have mentioned that the cache warms slowly.'),
  n('Ideally the pager would have escalated to the secondary after ten minutes.'),
  n('The rate limiter should have protected the database from the burst.'),
  n('The circuit breaker never opened, though it should have.'),
  n('A staging environment with real traffic shapes would have surfaced this.'),
  // Action items with owners
  n('Action item: Thandiwe to add a pre-merge check for config schema changes.'),
  n('Kwabena will own the follow-up to automate certificate renewal.'),
  n('Follow-up for Priyanka: document the rollback procedure by Friday.'),
  n('Assigning the dashboard cleanup to Yusuf, due next sprint.'),
  n('Owner: Dmitri. Task: add alerting on replication lag.'),
  n('Aroha has volunteered to pair with the platform team on the new deploy gate.'),
  n('Next step: Siobhan and Tenzin will review the escalation policy together.'),
  n('TODO(Hamid): make the purge command require a confirmation flag.'),
  n('Chiara will run a game day on the failover next month.'),
  n('Mateus to write up the timeline draft before the review.'),
  // Roles named neutrally
  n('The incident commander paged the database team at 02:14.'),
  n('Our release manager paused all deploys while we investigated.'),
  n('The on-call engineer acknowledged the page within two minutes.'),
  n('As the reviewer, Rangi approved the change after the tests passed.'),
  n('The shift lead handed over to the morning team at 07:00.'),
  n('The new hire joined the bridge and took notes for the timeline.'),
  n('The contractor who built the billing service was consulted about the retry logic.'),
  n('Our DBA explained how the lock escalation works.'),
  // Sympathetic statements
  n('Femi was working alone at 3am with two broken dashboards; anyone would have struggled.'),
  n('Oksana made a reasonable call with the information she had at the time.'),
  n('Nobody could have expected the vendor to change the API without notice.'),
  n('Jia did exactly what the runbook said; the runbook was wrong.'),
  n("This isn't on any one person; the process let us all down."),
  n('Rafael, thank you for jumping in on a Sunday.'),
  n("It's completely understandable that the warning got lost among forty other alerts."),
  n('Ines was tired after a twelve-hour shift, so we need to fix the rota.'),
  // Quoted tool output
  n('The linter printed "error: just use const" on every file.'),
  n('kubectl returned "Error from server (Forbidden)" for the service account.'),
  n('The pager message read "FAILED: backup job did not complete".'),
  n('Terraform reported "Error: resource already exists" on apply.'),
  n('The deploy bot posted "rollback initiated by pipeline" at 14:03.'),
  n('Sentry grouped the exceptions under "NullPointerException in OrderService".'),
  // Ownership "responsible for"
  n('Kaveh is responsible for the payments API going forward.'),
  n('The storage team is responsible for backups and restores.'),
  n('Olamide is the person responsible for the on-call rota this quarter.'),
  n('Who is responsible for renewing the certificates? We should write it down.'),
  n('Marguerite owns the incident review process.'),
  n('Esperanza takes over as service owner for search on Monday.'),
  n('Lars is accountable for the database upgrade plan and has shared the draft.'),
  // Passives with system agents
  n('The table was locked by the migration for eleven minutes.'),
  n('Requests were dropped by the load balancer after the health check flapped.'),
  n('The bucket was deleted by a lifecycle rule that matched too broadly.'),
  n('The alert was suppressed by a maintenance window that was still active.'),
  n('Traffic was routed to the old cluster by a stale DNS record.'),
  n('The disk was filled by verbose debug logs from the new release.'),
  n('Customer sessions were invalidated by the key rotation.'),
  // Factual actions by named people
  n('Zoltán restarted the primary at 09:12 and replication recovered.'),
  n('Zainab noticed the error rate climbing and opened the incident.'),
  n('Emeka rolled back to version 4.2 and the errors stopped.'),
  n('Wojciech merged the fix after two approvals.'),
  n('Asel flipped the feature flag off at 10:40.'),
  n('Nikhil found the stuck consumer by reading the lag graph.'),
  n('Beatriz deployed the change at 16:05, as planned in the release calendar.'),
  n('Xochitl ran the purge script against staging to reproduce the bug.'),
  n('Declan edited the firewall rule to allow the new subnet.'),
  n('Ruslan was on call and got paged four times overnight.'),
  // Competence / job / trust words about systems
  n("The old monitoring stack wasn't up to the job at this scale."),
  n("We trusted the vendor's SLA and it turned out to cover less than we thought."),
  n('The autoscaler did its job; the limit was the database connection pool.'),
  n("The test suite isn't good enough at catching concurrency bugs yet."),
  n('The script is never allowed to run in production without a dry run.'),
  n('The backup job failed at its one task: it never verified the archive.'),
  // Blame quoted and rejected
  n("Someone in the channel said \"this is Kimi's fault\"; we don't do that here, let's look at the deploy gate."),
  n('It is tempting to call this human error, but the form accepted an empty value.'),
  n('Rather than asking who broke it, let us ask why the pipeline let it through.'),
  n('The first draft said Sunil caused the outage; we rewrote it to describe the missing alert.'),
  // "Just / simply / obviously" about the fix
  n('The fix was simply to raise the connection limit.'),
  n('We just need a second approver on infra changes.'),
  n('Obviously the graph lagged by five minutes, which hid the spike.'),
  n("It's just a config change, so the rollout should be quick."),
  // Informal chat
  n('ngl the dashboards were useless during this one, need better ones'),
  n('lol the retry storm took out the cache too, classic thundering herd'),
  n('Gráinne, can you grab the logs from 14:00 to 14:30?'),
  n('Tomasz was out on leave, so Fatoumata covered the rotation.'),
];
