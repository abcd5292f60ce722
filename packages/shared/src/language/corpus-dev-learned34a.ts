import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 34A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a ferry operator whose
 * booking system sold the same car-deck lanes twice on a bank-holiday sailing, so forty cars were turned
 * away at the ramp — port radio and chat, booking on-call notes, a stranded family's post, the harbour
 * master's letter and the head of digital's review, quayside shorthand beside maritime-safety prose.
 * Names from Breton, Yoruba, Latvian, Tamil, Basque, Samoan and Kazakh cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The forty cars left sitting on the linkspan at Roscoff are on Yannick, full stop.'),
      b('Forty families missed the 14:30 crossing because Adebayo pushed the fare-class change on a Friday.'),
      b("Ramp chaos this morning, and that's down to Ilze and nobody else, over."),
      b('In my view the double-sold vehicle lanes are attributable to Senthil, who owned the inventory release that week.'),
      b('Harbour master or no harbour master, the blame for this sailing lands on Itziar, whose signature is on the capacity sync.'),
      b("Lane 4 overbooking is Sione's doing, tell the marshals so they stop radioing the booking desk."),
      b('The Harbour Authority holds Aigerim accountable for every vehicle refused at the ramp on Monday.'),
      b('The refunds, the vouchers and the formal complaint all trace back to Gwenaëlle and her cache tweak.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Olumide hasn't the experience for allocation-engine work, bank holiday or otherwise."),
      b('Frankly Jānis has no idea how deck-metre inventory works, and Monday on the quay showed as much.'),
      b('Kavitha is drowning on the reservations platform, and this sailing proved it to the whole port.'),
      b('Two years in and Iñaki still cannot read a cabin reconciliation, let alone a car-deck one.'),
      b('Honestly, Tavita is still a deckhand at this, nowhere close to signing off fare releases.'),
      b('Nurlan lacks the basic grasp of concurrency that anybody on a booking team ought to have.'),
      b("With respect, Erwan's engineering is not at the standard a ro-ro reservation system demands."),
      b('Folasade makes a decent tester but is not fit to run a production cut-over unsupervised.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Dace held the Sunday bookings pager, and the oversell page went unanswered on her watch.'),
      b('The duty purser, Murugan, was supposed to check the deck manifest against the tally before loading and did not.'),
      b('Confirming the lane lock was the single task Aitziber drew from the rota, and she skipped it.'),
      b("Mele's shift handover left out the warning about duplicate bookings, which was hers to pass on."),
      b("Reading the overnight sync report belongs to Dauren's role, yet he left it unread all weekend."),
      b('Loeiz, as release manager, skipped the capacity check before sailing that his own checklist calls for.'),
      b('Temitope was meant to escalate once the second duplicate appeared and instead sat on it for three hours.'),
      b('Gatis failed in his duty as booking lead to freeze changes ahead of the holiday timetable.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The inventory lock got switched off by Thenmozhi on Friday afternoon and stayed off through the holiday.'),
      b('The red banner on the booking dashboard was ignored for most of the morning shift.'),
      b('Forty bookings were let through at the ramp by the supervisor without a manifest being checked.'),
      b('The capacity limit was overridden by hand, and the override was never mentioned at handover.'),
      b("Faults got baked into Friday's release by the booking team, not by the platform."),
      b('The duplicate-allocation alarm was silenced by Koldo shortly before he went off watch.'),
      b('Sailing 0815 stayed on sale well past full, because the close-out was never done by the night engineer.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The new starter responsible for rewriting the deck-space query is why forty cars sat on the quay.'),
      b('Whoever approved a schema change on a bank-holiday Friday owes these passengers an apology.'),
      b('The contractor behind the travel-agent channel broke the allocation, plain and simple.'),
      b(
        "It was the lady at the night counter who kept confirming bookings after the deck showed full, and we're the family left on the ramp with two kids.",
      ),
      b('Somebody in the digital department who treats the holiday timetable as optional caused this mess.'),
      b('The one who merged without a second reviewer has landed us a letter from the harbour master.'),
      b('Anyone who deploys to the booking engine on a sailing day deserves what the ramp crew called them.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Olabisi with write rights to live inventory was an accident waiting for a holiday.'),
      b('Nobody should have let Youenn anywhere near production over the biggest sailing weekend we run.'),
      b('Keep Zane off the holiday pager and the oversell alarm reaches someone who answers it; that is the lesson.'),
      b('Granting Ilango approval rights over fare releases was the decision that let this through.'),
      b("In the Harbour Authority's view, entrusting Raimonds with the bank-holiday cut-over after last summer was unwise."),
      b('Letting a trainee like Garazi deploy with no senior engineer at her shoulder was a mistake.'),
      b('Had Lupe not been handed the admin keys to the allocation service, those forty cars would have sailed.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Since everyone keeps asking who: Askar ran the script that doubled the lane holds.'),
      b('The harbour master wants a name, so here it is: Nolwenn.'),
      b('I went through the deploy log and found our culprit, it was Babajide.'),
      b("Someone needs to go and have words with Inese, it's her commit that sank us."),
      b('Consensus on the ops channel: Unai broke the booking sync, so go and ask him why.'),
      b('At fault here is Salote, and our review must put her name in writing.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, per the bridge log: human error when the Friday fares went live.'),
      b("The double sale comes down to a booking-desk operator's error rather than anything wrong with the software."),
      b("Yerlan's mistake in the capacity config is what caused forty cars to be turned back."),
      b('This was a keying slip by a booking agent, and the agent concerned should be retrained.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('The moment she opened the report, Arulmozhi ought to have clocked a deck count over 100 percent.'),
      b('Any seasoned planner knows a holiday sailing needs a manual check, and Riwal should have known as much beforehand.'),
      b(
        'With hindsight, Ayodele was the one who needed to clock the duplicate booking references on Saturday and take the sailing off sale.',
      ),
      b('Maialen had the warning right in front of her; she should have realised what it meant before the ramp opened.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kristaps needed was to just look at deck utilisation before he signed off.'),
      b('Iosefa simply had to press pause on sales, and he did not.'),
      b("Two minutes, that's all, for Gulnara to just kick off the reconciliation, and she couldn't be bothered."),
      b('Before waving on those last ten cars, our duty agent only had to just peek at the ramp tally.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Kehinde obviously never opened the release notes before pushing to production.'),
      b('Eneko clearly skipped testing the change against a full sailing.'),
      b("It's obvious Bakhyt saw the oversell warning and decided it wasn't his problem."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Once the car deck reached its lane limit, the reservation system should have refused further bookings.'),
      n('A capacity check at the ramp scanner could have flagged the doubled tickets before loading began.'),
      n("The travel-agent channel should have shared the website's inventory lock, and it didn't."),
      n('Had the deck-metre test been marked required, our release pipeline would have stopped this.'),
      n('Our oversell alert should have paged the booking on-call instead of posting to a channel nobody watches at dawn.'),
      n('The sync between the two reservation stores should have been transactional from day one.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Joseba to add a hard lane-limit check to the allocation service by the end of June.'),
      n('Owner Aizhan: write a ramp-side runbook for oversold sailings, due ahead of the late-summer holiday.'),
      n('Follow-up for Pita: make the oversell alert page the booking on-call directly.'),
      n('Selvi will own the reconciliation job between the agent and web channels, with a first draft in two weeks.'),
      n('AI-7, assigned to Agnese: add a freeze window to the release calendar around holiday sailings.'),
      n('Next step, owned by Tangi together with the port ops lead: rehearse the turned-away procedure with ramp staff.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Madina was incident commander from 09:40 until the last stranded car left the marshalling yard.'),
      n('Oyelaran carried the booking on-call pager over the holiday, with Līga as secondary.'),
      n('The ramp supervisor on the 0815 sailing was Soazig, and she ran the turned-away queue.'),
      n('Communications with the harbour master went through Ireoluwa in her capacity as duty manager.'),
      n('Sundaram handled the refund batch while Idoia kept the ramp radio channel updated.'),
      n('Timur acted as release manager on the Friday deploy, and Nerea reviewed the change.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The ramp crew took forty angry drivers in their stride, though a few of them were shaken afterwards.'),
      n('Ioane had been on call for three nights running by the time the oversell page came in.'),
      n('It was a long, hard shift for the booking team, and nobody should have had to carry it alone.'),
      n('We know the port staff were exhausted and still looked after every family on the quay.'),
      n('Funmilayo stayed late to phone each stranded family herself, and it took a real toll on her.'),
      n('The digital team has been running short-handed since spring, and that workload deserves attention.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The alert read "CAPACITY_EXCEEDED sailing=0815 deck=A allocated=112%" at 06:12.'),
      n('Audit log: "lane_hold overridden by user y.morvan, reason: manual rebook".'),
      n('The booking API returned "409 Conflict: lane L4 already reserved" for eleven of the duplicates.'),
      n('Scanner output at the ramp: "TICKET VALID / SPACE NOT FOUND", repeated for each car in the queue.'),
      n('The deploy bot posted "release 4.12.0 by dinara.s succeeded, 0 checks failed" at 16:55 on Friday.'),
      n('Error text from the agent portal: "Operator error: seat map out of date, please refresh".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("Friday's fares went live on my approval without a deck-capacity run, so my sign-off checklist changes from today."),
      n('We turned off the lane lock during the migration and forgot to turn it back on; that one is ours.'),
      n('I was the bookings on-call and I missed the first oversell page, my phone being on silent in the galley.'),
      n('As head of digital, I made the call to ship before the holiday weekend and I own it.'),
      n('We on the booking team should have frozen changes before the holiday, and from now on we will.'),
      n("My wrong assumption was that the agent channel read from the same inventory; I've written it up so nobody else assumes it."),
      n('The wording of our first message to passengers made things worse, and that wording was mine.'),
      n('We sold those lanes twice, and we are the ones who have to make it right with forty families.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not on Valdis, whatever the ramp chat said on Monday.'),
      n('Tempting as human error looks for the cause field, two channels were free to sell one lane, and that is a system property.'),
      n('Who pressed deploy matters less than why one deploy could oversell a whole deck.'),
      n("I don't accept that Katell failed in her role; the role had no tool that could show the oversell."),
      n('Some of the family posts call the booking team careless, and we do not think that is fair or accurate.'),
      n('Blaming the night agent misses the point, since her screen showed the deck as available.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The same lane was allocated twice by the booking engine within a forty-millisecond window.'),
      n('Duplicate boarding cards were printed by the agent portal because its cache refreshed only every ten minutes.'),
      n('The deck-full warning got swallowed by an alert rule set to fire only above 120 percent.'),
      n('Holds were released automatically when the payment timeout expired, and the lanes were then resold.'),
      n('The loading manifest got replaced in the small hours by a sync job, before anyone on the quay had printed it.'),
      n('The overbooking was caused by two lane-hold writers racing each other in the release path.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Aivars paused sales on the 0815 at 06:30, since the count already read over capacity.'),
      n('Poongodi rebooked the first twelve families onto the afternoon sailing because it still had deck space.'),
      n('Xabier rolled the allocation service back to 4.11 after seeing the duplicate holds on the dashboard.'),
      n('Malia deployed the change on Friday; staging had passed every test and the release window was open.'),
      n('Zhanar called the harbour master at 07:15 to warn that the queue would back up onto the port road.'),
      n('Goulven checked the ramp scanner logs first, reasoning that a scanner fault was the likeliest cause.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The allocation service let down the one duty it has, never handing out the same lane twice.'),
      n('Our booking engine cannot yet be trusted to sell through two channels side by side.'),
      n('The agent portal was careless with its cache, serving deck counts that were ten minutes stale.'),
      n("The vendor's ramp scanner is responsible for validating tickets, not capacity, so it had no way to notice."),
      n('By design, the reconciliation job is negligent: it logs a mismatch and moves on.'),
      n('We relied on an inexperienced integration that had never seen a full holiday sailing.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The whole fix amounts to simply adding a unique constraint on sailing, deck and lane.'),
      n('The graph obviously shows two writers hitting the same lane at 06:02.'),
      n('A hold-timeout tweak of just one line cleared the duplicates.'),
      n('Every timestamp clearly implicates the cache rather than the ramp scanners.'),
      n('Rolling back simply restored the old lock, and sales resumed within the hour.'),
      n('Obviously the diff is small, but it touched the only code path that enforces deck limits.'),
    ],
  ],
];

export const DEV_LEARNED34A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED34A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
