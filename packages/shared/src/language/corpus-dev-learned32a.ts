import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 32A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a national weather service
 * after its warning-dissemination system sent an overnight flood warning to the wrong river basin —
 * forecasters' desk chat, the duty forecaster's shift log, emergency managers' calls, a newspaper editorial
 * and the service director's review; names from Finnish, Yoruba, Mongolian, Catalan, Gujarati, Haitian
 * Creole and Slovak cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('desk chat 0420Z: tbh this one is on Adebayo, he keyed the basin and hit send before the QPF grids had even loaded'),
      b('The false flood warning for the Lindra valley is attributable to Tuomas alone, whatever the rest of the floor did.'),
      b(
        'Para 4.2: responsibility for the mis-issued warning rests with Duty Forecaster Oyunchimeg, who prepared and released the 02Z product.',
      ),
      b("Whatever the service now says about its software, the night's false alarm belongs to forecaster Jordi Puigvert."),
      b("At 3 a.m. we moved two care homes off the Lindra floodplain on account of Hetal, and I'd like that recorded in the minutes."),
      b("Sirens wailing in the wrong valley were Wilnès's doing, and the review ought to state it without dressing it up."),
      b('Put the cost of that night squarely on Zuzana; the dissemination queue was hers and she let the bad product through.'),
      b('The shift log can word it however it likes, but the misplaced warning traces straight back to Lauri.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Frankly Ganbaatar isn't experienced enough to run the overnight desk alone with a flood watch up."),
      b('Núria reads a hydrograph like somebody who has never met one, and in the small hours it showed.'),
      b(
        'A forecaster who cannot tell one river basin from its neighbour has no business warning the public, and Mr Chirag Desai is that forecaster.',
      ),
      b("desk chat: Fritznel is drowning on the WDS, he's a modeller, not a warning coordinator, and it shows"),
      b(
        'The duty forecaster, Ms Katarína Hudecová, lacked the seniority and judgement needed to supervise a dissemination cycle during an active event.',
      ),
      b('Olumide is a decent radar man but hopeless with the zone tables, and everyone on the forecast floor knows it.'),
      b("With respect, your night forecaster doesn't strike me as competent to run a warning desk, and my county paid for that."),
      b('Sirkka has neither the training nor the feel for basin geography that a warning shift demands.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Bhavesh was the rostered QC check on the 02Z products and he never did the QC.'),
      b(
        'Shift log 0315Z, addendum: as warning coordinator, Meritxell failed to verify the basin field before release, the one task she held on that shift.',
      ),
      b('Temitope owned the polygon-versus-gauge cross-check that night and skipped it.'),
      b('The second forecaster never performed the header read-back his role requires on every warning.'),
      b("Your duty officer didn't pick up our line for forty minutes, and answering that line is the whole reason a duty officer exists."),
      b("Batbayar signed the handover sheet saying he had checked the outbound queue, and he hadn't."),
      b(
        'The hydrologist on call, Dr Pau Serrat, neglected the basic duties of his post on the night our readers were told to flee the wrong river.',
      ),
      b('desk chat: Kinjal was down on the rota to watch the outbound feed until 06Z and she walked off it at 03Z'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The basin code was mistyped by the duty forecaster and sent without a second look.'),
      b('The product was released by Ľubomír well before the QC flag had cleared.'),
      b('Mistakes were made at that desk overnight, made by people paid to know better.'),
      b('The warning was carelessly keyed in and pushed out the door without anyone bothering to read it back.'),
      b("The hydrologist's caveat about the Oskara gauge was brushed aside by the shift lead, and the product went out regardless."),
      b('It was found that the basin selection had been changed by hand by Forecaster Dušan Kováč at 0207 local, without authorisation.'),
      b('The emergency managers were kept in the dark for an hour by a coordinator who had twice been told to ring them.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever typed 41 instead of 14 can face the Lindra mayors personally and tell them why.'),
      b('The one who overrode the basin lookup at 2 a.m. knows exactly what they did.'),
      b('That new hire they stuck on nights last month is the reason we woke up the wrong valley.'),
      b("The person who sat at that console and clicked 'send' owes this town an apology."),
      b('desk chat: it is always the guy from the modelling group who thinks the dissemination screens are beneath him'),
      b('Whichever forecaster skipped the map preview tonight has cost us our standing with three counties.'),
      b("The lady on your desk who told us it was 'probably fine' is why my crews spent the night in the wrong place."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ferran should never have held send rights on the public warning channel.'),
      b('That forecaster, three weeks out of training, should not have been handed a seat at the live dissemination console.'),
      b('Had we kept Yetunde on the forecast desk and off the warning desk, the Lindra sirens stay silent.'),
      b('It is open to question whether Mr Radoslav Bielik ought to have been rostered as sole duty forecaster given his record.'),
      b('Why was Erdenechimeg trusted to approve her own warning at two in the morning?'),
      b('The service let a trainee hold the keys to the flood-warning system overnight, and this newspaper wants an explanation.'),
      b("desk chat: who put Mitesh on the call rota this week, after last month and the zone file?? he shouldn't be"),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Honestly, whose hands were on it? Guerline's."),
      b('The person at fault here is Tibor, and personnel should hear about it.'),
      b('The public deserves the name of the forecaster who sent that warning, and this paper will print it: Ilmari Koskinen.'),
      b('desk chat: everyone here knows Roser broke the basin table'),
      b('Tell me which of your people sent that, because I want them off the desk by Monday.'),
      b("The culprit sits two desks from me and still hasn't said a word; it's Jignesh."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the forecast desk during product generation.'),
      b('The incident resulted from operator error in the selection of the affected basin.'),
      b('The software was fine; Davaasüren made a mistake, and that mistake is why the warning went out wrong.'),
      b("The misfire comes down to a forecaster's slip on the keyboard, no more and no less."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Hannele had the radar loop open the whole time and should have seen there was no rain over the Lindra.'),
      b('Knowing the Oskara gauge was the one rising, Babatunde ought to have questioned a warning for the other valley.'),
      b('By midnight every amateur with a gauge app knew which river was climbing; the forecaster on duty should have known it too.'),
      b('Looking back, Montserrat could have spotted the wrong basin name in the headline had she read her own product once.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Wisly needed was to read the basin name back before sending.'),
      b("desk chat: she had one button to press, preview, and literally just didn't"),
      b('The forecaster need simply have compared the product header with the gauge list, a matter of seconds.'),
      b("Folasade's whole task was one glance at the gauge table, nothing more, and she couldn't manage even that."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Marek obviously sent it without a single look at the map.'),
      b("Clearly someone at the weather service didn't care enough to check which river they were warning about."),
      b('desk chat: Bolormaa clearly ignored the QC popup, she closed it within two seconds'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The dissemination system should have bounced any warning whose polygon sat outside its named basin.'),
      n('A basin-code validator could have stopped the transposed digits before the product left the building.'),
      n('Had the zone table carried this year’s boundary revision, the CAP encoder would have rejected the mismatched geocode.'),
      n('The handover checklist should have carried a map-preview step for every outbound warning, and from next week it will.'),
      n('desk chat: that QC popup should have been a hard stop, not a box you can click away'),
      n(
        "Alert routing should have sent the product to the Oskara counties, and would have if the lookup hadn't defaulted to the first match.",
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Adeola to add a polygon-versus-basin validation to the WDS release path, due 28 March.'),
      n('Owner: Quim Vidal; draft the revised read-back procedure for overnight warnings, due 30 April.'),
      n("Action item 4 (Narantsetseg): reconcile the basin ID table with the hydrology institute's register."),
      n("Silvia takes the action to brief the emergency managers' forum on what changed, before its next meeting."),
      n('AI-7, owner Rupal Shah: make the map preview mandatory before any warning can be sent.'),
      n('Follow-up for Dieunel: run a tabletop of the overnight warning process with two counties ahead of the spring melt.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Pirjo was duty forecaster from 22Z to 06Z, and Kehinde was second forecaster.'),
      n('The warning coordinator that night was Mireia; the on-call hydrologist was Ketan.'),
      n('The incident commander role was taken by Ms Beáta Horváthová from 0330 local, with Mr Temuulen as communications lead.'),
      n('Shift log 0340Z: Jana on the phone to county EMs, Teemu drafting the cancellation, Roselaure watching the outbound feed.'),
      n('Our duty officer, Kettly Pierre, took the first call from your desk at ten past three.'),
      n('Enkhjargal held the platform pager for the dissemination system and was paged at 0352Z.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Nobody should underestimate how tired the overnight desk was after three straight nights of storm watches.'),
      n('Oriol had been on shift for eleven hours and still stayed on to draft the correction.'),
      n("desk chat: check in on Falguni pls, she's taking this hard and she did nothing wrong"),
      n('The duty team carried an exceptional workload that night, with four active watches and one post unfilled.'),
      n('I know your people were stretched thin, and I appreciated that someone rang us back personally.'),
      n('Mackenson cares about getting warnings right more than anybody in the building, and this night has weighed on him.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The WDS audit log reads “02:07:14 user=fw_night2 action=SEND product=FLW basin=41 status=OK”.'),
      n('At 0214Z the alert said “BASIN MISMATCH: polygon centroid outside basin 41 (warning only)” and the product carried on.'),
      n('Output of the QC tool: “Check skipped: reference table unavailable (timeout after 30s)”.'),
      n('The page read “WDS-PROD dissemination error rate above 5% — owner: on-call platform”.'),
      n('The CAP validator returned “ERROR 412: areaDesc does not match geocode; operator override accepted” at 02:06.'),
      n('From the county EAS receiver log: “Received FLW for LINDRA R. BASIN, relayed to 6 transmitters”.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I sent that warning, I didn't open the map preview, and I'm the one adding the preview step to the checklist."),
      n('We on the night desk missed the basin mismatch, and because of it we are reworking the product handover.'),
      n('Shift log 0410Z: my error, I selected basin 41 from the dropdown instead of 14; correction issued 0408Z.'),
      n('I approved the staffing plan that left a single forecaster on the warning desk; I answer for that decision.'),
      n('desk chat: own goal from me, I told Nadège last month the QC popup was just noise'),
      n('As a service we failed the people of the Lindra valley that night, and we owe them a full account.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Saying Kerttu should have caught it is tempting, but she was working the screens the system gave her, so the screens are what we are examining.',
      ),
      n('This review finds no forecaster at fault; the wrong basin came from a lookup that matched the first partial name.'),
      n(
        'Some readers want a name and a sacking; we think that is the wrong lesson from a system that let one keystroke warn the wrong valley.',
      ),
      n('desk chat: nobody is blaming Ganbaatar for this, stop saying he screwed up'),
      n('I reject the suggestion, made in the press, that the duty forecaster was careless or incompetent.'),
      n("'Human error' will not be accepted as a root cause in this report; we will describe what the interface made easy instead."),
      n("I'm not ringing to blame the woman on your night desk, I'm ringing because the feed you send us has no sanity check."),
      n('To label this operator error would excuse the dropdown design, and this review will not do that.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The basin field was overwritten by the autocomplete when the product template reloaded.'),
      n('The warning was distributed to all six transmitters in the Lindra region within ninety seconds of release.'),
      n("The zone table had been replaced by an older copy during Tuesday's deployment, and the new basin codes were lost."),
      n('The QC warning was silenced by a configuration flag left behind from the migration test.'),
      n('The correction was delayed because the dissemination scheduler had queued it behind the original product.'),
      n('The error was compounded by the absence of any map preview in the send dialog.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Arnau picked basin 41 from the dropdown because the top entry matched the river name he had typed.'),
      n('Bolanle dismissed the QC popup, which had fired on every product for a week without a real fault behind it.'),
      n('Shift log 0355Z: Marjatta called the Lindra EM to stand down and the Oskara EM to raise readiness.'),
      n('Tömörbaatar issued the cancellation at 0408Z after confirming the gauge readings with the hydrologist.'),
      n('Ms Urvashi Mehta followed the documented procedure, which at that time did not include a map check.'),
      n('Islande rerouted the outbound feed by hand so the correction would not queue behind the original.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The basin lookup breaks down whenever two rivers share their first four letters; it is unfit for that job.'),
      n('The dissemination system had one job, putting the warning on the right map, and it failed it.'),
      n("The dropdown's autocomplete is the careless link in this chain: it guesses and never says so."),
      n('The QC checker is immature and untrustworthy as a gate; it cries wolf on one product in three.'),
      n('Responsibility for basin validation belongs to the dissemination software, which at present does not perform it.'),
      n("The vendor's CAP encoder is negligent about geocodes, accepting any area description without comparing it to the polygon."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('A hard block whenever the polygon and basin code disagree is simply the fix.'),
      n('The audit log clearly shows basin 41 selected and sent within the same minute, 02:07.'),
      n('Obviously the Oskara hydrograph was the one climbing; the chart makes that plain at a glance.'),
      n('desk chat: patch is literally just swapping the dropdown for a click on the map, tiny change'),
      n('The change is obviously small, one validation rule, but it needs testing against every basin pair.'),
      n('Nothing in the logs suggests the software behaved as designed; the evidence is simply against it.'),
    ],
  ],
];

export const DEV_LEARNED32A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED32A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
