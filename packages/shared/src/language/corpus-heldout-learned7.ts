import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Seventh held-out split for the learned layer of the review (issue #14, round 7). Written fresh and
 * committed before reading any other corpus file, the rules or the model (only the round-5 and round-6
 * protocol in docs/language-review.md, the corpus item type and the first 20 lines of split 6 for the
 * format were read), after split 6 had been scored three times. Deliberately unlike the earlier
 * corpora in style: long and short sentences, lowercase chat fragments, British / Indian / US
 * English, unusual names (often opening the sentence), titles instead of names, questions,
 * negations, several tenses. Never trained on, never used to choose a hyper-parameter, the
 * threshold, a rule or a training sentence: its errors are counted per kind, never printed. At most
 * three evaluations on it in round 7 (counted in docs/language-review.md). Not part of `CORPUS`.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Outage aside, what matters here is that Siddharth is responsible for this whole mess.'),
      b('tbh the cache stampede is on Nkechi, nobody else touched it'),
      b('Whetu owns the blame for those vanished orders, full stop.'),
      b('I hold Bogdan personally accountable for the two hours of downtime.'),
      b('Honestly speaking, fault lies squarely with Priyanka and her rushed merge.'),
      b('Anahera alone carries the blame for our certificate lapsing.'),
      b('this outage is 100% Dmitri’s doing'),
      b('Was it not Chiamaka who caused the queue to back up in the first place?'),
      b('The data loss traces straight back to Yusuf, and he should answer for it.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Any engineer worth their salt would have noticed how far behind the replica was.'),
      b('A halfway decent on-call would never bounce a primary at peak hour.'),
      b('honestly a first-year intern could have caught that typo in the config'),
      b('Ngozi clearly lacks the skill one needs for live databases.'),
      b('No sensible person deploys a schema change without a rollback plan, yet Haruto did.'),
      b('The contractor is nowhere near good enough for work like this.'),
      b('Frankly, Emeka has no idea what he’s doing around Kubernetes.'),
      b('Someone with basic competence would have read the alert before silencing it.'),
      b('Dropping the users table twice takes real incompetence.'),
    ],
  ],
  [
    "blameful: Failure at one's job or role",
    [
      b('Our SRE lead simply didn’t do her job that night, and the pager rang for forty minutes unanswered.'),
      b('Our on-call flunked the single duty an on-call exists for: noticing.'),
      b('Keoni dozed through his own shift while things burned.'),
      b('As incident commander, Radhika completely dropped the ball on communication.'),
      b('the reviewer waved it through unread, which is literally his only job'),
      b('Tariq neglected his duties as release captain and shipped an untested build.'),
      b('The DBA on duty was negligent, plain and simple.'),
      b('Our contractor failed to do the bare minimum that the contract asks of him.'),
      b('Mei-Ling was meant to keep an eye on the dashboards and wasn’t.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production credentials were leaked by Olumide when he put them in an open gist.'),
      b('The wrong region was chosen carelessly by whoever drove that failover.'),
      b('Mistakes were made by Signe that cost us the entire evening.'),
      b('Downtime was brought about by Arjun’s sloppy handling of the rollout.'),
      b('the alert got ignored by whoever was on shift, again'),
      b('The backups were never checked by Zainab, so of course they were empty.'),
      b('Customer data was mishandled by the support engineer, who exported it to a laptop.'),
      b('The firewall rule was botched by Lautaro during the change window.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The error was committed by the one who thinks testing is optional.'),
      b('It was the new guy who broke checkout, the one who never asks questions.'),
      b('The outage came from someone too lazy to open a runbook.'),
      b('Whoever wrote this migration has no business near a production database.'),
      b('The person who approved that change is why we sat in the dark all night.'),
      b('classic move from the guy who always skips code review'),
      b('The trouble started with an engineer who habitually ignores warnings.'),
      b('This was done by somebody who plainly did not care about the customers.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kofi should never have been permitted unsupervised pushes to main.'),
      b('Why was Svetlana ever given root access on the payment hosts?'),
      b('Trusting our contractor with the DNS change was a mistake on our side.'),
      b('Letting Ibrahim run the migration alone was the real error.'),
      b('If we had kept Lucía away from the deploy button, we would have had a quiet night.'),
      b('Nobody should have handed production keys to a person so junior.'),
      b('in hindsight giving Oisín prod access on his second week was a mistake'),
      b('The on-call should not be trusted with failovers after what happened.'),
      b('Had we not relied on Thanh for the cutover, everything would have held.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Found the culprit: it was Babajide.'),
      b('yeah this is Esperanza’s fault, she merged it at 2am'),
      b('Rustam broke the build and just left for the day.'),
      b('Everyone knows Parisa caused the outage, let us stop pretending otherwise.'),
      b('The person to blame here is Wiremu.'),
      b('Blame Henrike, she pushed the bad config.'),
      b('Honestly, it was Kalani who took down the API gateway.'),
      b('the guilty party is our contractor, obviously'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the operator on shift.'),
      b('This incident was nothing more than Vusumuzi making a human error.'),
      b('Put it down to operator error on Anjali’s part.'),
      b('The investigation concluded it was a careless human mistake by the on-call.'),
      b('human error, plain and simple — Sunil fat-fingered the command'),
      b('Cause of the outage: a slip-up by Mateus while typing the hostname.'),
      b('It was pilot error; the engineer misread the dashboard.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ayodele should have known the flag would flip for every tenant.'),
      b('Rohan ought to have double-checked the target cluster before pressing enter.'),
      b('Surely Inés could have seen that coming.'),
      b('Farida should’ve waited for the canary like everyone else does.'),
      b('If only Tevita had taken a minute with the release notes.'),
      b('on-call should’ve escalated way sooner, it was obvious'),
      b('Shouldn’t Grzegorz have seen that disk filling?'),
      b('Dong-hyun must have realised the timeout was far too low, and still shipped it.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply"',
    [
      b('Makerita just had to run one command and she could not manage it.'),
      b('All the on-call had to do was simply restart the worker.'),
      b('he literally only needed to flip the flag back, how hard is that'),
      b('Osei merely had to read the alert text.'),
      b('It was a trivial fix that Bertrand somehow managed to miss.'),
      b('Why couldn’t Chidi just roll back like anyone would?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly"',
    [
      b('Obviously Amara never looked at the graphs.'),
      b('Clearly the contractor did not bother testing the patch.'),
      b('It ought to have been obvious to Eero that no index existed.'),
      b('as anyone can plainly see, Noor skipped the checklist'),
      b('Evidently Takoda was not paying attention when the shift changed hands.'),
      b('Any fool could see that Lorenzo misconfigured the pool.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Our LB should have emptied that node prior to rebooting it.'),
      n('The retry policy ought to have backed off rather than pounding on the database.'),
      n('ideally the canary would have caught the latency regression'),
      n('Had the disk alert fired at 80%, we would have had an hour of warning.'),
      n('The migration tool should have declined to start while no lock was held.'),
      n('If the runbook had listed the failover step, the response would have been quicker.'),
      n('The queue should not have accepted messages larger than the consumer limit.'),
      n('Could the pipeline have blocked a deploy with failing smoke tests?'),
      n('A circuit breaker would have kept the outage to one region.'),
      n('Our staging data should have looked more like production.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Siddharth to add a rollback step to the deploy runbook by Friday.'),
      n('Owner: Nkechi — set up an alert on replica lag above 30 seconds.'),
      n('Whetu will pair with the DB folks on the lock timeout.'),
      n('follow-up for Bogdan: document the cache warm-up in the wiki'),
      n('Priyanka is responsible for the new pre-merge check, due next sprint.'),
      n('Anahera owns renewing certificates automatically from now on.'),
      n('AI-7 (Dmitri): make the failover script idempotent.'),
      n('Chiamaka has agreed to draft the customer notice by Thursday.'),
      n('Can Yusuf take the action to add backup restore tests?'),
      n('Assigned to the on-call rotation: review paging thresholds each quarter.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('The on-call acked at 03:12 and spun up an incident channel.'),
      n('Our SRE lead dialled in and assumed the incident commander role.'),
      n('The contractor supplied the vendor logs within the hour.'),
      n('the DBA confirmed replication had caught up by 04:40'),
      n('As release captain, Tariq paused the train while we investigated.'),
      n('The reviewer requested a second approver on the schema change.'),
      n('The incident commander passed things to the day shift at 09:00.'),
      n('Our support engineer relayed the first customer reports to the channel.'),
      n('Who held the payments on-call pager that week?'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Kofi did the best he could with what the dashboards showed him at the time.'),
      n('Nobody could reasonably have known the flag affected every tenant.'),
      n('It was 3am and Svetlana had been paged four times already; anyone would have been exhausted.'),
      n('the on-call made a sensible call given the alerts they had'),
      n('Thanh acted in good faith on the information in the runbook.'),
      n('Given how confusing the two consoles look, picking the wrong region is understandable.'),
      n('We are grateful to Lucía for staying on until the service came back.'),
      n('Ibrahim followed the documented procedure exactly; the procedure was wrong.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The deploy log says "rollback failed: human error not recoverable" which is just the tool’s generic message.'),
      n('kubectl printed "error: you must be logged in to the server" at 14:02.'),
      n('The alert text read "Operator intervention required on db-3".'),
      n('Sentry grouped it under "UserFault: invalid input by client".'),
      n('The audit log entry reads "changed by: rustam.k, reason: hotfix".'),
      n('Grafana showed the panel title "Who broke prod?" which is a joke dashboard from 2019.'),
      n('The linter warned "should have explicit return type" on the handler.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I pushed the config that triggered this, and I have added a validation step.'),
      n('That was my change; I missed the second region and I want the check to catch it next time.'),
      n('i restarted the wrong pod, fixed it within two minutes'),
      n('We misjudged the traffic, and we are adding load tests to the pipeline.'),
      n('My runbook had gone stale, so I am rewriting the failover section.'),
      n('I should have requested another reviewer, so I have made a second approval mandatory on the repo.'),
      n('Our team owns the gateway and we are taking the follow-ups.'),
      n('I am responsible for the scheduler, so I will lead the retrospective.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not about who ran the command; it is about why the command was allowed to run.'),
      n('Nobody is pinning this on Parisa — the tooling let anyone do it.'),
      n('Calling it human error would paper over a missing guard rail.'),
      n('no one is at fault here; that alert simply never fired'),
      n('Looking for a culprit would teach us nothing about the retry storm.'),
      n('Please keep names out of the root cause; the process is what failed.'),
      n('It is tempting to say Wiremu should have known, but nothing on his screen told him.'),
      n('Is "who did it" the right question? I would rather ask what made it easy.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The credentials were rotated by the vault job at 02:00.'),
      n('The node was evicted by the scheduler when memory ran out.'),
      n('Requests got dropped by the proxy once the pool ran dry.'),
      n('the table got locked by the nightly vacuum'),
      n('Mistakes in the manifest were made easy by the missing schema validation.'),
      n('The page was triggered by a synthetic check from Frankfurt.'),
      n('Customer emails were delayed by the mail provider’s rate limit.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Babajide rolled back to v2.14 at 11:20.'),
      n('Esperanza opened the incident and paged the storage team.'),
      n('At 16:05 Henrike saw errors rising and posted the graph.'),
      n('Kalani restarted the gateway pods, which cleared the stuck connections.'),
      n('Vusumuzi ran the restore on staging first to check the snapshot.'),
      n('anjali + sunil split the log search between them'),
      n('Mateus wrote the status page update while Osei debugged.'),
      n('Did Tevita restart the workers before or after the failover?'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('That health check isn’t competent to judge whether the queue is draining.'),
      n('The cron task failed at its one job: it never ran after the clocks changed.'),
      n('We trusted the vendor’s status page, and it stayed green the whole time.'),
      n('The autoscaler was not allowed to add nodes beyond the quota.'),
      n('The monitoring clearly was not designed for this failure mode.'),
      n('the backup job was responsible for the 40% I/O spike'),
      n('Should the deploy bot be trusted to merge without a human approval?'),
    ],
  ],
  [
    'look-alike: "Just / simply" about the fix',
    [
      n('We simply raised the connection limit and the errors stopped.'),
      n('The fix was just a one-line change to the timeout.'),
      n('obviously we will want a test for this before the next release'),
      n('Restarting the worker merely hid the leak, so we kept digging.'),
      n('Clearly the graphs show the latency spike starting at 13:58.'),
    ],
  ],
];

/** The seventh held-out split (issue #14, round 7): spent after round 7's two evaluations; trains the learned layer since round 8. */
export const HELDOUT_LEARNED7: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);

/** The kind of each sentence of `HELDOUT_LEARNED7`, in order (for error counts per kind; the sentences are never printed). */
export const HELDOUT_LEARNED7_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
