import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 38A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a fishing cooperative in
 * northern Norway whose catch-quota reporting system double-counted landings and froze three boats in
 * harbour mid-season — skippers' radio and chat shorthand, the co-op office's careful Norwegian-English
 * e-mails, the fisheries authority's formal letter and the post-incident review; Norwegian, Sámi,
 * Filipino and Polish names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The three lost days at the quay are on Torstein, full stop.'),
      b('havbris tied up 3 days bc of Ánde, tell him he owes us the diesel'),
      b("It was Sigrun's re-import that froze Havbris, Nordlys II and Gáranas, and the lost catch is hers to answer for."),
      b('We must be honest in this e-mail: the double counting is attributable to Kjetil Nilsen and to nobody else in the office.'),
      b(
        'In the view of the board, the loss of approximately 14 tonnes of skrei is the responsibility of Mr. Håkon Berg as system manager.',
      ),
      b('Whatever the review ends up saying, that freeze belongs to Elle-Máret, and she knows it.'),
      b('The vendor may send as many nice reports as they like; the lost week is down to Paweł, their consultant.'),
      b("rodel's doing, all of it, and I'll say so at the meeting"),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Ingvild is not capable of running a quota system in skrei season, and she never was.'),
      b(
        'With respect, Mr. Solberg lacks the experience required to administer electronic catch reporting for a fleet of twenty-two vessels.',
      ),
      b('marites cant tell a sluttseddel from a shopping list honestly'),
      b('Trond is a fine fisherman, but he has no business configuring software, and this week proved it.'),
      b('The board must ask whether Randi Johansen has the skill that the position of quota coordinator demands.'),
      b(
        "Two seasons ashore and Jostein still doesn't understand how a landing note travels from the mottak to the register; he is too green for this.",
      ),
      b("Frankly, Gunnhild's technical level is not sufficient for what the co-op now asks of its office."),
      b('Bartek?? hes a deckhand who did one excel course, not a systems man'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Vegard had the reconciliation on Monday and never ran it.'),
      b(
        'It was the task of the quota coordinator to check our totals against Råfisklaget every morning, and for nine days she did not do so.',
      ),
      b('Our office manager has failed in the most basic part of her job, which is to keep the boats fishing.'),
      b('niillas had weekend watch on the reporting queue, didnt open it once'),
      b(
        "The Directorate notes that the cooperative's appointed reporting contact, Mr. Einar Haugen, did not answer our inquiries within the required deadline.",
      ),
      b('He is paid to read the error mails, and he let them pile up in a folder for a week.'),
      b('Our IT contact neglected the one thing we asked of him: to watch the import after the update.'),
      b('Solveig did not follow the month-end checklist that she herself is supposed to keep.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The landing notes were imported twice by someone in the office, and so far nobody has owned up.'),
      b('The catch totals were typed in wrong and then never checked – that is the whole story.'),
      b('Mistakes were made in the office on 14 February, and they were made carelessly.'),
      b('The red warning from KvoteLogg was ignored for six days.'),
      b('Havbris was frozen because her quota figures had been keyed in carelessly by the coordinator.'),
      b(
        'It has been established that the daily reconciliation was skipped, whether deliberately or through negligence, on at least four occasions.',
      ),
      b('the resend got pushed twice by somebody up in the office, again'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to re-run the import in the middle of landing day cost us three boats.'),
      b('The one who switched off the duplicate check should stand up at the annual meeting and say so.'),
      b("that summer temp from Tromsø who 'tidied up' the vessel table is why we sat in harbour"),
      b("The fellow who looks after the co-op's computers in his spare time is the one who broke the reporting."),
      b('Anyone who clicks "import again" without reading the warning has no place in a quota office.'),
      b('It was our newest hire, the one who came over from the bank in January, who caused the double landing notes.'),
      b('The lad who set up the new feed from Råfisklaget is the reason Nordlys II lost her best week of the season.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kristoffer should never have been given admin rights on the quota register.'),
      b('If the office had not let a summer temp near the live landing data, we would have been fishing.'),
      b('Nobody with fewer than ten seasons behind them should be allowed to approve a quota adjustment, and Liv had three.'),
      b('Tomasz should not have been on the call list for the register during skrei at all.'),
      b('The board should not have trusted Ole-Johan with the vendor contract.'),
      b('Margit ought to have been kept away from the import settings from the first day.'),
      b("Giving the vendor's junior consultant write access to our production register was wrong; he should never have had it."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Geir. Geir ran the import twice.'),
      b('So who did it? Birgit – the log shows her user, and the board should talk to her.'),
      b('We want the name of the person who double-counted our landings, and we want that person held to account.'),
      b('everyone on the quay knows it was jovnna in the office, no point pretending'),
      b('The culprit here is Marek Zieliński at the vendor, and the co-op should go after him directly.'),
      b('Put the name in the report: Astrid Pedersen is at fault.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('The root cause of the double counting was human error in the co-op office.'),
      b('Operator error during the re-import is given as the primary cause of the incident.'),
      b('Cause: human error (wrong file uploaded twice).'),
      b('It was a plain human mistake by the quota coordinator that froze the three boats, not a fault in the software.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Ståle should have seen that Havbris could not possibly have landed 40 tonnes in one day.'),
      b(
        'Elle-Máret should have known on the Tuesday, when Gáranas suddenly showed 190 percent of her quota, that the figures were doubled.',
      ),
      b('With what we know now, Heaika should have phoned Råfisklaget before he told three skippers to stay in harbour.'),
      b('the signs were all there on friday and sárá should have caught them'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Synnøve had to do was just compare the two totals.'),
      b('He simply had to tick one box for the duplicate check – one box.'),
      b('jun-jun just needed to read the warning before pressing OK, thats all'),
      b('It would simply have taken one phone call from the office to Råfisklaget, and nobody there could be bothered to make it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly, Arvid did not look at the figures before he sent out the freeze notice.'),
      b('obviously nobody in the office bothered to check, or Nordlys would be at sea now'),
      b('The coordinator clearly ignored the duplicate warning, which is shown on the screen in red.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('KvoteLogg should have refused a second copy of a landing note with the same number.'),
      n('Re-running the import after a timeout should not have counted any landing twice; the job should have been safe to repeat.'),
      n('The Directorate notes that the reporting system should have rejected landing notes bearing an identical document number.'),
      n('the freeze shouldve waited for a second check in the system before it went out to the boats'),
      n("Our release routine should have included a test run against last season's landing notes before any update during skrei."),
      n("The vendor's duplicate check should have been on by default, and the contract could have required it."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Sigrun adds a nightly comparison against the Råfisklaget totals, by 1 April.'),
      n('Torstein will write the procedure for lifting a quota freeze outside office hours.'),
      n('AP 3 – Paweł (vendor) to switch on duplicate detection for all cooperatives – due end of March.'),
      n("Owner: Maricel Santos. Task: translate the skippers' quick guide into Tagalog and English before the summer season."),
      n('Ánde Gaup takes over the contact with Fiskeridirektoratet and sends the corrected figures this week.'),
      n('Next step for the board, with Odd-Arne as chair: decide by the April meeting whether we keep the vendor.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident Hege was the quota coordinator on duty and Kjetil took the calls from the boats.'),
      n('Skipper of Havbris at the time was Per-Olav Eriksen; Nordlys II was skippered by Máhtte Sara.'),
      n("The vendor's on-call engineer that weekend was Krzysztof, working from Gdańsk."),
      n('On Gáranas the mate, Efren, kept the catch diary while the skipper was ashore.'),
      n("In February the contact with Råfisklaget was Randi's job; the IT side was with the external consultant."),
      n('Inga chaired the review meeting and Wojciech took the minutes.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Vegard had worked sixteen-hour days since the skrei started, and he was still answering the boats at midnight.'),
      n('We know the office was under enormous pressure, with three skippers ringing every hour and the crews sitting idle.'),
      n('hang in there marites, nobody up here blames you, rotten week for everyone'),
      n('Several crew members from the Philippines could not send money home that month, and the co-op recognises how hard that was.'),
      n('The coordinator carried the whole reporting load alone while her colleague was on sick leave.'),
      n('tough on Arnel and the boys, first season in Norway and stuck at the quay in Båtsfjord three days'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("KvoteLogg showed: 'Fartøy HAVBRIS: 104 % av kvote brukt – fangst sperret.'"),
      n(
        'The log reads "06:12:03 IMPORT landing_notes user=grzegorz.w rows=412 status=OK", and eleven seconds later the same line appears again.',
      ),
      n("The alert mail had the subject 'ADVARSEL: mulig duplikat sluttseddel 24-118830 (bruker: rbakke)'."),
      n("VMS status for Nordlys II read 'IN PORT – LANDING BLOCKED BY QUOTA REGISTER'."),
      n('The error Ewa received said "Duplicate key ignored (landing_note_id)".'),
      n("Screenshot from 07:40: 'Quota exceeded – contact your cooperative (operator: T. Lund)'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I ran the re-import on the Wednesday without checking for duplicates, and I will not do that again without a second pair of eyes.',
      ),
      n('We in the office stopped the boats on the numbers the system gave us, and we should have phoned the skippers first.'),
      n('my call to tell havbris to stay in, my mistake, sorry lads'),
      n('As chair I signed the vendor contract without a testing clause; that is on me.'),
      n('I was the one who approved the update on 12 February.'),
      n("We, the cooperative's board, accept that our reporting routines were not good enough for the season."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some have said this was Ingvild's fault; the review finds no basis for that."),
      n('This is not about who pressed the button – any of us could have pressed it, and the system let it through twice.'),
      n('Please stop calling it human error on the radio, it was a missing duplicate check.'),
      n("The Directorate's letter speaks of negligence by the cooperative's staff, a characterisation this review does not share."),
      n('nobody is getting hung out to dry for this, not Bartek, not anyone'),
      n('It would be easy to point at the new coordinator, but she did exactly what the screen told her to do.'),
      n('We will not look for a scapegoat in this review; the question is why KvoteLogg counted the same landing twice.'),
      n('Was it carelessness? No – the import ran twice because a timeout made it retry by itself.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The landing notes were imported twice by the nightly synchronisation job after a network timeout.'),
      n('Havbris, Nordlys II and Gáranas were blocked automatically by the quota register at 06:30.'),
      n("Each duplicated landing was counted against the vessel's quota as though it were a new catch."),
      n("The freeze notices were generated by KvoteLogg and pushed to the skippers' phones without any review step."),
      n('The duplicate warning was suppressed by a configuration default shipped with version 4.2.'),
      n("The block was lifted by the vendor's patch on Saturday, and the catch kept on ice was sold on Monday."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 07:15 Biret rang Råfisklaget to compare totals, because the numbers for Gáranas looked too high.'),
      n('Máhtte kept Nordlys II at the quay as the freeze notice instructed and logged the catch on board by hand.'),
      n("Grzegorz restarted the import after it timed out, which is what the vendor's guide tells you to do."),
      n("Rowena, the cook on Havbris, translated the office's e-mail for the Filipino crew so they understood why they were ashore."),
      n('On Thursday morning Risten Somby contacted the Directorate and asked for a temporary lift of the block.'),
      n('Niillas laid the printouts from the mottak next to the screen and found the same landing note number twice.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('KvoteLogg is not fit for a fleet that lands several times a day during skrei.'),
      n('The import job failed at its one duty: to count each landing exactly once.'),
      n("We can no longer trust the register's totals without a nightly comparison."),
      n("The vendor's support process was careless with our data – no test, no rollback plan."),
      n("the duplicate check is what's responsible here, and it ships turned off in the vendor's default config"),
      n('A reporting system that is competent with single landings but falls over on re-sent notes is not good enough for the coast.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique constraint on the landing note number.'),
      n('Obviously the graph shows it: every vessel total doubles at exactly 06:12.'),
      n('its just one setting in the config, dupe check on, done'),
      n('The evidence is clear: the same 412 rows appear twice in the import table.'),
      n('Lifting the freeze was simply a matter of deleting the 412 duplicate rows and recalculating.'),
      n('The change itself is obviously small – eleven lines in the import routine.'),
    ],
  ],
];

export const DEV_LEARNED38A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED38A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
