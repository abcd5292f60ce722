import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Hamburg container-shipping
 * line whose booking and reefer-monitoring platform lost temperature alarms on a North Atlantic crossing,
 * written in the English of a German ops team (chat, notes, e-mails, letters, reviews) with German,
 * Turkish-German, Polish and Ghanaian-German names and shipping / IoT jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The lost alarms on the Elbe Trader are on Jan-Hendrik, full stop.'),
      b("Frankly, this whole reefer mess is Mehmet Yilmaz's doing, and the claims department should know that."),
      b('Herr Brandt owns this outage: he changed the alarm routing and the cargo in bay 14 paid for it.'),
      b('If we are honest in this review, the spoiled pharma load is attributable to Frau Kowalski and nobody else.'),
      b("@channel the 40 silent hours at sea go on Piotr's account, not the gateway's"),
      b('Seven warm containers, three cargo claims, one person: Tobias Schröder.'),
      b(
        'Dear Herr Asante, the loss of temperature alarms during voyage 0412W rests with you personally, as the engineer who approved the gateway rollout.',
      ),
      b('Ayşe broke the alarm feed, so the €380k in claims lands on her.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Kwame is not experienced enough to be touching the telemetry gateway config.'),
      b('Svenja Petersen lacks the basic IoT knowledge you need for reefer monitoring, and it shows.'),
      b('Herr Hansen is a good booking clerk but no engineer, and nobody should pretend otherwise after this voyage.'),
      b('With respect, Frau Vogel is out of her depth on the alarm pipeline.'),
      b('Dirk has been here twelve years and still cannot read a reefer log properly.'),
      b('Malte is too junior for the reefer backend; that is the real lesson of voyage 0412W.'),
      b('I doubt Emre has the skill to debug MQTT on a vessel gateway, and this week proved it.'),
      b('Akosua is a capable analyst, but she is not fit to be the person deciding alarm thresholds.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Lukasz was on the reefer watch rota that night and never looked at the dashboard.'),
      b('As duty officer, Frau Boateng failed to escalate the missing telemetry to the vessel.'),
      b('Kai did not do the handover checklist he is paid to do.'),
      b("It was Birgit's job to confirm the alarm forwarding after the gateway patch, and she didn't."),
      b('The on-call engineer, Serkan Öztürk, ignored his pager for the whole dogwatch.'),
      b('Magdalena was assigned to verify the reefer alarm test before sailing; it never happened on her side.'),
      b('Herr Owusu, as release manager you were required to sign off the rollback plan and you skipped it.'),
      b('Nobody in the Leitstand did their job on Sunday: Hauke and Frauke both left the alarm queue unattended for a full shift.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The alarm routing rule was deleted by Kemal without any review.'),
      b('The reefer alerts were switched off by someone in ops and never turned back on.'),
      b('Mistakes were made in the gateway rollout, and they were made by the Bremen team.'),
      b('The warning from the vessel was ignored for nine hours.'),
      b('The firmware was pushed to all 212 reefer modems on a Friday evening, against the change freeze, and nobody was told.'),
      b('The thresholds for the pharma containers had been entered wrongly by Zeynep during booking.'),
      b('The escalation e-mail from the Chief Engineer was left unread in the shared inbox over the weekend.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever merged the gateway config on Friday owes the Elbe Trader crew an apology.'),
      b('The trainee who restarted the telemetry broker caused this.'),
      b('It is always the same guy from the Gdańsk office who pushes untested changes.'),
      b('The person who muted the reefer channel in Slack should explain themselves to the claims team.'),
      b('Ask the colleague who "only tweaked a filter" why four containers of salmon arrived at minus two.'),
      b('Somebody on the night shift who could not be bothered to read alarms has cost us a customer.'),
      b('Anyone who approves a gateway release without the reefer test suite is the reason we are in this mess.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Mehmet should never have had write access to the alarm routing table.'),
      b('Why was a working student allowed to deploy to the vessel gateways at all?'),
      b('Piotr should not have been on call for the North Atlantic string in his second week.'),
      b('Frankly, we should not have trusted Herr Brandt with production access after the Halifax incident last year.'),
      b('If Dorota had not been given admin rights on the telemetry gateway, the alarms would still be flowing.'),
      b('The approval for the firmware rollout should have come from someone senior, not from Kojo.'),
      b('Letting the booking team near the reefer monitoring configuration was the mistake; they should never have been allowed.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Ole did it.'),
      b('The culprit is Henrike from reefer ops, and I want that in the report.'),
      b("We know whose fault this is: Arne's."),
      b('Find out which engineer pushed the patch and get him in front of the Vorstand.'),
      b('Gökhan is the one at fault here, whatever the timeline says.'),
      b('Everyone on the floor knows Ewa is to blame for the silent alarms.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the gateway configuration change.'),
      b('The loss of reefer alarms was caused by an operator error on the shore side.'),
      b('At the end of the day this comes down to a mistake by Nana in the alarm mapping.'),
      b('Cause category in the claims file: operator error (manual threshold entry).'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Sönke should have known that the gateway drops messages when the VSAT link flaps.'),
      b('Looking back, Fatma ought to have seen that the reefer graph had gone flat on day two.'),
      b('In hindsight the night supervisor should have called the ship as soon as the telemetry went quiet.'),
      b('Bartosz must have noticed the missing heartbeats on Tuesday; he should have raised it then.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Abena had to do was just tick the reefer alarm box in the booking.'),
      b('Lars simply needed to restart the forwarder, and he could not even manage that.'),
      b("He just had to read the handover note; it's two lines."),
      b('Tanja could simply have phoned the vessel — one call.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Cem obviously never looked at the alarm dashboard during his shift.'),
      b('Clearly Marta did not bother to test the alarm path before approving the release.'),
      b('It was obvious to everyone except Kwabena that the gateway had stopped forwarding.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The telemetry gateway should have raised a heartbeat alarm after fifteen minutes of silence.'),
      n('Our booking system should have refused a reefer booking without a monitoring profile.'),
      n('The MQTT broker could have buffered the alarms to disk instead of dropping them when the queue filled.'),
      n('Ideally the vessel schedule integration would have flagged the VSAT blackout window in advance.'),
      n('The firmware release process should have included a reefer alarm end-to-end test.'),
      n('A dead-man check on the shore side would have caught the gap within the first watch.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Heartbeat alarm for every telemetry gateway, owner Heiko, due 15 March.'),
      n('Imke will add a reefer alarm end-to-end test to the firmware release pipeline before the next sailing.'),
      n('Action: Hakan Demir to write the runbook for VSAT outages on North Atlantic voyages.'),
      n('Owner: Joanna (Cargo Claims) — agree a customer notification template for temperature excursions by end of Q2.'),
      n('Herr Mensah takes over the review of alarm routing permissions, report due at the April ops meeting.'),
      n('TODO Adjoa: wire the gateway queue-depth metric into Grafana and page on 80 %.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Torben was incident commander; Katrin handled communications with the consignees.'),
      n('During the incident Frau Petersen acted as liaison to the Elbe Trader master.'),
      n('The reefer desk on duty that week was staffed by Murat and Grzegorz.'),
      n('Kofi ran the bridge call and kept the timeline.'),
      n('The Chief Engineer of the Elbe Trader was the contact on board; the shore side was represented by the reefer desk supervisor.'),
      n('Fleet operations owns the vessel gateways, and the shore IT team owns the alarm backend.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Agnieszka worked three night shifts in a row to get the gateway back, and she was exhausted by Thursday.'),
      n('Please remember the reefer desk was handling two other vessels at the same time; the workload was huge.'),
      n('I know how awful the team felt when the first claim from Montreal came in.'),
      n('Thank you, Herr Asante, for the care you took with every single container report.'),
      n('The night shift has been under heavy pressure since the staff cuts, and that needs to be said.'),
      n('Kerstin was visibly stressed during the second bridge call, which is understandable after 20 hours awake.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Gateway log at 03:12 UTC: "WARN alarm_queue full (capacity 500), dropping oldest message".'),
      n('The alert read: "REEFER MSCU 483921-0 setpoint -18.0 actual -4.2 — user a.nowak acknowledged".'),
      n('Booking system response: "Error 409: monitoring profile missing for booking HAM2024-8817".'),
      n('PagerDuty showed "Incident #5521 resolved by s.oeztuerk (auto-resolve timeout)" at 04:00.'),
      n('Output of the health check: `reefer-forwarder: status=UNKNOWN, last_seen=41h ago`.'),
      n('The vessel sent this by e-mail: "No alarms received on bridge panel since departure Hamburg, please advise."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the gateway firmware without asking for the reefer alarm test, and I will not do that again.'),
      n('We changed the alarm routing on Friday and did not watch it over the weekend; that was our call.'),
      n('My mistake was assuming the queue would survive a VSAT outage.'),
      n('I muted the reefer channel on Saturday night because of noise, and I missed the silence that followed.'),
      n('As head of fleet IT I own this outcome, and I have asked for the budget to fix the buffering.'),
      n('We on the shore side misread the flat temperature graph as a good sign.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not about Wiebke or anyone else on the night shift; the gateway dropped the alarms by design.'),
      n('Some people in the Vorstand want a name; this review will not give them one.'),
      n('"Human error" is not an acceptable root cause here, and we have removed it from the draft.'),
      n('Calling the trainee careless misses the point, because the tool let any user delete a routing rule.'),
      n('I have heard that it was "Emre\'s fault", and I disagree: the rollout had no gate that could have stopped it.'),
      n('Nobody is being blamed for the lost alarms, and nobody should ask who to fire.'),
      n('Rather than asking who should have noticed, we asked why the platform gave nobody anything to notice.'),
      n('Dear Frau Kowalski, the claims letter suggests your team is at fault; we reject that reading entirely.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The alarms were discarded by the gateway once its in-memory queue reached 500 messages.'),
      n('Heartbeat messages were silently filtered out by the new routing rule set.'),
      n('The reefer readings were buffered on board and then overwritten when the modem rebooted.'),
      n('The booking was created without a monitoring profile because the API defaulted the field to empty.'),
      n('The outage was triggered by a certificate expiry on the telemetry gateway.'),
      n('All pager notifications were suppressed by the maintenance window that the scheduler had left open.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 06:40 Jan-Hendrik restarted the forwarder, which at the time looked like the quickest way to restore the feed.'),
      n('Ayşe changed the routing rule on Friday because the old one sent duplicate alarms to the vessel.'),
      n('Yaw opened a ticket with the modem vendor on Monday morning.'),
      n('Ole phoned the master of the Elbe Trader and asked the crew to read the reefer displays manually.'),
      n('Kofi compared the gateway logs with the reefer data from the port terminal and found the 41-hour gap.'),
      n("Dorota left the threshold at -18 °C, the value given in the shipper's instructions."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The telemetry gateway is not fit for a North Atlantic crossing with patchy VSAT.'),
      n('Our alarm pipeline failed at its one job: telling someone that a container was warming up.'),
      n('We trusted the vendor firmware far too much, and its watchdog was never reliable.'),
      n('The booking system is careless with optional fields and will happily accept a reefer with no setpoint.'),
      n('Responsibility for detecting a silent gateway sits nowhere in the current architecture.'),
      n('The old reefer monitoring tool was incompetent at handling reconnects, which is why we replaced it in 2022.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a heartbeat check on the shore side.'),
      n('The graph obviously shows the telemetry stopping at 22:07 on the second night.'),
      n('It was just a one-line change to the queue size, and it is now deployed on all gateways.'),
      n('Clearly the logs point to the queue overflow, not to the modem.'),
      n('Simply raising the buffer to 5,000 messages would cover a two-day VSAT outage.'),
      n('Rolling back the firmware was just three commands per vessel.'),
    ],
  ],
];

export const DEV_LEARNED48A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
