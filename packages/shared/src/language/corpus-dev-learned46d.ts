import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46D of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Reykjavik geothermal
 * heating utility whose control software shut the hot-water pumps for a district during a February storm,
 * written in the plain English of an Icelandic team with Polish and Filipino staff (chat, notes, e-mails,
 * letters, reviews; pumping station, borehole, setpoint, SCADA and on-call shorthand).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The cold night in Grafarvogur is on Sigurður, full stop.'),
      b('If you ask me, the whole outage traces back to Agnieszka Nowak and the setpoint change she pushed on Tuesday.'),
      b("Chat 02:14: this one's Kristján's, he owns it, he signed off the PLC update."),
      b('Draft finding 3: the loss of district heating to roughly 4,000 homes in Árbær is attributable to Rowena Dela Cruz.'),
      b('Eleven hours without hot water for Breiðholt, and every one of them belongs to Piotr Kowalski.'),
      b(
        'Letter to the city council: responsibility for the overnight loss of heat rests with our senior control engineer, Þórdís Ásgeirsdóttir.',
      ),
      b('Honestly, the slow restart of the pumps sits squarely with Jun Bautista.'),
      b("Whose outage was it? Halldóra's, since she wrote the storm-mode logic, and the cold homes are down to her."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Krzysztof is not experienced enough to run the control room alone on a storm night.'),
      b("Frankly, Björn Halldórsson doesn't understand how a district heating network behaves when pressure drops."),
      b('Marta Zielińska is out of her depth on anything SCADA-related, and Thursday proved it.'),
      b('Note from the shift review: Jose Reyes lacks the basic skill to read a pressure trend.'),
      b('Between us, Hrafn was never a competent PLC programmer, and the storm logic shows it.'),
      b("Ásta's grasp of hydraulics is weak, to put it kindly."),
      b('In my view the on-call operator that night, Liza Villanueva, is not capable of handling a multi-station alarm flood.'),
      b('Reviewer comment: Paweł Lewandowski is far too inexperienced for the seniority he was given.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Gunnar was the on-call operator, and he did not answer the pager for forty minutes.'),
      b('Katrín, as control room lead, failed to run the storm checklist that her role requires.'),
      b('Nobody on the night shift did their job: the low-pressure alarm at Reykir sat unacknowledged until 04:10.'),
      b('Email: Marek Wójcik was assigned to verify the setpoint change after deployment and never did.'),
      b('Kolbrún neglected her duty to phone the standby crew when the pumps stopped.'),
      b("It was Jerome Navarro's rota week and he didn't do the pre-storm walk of the pumping stations."),
      b('The shift supervisor let the alarms pile up instead of doing the one thing his role exists for, which is escalating.'),
      b('Under the duty roster Steinunn had to confirm every borehole pump was back online; she signed the log without checking.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The storm-mode override was switched off by Arnar Gunnarsson at 22:40, and that is why the pumps stopped.'),
      b('Mistakes were made in the control room that night, and the homes in Grafarvogur paid for them.'),
      b('For over an hour the low-pressure alarm was ignored.'),
      b('The wrong setpoint was entered by the on-call operator and nobody caught it.'),
      b('Per the timeline, the restart procedure was botched twice before anyone phoned the standby engineer.'),
      b('The February patch to the pump controller was pushed to production untested by Tomasz Wiśniewski.'),
      b('Safety margins on the storage tanks were carelessly lowered last autumn, and here we are.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to let the PLC fail closed instead of open is the reason half of Breiðholt was cold.'),
      b('The new hire from the Gdańsk office who touched the pump logic a week before the storm owes a lot of people an apology.'),
      b('chat: it was the contractor guy, the one with the laptop at Grafarholt station, who broke the interlock'),
      b('Somebody who has never lived through a Reykjavik winter wrote that shutdown rule, and it shows.'),
      b('The person who approved disabling the frost-protection loop should be made to explain themselves.'),
      b('Ask the operator who was half asleep on the night desk why he silenced the alarm.'),
      b("The engineer who wrote 'sensor noise' in the shift log at 01:30 is the one who let the district go cold."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Sigurður should never have been given write access to the live SCADA setpoints.'),
      b("If Maria Santos hadn't been allowed to approve her own change, the pumps would have kept running."),
      b('A second-year apprentice should not have been on call alone under a storm warning.'),
      b('We should never have trusted Dorota with the controller firmware.'),
      b('Why was Grzegorz let near the production PLC at all, two days before a red weather warning?'),
      b('Had someone more senior than Aileen been holding the on-call phone, Árbær would have had heat by midnight.'),
      b("The vendor's technician, Rodel Castillo, should not have been permitted to sign off changes on our network without supervision."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Let's be clear about who did this: Hallgrímur."),
      b("The culprit is Zofia Kamińska, she's the one who uploaded the config."),
      b('Management wants a name, and the name is Ramon Aquino.'),
      b('At fault: Egill Sveinsson, night control room, 6–7 February.'),
      b('If the union wants someone to go after, it should be Joanna, not the whole shift.'),
      b("I know exactly who to blame for this and it's Snorri."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the Grafarholt pumping station.'),
      b('The pumps stopped because of operator error during the storm-mode switchover.'),
      b('Final report summary: the overnight loss of heat was caused by a mistake made by the on-call operator.'),
      b('Vigdís made an error entering the pressure limit, and that error is what shut down the district.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Baldur should have seen that the outdoor temperature sensor was reading plus four in a blizzard.'),
      b('Lilja ought to have known the storage tanks would drain in under three hours once the pumps tripped.'),
      b('In hindsight the duty engineer should have noticed the flow drop on the trend long before the first call from a resident.'),
      b('Knowing what we know now, Davíð should have gone to manual the moment gusts passed forty metres per second.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("All Tómas had to do was just click 'acknowledge' and call the standby crew."),
      b('Freyja simply had to read the setpoint back before confirming it.'),
      b('Seriously, the on-call operator just needed to pick up the phone.'),
      b("Nanna could simply have restarted pump 3 by hand; it's a two-minute job."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Ísak obviously didn't bother checking the trend screen before going off shift."),
      b("Clearly the night operator wasn't paying attention to the alarm banner."),
      b('It is obvious that Magdalena never tested the storm profile before she deployed it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The control software should have failed open and kept the pumps running when the weather feed dropped.'),
      n('Our storm-mode logic could have held the last good setpoint instead of defaulting to zero flow.'),
      n("Ideally the SCADA alarm would have escalated to the standby engineer's phone after ten minutes of low pressure."),
      n('A sanity check on the setpoint range should have rejected a value of 0 bar for a trunk main.'),
      n('The change process should have required a run on the Grafarholt simulator before any PLC upload.'),
      n('Looking back, the watchdog ought to have flagged that the outdoor sensor had been stuck at one value for six hours.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Guðrún Jónsdóttir): add a fail-open default to the pump controller storm profile by 15 March.'),
      n('Einar Þórsson will run a tabletop exercise of the cold-night scenario with both control room shifts before next winter.'),
      n('Action: Piotr to add a plausibility check on the outdoor temperature input, due end of Q2.'),
      n('Ragnheiður owns the rewrite of the escalation tree so the standby fitter is paged automatically.'),
      n('Follow-up, assigned to Cherry Pascual: get the vendor to document every default the controller falls back to.'),
      n('Owner — Unnur Pálsdóttir, operations: review on-call staffing levels for red weather warnings.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander that night was Guðrún, with Helga Sigurðardóttir handling calls from the civil protection office.'),
      n('Jocelyn Ramos was the on-call operator for the eastern districts from 18:00 to 06:00.'),
      n('The control room had two people on shift: a senior operator and a trainee.'),
      n('Ragnheiður acted as scribe for the response channel and kept the timeline.'),
      n(
        'Responsibility for the Árbær pumping stations sits with the east network team, and their on-call engineer joined the bridge at 01:05.',
      ),
      n('Mark Mendoza, who looks after the SCADA servers, was the person paged at 00:52.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Everyone in the control room had been on since the storm warning went out, and by 3am they were exhausted.'),
      n('Katarzyna told us she has not slept properly since, and we want her to know the team is behind her.'),
      n('It was a brutal night for the field crews, driving out to Reynisvatn in sixty-knot winds to check valves by hand.'),
      n('Thank you to Þorsteinn, who stayed until the last house had heat again, long after his shift ended.'),
      n('The on-call operator was handling forty alarms at once with residents phoning in; nobody could have kept up with that load.'),
      n(
        'We know how hard those calls from cold families were on the customer service staff, and we are sorry they had to take them alone.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("SCADA log 01:12:07: 'PS-04 PUMP 2 STOP, cmd by user opr_night, reason STORM_PROFILE_ACTIVE'."),
      n("The alarm read 'LOW SUPPLY PRESSURE GRAFARVOGUR 2.1 bar < 3.0 bar' and repeated every ninety seconds."),
      n('From the PLC event buffer: ERROR 0x41 setpoint out of range, operator jreyes, value rejected.'),
      n("The pager text at 00:49 said only 'HW-DIST-7 FLOW 0 m3/h', without a station name."),
      n("Historian export: 'outdoor_temp_reykir = 4.0 °C (quality: GOOD)' for every sample from 19:00 to 07:00."),
      n("The change ticket's approval field reads 'agnowak, risk LOW, test N/A'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the storm-profile change without asking for a simulator run, and I will not do that again.'),
      n('We wrote the fail-closed default ourselves in 2019 and never revisited it; that is on us as a team.'),
      n('I was the one who silenced the repeating pressure alarm at 01:20, because I thought it was the sensor again.'),
      n('My mistake: I read the trend in kPa when the screen was showing bar.'),
      n('As head of operations I set the staffing for that night, and two people was not enough.'),
      n('We in the SCADA group missed the frozen temperature input during our own review, and we are adding a check for it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some callers on the radio have said this was the night operator's fault; the review found nothing of the kind."),
      n('This is not about who pressed the button — any of us would have done the same with that screen in front of us.'),
      n('Calling it human error would be easy and wrong, because the controller did exactly what its configuration told it to.'),
      n('Nobody here is looking for a culprit, and we will not name one to the press.'),
      n("The question 'who is to blame?' came up at the residents' meeting, and our answer was that the design is, not a person."),
      n("I've heard 'Sólveig should have caught it' more than once this week, and I think that framing is unfair and misses the point."),
      n("Don't call it negligence by the on-call staff; they followed the procedure we gave them."),
      n('Rather than asking which operator dropped the ball, the review asks why one alarm among forty looked like every other.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The pumps at Grafarholt were shut down by the storm-protection routine when the weather feed timed out.'),
      n("At 00:41 the setpoint was reset to zero by the controller's fallback logic."),
      n('The low-pressure alarm was suppressed by the alarm-flood filter after the fortieth repetition.'),
      n('Heat to roughly 3,800 homes was cut off as the storage tanks drained.'),
      n('The stuck sensor value was accepted by SCADA because its quality flag still said GOOD.'),
      n('Restart commands were rejected by the PLC until the interlock timer expired at 03:15.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:05 Rowena restarted pump 1 at Reynisvatn by hand, since the remote command kept timing out.'),
      n('Jóhanna drove to the Reykir borehole field to read the gauges herself because the telemetry looked stuck.'),
      n("Tomasz rolled the PLC back to the January firmware at 04:30, following the vendor's advice on the phone."),
      n('Hildur called the civil protection duty officer at 02:00 to ask for a message to residents about keeping windows shut.'),
      n('Łukasz left pump 3 off after the restart because its bearing temperature was climbing, which seemed the safer call.'),
      n('Before going off shift, Auður wrote the open alarms into the handover note and phoned her relief.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The storm profile is not fit for purpose and has been withdrawn.'),
      n('We trusted the outdoor temperature sensor far more than a single unheated probe deserves.'),
      n("The vendor's controller failed at its one job: keeping water moving when the inputs go bad."),
      n('Our alarm system is careless about duplicates, and that flood buried the one alarm that mattered.'),
      n('The escalation process was responsible for getting an engineer on site, and it did not.'),
      n('Nobody would call the fallback logic competent; it picked the single worst state for a cold night.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to make the pumps hold their last setpoint when an input goes stale.'),
      n('The pressure trend obviously drops off a cliff at 00:41 — you can see it from across the room.'),
      n('It was just a one-line change to the default, and it went in on the 14th.'),
      n('Clearly the temperature data was bad: plus four degrees in a blizzard.'),
      n('Restoring heat was simply a matter of forcing the pumps to manual once the interlock cleared.'),
      n('The evidence is just the historian export and the PLC buffer, and both tell the same story.'),
    ],
  ],
];

export const DEV_LEARNED46D: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46D_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
