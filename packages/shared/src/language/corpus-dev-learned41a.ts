import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 41A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Kenyan electricity
 * transmission and geothermal operator run from the national control centre in Nairobi, after a grid
 * disturbance that tripped the Olkaria geothermal units and blacked out parts of the Rift Valley.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('This whole Rift Valley blackout is on Kiprono, and the review should say so plainly.'),
      b('Madam, with respect, the loss of Olkaria IV sits squarely with Wafula and his relay settings.'),
      b('Four hours of rotational load shedding across Nakuru and Naivasha: attributable, in my view, to Eng. Achieng alone.'),
      b('Chebet owns this trip, because the switching order that dropped the Suswa 220 kV bus carried her signature.'),
      b('Per the board paper, responsibility for the 220 kV collapse rests with Mr Njoroge as duty shift engineer.'),
      b('Bwana, the slow black start is down to Hamisi and nobody else.'),
      b("Whatever the relay vendor's report ends up saying, that under-frequency cascade was Wanjala's doing."),
      b(
        'The lost megawatt-hours, the calls from three county governors, the refunds to Naivasha flower farms: all of it traces back to Gathoni.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly Kibet is not experienced enough to be running the 400 kV desk on a night shift.'),
      b("Mwangi doesn't understand df/dt relays well enough to be touching the UFLS settings."),
      b('A protection engineer who cannot read a COMTRADE file has no business at Olkaria, and that describes Nekesa.'),
      b('Between us, the new dispatcher is out of her depth with SCADA alarms; she froze when the frequency hit 48.6 Hz.'),
      b('Salim is a decent linesman, but as a control-room engineer he is nowhere near good enough.'),
      b('Two years in the NCC and Awino still cannot sequence a black start without someone holding her hand.'),
      b('We question whether Mr Koech has the technical ability to keep his protection authorisation at all.'),
      b('Rotich is too junior and too slow for a disturbance of this size — everyone on the shift knew it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The on-call protection engineer left the pager unanswered for forty minutes, and answering it was his one job that night.'),
      b('Ochieng was rostered to check the Olkaria II governor logs before handover and did not.'),
      b('As shift supervisor, Njeri failed to start the load-shedding schedule when the frequency crossed 49.0 Hz.'),
      b("It was Barasa's duty to confirm the line was earthed before issuing the permit, and he skipped it."),
      b('The Lessos substation operator walked away from his post during the disturbance and missed the breaker-fail alarm.'),
      b('Nafula neglected the weekly SCADA alarm review she is assigned, so the stale points were never cleared.'),
      b('Dispatch desk, 02:10 — Juma was supposed to call Olkaria and tell them to hold the units, and he never made the call.'),
      b('Nobody could raise the standby engineer, Mr Kariuki, because he had switched his phone off while on the rota.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong setting group was loaded into the Olkaria IV IEDs by the commissioning engineer.'),
      b('Earthing switches at Suswa were carelessly left closed after the outage permit had been cancelled.'),
      b('The under-frequency alarms were ignored for twelve minutes on the night shift.'),
      b('Breaker 2Q1 was closed onto a standing fault by Otieno without a look at the synchro-check status.'),
      b('Instructions from the NCC were misread at Olkaria, and the wrong unit was tripped by hand.'),
      b('The load-shedding list had been edited by someone in planning and never re-checked.'),
      b('At Kiambere the black-start procedure was botched, costing us the first ninety minutes of restoration.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever changed UFLS stage one to 48.8 Hz owes the whole Rift Valley an apology.'),
      b('The graduate trainee who was let loose on the SCADA database caused this mess.'),
      b('It was the chap from Naivasha substation, the one who always rushes his switching, who opened the wrong isolator.'),
      b('Go and ask the engineer who wrote the Olkaria islanding scheme why it tore itself apart on Tuesday.'),
      b('Somebody on the evening shift who treats alarms as decoration let the frequency sag for ten minutes.'),
      b('That contractor with the laptop at Olkaria I is the reason both units went down.'),
      b('Anyone who silences a df/dt alarm without logging it is the real cause of an event like this.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Wekesa should never have been given write access to the protection settings database.'),
      b("A first-year operator like Zuhura shouldn't have been left alone on the 400 kV desk during a storm."),
      b('If Kimani had not been allowed to approve his own switching programme, Suswa would still have been in service.'),
      b('Mr Langat ought to have come off the on-call rota months ago.'),
      b('Why was a vendor technician trusted to operate the Olkaria breakers with no NCC engineer beside him?'),
      b('Frankly, Adhiambo is not someone I would let near a live 220 kV bay again.'),
      b('Authority to restart the Olkaria units should have stayed with a senior engineer instead of being handed to Shikuku.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Culprit identified: Wanyama, who pushed the untested settings file to Olkaria IV at 16:40.'),
      b('Everyone in the control room knows who tripped the Naivasha line — it was Tanui.'),
      b('I want the name of the operator who opened breaker 1Q0, and I want it on my desk by Monday.'),
      b('So it was Athman at Rabai all along; the coast trip started with his hand on the switch.'),
      b('The fault lies with Muthoni, and the investigation panel needs to hear that.'),
      b('Point the finger where it belongs: Jeptoo.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: operator error in the Olkaria II control room during manual load reduction.'),
      b('The trip was caused by human error when the shift engineer keyed 48.0 instead of 49.0 into the relay.'),
      b('Preliminary finding — a mistake by the Suswa switching crew initiated the cascade.'),
      b('This was human error, plain and simple, not a protection design problem.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Odhiambo should have seen the frequency sliding and called for load shedding long before the relays did.'),
      b('Anyone reading that trend at 18:02 should have known the Olkaria units were about to trip, and Kosgei was the one reading it.'),
      b('With hindsight, Fatuma ought to have realised the HVDC import was about to drop.'),
      b('In retrospect she should have held the Olkaria IV reconnection until the steam pressures had settled.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Onyango had to do was just press the load-shed button on the SCADA screen.'),
      b('She simply had to phone Olkaria and tell them to hold; it is one call.'),
      b('Kiplagat could just have read the permit before closing the isolator, two minutes of his time.'),
      b('It was just a matter of him acknowledging the alarm, and he did not bother.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Mohamed never looked at the frequency trend before reclosing.'),
      b('Obviously the night dispatcher was not paying attention when the Olkaria units started hunting.'),
      b("Plain as day, Waweru didn't read the switching programme at all — clearly."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The UFLS scheme should have shed stage two within 200 ms, but the relay logic waited for a second df/dt pickup.'),
      n('Olkaria IV should have islanded onto the Naivasha load instead of tripping to zero output.'),
      n('SCADA should have raised a priority-one alarm when the 220 kV tie opened; it filed the event as a status change.'),
      n('Ideally the switching programme template would have forced a synchro-check field before any close instruction.'),
      n(
        'The black-start diesel at Kiambere could have picked up the station auxiliaries, had its battery charger not failed weeks earlier.',
      ),
      n('The protection settings database ought to have rejected a stage-one threshold below 48.5 Hz.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4 — Owner: Eng. Cheruiyot. Add a second-person check to all UFLS setting changes by 30 June.'),
      n('AI-07 (Wambui, Protection): replace the firmware on the Olkaria II feeder relays and re-test.'),
      n('Akinyi to draft a revised black-start procedure for Kiambere and circulate it before the next drill.'),
      n('Owner: SCADA team lead (Omondi). Deliverable: alarm priority review for all 220 kV tie breakers.'),
      n('Next steps: Bakari will agree governor droop settings for Olkaria I with KenGen, due end of quarter.'),
      n('Follow-up for Jepkosgei: book a simulator session on islanding for every NCC shift before the rains.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander for the night was Eng. Nyambura Githinji; her deputy sat on the Lessos desk.'),
      n('Rehema held the dispatcher role from 18:00 to 06:00 and handled all calls to the county commissioners.'),
      n('The protection engineer on call that week was Khaemba, with Masinde as second line.'),
      n('Roles during restoration — Kamau: switching coordinator; Anyango: frequency control; Hamisi: communications.'),
      n('At Olkaria, the KenGen shift charge engineer ran the unit restarts while the NCC controlled the tie-line.'),
      n("Ndung'u was scribe for the restoration call and kept the timeline in the shared log."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night team worked fourteen hours straight to bring Nakuru and Eldoret back, and many of them were exhausted by dawn.'),
      n('Pole sana to Wanjiru and the Olkaria crew, that was a frightening night on the turbine floor.'),
      n(
        'Several engineers have told me they keep replaying the moment the frequency fell; that is a normal reaction and counselling is available.',
      ),
      n('Chepkoech was covering two desks because of leave, and she still kept the restoration log meticulously.'),
      n('It was the third disturbance in a month for the same shift, and the strain on them is real.'),
      n('We know how much the Suswa team cared about getting the lights back on in Narok before morning.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('SCADA event log: "18:02:41.320 OLK4 GT1 CB OPEN - TRIP U/F STAGE 1 (48.80 Hz)".'),
      n('The EMS alarm read "OPERATOR akinyi.o ACK ALARM 220KV SUSWA-OLK BUS VOLTAGE LOW" at 18:03:05.'),
      n('Relay record from the Lessos IED: "Zone 2 pickup, phase B-C, t=412 ms, CB 3Q2 trip issued".'),
      n('Permit system entry: "PTW-2291 cancelled by user jmwangi 17:55, earths removed: NO".'),
      n('Disturbance recorder summary — "ROCOF -0.92 Hz/s, min freq 47.96 Hz, UFLS stages 1-4 operated".'),
      n('The KenGen log line says "Manual trip initiated by operator console 2, reason: NCC instruction".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the relay settings change on Monday without asking for a simulation, and I will not do that again.'),
      n('We at the NCC held the Olkaria IV reconnection too long; that decision was mine as shift manager.'),
      n('My mistake: I read 49.0 Hz on the trend as 49.8 and delayed calling for load shedding by about three minutes.'),
      n('As the protection team, we signed off a scheme we had never tested against a full Olkaria loss.'),
      n('I was the one who opened breaker 2Q1 at Suswa, following the programme as I understood it.'),
      n('Our section owns the gap in the black-start drill schedule; we let it slip for two years.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not say the blackout is on Kiprono, because the settings he loaded had passed every check we had.'),
      n('Some on the WhatsApp group are calling it human error; it was not, and the panel agrees with me.'),
      n('Asking who to blame for Olkaria tripping gets us nowhere, so we are asking what let a single setting take out 300 MW.'),
      n('Calling Nekesa incompetent is unfair and wrong: the COMTRADE export was corrupted before it ever reached her.'),
      n(
        'The board asked whether the dispatcher should have been trusted with the desk; he held every authorisation the job requires, and the question is closed.',
      ),
      n('Nobody failed at their job that night — the procedures did not cover losing both Olkaria plants at once.'),
      n('I have heard people say the Naivasha crew obviously should have caught it; I do not accept that, and neither does the evidence.'),
      n('Rather than naming a culprit, the report describes how the UFLS stages interacted with the HVDC runback.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Both Olkaria IV units were tripped by the under-frequency relays at 48.8 Hz.'),
      n('The Suswa–Lessos 400 kV line was opened by Zone 1 distance protection after a conductor clash.'),
      n('Around 180 MW of Rift Valley load was shed automatically, in four stages.'),
      n('The alarm was suppressed by the SCADA flood filter, which caps new alarms at fifty per second.'),
      n('Steam was vented at the wellheads once the turbine stop valves had been shut by the overspeed protection.'),
      n('The HVDC import was ramped down by the converter controller when the AC voltage at Suswa dipped.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 18:05 Gathoni called Olkaria to confirm the units had tripped, since SCADA still showed them connected.'),
      n('Kiplagat closed the Naivasha bus coupler at 19:40 after checking the synchro-check indication on the panel.'),
      n('Mwanaisha Omar started the manual load-shedding sequence for Nairobi West, working from the table on the desk.'),
      n('Onyango reclosed the 132 kV feeder once, because the auto-reclose had locked out and the fault indicator had cleared.'),
      n('Dr Chege, the KenGen plant manager, ordered steam venting to protect the separators while the grid was down.'),
      n('Awino phoned the Ethiopian dispatch centre to request a slower HVDC ramp, as the interconnection agreement provides.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The Olkaria IV governor was never competent to ride through a load rejection of that size; it was tuned for steady baseload.'),
      n('Our under-frequency relays failed at their one job: they shed load in the wrong order.'),
      n('We trusted the SCADA topology view, and it was untrustworthy, showing Suswa bus 2 as live for six minutes after it died.'),
      n('The black-start diesel at Gitaru has been unreliable for years, and its maintenance contract does not require load testing.'),
      n(
        'The islanding scheme is responsible for most of the lost generation, since it separated Olkaria from the very load it was meant to carry.',
      ),
      n("The vendor's EMS software is careless about timestamps, mixing GPS and server time in one event list."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just a one-line change to the stage-one pickup, from 48.8 Hz back to 49.0 Hz.'),
      n('Obviously the frequency trace shows the df/dt relay operating before the absolute-frequency stage.'),
      n('Simply adding a second-person check to the settings upload would close this gap.'),
      n('The COMTRADE file is clear: B-phase current collapses 40 ms before the trip signal.'),
      n('Restoring the coupler is simply a matter of replacing the burnt auxiliary relay, a half-day job.'),
      n('Evidently the HVDC runback and UFLS stage two landed in the same 300 ms window, as the graph makes plain.'),
    ],
  ],
];

export const DEV_LEARNED41A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED41A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
