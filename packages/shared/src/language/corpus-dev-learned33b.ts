import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 33B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an air-ambulance charity after
 * its flight-planning system double-booked a helicopter and a transfer waited ninety minutes — pilots' and
 * paramedics' radio-brief messages, the duty controller's log, a consultant's complaint, the aviation
 * regulator's letter and the operations director's retrospective; names are Shona, Estonian, Tibetan,
 * Occitan, Marathi, Inuktitut and Greek Cypriot.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The ninety-minute wait at the district hospital is on Tendai, full stop.'),
      b('Ops log 14:52: double allocation of the aircraft is down to Kristjan, who built the afternoon roster.'),
      b('As far as the consultant is concerned, the delay belongs to Pema and nobody else.'),
      b("In plain terms, the ninety lost minutes go back to Guilhèm's planning shift and to nothing else."),
      b('Sayali Kulkarni owns this one; the clash between the two taskings came from her.'),
      b("Copy, standing by. For the record, the second booking was Aputi's doing, not the crew's."),
      b('The charity should tell the regulator plainly that the missed transfer rests with Mr Christakis Georgiou personally.'),
      b("Had the child deteriorated on that trolley, it would have been on Mihkel's head."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly Farai is not up to running the planning desk on a busy Saturday.'),
      b('Kadri lacks the experience and the judgement that deconflicting two taskings at once requires.'),
      b('Tenzin is too green to read a tasking board properly, and this afternoon proved it.'),
      b("I've flown with Bernat for six years and his planning has always been sloppy; this was coming."),
      b("Dr Loizou's complaint is fair: the dispatcher on duty lacks a basic grasp of how aircraft availability works."),
      b('Omkar makes a fine paramedic; as a planner he is hopeless, as the whole base knows.'),
      b("Our finding is that the duty controller's skills fell well short of what a HEMS planning role demands."),
      b('Is Nuka even capable of planning a two-aircraft day? On this showing, no.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Stelios was rostered as planning lead that morning and skipped the one check the role exists for.'),
      b('The duty controller skipped the availability cross-check that every shift handover requires of the post.'),
      b('Tatenda never confirmed the second aircraft with the pilots, which was his task on the rota.'),
      b('Priit, as duty controller, neglected his duty to keep the tasking board current.'),
      b("Medic Two-One crew: base told us aircraft was ours. Controller didn't do his job. Again."),
      b("Yangchen's responsibility was the call to the receiving unit with a revised time; she never made it."),
      b('The flight planner abandoned the deconfliction step that the operating procedure assigns to her post.'),
      b("Watching the board that hour was Arnaut's job, and he wasn't at it."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The helicopter was double-booked by Swapnil at 13:40.'),
      b('The conflict warning was dismissed without being read, and the transfer was left waiting.'),
      b('Crew told aircraft free, then stood down; booking botched at desk, crew and patient left holding.'),
      b('The second tasking was accepted carelessly and never checked against the first.'),
      b('The patient was left on a trolley because the callback to the ward was forgotten by the controller.'),
      b('The live roster had been hand-edited by Ngawang, and nobody on the base was told.'),
      b('Warnings were ignored, corners were cut, and a critically ill child waited ninety minutes as a result.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever accepted the second tasking without looking at the first owes the crews an explanation.'),
      b('We sat on the pad because of the new planner who joined in February.'),
      b("The controller on the desk at two o'clock put two crews on one airframe."),
      b('Somebody on the day shift never bothered reading the board, and a child waited.'),
      b('Ask the person who overrode the availability flag to explain the patient left lying in a corridor.'),
      b('The agency locum covering the planning desk is who created this mess.'),
      b('Anyone who books a helicopter without checking where it is puts patients at risk, and that is exactly what happened here.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tsering should never have held write access to the HEMS flight plan.'),
      b('Why was a trainee like Rudo left alone on the planning desk over a bank holiday?'),
      b('Had Maarja not been permitted to countersign her own bookings, the clash would never have reached a crew.'),
      b('Putting Chinmay on call for planning with two weeks in post was asking for trouble.'),
      b('Nobody should have handed Rein the tasking system before his sign-off was through.'),
      b("Someone with Amalric's record has no business being let near the live allocation screen."),
      b('The Authority wishes to understand why an unsupervised controller could commit an aircraft already tasked elsewhere.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('No mystery about it, the one who booked it twice was Iqaluk on the desk.'),
      b('Which controller booked that aircraft twice? Name them.'),
      b('Vaibhav is the culprit, and this retrospective ought to spell that out.'),
      b('Stop dancing around it: Androulla made the double booking and she should answer for it.'),
      b('Find out which planner did it and deal with them before the regulator does.'),
      b('At fault: P. Norbu, duty controller, 13:40 tasking.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause of delay, per duty log: human error, planning desk.'),
      b("The delay was caused by Estèla's slip when she keyed in the second tasking."),
      b('It comes down to operator error, and no change to the software would have stopped it.'),
      b('The complaint is upheld; the ninety-minute delay resulted from a mistake by the duty controller.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Before taking the transfer, Kyriacos should have spotted that Helimed Two was already committed.'),
      b("Looking back, Triin must have known the aircraft couldn't be in two places at once."),
      b("Any controller worth the seat would have noticed the clash at the 13:00 board review, and Pauloosie didn't."),
      b("The tasking list was open on Tonderai's screen the whole time; he should have caught the clash."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Siku just needed one look down the allocation column, and the ninety minutes would never have happened.'),
      b('Lhakpa simply needed to refresh the board before committing the aircraft.'),
      b('It would have taken Ketaki ten seconds to just ring the pilot and ask.'),
      b('Honestly, the planner just had to look up from the phone for a moment.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Evagoras obviously never checked the second booking.'),
      b("The controller clearly didn't read the conflict alert before pressing accept."),
      b("It's obvious Tiit ignored the crew's call that the aircraft was on scene elsewhere."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('A second booking against an aircraft already on task is something the planning system should have rejected outright.'),
      n('A hard conflict lock could have stopped the double booking before it reached either crew.'),
      n('Committed aircraft should have had their own line on the handover checklist from day one.'),
      n('Ideally the tasking board would have shown the clash in red rather than as a grey footnote.'),
      n("The Authority's view is that the charity's procedures should have offered an escalation path when no aircraft was free."),
      n(
        'Mutual aid from the neighbouring service should have been triggered automatically after thirty minutes; the process had no such trigger.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Gauri Deshpande to add a booking-conflict lock to the planning system by end of March.'),
      n('Owner: Dorje. Rewrite the controller handover checklist so it lists committed aircraft.'),
      n('Peire will own the mutual-aid escalation procedure and bring a draft to the May governance meeting.'),
      n('Action 4 (owner Chipo, due 30 June): review the alert wording with the software vendor.'),
      n('Eleni Hadjipetrou takes responsibility for reporting progress on these actions to the regulator each quarter.'),
      n('Kunuk to arrange joint tabletop exercises with the receiving hospitals; target date Q3.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Chrysanthos was duty controller for the afternoon shift on the day of the incident.'),
      n('The on-call consultant for the transfer was Dr Sharvari Apte.'),
      n('Medic Two-One was crewed by Captain Akisuk and paramedic Joana.'),
      n('The rota placed Urmas on the planning desk and Nyasha on the radio.'),
      n('Sonam handled the hospital liaison calls during the incident while the controller managed the aircraft.'),
      n("The accountable manager named in the regulator's letter is the operations director, Demetris Ioannou."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Kudzai had been on the desk for eleven hours by then, covering two absences.'),
      n('The paramedics waiting on the pad were frustrated and frightened for the patient, and that is understandable.'),
      n('Everyone on shift that day cared a great deal and was carrying far too much.'),
      n('The controller was juggling three phones and a radio, a load no one could hold for long.'),
      n('Thank you to Ramon, who stayed late to talk the family through what was happening.'),
      n('Pilots told us afterwards that the strain of that afternoon stayed with them for weeks.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The planning system logged: 'BOOKING ACCEPTED - G-HMED - user: tchigumba - conflict check: SKIPPED (timeout)'."),
      n("Alert text at 13:41 read 'Aircraft allocation overlap detected' and was auto-acknowledged after 60 s."),
      n("Radio log, 13:47: 'Helimed Two, Control, you are stood down, aircraft reallocated.'"),
      n("The message shown on the controller's screen was 'ERR 409: resource already committed', with no further guidance."),
      n("Audit trail entry: 'user k.mets overrode availability flag (reason field empty)'."),
      n("The ticket the system raised said 'Operator failed to confirm tasking within 120 s', which is the vendor's default wording."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I accepted the second tasking without reopening the first, and I'll be the first to say so."),
      n("We in the operations team let the handover checklist drift out of date; that's ours."),
      n('As operations director I signed off the planning system without a conflict lock, and I own that decision.'),
      n("I should have phoned the hospital back sooner, and I've changed how I run callbacks."),
      n('My mistake on the radio: I read back the wrong aircraft. Corrected 13:58.'),
      n('We got this wrong as a charity, and the family deserved better from us.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Calling this human error and stopping there would be tempting, and it would miss why the planning tool let the clash through.'),
      n("The double booking was not anyone's fault in the control room; the tool allowed it."),
      n('The complaint names the controller; this review found no grounds to lay the delay on one person.'),
      n("Finding someone to blame won't tell us why the conflict check timed out."),
      n("This is not on Heino, and I won't have him treated as the culprit in the crew room."),
      n("Some have said the planner was careless; the evidence doesn't support that, and we will not repeat it."),
      n("We're not looking for someone to go after; we're looking for the gap in the process."),
      n('Rather than ask which person missed it, we asked what would have made the clash visible.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second booking was accepted by the planning system after the conflict check timed out.'),
      n('The availability flag was overwritten at 02:00 when the roster sync ran.'),
      n("The overlap alert was muted under the vendor's default notification profile."),
      n('Both crews were tasked to the same aircraft because the allocation was cached for fifteen minutes.'),
      n("The hospital's callback request was routed to an unmonitored inbox by the telephony system."),
      n('The transfer was queued behind a lower-priority job by the scheduling algorithm.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Tsitsi accepted the transfer at 13:40 because the board showed Helimed Two as available.'),
      n('Margus stood the second crew down once he saw the aircraft was airborne elsewhere, which was the safe call.'),
      n('Dechen rang the receiving hospital at 14:10 to give an updated arrival time.'),
      n('Captain Jaufre declined the second task on the pad since his fuel plan had been built for the first.'),
      n('Shantanu checked the conflict column, saw it empty, and booked the aircraft as the procedure describes.'),
      n('Michalakis called the neighbouring charity for mutual aid at 14:35, after the internal options ran out.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Two taskings inside a minute is beyond what the planning software is competent at.'),
      n('The conflict check existed for one job only, yet on timeout it reported success.'),
      n("The vendor's availability feed was more trusted on the desk than its reliability warranted."),
      n('The handover process was careless about committed aircraft; it had no step for them at all.'),
      n('Deconfliction was the responsibility of a spreadsheet macro designed for a one-aircraft charity.'),
      n("Warning was the product's duty; a timeout counting as a pass is where it let the crews down."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("What's needed is simply a hard lock on any aircraft already tasked."),
      n('The audit trail obviously shows two bookings against one airframe eight seconds apart.'),
      n('Making the timeout fail closed is just one line of configuration.'),
      n('Clearly, the graph of desk workload spikes at exactly the hour of the clash.'),
      n('Adding the callback step is simply a matter of one new line on the checklist.'),
      n('The radio recording just confirms the timings in the log; it adds nothing new.'),
    ],
  ],
];

export const DEV_LEARNED33B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED33B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
