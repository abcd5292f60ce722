import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49D of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Lima copper-mining
 * company whose haul-truck dispatch and fleet-management system routed trucks to a closed ramp on a
 * night shift at 4,000 metres, in the chat, notes, e-mails and reviews of a Peruvian mine's control
 * room and head office (Peruvian Spanish and Quechua names, a few Chilean and Australian contractors).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The ramp closure that never reached the FMS is on Wilfredo Quispe, full stop.'),
      b("Honestly, the lost tonnage from Saturday night is Renzo's and nobody else's."),
      b('Per the head office summary, the four hours of shovel standby are attributable to Ing. Yolanda Ticona.'),
      b('Gerencia wants it on record that Ramp 7 stayed open in dispatch because of Bruce from the vendor.'),
      b('If you ask me, the near miss at the 4,120 bench belongs to Edgar Huanca.'),
      b('Carta a gerencia: the delay in the ore blend to the mill rests squarely with Don Teófilo.'),
      b('The blame for trucks 214 and 219 going down a barricaded ramp sits with Shane Doyle.'),
      b("Lo digo claro: this night-shift mess is Killa Condori's doing."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Marco Villanueva is not experienced enough to run pit control on a night shift at 4,000 metres.'),
      b('The new shift boss, Tello, does not have the skill to read a dispatch board under pressure.'),
      b("With respect, the vendor's field engineer Darren is too junior to be configuring road closures on a live FMS."),
      b('Ing. Pari has never been competent with the fleet-management rules, and this proves it.'),
      b('She is a good geologist, but she lacks the judgment a pit controller needs.'),
      b('Honestly, Yauri is out of his depth in the control room.'),
      b('Catalina Fuentes, the Chilean contractor, is an unskilled operator of this FMS and it showed that night.'),
      b('Between us, Huarcaya is the weakest dispatcher on the roster and everyone knows it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The shift boss did not walk the haul road before sending the fleet, which is his job every shift.'),
      b('Layme was on the closure rota and never entered Ramp 7 into the FMS as required.'),
      b('As pit controller, Nina Choque failed to confirm the barricade status at shift handover.'),
      b('Mick Hennessy, contracted to validate the road network after each survey update, did not do it.'),
      b('Our geotech on duty neglected his duty to report the crack line to dispatch.'),
      b("It was Sonco's responsibility to acknowledge the closure alarm, and he let it sit for forty minutes."),
      b('The dispatcher ignored the handover checklist that her role requires her to sign.'),
      b('Rodrigo Contreras was assigned to brief the truck drivers at 19:00 and never held the briefing.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The closure was never entered by the night dispatcher.'),
      b('Ramp 7 was left open in the FMS by Ing. Gutiérrez after the geotech inspection.'),
      b('The barricade report was sloppily skipped over at handover, and that is how trucks ended up on a closed ramp.'),
      b("The road network was overwritten by the vendor's engineer without a word to the pit."),
      b('The closure alarm was dismissed at 02:14 by the operator at console 2 without reading it.'),
      b('The ramp was carelessly reopened in dispatch by one of the B-crew controllers.'),
      b('The handover note was filled in carelessly by Alca, and the closure dropped out of it.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The controller who reopened Ramp 7 without calling the geotech is the reason two trucks nearly went over.'),
      b('Whoever cleared the closure flag at 01:50 put the whole fleet at risk.'),
      b('It was the new hire from Arequipa who sent 214 down the closed ramp.'),
      b('The Australian bloke who pushed the map update is behind all of this.'),
      b("That contractor from Antofagasta, the one who doesn't listen at toolbox talks, caused this near miss."),
      b('Ask around the tower: it was that guy who never does his radio checks who let the fleet roll onto a barricaded road.'),
      b('Whichever dispatcher thought an expired closure could be ignored is the one who endangered the drivers.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ronald Tacuri should never have been given write access to the road network in the FMS.'),
      b('A contractor on his second week had no business being left alone on the dispatch console at night.'),
      b("Shane shouldn't have been allowed to push changes to our live FMS from Perth."),
      b('If Ing. Chuquimia had not signed off on Zevallos as relief pit controller, none of this would have happened.'),
      b('Ticona should have been kept off the night roster until she had done a full season in the tower.'),
      b('Nobody should have trusted Matías with the override password after what happened at the shovel in March.'),
      b('Those vendor technicians should never have been approved for unsupervised access to production dispatch.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit is Huamán; he is the one who reopened the ramp.'),
      b('So who did it? Javiera Muñoz did, and the report should say so.'),
      b('Everyone in the tower knows it was Cusi who caused this.'),
      b('Point the finger where it belongs: at Ing. Salazar.'),
      b('Let us find out which driver of B crew is at fault and go after him.'),
      b('Guilty party, for the minutes: Kylie Brennan from the contractor, who loaded the stale map.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the dispatch console.'),
      b('This was operator error, not a software fault.'),
      b("The incident was caused by Vilca's mistake when he copied the closure list."),
      b('In the end it comes down to a dispatcher making an error at two in the morning.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Paredes should have known that a closure older than twelve hours would drop off the FMS.'),
      b('With what we know now, the shift boss ought to have seen the crack line in the 18:00 photos.'),
      b('In hindsight, Ayme should have questioned why loaded trucks were being sent up a ramp she herself had seen taped off.'),
      b('Knowing what the logs show now, he ought to have noticed the ramp still green on the map before releasing the fleet.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Cahuana had to do was just tick the closure box in the FMS.'),
      b('She simply had to radio the trucks and tell them to stop.'),
      b("It's not hard: the pit controller just needed to look out the window."),
      b('Don Teófilo could simply have read the handover note before starting the dispatch cycle.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Chávez never read the geotech report.'),
      b('Obviously the night dispatcher did not bother to check the closure board.'),
      b("Yupanqui clearly didn't care whether the ramp was safe."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The FMS should have kept Ramp 7 closed until a geotech cleared it, instead of expiring the closure at midnight.'),
      n('Dispatch optimisation should not have been able to route a loaded truck onto a segment flagged as barricaded.'),
      n('A handover checklist could have carried the closure across shifts automatically.'),
      n('The road-network sync would have caught the mismatch if it compared the survey layer against active closures.'),
      n("The vendor's release notes should have mentioned that closures now expire by default."),
      n('Ideally the shovel assignment logic would have refused a route with no valid return path.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Ing. Rosa Mamani to add a geotech sign-off step before any closure can be removed in the FMS, due 15 August.'),
      n('Owner: Bruce (vendor). Disable automatic closure expiry in the next patch and confirm in writing.'),
      n('Yupanqui will set up a weekly audit comparing physical barricades with FMS closures, starting next rotation.'),
      n('Acción 4, Wilfredo Quispe: draft the new night-shift radio protocol for closed ramps by end of month.'),
      n('Catalina to run refresher training on the closure screen for all four crews.'),
      n('Next step, owned by the mine planning superintendent: review whether the ore blend targets push dispatch toward short ramps.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on the night of the 12th was the shift boss, Teodoro Apaza.'),
      n('Pit controller: Nina Choque; dispatcher: Huarcaya; geotech on call: Ing. Salazar.'),
      n("The vendor's support engineer, Darren, joined the bridge from Perth at 02:40."),
      n('Rosa Mamani acted as the head-office liaison and kept the general manager updated every hour.'),
      n('The relief truck drivers on B crew were led that night by Don Ulises, the senior haul-road foreman.'),
      n('Mick Hennessy was the contractor responsible for the survey upload, and he was on site for the review.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night crew had been on a 12-hour shift at 4,000 metres, and fatigue at that altitude is real.'),
      n('Killa was shaken after hearing 214 radio in from the closed ramp, and we gave her the rest of the rotation off.'),
      n('Several drivers have told us they are still anxious about the ramps on the north wall; that is understandable.'),
      n('Everyone in the control room worked with care through a very hard night.'),
      n('We know Edgar carried a double workload that week because two controllers were out sick.'),
      n('Querida Sumaq y equipo, thank you for staying until dawn; nobody should have to handle a night like that alone.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('FMS log, 01:52:07: "CLOSURE EXPIRED seg=R7-N user=sys_expiry action=auto".'),
      n('The alert read: "ROUTE ASSIGNED T214 -> SHV03 via R7 (status OPEN)".'),
      n('Dispatch console error at 02:05: "Road network mismatch: 3 segments differ from survey layer v48".'),
      n('Radio transcript, 02:11: "Dispatch, 219, I have tape and cones ahead on seven, please confirm route."'),
      n('Audit trail entry: "user=dkelly role=VENDOR_ADMIN op=PUBLISH_MAP result=OK".'),
      n('The shovel HMI kept showing "WAITING FOR TRUCK, ETA 4 min" while the trucks were stopped at the barricade.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the map update that night without asking whether closures would survive it, and I will not do that again.'),
      n('We in planning set the ore blend targets that made Ramp 7 the shortest path, and that is ours to fix.'),
      n('My mistake: I read the closure board from memory instead of opening it.'),
      n('As shift boss I released the fleet at 01:30, and I should have held it until the barricade check came back.'),
      n('We did not train the B crew on the new closure screen; that gap is on us.'),
      n('I take responsibility for the handover format we use, which has no line for closures.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some in head office want to call this operator error; the evidence does not support that.'),
      n('This review will not ask who was careless, because the FMS let a closure expire silently.'),
      n('It would be easy to pin this on the dispatcher, and it would be wrong.'),
      n('We reject the idea that Cutipa "should have known"; the screen gave her no way to know.'),
      n('No, this is not about a careless contractor: the map publish step overwrote closures for everyone.'),
      n('Blaming the night shift would let the closure-expiry design off the hook, so we are not doing it.'),
      n('Don Ulises asked whether someone would be disciplined; the answer is no, nobody did anything the system did not invite.'),
      n('The question "who reopened the ramp?" was raised and set aside; the audit shows nobody did, the closure timed out.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The closure was removed automatically by the expiry job at midnight.'),
      n('Trucks 214 and 219 were routed onto Ramp 7 by the dispatch optimiser.'),
      n('The barricade flag was overwritten by the survey-layer republish job.'),
      n('The alarm was suppressed by the FMS because it was classed as low priority.'),
      n('Loaded trucks were sent up the shortest path, because the ore-blend algorithm weights it highest.'),
      n('Closures are not carried over at shift change; they are dropped when the shift record is rebuilt.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:48 Yauri accepted the routing suggestion, which matched what the board had shown all week.'),
      n('Ing. Gutiérrez reopened the east haul road after the grader pass, as the maintenance plan said.'),
      n('Matías Soto called the tower from truck 219 and asked for a new route; he stopped at the cones while waiting.'),
      n('Paredes checked the closure board at 23:00, saw Ramp 7 listed, and handed over.'),
      n("Ccori Flores relayed the driver's report to the shift boss within two minutes."),
      n('Javiera pulled the audit trail at 03:10 because she wanted to see when the closure changed.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The FMS failed at its one job that night: keeping a closed road closed.'),
      n('We trusted the dispatch optimiser more than it deserved.'),
      n('The closure-expiry feature behaved carelessly: it dropped a safety flag with no warning.'),
      n("The vendor's map-publish tool is not competent to merge survey data with live closures."),
      n('Responsibility for keeping closures alive across shifts belongs to the software, and right now the software does not carry it.'),
      n('The handover template is negligent about closures: there is no field for them at all.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to turn off automatic expiry for geotech closures.'),
      n('The audit trail obviously shows the closure timing out at 01:52, not being cleared by hand.'),
      n('It is just a one-line config change in the road-network module.'),
      n('Clearly, the graph of route assignments jumps the minute the survey layer was republished.'),
      n('Simply adding a physical-check prompt to the routing screen would close most of this gap.'),
      n('The difference between the two map versions is obviously small, three segments, but one of them was Ramp 7.'),
    ],
  ],
];

export const DEV_LEARNED49D: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49D_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
