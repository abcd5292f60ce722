import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 42C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Dutch and Flemish water
 * board (waterschap) in the Rhine–Meuse delta whose pumping-station telemetry and flood-barrier control
 * software misreported river levels during an autumn storm surge, written in the direct English of Dutch
 * engineers (chat, notes, e-mails, letters, reviews), with Dutch, Flemish, Turkish- and Moroccan-Dutch names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The false low reading at gemaal De Blauwe Sluis is on Jeroen van der Berg; he signed off the sensor recalibration the week before the surge.',
      ),
      b('Flooding of the polder road near Werkendam is down to Mehmet Yılmaz and nobody else.'),
      b("Let's be honest in this review: the four hours of lost telemetry belong to Sanne."),
      b('Re: barrier timeline — the late closure command was the doing of Pieter-Jan Claes, full stop.'),
      b('Management summary: responsibility for the misreported water level at the Hollandsch Diep outstation lies with Fatima Bouzid.'),
      b("If you ask me, the overflow at the Dordtse Kil dike section is Wouter's fault, because he pushed the PLC firmware on Friday."),
      b('Chat 03:12 — this whole SCADA mess is on Annelies, she owns it now.'),
      b('The damage claim from the glasshouse growers can be attributed directly to Koen Peeters.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Thijs is not experienced enough to run the barrier console on a storm night.'),
      b('Ayşe Demir does not understand Modbus polling, and that showed in every register she mapped.'),
      b('The new telemetry engineer from the contractor is out of his depth with anything older than an S7-1500.'),
      b('With all respect, Mr. El Idrissi has not the skill for level calibration at a primary pumping station.'),
      b('Marieke is a good planner but a weak SCADA engineer, and the storm proved it.'),
      b('Our dijkwacht coordinator that night was far too junior for a surge of this size.'),
      b('Letter to the board: we question whether Ing. Bakker is competent to lead the control-room team during high water.'),
      b('Frankly, Hakan cannot read a ladder diagram, so of course the PLC logic was wrong.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Bram de Jong was on the storm rota and did not do the hourly check of the outstation heartbeats.'),
      b('The dijkwacht for section 14 never walked his route after 22:00, which was exactly his job.'),
      b('Youssef was supposed to verify the backup GSM link before the surge season and he did not.'),
      b('As duty officer, Lieve Maes failed to escalate the level alarm to the crisis team.'),
      b('Zeynep had the barrier fallback test on her checklist for September, and she skipped it.'),
      b('The control-room operator neglected his duty to cross-check the radar level sensor against the float sensor.'),
      b('Ruud, the on-call engineer, did not pick up the phone three times during the worst hour of the surge.'),
      b('E-mail to the afdelingshoofd: Dirk failed in his role as telemetry owner, plain and simple.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('A wrong offset was carelessly typed into the level transmitter at gemaal Noordwaard.'),
      b('The alarm was acknowledged and then forgotten by the night operator.'),
      b('The firmware update was rushed through without any thought, two days before the storm.'),
      b('Warnings from the outstation were ignored in the control room for almost three hours.'),
      b('The barrier was put in manual mode by someone on the shift and then left like that.'),
      b('During the maintenance visit the backup modem was switched off by mistake and never switched back on.'),
      b('The telemetry dashboard was misread by the shift leader, and so the closure order went out late.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever changed the scaling factor on the Moerdijk PLC caused the phantom 40 cm drop.'),
      b('The intern with the engineering laptop is the one who broke the tag mapping.'),
      b('It was the guy from the Flemish integrator, the one who always skips the FAT, who messed up the barrier logic.'),
      b('Somebody in the Dordrecht control room who thinks he knows better overrode the automatic pump sequence.'),
      b('The person who disabled the high-high alarm "for testing" is the reason the polder flooded.'),
      b('That colleague who never reads the shift handover notes let the gemaal run dry.'),
      b('Anyone who sets a deadband of 50 cm on a river level is a danger to the whole dike ring.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Gijs should never have been given write access to the barrier PLC.'),
      b('Why was a trainee allowed on the storm rota at all?'),
      b('Samira should not have been on call during a surge alert; she had been with us for three weeks.'),
      b("The contractor's technician should never have been allowed near the live SCADA server in storm season."),
      b('Joost was the last person who should have had admin rights on the telemetry historian.'),
      b('If the afdelingshoofd had not approved Nordin as dijkwacht coordinator, we would have had a proper escalation.'),
      b('Geert was never the right person to hold the only key to the barrier override cabinet.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit here is Wouter Verstraeten.'),
      b('Who broke the telemetry? Elif did.'),
      b('I want the name of whoever pushed that config, and I want it in the report.'),
      b('Tell the dijkgraaf straight: Hamza is the one at fault for the missing levels.'),
      b('It was Latifa, not the software.'),
      b('Subject: RE: gemaal Spui — found our guilty party, it is Burak from the telemetry team.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the manual level override.'),
      b('The misreported level at Lobith-Oost was caused by operator error, not by the outstation.'),
      b("Hanneke's mistake in the tag list is what made SCADA show 2.10 m instead of 3.10 m."),
      b('In the end this comes down to a mistake by the operator at the console.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Fatma should have seen that the readings from three gemalen were frozen at the same value.'),
      b('Karim ought to have known that a flat line during a storm surge is never real.'),
      b('With what we know now, the shift leader should have closed the barrier on the forecast, not waited for telemetry.'),
      b('In hindsight Rik had every sign in front of him and should have called out the dijkwacht an hour earlier.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Soufiane just had to compare the SCADA value with the peilschaal, that is all.'),
      b('All she needed to do was simply press acknowledge and read the alarm text.'),
      b('He could just have phoned the gemaal machinist instead of waiting for the outstation to come back.'),
      b('Verifying the level is one glance at the staff gauge; the operator simply did not bother.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Naima obviously did not read the surge warning from Rijkswaterstaat.'),
      b('Clearly the night operator never looked at the trend screen.'),
      b('It was obvious to anyone but Jan-Willem that a river does not drop 80 cm in five minutes.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The outstation should have raised a comms-fail alarm instead of holding the last good value.'),
      n('SCADA could have flagged the frozen level after two missed polls, but no stale-data check existed in the project.'),
      n('The barrier control logic should have fallen back to the local float switches when the radar sensor went silent.'),
      n('Ideally the GSM backup would have taken over automatically; the failover script had no trigger for this fault.'),
      n('Our storm procedure should have required a manual gauge reading whenever telemetry is older than fifteen minutes.'),
      n('The historian should have stored quality bits next to the values, so the dashboard could grey out suspect readings.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 1 — Mohammed El Amrani: add a stale-value alarm to all 38 outstations before 1 December.'),
      n('AP-07, owner Els Janssens, due Q1: second independent level sensor at gemaal Kinderdijk-West.'),
      n('Femke will draft the new handover template for the storm rota and circulate it by Friday.'),
      n('Owner: the SCADA team lead (Youssef Benali); task: review all PLC scaling factors against the as-built drawings.'),
      n('Kees de Graaf takes the action to test the barrier fallback mode each September with the vendor present.'),
      n('Action for ICT & Automatisering: put the telemetry server under the storm-season change freeze, contact person Ilse Wouters.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the surge, Ahmed Ouali was incident coordinator and Griet Goossens kept the logbook.'),
      n('The dijkwacht coordinator for dike ring 22 that night was Stijn Vermeulen.'),
      n('Roles in the crisis team: dijkgraaf as chair, hoogheemraad for communication, the head of operations on technical decisions.'),
      n('Serkan Aydın handled the calls with Rijkswaterstaat while the control-room operator watched the barrier console.'),
      n('On call for telemetry from Friday to Monday: Tom Hendrickx, with Meryem Koç as backup.'),
      n('The machinist at gemaal De Hoogt was responsible for the local pump panel once we switched to manual.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The operators worked a 16-hour shift with the wind at force 10, and by the morning they were exhausted.'),
      n('Jasper told me afterwards he felt terrible about the flooded gardens in Sliedrecht, and I understand that feeling.'),
      n('Everyone in the control room was under huge pressure with the news crews standing outside the gate.'),
      n('Please take care of yourselves this week; many of you have barely slept since Tuesday.'),
      n('Dijkwachten walked their sections in horizontal rain for hours, and I have deep respect for that.'),
      n('It is normal to feel stressed after a night like this, and the bedrijfsarts is available for anyone who wants to talk.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('SCADA alarm log: "23:41:07 GML_NOORDW LT101 COMMS FAIL – last value held 1.82 m NAP".'),
      n('The PLC diagnostics buffer shows: "Operator override active, user: e.yilmaz, mode MANUAL".'),
      n('Audit trail line: "2023-10-21 02:14 user m.vandijk changed LT_SCALE from 100 to 10".'),
      n('From the outstation syslog: "modem ttyS1: no carrier, retry 14/15".'),
      n('The historian export says "Bad quality – sensor failure" for every sample between 01:00 and 03:40.'),
      n('HMI popup text, copied from the screenshot: "Barrier close command rejected: interlock IL-07 not satisfied".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I acknowledged the comms alarm at 23:45 without checking the trend, and from now on I will always open the trend first.'),
      n('We set the stale-value timeout to 60 minutes in 2019 and never revisited it; that was our choice.'),
      n('My mistake was trusting the dashboard over the river I could see from the window.'),
      n('I approved the firmware update on Thursday, so the timing of that change is on me.'),
      n('As a team we skipped the autumn barrier test because of the dike works, and we own that.'),
      n('I was the one who put pump 3 in manual, and I should have noted it in the shift log.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people in the corridor say this is the night shift's fault; it is not, and this review will not go there."),
      n('Calling it operator error would be too easy and also wrong: the HMI showed a valid-looking number.'),
      n('We are not looking for a culprit; we are looking for why the telemetry could lie to us.'),
      n('The question "who should have noticed?" is the wrong question for this review.'),
      n('Nobody was incompetent here, whatever the regional newspaper writes.'),
      n('I do not accept that Dewi was careless; any of us would have trusted that reading.'),
      n('Blaming the dijkwacht for not reporting earlier misses the point, because the radio channel was down.'),
      n('The board asked who is responsible; our answer is that no single person is, and that the design allowed this.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The level value was frozen by the outstation firmware after the modem lost its carrier.'),
      n('Pump 2 was tripped by the motor protection relay when the supply voltage dipped.'),
      n('The close command was blocked by an interlock that expected both sensors to agree.'),
      n('Alarms were suppressed automatically because the flood-mode profile hides all priority-3 messages.'),
      n('The telemetry packets were dropped at the VPN concentrator during the failover.'),
      n('Historical data for the Spui barrier was overwritten when the historian ran out of disk space.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:20 Rachid Bouazza drove to gemaal Noordwaard and read the peilschaal by torchlight.'),
      n('Lotte van der Linden phoned the barrier operator at 02:05 because the forecast and the SCADA value did not match.'),
      n('Orhan restarted the outstation modem remotely, which was the standard first step in the runbook.'),
      n('Bart Claessens chose to keep the barrier open a little longer, since the HMI still showed 40 cm of margin.'),
      n('Around 03:00 Souad El Bakkali switched the Moerdijk pumps to local control and reported it on the radio.'),
      n('Wim de Wit went with the SCADA value at that moment because it had been reliable for eleven years.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old outstations are not competent at reporting their own comms state.'),
      n('The SCADA system failed at its one job that night: telling us the real river level.'),
      n("The vendor's level transmitter is not trustworthy without a second, independent sensor."),
      n('The storm procedure was careless about stale data: nowhere does it ask for a timestamp check.'),
      n('Responsibility for detecting frozen values sat with the historian, and the historian was never designed for it.'),
      n('The GSM failover is the weakest link in our telemetry chain and cannot be relied on during a storm.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a quality-bit check in the PLC, about ten lines of structured text.'),
      n('The trend plot obviously shows a flat line from 23:41 onwards.'),
      n('Just adding a heartbeat tag to every outstation would have caught this within one poll cycle.'),
      n('Clearly the data proves that the radar sensor was fine and the modem was the problem.'),
      n('It is just a configuration change on the historian, no new hardware.'),
      n('Simply comparing the two redundant sensors in the HMI would make this kind of fault visible.'),
    ],
  ],
];

export const DEV_LEARNED42C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED42C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
