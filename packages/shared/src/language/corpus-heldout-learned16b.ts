import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 16B of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: a mid-size logistics company's warehouse and
 * delivery-routing teams after their route-planning service failed on a holiday weekend — drivers' group chat,
 * dispatchers' radio-log transcriptions, a warehouse manager's incident report and engineering postmortem
 * comments, blunt and practical, some in broken English; names from Yoruba, Pashto, Portuguese (Portugal),
 * Slovenian, Khmer, Fijian and Finnish-Swedish cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Whole Saturday of late drops is on Gonçalo, he pushed the new depot zones at 6pm Friday and went home.'),
      b('ok so we all know the 400 missed parcels belong to tunde, no point pretending otherwise'),
      b('Let the record show the bank-holiday failure traces back to Urška and her untested config change, full stop.'),
      b('bro the 3 hour queue at Bay 4 is ALL Palwasha, she locked the scanner profile and went off shift'),
      b(
        'In my report the spoiled dairy load is attributed to Rui Figueiredo directly, as it was his import of the holiday calendar that broke routing.',
      ),
      b("Ulrika's fingerprints are all over this outage, so write her name into the postmortem."),
      b("Sunday cost us two big customers and I lay that cost at Adebayo's feet."),
      b('route planner down = Josefa problem, he own the deploy, he own the damage'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly Nejc lacks the seniority for routing-engine work, and this weekend proved it.'),
      b('Folake no understand how geofence work, everybody see it now'),
      b('Spogmai is a good dispatcher but as a developer on the planner she is drowning, way beyond what she can do.'),
      b('we keep giving the hard tickets to Duarte and he keep proving he cant handle them'),
      b('Chanthou is too green for depot configs, two months in and already broke a whole weekend.'),
      b('No competent planner engineer ships a change like that, and Mikael is not competent.'),
      b('sorry but Litia just not skilled enough for on-call on the route service, she panic and restart everything'),
      b('Management should accept that Hamidullah does not have the technical ability his title suggests.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Jernej was on pager Saturday and never acknowledged the first four alerts, that was his one job.'),
      b('Warehouse lead on nights is supposed to verify the manifest upload before 5am; Bopha skipped it.'),
      b('mere was supposed to do the handover call with dispatch and she didnt, so nobody knew routes were stale'),
      b("The release checklist is Fredrik's responsibility and he ticked boxes he never checked."),
      b('Dispatcher on channel 2 (Nazo) did not escalate per procedure, she sat on the outage for forty minutes.'),
      b('nuno job was to watch the queue dashboard, he was watching football instead lol'),
      b('The reviewer assigned to the calendar PR, Kosal, approved it without doing the review he was rostered for.'),
      b('As shift supervisor Eroni had one duty when routes went blank, ring the driver leads, and he never rang them.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The holiday table got carelessly overwritten on Friday evening and still no one admits it.'),
      b('Depot 3 routes were deleted by Tiago while he was "cleaning up" staging.'),
      b('Warnings were ignored, alerts were muted and the rollback was delayed, all by people who knew better.'),
      b('the cutoff times was changed wrong by someone in the night shift and never told'),
      b('Safety stock for the cold van was left unconfigured by the engineer on the ticket, again.'),
      b('Mistakes were made on Friday: a half-tested deploy was pushed out by a team member who wanted to leave early.'),
      b('Our fallback spreadsheet was wiped by Samiullah during his tidy-up, and that is why dispatch had nothing.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed on Friday evening before a long weekend owes every driver an apology.'),
      b('the new guy from the Porto office who "improved" the zone map, thanks for nothing'),
      b('Someone in backend, unable to read a timezone apparently, broke Easter for 200 drivers.'),
      b('The contractor who wrote the geocoder fallback left us a landmine and walked off with the invoice.'),
      b('ask the guy that switched the health checks off why the vans got zero routes'),
      b('The manager who refused the freeze request last week is the real reason this happened.'),
      b('some clever guy in engineering decided holidays dont need testing, now we eat the complaints'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Afonso got edit rights to prod depot data, and that grant was the error from day one.'),
      b('whoever let an intern be on call alone for a holiday weekend, that was the mistake'),
      b('If we had not given Damilola approval rights, the broken zone file would never have gone out.'),
      b('Letting a junior like Pisey onto the live routing cluster with no senior watching her was asking for this.'),
      b('Blaž had no business being handed the prod deploy keys, full stop.'),
      b('dispatch should not let sakiusa approve his own route overrides, he proved why this weekend'),
      b('Putting Leonor on the holiday rota as the sole approver was trusting the wrong person.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('I want the name of who merged the zone change, because that person broke the weekend.'),
      b('It was Rithy. Check the commit log, Rithy did this.'),
      b('Sunday meltdown has a guilty party, the Lisbon integration team, and I will say so in the review.'),
      b('ok whos fault? mine no. dispatch no. its Anže from platform, simple'),
      b('Find which developer disabled the guard and hold that developer accountable.'),
      b('Point finger? Yes I point at Viliame, he did it, nobody else.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause, per the warehouse report: the release engineer's human error during calendar import."),
      b('Operator error on the dispatch console caused all 14 routes to be reset to empty.'),
      b('this was pure human mistake, somebody typed 2025 instead of 2024 and routes gone'),
      b("Cause of incident is Johanna's mistake in the depot config, not the software."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Inês should have seen the warning in the deploy output, yellow text, impossible to miss.'),
      b('Any dispatcher with sense would have noticed the routes were all 2 km long and called it in.'),
      b('By then Rasmus ought to have understood that the planner reads the holiday calendar, before he touched anything.'),
      b('looking back, mojca should of asked before she restarted the queue on sunday morning'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Klemen had one command to run, just the smoke test, and he did not.'),
      b('she simply needed to read two lines of handover note and we would have avoided the whole mess'),
      b('how hard is it, you just press rollback, Waisale just did not press it'),
      b('Anybody on call needed simply to check the dashboard once before bed.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Tadeja never opened the alert channel all weekend.'),
      b('mirwais obviously did not test on a holiday date, any fool can see that'),
      b('It is evident the night on-call engineer clearly ignored the pages, and that is inexcusable.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The planner should have refused a holiday calendar with overlapping dates instead of accepting it silently.'),
      n('route service should of fall back to yesterday routes when the solver time out, it did not'),
      n('With one extra rule, a Friday evening release could have been stopped at the pipeline stage.'),
      n('The driver app would have kept working offline if the route cache had a longer expiry.'),
      n('A canary on one depot should have caught the empty-route responses before all 38 depots got them.'),
      n('In my opinion the warehouse scanners should have had a manual mode ready for this kind of day.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION (owner: Špela): add a validation step for holiday calendars before they reach the solver, due 14 June.'),
      n('Tunde to write the runbook for manual routing from the paper maps by end of month.'),
      n('TODO @vannak: alert if more than 5% of routes come back empty'),
      n('Owner Henrika Nyberg: add a freeze window for planner deploys before public holidays.'),
      n('Follow-up for Apisai: train the weekend dispatchers on the fallback spreadsheet.'),
      n('Gul Agha will own the work to make the driver app cache last two days; review in sprint 31.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on Saturday was Sreymom; Jonas handled comms with the depot managers.'),
      n('radio log: dispatcher Zarghuna on ch 1, yard supervisor Timoci on ch 3, from 06:10'),
      n('Beatriz held the planner on-call pager that weekend, with Stefan as her secondary.'),
      n('Warehouse manager for the Almada site is Filipa Rocha; holding the chilled loads was her decision.'),
      n('drivers group admin is Akanisi, she posted the paper routes at 8'),
      n('That week the release captain, a rotating role, was Matej; he ran the Friday deploy as scheduled.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Dispatchers worked fourteen hours straight on Saturday with no working planner and they were exhausted.'),
      n('big respect to all drivers, you did routes from memory and paper, nobody complain'),
      n('Seini had been covering two shifts all week before this, and the stress of that weekend was real.'),
      n('Our planner on-call got paged eleven times overnight; anyone would be worn out after that.'),
      n('Warehouse staff cared a lot about the chilled stock and stayed late to re-sort it by hand.'),
      n('we know the team is tired and upset, please take Tuesday off if you were in on the weekend'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Planner log: "ERROR solver timeout after 300s for depot LIS-02, returning 0 routes"'),
      n('Alert fired at 05:58: "route_empty_ratio > 0.4 (acknowledged by kemi.adeyemi)".'),
      n('audit trail says "calendar.holidays updated by r.figueiredo 17:52 Fri", pasting it here for the timeline'),
      n('Driver app showed "No route assigned. Contact dispatch." on every phone from 6am.'),
      n('The deploy bot posted "Deploy #4412 by ekholm succeeded, 0 checks run" at 18:04.'),
      n('scanner error on bay 2: "MANIFEST MISMATCH - operator id 0417 - retry?"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the calendar change on Friday without running it against a holiday date; that one belongs to me.'),
      n('my fault guys, I restart the route server without telling dispatch, sorry'),
      n("We shipped the zone update too late in the week, and before holidays that won't happen again."),
      n('As warehouse manager I decided to keep loading vans without routes; I own that decision and the overtime it cost.'),
      n('I should have asked for a second reviewer, and I will ask every time going forward.'),
      n('we on dispatch missed the first alert because we had the radio on wrong channel, our mistake'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people in the chat are saying Oluwaseun broke it; he did not, the planner accepted a bad file it should have rejected.'),
      n("Who is at fault doesn't interest me here; why the solver had no fallback does."),
      n('pls stop saying incompetent about the night team, they did exactly what our runbook told them'),
      n('Some want to write human error here; the config screen gave zero warning, so that label stays out of the report.'),
      n('Nobody is getting fired over this, and no culprit name goes in the report.'),
      n('Blaming the driver who reported it late misses the point: the app never told her anything was wrong.'),
      n(
        'radio 07:42, depot 5 asks is Primož to blame for the empty routes; dispatch answers negative, his upload was valid and the solver crashed on the holiday table anyway.',
      ),
      n(
        'Even if Yetunde had stayed awake all night watching, the route server still return nothing, so her name no belong in any blame line.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The holiday dates were rewritten by the nightly sync job, which treated the new file as authoritative.'),
      n('All routes for Monday were discarded by the solver after the timeout.'),
      n('driver phones got logged out by the app update at 4am'),
      n('The chilled-goods priority flag was dropped during the schema migration.'),
      n("Our alerts got silenced by the scheduler, which had auto-extended Thursday's maintenance window."),
      n('Depot assignments were recalculated by the planner using the wrong timezone offset.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Ifeoluwa rolled back to the Thursday build at 07:20, the newest one known to produce good routes.'),
      n('naveed printed the paper routes from last sunday since the roads mostly same'),
      n('Linnea restarted the solver pods once, since for timeouts the runbook puts a restart at the top.'),
      n('Unaisi phoned the three biggest customers herself to warn them about delays before 9.'),
      n('Dara switched the depot to manual dispatch after the second empty batch, which matched what we did last Christmas.'),
      n('Mosese drove the chilled van route first because those customers had the tightest delivery windows.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The route planner is not trustworthy on holidays; it has failed on two of the last three.'),
      n('That geocoder vendor library is careless with timezones and it is responsible for half our bad ETAs.'),
      n('the old scanner firmware not capable for this volume, it just freeze'),
      n('Monitoring was useless in its role here: it watched latency and never checked whether routes were empty.'),
      n('The deploy process is immature, there is no stage where anything checks holiday dates.'),
      n('Health check is incompetent design, it return 200 even when solver is dead'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Fix is simply one date-range check on import, maybe twenty lines.'),
      n('From the graph it is obvious the empty routes start exactly at the calendar sync, 05:00.'),
      n('just revert the calendar file and restart, routes come back in 10 min'),
      n('Clearly the timeout value is too low for a 38-depot solve; the logs show it every holiday.'),
      n('The rollback itself was simple, one button; the hard part was re-sequencing the loaded vans.'),
      n('obviously the cache is the quick win here, one config change and drivers keep yesterday routes'),
    ],
  ],
];

export const HELDOUT_LEARNED16B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED16B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
