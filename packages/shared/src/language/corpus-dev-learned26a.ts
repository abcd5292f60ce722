import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 26A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an electricity distribution
 * company after its outage-management system failed in a storm (crew radio logs, call-centre scripts and
 * complaints, an energy regulator's letters, the post-event review); names from Hmong, Sardinian, Shona,
 * Bulgarian, Punjabi, Fijian and Galician cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The three-hour blackout on the Riverside feeder is on Tendai Moyo, full stop.'),
      b("Control to all crews: the lost switching log is Boyko's doing, not the storm's."),
      b(
        "In the regulator's assessment, the licensee's failure to restore supply to registered dialysis patients within the licence window is attributable to Ms Gurpreet Sandhu as duty controller.",
      ),
      b('Ridge Road households went nine hours without supply because of Efisio Pinna, and the review should name him for it.'),
      b('Whatever the wind did, the cascade of wrong dispatches traces back to Pa Vang and nobody else.'),
      b('Complaint ref 5820: my freezer full of insulin spoiled and I hold your engineer Sakiusa Waqa personally responsible.'),
      b('The heap of unlogged faults that swamped the call centre belongs squarely to Xoán Outeiro.'),
      b(
        "For the record, pulling the OMS back to the old version at the peak of the gale was Radka Petrova's decision, and the failure that followed is hers.",
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Honestly, Tatenda Chiweshe isn't up to running a storm desk; he froze the minute the fault count passed fifty."),
      b('Stoyan can barely read a single-line diagram, and it showed tonight.'),
      b('Baljit Dhillon, a second-year trainee, was nowhere near ready to run the fault console through a red-warning gale.'),
      b(
        "The Authority notes with concern that the licensee's shift lead, Mr Kalin Hristov, lacked the basic competence expected of a person authorising live switching.",
      ),
      b('Mereoni has never been a safe pair of hands on a fault board, and Saturday proved it again.'),
      b("Frankly, Brais Seoane's grasp of the network model is about as deep as a puddle."),
      b("After twenty years on the lines you'd think Gavino Murgia could isolate a spur without help, but evidently not."),
      b('Chue Thao lacks the skill to supervise a call centre, and the surge laid that bare inside an hour.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kudzai Makoni was rostered as the standby OMS administrator and never answered the pager during the outage.'),
      b("Confirming isolation before anyone climbed was Simranjit Gill's job, and she never did."),
      b('Base to Crew 4: Harjit was meant to patrol the Glen line at first light and went home instead.'),
      b(
        "The Authority finds that the licensee's emergency coordinator, Ms Desislava Georgieva, did not discharge her duty to notify priority-services customers.",
      ),
      b('Josefa Naivalu skipped the handover briefing he was assigned to lead, so the night shift started blind.'),
      b('Uxía Fraga, as incident commander, never called the escalation her role required once faults passed two hundred.'),
      b("Tou Xiong's single rota duty was keeping the manual fault board current; he left it four hours stale."),
      b(
        'Giommaria Cossu, who leads customer service, neglected to update the recorded message, which is the first thing his post exists to do.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The Tannery Lane feeder was re-energised by Zhivko with a crew still up the pole.'),
      b('The Ashgrove switching sheet was initialled unread, and the wrong transformer was isolated because of it.'),
      b('On the night desk the storm-mode checklist was ignored from start to finish and fault priorities were entered wrongly.'),
      b('Priority customers were left off the callback list by the call-centre team leader, Rudo Mutasa.'),
      b('The fault database was restored from the wrong backup by Kia Her, wiping six hours of records.'),
      b("Crew safety warnings were brushed aside, and the line was livened over the field supervisor's explicit objection."),
      b('The Authority was misinformed about restoration times, and the figures were knowingly inflated before the return was filed.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The contractor who patched the OMS server the afternoon before the storm cost us the whole system.'),
      b("Whoever decided to skip last month's storm-readiness drill owns this outage."),
      b('The new controller on nights, the one who came over from metering, is who sent Crew 9 to a dead feeder.'),
      b('Somebody on the call-centre floor promised customers power by six, and that person should answer for every complaint since.'),
      b('The planner who thinks manual dispatch is beneath him left the paper fault cards locked in a cupboard.'),
      b('Anyone who acknowledges a high-priority alarm without reading it has no business blaming the software afterwards.'),
      b('The engineer who wrote the failover script, and shipped it untested, set the night up to fail.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tapiwa Chikwanha had no business holding rights to change the network model while it was live.'),
      b(
        'Putting Antía Lamas, three weeks into the job, alone on call for a red-warning storm was indefensible; a senior hand belonged in that seat.',
      ),
      b(
        'Letting Navdeep sign off his own switching plan is what put the Eastfield crew at risk; that approval belonged with someone else.',
      ),
      b("Whoever let the vendor's junior technician near production during a storm watch made a terrible choice."),
      b(
        'The Authority asks why an agency worker without authorisation, Mr Timoci Vunibaka, was permitted to issue restoration orders at all.',
      ),
      b('Yer Lee was never the right person to trust with the emergency load-shed schedule, and management knew it.'),
      b('Bachisio belonged on the phones, and keeping him off the dispatch console would have spared us the night.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Everybody in this room knows who did it: Ivaylo ran the schema migration at 16:40.'),
      b('Crew 3 to control, find out which of your lot cut the comms link and send him out here to explain himself.'),
      b('Complaint: give me the name of whoever cut off my supply, because I intend to take it further.'),
      b('Point the finger where it belongs, at Nyasha Zvobgo.'),
      b('Fault, culprit, done: Litia Rokoduru pushed the bad config.'),
      b('When the Authority asks who answers for this, the name we give should be Iago Barreiro.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error by the database administrator was what brought down the OMS on storm night.'),
      b('Operator error at the Kingsmead desk, not the weather, took out the second feeder.'),
      b("Mai Vue's mistake in keying the fault location is what sent four crews the wrong way."),
      b("The post-event review concludes that the incident arose from a controller's error in overriding the interlock."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Peppina Sanna should have seen from the forecast that the OMS would be overloaded and called in extra staff.'),
      b("In hindsight Manpreet had every chance to know the backup server hadn't replicated since Tuesday, and he should have."),
      b("Any decent supervisor would have spotted the alarm flood for what it was; Farai didn't."),
      b('With the load curve in front of him, Anxo Caamaño should have realised the transformer was about to go.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Fue Lor's whole job that hour was just restarting the gateway service, and he couldn't manage even that."),
      b('Salvatore simply needed to read back the switching instruction, a ten-second job.'),
      b('Akanisi only had to just tick the priority-customer box; how hard is that?'),
      b('Honestly, Xiana could just have keyed the radio and asked Crew 5 for their position.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Jaswinder obviously sent the crews out without a glance at the fault list.'),
      b('Clearly Rutendo ignored the storm warning; her decisions admit no other reading.'),
      b("It's obvious Grazia Mura didn't bother to check the backup before starting the upgrade."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Failover to the standby site should have kicked in unaided as soon as the primary OMS database locked.'),
      n('The alarm filter could have suppressed the duplicate trips instead of flooding the fault board with them.'),
      n('The storm-mode procedure should have told controllers where the paper fault cards were stored.'),
      n('The callback platform would have kept priority customers at the front of the queue if its list had synced overnight.'),
      n("In the Authority's view, the licensee's contingency plan should have provided for total loss of outage management."),
      n("Crew tablets ought to have cached the last good network map so that a server outage didn't leave them blind."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Sabela Vilariño to add a manual-dispatch fallback to the storm procedure by 30 June.'),
      n('Owner Seru Delana: rebuild the OMS failover test so it runs every month on data the size of production.'),
      n('Radio procedure change, owned by Kuldeep Brar: every switching instruction read back in full, due end of quarter.'),
      n('Neng Cha will draft the new priority-services callback script with the call-centre team before winter.'),
      n(
        'The licensee shall nominate an accountable owner for storm readiness and report to the Authority within 60 days; the company has named Tsvetanka Dimitrova.',
      ),
      n('Next step for Antioco Porcu: review who holds write access to the network model and remove stale accounts by 15 May.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Breixo Otero held the duty controller seat overnight and Lia Kue ran the call-centre floor.'),
      n('Vilikesa Ravuvu led Crew 2 on the Hillcrest spur while Xurxo Pereiro coordinated switching from the control room.'),
      n("Throughout the storm, Yordanka Hristova acted as the Authority's liaison and Salote Qarase was the company's incident commander."),
      n('Control-room roles that night were duty controller, assistant controller and OMS administrator on call.'),
      n('The escalation manager role passed from Tafadzwa to Mufaro at 02:00 under the normal handover.'),
      n('Base, this is Crew 11, Waisale in charge, two linesmen, at the Kelso recloser.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The call-centre agents took abusive calls for fourteen hours straight, and many were badly shaken.'),
      n('Ulamila worked a double shift on the fault board and was visibly exhausted by the time relief arrived.'),
      n('Crews were climbing in sixty-knot gusts in the dark, and nobody should underestimate what that asked of them.'),
      n('Once the OMS went down the night team faced a workload no one could sustain, and they still held the line with great care.'),
      n('Several controllers have told us they lie awake replaying that night; support is open to every one of them.'),
      n('Nou Moua stayed on the phone with an elderly caller for forty minutes to keep her calm until a crew arrived.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The OMS log at 18:52 reads: "ERROR user gsidhu: transaction timeout, fault record not saved."'),
      n('Alarm text received in control: "CB 112 TRIP, OPERATOR ACK REQUIRED, acknowledged by kdeiana".'),
      n('The recorded message played to callers said "We are aware of a fault in your area and engineers are on their way."'),
      n('SCADA event list, 21:14: "Manual close issued from console 3 (user: tnacola)".'),
      n('Crew tablets showed the same error at every sync: "Unable to reach server, changes held locally."'),
      n('The audit trail shows "Permission granted: role=controller, user=ivilarino, action=edit network model" at 15:03.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I was the duty controller and I closed the wrong breaker at Ashgrove; since then I read every switching sheet back aloud.'),
      n('Our control-room shift let the fault board go stale when the OMS fell over, and we have since drilled the paper fallback twice.'),
      n("Crew 6 to base, correction, wrong pole number from me, it's 2290-B."),
      n('As call-centre manager I approved the restoration estimate we gave customers, and it was far too optimistic.'),
      n("I missed the pager at 03:10 because I had silenced it after the previous alert, and I won't do that again."),
      n('We were slow to tell the Authority, and the company accepts that this delay is ours to own.'),
      n('I signed off the OMS upgrade for storm week without checking the weather outlook, and that was my error.'),
      n('Speaking for the control-room team, we got the priority-customer callbacks wrong that night, and we are sorry.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some staff have said the outage was Chipo's fault; the review does not accept that, because the failover had never worked for anyone.",
      ),
      n(
        'Some would file this under human error, which is the easy route, but the screen gave controllers no means of telling a live feeder from a dead one.',
      ),
      n("Nobody is laying this at the night controller's door, since she followed the procedure she was given."),
      n("The Authority's letter asks who was responsible; our answer is the design of the system, not any one person."),
      n("I've heard people say Crew 8 was careless, and that isn't fair; they were working from a map the OMS had stopped updating."),
      n('Calling Stoyan incompetent explains nothing; what matters is why one post carried the entire switching schedule.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Six hours of fault entries were replaced by stale copies from the replication job as the primary came back.'),
      n('Crew locations were dropped from the map once the OMS message queue filled up.'),
      n("Callers were routed to a closed queue by the telephony platform's overflow rule."),
      n('The feeder was tripped by the protection relay within 80 milliseconds of the conductor clash.'),
      n('Priority-services flags were stripped from 312 accounts during the overnight data sync.'),
      n('Restoration estimates were generated automatically and were never adjusted for storm conditions.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Hristo Kolev switched to paper fault cards at 19:05, since the OMS screens had frozen and the crews needed jobs.'),
      n("Gonario Fadda rang the Authority's duty officer at 22:00 to report losing outage management, as the licence condition requires."),
      n('Vika Lewatu sent Crew 3 to Marlow substation first because it fed the hospital and the map showed it dark.'),
      n('Iria Castro told callers to expect power by midnight, which was the time the OMS displayed before it stopped refreshing.'),
      n('Paj Yang held the crews at the depot for forty minutes while gusts stayed above the climbing limit.'),
      n(
        'Mladen Yordanov overrode the alarm filter so controllers could see every trip, reasoning that hidden alarms were the bigger risk.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The OMS is unfit for a storm on this scale, having never been load-tested past five hundred faults.'),
      n("The vendor's failover module failed at the single job it was bought for."),
      n('We trusted the replication monitor, and it reported green while nothing was copying.'),
      n('The call-routing software carelessly dropped priority flags whenever a queue overflowed.'),
      n("The Authority considers the licensee's storm procedures negligent in assuming outage management would always be available."),
      n('The crew tablets proved unreliable offline, and the sync logic bears responsibility for most of the lost updates.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Raising the queue limit and restarting the service was simply the whole fix.'),
      n('The database locking at 18:47 is obvious on the graph, twelve minutes ahead of the first crew complaint.'),
      n('Clearly, the replication lag had been growing for weeks; the monitoring data leaves no doubt.'),
      n('Restoring the map just took a cache clear on each tablet, once we knew what to do.'),
      n('The change to the callback script is a simple one: put priority customers first.'),
      n("Base to all crews, it's just a server restart, maps back in five."),
    ],
  ],
];

export const DEV_LEARNED26A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED26A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
