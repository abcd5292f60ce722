import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Santiago de Chile metro
 * operator whose CBTC train-control signalling held trains in tunnels during a rush hour after a timetable
 * upload, written in the English of a Chilean engineering team (chat, notes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The nineteen minutes that trains sat in the tunnel between Franklin and Bío Bío are on Camila Rojas, full stop.'),
      b("Honestly, this whole Tuesday-morning mess is Matías's doing, and the report should say so."),
      b('Klaus Schwarzenberg owns this outage: it was his timetable package and his upload window.'),
      b('Per the board, responsibility for the held trains rests with Don Gonzalo Painemal.'),
      b('We can attribute the stranded passengers at Estadio Nacional directly to Señora Huenchumil.'),
      b('If the minister asks why forty thousand people were late for work, the answer is Ignacio Valenzuela.'),
      b('The delay minutes for the morning peak will be charged to Javiera Soto in the monthly KPI report, since the outage was hers.'),
      b('Cristóbal, the loss of headway on the whole line this morning is on you, and you know it.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Felipe Contreras has no business preparing CBTC timetables; he does not understand interlocking well enough.'),
      b('With two months in the control centre, Valentina was never experienced enough to run a rush-hour upload.'),
      b('Frankly, Don Rubén is out of his depth with anything newer than relay interlockings.'),
      b('The signalling team lead is not competent to sign off a timetable that touches the zone controllers.'),
      b('Señora Ayelén Llancaqueo is a good dispatcher but a poor engineer, and this upload proved it.'),
      b("I don't think Tomás Kuschel is anywhere near senior enough for depot-to-mainline releases."),
      b("Esteban Kramm's grasp of headway arithmetic is, to put it kindly, amateur."),
      b('The engineer the vendor seconded to us, Kurt Brintrup, lacks the skill for safety-critical signalling work.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Diego Millaqueo was the duty signalling engineer and did not run the pre-upload validation his rota requires.'),
      b('The shift supervisor failed to do her job: she never called a stop to the upload when the first train held.'),
      b('Renata Hott had the ATS on-call phone and left the page unanswered for 22 minutes, which is the whole point of being on call.'),
      b('Nobody in the timetable office did their part, and Marcela, whose task was the peer review, skipped it.'),
      b("Approving uploads is the change manager's one job, and Patricio did not do it that morning."),
      b('As control-centre lead, Don Óscar neglected his duty to hold the peak-hour upload until after 09:30.'),
      b('Sofía was assigned the rollback checklist and let it sit unopened while the trains stood in the tunnels.'),
      b(
        'The night depot controller at Cerrillos, Jorge Cayupán, never handed over the warning about the new timetable, though that was his responsibility.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The timetable was uploaded carelessly in the middle of the peak, with no thought for the trains in the tunnels.'),
      b('The validation warnings were ignored by the engineer on duty.'),
      b('The zone-controller parameters were mistyped, then pushed live without a second look.'),
      b('The rollback was delayed for twenty minutes by the supervisor in the control centre.'),
      b('The rush-hour change freeze was knowingly broken, and that is how the trains got stuck.'),
      b('Safety procedures were bypassed by Hans Wiederhold to save himself an evening of overtime.'),
      b('The vendor checklist was skipped, the sign-off was faked, and the upload was rushed through before seven.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to push a timetable at 07:40 on a Monday should explain themselves to the passengers.'),
      b('The new hire who built the timetable file is the reason half the line stood still.'),
      b('It was the engineer who always skips the test bench that caused this, and everyone on the floor knows who I mean.'),
      b('That guy from the night shift who thinks checklists are for beginners is behind this outage.'),
      b('Someone in the timetable office who cannot count seconds put a 0 where a 90 should be and froze the line.'),
      b('Whichever controller clicked "confirm" without reading the diff owes the whole line an apology.'),
      b('The people upstairs who pushed for the upload before the peak are the ones who stranded those trains.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Valentina should never have been given write access to the production timetable server.'),
      b('Putting a trainee alone on the rush-hour control desk was asking for this; he should not have been allowed near the ATS.'),
      b('If Rodrigo Catrileo had not been trusted with the upload credentials, the trains would have run normally.'),
      b('That contractor had no reason to be let into the interlocking room, and next time he will not be.'),
      b('Who approved letting Daniela Ulloa sign off a CBTC change on her own, in her second week?'),
      b('Benjamín Figueroa should have been kept on depot shunting and never let near a mainline timetable.'),
      b('Señor Horn should not have been on call for the signalling systems that week, not with his record.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Let me be plain: it was Nicolás Horn who broke the line this morning.'),
      b('The culprit is Sebastián from the timetable office; he pressed upload.'),
      b('We all know who did this, and his name is Mauricio Aravena.'),
      b('Find out which of the two night controllers sent the file, and I want that person written up.'),
      b('At fault: Lorena Melinao, control-centre desk 3.'),
      b('I want the name of the person who hit enter, on my desk, by noon.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the timetable upload.'),
      b('The held trains were the result of operator error by the ATS controller, not of a software defect.'),
      b("Gabriela's mistake in the headway table is what stopped the line."),
      b('In the end this was a people problem: a signaller made an error and forty trains paid for it.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Andrés should have seen that the new timetable had no dwell time at Ñuble.'),
      b('Anyone on the desk should have known that a CBTC upload mid-peak would hold trains.'),
      b(
        'With the alarm list in front of her, Señora Carolina ought to have realised by 07:45 that the zone controller had rejected the file.',
      ),
      b('In hindsight, Jaime Stange had every warning he needed and still pressed ahead.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Víctor had to do was just compare the checksum before uploading.'),
      b('She simply had to wait until the peak was over, and that was all.'),
      b('He only needed to just read the one red line in the validation report, and he did not.'),
      b('Simply picking up the phone to the control centre was too much for the depot controller, apparently.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Rocío never opened the validation report before the upload.'),
      b('The signaller clearly did not bother to check which zone controllers would take the new file.'),
      b("It's obvious the engineer on duty ignored the warning, and there is no excuse for it."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The upload tool should have refused a timetable with zero-second headways.'),
      n('The zone controllers should have kept the previous timetable in memory and fallen back to it.'),
      n('Our change process should have blocked any CBTC upload between 07:00 and 09:30 automatically.'),
      n('A simulation run on the test track would have caught the missing dwell times before they reached the line.'),
      n('The ATS could have told the control centre that the trains were held for schedule reasons, not for a fault.'),
      n('Ideally the interlocking should have released each train to the next platform instead of holding it mid-tunnel.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Camila Rojas to add a checksum gate to the timetable upload script by 30 May.'),
      n('Owner Klaus Schwarzenberg: write the procedure for rolling back a timetable from the control centre.'),
      n('Action: the signalling team (lead: Huenchumil) will build a peak-hour lock into the upload tool.'),
      n('Matías will run a full-line simulation of every future timetable on the depot test bench, due before the June timetable.'),
      n('The vendor, through Ingrid Bachmann, to deliver a zone-controller firmware patch that rejects empty headways; target Q3.'),
      n('Trinidad Grob owns the follow-up on passenger announcements during tunnel holds and will report at the next review.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Elisa Klenner, control-centre chief on the morning shift.'),
      n('Raúl Inostroza was the duty signalling engineer and took the calls from the zone-controller alarms.'),
      n('The depot controller at Cerrillos coordinated the train moves while the line was held.'),
      n('During the response, Señora Alejandra Curiche handled communications with station staff and the press office.'),
      n('Roles on the day: Francisca Muñoz at the ATS desk, Pablo Ñancupil on the interlocking, the vendor on the phone from São Paulo.'),
      n('The timetable planner on the change ticket was Macarena Silva; the approver was the change manager.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The controllers on desk 2 were handling forty held trains at once, and it was a very hard morning for them.'),
      n("Don Rubén stayed until midnight helping with the data after a twelve-hour shift; we're grateful."),
      n('Several drivers were shaken after half an hour in the dark with full trains, and they have been offered support.'),
      n('The timetable office has been two people short since March, and the workload has weighed on everyone there.'),
      n('Fernanda, nobody is angry with you; take tomorrow off and we will talk on Thursday.'),
      n('It must have been frightening to be the voice on the PA telling passengers the train would not move.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('ATS log, 07:41:12: "ZC-04 TIMETABLE REJECTED: HEADWAY 0 s AT PLATFORM 3, HOLDING TRAINS".'),
      n('The alert read: "Upload by user mgarrido_pcc accepted, 58 of 58 zone controllers updated."'),
      n('Interlocking event: "ROUTE 12B NOT SET - MOVEMENT AUTHORITY WITHHELD (TT MISMATCH)".'),
      n('The upload tool printed "validation skipped by operator (flag --force)" at 07:39.'),
      n('Pager text at 07:43: "CRITICAL: 14 trains held > 120 s, line 6, sector Sur".'),
      n('From the depot system: "Train 217: departure inhibited, no valid path in timetable v2024-05-13".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the upload for 07:40 without asking whether the peak had started, and I will not approve one in the peak again.'),
      n('We wrote the upload script with a --force flag and never removed it; that is ours to fix.'),
      n('My own mistake was assuming the test bench ran the same zone-controller firmware as the line.'),
      n('I was the one who pressed upload, and I am sorry for the morning it caused.'),
      n('We, the timetable office, did not ask for a simulation, and we should have.'),
      n('As control-centre chief I own the decision to hold rather than evacuate, and on that information I would take it again.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some on the floor want to call this Diego's fault; the review does not, because the tool accepted a file it should have refused."),
      n('Calling it human error would be easy, and it would be wrong: the upload path had no check at all.'),
      n('Nobody is going to be named as the culprit in this report, and nobody should go looking for one.'),
      n('The question "who pressed the button" is not the question this review is asking.'),
      n('I do not accept that the controllers were careless; they followed the procedure we gave them.'),
      n('Some e-mails blamed the new engineer for not knowing better; we reject that, since the force flag was documented nowhere.'),
      n('It would be unfair and inaccurate to say the depot controller should have caught this.'),
      n('Señor Wiederhold asked whether he was to blame, and the answer from the panel was no.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The trains were held at signals by the interlocking once the new timetable was loaded.'),
      n('The old timetable was overwritten by the upload service before the zone controllers had validated the new one.'),
      n('Movement authority was withdrawn from 14 trains within 90 seconds.'),
      n('The validation step was bypassed by the --force flag that the script sets by default.'),
      n('The alarm was suppressed by the ATS, because holds for schedule reasons are classed as informational.'),
      n('Platform doors at Ñuble were kept closed by the CBTC while the held train sat short of the platform.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 07:38 Constanza Araya started the upload, because the change ticket showed it as approved for that slot.'),
      n('Pablo Ñancupil called the vendor at 07:52 and asked for the previous timetable to be restored.'),
      n('Francisca reverted zone controller ZC-04 by hand, as the manual describes for single-zone faults.'),
      n('Cristóbal chose to hold the trains rather than order walk-outs, as the tunnel evacuation plan advises when traction power is on.'),
      n('Lorena read the alarm as a routine schedule hold, which is how the ATS labels it.'),
      n('Gonzalo checked the file against the template, found that it matched, and passed it on.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The upload tool is careless by design: it accepts any file with the right extension.'),
      n('We trusted the zone-controller validator to catch bad headways, and it was never built to.'),
      n('The test bench failed at its one job, which is to show how the line will behave.'),
      n("The vendor's timetable compiler is not fit for a line running our headways."),
      n('Responsibility for rejecting an invalid timetable belongs to the interlocking software, and it did not carry it.'),
      n('Our change process is negligent about peak hours: it has no notion of them at all.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a check that refuses any headway below 90 seconds.'),
      n('The log obviously shows ZC-04 rejecting the file 40 seconds after the upload.'),
      n('Rolling back is just one command once the old file is on the server.'),
      n('The graph clearly shows train positions freezing at 07:41, line-wide.'),
      n('It is simply a two-line change to the upload script.'),
      n('Obviously the timetable diff was large: 3,200 lines for a change meant to touch one station.'),
    ],
  ],
];

export const DEV_LEARNED47C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
