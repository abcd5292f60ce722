import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 40B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Scottish regional
 * ambulance service whose CAD lost its map layer on a winter storm night, written as control-room log
 * entries, a Datix-style significant event review, a clinical director's e-mail, union rep remarks and
 * a board paper, with Scottish, Gaelic, Polish and Nigerian-British names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The forty-minute wait on the purple call in Glen Urquhart is on Gregor Munro, full stop.'),
      b(
        'Board paper, para 4.2: the loss of mapping across the North sector is attributable to the decision Mr Tomasz Wiśniewski took at 22:40.',
      ),
      b("Honestly, that whole night was Eilidh's doing, and everybody on the floor knows it."),
      b('Datix 4471, outcome: responsibility for the unmapped dispatches rests with the night duty manager, Ms Funmi Adeyemi.'),
      b('If you ask me, the three held purples are down to Marek and naebody else.'),
      b('I am clear that the harm to the patient at Braemar sits with Dr Chidi Okafor, and I will be saying so to the board on Thursday.'),
      b('Kirsty owns this one — she pushed the CAD update live on a red-warning night.'),
      b('The map layer went down because Ruaraidh MacLeod rebooted the GIS server mid-shift, so the fallout is his to answer for.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Calum's no up to running a dispatch desk on his own, storm or no storm."),
      b('Frankly, Agnieszka Nowak has nowhere near the experience a regional console needs.'),
      b("The panel found Mr Eze's grasp of the paper gazetteer poor and his map-reading weaker still."),
      b('A dispatcher two months in post is not competent to run the north desk, and Shona proved it that night.'),
      b('Between you and me, Dr Bakare is a fine emergency physician but a hopeless clinical lead for a control room.'),
      b('Lorna couldnae read a six-figure grid reference to save herself.'),
      b("In the executive's view the night supervisor was insufficiently skilled to manage dispatch in degraded mode."),
      b('Too junior, too slow, and out of his depth on a winter Friday: that was Paweł at 23:00.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Fionnlagh was rostered as CAD support on call and did not pick up for fifty minutes.'),
      b("It was Morag's job to move the desk to paper logs at the first sign of trouble, and she never did."),
      b('The tactical commander failed to declare a major incident even though the criteria were met by 23:15.'),
      b("Kasia didn't carry out the hourly AVLS check that sits on her shift task list."),
      b('SER finding 3: the duty ICT engineer did not follow the escalation route set out in SOP 12.'),
      b('Our area service manager neglected his duty to brief the incoming shift about the lost map layer.'),
      b('Crews were left guessing at addresses because Ngozi, as resource dispatcher, never relayed the manual postcodes to them.'),
      b('Mhairi was meant to be watching the held-calls queue; instead it sat untouched for half an hour.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The offline map tiles were wrongly deleted by a member of the ICT team earlier that evening.'),
      b('The Met Office amber was ignored and the pre-storm map check was skipped.'),
      b('Mistakes were made on the north desk that night, and they were made by the call handlers.'),
      b('The Stornoway call was mishandled, and the patient was left lying ninety minutes as a result.'),
      b('Control log 00:12 — GIS licence expiry warning overlooked by night supervisor.'),
      b('The paper map-book had gone three years without an update because it was never opened by the team leaders.'),
      b('Escalation to the on-call director was botched, plain and simple.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought a CAD patch on a red-warning night was a good idea should be made to sit the next storm on the north desk.'),
      b("The agency call handler who kept telling crews 'the map'll be back in a minute' cost us the best part of an hour."),
      b('The one on the Inverness desk who closed the fallback screen is the reason the Cat 1s stacked up.'),
      b("It's always the same sort of manager — the kind who's never taken a 999 call — who signs off changes like this."),
      b('Anyone who cannot find Aviemore without a screen has no business in an ambulance control room.'),
      b('That new starter fae the Glasgow centre, the lad who rebooted the wrong server, has a lot to answer for.'),
      b('Whichever bright spark in ICT set the map cache to expire at midnight has some explaining to do.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kenny should never have been given admin rights on the live CAD server.'),
      b("A locum with Zofia's record shouldn't have been let anywhere near the clinical hub on a storm night."),
      b('Nobody with under a year in control should be left in charge of degraded-mode dispatch, and Tunde had seven months.'),
      b('Put a senior dispatcher on the north desk instead of Ewan and the map loss would have been a footnote.'),
      b("Why was the vendor's engineer ever allowed to remote into our live CAD during an amber warning?"),
      b('In my view the rota should not have had Dr Adebayo on call for the clinical hub that weekend; he was not ready for it.'),
      b('Sign-off for the GIS change should never have been left in the hands of a contractor in his second week.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Iain Fraser who pulled the network cable, and I want that minuted.'),
      b('We all know who did this: Catriona, and nobody else.'),
      b('Find out which dispatcher shut down the map service and get them in front of the director on Monday.'),
      b('As far as the crews are concerned, the culprit is the Edinburgh ICT duty officer.'),
      b('The individual at fault has been identified as Mr Krzysztof Zieliński, network administrator.'),
      b("Right, who switched off the failover? Somebody's getting their jotters for this."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (Datix): human error at the control-room console.'),
      b('The SAER concludes that the incident arose from operator error during the 22:30 restart.'),
      b('At the end of the day this was a mistake by one of our dispatchers, not a failure of technology.'),
      b('Her error in keying the incident location caused the delay at Lochcarron, not the map outage.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Seonaidh should have known the map cache would run out at midnight.'),
      b('With hindsight the duty manager ought to have seen the storm coming and gone to paper at 20:00.'),
      b("Rhona had the warning in her inbox by three o'clock; she should've spotted what was coming."),
      b('After the event it is plain that the on-call engineer should have rolled the patch back the moment the tiles went grey.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Marta just had to open the paper map-book — it was lying right beside her console.'),
      b("He could simply have phoned the crews with the grid references; it's not rocket science."),
      b('Surely the on-call engineer could just have restarted the tile service instead of waiting on Edinburgh.'),
      b("Loading the offline gazetteer is a two-minute job, and Bartek simply didn't bother."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Ms Okonkwo had not read the degraded-mode SOP.'),
      b('Obviously Jamie never thought to check whether the backup map had synced.'),
      b('It was obvious to everyone but Donald that the map layer was gone for the night.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The CAD should have failed over to the cached map tiles on its own, and it did not.'),
      n('A storm-readiness checklist would have prompted a manual map check before the night shift came on.'),
      n("The GIS licence server could've warned us a week ahead that it was about to lapse."),
      n('Our degraded-mode SOP should have covered losing the map layer while the rest of CAD stays up.'),
      n('Alerting ought to have paged ICT as soon as tile requests began timing out.'),
      n("Had AVLS been on a separate feed from the map server, crews' positions would still have shown."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 1 — Aleksandra Kaczmarek (GIS lead) to set up an offline tile cache on every console by 31 March.'),
      n('ACTION: Head of ICT to agree a failover test schedule with the CAD supplier; due at the next board.'),
      n('Owner: Dr Oluwaseun Ajayi — review the clinical safety case for degraded-mode dispatch and report to CGC in May.'),
      n('Iona and Yetunde will pair up to rewrite the map-book index, with a first draft by the end of February.'),
      n('Training lead (Ross Baxter) to add a map-loss scenario to the quarterly control-room drill.'),
      n('Next steps: Piotr chases the supplier on the tile-server patch, and Isla updates SOP 12 once it lands.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Lachlan Grant was night duty manager and took tactical command at 22:55.'),
      n('On the north desk were two call handlers and one resource dispatcher, with a single paramedic advisor in the clinical hub.'),
      n('Control log 23:02 — TL Fiona assumed loggist role; Dispatcher 3 took over Highland radio channel.'),
      n('The ICT on-call engineer that night was Adaeze Nwosu, working remotely from Perth.'),
      n("The area service manager for the North acted as link to the health board's silver command."),
      n('Hamish covered Western Isles dispatch while Dorota handled the Grampian overflow.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night shift worked eleven hours without a proper break, and several of them were in tears by handover.'),
      n('To everyone on the floor that night: you kept patients safe with paper, pens and local knowledge, and I am grateful.'),
      n('Members are exhausted, and the storm came at the end of a fortnight of short-staffed nights.'),
      n('It must have been frightening for Beata, taking a cardiac arrest call with no map and a caller who couldnae give an address.'),
      n('Staff wellbeing: TRiM assessments have been offered to all control staff on shift that night.'),
      n('Nobody should have to dispatch blind in a blizzard, and the strain on the call handlers was enormous.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('CAD event log 22:41:07: "GIS_TILE_SVC: connection refused (host gis-prd-02)".'),
      n("The alert read 'MapLayer unavailable — user j.mcinnes session terminated' and repeated every ninety seconds."),
      n('Console banner at 22:43: "Map data unavailable. Use manual location entry."'),
      n('AVLS error copied into the Datix: "Vehicle position stale > 600s (callsign 4417)".'),
      n("The MDT on 5213 displayed 'NO ROUTE — DESTINATION UNRESOLVED' for the Kinlochewe job."),
      n('Audit trail: "Service restart initiated by user OKAFOR_C at 22:38 — reason: scheduled maintenance".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the CAD patch for that evening without checking the forecast, and I should not have.'),
      n("We in ICT never tested failover to the cached tiles, and that's on us."),
      n(
        'As clinical director I signed off a degraded-mode plan that never mentioned the map layer; I will rewrite it with the control room.',
      ),
      n("I was the one who told the floor the map would be back in ten minutes — my mistake, and I've learned from it."),
      n('Our team missed the licence expiry warning, so we have put renewal dates in the shared calendar.'),
      n("I'll own this: I was on call and slept through the first page."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not be looking for someone to blame; the map layer failed because it had no fallback.'),
      n("Some on the floor have been saying it was Agata's fault — it wasn't; the CAD gave her no working failover to use."),
      n('Calling this human error would be lazy and wrong, because the system gave the call handlers nothing to work with.'),
      n("We reject any suggestion that the night supervisor was negligent, and we'll say so at the hearing."),
      n(
        'It would be easy to say the duty engineer should have rolled back sooner, but nothing on his screen told him the tiles were the problem.',
      ),
      n('Nobody on the night shift is to be disciplined; the board accepts that the design let them down.'),
      n('Whether the dispatcher was careless is the wrong question, and the panel has declined to ask it.'),
      n("I've heard folk calling the new lad incompetent; I watched him that night and he kept three crews moving on paper alone."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The map layer was dropped by the CAD client when the tile server stopped answering.'),
      n('Incident locations were geocoded to the wrong postcode sector by the fallback gazetteer.'),
      n('At 22:41 the GIS connection was refused by the load balancer, which had marked both nodes unhealthy.'),
      n('Vehicle positions were frozen on screen because the AVLS feed is routed through the same map server.'),
      n("The licence was revoked at midnight by the vendor's licensing service, automatically and without warning."),
      n('Once mapping failed, calls were queued by the CAD in time order rather than by category.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 22:50 Mairead Campbell moved the north desk to paper logs, since the CAD was still taking calls but could not plot them.'),
      n(
        "Olumide phoned Fort William station directly because the MDTs weren't showing the job, and the crew was rolling within four minutes.",
      ),
      n('Dr Wójcik restarted the tile service at 23:20, following the vendor runbook, as the error looked like a stuck cache.'),
      n('Kirsteen read grid references off the OS sheets to each crew by radio.'),
      n('Seeing the queue grow, Euan asked the Aberdeen centre to take the Moray calls, which they accepted at 23:05.'),
      n('Temi kept the map-book open on the desk and cross-checked every address against it before dispatching.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The CAD is not fit for purpose in degraded mode, and the board should fund its replacement.'),
      n('Our failover design was careless: one tile server carried maps, AVLS and routing alike.'),
      n("The vendor's GIS module failed at its one job, which is to keep showing a map."),
      n("The supplier's uptime guarantee proved untrustworthy the first night it was tested."),
      n('Responsibility for keeping the map layer alive sat with a single virtual machine and nothing else.'),
      n('Routing outwith the central belt was never a job the CAD did well, even on a good night.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a local tile cache on each console, and it costs less than one night of overtime.'),
      n('Obviously, from the server graph, tile requests flatlined at 22:41 and never recovered.'),
      n("It's just a one-line change in the CAD config to point at the secondary map server."),
      n('The evidence clearly shows the licence expiry and the map loss landing in the same second.'),
      n("Rolling back the patch was simply a matter of reinstating last week's build."),
      n('Just two settings differ between test and live CAD, and one of them is the failover flag.'),
    ],
  ],
];

export const DEV_LEARNED40B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED40B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
