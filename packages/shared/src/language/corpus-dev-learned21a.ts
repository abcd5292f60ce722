import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 21A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an airline's and an airport
 * operator's IT and operations staff after a check-in and baggage-system outage (operations control centre
 * logs, a duty manager's shift report, airline and ground-handler emails, a safety-management-style review),
 * with names from Amharic, Polish, Tagalog, Irish, Persian, Samoan and Lithuanian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The four-hour check-in outage at Terminal 2 is on Tigist Alemu, full stop.'),
      b('Frankly, every missed connection out of the morning bank traces back to Grzegorz and his change to the DCS gateway.'),
      b(
        "The handling agent's duty manager wants it on record that the offloaded bags are attributable to Lualhati and nobody in their crew.",
      ),
      b('From where the OCC sat, the baggage sortation stoppage belonged to Ciarán from start to finish.'),
      b('Farhad owns this outage, because his config push took down every common-use kiosk in the departure hall.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Malia lacks the hours on the baggage reconciliation system to be left administering it alone.'),
      b('Mindaugas cannot handle a cutover this large; he barely understands how the DCS feeds the sortation PLCs.'),
      b("With respect, the contractor's shift lead lacks the basic skill needed to run a manual check-in fallback."),
      b("Our review found that Amihan's grasp of the baggage handling control software is far too shallow for the post she was given."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The night-shift duty manager never escalated to the airline OCC, and escalation is the single thing his post demands.'),
      b('Dawit was rostered as baggage systems controller and skipped every hourly sorter health check his shift sheet lists.'),
      b("The ground handler's load control agent failed to reconcile the manual bag counts before sign-off, as her assignment required."),
      b("Niamh was the on-call vendor liaison, and she never picked up when the supplier's service desk rang her three times."),
      b(
        'Bartosz sat as change approver and signed this one off without opening the rollback plan, which is exactly what approvers are there to read.',
      ),
      b(
        'The terminal supervisor was meant to open the manual bag-drop lanes within fifteen minutes and did not get round to it for over an hour.',
      ),
      b('As incident commander, Tavita failed to hold a single status call for an hour and a half.'),
      b(
        'The ramp team lead is obliged under the service level agreement to brief his crew on manual tagging, and that morning he never briefed them.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The DCS gateway patch was merged at 05:40 by Kourosh, twenty minutes before the first wave of check-in desks opened.'),
      b('The sortation change got its sign-off with the rollback section still unread.'),
      b('While two carousels were still standing idle, the incident was declared resolved by the night duty manager.'),
      b('The kiosk firmware got pushed to every terminal at once, skipping the pilot gate that had been agreed at the change board.'),
      b("The new bag-tag printer profile had been left in test mode by the contractor's technician."),
      b('The cutover was approved by Eglė over chat, with none of the pre-checks attached.'),
      b('The rollout was brought forward by two days so that it could be ticked off before the holiday rota started.'),
      b("The manual fallback procedure was never rehearsed by the handling agent's supervisors, and it showed on the day."),
      b('Warnings from the reconciliation server were acknowledged and silenced at 04:12 without anyone in the OCC being told.'),
      b('The firewall rule was rolled out straight to production by Wojciech, and the staging test was skipped.'),
      b("The vendor's hotfix got deployed in the middle of the bank, against the freeze, by the airline's own IT on-call."),
      b('The baggage alarms had been switched off during the night shift and were not switched back on before handover.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought a Friday-morning cutover of the sorter was a good idea should explain themselves to the accountable manager.'),
      b("The new hire at the handling agent who unplugged the common-use switch to 'reset it' cost us the entire morning."),
      b("The person who wrote 'no passenger impact' on that change request has a lot to answer for."),
      b("It was the contractor's weekend technician, the one who never reads the handover log, who left the sorter in maintenance mode."),
      b('Anyone who ignores a red sortation alarm for forty minutes is the real cause here, not the software.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Admin access on the departure control system was never something a contractor in his second week should have held.'),
      b('Letting Jurgita approve her own change to the baggage reconciliation rules was wrong; that power should never have been hers.'),
      b('Sefo had one shadow shift behind him and should never have been rostered alone on the overnight OCC desk.'),
      b("Why was the handling agent's trainee handed the keys to the sortation control room with nobody supervising?"),
      b("Somebody with Pádraig's track record should not be let anywhere near the production kiosk fleet."),
      b("The airline should have withdrawn Golnaz's change-approval rights after the last baggage incident."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who pushed the DCS config at 05:40? Meseret did.'),
      b('It was Oisín, plain and simple: he restarted the wrong sorter controller.'),
      b("Check the audit trail: the commit that broke bag-tag printing is Krzysztof's."),
      b("@Saulius this one's yours, isn't it? Your script killed the kiosk sessions."),
      b("I intend to find out who on the contractor's side switched the carousels to manual and never told us."),
      b('Let us be honest about where the fault lies: with Rūta and her team at the ground handler.'),
      b("If the review wants a name, Babak ran the migration and it's his."),
      b("So the culprit for the offloaded bags is Ligaya's crew, not the software."),
      b('Pin down which agent at desk 14 forced the manual override and get them in front of the station manager.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause per the shift report: the baggage controller's human error during the sorter restart."),
      b('This outage came down to operator error at the ground handler, nothing more.'),
      b("Audronė's mistake in the routing table is what sent two hundred bags to the wrong make-up belt."),
      b("The safety review classifies the initiating event as a human error committed by the airline's IT duty engineer."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Selamawit had the certificate expiry date in front of her and should have realised it fell inside the morning bank.'),
      b(
        'With hindsight, the duty manager should have seen that a reboot of the reconciliation server would drop every bag message in flight.',
      ),
      b('Any decent controller would have noticed the sorter queue climbing long before the jam alarm went off.'),
      b('Fionnuala should have rung the ground handler the moment the first kiosk went dark.'),
      b("Mehrdad could have seen this coming had he bothered with the vendor's release notes."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Ioane could just have pressed the failover button on the DCS console, and the morning would have been saved.'),
      b("The handler's supervisor simply needed to glance at the handover log, and he didn't."),
      b('Darius just needed to wait until the morning bank had cleared before restarting the sorter.'),
      b('It would simply have taken one phone call from Kidist to the OCC to avoid this whole mess.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Jadwiga didn't look at the sorter dashboard once during her shift."),
      b("Obviously the contractor's night crew never tested the manual tagging kit before they needed it."),
      b("It is clear that Eoghan ignored the vendor's warning about patching at peak."),
      b('Leota obviously knew the rollback was untested and went ahead anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The DCS gateway should have switched to the standby site by itself, but its heartbeat check pointed at a decommissioned host.'),
      n('Our change calendar should have blocked any sorter change during the morning bank.'),
      n('The baggage reconciliation system could have queued messages locally instead of discarding them when the link dropped.'),
      n(
        'A single alarm on the OCC wall would have told everyone at once that the sortation PLC had stopped, instead of twelve separate emails.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Szymon to add a pre-bank freeze window to the change calendar by 30 June.'),
      n(
        "Owner: Alofa, the ground handler's training lead, to rehearse the manual check-in fallback with every shift before the summer schedule.",
      ),
      n(
        'Hiwot will draft the runbook for restarting the sortation controllers and circulate it to both the airline and the handling agent.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Aoife was duty manager for the terminal, and Bayani was incident commander on the airline side.'),
      n('During the outage Katarzyna ran the bridge call while Fetu liaised with the handling contractor.'),
      n('The baggage systems controller on shift was Lagi, and the DCS on-call for the airline was Zofia.'),
      n('Per the roster, Kęstutis led the OCC night shift until 06:00, when he handed over to the day lead, Niloufar.'),
      n('Getachew acted as scribe for the review and Caoimhe represented the ground handler.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Siobhán spent eleven hours on her feet at the bag-drop, hand-writing tags for passengers, and she deserves a proper rest.'),
      n("I know Joselito's crew were exhausted when the double shift finally ended, and they kept going anyway."),
      n('Thank you, Berhanu, for keeping the bridge going long past midnight when you were meant to be off.'),
      n('Parisa had a brutal night, fielding angry calls from three airlines while the kiosks were down.'),
      n('Róisín told me afterwards she felt sick with worry when the sorter stopped, and nobody here thinks any less of her.'),
      n("The handling agent's ramp staff, led by Iosefa, loaded bags by hand in the rain for four hours, and we owe them."),
      n('Please check in on Gintarė this week; she took the brunt of the passenger complaints at desk 9.'),
      n('Mulugeta was working his third night in a row and still stayed calm on every call.'),
      n('Marites has carried the whole baggage-systems rota alone since March, a workload that is unfair on her.'),
      n('We want to recognise the care Donnchadh took to keep the check-in queues informed while he was under real pressure.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The reconciliation log at 04:58 reads 'manual override applied by operator DESTA_A, sorter line 3 halted'."),
      n(
        "Every kiosk in the hall displayed 'CUTE-T2-014: operator error, peripheral not responding', which is the vendor's generic text for a lost printer driver.",
      ),
      n("Pasted from the handler's system: 'Bag 0125788432 not loaded, failure by handler to scan at make-up'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        "I approved the sorter change without asking for a rollback rehearsal, and from now on I'll require one for every change I approve.",
      ),
      n('My mistake: I restarted the reconciliation server during the morning bank because I was reading the wrong clock.'),
      n('We on the airline IT side told the handler the outage would be over in twenty minutes, and that was our error, not theirs.'),
      n('I should have called the OCC sooner; I was trying to fix it myself first.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Before anyone says it, Tasi did not cause the sorter jam; the controller firmware did.'),
      n("The handler's email suggests Sina was careless, and the timeline does not support that at all."),
      n('The logs show Vytautas ran the approved procedure exactly as written, so the claim that he botched the restart is wrong.'),
      n("I refuse to put a name in this review; finding the hand on the button won't prevent the next outage."),
      n("To correct Tuesday's email: the delay was not the ground handler's fault, since the bag messages never reached their system."),
      n('Let us stop the pile-on in this channel; nobody is going to be singled out for the kiosk failure.'),
      n('Some on the bridge blamed the night duty manager, but he escalated within the time the procedure allows.'),
      n(
        'Three separate safeguards had failed before Talalelei ever touched the console, so a human-error verdict would be lazy and wrong.',
      ),
      n("The airline's first report pinned it on Almaz, and we are withdrawing that conclusion."),
      n(
        "One could argue the contractor's technician should have known better, but nothing in his training or the manual covered this failure mode.",
      ),
      n("No, it wasn't Przemysław's fault: the change he deployed passed every check we had, and the checks were the gap."),
      n(
        "As duty manager I won't accept 'who was on shift?' as the opening question of this review; the opening question is why the sorter had no failover.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The patch was auto-merged by the release pipeline once the DCS integration tests went green.'),
      n(
        "The monitoring tool's auto-close rule meant the incident ticket was shut as soon as the heartbeat reappeared, although the sorter had not restarted.",
      ),
      n('The new kiosk image was rolled out fleet-wide because the deployment tool treated the pilot group as empty.'),
      n('Bag messages were being discarded by the reconciliation interface whenever the queue exceeded its fixed limit.'),
      n('The routing table had been overwritten by the nightly sync job using a stale copy from the test environment.'),
      n('The change was approved under the standard-change template, which does not require a rollback test for sortation software.'),
      n('Alerts were suppressed for forty minutes because the maintenance window set by the scheduler had not expired.'),
      n('The failover got triggered twice by the health checker, and each flip cleared the check-in session cache.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Eyerusalem restarted the DCS gateway at 05:52, following the runbook, whose first recovery step is a restart.'),
      n("Rizalino switched the carousels to manual mode, since the vendor's guidance for a stuck sorter is to isolate it first."),
      n('Shirin pushed the kiosk configuration at 05:40; it had been tested on the pilot terminals the day before and passed.'),
      n('Seeing the queue at bag-drop, Dalisay opened two extra manual desks and asked the handler for more tag stock.'),
      n('Aušra rolled back the routing table at 07:15 once the vendor had confirmed the previous version was safe.'),
      n('Mele emailed the handler at 06:05 to ask whether their scanners were receiving bag messages, which was a sensible first check.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Once its link to the DCS drops, the baggage reconciliation system stops being fit for purpose.'),
      n("The vendor's sortation software neglected its most elementary duty: stopping safely without losing the bag list."),
      n('The kiosk health dashboard showed green throughout the outage, so it has lost our trust.'),
      n(
        'The change process showed a careless disregard for peak hours, letting a sorter update through without any check against the flight schedule.',
      ),
      n('Detecting a stuck PLC is the responsibility of the monitoring stack, and it did not do that job.'),
      n("The handler's scanning app is unreliable and negligent about a lost connection, silently discarding scans."),
      n('The failover design is immature and has never been exercised under real check-in load.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The fix turned out to be simply a one-line edit to the gateway's connection pool size."),
      n('Obviously, from the queue graph, the sorter stopped accepting bags at 05:43, three minutes after the config change.'),
      n('Recovery just needs a documented restart order for the reconciliation services, which we now have.'),
      n('The evidence clearly shows the DCS gateway certificate expiring at 05:40 local time.'),
      n('Simply adding the morning bank to the change freeze would have prevented this class of outage.'),
      n("It's just a configuration flag on the kiosk image, and switching it back restored printing in under a minute."),
    ],
  ],
];

export const DEV_LEARNED21A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED21A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
