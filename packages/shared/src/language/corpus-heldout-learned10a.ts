import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 10A, written blind from the labelling conventions alone (no rule, lexicon, corpus, model or
 * test was read). Voice: spoken, transcribed retrospective meetings and video-call incident bridges, with
 * speaker turns inline as prose, fillers, false starts, interruptions, hedging and people talking about each
 * other in the room, mixed in every kind with written comments by engineers who write English as a second
 * language (article slips, unusual word order, idioms translated word for word). Names are West African,
 * Brazilian/Portuguese, Indonesian/Filipino, Central Asian, Greek, Dutch/Flemish, Quebecois, Hawaiian and
 * Caribbean. These sentences are scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Okay so, um, Bram, no offence, yeah? But the forty minutes of checkout being dark, that one sits with you, full stop.'),
      b('The data loss of Tuesday comes entirely from the hands of Gonçalo, alone he did the migration and now everybody pays it.'),
      b(
        'Can we, sorry Adaeze, let me finish, can we write down that the billing delay is attributable to Chinedu, because that is what everyone on this call is thinking anyway?',
      ),
      b('For me there is no discussion: the certificate expire because of Aigerim, so in the report the responsible person must be her.'),
      b("Uh, the queue we lost, that's, uh, that's Marlon's. I'm sorry, I know he's on the call, but, like, he owns this one."),
      b('The whole weekend release fell in the water, and this we can thank to Thiago only, he stepped on the ball with the DNS change.'),
      b('Is there anybody here who doubts the six hours of stale prices belong to Réjean?'),
      b(
        'If you look at the timeline from the moment the pager fires at 03:12 until the replicas catch up, which is almost two hours, every minute of that delay traces back to Efua and the cron edit she made on Friday, and I think the doc should say so.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Look, Wouter's a nice guy, um, but he doesn't have the level for schema work, he's, he's out of his depth and it showed."),
      b("Kekoa is still too green for touch the payment service, he don't know the difference between a lock and a latch."),
      b("No, no, let me say it, Dimitra is junior, she's six months in, and it showed in every single command she typed on that bridge."),
      b('With all respect, the skill of Budi is not enough for be the one who does the failover, he is still learning to walk.'),
      b("Are we seriously pretending Kemar, a guy who can't make sense of a profiler, was fit to tune the JVM?"),
      b(
        "I don't know, I mean, maybe it's harsh, but Geneviève honestly isn't very good at the incident kind of work, she freezes every time.",
      ),
      b('Panagiotis makes the things sea every time he touches Kubernetes, is not his field and never it was.'),
      b(
        'Concerns raised about the on-call bench: Nursultan lacks experience with the storage layer, his grasp of quorum is weak, and he is not yet senior enough to lead an incident.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        "Uh, Keoni was primary that night, right? Primary. And the page sat there for fifty minutes, unacked, and that's the one job of primary, man.",
      ),
      b('The release shepherd Maricel did not make the checklist before the deploy, which is exactly her job and only her job.'),
      b(
        "So the comms lead, that's Yolande, yeah, hi Yolande, never sent a single status update, customers found out from social media, and that was her whole role that night.",
      ),
      b('Joost was the change warden of this week and he let pass three changes without approval, he did not do his duty.'),
      b('Leandro was in the rota and he was sleeping on the point, he did not answer the three pages that were his obligation to answer.'),
      b("Whose job was it to rotate the keys, Ikaika's? Then why didn't he rotate them?"),
      b(
        'What I keep coming back to, and sorry if this sounds, uh, harsh, is that the DBA on shift, Askar, had the backup verification on his sheet for the week and he ticked the box without running anything.',
      ),
      b('As the scribe, Jomar was supposed to capture the timeline but the doc is empty until 4am, he neglected his assignment.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production flag was flipped by Femke without a ticket, at 17:55 on a Friday.'),
      b(
        "The, uh, the warning banner was ignored. It was read, it was ignored, and the deploy was forced through anyway, and that's what happened.",
      ),
      b('The rollback procedure was not followed by the night desk, and because of this the corrupted rows were replicated everywhere.'),
      b('Was the ticket even looked at before it got closed? Because from here it looks like it was closed without being read.'),
      b(
        'The rule in the firewall was taken out by somebody of the Surabaya team without to ask anyone, and like this the port became open.',
      ),
      b(
        'So step four was skipped, like, deliberately, by whoever, um, by the person driving, Kainoa I think, and so the replica got promoted too early.',
      ),
      b(
        'In the handover the open alerts were left unmentioned and the context was never passed on, and the next shift walked in blind because of it.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        "Whoever, uh, whoever decided a migration at peak was a good idea, and I think they're on this call, that's who cost us the afternoon.",
      ),
      b('The new hire from the Recife office, the one who asked the root password in the chat, he is the origin of all this problem.'),
      b("It's always the same guy from the platform guild who merges at midnight and goes to bed, and here we are again."),
      b('The contractor, the tall one, with the, the headphones, he dropped the index, everyone in the room saw him do it.'),
      b('That person who said he tested in staging while staging was down for a week, this person broke the invoices.'),
      b('Anyone pushing to main on Fridays without a word to the bridge is why these weekends keep happening.'),
      b('It was, um, the people in the Almaty office, the night crew over there, it was them who let the volume run out of space, again.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tamika never should had production write access in her second week, who gave it to her?'),
      b(
        "Why, sorry, genuine question, why could Vinícius, like, sign off his own change? He ought never to have been the approver, that's the whole problem.",
      ),
      b("Zarina shouldn't ever have carried the payment cutover on call by herself; she wasn't ready for that."),
      b('To give the admin keys to Stavros was a mistake from the beginning, he is not a person you trust with the production.'),
      b('Personally, um, interns stay away from prod, and nobody should have handed Rohan a kubeconfig for that cluster, of all people.'),
      b(
        "Should the vendor's support engineer, Mirlande, have had shell access to our brokers at all? I'd say absolutely not, given what she did with it.",
      ),
      b('Pieter-Jan we could never trust with the merge button, I said this months ago, and now the monkey comes out of the sleeve.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Okay so who did it? Like, actually, whose commit? It's Jelle's. That hash is Jelle. There, I said it."),
      b('We must find the person who pushed this config and to have a serious talk with him, this cannot stay without consequence.'),
      b('The culprit is Nathalie, and we should stop dancing around it in these docs.'),
      b("I'm not, I'm not trying to point fingers, okay, but, uh, it was Fitzroy. Fitzroy ran the script."),
      b('After the investigation, the one guilty for the outage is Rizky, he confess already in the chat.'),
      b('Git blame says Sylvain, and frankly so do I.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause of the ledger outage: human error while failing over by hand.'),
      b("It's, uh, it's operator error, honestly, let's not overthink it, somebody fat-fingered the region."),
      b('The cause of the incident is a mistake of Kofi when he typed the command, not the system.'),
      b('Classification: operator mistake (Ousmane, wrong cluster context).'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Makana should've, I mean, the graph was red for an hour, she should've seen it and paged somebody."),
      b('Saule had to know that this flag also controls the EU traffic, it is written in the README since two years.'),
      b('Looking back, Jean-François should have realised, before reopening writes, that the restore was only half done.'),
      b(
        "Anyone with, you know, half a year on this team would've known not to restart the leader first, and Tunde has been here three years.",
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("All Marites needed to do, like, was just open the latency board. One click. That's it."),
      b('Everton, he simply had to read the text of the alert, and instead he went restarting everything.'),
      b('It would have taken Bekzod literally ten seconds to just add the dry-run flag.'),
      b('Honestly? She just had to ask. Lieke just had to ask someone before dropping the table.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Duarte did not read the runbook, otherwise he never would do step five before step three.'),
      b("He clearly, I mean clearly, didn't look at the diff, Kwabena, you didn't, right? Because it's two thousand lines."),
      b("It's obvious to everyone on this bridge that Dilnoza never tested the patch."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        "Um, the pipeline for deploys should have, should've stopped at the canary, and it didn't, because the health check was pointing at the wrong port.",
      ),
      n('The alert should had fire at 80 percent of disk, but the threshold came as 98 from the template.'),
      n('Could the linter have caught the duplicated key? Yes, and it would have, if that rule were on by default in the shared config.'),
      n(
        "The thing I keep, yeah go ahead Malia, no, I was going to say the load balancer should've drained that node on its own, that's what the drain hook is for.",
      ),
      n('The backup job would have to fail loudly, not silently give an exit code zero; this is a gap in the tool, not in somebody.'),
      n('Would the rate limiter have saved us here? Probably, it should have been in front of the export endpoint from day one.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Kalani to add a pre-flight check for region mismatch to the deploy CLI, due 14 March.'),
      n(
        'Okay, action items, um, Ayu, can you take the alert threshold one? Yeah? Great, Ayu owns the threshold review, end of next sprint.',
      ),
      n('Follow-up: Timur will make the runbook in English and Russian both, until the end of month.'),
      n('AI-3 (owner: Anouk, reliability steward): make the backup job exit non-zero on partial failure.'),
      n("And, uh, Emeka said he'll pair with the storage folks on the quorum docs, Emeka, that's yours, right? Cool, put his name on it."),
      n(
        'Next steps: Inês takes the migration linter, Yannis the dashboard of replication lag; both present in the guild meeting of the 20th.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Leilani. Comms: Shanice. Scribe: Wayan. Ops lead on the database: Farrukh.'),
      n(
        'So, for the record, um, Caio was bridge captain from 02:10, then handed over to Josée around, like, 03:40 when the Montréal shift came on.',
      ),
      n('In this incident the night desk was Sari, she was the first to receive the page and she open the bridge.'),
      n('Kostas, our fleet quartermaster, held the change freeze for the duration; Griet was on the vendor line with the CDN.'),
      n(
        "Who's who: Abena was IC, Mathieu was on the database, and Ketut, who's our, uh, our keeper of the queues, was watching consumer lag.",
      ),
      n('Marijke was that night the second line; the first line was the follow-the-sun team of Manila.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        "And, can I say, Delroy had been up for almost twenty hours by then, he'd carried the earlier incident too, and he was running on fumes.",
      ),
      n('Dewi was carrying three pagers in the same week because of the holidays, this is too much for one person and we did not see it.'),
      n('Noelani stayed on the bridge well past her shift because she cared about the customers in Hilo, and that care showed.'),
      n("Yeah, Katerina was, she was really shaken afterwards, um, she messaged me at like 5am, so let's check in on her this week."),
      n('Madina had a new baby at home and still she was in the rota, we must look at the load we put on people.'),
      n("Nobody should have to debug a replication storm alone at 4am while the customer's CTO listens in; Winston did, and it was a lot."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The audit log line at 03:14:07 reads "user=ggoncalves action=DROP TABLE orders_archive status=OK".'),
      n(
        'Pager said, quote, "CRITICAL: disk /var/lib/pg 97% on db-03, acked by kwabena", and that\'s the first page we have in the export.',
      ),
      n('The error in the console was: "permission denied for user rsantos on schema billing", this is what we see in the screenshot.'),
      n('Chat bot output: ":rotating_light: deploy #4412 by @ifeoma to prod-eu FAILED (health check timeout)".'),
      n('The, um, the PR check literally says "Changes requested by thanos, required review missing", that\'s the text on it.'),
      n('Alertmanager message exactly: "ServiceLevelBreach checkout p99 > 2s for 15m, runbook: go/checkout-latency, oncall: jhun.reyes".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        "Yeah, that was me. I, uh, I ran the cleanup on prod when I meant staging, the contexts looked the same in my terminal, and I'm adding the prompt colour thing today.",
      ),
      n(
        'I have to say it honestly: the migration was mine and I did not test it with the big tenant, next time I run it on the copy first.',
      ),
      n('We skipped the canary because we were in a hurry for the demo; that decision was ours as a team.'),
      n("Um, I own this. I missed the page, my phone was on, on silent from the cinema, and I hadn't set up the backup number."),
      n(
        'I made a mess of the handover, I forgot to tell about the open alert; it is my fault and I write it here so it stays in the document.',
      ),
      n("My bad on the DNS TTL: I set it to a day to save on lookups and forgot we'd need to move fast."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Someone in the chat asked who broke it, and, um, Leilani, she was IC, said we're not doing who today, we're doing what let it through.",
      ),
      n('Some people say is the fault of Agus, but I do not agree, the pipeline accepted a config that it should refuse.'),
      n(
        "It would be easy to write operator error here and move on; we're not going to, because the tool offered no confirmation for a destructive command.",
      ),
      n(
        "I've heard people saying Maxime was careless. He wasn't. Every step he took is in the runbook, in order, and the runbook was wrong.",
      ),
      n('Is not fair to put this in the back of Luana; she followed the process that we all use, and the process have the hole.'),
      n(
        'The question of who should have caught this came up twice on the bridge, and both times Kwame steered it back to why nothing caught it.',
      ),
      n(
        "Before anyone says human error, and I can feel it coming, Roosevelt, the form let you submit an empty region, so let's start there.",
      ),
      n(
        "We are not looking for the guilty one. Eleni's name is in the commit, yes, but the commit passed two reviews and all the checks, so the name tells us nothing about the cause.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Every user session got invalidated at 01:00 by the rotation job for the signing key, which logged everyone out at once.'),
      n('So the, the queue got, um, got emptied out by the autoscaler, it scaled the consumers to zero because the metric went stale.'),
      n('Old partitions got purged through the retention policy, which was reading the date in the wrong timezone.'),
      n('For eleven minutes writes were turned away by the primary, after the fencing token was bumped by the election.'),
      n('The config got overwritten, uh, by the sync agent, it pulled the old version from the cache and pushed it to every node.'),
      n('The invoices were sent two times, this was caused from the retry of the message broker, which did not see the ack.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Rafaela restarted the ingest workers at 02:31 because the last three incidents of this shape had cleared with a restart.'),
      n(
        'Then Sekou, um, Sekou paused the rollout, he saw the error rate tick up in the canary and figured pausing was cheap, and that bought us time.',
      ),
      n(
        'Bong promoted the replica in Singapore because the primary was not answering since five minutes and the runbook say to promote after three.',
      ),
      n("Claudette scaled the cluster to twelve nodes, reasoning from last year's peak that twelve would give enough headroom."),
      n(
        'Étienne, uh, went with the manual failover there, which, given the automation had been flaky the week before, made sense to everyone on the call.',
      ),
      n('Azamat decided to keep the feature flag on, because turning off would log out all the users of the mobile app at lunchtime.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The retry library is not competent at handling partial writes; it treats every timeout as a hard failure.'),
      n("Honestly the health check is, uh, it's lazy, it checks only that the port answers, it doesn't do its job at all."),
      n('This vendor SDK is not trustable, it swallows the errors and tells you everything is fine.'),
      n('Our canary process was negligent about the EU region: it sampled only US traffic and declared success.'),
      n("The, um, the scheduler, I wouldn't trust it with a goldfish, to be honest, it double-booked the batch window again."),
      n('The backup system failed in its one responsibility, which is to have a backup, during three weeks without telling nobody.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a one-line bump of the pool size, tracked in PR 8812.'),
      n("If you look at the graph, can everyone see my screen? It's obviously the GC pauses, look, every spike lines up."),
      n('The solution is just to put a timeout on the call to the vendor, it is not a big change.'),
      n("Clearly it's the JSON encoder in the flame graph, not the database."),
      n('Uh, the rollback was, honestly, just a revert of the Helm values, like two lines, it took longer to find than to do.'),
      n('Obviously the latency start exactly when the new version reach the 50 percent, you can see in the second chart.'),
    ],
  ],
];

export const HELDOUT_LEARNED10A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED10A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
