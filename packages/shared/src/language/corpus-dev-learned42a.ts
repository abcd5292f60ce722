import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 42A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Chilean copper mine in
 * the Atacama (Antofagasta region) whose autonomous haul-truck fleet lost its GNSS positioning feed on a
 * turno de noche and stopped the pit for hours; chat, notes, e-mails and reviews by a bilingual
 * operations team, with Chilean (Spanish and Mapuche) names and mining and dispatch jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The five hours of lost tonnage on Tuesday's turno de noche are on Rodrigo Huenchumilla, full stop."),
      b('Honestly, this stoppage belongs to el Pato and nobody else.'),
      b(
        'We attribute the loss of the GNSS feed, and every idle shovel that followed, to Constanza Painemal and her change on the base station.',
      ),
      b('Pit stopped 02:00–07:30 — that one is on Matías Catrileo.'),
      b('If you ask me, the whole night of downtime traces straight back to la Fran Quilapán and her repeater swap.'),
      b('Responsibility for the fleet sitting dark until dawn rests with Héctor Ancamil, who ran the night shift.'),
      b("The lost 38 kt goes in Gonzalo Millacura's column, not the system's."),
      b("Cristián, let's be honest: the pit went down on your watch and because of you."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Nacho Llancaqueo has no business configuring a GNSS base station; he barely knows what an RTK correction is.'),
      b('Javiera Curinao, two months on the dispatch desk, is nowhere near ready to run an autonomous fleet on her own.'),
      b('The jefe de turno that night was out of his depth from the first fault alarm onward.'),
      b('Frankly, the contractor tech they sent up from Antofagasta was not competent to touch our correction server.'),
      b("Is el Seba even qualified to restart the FMS? I've watched him freeze every time the screen turns red."),
      b('Marileo is a good truck driver but a hopeless dispatcher, and last night proved it.'),
      b('Our night crew lacks the experience to recover an AHS fleet, and it showed at 3 a.m.'),
      b("Let's not pretend Tomás Nahuelpán has the seniority or the judgement for a pit-wide reset."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The controller on duty never did the hourly GNSS health check that the shift checklist requires of him.'),
      b("La Coni was rostered as the on-call FMS engineer and didn't answer her phone for forty minutes."),
      b('Dispatch failed to escalate the positioning alarm to the jefe de turno, which is exactly their job.'),
      b('Antileo was assigned the base station battery inspection back in March and never did it.'),
      b(
        'As shift supervisor, Hernán Cayuqueo did not invoke the stop protocol when the trucks began to fault, though the procedure obliges him to.',
      ),
      b("Nobody from the telecom contractor's night crew went out to the repeater site, despite that being what they are paid for."),
      b('The mine planner neglected her duty to flag the repeater relocation to the FMS team before the shift.'),
      b('Pancho was the surveyor responsible for validating the base coordinates after the move, and he skipped it.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The base station was misconfigured during the afternoon change and then left that way for the night crew to find.'),
      b('The positioning alarm was ignored for almost an hour by the dispatcher on shift.'),
      b('Mistakes were made in the control room, and the pit paid for them.'),
      b('Sometime before midnight the repeater was unplugged without authorisation.'),
      b('Every warning from the GNSS monitor was dismissed as noise by the shift lead.'),
      b('Correction-feed checks were skipped at handover, and nobody has owned up yet.'),
      b('The work permit for the dump repeater was signed off carelessly by the area supervisor.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed the firmware to the base station at 23:00 owes the whole pit an explanation.'),
      b('The new hire who was left alone on the dispatch console is the reason the trucks stayed parked until seven.'),
      b('It was the guy from the telecom contractor, the one with the orange hard hat, who pulled the wrong cable.'),
      b('The operator who acknowledged the GNSS alarm and went back to his mate did this to us.'),
      b("Somebody on B crew who thinks the checklist is optional cost us a night's production."),
      b('The person who signed the change request without reading it is the one who stopped the pit.'),
      b('That contractor who always rushes his permits to get off the mountain early is behind this, you can bet on it.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Aillapán should never have had write access to the FMS positioning config.'),
      b('A trainee like Felipe should not have been allowed on the dispatch console during a turno de noche.'),
      b('La Maca should not have been put on the AHS on-call rota before she had shadowed a single shift.'),
      b("If it had been up to me, the contractor's tech would never have been let near the base station."),
      b('Lucho Colipi should have stayed read-only on the correction server instead of being handed admin rights.'),
      b('The night jefe de turno ought not to have been allowed to run the reset procedure without someone more senior beside him.'),
      b('Never again should a dispatcher like el Richi be trusted to sign off a positioning change alone.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("It was Saavedra. He's the one who restarted the base station without a permit."),
      b('Culprit: the night dispatcher, Valentina Epuñán.'),
      b('So who broke the pit? Jorge Lienlaf, that is who.'),
      b('Management wants a name for the stoppage, and the name is Carrasco.'),
      b("We all know who's at fault here: el Mauri from telecom."),
      b('Find whoever swapped that antenna cable and write him up.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during base station maintenance.'),
      b('The stoppage came down to operator error on the dispatch console, nothing more.'),
      b("A dispatcher's mistake in acknowledging the alarm caused the five-hour shutdown."),
      b("Preliminary finding for the gerencia: the GNSS outage was caused by a surveyor's mistake when entering the base coordinates."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Daniela should have seen that the correction age was climbing long before the first truck stopped.'),
      b('In hindsight the jefe de turno ought to have known the repeater on the north dump was on a dying battery.'),
      b('With what we know now, Orellana ought to have phoned telecom at the first dropout instead of waiting for a second one.'),
      b('He should have realised that three trucks reporting low position quality at once was no coincidence.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All la Cata had to do was just check the correction status before releasing the fleet.'),
      b('Simply reading the handover note would have told him the base station was on backup power.'),
      b("Joaquín just had to radio the shovel operator; he didn't."),
      b('It would have taken the controller one click, simply one click, to switch to the backup correction source.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Ximena never looked at the GNSS dashboard all night.'),
      b('The dispatcher obviously ignored the alarm; the log shows it acknowledged and nothing else.'),
      b("It's obvious that Alvarado didn't bother to read the change notice."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The FMS should have fallen back to the secondary base station instead of halting every truck in the pit.'),
      n('A single repeater on the north dump should never have been the only path for RTK corrections.'),
      n('The change process could have caught the coordinate mismatch if it required a survey sign-off step.'),
      n('Our alarm thresholds should have escalated a stale correction age within minutes, not an hour.'),
      n("The base station's UPS should have had enough battery to ride out a four-hour mains cut."),
      n('Ideally the autonomy system would have slowed the trucks to a degraded mode rather than parking them all at once.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-01: Rubén Calfucura to add a second RTK base station on the south rim by end of Q3.'),
      n('Action: telecom (owner: Marcela Trecaman) to put the north-dump repeater on a monitored UPS, due 15 August.'),
      n('Owner — Ignacio Tapia, FMS lead: configure an alert when correction age exceeds 5 s.'),
      n('Paula Fuentes will draft a degraded-mode procedure for the night crew and circulate it before the next turno de noche.'),
      n('Dispatch supervisor to own the weekly GNSS health review going forward; first one Monday.'),
      n(
        'Next steps: Andrés Rojas takes the vendor ticket on fallback behaviour, Yanina Bravo the survey re-check of the base coordinates.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Jefe de turno on the night of the incident: Claudio Sepúlveda.'),
      n('The dispatcher on console that night was responsible for fleet assignments and radio traffic with the shovels.'),
      n('Incident commander was the mine superintendent; the FMS engineer on call joined by phone at 02:35.'),
      n('Verónica Araya held the telecom on-call pager that week.'),
      n('During the stoppage the shovel operators stayed in their cabs while the ancillary crew secured the haul roads.'),
      n('El Manolo was acting jefe de turno because the regular one was on his days off.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night crew had been on twelve-hour shifts for eleven straight days when the feed dropped, and they were exhausted.'),
      n('Big hug to la Feña in dispatch, who had forty trucks shouting faults at her and kept her head.'),
      n('It is hard to think straight at 3 a.m. at 3,000 metres with every alarm in the control room going off.'),
      n('Several people told us they felt awful about the lost shift, and we want them to know how much their care shows.'),
      n('Thanks to everyone who stayed past the 8 a.m. changeover to help get the trucks moving again.'),
      n("Nelson drove up to the repeater in the dark and the wind, and he was frozen by the time he got back; we're grateful."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('FMS log, 02:11:04: "AHS-217 STOP — position quality below threshold (RTK float)".'),
      n('Alarm text on the dispatch screen read: "GNSS CORRECTION AGE > 30 s — ALL ZONES".'),
      n('The audit trail shows "config change base_station_N1 by user jcontreras at 22:47".'),
      n('Base station syslog: "PPS lost; reference receiver restarting".'),
      n('The vendor portal returned "ERROR 503: correction caster unavailable" every time we tried to reconnect.'),
      n('Radio log entry at 02:20 reads "Dispatch to Pala 4: hold loading, trucks stopped, cause unknown".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the repeater move without checking its power feed, and that's on me."),
      n('We in the FMS team never tested what the fleet does when the base station goes dark; we will now.'),
      n('I was the one on call, and I missed the first page because my phone was on silent in the camp.'),
      n('As jefe de turno I chose to keep the fleet parked until dawn, and I would make the same call again with what I knew.'),
      n('Our team wrote the runbook that left out the backup caster, so the gap is ours to fix.'),
      n('Mea culpa: I misread the correction age on the dashboard as seconds when it was minutes.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about finding who to blame for the stoppage; it is about why one repeater could stop a whole pit.'),
      n("Some people in the comedor are saying it was the dispatcher's fault; it was not, and this report explains why."),
      n('Calling this human error would be lazy and wrong; the design gave the night crew no safe fallback.'),
      n('Nobody here is going to be written up over the GNSS outage.'),
      n('I\'ve heard "la Cami screwed up" around camp, and I want that to stop: she followed the procedure she was given.'),
      n('The question is not who should have caught it, but why nothing in the FMS was built to catch it.'),
      n(
        "Blaming the contractor's tech for unplugging the repeater misses the point, since the cable was unlabelled and the permit did not mention it.",
      ),
      n('Whatever the gerencia wants to hear, there is no culprit in this incident, only a single point of failure.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('All 42 haul trucks were halted by the autonomy system within ninety seconds of the correction feed going stale.'),
      n('The alarm was suppressed by the FMS because the same fault code had fired twice in the previous hour.'),
      n('The repeater was knocked offline by a mains cut on the north dump at 01:58.'),
      n('Position quality was downgraded from RTK fixed to float across the pit as soon as the corrections stopped arriving.'),
      n('The base station coordinates were overwritten by the firmware update routine, which resets them to factory defaults.'),
      n("The shovels' loading queues were cleared automatically when the trucks went to safe stop."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 02:14 Carolina Zúñiga switched the dispatch screen to the manual assignment view to see which trucks were still reporting.'),
      n(
        'Germán Pizarro restarted the correction server at 03:05, since the vendor runbook lists a restart as the first step for a caster timeout.',
      ),
      n('Seeing no fault on the base station console, Marcelo Contreras drove to the repeater, which was the next item on the checklist.'),
      n('El Coke Valdivia kept the shovels on standby instead of releasing them, because the trucks could restart at any moment.'),
      n("Soledad Espinoza called the GNSS vendor's support line in Santiago at 03:40 and stayed on it until six."),
      n(
        'Alejandro Cortés approved the repeater move on Monday; the change request rated it low risk and no autonomous route ran past that site.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The FMS failed at its one job last night: keeping the fleet located when a single correction source disappeared.'),
      n('We trusted the base station UPS far more than it deserved.'),
      n("The vendor's fallback logic is not fit for a caster outage at this scale."),
      n('The repeater was careless with its own health data: it reported "OK" right up until it died.'),
      n('Responsibility for detecting stale corrections sits with the autonomy software, and it did not detect them for eleven minutes.'),
      n('As a safeguard, the change-approval workflow proved unreliable: it let a base station edit through with no survey review.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a second base station on a separate power feed.'),
      n('The correction-age graph obviously falls off a cliff at 01:58, right when the mains cut hit the north dump.'),
      n('Clearly the data shows every truck stopped within the same ninety-second window.'),
      n("It's just a config flag in the FMS to enable the backup caster; the vendor confirmed it this morning."),
      n('Rerouting the repeater through the substation UPS is a small change, just two cables and a breaker.'),
      n('The evidence is simple: no corrections arrived between 01:58 and 07:31, and the trucks did exactly what they are designed to do.'),
    ],
  ],
];

export const DEV_LEARNED42A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED42A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
