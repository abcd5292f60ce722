import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Eighth held-out split for the learned layer of the review (issue #14, round 8). Written fresh by an
 * author who read no other corpus file, no rule, lexicon or model file and no weights (only the corpus
 * item type, the first 40 and last 15 lines of split 7 for the format, and the round-7 section of
 * docs/language-review.md for the kinds and the labelling conventions). Styles vary on purpose: formal
 * write-up sentences and lowercase chat fragments, British / Indian / US English, names from many
 * cultures (reused across blameful and look-alike kinds so a name is never the signal), titles
 * instead of names, questions, negations, timestamps, system names, quoted tool output. Never trained
 * on, never used to choose a hyper-parameter, the threshold, a rule or a training sentence: its errors
 * are counted per kind, never printed (`evaluate-cli.ts --heldout8`). Not part of `CORPUS`.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Whose fault was the 03:10 payments outage? Kwabena's, and only Kwabena's."),
      b('Lerato broke checkout, and she knows it.'),
      b('ngl the whole DNS fiasco sits squarely with Ignacio'),
      b('The missing invoices? Mirela owns that failure, nobody else does.'),
      b('Was it really anyone but Tarek who took search down on Friday?'),
      b('Halvard gets the blame for the billing run that charged 4,000 customers twice.'),
      b('We have agreed that Oisín caused the replication lag, so he will write the apology to the customer.'),
      b('Gulnara made this incident happen by forcing her storage change through review.'),
      b('Kazuki’s rollout is what wrecked the EU cluster, end of story.'),
      b('That one is on Afia: she let the signing cert run out.'),
      b('Rashida must personally answer for the consequences of Tuesday’s outage.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Bartosz can't be left to run a failover unaided, he lacks the chops."),
      b("Somebody with even a year in ops would've noticed the volume sitting at 98%."),
      b('our newest SRE is hopelessly out of his depth, as Thursday proved'),
      b('You have to be remarkably clueless to rm -rf the wrong mount.'),
      b("Linh's networking knowledge is too thin for her to be editing iptables on the edge boxes."),
      b('Honestly, Esteban’s grasp of Postgres locking is embarrassing.'),
      b('How does a senior engineer not know what a foreign key cascade does?'),
      b('Our DBA is plainly unqualified to look after a cluster of this size.'),
      b('Any competent reviewer would have refused that pull request outright.'),
      b('Zainab’s lot are rank amateurs when it comes to capacity planning.'),
      b('Ximena cannot read a flame graph to save her life, which is why this dragged on for six hours.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Answering pages is the on-call's entire purpose, and our on-call flunked it."),
      b('As incident commander Dagny never actually took command; the bridge turned into a free-for-all.'),
      b('Our release manager fell down on the basic duty of checking the changelog.'),
      b('Femi was meant to babysit the migration but wandered off for lunch.'),
      b('The reviewer’s whole job was to catch exactly this, and he waved it through.'),
      b('Sunniva neglected her duties as owner of the orders database for months.'),
      b('Three escalations reached Amaru, our security on-call, and he sat on every one.'),
      b('As team lead, Benedikt failed his people by never organising the DR drill.'),
      b('QA didn’t test the upgrade path at all, which is literally what they are paid for.'),
      b('the secondary that night never even bothered to acknowledge, so much for backup'),
      b('Kindly note that Pranav did not do the needful during handover and the batch was left running.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('Mistakes were made by the platform team during the cutover.'),
      b('The disk alert was ignored by the on-call for forty minutes.'),
      b('The haproxy config got carelessly hacked about by Ivo with no review whatsoever.'),
      b('Critical warnings were brushed aside by the engineers on shift.'),
      b('The backup had been neglected by its owner for a year, so it was never verified.'),
      b('The rollback was bungled by Teodora and that cost a further hour.'),
      b('Our customers were failed by engineers too lazy to test.'),
      b('The outage was brought about by Kofi’s sloppy merge.'),
      b('The runbook was skipped entirely by the responder, who improvised instead.'),
      b('The API key was leaked by a careless developer who pasted it into a public gist.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The outage was started by whoever thought a Friday evening deploy was a good idea.'),
      b('The error came from the one person who insisted on skipping staging.'),
      b('It was the engineer who never opens the runbook who pulled the wrong lever again.'),
      b('Blame belongs to the guy who hard-coded the production password into the repo.'),
      b('whoever rubber-stamped that PR at 2am unread owes everyone an explanation'),
      b('We were down because of whoever switched the rate limiter off "temporarily".'),
      b('Same contractor as the March payroll export disaster, and same carelessness.'),
      b('We lost the queue because of the developer who thinks tests are optional.'),
      b('The fault lies with the individual who silenced every alert on the dashboard.'),
      b('It was someone on the mobile team, the one who always force-pushes, who wiped main.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody should ever have handed Tuan write rights on the prod S3 bucket.'),
      b('We shouldn’t have let Ciarán anywhere near the payment gateway.'),
      b('A hire three weeks in had no business being let loose on migrations unsupervised.'),
      b('Why was Parisa trusted with the root credentials in the first place?'),
      b('Letting Idris own the cutover was the real mistake.'),
      b('Giving the intern sudo on the bastion was asking for trouble.'),
      b('Hamid ought not to have been on call alone after one week on the team.'),
      b('Siobhán should never have held approval rights on infra changes.'),
      b('Trusting Rangi with the DNS zone was a call management got badly wrong.'),
      b("Had Mele not been given the cluster keys, we'd have had a quiet weekend."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit, as it turns out, is Jurgita.'),
      b('Found who did it: Kalani, at 14:02, from his own laptop.'),
      b('Everyone knows Noor was the one who pulled the plug.'),
      b('Guilty party: the payments on-call, Sione.'),
      b('So who is responsible? Faisal. The audit log says it all.'),
      b('the offender here is Yerlan, again'),
      b('We traced the bad deploy back to its perpetrator, Aoife.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (final): operator on shift, human error.'),
      b('This one comes down to Dragana making a careless slip in the YAML.'),
      b('Classic operator error: Ramón typed prod when he meant staging.'),
      b("What caused this was a plain human slip on Gurpreet's side."),
      b('In the end it was a people problem: somebody fat-fingered replicas: 30 as 3.'),
      b('The conclusion is simple: human error, specifically Ayaan’s.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Meera should have seen this coming a mile off.'),
      b('Looking back, anyone but Hyun-woo would have known the disk was going to fill.'),
      b('Ingrid ought to have realised the cron would overlap with the backup window.'),
      b('It should have been plain to the on-call that a spike of 502s meant the deploy was bad.'),
      b('If Jarrah had bothered to look at the graphs he’d have caught it hours earlier.'),
      b('With even a little foresight Kalinda would have predicted the load from the launch.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Mei-Ling just had to press the rollback button, that’s all.'),
      b('All Tomasz needed to do was simply read the error message.'),
      b('The on-call merely had to restart one pod and couldn’t manage it.'),
      b('it’s not hard, Oluwaseun only needed to check the expiry date'),
      b('Małgorzata just needed to wait for CI to go green before merging.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Soren didn’t test this before shipping it.'),
      b('Clearly the release engineer never looked at the diff.'),
      b('It’s obvious Leocadia never read the runbook.'),
      b('Ilse was clearly half-asleep while the deploy ran.'),
      b("Whoever held the pager obviously wasn't awake to it."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Envoy ought to have drained node-7 before it rebooted; its probe lagged 30 s.'),
      n("Disk alerts should've gone off at 80%, not at 95%."),
      n("The retry policy should've backed off exponentially, not spun in a tight loop against the API."),
      n('In hindsight, CI should have refused a migration lacking a down step.'),
      n('kafka should have rebalanced in seconds; it took eleven minutes'),
      n('The feature flag service should never have defaulted to "on" when it could not reach its store.'),
      n('Shouldn’t the circuit breaker have opened after the first hundred timeouts?'),
      n('The schema linter would have caught the missing index had it been enabled for this repo.'),
      n('A canary stage should have been part of the rollout for the auth service.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Kwame Asante): add a disk-usage alert at 80% on all DB hosts, due 12 May.'),
      n('Lerato will write the runbook for rotating the signing certificate by the end of the sprint.'),
      n('Action: Ignacio to pair with the network team on a DNS TTL review next week.'),
      n('Follow-up owned by the payments squad: make the idempotency key mandatory.'),
      n('- [ ] @halvard: billing job gets a --dry-run switch'),
      n('Owner for the rate-limiter dashboard is Zainab; target date 2024-07-01.'),
      n('We agreed that Femi will lead the DR drill in Q3 and report back.'),
      n('Next steps: Esteban drafts the lock-timeout proposal and Linh reviews it.'),
      n('Tracking ticket OPS-4412 is assigned to Sunniva for the backup verification job.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('The incident commander opened the bridge at 09:14 and paged the database on-call.'),
      n('The SRE on rotation acked within two minutes.'),
      n('Our release manager held the release train while we dug in.'),
      n('The customer support lead relayed the first reports from the EU region.'),
      n('at 02:40 the secondary took over comms so the primary could focus on the fix'),
      n('By 11:05 the duty DBA confirmed replicas were current.'),
      n('A reviewer from the security team signed off on the emergency patch.'),
      n("Our scribe kept the incident doc's timeline going throughout."),
      n('Who was incident commander for the second hour? We need it for the timeline.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Tarek had been paged four nights running; we are making sure he gets proper rest.'),
      n('Huge thanks to Mirela, who stayed on the bridge until 4am.'),
      n('It was a genuinely stressful night for everyone on call, and people did their best with what they knew.'),
      n('We are checking in with Kazuki, who found the deploy rough going, and giving him Friday off.'),
      n('Anyone would have found that dashboard confusing at 3am.'),
      n('Bongani handled a very difficult customer call with real grace.'),
      n('We appreciate how quickly the on-call raised their hand when things went sideways.'),
      n('With two hundred warnings scrolling by, missing one is entirely understandable.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("`ERROR [2024-03-02T03:11:08Z] replica-2: user 'kofi' failed authentication (password expired)`"),
      n('The pager showed: "Escalated to secondary: primary did not acknowledge within 5m".'),
      n('kubectl printed `Error from server (Forbidden): user "amaru@corp" cannot delete pods` and stopped.'),
      n('Jenkins log: `Build #4471 FAILED, triggered by dagny.n`'),
      n('git blame points to commit 3f9a1c2 (Ivo Petrov, 2023-11-14) for the timeout value.'),
      n('The audit log line reads: `2024-05-19 14:02:11 user=noor action=DROP TABLE sessions_old status=ok`.'),
      n("Sentry grouped 12,402 events under `TypeError: cannot read properties of undefined (reading 'owner')`."),
      n("PagerDuty note at 01:17: 'ack by gurpreet, investigating'"),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("Should've confirmed the region myself; I've since made deploy.sh prompt for it."),
      n('I pushed the change that caused this; I have since added a test covering the empty-list case.'),
      n('My mistake was assuming the cache was warm, and I’ve written a warm-up step into the runbook.'),
      n('I misread the graph at 03:20, and I’ve asked for the dashboard to label its units.'),
      n('I’ll own this one: I skipped staging, and I’ve now made the pipeline refuse to.'),
      n('In retrospect I should’ve paged the DB team sooner, so I added that to the escalation checklist.'),
      n('That was my typo in the Terraform; I’ve turned on plan review for that module.'),
      n('we (the search team) shipped the bad mapping, and we’ve added a reindex dry run to CI'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Who typed the command is beside the point; any of us might have, and the tooling accepted it.'),
      n('Saying Oisín caused this is tempting, yet it skips over why the platform permitted it.'),
      n('We are not looking for a culprit here.'),
      n("No person is at fault for the cert lapsing; certbot's renewal had failed silently since June."),
      n('A few folk in Slack blamed the on-call, but the page had never reached her phone.'),
      n('Labelling it human error would bury the actual issue: db-prod-1 and db-prod-l look identical.'),
      n('Please don’t frame this as Rashida’s failure; she followed the runbook exactly.'),
      n("Kalani's fault? Not at all; the deploy CLI had no guard on that flag."),
      n("Finger-pointing at the reviewer gets us nowhere: a 4,000-line diff can't really be reviewed."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The SQS backlog got emptied by the scaler at a rate consumers couldn't match."),
      n('Writes were rejected by the primary once it entered read-only mode at 10:42.'),
      n('The certificate was revoked by the CA after a scheduled key rotation.'),
      n('Thousands of sessions got invalidated by the 10:02 config reload.'),
      n('The pod was OOM-killed by the kernel three times in ten minutes.'),
      n('Traffic was shifted to us-west-2 by the failover controller without manual input.'),
      n('The alert got muted by a vendor maintenance window overlapping ours.'),
      n('Older snapshots had been pruned by the retention policy before any restore began.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 14:05 Jurgita rolled back to v2.13.1 and error rates fell within a minute.'),
      n('Faisal restarted the consumer group at 09:30.'),
      n('Aoife spun up #inc-2291 and posted our first customer-facing note at 07:12.'),
      n('Rangi merged PR #882, which bumped the client library to 5.0.'),
      n('Yerlan paged the network team after seeing packet loss on the edge routers.'),
      n('On Tuesday, Mei-Ling ran the migration in staging and noted a 12-minute table lock.'),
      n('Soren and Ilse split the investigation: he took the API, she took the database.'),
      n('Hyun-woo deployed the hotfix at 16:48 KST.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The health check isn’t capable of telling a slow node from a dead one.'),
      n('For six days the backup job wrote empty archives, failing at its only task.'),
      n("We put our trust in the vendor's SLA page, which showed green all along."),
      n('The retry library was never reliable enough for payment calls.'),
      n('Canary analysis does a poor job on latency regressions below 5%.'),
      n('The old scheduler was responsible for 40% of last quarter’s pages.'),
      n('The cache was trusted to evict on its own, which it never did under this load pattern.'),
      n('That monitoring stack is out of its depth at this many metrics per second.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Remedy: simply raising the fd limit to 65k.'),
      n('Obviously the flame graph points at the JSON encoder.'),
      n('We just flipped the flag back and latency recovered.'),
      n('Clearly, the timestamps show the cache-miss storm came before the DB spike.'),
      n('Restarting was merely a stopgap; the real fix is bounding the queue.'),
      n('it’s obviously worth adding a canary for this service too'),
    ],
  ],
];

/** The eighth held-out split (issue #14, round 8): never trained on; scored only with `--heldout8`. */
export const HELDOUT_LEARNED8: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);

/** The kind of each sentence of `HELDOUT_LEARNED8`, in order (for error counts per kind; the sentences are never printed). */
export const HELDOUT_LEARNED8_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
