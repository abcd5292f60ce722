import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 30B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a county emergency-dispatch
 * centre after its computer-aided dispatch system routed calls to the wrong stations for an evening — terse
 * console and radio shorthand from dispatchers and fire/ambulance crews beside a commissioner's questions and
 * the director's after-action report prose; names from Navajo, Vietnamese, Polish, Akan, Puerto Rican Spanish,
 * Armenian and Irish cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The misrouted calls on Tuesday night are on Grzegorz Wiśniewski, full stop: his 1700 geofile update went in with zero test loads behind it.',
      ),
      b(
        'CONS 4 NOTE: Medic 9 went to Route 6 instead of the Chee Road address, and that one belongs to Nizhoni, she took the CAD recommend blind.',
      ),
      b(
        'Commissioner Ofori: In my view the forty minutes the east side went without proper ambulance coverage are attributable to Director Hakobyan and nobody else.',
      ),
      b(
        'E7 to floor: we drove twelve minutes the wrong way because Tadhg built the new run cards and never held them up against the station map, so that delay is his.',
      ),
      b(
        "This review finds the Kinlichee structure was lost because of Ms. Nguyễn's decision to load the zone table during live operations.",
      ),
      b(
        'Ask anyone on the floor and they will tell you the whole evening went sideways because of Xiomara Quiñones, and the report should carry her name for it.',
      ),
      b("cons note: ESZ swap = Bożena's doing, 14 calls affected, her outage not IT's"),
      b('If the family sues over the delayed cardiac call, that suit lands squarely on Kwabena Owusu, because he signed off the cutover.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly Siranush has nowhere near the years needed to supervise a Friday evening floor, never mind a CAD cutover.'),
      b("BC on tac 2: Cathal can't tell a CAD recommend from a confirmed dispatch, he's not fit to sit a fire console."),
      b(
        'The after-action report should acknowledge that the GIS contractor, Mr. Petrosyan, lacked the skill to maintain a county geofile of this size.',
      ),
      b(
        'Honestly Abena was much too green to have been handed the supervisor chair that night, and she froze the moment things went wrong.',
      ),
      b('Medic 3 to floor: with respect, Wilfredo has no clue where our district lines run, and it showed all evening.'),
      b(
        'Commissioner: I have to question whether Mr. Sargsyan has the technical ability to manage a system this critical to public safety.',
      ),
      b("cons note — D. Yazzie weakest dispatcher on B shift, couldn't work a manual run card once CAD went bad"),
      b('Ama Darko is a decent call-taker, but as a systems administrator she is in over her head, which Tuesday proved.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'The on-duty CAD administrator, Ruairí, had the routing queue as his assigned watch and did not open it once between 1900 and 2130.',
      ),
      b(
        'Shift supervisor Mkrtchyan never performed the hourly unit-status audit the SOP requires, which is the audit that would have surfaced the station mismatch.',
      ),
      b('cons note: Yaw was on the A-side phones per the rota and left them to go help IT, two 911 lines rang unanswered'),
      b(
        'Per SOP 4.12 the fire dispatcher must verify the first-due station on every structure call; Ms. Santiago skipped that verification on at least nine of them.',
      ),
      b("Engine 12 msg: our dispatcher on ch 3 didn't do her job tonight, not a single location confirm when we asked twice."),
      b(
        'The QA reviewer assigned to the run-card change, Dervla Ní Bhriain, initialled it while never actually performing the review given to her.',
      ),
      b("Gevorg was the designated backup admin on this week's rota and didn't answer his pager for fifty minutes."),
      b(
        "Commissioner: Keeping this centre dispatching correctly is the director's whole job, and on that evening the director failed at it.",
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong zone table got pushed live by a dispatcher with no prior import experience.'),
      b('The routing warnings on console 5 were ignored for well over an hour while crews kept reporting wrong stations.'),
      b('cons 3: mismatch alerts dismissed x11 and never escalated to the sup'),
      b('Location verification was skipped by the night supervisor so the pending-call backlog would clear faster.'),
      b('Calls were knowingly left on the CAD recommendation even after crews had radioed that the stations were wrong.'),
      b("The review confirms the vendor's test environment was bypassed by Mr. Boateng to save an afternoon."),
      b('Medic 5 msg: the Ganado address was never checked by the call-taker before we got toned out.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a Tuesday evening geofile push has lost any claim to sign change tickets in this building.'),
      b('The new hire on console 6 is the reason Ladder 2 ended up on the wrong side of the river.'),
      b('cons note: the vendor guy who "tweaked" the ESZ polygons = root cause'),
      b('The one who told the floor to trust CAD because it was fine owes every crew out there an explanation.'),
      b("Engine 4 msg: somebody in that room who can't read a map sent us into Station 9's first-due again."),
      b('The administrator who switched off the address-verification prompt last spring set up everything that happened on Tuesday.'),
      b(
        'Commissioner: Somebody in that building decided a holiday-week evening was a fine time for a cutover, and that person caused this.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jędrzej should never have held edit rights on the production geofile.'),
      b('cons note: why does a probationary dispatcher even have CAD admin rights, should have been pulled after training'),
      b('No county escort, no remote session: that vendor technician should have been refused the live dispatch server.'),
      b("Putting Kwaku on the systems pager was a mistake on a night when he'd already worked a double."),
      b('If we had kept Ms. Figueroa off the supervisor roster until her certification was done, Tuesday goes differently.'),
      b('Commissioner: Why did anyone trust a contractor hired in March to sign off changes on a system that sends ambulances?'),
      b(
        'Someone like Przemysław, who has pushed untested changes before, was exactly the wrong person to give sign-off over the run cards.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Everyone on B shift knows who loaded that file, and it was Afua.'),
      b('cons note: culprit = Lusine H., ask her'),
      b('You wanted a name, Commissioner: Oisín Mac Giolla Phádraig.'),
      b('Engine 12 msg: find out which dispatcher keyed that override and write them up.'),
      b('At fault: Trần Minh Đức, night CAD admin, per the director’s preliminary note.'),
      b('The report must state plainly who is to blame, and that is the systems administrator, Hovhannes Ghazaryan.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (final): dispatcher human error in the zone table import.'),
      b('The after-action review traces the misrouting back to operator error on the CAD administration console.'),
      b('cons note: not a CAD bug, pure dispatcher mistake, Yadiel typed the wrong ESZ code'),
      b('Commissioner: As I understand it, the cause was one employee getting it wrong, and the public deserves to hear that.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Aoife should have known a station renumbering would break the run cards, since the change notes spelled that out on page one.'),
      b(
        'Looking back, by the third wrong-station call the supervisor had everything needed to see the pattern and should have acted on it.',
      ),
      b("Medic 2 msg: anybody with a year on the floor would've caught that Station 14 doesn't cover Window Rock Rd."),
      b('Ms. Bùi should have reverted the geofile as soon as Engine 4 reported being sent out of district.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Niamh just needed one look at the AVL map before hitting dispatch.'),
      b('cons note: she literally just had to eyeball the first-due field, two second job'),
      b('Tigran could simply have run the test script before the load; nothing more was asked of him.'),
      b('Medic 6 msg: how hard is it for the call-taker to just read back the cross street?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Bidziil didn't bother looking at the recommendation screen before he confirmed."),
      b('Engine 8 msg: obviously nobody on console 3 was listening when we told them we were out of district.'),
      b("The director, Ms. Hakobyan, plainly and obviously brushed aside the vendor's warning about evening cutovers."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The CAD should have flagged any unit being recommended outside its own response zone.'),
      n('cons note: routing table should have failed closed, not fallen back to Station 1 defaults'),
      n('The cutover procedure could have included a parallel run against the old geofile for a full shift.'),
      n('A validation check on the ESZ import would have flagged the swapped station numbers before go-live.'),
      n('Ideally the AVL feed should have taken precedence over the static run card whenever the two disagreed.'),
      n("In answer to the commissioner: the vendor's release notes should have disclosed the change in zone-matching logic."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION: Hastiin Begay to build a pre-load validation script for the zone table by 15 May.'),
      n('Owner: Maritza Colón (training), add a manual run-card drill to the quarterly in-service.'),
      n('Action item 4, owned by the GIS office (Kowalczyk): reconcile address points against the ESZ layer every month.'),
      n('Vardan will own the vendor conversation about a one-step rollback button, due next Friday.'),
      n('cons note: AI-7 → Efua A., set up a wrong-district alert on the supervisor board'),
      n('The director assigns Ms. Trịnh responsibility for a change-freeze calendar covering evenings and holidays.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Naomi was shift supervisor on B shift; Szymon covered fire console 3 and Coralys worked the EMS position.'),
      n("The CAD administrator on call that evening was Eoghan, and the vendor's engineer was patched onto the bridge at 2040."),
      n('cons note: IC = BC Ramos, PIO = Lt. Atsa, floor sup = K. Benally'),
      n("Anahit Sargsyan led the centre's incident response from 2015 until the rollback completed."),
      n('Call-taking on the A side was handled by two dispatchers while the supervisor coordinated with the fire chiefs by phone.'),
      n('For the record, the county GIS analyst was responsible for the geofile during this period, per the organisation chart.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'The dispatchers on B shift took over two hundred calls that evening while working around a system they could not trust, and several have told us they are still shaken.',
      ),
      n("cons note: pls give Doli a break after this, she's been on the cardiac call for 40 min"),
      n(
        'Crews were short with the floor on the radio, and that frustration was understandable after being sent out of district again and again.',
      ),
      n('Gráinne stayed four hours past her shift to hand-route calls, and the centre owes her and her team a proper rest.'),
      n('The workload on the night CAD administrator is unsustainable, with one person covering configuration for three jurisdictions.'),
      n("Medic 1 msg: nobody out here is mad at the floor, y'all were drowning tonight, thank you."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The CAD log reads: "ZONE MATCH FAIL - default station 01 applied - user: hchee".'),
      n('Console alert text: RECOMMEND OVERRIDE BY OP 14 / REASON: NONE ENTERED'),
      n('The error was "ESZ table checksum mismatch (expected 4411, got 4398)", logged at 18:52.'),
      n('Audit trail entry: "Operator ktran acknowledged warning W-209 unit outside response area".'),
      n('Engine 4 MDT showed: ASSIGNED STA 09 - FIRST DUE MISMATCH.'),
      n('On each affected incident the system message said "Manual verification required: operator failed to confirm location".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        "I loaded the new zone table at 1700 without a parallel test, and I've changed my checklist so that cannot happen on my watch again.",
      ),
      n('cons note: my bad on Engine 7, I took the CAD recommend without checking the map'),
      n('As director, I approved an evening cutover, and that decision is mine to answer for.'),
      n("We on the GIS side missed the renumbered stations in our review; we're adding a diff step before every import."),
      n("At the second wrong-station report I should have got the vendor on the phone, and I didn't."),
      n("We let the crews down that night, and the centre's leadership, myself included, owns that."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some crews have said the dispatchers were careless; nothing in the record bears that out, because the CAD displayed each wrong station as verified.',
      ),
      n('This report will not name a dispatcher at fault, since no dispatcher could have seen the error from the console.'),
      n(
        'Commissioner, I know human error is the easy label here, yet the calls went exactly where the system told everyone they should go.',
      ),
      n('cons note: not on Akosua, recommend screen showed green for every wrong station'),
      n('Whatever was said on tac 2 about incompetence on the floor, the review found the run cards were wrong before anyone sat down.'),
      n('Asking who to discipline is the wrong question; the useful one is why a zone import could go live unvalidated.'),
      n("Engine 12 withdraws its earlier message blaming console 3; we've since seen the CAD screen they were looking at."),
      n('The after-action review rejects the idea that a dispatcher ought to have caught this by eye.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("Calls were routed to Station 9 by the CAD's fallback logic whenever the zone match failed."),
      n('At 1700 the new geofile was pulled in automatically by the nightly sync.'),
      n('cons note: address verified by ALI lookup, not by operator, and the lookup was wrong'),
      n('The address-verification prompt had been disabled in a previous release, and this was not documented in the upgrade notes.'),
      n('Unit recommendations were generated from the stale station table until the rollback finished at 2212.'),
      n('Every mismatch warning was hidden by a display filter that ships enabled by default.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Kofi Asante switched console 2 to manual run cards at 2030 after Engine 4 reported being out of district, since the paper cards were the last known-good source.',
      ),
      n("Siobhán called the vendor's hotline at 1950 because the wrong-station pattern matched an issue she had seen in a bulletin."),
      n("cons note: Armen confirmed Medic 7's location by radio before dispatch, per crew request"),
      n(
        'Ms. Quang accepted the CAD recommendation on the Fort Defiance call, which matched what the system had shown as verified all year.',
      ),
      n("Yanaba Tsosie approved the change ticket on the strength of the vendor's test report, which showed every zone passing."),
      n('Wojciech restored the prior geofile at 2158 once the director agreed the evidence pointed to the import.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The CAD's routing engine is unfit for a county with overlapping response zones."),
      n('The fallback logic had one job, sending each call to the nearest staffed station, and on Tuesday it flunked that job.'),
      n("We trusted the vendor's validation tool, and that tool was not trustworthy once stations were renumbered."),
      n("cons note: AVL feed flaky all night, can't be trusted for move-ups until fixed"),
      n('Our change process was negligent about evening cutovers, since nothing in it prevented one.'),
      n('The import utility was responsible for validating zone integrity and did not do its duty when station numbers changed.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply restoring the previous zone table, a four-minute job once the cause was known.'),
      n('cons note: obviously a geofile issue, every bad recommend is in the east ESZs'),
      n('The AVL replay clearly shows units recommended from stations that no longer cover those zones.'),
      n('A pre-load diff is just a few lines of script and would catch this whole class of change.'),
      n('Commissioner, the answer is simply that the routing table and the map disagreed for four hours.'),
      n('From the log it is obvious the mismatch began at the 1700 sync, not with any console action.'),
    ],
  ],
];

export const DEV_LEARNED30B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED30B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
