import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 31C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a harbour ferry operator
 * whose ticketing and boarding system overbooked two sailings and left passengers on the quay — terse
 * deckhand and terminal radio, the duty officer's log, a passenger's social-media thread, the harbour
 * master's letter and the operations manager's reflective retrospective; names from Faroese, Malagasy,
 * Scottish Gaelic, Bengali, Croatian, Samoan and Mexican Spanish cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Duty log 0742: the overbooking on the Holm sailing is down to Sjúrður, who lifted the capacity cap and never put it back.'),
      b("Kittiwake to Pier Two, forty-one stranded and that's on Fanja, she waved the walk-ups through, over."),
      b('Whoever Ruaridh is at that ticket office, the two freezing hours I spent on the quay are his doing.'),
      b('Reading the timeline honestly, the loss of both sailings sits with Tanushree and her choice to run the manifest by hand.'),
      b('The Authority holds Mr Tomislav Perić personally answerable for the seventy passengers refused boarding on 14 March.'),
      b("Quay's full again, cheers Sione, this one's all yours, mate."),
      b('Every refund we paid out this week belongs to Citlali, plain and simple, since she approved the double release of seats.'),
      b('If the board asks why the 17:15 left people behind, the answer is Dòmhnall.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Rivo has sat on the booking desk for three weeks and still has no idea how capacity holds work.'),
      b("Pier Two, you've put a trainee on the gate who can't read a manifest, over."),
      b('Thursday proved Turið cannot cope with a terminal on a double-sailing day.'),
      b('I question whether Arnab has the seniority to be configuring fare buckets unsupervised.'),
      b('The lad at the gate had no clue how to work his own scanner, absolute amateur hour from this ferry company.'),
      b('The Authority is not satisfied that your duty officer on the day was competent to manage a boarding surge.'),
      b('Jelena is a fine deckhand, but at the reservations console she is lost and flailing.'),
      b("Say what you like about Xóchitl's manner with customers, her grasp of the booking system is hopeless."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Eyðun was rostered to reconcile the manifests before the 07:40 and did not do it.'),
      b("The gate supervisor has one task, counting heads against capacity, and Haingo didn't manage it."),
      b('Terminal, your duty officer never called up the overflow vessel, that is his whole job, over.'),
      b('Seumas held the 06:00 booking checks and skipped the capacity report entirely.'),
      b('Nobody on the Pier Two staff bothered to tell us a thing, which is literally their job.'),
      b(
        "Your duty officer failed in his obligation under the operating licence to halt boarding once the vessel's certificated number was reached.",
      ),
      b('Sudipta had the release freeze on Friday and let the update go out regardless.'),
      b("Watching the overbooking alert was on Zvonimir's rota that morning, and he neglected it."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The capacity cap was switched off by Malia at 06:52 and never restored.'),
      b('Walk-up tickets kept being sold past the limit because the warning was ignored at the desk.'),
      b('Boarding was allowed to carry on by the duty officer long after the count reached the ceiling.'),
      b('Pier Two, the manifest got fat-fingered at the office again, over.'),
      b('Careless mistakes got made on the booking desk that morning, and the quay paid for them.'),
      b('It appears that safety instructions issued by this office were disregarded by your terminal staff.'),
      b('The warning banner was dismissed three times by Leota before the second sailing sold out.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought it wise to reopen sales on the 17:15 owes every passenger on that quay an apology.'),
      b('The new hire left alone on the ticket desk is why forty people watched the ferry leave without them.'),
      b('Pier Two, whichever genius in the office doubled the seats, tell him thanks from the ramp, over.'),
      b('Shoutout to the woman in the hi-vis who kept scanning tickets for a boat that was already full.'),
      b("Whoever signed Thursday's release with no capacity test behind it started this whole chain."),
      b('The individual who overrode the gate count bears the responsibility for this incident.'),
      b('One of the night crew decided those sync warnings were noise, and two sailings went with that decision.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Handing Njaka the keys to edit fares was a call nobody sensible would have made.'),
      b('A bank-holiday temp allowed to fiddle with live capacity settings, and we wonder why the quay overflowed.'),
      b("Terminal, who put Ivana on the gate alone, she shouldn't be on boarding duty, over."),
      b("Approving releases to the booking engine should never have been left in Coinneach's hands."),
      b('Uncertificated staff should at no point have been permitted to work the boarding gate.'),
      b(
        'Mahfuz, of all people, carrying the booking-system pager over a holiday weekend, when his name should never have gone on that rota.',
      ),
      b('Why do they let teenagers run the ticket office at a ferry terminal??'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('For the record, the capacity change came from Guadalupe and nobody else.'),
      b("Pier Two, find out whose login sold those seats, someone's answering for this, over."),
      b('Somebody tell me which clerk sold me a ticket for a full boat, because I will be naming them.'),
      b('The at-fault party is Rado in reservations, and the record should say so.'),
      b('I expect the operator to identify the member of staff responsible and report what action has been taken against them.'),
      b('It was Pita, and everybody on the pier knows it was Pita who opened the extra sales.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Duty log 0815: cause of the overbooking, human error by ticket office staff during the capacity update.'),
      b("Kittiwake, Pier Two, it's operator error, the clerk keyed the wrong sailing, over."),
      b('The overbooking came down to a single slip by Anirban when he copied the timetable across.'),
      b('The Authority concludes your boarding staff blundered, and that blunder produced the incident.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Gunnvá had 212 sold against 180 right there on her 17:15 screen, and with hindsight she ought to have halted the sales at once.'),
      b('Sitting at that desk, anybody with eyes would have twigged the second sailing was double-counting.'),
      b('Looking back, Iosefa had everything he needed to catch it at 06:30 and should have raised the alarm.'),
      b("The gate guy should've known the boat was full before he took my ticket."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Hery needed one tap on refresh before opening the gate, that was all.'),
      b('Nusrat just had to count the people on the ramp, nothing more.'),
      b('Pier Two, he simply needed to shut the walk-up kiosk, over.'),
      b('Ximena only had to read the banner once, and she simply clicked past it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Krešimir never looked at the capacity report before he released seats.'),
      b('Mòrag could obviously see 212 tickets would never fit a 180-seat boat, yet she sold on.'),
      b('The staff obviously could not care less about those of us left standing on the quay.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("The booking engine should have refused any sale beyond the vessel's certificated capacity."),
      n("Pier Two, gate scanner should've gone red at one-eighty, it didn't, over."),
      n('The manifest sync could have flagged the double count hours before the first sailing.'),
      n('The release pipeline would have caught this had a capacity test been part of it.'),
      n('The ticketing system ought to have enforced the certificated passenger number without relying on staff.'),
      n('A hard stop at the kiosk should have been there from day one, because a soft warning was never enough.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Rógvi to add a hard capacity limit to the booking engine by the end of April.'),
      n('Owner Andry: make the gate scanners reject boarding once the manifest reaches capacity.'),
      n('Action for the terminal team, lead Eilidh: draft a quay script for telling passengers about an overbooking.'),
      n("Debjani owns the follow-up on the sync job's double counting, reviewed at next Tuesday's ops meeting."),
      n('AI-7: Sefo will run a tabletop exercise with the duty officers on calling out the overflow vessel.'),
      n("Reply to the harbour master's letter, owner operations manager, due 28 March."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Fetu held duty officer on 14 March, with Tiana at the ticket desk.'),
      n("Kittiwake, Pier Two, Catrìona has the gate, Losa's on the ramp, over."),
      n('Matija held incident command from 07:50 until the last passenger was rebooked.'),
      n('Lalaina took the comms lead and posted updates on our social channels every twenty minutes.'),
      n('Shuvo carried the booking platform pager that weekend.'),
      n("The harbour master's liaison on the day was Heðin, who coordinated with the coastguard."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("Toky had been on the quay for eleven hours by the time the last sailing left, and that's too long for anyone."),
      n("The gate staff faced most of the passengers' anger and kept their composure remarkably well."),
      n("Several of the desk team were shaken afterwards, so we've offered time off and a debrief with the welfare officer."),
      n('Pier Two, well done Rumana, that was a rough crowd, get yourself a hot drink, over.'),
      n('To be fair, the young woman at the desk was close to tears and doing everything she could for us.'),
      n('Running two overbooked sailings back to back with half the usual crew is exhausting, and the workload that day was unreasonable.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The gate scanner log reads "BOARD_DENIED user=vesna.k reason=CAPACITY_EXCEEDED" at 07:38.'),
      n('The booking engine returned "Sailing 0740-SKH oversold by 34, override accepted by operator mamy.r".'),
      n('Alert text at 06:41: "Manifest sync failed: duplicate booking refs detected (count=212, limit=180)".'),
      n('Audit trail line: "06:52 capacity_cap disabled by t.peric (reason: timetable import)".'),
      n("Pier Two, kiosk screen says 'ERROR 409 SEAT HOLD EXPIRED' on every walk-up, over."),
      n('The dashboard banner showed "Human review required: sailing capacity mismatch" for forty minutes.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved Thursday's release with no capacity test asked for, and next time I'll ask."),
      n('We reopened walk-up sales on the 17:15 because the dashboard looked fine; the call was ours.'),
      n('Pier Two, my fault, I had the Holm manifest up instead of the return, over.'),
      n('As operations manager I signed off on running the sync job during sailing hours, and I own that.'),
      n("I was the duty officer and I waited too long on the overflow vessel; from now on I'll call it as soon as a queue forms."),
      n("We missed the warning in our own morning checks, and we're rewriting those checks this week."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Pinning this on Bárður is tempting, but the system let him sell seats that did not exist.'),
      n('Hunting for whichever finger hit which key on the ticket desk is no part of this retrospective.'),
      n('People in my replies are blaming the gate staff, but their screens told them we had seats.'),
      n("Human error won't appear anywhere in my write-up, since the booking engine took 212 tickets for 180 places."),
      n("Pier Two, nobody's blaming the desk, get them rebooked, over."),
      n(
        'I have heard the word careless used about the night shift this week, and I want to put it to rest: the warnings they saw looked exactly like the daily noise.',
      ),
      n('The Authority does not seek to attribute fault to any individual and asks instead that the controls be examined.'),
      n('Some have asked whether Sina should have caught it; she could not have, because the count on her screen was already wrong.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('At 06:52 the capacity cap was overwritten with a blank by the timetable import.'),
      n('Duplicate bookings were created by the sync job retrying after a timeout.'),
      n('Passengers were admitted past the limit because the gate scanners were reading a stale manifest.'),
      n('Pier Two, seats got released twice by the kiosk, over.'),
      n("The dashboard's de-duplication rule swallowed the repeat warnings, so the alert was shown only once."),
      n('It is noted that boarding was permitted by the automated gates after the certificated number had been reached.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Afa reopened walk-up sales at 16:40 because the dashboard showed forty-two seats free.'),
      n('Itzel overrode the capacity warning, which had fired spuriously every morning that month.'),
      n("Kittiwake, Pier Two, Ailig's holding the ramp till we get a count, over."),
      n('Nikolina ran the timetable import at 06:50, the time the runbook gives for it.'),
      n('Tahmid called out the overflow vessel at 08:05, once the second count confirmed the shortfall.'),
      n('Miora answered passenger messages through the morning and posted the rebooking link at 09:12.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("On a double-sailing day our booking engine isn't fit to carry the load."),
      n('Our gate scanners failed at their one job, which was stopping boarding at capacity.'),
      n('We trusted the manifest sync far more than it had ever earned.'),
      n("The Authority considers the ticketing vendor's product negligent in its handling of capacity data."),
      n('The kiosk software was never competent to handle seat holds spanning two sailings.'),
      n('Pier Two, the new scanners are useless, reading green for everything, over.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply adding a hard stop in the booking engine when seats sold equals capacity is the whole fix.'),
      n('Obviously, from the sales graph, the double count begins with the 06:52 import.'),
      n("Pier Two, just a config flag, cap's back on, over."),
      n("Clearly the sync job's retry logic is where the duplicates came from."),
      n("The gate scanner change is just two lines in the rules file, and it's live."),
      n('Ferry company says the glitch was simply a duplicated manifest, fair enough if it is fixed now.'),
    ],
  ],
];

export const DEV_LEARNED31C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED31C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
