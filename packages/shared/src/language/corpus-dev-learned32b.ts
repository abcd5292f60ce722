import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 32B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a regional theatre whose
 * box-office seat-map change sold the same seats twice on opening night — box-office and front-of-house
 * chat, the house manager's report, a patron's email, the board chair's questions and the general
 * manager's retrospective; names from Amharic, Icelandic, Hmong, Sardinian, Malayalam, Cree and Bosnian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double-sold stalls rows belong to Efisio; an hour before doors, he put the new seat map live.'),
      b("As far as the board is concerned, opening night's refund bill is attributable to Guðrún and nobody else."),
      b("Honestly, this whole mess is Tigist's; the seat-map import went through on her signature with nobody checking her work."),
      b("lol that one's on Kisik, he renumbered row K and then went out for a smoke"),
      b("The house manager's report ought to say in so many words that the overselling was Haris's doing."),
      b("I'd lay the forty furious patrons crowding the foyer squarely at Nou Vang's door."),
      b('Whichever way you cut it, the ruin of our opening rests with Unnikrishnan.'),
      b('Let us be candid with the board: Bainzu caused the duplicate sales, and our retrospective should record them as his.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Ásgeir frankly can't handle a seat-map migration; he's a lovely usher, but this was beyond him."),
      b(
        'We handed a box-office change of this size to someone with two months in ticketing, and Mekdes showed every one of those two months.',
      ),
      b("Pheng doesn't understand how sections map to price bands, so of course his venue plan fell apart."),
      b('Opening night proved what we suspected: Lejla barely understands the ticketing system.'),
      b('With the greatest respect, Nandakumar lacks the technical depth to oversee a box-office platform.'),
      b('Between us, Dagný flounders with anything fancier than the interval bar till.'),
      b("The vendor's implementation consultant, Giomaria, was not competent to advise a house of our size."),
      b('Kiwetin makes a fine stage manager and a hopeless administrator of systems, as Friday laid bare.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Amela was rostered as box-office supervisor that night and never ran the pre-show duplicate report her role exists to run.'),
      b("Testing the new seat map before it went live was Snorri's job, and the test plan stayed blank on his desk."),
      b('The house manager failed at the plainest bit of her duty: holding the doors when the house count does not match.'),
      b("Tou had the late box-office shift and didn't check overnight sales against the plan, which is the entire point of that shift."),
      b('Our ticketing lead did not do what the post asks of him, reconciling the manifest before curtain-up, and we paid for it.'),
      b('Revathi neglected her responsibilities as change owner by skipping the sign-off checklist.'),
      b("Duty managers are meant to walk the house with the seat list at the half; Zuanne didn't bother."),
      b("It was Mirza's week on the ticketing rota, and the import errors sat unread in his inbox until Saturday."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong version of the seat map was pushed by our own box-office lead, unchecked.'),
      b('Row F was renumbered by Hrafnhildur and not a soul was told.'),
      b('On Thursday the seat plan was mangled in the box office by staff who knew perfectly well what they were doing.'),
      b('The import warnings were waved away by the supervisor on duty without so much as a second look.'),
      b('The layout change was rushed through by Bachisio so it would be in place for the press preview.'),
      b('The validation step was deliberately skipped so the on-sale could open on schedule.'),
      b("Patrons were sold seats that didn't exist because the old layout was carelessly overwritten by the front-office team."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to launch a new seat map on opening night owes the board an explanation.'),
      b('The person who merged the balcony sections into one price zone has cost us a full night of takings.'),
      b("It's the vendor's new hire who broke our seat plan, not the software."),
      b('The one on the desk who kept overriding the "seat unavailable" warning is why two people ended up in C14.'),
      b('Anyone who pushes a seat-map change on a press night without a rollback deserves every bit of flak they get.'),
      b('The bright spark who thought we could skip a dress-rehearsal test of the ticketing change owes the cast an apology.'),
      b('Whoever runs your box office has no idea what they are doing, and I expect a full refund by return.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Selamawit should never have held admin access to the live venue plan.'),
      b('A temp box-office assistant should never have got her hands on the seat configuration in opening week.'),
      b('Trusting Einar with the on-sale was our error; he belonged on the phones.'),
      b('Nobody should have let Paj approve her own seat-map change.'),
      b("If we'd kept the vendor's junior consultant off our production system, the stalls would have been fine."),
      b("Gavino wasn't ready to carry the box-office pager on an opening night, and someone senior should have had it."),
      b("Letting Almaz sign off a change to the house plan alone was a mistake; she shouldn't have held that authority."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("So who actually pressed publish on the new map? The board meets Tuesday and I'd like a name by then."),
      b('It was Sikwan who sold those seats twice, and everyone in the box office knows it.'),
      b('The culprit here is Emina, and the board chair should hear that from us first.'),
      b('Find out which box-office clerk oversold the dress circle and send them to see me first thing Monday.'),
      b("If we're naming names, the fault lies with Dawit in ticketing."),
      b('Who exactly authorised this change in opening week, and why is that person still on the ticketing rota?'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the box office during the seat-map upload.'),
      b("The double booking was the ticketing coordinator's mistake, nothing more."),
      b("The vendor's report blames operator error on our side, and I agree with them."),
      b("This was a human slip, someone keying the wrong section code, and that's our cause."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Looking back, when she printed the manifest Kolbrún should have noticed the seat counts didn't add up."),
      b("Nimoshom, of all people, ought to have realised a new layout would invalidate the season ticket holders' seats."),
      b('Every warning sign was there, and Jasmin should have picked up on them days before we opened.'),
      b('In hindsight Chue should have halted the on-sale the moment the two maps disagreed.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("All Larentu had to do was compare the two seat maps; it's a five-minute job."),
      b("Mai Yer simply needed to press hold on row G and she didn't."),
      b('Would it have killed Edin to just take a glance at the sales report before doors?'),
      b('Sreekutty only had to refresh the plan after the import, and how hard is that?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Brynjar obviously didn't read the vendor's release notes before he went ahead."),
      b('Clearly Tonina never looked at the seat plan again after she changed it.'),
      b("It was plain as day that Adnan hadn't tested the layout, and he went live regardless."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The box-office system should have refused to sell a seat that was already sold under the old map.'),
      n('Ideally the seat-map import would have caught the duplicate row letters rather than silently accepting them.'),
      n('The venue plan tool could have held both layouts side by side until the first performance.'),
      n("The ticketing runbook should have contained a pre-show reconciliation check, and it didn't."),
      n('The on-sale process should have frozen layout changes for the week before opening.'),
      n('Our change calendar ought to have blocked seat-map releases on press nights altogether.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Meseret to add a duplicate-seat report to the pre-show checklist before the next production.'),
      n('Owner Hallgrímur: write a rollback procedure for seat-map changes, due end of month.'),
      n('Salvatore will build a rehearsal copy of the venue plan so layout changes can be tried before they go live.'),
      n('ACTION (Kihew, with vendor support): ask whether the import can reject overlapping seat IDs.'),
      n('Dhanya owns drafting the patron-refund template; the front-of-house meeting reviews it next.'),
      n("Next step: Xeng leads a walk-through of the new layout with the ushers before Saturday's matinee."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Hirut was box-office supervisor on opening night and Grazia was duty house manager.'),
      n('Steinunn took the incident lead role from the moment the first double-booked pair reached the stalls.'),
      n('During the response Neng handled patron relocation while Belma kept the stage manager updated on the hold.'),
      n('Under our change process, sign-off for the seat-map change sat with the box-office manager.'),
      n('Mahihkan held the ticketing platform pager that week.'),
      n('Anju ran the front-of-house briefing at the half; Muamer covered the box-office window.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Tigist had been pulling double shifts all week to get the opening ready, and by Thursday she was exhausted.'),
      n('The box-office team absorbed a great deal of anger from patrons that night and met it with real care.'),
      n('Ushers spent forty minutes calming upset patrons in the aisles, which is a lot to ask of anyone without support.'),
      n("Jishnu says he's barely slept since opening night; let's make sure he's all right."),
      n('Front-of-house were stretched thin with two sick calls, and still they got everyone seated.'),
      n("I know Samira feels responsible for how the night went, and she doesn't need to carry that weight by herself."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The box-office log reads: "Seat C14 sold by user efisio.m at 19:02; seat previously sold 18:40."'),
      n('The import tool showed "WARNING: 38 seats have no mapping in target layout. Continue? [Y/N]" and the recorded answer was Y.'),
      n('Alert text from the vendor dashboard: "User error: section code BAL-L not recognised."'),
      n('From the audit log: "Layout v7 published by nsalihovic".'),
      n('Receipts from that evening printed "Your seat: Stalls K12 (reassigned by operator)".'),
      n('The error page patrons saw said "Operator failed to complete transaction. Please see the box office."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I pushed the new seat map live on Thursday afternoon without running the duplicate check, and that check is now on my own list.'),
      n('Put that one on me; wanting the new pricing zones in place, I approved the change for opening week.'),
      n("We in the box office didn't reconcile sales after the import, and we'll do it before every show from now on."),
      n('A test performance on the new layout was something I ought to have demanded, and for the next show I will.'),
      n("My mistake lay in assuming the vendor had migrated the old bookings; I didn't verify it."),
      n('As general manager I signed off the timing, and the decision to go live during opening week was mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some on the board want to know whose fault this was, but the retrospective isn't going to name a culprit."),
      n('Saying the box-office supervisor should have caught it is tempting, yet the system gave her nothing to catch it with.'),
      n("I've seen the chat calling it Nipin's screw-up; it wasn't, and I won't have that repeated."),
      n('Some chat threads say human error, but the import accepted a layout that made double sales inevitable whoever sat at the desk.'),
      n("The patron's email calls our staff incompetent, and neither I nor the evidence accept that."),
      n('Blaming the new hire would be comfortable and wrong, since nothing in our process asked anyone to check the mapping.'),
      n('Nobody here was careless; the seat map looked correct on every screen we had.'),
      n('Who gets fired over this? No one, since the fault sat in how the change was rolled out.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Old bookings whose seat IDs had no match were silently discarded by the import job.'),
      n('Forty-one seats were sold twice because the layout was republished while the sales cache was still warm.'),
      n("Row K was renumbered by the vendor's migration script, which treated the aisle as a seat."),
      n('Tickets were issued by the web shop against the new map and by the box-office terminals against the old one.'),
      n("Duplicate-sale warnings got suppressed by the release's default configuration."),
      n("Season ticket holders' seats were reassigned automatically when the pricing zones were redrawn."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Ragnheiður published the new seat map at 15:10 once the vendor confirmed in writing that the migration was complete.'),
      n('Tesfaye reopened online sales after the import, since the test purchase he made went through without errors.'),
      n('Kou overrode the "seat held" flag on row G because the system showed the hold as stale.'),
      n("Lakshmikutty printed the house manifest at the half, which is when it's normally printed."),
      n('Pakwan moved the two families from D7 to D10 into the boxes once he saw the clash, which cleared the aisle for the overture.'),
      n('Dženana kept selling from her terminal because nothing on her screen showed the seats as taken.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The ticketing platform isn't competent at layout changes mid-run; it was built assuming the house never changes."),
      n("Carrying existing bookings onto the new map is the import tool's whole purpose, and on opening night it fell down on that duty."),
      n("We trusted the vendor's migration script more than it deserved."),
      n('Our pre-show checklist is careless about seat counts, since it never compares sold seats with the plan.'),
      n("Responsibility for blocking duplicate sales sits with the reservation engine, and the engine didn't carry it."),
      n('The box-office software is unreliable at the one duty that matters most on a full night: not selling a seat twice.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply locking the seat map from a week before opening until the run ends is the whole fix.'),
      n('The sales log obviously shows the clash beginning the minute the new layout went live.'),
      n('Rolling back only meant republishing version six of the plan, which took about four minutes.'),
      n('Clearly, the graph of seats sold against capacity passes a hundred percent at 18:45.'),
      n("It's only a small change to the import: reject any seat ID that already has a booking."),
      n('The logs make it plain: every duplicate pair has one ticket from before the import and one from after.'),
    ],
  ],
];

export const DEV_LEARNED32B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED32B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
