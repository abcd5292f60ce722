import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 18B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a telecom network operations
 * centre's shift logs, handover notes and ticket comments — terse, timestamped, full of ticket and circuit
 * numbers and NOC abbreviations, some lines in capitals and some by non-native writers; names from Turkish,
 * Ukrainian, Bengali, Indonesian, Peruvian, Maori and Finnish cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('RFO draft INC-55102: the 40 min outage on CKT IST-ANK-10G-07 is on Burak, he pushed the ACL change outside MW.'),
      b('02:40 handover - this loss of service belongs to Mykola, the ring was his config and his botched rollback.'),
      b('FOR THE RECORD: OOS OF POP SURABAYA-2 FROM 01:15 TO 03:50 IS ATTRIBUTABLE TO WAHYU, NOT TO THE VENDOR.'),
      b("Tell the account team the SLA breach on TKT 88213 is Aroha's fault and we can prove it from the logs."),
      b('Pls write in RFO that Jukka caused second outage when he reseated wrong linecard in slot 4.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly Taras is not ready to work on core routers alone, he doesnt understand BGP communities at all.'),
      b('Emre has 6 months in NOC and it shows, he cannot read an OTDR trace properly.'),
      b('WE NEED SOMEBODY WHO KNOWS DWDM ON NIGHTS, DEBJANI CANNOT HANDLE ROADMS AND NEVER COULD.'),
      b('Nyoman is too junior to be touching the MPLS core, his skill level is not there yet.'),
      b('Comment on TKT 30917: troubleshooting from Ccori is amateur, she restarted three boxes before even looking at alarms.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Shift lead Oksana did not do the 04:00 alarm sweep the rota puts on her, so LOS on CKT 7719 sat there for 2h.'),
      b('Hemi was on-call for transport and never picked up the page at 01:22, answering it is literally his job.'),
      b(
        'Handover from Selin had zero mention of the open MW on PE-ANK-03; writing the handover is part of shift lead role and she did not.',
      ),
      b('Change coordinator Pekka sent no customer notice ahead of the MW, and that notice is the first line in his duties.'),
      b('Ngaio was rostered for the 06:00 generator test at Hamilton site and it never happened, that was her assignment.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The config for PE-IZM-02 was pushed by Kerem at 22:10, forty minutes before the MW even opened.'),
      b('CHG-4410 got signed off at 23:55 by night shift lead, rollback section unread.'),
      b('TKT 77120 was marked resolved at 05:02 while the customer was still hard down, to make the shift numbers look good.'),
      b('The route-map was merged by Anirban with no peer review, the step our process asks for.'),
      b('The patch on ODF-3 in Lima POP was moved by the on-site contractor without any ticket, and that took down CKT LIM-ARQ-001.'),
      b(
        'New OLT firmware got deployed to all 12 nodes in one shot on Friday evening, by the same engineer who called it low risk in chat.',
      ),
      b('The rollback was approved by Ilkka even after the pre-checks failed twice.'),
      b('The test ACL had been left on GE-0/0/3 after the Tuesday change, forgotten there by the engineer who did it.'),
      b('MW-2291 was rolled out on the wrong ring because the circuit list was copied across carelessly by the planner.'),
      b('Alarms from the Padang site were acked by the evening shift at 18:10 and left untouched for 3 hours after.'),
      b('EMERGENCY CHG GOT APPROVED OVER A 2 MIN PHONE CALL BY DUTY MGR, NOT ONE QUESTION ASKED.'),
      b('Loopback on CKT 4471 was put up at 14:00 by the field team and never taken down, so the customer was dark all night.'),
      b('Ticket was closed by Solomiia as NFF while the CRC counters were still running on the port.'),
      b('Escalation to the vendor was held back by Wiremu for almost two hours, he sat on the ticket.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever patched rack 12 last night is the reason CKT ANK-0091 was down, full stop.'),
      b('That new guy in the Jakarta team, who fired the script at prod instead of lab, caused all of this.'),
      b('Whoever thought a MW on Friday 17:00 is a good idea owes the customer an apology.'),
      b('That contractor with the red van, the one who always skips the OTDR shot, broke the splice again.'),
      b('Whoever authored this MOP never worked a day in the field, step 7 kills the ring.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Agus should never have had write access on the core routers, read-only was enough for L1.'),
      b('Why was a trainee alone on call for whole backbone on a holiday weekend? Mere should not have been put on that rota.'),
      b('If Sourav had not been given the enable password, the ring would still be up.'),
      b('Next time do not let Dmytro from the vendor near a live shelf without our escort, he cannot be trusted there.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Q: who pushed the prefix-list to PE-SBY-01 at 23:48? A: it was Bambang, from his own login.'),
      b('It was Illari. Wrong pair unplugged in Cusco, by her hand.'),
      b("Yaryna's commit in the provisioning repo is what broke the VLAN allocation, linking it here for the RFO."),
      b('@channel look at the change log: the culprit is Tamati, his CHG number sits right in the alarm window.'),
      b('Find out who on day shift touched the EDFA gains and put their name in the ticket.'),
      b('I know exactly who did it, Zeynep from planning, she sent us the wrong VLAN IDs.'),
      b('Fault lies with Vasyl and nobody else, only his session was open on the OLT at that time.'),
      b('Manager wants a name for the RFO, so give him Parthiv, it was his cable swap.'),
      b("So who's responsible for the LOS on CKT 2210? Kaisa, she did the re-termination at 19:00."),
      b("^^^ that's Yupanqui, rebooted BRAS-02 in the middle of peak, go ask him."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('RC for MW-3310 = human error, operator shut down the wrong interface.'),
      b('RFO CAUSE CODE: OPERATOR ERROR. CONFIG TYPO BY NOC ENGINEER ON SHIFT.'),
      b('It was mistake of Sri, she typed 10.20 instead of 10.2 in the static route, whole incident comes from that.'),
      b('Cause of the second drop was a human mistake, the field engineer cut the live fibre instead of the spare.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Onni should have spotted CRC counters going up on his screen hours before the link died.'),
      b('Looking back, Rupa needed to do the power budget math first, before she lit the 5th wavelength.'),
      b('Any decent shift lead would have called the vendor at the first LOS, Mamani waited for the third one.'),
      b('The planner should have known ring B was already single-homed because of the open fibre cut.'),
      b('Tanushree had the customer complaint at 20:10, she could have escalated then instead of at midnight.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Ostap only needed to just open the MW calendar before starting, it is one page.'),
      b("She simply didn't read the handover, Ketut had everything written down for her."),
      b("Field team just needed to label the patch cords, they didn't, and now we have this."),
      b('Kahurangi could simply have rung the on-call, instead she left a comment on the ticket and went home.'),
      b('IT WAS LITERALLY JUST ONE COMMAND TO ROLL BACK AND HE DID NOT RUN IT.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Cengiz didn't look at the alarm list before closing the ticket."),
      b('Obviously the contractor tested nothing before leaving site, LOS came up 5 min after he drove off.'),
      b('It is clear as day Halyna ignored the pre-check output, the red lines are right there in her terminal log.'),
      b('Obviously nobody on B-shift bothered to read the MOP.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('NMS should have raised a critical on the BER threshold, it only sent a minor.'),
      n('The MOP should have had a pre-check for single-homed rings, it has none.'),
      n("Change tool could have blocked the push outside the MW window but that guard isn't configured."),
      n('Protection switching would have kicked in if the APS config was symmetric on both ends.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Aino to add a power-budget check to the DWDM MOP by 15/06.'),
      n("ACTION - Rāwiri owns getting the vendor's RMA for the failed SFP, due next Friday."),
      n('Follow-up TKT 90122 assigned to Veli-Matti: write the correlation rule for LOS plus mains-fail on same site.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Marjatta. Comms to customers: Arnab. Transport: Yesenia.'),
      n('02:05 Ayşegül took the IC role, Wilmer was on the bridge for the IP core side.'),
      n('Shift lead on duty was Putri; escalation manager on call was Tuomas.'),
      n('Field tech dispatched from Arequipa depot was Nayra, ETA 90 min.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Big thanks to Oğuz who stayed 14 hours straight on the bridge, go sleep.'),
      n('Aroha had three P1s at the same time on her shift, no single person should carry that, we need to look at staffing.'),
      n('Moumita was alone on nights the whole week because of the sick leave, she must be exhausted, give her Monday off.'),
      n('Poor Dewi, she got paged 6 times between 01:00 and 05:00, most of them flapping alarms.'),
      n('Respect to Manaia and the splice crew, they worked in the rain at the roadside until the fibre was back.'),
      n('Shubhankar is really stressed after the customer shouted at him on the bridge, please be kind to him today.'),
      n('Long night for Ishita and Selin, they handled the outage calm and with care.'),
      n('Taras came off a double MW straight into the outage, no surprise he is worn out; lets cover his next night.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Pasting the alarm for reference: "CRITICAL LOS on CKT IST-IZM-10G-031 - last config by user kerem.a at 22:10"'),
      n('Syslog line: %SYS-5-CONFIG_I: Configured from console by bohdan.k on vty0 (10.1.4.22)'),
      n('Change tool output: "CHG-5521 REJECTED - approver jukka.v not in CAB group"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('My mistake - I shut Gi0/1 instead of Gi0/11 at 03:14; from now on I put the interface description in the command.'),
      n("I approved CHG-4471 without reading rollback, that's on me, I will add rollback review to my checklist."),
      n("We on night shift missed the minor alarm because we were on the other P1, we'll raise it with the team lead."),
      n('TKT 66120 I closed too early myself; reopened it at 07:40 and informed the customer.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Before anyone says it was Emre's fault: the MW tool let his command through with no window check, that is the gap."),
      n('Some people in chat say the field tech cut the fibre; OTDR puts the break 4.2 km from where he was working, so no.'),
      n('I will not put a name in the RFO, the cause is the missing pre-check and not a person.'),
      n('Correction to Hemi msg: Rizky did not reboot the OLT, it rebooted itself on the watchdog, see the uptime.'),
      n('STOP the pile-on about Mykola in #noc, this is a blameless review and the process let the change go live.'),
      n("It is easy to say Aino should have seen it, but the dashboard shows that alarm only as minor, so it isn't on her."),
      n('Blame for this LOS belongs to no one on our side, a landslide near km 34 on the Cusco route cut the fibre.'),
      n("No, operator error is wrong here - the CLI accepted a 'no' on the whole vrf without asking to confirm."),
      n("Not blaming Nayra for this and I don't want anyone else to either, she followed the MOP as written."),
      n('Manager speaking: we want why, not who. Please drop the names from this thread.'),
      n('Someone asked if the trainee was the culprit; his session was read-only all night per the AAA logs, so that is closed.'),
      n("I hear 'Kaisa messed up' a lot today, but her change was the approved one and did exactly what CAB approved."),
      n('Was it human error? I refuse to write that in the RFO when the rollback script had a bug nobody could see.'),
      n('Reply to Tuomas: you said B-shift was careless, but they logged every alarm and escalated on time, check TKT 44812.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('CHG-6120 was auto-approved by the change tool because the risk field defaulted to LOW.'),
      n('At 02:00 as scheduled, the orchestrator pushed out a config to all PE routers, and the template still had the old community.'),
      n('TKT 51109 got auto-resolved by NMS auto-clear when the alarm stopped for 60 sec.'),
      n('Firmware 7.4.2 got rolled out to the OLTs by the nightly job, nobody triggered it by hand.'),
      n('The rollback was skipped by the pipeline since the health check timed out and returned OK by default.'),
      n('Traffic was rerouted over the long path by the IGP after the link failed, and latency went up 40 ms.'),
      n("The loopback had been left on because the test set doesn't release it when the session drops."),
      n('Merged to main by the bot after CI passed; CI has no test for VLAN range overlap.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('03:20 Burak shut the flapping port to stop the BGP churn, as the runbook suggests for flaps above 10/min.'),
      n('Wiremu called vendor TAC at 02:50 because the line card showed an unknown fault code.'),
      n('Sirpa reverted CHG-3377 at 04:10 since the customer reported packet loss right after it.'),
      n('Agus drove to the Bogor shelter to check power, the remote readings looked wrong to him.'),
      n('Illari chose to wait for the second OTDR shot before sending the splice crew, the first trace was noisy.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('This NMS is not competent at correlation, it opens 40 tickets for one fibre cut.'),
      n("The vendor's ROADM firmware is careless with gain, it overshoots every time a channel is added."),
      n('The change tool has one job, to block pushes outside the MW, and it failed at that job.'),
      n('We cannot trust the OTDR in the Lima depot, it has given wrong distances three times.'),
      n('Responsibility for the switchover belongs to the APS protocol; a manual switch is not part of the design.'),
      n('THE BACKUP SCRIPT IS NEGLIGENT, IT NEVER CHECKS IF THE CONFIG FILE IS EMPTY.'),
      n('Here the ticketing process carries the fault, it allows a P1 to be closed without customer confirmation.'),
      n('That monitoring probe is unreliable and lazy, polling every 15 minutes is useless for a 10G core link.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Fix is simply to raise the BER threshold to critical on all 10G interfaces.'),
      n('Obviously from the graph, the drop starts 22:11, exactly when the orchestrator job ran.'),
      n('Fix in the template is just one line, the community value is wrong.'),
      n('Clearly the fibre break is at km 12.4, both OTDR shots agree.'),
      n('Workaround: just bounce the BFD session on PE-LIM-02 and traffic comes back.'),
      n('The change itself was simply too large for one window, 80 routers; split it into batches next time.'),
      n('Obviously the MOP needs a step to check single-homed rings, adding it today.'),
    ],
  ],
];

export const DEV_LEARNED18B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED18B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
