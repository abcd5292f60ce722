import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47E of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Karachi logistics company
 * whose cold-chain monitoring platform failed to alert on warm vaccine trucks during a heatwave; Urdu,
 * Sindhi, Pashto and Baloch names, cold-chain and IoT jargon, in the English of a Pakistani ops team.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The Sukkur spoilage is on Zubair, full stop, and the client review should say so in writing.'),
      b("Gul Khan's decision to mute the excursion alerts is why 14,000 doses of pentavalent had to be quarantined in Hyderabad."),
      b('Bilal Sahib, with respect, this loss is yours — you signed off the gateway change on Friday evening and went home.'),
      b('Ops note, 14 June: the entire Quetta-bound excursion is attributable to Rukhsana and her handling of the SIM renewal.'),
      b('If the EPI people ask whose fault the warm trucks were, the answer is Faraz Qureshi and nobody else.'),
      b('Three reefers cooked on the N-55, and every one of them traces back to Imran Baloch.'),
      b('For the board pack: responsibility for the heatwave loss sits squarely with Nadia Memon of the IoT team.'),
      b("Baji, this whole dashboard blackout is Kamran's doing, I have been saying it since Tuesday."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Asif Soomro is not capable of running the fleet dashboard in peak season; he panics the moment two tiles go amber.'),
      b('Tariq Jatoi is far too junior for the night dispatch desk and everybody on the floor knows it.'),
      b('We hired Mehwish as an IoT engineer and she still cannot read a data logger export without someone sitting next to her.'),
      b('Frankly, Naveed does not understand how a SIM gateway works, and Tuesday proved it.'),
      b(
        'The vendor sent us Yasir Khattak, a trainee with zero cold-chain experience, and his inexperience is written all over the threshold config.',
      ),
      b('Sana Channa is a lovely person but an incompetent shift lead, and the heatwave exposed it.'),
      b('Dear HR, Mr. Jalal Bizenjo lacks the technical skill that the reefer-monitoring role demands.'),
      b('Shahid bhai is out of his depth with anything beyond Excel, yaar, let us stop pretending otherwise.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Junaid was on call that night and did not acknowledge a single page between 2 and 5 am, which was his only job.'),
      b("Sadia's one duty on the dispatch desk was to check the logger sync column every hour, and she did not do it."),
      b('As route supervisor, Dur Muhammad never once phoned the drivers when their trucks went dark on the dashboard.'),
      b('Per SOP-CC-07, Waqas had to verify the gateway SIM balances on the 1st of every month; in June he skipped it.'),
      b('The QA pharmacist, Fatima Shaikh, failed to quarantine the Larkana consignment as her role required.'),
      b('Farhan neglected his monitoring shift on Sunday and left the fleet dashboard unwatched for six hours.'),
      b('Zarmina was supposed to escalate to the client within 30 minutes of any excursion, and she sat on it till morning.'),
      b('Sir, Mr. Sher Ali did not carry out the pre-trip reefer checks that his job description requires of every driver-in-charge.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The excursion alerts were switched off by Hamid Durrani on the Friday before the heatwave.'),
      b('The critical SMS alarms were silenced by the night desk staff to get some peace, and the trucks paid for it.'),
      b('The upper limit was carelessly keyed in as 18°C instead of 8°C when the new Balochistan routes were set up.'),
      b('Twice the SIM renewal reminder was ignored — both times by Mumtaz in accounts.'),
      b('Warnings from the drivers were brushed aside at the dispatch desk, and the trucks kept rolling.'),
      b('Logger data was never even looked at during the Saturday shift: plain negligence.'),
      b('In the middle of the excursion window the gateway was rebooted, without any approval, by Ali Raza.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to put the pharma fleet on prepaid SIMs should be answering these questions, not us.'),
      b('The new hire from Lahore who copied the config from the dairy client caused this whole mess.'),
      b('The guy who muted the buzzer on the monitoring PC knows exactly who he is.'),
      b('Anyone who ignores a red icon on a vaccine truck for four hours has no place in cold chain.'),
      b("Someone on the morning desk who couldn't be bothered to check sync times let four trucks leave with dead loggers."),
      b('That driver who keeps unplugging the logger to charge his phone is the reason we lost every reading from KHI-4471.'),
      b('Our so-called IoT expert, the one with the certificate framed above his desk, turned off alert escalation to "reduce noise".'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kashif should never have been given admin rights on the alerting console in his first month.'),
      b('A contractor like Daud Achakzai should not have been allowed to push firmware to live loggers.'),
      b('Had we kept Raheela off the on-call rota during Eid week, none of this would have happened.'),
      b('Why was Umair trusted with the client escalation line when he had never handled a pharma account?'),
      b('Nobody from sales should ever have been let near the threshold settings, Areeb included.'),
      b("The vendor's technician should not have had remote access to our gateway at all, full stop."),
      b('Giving Saima sole approval over the excursion limits was wrong; she should never have been allowed to sign them off alone.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('We all know who did this — Jahangir Marri.'),
      b('The culprit is Usman Chandio, and I want his name in the client report.'),
      b('Find out which dispatcher released truck 7 and write them up.'),
      b('It was Shahnaz Rind who pushed the bad config; let us not dance around it.'),
      b('Zubair is the one at fault here, Baji, not the SIM gateway.'),
      b('Who cleared the alert queue at 3:12 am? That person needs to be named in the RCA and held to account.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the dispatch desk.'),
      b('The excursion on the Hyderabad route was down to operator error, not the loggers.'),
      b('Everything points to a mistake by Qasim Magsi when he keyed in the new SIM numbers.'),
      b("The insurer's letter concludes that the loss was caused by human error during the gateway migration."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Bilal should have known the prepaid bundles would run out mid-month.'),
      b('Ayesha should have spotted the flatlined temperature graph on Monday and pulled the trucks.'),
      b('With what we know now, the night supervisor ought to have rung the drivers the moment the dots went grey.'),
      b('In hindsight Khalid Kakar should have realised that a logger reporting exactly 5.0°C for nine hours was dead.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Nasreen had to do was just tick the renewal box on the telco portal.'),
      b("Tariq simply had to pick up the phone and call the driver, that's it."),
      b('He just needed to look at the dashboard once during his shift — once!'),
      b("Why couldn't the dispatcher simply read the alert before waving the trucks out?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Sabir obviously never bothered to open the excursion report.'),
      b("Clearly the shift lead didn't care enough to check the grey trucks."),
      b("It's obvious that Iqbal Panhwar ignored the driver's WhatsApp about the warm cabin."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The fleet dashboard should have shown stale logger data in grey instead of keeping the last green reading.'),
      n('When eleven loggers stopped reporting at once, the SIM gateway should have raised a heartbeat alarm.'),
      n('Our escalation policy could have routed unacknowledged excursions to a second phone after ten minutes.'),
      n('Ideally the data loggers would have buffered their readings and pushed an SMS fallback when GPRS dropped.'),
      n('Bundle renewal should have been automatic for every SIM on a pharma route.'),
      n("A pre-trip check in the driver app should have blocked dispatch whenever a logger's last sync was over an hour old."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Rukhsana to move all gateway SIMs to postpaid corporate billing by 30 June.'),
      n("Owner: Hina Abbasi — add a 'no data' state to the fleet dashboard tiles, due end of sprint."),
      n('Action: Wajid Afridi will draft an escalation matrix for temperature excursions and circulate it by Thursday.'),
      n('Nadia to set up a weekly SIM balance report for the dispatch desk (target: next Monday).'),
      n('The dispatch desk lead, Palwasha, owns the new pre-trip logger check, to go live before the next heat alert.'),
      n('Follow-up for IT: Mohsin Dahri will get the logger vendor to enable SMS fallback on all units; review on 15 July.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident, Ayesha Siddiqui was incident commander and Ghulam Rasool handled client comms.'),
      n('Zahid Mandokhail was the on-call IoT engineer for the week of 10 June.'),
      n('The QA pharmacist on duty that weekend was Samina Talpur.'),
      n('Karim Bakhsh drove truck KHI-3318 on the Karachi–Quetta leg.'),
      n('Roles: IC — Anwar; scribe — Uzma; technical lead — Erum.'),
      n('The dispatch desk ran two people per shift, with the shift lead also covering the client hotline.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Marvi had been on back-to-back night shifts since the heatwave began, and she was exhausted.'),
      n('The drivers sat in 47°C cabins for hours and still kept calling in readings by hand.'),
      n('Shabana Baji, please go home and rest; you have done more than anyone this week.'),
      n('Everyone on the dispatch desk was coping with load-shedding at home and still came in.'),
      n('Habib Brohi cared deeply about those doses — he stayed on the phone with the EPI centre till 2 am.'),
      n('It was a brutal week for the IoT team, and nobody should have to carry it alone.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Gateway log: 'ERR 402 SIM 8992-0312 DATA BUNDLE EXHAUSTED – uplink suspended'."),
      n("All afternoon the dashboard showed 'KHI-4471 | 6.2°C | OK | last sync 09:14'."),
      n("Alert console, 03:12: 'Excursion acknowledged and cleared by user fahad.m'."),
      n("Logger export line: '2024-06-12 14:40, probe 1, 13.8°C, ALARM HIGH (limit 8.0)'."),
      n("The SMS the driver received said: 'CHECK REEFER UNIT – TEMP ABOVE RANGE'."),
      n('The audit trail reads "threshold_max changed 8.0 -> 18.0 by admin".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the switch to prepaid SIMs to save costs, and I did not think through what happens when a bundle runs out.'),
      n('We built the dashboard to carry forward the last known reading, and as product owner that decision was mine.'),
      n('I was on the dispatch desk on the 12th and I released truck 7 without checking its last sync.'),
      n('My team owns the alert routing, and we will fix it.'),
      n('I muted the console buzzer myself during load-shedding because the UPS kept beeping, and I will not do that again.'),
      n('We in ops management under-staffed the night desk during the heatwave; that is on us.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people are saying Gul Khan is to blame, but he followed the SOP exactly as it was written.'),
      n('This review will not ask who messed up; it asks why the platform let eleven trucks go silent without a sound.'),
      n('Calling it human error would be lazy — the dashboard gave the desk a green tile for a dead logger.'),
      n(
        "The client's email demands that we name the careless dispatcher; we will not, because there was no careless dispatcher, only a screen that lied.",
      ),
      n('It is tempting to say the night shift should have noticed, but nothing on their screen looked different from a normal night.'),
      n("No one here is incompetent, and I won't let this review turn into a hunt for a scapegoat."),
      n("Pinning this on the vendor's engineer would be unfair: the firmware shipped with those defaults to every customer."),
      n('Asking whose fault it was gets us nowhere; the real question is why one expired SIM could silence a whole route.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The uplink was suspended by the telco once the prepaid bundle ran out.'),
      n('Stale readings were carried forward by the dashboard and painted green.'),
      n('Excursion alarms were queued by the gateway and never delivered, since it had no data path.'),
      n('Eleven loggers were dropped from the polling list after the firmware update reset their IDs.'),
      n("In the vendor's factory configuration, SMS fallback is disabled by default."),
      n('Alerts were suppressed automatically by the deduplication rule, which treated every new excursion as a repeat of the first.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 14:20 Noor Bibi called the Sukkur depot to ask whether truck 7 had arrived, since its dot had not moved for an hour.'),
      n('Aimal restarted the gateway at 16:05 because a restart had cleared a similar hang in April.'),
      n(
        'Sajjad Laghari approved the move to prepaid SIMs in March, when the postpaid contract was up for renewal and prepaid rates were lower.',
      ),
      n('Parveen Jamali read the tiles as normal, since every one was green and no alarm had sounded.'),
      n('Near Hub, Mir Hazar pulled over and opened the reefer when his cabin thermometer read high.'),
      n('Rashid Bugti exported the raw logger files on Tuesday night and shared them with QA.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The SIM gateway failed at the one job it had: telling us when it could no longer talk to the loggers.'),
      n('Frankly, the fleet dashboard is not fit for pharma work in its current state.'),
      n("We trusted the vendor's heartbeat feature, and it proved unreliable at high cabin temperatures."),
      n('The dedup rule was careless with timestamps and merged separate excursions into one.'),
      n('Our escalation process is immature — it has no second tier and no timer.'),
      n('The logger firmware is responsible for the missing data; it discards readings once its memory is full.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a heartbeat check: if a logger is silent for 15 minutes, its tile goes red.'),
      n('The graph obviously shows the flatline starting at 11:02, the exact minute the bundle expired.'),
      n("It's just one config flag on the gateway to turn SMS fallback on."),
      n('The logger exports clearly show all eleven units stopping within the same two minutes.'),
      n('Switching the pharma SIMs to postpaid is a simple change and costs less than one lost consignment.'),
      n('Obviously the quickest win is a stale-data colour on the dashboard; it is a two-line change.'),
    ],
  ],
];

export const DEV_LEARNED47E: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47E_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
