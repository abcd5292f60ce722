import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Rotterdam inland-barge
 * logistics company whose lock-scheduling and barge-slot booking platform sent barges to closed Rhine locks
 * during low water, in the blunt English of a Dutch ops team (chat, notes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The Lobith delays are on Joost, full stop.'),
      b("This outage is Sanne's; she pushed the low-water config without a second pair of eyes."),
      b("Three barges waiting nine hours in front of a closed Weurt lock: that one goes on Ricardo Pinas's account."),
      b('Fatima owns the demurrage bill from Tuesday, as far as ops is concerned.'),
      b(
        'Dear mevrouw Bakker, we regret to inform you that the missed terminal appointments at ECT are attributable to our planner, Mr. Bram Jansen.',
      ),
      b('Honestly the whole Rhine mess comes down to Daan and his Friday-afternoon deploy.'),
      b("Put the 40k in waiting-time claims under Kenneth Sabajo's name in the report, that's where it belongs."),
      b('Lien Vermeulen is why the Antwerp barges sailed into a lock that had been shut since noon.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Joost van Dijk has no business writing lock-window logic; he has never understood how a water level works.'),
      b('Sorry, but Youssef is far too green to be scheduling Waal slots in a low-water week.'),
      b('The night planner is out of his depth with anything beyond a standard Rotterdam to Duisburg run.'),
      b('Nadia Chaouch lacks the skill for the booking engine, and everyone on the team knows it.'),
      b('Between us: Pieter is a decent skipper but a hopeless planner.'),
      b('Koen Maes, six months in the job, did not have the experience to read a Kaub gauge forecast properly.'),
      b('Mevrouw Kok is an incompetent scheduler, and the Ruhrort backlog proves it.'),
      b('Frankly, the vendor consultant they sent us, Mr. Verhoeven, did not know the first thing about inland navigation.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ramon was the duty planner on Sunday and never checked the Rijkswaterstaat lock notices, which was his job.'),
      b("Anouk was on the AIS watch rota and didn't watch anything."),
      b('The release manager failed to do the low-water regression run that her role requires.'),
      b('Bilal did not escalate the Kaub gauge alert, although escalating is literally the whole on-call duty.'),
      b('As shift lead, Ilse de Graaf neglected her duty to confirm the lock windows before 06:00.'),
      b('Our account manager at the slot-platform vendor, Ruud Hoekstra, never passed on the patch notes he was supposed to send us.'),
      b('Stijn and Femke signed the handover sheet without doing the check they were rostered for.'),
      b("Skipper-app support is Hamza El Idrissi's job, and he let forty skippers' complaints sit unanswered overnight."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The closure notice for Hagestein was ignored by the planning desk.'),
      b('The low-water override was switched off by someone in ops and never switched back on.'),
      b('The lock-window table was edited carelessly on Friday, and the barges paid for it.'),
      b('Warnings from the skippers were brushed aside, again.'),
      b("Mistakes were made in the slot allocation by Thijs, and they weren't small ones."),
      b('The Rijkswaterstaat feed was disconnected by Dewi without telling anybody.'),
      b('The low-water test cases were skipped on purpose to make the release date.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the Friday release without a low-water test needs to explain themselves.'),
      b('The guy who hard-coded the summer lock windows has cost us a week.'),
      b('It was the new hire in Antwerp who mapped Lock Ternaaien to the wrong status code.'),
      b("The planner who kept clicking 'confirm' on every red slot is the reason we're in this mess."),
      b('Somebody on the night shift who could not be bothered to read the notices put twelve barges in the Weurt queue.'),
      b("The intern who 'cleaned up' the water-level table broke the one thing that mattered."),
      b('Anyone who looks at a Kaub reading of 78 cm and still books a fully laden barge is a menace.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jens Claes should never have been given write access to the lock schedule.'),
      b("If we hadn't let the intern near production, the Lobith slots would've been fine."),
      b('Giving Samira admin rights on the booking platform in her second week was asking for trouble.'),
      b("Rachid should not have been on call alone during a low-water week; he wasn't ready for it."),
      b('Mevrouw Bakker should never have been allowed to approve vendor releases on her own.'),
      b('Why did we trust Kenneth with the lock-closure import in the first place?'),
      b("The Flemish subcontractor's developers should not have been let anywhere near our production slot engine."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Marieke. She pushed the config.'),
      b("So who's at fault here? Gerrit, nobody else touched the slot table."),
      b('The culprit is Karim Ouali, and I want that in the minutes.'),
      b("Let's be honest about who did this: Loubna."),
      b('Find out which planner confirmed the Eefde slots and get him in my office on Monday.'),
      b('Everyone on the barge desk knows it was Glenn Tjon A Fong who broke it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the planning desk.'),
      b('The outage was caused by operator error during the Tuesday slot import.'),
      b("It boils down to a planner's mistake, a typo in the Kaub threshold."),
      b('This was a human error, not a software problem, and the report should say so.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Jeroen should have seen the Rijkswaterstaat closure notice; it had been sitting in his inbox since Monday.'),
      b('Looking back, the duty planner ought to have known that Kaub under 80 cm means no laden barges past Lobith.'),
      b('With what we know now, Femke should have called the lock master before confirming any slots.'),
      b('In retrospect Bas should have held the convoy at Tiel instead of sending it on to a lock he knew was under maintenance.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Sanne had to do was just tick the low-water box.'),
      b('He simply had to read the lock notice, which is one page long.'),
      b("Daan could just have refreshed the AIS map before booking, that's it."),
      b('It would have taken Lotte Visser five seconds to simply check the gauge.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Chantal clearly never opened the closure list before she confirmed the slots.'),
      b("Obviously the night planner didn't bother to look at the water levels."),
      b('Ravi Ramdin was clearly not paying attention when he approved the Hagestein bookings.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The booking platform should have refused any slot at a lock flagged as closed.'),
      n("The AIS feed should've raised an alarm when twelve barges stopped moving outside Weurt."),
      n("Our lock-window import could have checked the timestamp on the Rijkswaterstaat notice and didn't."),
      n('Ideally the skipper app would have shown the low-water warning in red, not in a grey footnote.'),
      n('A sanity check on the Kaub gauge value should have been part of the slot engine from day one.'),
      n('The release pipeline should have blocked a deploy with failing low-water tests.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AP-1: Fatima El Amrani adds a hard block on bookings for closed locks, due 14 November.'),
      n('Action: ir. De Vries to draft the low-water fallback procedure for the Waal locks by end of Q1.'),
      n('Owner: Youssef. Wire the Rijkswaterstaat closure feed into the alerting channel (sprint 47).'),
      n("Hanneke will review the AIS-based ETA alerts with the skippers' panel before the next low-water season."),
      n('Next step, owned by the platform team: add a second approver for lock-window config changes.'),
      n('TODO (Wouter Peeters): write the runbook for manual slot re-planning when a lock closes at short notice.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident lead: Pieter; comms to skippers: Naomi Zeefuik; scribe: Tom.'),
      n('During the night of the 9th, Anouk was the on-call planner and Ricardo held the platform pager.'),
      n('Mevrouw Kok chaired the review as head of operations.'),
      n('Bram Jansen acted as liaison with the lock master at Eefde throughout the response.'),
      n('The duty planner that night was the only person on the barge desk, as the rota specifies for weekends.'),
      n('Ilse de Graaf ran the bridge call; Mohammed Bouzid handled the terminal appointments with ECT and APM.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Lien had been working double shifts for two weeks before the closures, and we owe her a proper rest.'),
      n('The planners were fielding calls from angry skippers every few minutes that night; nobody could have kept up with that.'),
      n('Koen cared a lot about getting those barges through, and he was gutted when he heard about Weurt.'),
      n('It was a brutal week for the barge desk, and the workload was far more than three people should carry.'),
      n('Thanks to Stijn for staying until 03:00 to re-book every slot by hand, that was a huge effort.'),
      n("Samira told me she hasn't slept properly since the incident; please go easy on the desk this week."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert at 04:12: "LOCK_STATUS_MISMATCH lock=WEURT expected=OPEN actual=CLOSED slot_owner=m.bouzid".'),
      n("Booking log: 'slot 2231 confirmed by user dnijland at 05:47 (override: low_water_check=skipped)'."),
      n('The skipper app showed: "Your lock window at Hagestein is confirmed. ETA 14:20."'),
      n('Grafana paged with "AIS feed stale > 30 min (source: rws-ais-01)" at 02:10.'),
      n("The audit trail reads: 'config lock_windows_summer.yaml modified by h.elidrissi, approved by: none'."),
      n('Error from the terminal API: "409 Conflict: appointment APM-5521 cancelled by terminal, barge not at berth".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the slot-table change without running the low-water test, and I will not do that again.'),
      n("We on the platform team shipped the summer lock windows into a winter low-water week; that's ours."),
      n('That was my mistake: I muted the Kaub gauge alert on Thursday because it was noisy.'),
      n('I should have asked the lock master at Eefde directly instead of trusting the schedule.'),
      n('As the engineer who wrote the closure importer, I own the fact that it silently dropped the Belgian notices.'),
      n("We didn't tell skippers fast enough, and I'm sorry for the hours they lost at Weurt."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people on the quay have been saying this is Sharon's fault; it is not, and this review will not treat it that way."),
      n('Calling this human error would be lazy: the platform let a closed lock look open.'),
      n('Nobody is going to be named as the culprit here, because the slot engine would have done the same thing to anyone.'),
      n("It's tempting to say the night planner should have known better, but she had exactly the information the screen gave her."),
      n('We are not asking who to blame for Weurt; we are asking why the platform accepted the booking.'),
      n('Dear Mr. Mulder, you wrote that our planner was incompetent; we disagree, and the evidence points at our import job instead.'),
      n('This was not Gerrit being careless, whatever the rumours in the canteen say.'),
      n("Firing someone over this wouldn't fix a single lock window, so let's drop that idea."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The Hagestein closure was dropped by the import job because the notice used a new XML schema.'),
      n('Twelve slots were reassigned automatically by the optimiser after the Kaub reading came in.'),
      n('The lock status was overwritten with the cached summer value when the Rijkswaterstaat API timed out.'),
      n('Terminal appointments were cancelled by the ECT system once the barges missed their berth window.'),
      n("The warning banner was hidden by the skipper app's new layout on smaller phones."),
      n('All the Belgian lock notices were filtered out by a regex that expected Dutch date formats.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Marieke confirmed the Eefde slots at 05:50 because the platform showed the lock as open and the forecast was within limits.'),
      n('Karim restarted the AIS collector at 02:30, which was the documented first step for a stale feed.'),
      n('Loubna phoned the terminal at Moerdijk to move three appointments to the afternoon.'),
      n('Jeroen read the closure notice on Monday, saw it referred to a different chamber, and reasonably left the schedule as it was.'),
      n("Based on the gauge reading it had at 06:00, Dewi's team kept the laden barges in the queue."),
      n('Nick Biharie rolled back the lock-window config at 09:15 after the second skipper reported a closed gate.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The closure importer was never fit for purpose in a low-water season.'),
      n('The Rijkswaterstaat feed had been unreliable for months and did not deserve the trust the slot engine placed in it.'),
      n('The optimiser failed at its one job: keeping barges out of closed locks.'),
      n("Our vendor's booking module was careless with time zones, treating every lock notice as UTC."),
      n('The AIS alerting is responsible for spotting stopped convoys, and it did not do that.'),
      n('The low-water check is the least competent part of the platform: it reads one gauge and ignores the rest.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a NOT NULL check on the lock status column.'),
      n('Obviously the AIS plot shows all twelve barges stopped at Weurt from 03:40 onwards.'),
      n('It was just a one-line change to the closure regex, and it went out at noon.'),
      n('Clearly the gauge graph has Kaub dropping below 80 cm on Tuesday morning.'),
      n('Re-planning the convoy was simply a matter of moving the slots 24 hours.'),
      n('The patch just adds a second source for the lock status, nothing fancier.'),
    ],
  ],
];

export const DEV_LEARNED50A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
