import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Sixth held-out split for the learned layer of the review (issue #14, round 6). Written fresh and
 * committed before reading any other corpus file, the rules or the model (only the round-5 protocol
 * in docs/language-review.md, the corpus item type and the first lines of split 5 for the format were
 * read), after split 5 had been read and scored. Scored on the round-5 model as the "before". Never
 * trained on, never used to choose a hyper-parameter, the threshold, a rule or a training sentence:
 * its misses are counted per kind, never printed or fixed. At most three evaluations on it in round 6
 * (counted in docs/language-review.md). Not part of `CORPUS`. Spent: trains the learned layer since
 * round 8 (`training-splits.ts`).
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
  b('The data loss? Kwabena is responsible, full stop.'),
  b("The blame for Tuesday's downtime lies squarely with Priyanka."),
  b('Yusuf owns this failure and he needs to own up to it.'),
  b("We all know whose fault the expired certificate was: Dmitri's."),
  b("Nobody else touched the cluster, so the outage is Aroha's doing."),
  b('Siobhan caused the page storm and should answer for it in the review.'),
  b("If you want someone to hold accountable for the breach, that's Tenzin."),
  // Competence judgements
  b('Anybody with a working brain checks a diff before they merge it.'),
  b('No competent DBA runs that kind of migration on a Friday evening.'),
  b("Frankly, Bogdan doesn't know what he's doing with Kubernetes."),
  b('Any decent on-call engineer would have spotted that the disk was filling.'),
  b('Handing prod access to someone this clueless could only end one way.'),
  b("Ngozi clearly isn't good enough to be running releases on her own."),
  b('It takes real incompetence to delete the wrong bucket twice in one week.'),
  b("Even a first-week junior knows you don't bounce the primary during peak."),
  // Failure at one's job or role
  b('The incident commander completely failed at the one job he had, which was to communicate.'),
  b("Hamid had the pager that night and simply didn't do his job."),
  b('Our release manager totally dropped the ball, there was no rollback plan at all.'),
  b("As the reviewer, Chiara was supposed to catch this and she didn't."),
  b('When it mattered, our on-call person just never showed up.'),
  b('Mateus let every one of us down by ignoring the escalation policy.'),
  b("Whoever was shift lead last night wasn't doing their job."),
  b('Rangi basically dozed through three hours of messages piling up.'),
  // Blame in the passive voice
  b('Checkout went down because of a careless load balancer change made by Femi.'),
  b('Mistakes were made, and they were made by Paulo.'),
  b("A bad flag got flipped by Oksana, and that's what took checkout down."),
  b('Production got broken by somebody too lazy to run the tests.'),
  b('The alert was ignored by Jia for over an hour.'),
  b('Customer records leaked because of a sloppy mistake made by Rafael.'),
  b('Those keys were leaked by the contractor who figured pasting them in Slack was okay.'),
  // Blame through a description of the person
  b('The guy who wrote this script should never be allowed near prod again.'),
  b('Of course the new hire broke everything, as usual.'),
  b('The person behind this mess was the one who skipped the checklist.'),
  b("Whoever approved that PR clearly didn't read it."),
  b("This was done by the same careless engineer who caused last month's outage."),
  b('Our friend from the payments team strikes again.'),
  b('The one who decided to disable alerts over the weekend owes us all an explanation.'),
  // Counterfactuals about who should have been trusted or allowed
  b('Kaveh, of all people, was the wrong one to hand root to.'),
  b("We shouldn't have let Ines deploy unsupervised."),
  b('Letting an intern drive the failover alone was the real mistake.'),
  b('In hindsight, nobody should have given Olamide write access to billing.'),
  b('Marguerite was never a good choice to lead this incident.'),
  b('Someone should have stopped Hyun-woo before he ran the purge.'),
  b('Why was Esperanza allowed to push straight to main?'),
  b('We trusted Lars with the migration and see where it landed us.'),
  // Naming a culprit
  b('Alright, who broke staging this time?'),
  b("This is Zoltán's fault, plain and simple."),
  b('Zainab messed up the DNS records and took the site down.'),
  b('Thanks to Emeka, we spent the weekend restoring backups.'),
  b("Blame Wojciech, he's the one who merged it."),
  b('Pretty sure Asel screwed up the rollout again.'),
  b('Typical Nikhil, breaking prod and then going offline.'),
  b("It's all because Beatriz couldn't be bothered reading the runbook."),
  b("ngl this one's on Bao, he yolo'd the deploy"),
  b('lol of course it was Farrukh again'),
  // Human error
  b('Root cause: human error on the part of our on-call engineer.'),
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
  b('It was obvious to everyone except Leilani that this migration would lock up the orders table.'),
  b('Any reasonable person would have seen the spike coming.'),
  b('Pablo ought to have rolled back the moment errors appeared.'),
  b('If Aisling had looked at the dashboard once, we would never have been down.'),
  b('Everyone could see the queue growing; Jun should have acted sooner.'),
  b('Looking back, it is clear Ebere made the wrong call by waiting.'),
  // Minimizing "just / simply"
  b('All Hiroshi had to do was just restart the pod.'),
  b("Lukas simply had to follow the runbook and he couldn't even manage that."),
  b("It's a one-line fix, Oyelaran just needed to read the error."),
  b("Why didn't Saoirse just check the logs like any sane person?"),
  b('Honestly it only needed Adaeze to simply pay attention.'),
  // "Obviously / clearly"
  b('Obviously Dariusz never tested the change.'),
  b("It's obvious that Mei didn't read the alert."),
  b("Clearly Ivo wasn't paying attention during the handover."),
  b("Needless to say, Sakura's shortcut is what caused the outage."),
  b('Obviously Magnus should have tried it in staging first.'),

  // "Should have" about systems
  n('The readiness probe should have failed the deploy when latency doubled.'),
  n('In hindsight, retries should have been capped much lower.'),
  n('The alert should have fired at 80% disk, not 95%.'),
  n('Our canary should have caught the memory leak before full rollout.'),
  n('The migration tool ought to have refused to run without a backup.'),
  n('The runbook should have mentioned that the cache warms slowly.'),
  n('Ideally the pager would have moved on to the backup responder after ten minutes.'),
  n('The rate limiter should have protected the database from the burst.'),
  n('The circuit breaker never opened, though it should have.'),
  n('A staging setup with realistic traffic shapes would have surfaced this.'),
  // Action items with owners
  n('Action item: Thandiwe to add a pre-merge check for config schema changes.'),
  n('Kwabena will take the follow-up on automating certificate renewal.'),
  n('Follow-up for Priyanka: document the rollback procedure by Friday.'),
  n('Assigning the dashboard cleanup to Yusuf, due next sprint.'),
  n('Owner: Dmitri. Task: add alerting on replication lag.'),
  n('Aroha has volunteered to pair with the platform team on the new deploy gate.'),
  n('Next step: Siobhan and Tenzin will review the escalation policy together.'),
  n('TODO(Hamid): make the purge command require a confirmation flag.'),
  n('Chiara will organise a failover game day next month.'),
  n('Mateus to write up the timeline draft before the review.'),
  // Roles named neutrally
  n('The incident commander paged the storage folks at 02:14.'),
  n('Our release manager paused all deploys while we investigated.'),
  n('Our on-call engineer acked the alert in under two minutes.'),
  n('As the reviewer, Rangi approved it once CI went green.'),
  n('The shift lead handed over to the morning team at 07:00.'),
  n('The new hire joined the call and kept notes for the timeline.'),
  n('We consulted the contractor behind the billing service about the retry logic.'),
  n('Our DBA explained how the lock escalation works.'),
  // Sympathetic statements
  n('Femi was working alone at 3am with two broken dashboards; anyone would have struggled.'),
  n('Oksana made a reasonable call with the information she had at the time.'),
  n('Nobody could have expected the vendor to change their API with zero notice.'),
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
  n('Kaveh is responsible for payments API maintenance going forward.'),
  n('The storage team is responsible for backups and restores.'),
  n('Olamide is the one responsible for drawing up the on-call rota this quarter.'),
  n('Who is responsible for renewing the certificates? We should write it down.'),
  n('Marguerite owns the incident review process.'),
  n('Esperanza takes over as service owner for search on Monday.'),
  n('Lars is accountable for the database upgrade plan and has shared the draft.'),
  // Passives with system agents
  n('The table was locked by the migration for eleven minutes.'),
  n('Requests were dropped by the load balancer after the health check flapped.'),
  n('The bucket was deleted by a lifecycle rule whose prefix was too broad.'),
  n('The alert was suppressed by a still-active maintenance window.'),
  n('Traffic got sent to the old cluster by a stale DNS record.'),
  n('The volume filled up with verbose debug logs from the new release.'),
  n('Customer sessions were invalidated by the key rotation.'),
  // Factual actions by named people
  n('Zoltán restarted the primary at 09:12 and replication recovered.'),
  n('Zainab noticed errors climbing on the dashboard and opened the incident.'),
  n('Emeka rolled back to version 4.2 and the errors stopped.'),
  n('Wojciech merged the patch once two people approved.'),
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
  n('Our nightly backup failed at its single purpose: the archive was never verified.'),
  // Blame quoted and rejected
  n("Someone in the channel said \"this is Kimi's fault\"; we don't do that here, let's look at the deploy gate."),
  n('It is tempting to call this human error, but the form accepted an empty value.'),
  n('Rather than asking who broke it, let us ask why the pipeline let it through.'),
  n('The first draft said Sunil caused the outage; we rewrote it to describe the missing alert.'),
  // "Just / simply / obviously" about the fix
  n("The fix was simply raising the pool's connection limit."),
  n('We just need a second approver on infra changes.'),
  n('Obviously the graph lagged by five minutes, which hid the spike.'),
  n("It's just a config change, so the rollout should be quick."),
  // Informal chat
  n('ngl the dashboards were useless during this one, need better ones'),
  n('lol the retry storm took out the cache too, classic thundering herd'),
  n('Gráinne, can you grab the logs from 14:00 to 14:30?'),
  n('Tomasz was out on leave, so Fatoumata covered the rotation.'),
];

/** The kind of each sentence of `HELDOUT_LEARNED6`, in order (for miss counts per kind; the sentences missed are never printed). */
const KIND_SIZES: ReadonlyArray<readonly [string, number]> = [
  ['blameful: Responsibility pinned on a named person', 8],
  ['blameful: Competence judgements', 8],
  ["blameful: Failure at one's job or role", 8],
  ['blameful: Blame in the passive voice', 7],
  ['blameful: Blame through a description of the person', 7],
  ['blameful: Counterfactuals about who should have been trusted or allowed', 8],
  ['blameful: Naming a culprit', 10],
  ['blameful: Human error', 8],
  ['blameful: Hindsight', 8],
  ['blameful: Minimizing "just / simply"', 5],
  ['blameful: "Obviously / clearly"', 5],
  ['look-alike: "Should have" about systems', 10],
  ['look-alike: Action items with owners', 10],
  ['look-alike: Roles named neutrally', 8],
  ['look-alike: Sympathetic statements', 8],
  ['look-alike: Quoted tool output', 6],
  ['look-alike: Ownership "responsible for"', 7],
  ['look-alike: Passives with system agents', 7],
  ['look-alike: Factual actions by named people', 10],
  ['look-alike: Competence / job / trust words about systems', 6],
  ['look-alike: Blame quoted and rejected', 4],
  ['look-alike: "Just / simply / obviously" about the fix', 4],
  ['look-alike: Informal chat', 4],
];
export const HELDOUT_LEARNED6_KINDS: readonly string[] = KIND_SIZES.flatMap(([kind, n]) => Array<string>(n).fill(kind));
