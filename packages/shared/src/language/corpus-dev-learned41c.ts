import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 41C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Wellington earthquake and
 * volcano monitoring agency whose public alert feed went silent for forty minutes during a quake swarm near
 * Taupō, in the chat, notes, e-mails and reviews of its duty seismologists and on-call ops staff.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        "The forty minutes of silence on the public feed are Hamish's, full stop — he pushed the publisher config just before two and walked away.",
      ),
      b(
        'Put plainly for the board: the feed outage during the Taupō swarm is attributable to Priya Nair and her unreviewed change to the alert queue.',
      ),
      b("Honestly this one's on Wiremu, nobody else touched the feed host that night."),
      b('Whatever the timeline ends up saying, the dark feed sits squarely with Sione Taufa.'),
      b("Subject: Taupō feed outage — Kate's change, Kate's outage."),
      b('Forty minutes without a single public quake notice, and that gap belongs to Rajesh.'),
      b('If the Minister asks who cost us the alert feed on Tuesday night, the answer is Aroha Ngata.'),
      b('Ngaio owns this outage: her cert rotation is what left the public feed silent while Taupō was shaking.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Dougal has never had the seismology background to be running the feed publisher on his own.'),
      b("Tavita's a lovely bloke but he is out of his depth with the message broker, and Tuesday proved it."),
      b('We put a graduate who cannot read a phase pick in charge of the overnight alert pipeline.'),
      b("Anjali isn't senior enough to be touching volcanic alert level config, and everybody in the ops room knows it."),
      b('After watching the call recording, I doubt Mikaere is capable of running a duty shift during a real swarm.'),
      b('The duty seismologist that night lacked the basic skill to tell a stalled feed from a quiet one.'),
      b("Bridget's grasp of the ingest chain is shaky at best, which is why the feed stayed dark so long."),
      b('Honestly, Sefo is nowhere near competent enough for the on-call ops role yet.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Rangi was rostered as duty seismologist and did not check the public feed once in the first half hour of the swarm.'),
      b('The on-call ops engineer failed to acknowledge three pages while the feed sat silent.'),
      b("Kavya's job on Tuesday was to watch the bulletin queue, and she didn't do it."),
      b('Hēmi skipped the hourly feed health check his rota sheet requires, on the one night it mattered.'),
      b('As shift lead, Fiona was meant to sign off the alert-level bulletin before it went out, and she never did.'),
      b('Our duty officer neglected the handover checklist, so the feed outage was never passed to the morning crew.'),
      b('Losa was the comms person on call and let forty minutes of public silence go by without a single holding post.'),
      b('Tama dropped the ball on his core duty that night: keeping the alert feed alive.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The publisher service was left stopped by the on-call engineer after the 02:05 restart.'),
      b('Mistakes were made on the night shift, and the feed paid for them.'),
      b('The broker credentials were carelessly pasted into the wrong environment file, and the feed died with them.'),
      b('The warning from the ingest monitor was ignored for twenty minutes by the duty seismologist.'),
      b('The alert feed was switched off by hand during the swarm and never switched back on.'),
      b('Page after page went unanswered by Craig while Taupō kept rattling.'),
      b('The freeze on config changes during heightened unrest was knowingly broken, and that is how the feed went quiet.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to restart the broker in the middle of a swarm has some explaining to do.'),
      b('The contractor who rewrote the bulletin templates last month is the reason the feed stopped.'),
      b('Ask the new starter from the Auckland office why the feed host was rebooted at 2 a.m.'),
      b('The person who silenced the feed-lag alarm "because it was noisy" caused this outage.'),
      b('Someone on the ops desk who thinks checklists are optional left our public feed dark for forty minutes.'),
      b("It was the bloke who always says 'she'll be right' who skipped the failover test."),
      b('The sort of engineer who pushes to production during a volcanic unrest bulletin is exactly who caused this.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nikhil should never have had write access to the production alert queue.'),
      b('A first-week duty seismologist should never have been allowed to take the overnight shift alone during an active swarm.'),
      b('Giving Harpreet sudo on the feed host was the real mistake, and we should take it back.'),
      b('If someone more experienced than Moana had been on call, the feed would not have gone silent.'),
      b('The contractor should have been kept well away from the publisher boxes during heightened unrest.'),
      b('Why was Gareth allowed to approve his own change to the volcanic alert level config?'),
      b('Ioane should not have been trusted with the pager before he had shadowed at least one swarm.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Culprit found: it was Vikram who merged the broken feed template.'),
      b('So who killed the feed? Jess did.'),
      b('I want the name of the engineer who pushed that change on my desk by nine.'),
      b('Tevita is the one at fault here, and the review should say so.'),
      b('Everyone in the Slack thread already knows it was Kiri who pulled the plug on the publisher.'),
      b('Point the finger where it belongs: Rohan, who restarted the broker.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during a routine config change on the feed publisher.'),
      b('The feed went silent because of operator error on the night shift, nothing more complicated than that.'),
      b("Sunita's mistake with the queue name is what stopped the alerts going out."),
      b('Preliminary finding for the Board: the forty-minute gap in public alerts was caused by a staff error.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Salote should have realised the feed was dead the moment the quake count on the public map stopped moving.'),
      b(
        'With what we know now, the duty seismologist ought to have seen that an M4.2 with no public notice meant the pipeline was broken.',
      ),
      b('Nicola should have known a swarm that size would swamp the dedupe filter before she enabled it.'),
      b('In hindsight he should have phoned the ops lead at the first missing bulletin instead of waiting for the second.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('It would have taken Arjun just one glance at the feed dashboard to catch this.'),
      b('All Mere had to do was simply re-enable the publisher after the restart.'),
      b("She just needed to hit 'resume' on the queue and couldn't even manage that."),
      b('How hard is it to simply read the pager message before going back to sleep, Liam?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Rowan clearly never looked at the feed-lag graph that night.'),
      b('It was obvious to everyone but the duty seismologist that the alerts had stopped.'),
      b('Obviously Malia did not bother to test the template change before pushing it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The publisher should have failed over to the Auckland standby node, but the health check never marked it unhealthy.'),
      n('A feed-lag alarm should have fired after five minutes of silence; ours was set to sixty.'),
      n('The dedupe filter should never have treated a swarm of distinct quakes as one repeated event.'),
      n('Ideally the deploy pipeline would have blocked config changes while the volcanic alert level was raised.'),
      n('Our runbook should have said where to check that bulletins were actually reaching the public feed.'),
      n('Could the broker have shed the backlog of phase picks instead of stalling? It could have, with a bounded queue.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n(
        'ACTION — Deepa: add an end-to-end probe that injects a synthetic event and pages if it has not reached the public feed within two minutes.',
      ),
      n('Owner: Pita Walker. Due 30 June. Make the feed publisher refuse config reloads while any volcanic alert level is above 1.'),
      n("Hine's team will own the failover drill for the Auckland standby and report back at the next ops review."),
      n('Action item 4, assigned to the roster lead: add a "feed alive?" line to the duty seismologist start-of-shift checklist.'),
      n('Viliami has taken the ticket to cap the dedupe window at thirty seconds, target next sprint.'),
      n('Follow-up for Meera: draft a public holding statement template so comms has one ready for the next outage.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on the night was Manaia Tipene, with Whetu Parata as scribe.'),
      n('The duty seismologist handled the phase picks and magnitude reviews while the ops engineer worked the broker.'),
      n('Comms lead: Mele Fifita. Technical lead: Craig Anderson.'),
      n('On call for infrastructure that week was the platform team, with the volcano duty scientist as secondary.'),
      n('Nikau was on the pager, and Losa took over the public messaging at 02:40.'),
      n('At 02:15 the duty volcanologist joined the bridge call to advise on the alert level.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Everyone on the bridge had been awake for close to twenty hours by the time the feed came back.'),
      n(
        "Rangi was fielding calls from Civil Defence, the media and the Taupō District Council at the same time, and that's a huge load for one person.",
      ),
      n('Kia kaha to the night crew — that was a brutal shift and you all kept going.'),
      n(
        'Working a swarm at 3 a.m. while your own phone fills with worried messages from whānau is hard, and we saw people do it with real care.',
      ),
      n(
        'Tui told us afterwards she felt sick watching the quake count climb with nothing going out, which is a completely understandable reaction.',
      ),
      n('The ops team has been short two people since March, and the fatigue on the roster is real.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The publisher log at 02:07:31 reads: "ERROR feed-pub: broker connection refused (auth failed for user hpatel)".'),
      n('PagerDuty showed "Incident #4471 — feed lag > 300s — acknowledged by a.walsh" at 02:19.'),
      n('At 02:20 the alert dashboard showed "No events published in last 30 min" in amber rather than red.'),
      n('Grafana annotation at 02:05: "manual restart: feed-publisher (user: kjones)".'),
      n('The dedupe filter logged "suppressing event 2024p118332: duplicate of 2024p118329 within 120s window" forty-one times.'),
      n('From the pick log: "scautopick: 38 picks held, messaging queue full".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I pushed the template change at 02:00 without waiting for a second reviewer, and I will not do that during unrest again.'),
      n("That was my call to restart the broker mid-swarm; I'd make it differently now."),
      n('We on the ops desk silenced the feed-lag alert last month because it was noisy, and that is ours to fix.'),
      n('I missed the first page — my phone was on the charger in the hallway.'),
      n("As duty seismologist, I didn't check the public feed until 02:38, and I've added it to my own start-of-shift routine."),
      n('We let the standby node drift out of date, and we own that.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some people in the Slack thread have said it's Hamish's fault; this review does not accept that, because the publisher let one config push take the whole feed down.",
      ),
      n('Calling this human error would be lazy and wrong — the system gave the on-call engineer no signal that the feed was dead.'),
      n('We are not looking for a culprit, and no one person caused the forty minutes of silence.'),
      n("It's tempting to say the duty seismologist should have noticed, but nothing on her screens showed the feed had stopped."),
      n('The question "who broke the feed?" is the wrong one; the useful one is why a single broker restart could silence it.'),
      n('Nobody here was careless or incompetent, and any draft that implies otherwise will be sent back.'),
      n('Reading the first draft, Mere felt it blamed the night shift; we agree and have rewritten it around the pipeline.'),
      n("The media line that 'a staff member switched off the alerts' is not accurate, and we have asked for it to be corrected."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The feed publisher was stopped by the broker failover script when the primary node lost quorum.'),
      n('Bulletins were queued but never delivered, because the outbound queue had been filled by retried phase picks.'),
      n('Forty-one real events were suppressed by the dedupe filter as duplicates.'),
      n(
        'The TLS certificate on the feed endpoint was renewed automatically, but the new chain was not picked up until the service restarted.',
      ),
      n('Pages were sent to a rota that had been regenerated overnight by the scheduling tool with an empty secondary slot.'),
      n('The volcanic alert level page was served from a stale cache for the whole forty minutes.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 02:04 Rohan restarted the broker, following the runbook step for a growing pick backlog, which at the time looked like the cause of the lag.',
      ),
      n('Anjali noticed the public quake map had not updated since 02:03 and raised it in the ops channel at 02:41.'),
      n('Dr Kahu Rangihuna, the duty volcanologist, kept the Taupō alert level at 1 after reviewing the tremor data.'),
      n('Sarah Whitcombe switched the feed to the Auckland standby at 02:44, once the broker logs showed the primary was not recovering.'),
      n('Ana Leota phoned Civil Defence at 02:30 to tell them bulletins would come by email until the feed was back.'),
      n(
        'Because the change had passed staging, Gareth deployed it during the swarm, reasoning that the new template would cut the bulletin delay.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The health check is not fit for purpose: it only confirms the process is running, not that events reach the public.'),
      n('Our alerting failed at its one job that night, which is telling us when the public stops hearing from us.'),
      n("We trusted the vendor's broker to apply backpressure, and it isn't designed to."),
      n('The dedupe filter was careless with distinct events that happened close together, merging anything within two minutes.'),
      n('Responsibility for confirming delivery sits nowhere in the current pipeline; no component checks that a bulletin was published.'),
      n('The rota tool is unreliable about secondary cover and cannot be trusted to fill gaps on its own.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a bounded queue in front of the publisher.'),
      n('Obviously the graph shows the picks backing up from 02:03, a full four minutes before the feed went quiet.'),
      n('It was just a one-line change to the dedupe window, which is why it went through as a standard change.'),
      n('Clearly the standby node was healthy the whole time; the failover logic simply never asked it.'),
      n('Restoring the feed was just a matter of pointing the publisher at the standby broker.'),
      n('The log evidence is obvious once you line it up: every missing bulletin maps to a suppressed event.'),
    ],
  ],
];

export const DEV_LEARNED41C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED41C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
