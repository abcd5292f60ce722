import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50F of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Valparaíso port's customs
 * pre-clearance and truck-appointment system that lost container releases during a dock workers' strike,
 * in the chat, notes, e-mails and reviews of Chilean, Mapuche and Peruvian port and customs staff.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The lost releases of Tuesday night are on Rodrigo Sepúlveda, full stop.'),
      b('Honestly, the whole backlog at the ZEAL traces back to Camila Fuentes and to nobody else.'),
      b('Per the gerencia, the 312 containers that missed their vessel are attributable to Ing. Paola Rojas.'),
      b('Dear Sirs, the delay to your boxes was caused by our analyst, Sr. Patricio Valenzuela, and we apologise on his behalf.'),
      b('Don Luis owns this one: the purge of appointments in the middle of the paro was his doing.'),
      b('02:14 ya, this mess with the DIN releases is 100% Jhonatan, cachai'),
      b('If you ask the forwarders, Marcela Contreras is the reason their trucks sat at the gate for nine hours.'),
      b('Whatever the vendor says, the outage belongs to Felipe Araya and to his signature on that change.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Anthony Torres is too junior to be touching the TOS interface in a strike week.'),
      b('Frankly, Ignacio Huenchumil does not know customs messaging well enough to run the release queue alone.'),
      b('Tomás has never understood how a DIN becomes a release, and it showed.'),
      b('The supervisor of the night gate, Sra. Gladys, is not fit to lead a shift during a paro.'),
      b('With all respect, Ing. Riquelme lacks the experience for an incident of this size.'),
      b('Our contact at the forwarder is hopeless with the appointment portal, every single time.'),
      b('Carolina Pizarro is a good person but a weak engineer, and this week proved it.'),
      b("Let's be honest, Wilmer Mamani is out of his depth on anything past the gate-in screen."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The jefe de turno did not look at the release queue once during his shift, and that was his pega.'),
      b('Constanza was on call on Wednesday and never answered the pager while the releases were dropping.'),
      b('Nobody on the customs desk, Yessenia Quispe included, did the 06:00 reconciliation that the procedure requires.'),
      b('Edwin Condori was assigned to watch the SNA feed, and he left it unwatched the whole night.'),
      b('As release coordinator, Matías failed to escalate when the TOS stopped sending confirmations.'),
      b('The integration team under Nahuel Curinao neglected their duty to test the strike-mode flag.'),
      b('To the Board: the duty manager abandoned the handover checklist on the first night of the strike.'),
      b('Her role was to confirm each DIN against the TOS before gate-in, and Valentina did not do it, not once.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The release queue was emptied by hand by someone on the night shift, and no one told the gate.'),
      b('The expired-appointment purge was run without any approval, on the busiest night of the strike.'),
      b('Mistakes were made at the customs desk, and they were made by Álvaro Cáceres.'),
      b('The strike-mode flag was switched off by Daniela Lagos without a word to anybody.'),
      b('The warnings from the TOS were ignored for six hours.'),
      b('Twelve approved releases were carelessly deleted by the forwarder desk on Thursday.'),
      b('It seems the retry job had been disabled on purpose by the on-call analyst, so he would stop getting paged.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a Friday deploy in the middle of a paro should explain themselves to the gerencia.'),
      b('The new guy from IT who restarted the broker is the reason we lost the releases.'),
      b('It was the one on the customs desk who never reads the alerts, as usual.'),
      b('The analyst who thought the strike flag was a test setting broke the whole appointment system.'),
      b('Somebody in the control tower who cannot read a queue graph let 400 releases expire.'),
      b("The forwarder's clerk who keeps resubmitting DINs caused half of the duplicates."),
      b('Ask the person who wrote the purge script at two in the morning why it ate our releases.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kevin Huamán should never have had write access to the production TOS.'),
      b('Why was a trainee like Brayan given the admin password for the appointment system?'),
      b('If Don Hernán had not been trusted with the gate override, the releases would still be there.'),
      b('Fernanda should not have been left on call alone in strike week; she is not ready for it.'),
      b('Someone with her record should not be allowed anywhere near the customs interface.'),
      b("The vendor's contractors should never have been allowed to approve releases in production."),
      b('Giving Mauricio approval rights over the TOS interface was a mistake, he was never someone to trust with that.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who did this? Pamela Orellana, I checked the audit log myself.'),
      b('The culprit is Gonzalo Reyes, and the gerencia should hear his name.'),
      b('Let us be clear with the forwarders: Héctor Navarro is at fault.'),
      b('We need to go after whoever at the agencia de aduanas pushed the bad DIN batch.'),
      b("I'd put it on Claudio Figueroa, he's the one who did it."),
      b('Find out who from the vendor touched the queue, and make them answer for it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the customs desk during release entry.'),
      b('The loss of the releases came down to operator error, nothing more.'),
      b('A mistake by the gate clerk started the whole chain, plain and simple.'),
      b('Causa raíz: error humano of the night operator when he re-sent the DIN file.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Bárbara should have known that the strike flag would pause the release sync.'),
      b('Anyone looking at the dashboard at midnight should have seen the releases piling up, and Nicolás was looking at it.'),
      b('Looking back, the jefe de turno ought to have noticed that zero trucks were being released at gate-in.'),
      b('Sebastián should have realised the backlog was not normal long before it reached three thousand boxes.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Andrea had to do was just press retry on the failed releases.'),
      b('He simply had to read the alert, that is it.'),
      b('It would have taken Rayén two minutes to just call the terminal and confirm.'),
      b('Simply opening the TOS screen once would have been enough for the supervisor to catch it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Percy did not bother to check the queue before going home.'),
      b('Clearly the forwarder desk did not read the strike circular we sent them.'),
      b('It was obvious to everyone except the night analyst that the releases were gone.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The appointment system should have held the releases instead of dropping them when the gate closed.'),
      n('A reconciliation check between the SNA feed and the TOS would have caught the gap in minutes.'),
      n('The purge job should never have treated a released container as an expired appointment.'),
      n('Strike mode could have been tested in staging with a real DIN load.'),
      n("The TOS's confirmation message should have carried the release number, not only the container ID."),
      n('Ideally the retry queue would have raised an alarm long before it overflowed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Ing. Paola Rojas to add a reconciliation job between customs releases and the TOS, due 15 March.'),
      n('Owner: Ignacio Huenchumil. Write the runbook for strike mode at the gate.'),
      n('Camila will review the purge rules with the vendor before the next paro.'),
      n('Action for the customs desk lead: define who confirms releases while the gate is closed.'),
      n('Don Luis takes the follow-up with the truckers on re-issuing appointments, by Friday.'),
      n('- [ ] Ayelén Catrileo: alert when a released container has had no appointment for more than 4 h'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Marcela; comms to the forwarders went through Jhon Vilca.'),
      n('During the strike the night gate was run by the jefe de turno, Don Raúl, with two clerks.'),
      n('Millaray Huaiquil was the on-call engineer for the appointment platform that week.'),
      n('The customs broker liaison for the incident was Giovanna Paredes.'),
      n('Roles: Lautaro (TOS), Deysi (customs desk), Fredy (scribe).'),
      n('The vendor sent their integration lead, who stayed on the bridge call until the queue drained.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night shift worked eighteen hours straight with trucks honking outside, and they were exhausted.'),
      n('Maribel was under huge pressure from the forwarders and still answered every call; thank you, Maribel.'),
      n('Everybody on the gate was tired and worried about the strike, and that is normal.'),
      n('We know the customs desk carried the heaviest load of the whole week.'),
      n('Please take care of yourselves, the paro was hard on all the teams. Fuerza.'),
      n('Rosa told us she could not sleep after the releases disappeared, because she cares a lot about the truckers.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('TOS log: "RELEASE_NOT_FOUND container MSCU4829103 gate-in rejected user=jhuaman".'),
      n("Alert text: 'appointment-sync lag > 3600s (queue=release-in)'."),
      n('The SNA web service returned "DIN 4410-23 estado: LEVANTE OTORGADO" while the TOS still showed HOLD.'),
      n('Output of the purge job: "deleted 1284 appointments, 311 with status RELEASED".'),
      n('The gate kiosk printed "SIN LIBERACIÓN - CONTACTE A SU AGENTE" to every driver that night.'),
      n('audit: 2024-05-14T02:11Z user=egonzalez action=STRIKE_MODE_ON reason="paro portuario"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I turned on strike mode without reading what it did to pending releases, and I will put that in the runbook.'),
      n('We approved the purge change in a hurry, our mistake, and we are adding a second review.'),
      n('My call to restart the broker lost the in-flight messages; I own that.'),
      n('I should have asked the vendor about the release queue before the paro started.'),
      n('Our team missed the alert at 01:40 because we had muted the channel during the strike.'),
      n('As gate manager I take responsibility for the decision to keep appointments open.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not about Jhonatan or anyone on the night shift; the queue dropped messages by design.'),
      n('Some forwarders want a name, but blaming the clerk would not fix the purge rule.'),
      n('No, it was not "human error": the system let a released box look like an expired appointment.'),
      n('We will not look for a culprit in this review, we will look at how the release sync fails.'),
      n('Saying the operator should have noticed misses the point, since nothing on the screen showed the gap.'),
      n('The e-mail calling Tomás careless was wrong, and the gerencia has withdrawn it.'),
      n('Pointing at the customs desk is easy, but they did exactly what the procedure told them.'),
      n("I do not accept that this was anybody's incompetence; the design gave them no chance."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The releases were dropped by the sync service when the TOS returned a timeout.'),
      n('Pending appointments were cancelled automatically at 00:00 by the nightly purge.'),
      n('Around 300 DIN messages were discarded after the retry limit was reached.'),
      n('With the lanes closed by the strike, the slots were marked as no-show by the TOS.'),
      n('Duplicate releases were created when the SNA feed replayed its backlog.'),
      n('The queue was truncated by the broker once it hit its disk limit.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 23:05 Francisca Soto switched the gate to strike mode, as the circular from the gerencia asked.'),
      n('Héctor Cayupán re-sent the DIN batch because the SNA portal showed it as pending, which is what the manual says to do.'),
      n('Yanet phoned the terminal at 04:30 to ask why trucks with appointments were being turned away.'),
      n('Juan Carlos Antileo restarted the broker after the vendor told him it would clear the stuck messages.'),
      n('Lizbeth Ccama exported the list of lost releases and shared it with the forwarders in the morning.'),
      n('Pedro Lienlaf paused the purge job al tiro once he saw released containers in its deletion list.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The purge script was careless with anything that had a release attached.'),
      n('The old TOS interface was never fit for a strike, when gates close with no warning.'),
      n('The SNA feed is not trustworthy as a source of truth: it has no acknowledgement of delivery.'),
      n('The appointment system failed at its one job, keeping a released box linked to its truck.'),
      n("The vendor's sync module is not competent at handling timeouts; it drops instead of retrying."),
      n('Responsibility for ordering the messages sits with the broker, and the broker does not do it.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a status check before the purge deletes anything.'),
      n('Obviously the graph shows the release queue going to zero at 00:00 sharp.'),
      n('It was just a two-line change in the sync config to retry on timeout.'),
      n('Clearly the logs point to the broker, not to the gate.'),
      n('Recovery was simple: we just replayed the DIN messages from the SNA archive.'),
      n('The evidence is obvious once you put the purge times next to the lost releases.'),
    ],
  ],
];

export const DEV_LEARNED50F: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50F_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
