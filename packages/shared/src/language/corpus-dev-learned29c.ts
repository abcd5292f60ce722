import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 29C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a water-sports hire company's
 * booking team, beach staff and lifeguards after a booking bug double-booked kayaks and boats over a heatwave
 * weekend (staff chat, customer reviews, the harbour authority's letter, the owner's write-up), with Greek
 * Cypriot, Wolof, Ukrainian, Malay, Basque, Bengali and Inuit names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Saturday's double-booked kayaks are down to Aitor, full stop; it was his Friday-night calendar tweak."),
      b('Honestly the whole refund bill for the heatwave weekend sits with Oksana, since she signed off the booking plugin update.'),
      b('Every angry family standing on the slipway without a boat traces straight back to Babacar.'),
      b('The harbour authority asked who caused this, and the honest reply is Chrysanthos with that rushed release of his.'),
      b('Lol the pedalo chaos is 100% on Nuka, she turned off the availability lock and went to the beach.'),
      b('Sokhna owns this outage: the RIB overbooking happened on her watch and because of her config.'),
      b("Two days of lost takings, and every euro of it belongs on Tanvir's account."),
      b("If you're asking whose fault the forty duplicate paddleboard slots were, they're Itziar's."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Mykola has no business maintaining a booking system when he barely understands time zones.'),
      b(
        'Handing the reservation database to Garazi, a first-season intern, practically guaranteed two families squabbling over one kayak.',
      ),
      b("Frankly Kyriakos isn't senior enough to touch the slot logic, as the weekend showed everyone."),
      b("Rupa can't write a date comparison, so why is she our web developer?"),
      b('Ivalu is a great lifeguard but a hopeless coder, and the calendar bug shows it.'),
      b('Anything beyond a contact form leaves our contract developer floundering.'),
      b("Amaia hasn't got anywhere near enough experience to handle live booking data in peak season."),
      b("Bless him, Ousmane couldn't configure a beach umbrella, never mind a booking engine."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Taras was on the booking desk rota Saturday morning and never ran the overbooking report he's supposed to run at opening."),
      b('Siti had the duplicate-slot alert on her shift checklist and ticked it off without looking.'),
      b(
        'The beach supervisor, Marios, failed to walk the hire line and reconcile the paper list against the app the way his role requires.',
      ),
      b('Our online team lead is there to keep the calendar honest during a rush, and over the heatwave she managed none of it.'),
      b('Farhana was assigned the pre-season booking test and skipped it entirely.'),
      b('The morning crew neglected to phone the Sunday customers, even though calling ahead is written into their duties.'),
      b('Zulkifli had the booking inbox as his weekend duty and let forty complaints sit unanswered.'),
      b(
        'As duty manager Eleni had one task when the first double-booking came in, pausing online sales, and she let them run for six more hours.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The availability check was switched off by Bohdan on Friday and left off until Sunday night.'),
      b('The new release was pushed live without a single test by someone on the booking team.'),
      b("The kayak inventory got overwritten by Hafiz when he imported last year's spreadsheet."),
      b('Warnings radioed up from the beach staff were ignored by management for the whole of Saturday.'),
      b('The paddleboard sessions were double-sold by the online desk, who kept taking bookings after being told to stop.'),
      b('Errors were introduced into the booking config by the person who insisted on deploying before the heatwave.'),
      b("The harbour master's capacity limit was disregarded by Anirban when he raised the boat slots from twelve to twenty."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought shipping a booking update the night before a heatwave was sensible deserves every one-star review we got.'),
      b('The bloke who set up the calendar sync and then flew off on holiday is why we had three families fighting over one canoe.'),
      b('That trainee on the booking desk, the one who kept pressing "confirm anyway", caused half of Sunday’s mess.'),
      b("It's the one who thought testing on a Friday was optional that we need to talk about."),
      b('Whichever of the web team removed the overlap check owes the lifeguards a round of drinks and an apology.'),
      b('The person in the office who ignored the radio calls from the beach made this weekend far worse than it had to be.'),
      b('Some genius in the back office thought doubling the RIB slots would be fine, and here we are.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody sensible would have let Koldo anywhere near admin on the live booking calendar.'),
      b('Why was a summer temp allowed to push changes to the reservation system at all?'),
      b("Letting Nasrin approve her own booking-engine changes was a mistake we won't repeat."),
      b('A fortnight-old starter had no place being the sole on-call for the online shop during the heatwave rush.'),
      b("If we'd kept Aputsiaq away from the admin panel, the weekend would have gone like any other July weekend."),
      b(
        "The freelancer's production access ought to have been revoked the day his contract ended, and nobody should have trusted him with a Saturday hotfix.",
      ),
      b('Handing release sign-off to Debashish was a bad call, and we knew it.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Right, who did this? Somebody touched the slot settings on Friday and they'd better own up."),
      b('The culprit is Ujarak, plain and simple.'),
      b('No sugar-coating in this write-up: Joseba broke the booking system.'),
      b('Everyone on the beach knows it was Aisyah, so enough of this "it was a bug" nonsense.'),
      b("I reckon Sourav's our culprit, so let's chase him for the refund costs."),
      b('Track down whichever office staffer pushed that update and make them face the customers on Monday.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Cause of the double-bookings: human error at the booking desk.'),
      b('This was operator error, not a software fault; the calendar followed its instructions to the letter.'),
      b('The double-bookings came down to a slip by Haziq when he copied the July timetable across.'),
      b("Per the owner's write-up, the incident stemmed from staff error during the Friday-night update."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Cheikh should have seen the duplicate bookings piling up on Saturday morning when they sat right on his screen.'),
      b("Looking back, Pipaluk of all people should've known that changing the time slots would break the sync."),
      b("Any half-awake booking clerk would have noticed two groups paying for the same kayak at ten o'clock."),
      b("Yaroslava had plenty of opportunity to catch the overlap before Sunday and didn't."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('The one thing Gorka needed to do was just refresh availability before hitting confirm.'),
      b('Instead of waving people onto the same boats, Stavros could have simply held the paper list up against the app.'),
      b('Honestly, Awa simply needed one glance at the boat sheet before sending people down the slipway, and even that was too much.'),
      b('Ticking the "block overlaps" box would’ve taken Fatou ten seconds; she just had to do it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Aviaja obviously pushed the update having skimmed none of the release notes.'),
      b("Clearly Dmytro didn't bother testing a single weekend booking."),
      b(
        'It was blindingly obvious to anyone, Iñaki included, that forty bookings for twelve kayaks was wrong, and he confirmed them anyway.',
      ),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('A second reservation for a kayak that was already taken should have bounced off the booking engine.'),
      n('Our calendar plugin could have flagged the overlap instead of silently accepting both payments.'),
      n('A capacity check on the boat slots would have stopped this before a single customer arrived at the harbour.'),
      n('The release process should have included a test booking on a busy weekend date.'),
      n('Ideally the app should have locked the RIB inventory while the sync was running.'),
      n('The alert should have gone to the beach radios too, not only to the office inbox, which is unstaffed at weekends.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Azlan to add a hard overlap check to the booking engine before the August bank holiday.'),
      n('Owner: Moushumi, to write a test that books the same kayak twice and expects a rejection.'),
      n('Taqqiq will own the morning reconciliation checklist for the beach hut from next week.'),
      n('Follow-up for Loizos: set up a radio channel between the booking office and the slipway during peak days.'),
      n('Next step, owned by Khady: refund and apology emails to every double-booked customer by Friday.'),
      n('Nerea takes the action to agree a peak-weekend change freeze with the harbour authority.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Panayiota was duty manager on Saturday and coordinated the refunds from the beach hut.'),
      n("Unai carried the booking site's on-call phone across the heatwave weekend."),
      n('During the response, Astou handled customers at the slipway while Christakis rolled back the update.'),
      n("The harbour authority's letter was addressed to the owner, Androulla, as licence holder."),
      n('Malik was the lifeguard on the north beach, where most of the double-booked kayaks were launched.'),
      n('Incident lead for this review is Ainhoa; scribe is Rahim.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The beach staff were exhausted by Sunday afternoon after two days of apologising in 34-degree heat.'),
      n('Siku carried the whole booking desk on her own on Saturday and was shattered by close, so please look after yourself this week.'),
      n('Nobody should have to absorb that many angry customers in one shift; it wore everyone down.'),
      n('Huge respect to the lifeguards, who stayed calm and kept people safe while the boat queue was chaos.'),
      n('Olena cared enough to phone every family herself, and it cost her a lot.'),
      n(
        "The office team were stretched far past what's reasonable for a heatwave, and that comes from how we staff peak weeks, not from them.",
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The booking log shows "SLOT_CONFLICT ignored: user=ndeye.office override=true" at 09:14 on Saturday.'),
      n('The app kept throwing "Error 409: kayak K-07 already reserved, booking saved anyway" all morning.'),
      n('Alert from the monitoring bot: "Capacity exceeded on RIB-2 (14/12), last change by user mbaye".'),
      n('The deploy log reads "calendar-sync v2.3 deployed by kunuk.admin, tests skipped (--force)".'),
      n('The payment gateway emailed: "Duplicate charge detected for booking #4471; customer error suspected."'),
      n('The audit trail entry "override_conflict=true set by mykola_b" appears twice on Friday evening.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I pushed the calendar update late on Friday with no test booking, and that's on me."),
      n("Approving the change twenty-four hours before a heatwave was my mistake; I'll hold releases in peak weeks from now on."),
      n('Checking the overlap report on Saturday morning was on my list and I should have done it; from next weekend I will.'),
      n("That was my error: I told the beach team the app was reliable when I hadn't verified it."),
      n('We got the rollout timing wrong, and I take responsibility for that as the person who scheduled it.'),
      n("As the owner I let our customers down this weekend, and I'm writing this to own it."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some reviews say the lifeguards were useless, but they had no way of knowing two groups had paid for the same boat.'),
      n('Sure, you could say Xabier messed up, but the system let his change through with no warning at all.'),
      n("This review isn't about who's at fault; it's about why the calendar accepted overlapping slots."),
      n(
        "The harbour authority's letter asks us to identify the negligent staff member, and we decline to frame it that way, as the software and our process failed, not a person.",
      ),
      n("Writing human error down as the cause would be lazy, and it'd be false, since the tool gave no sign anything was off."),
      n('Nobody here is getting fired or named over this; the bug was in code that had passed review for two seasons.'),
      n('Moussa is not to blame for the Saturday queue, whatever the group chat says.'),
      n("I've seen messages calling the office team incompetent; I don't accept that, and neither should anyone reading this."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each kayak was booked twice by the sync job when the two calendars merged.'),
      n('The overlap warning was suppressed by a default setting in the plugin update.'),
      n('Customers were sent duplicate confirmations by the mail queue after it retried on a timeout.'),
      n("The boat inventory was reset to last season's numbers during the automatic import."),
      n('Slots were released back into sale by a caching bug each time the page refreshed.'),
      n('The harbour capacity limit was bypassed by the mobile checkout, which skipped the server-side check.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Edurne restarted the booking server at 11:20 on Saturday because the dashboard showed the queue stalled.'),
      n('Arnab confirmed the group booking manually since the app showed the boat as free at the time.'),
      n('Hanna moved three families to pedalos on Sunday to clear the slipway queue.'),
      n('Daouda disabled online sales for the RIBs at 14:00 after the harbour office rang about overcrowding.'),
      n('On Friday evening Iryna deployed the calendar update, which had passed the staging checks she was given.'),
      n('Nivi called the harbour master to report the boat count once the overlap was confirmed.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The booking plugin isn't competent to juggle two sales channels at once."),
      n("Keeping a kayak from being sold twice was the calendar sync's single job, and it failed."),
      n("We trusted the vendor's availability module more than it deserved."),
      n('The overlap check was careless about time zones, treating 10:00 local and 10:00 UTC as different slots.'),
      n('Responsibility for enforcing capacity sat with a cron job that only ran once an hour.'),
      n('The payment gateway was negligent in how it handled retries, charging some families twice.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The whole fix: just a unique constraint on kayak plus time slot.'),
      n('The graph obviously shows bookings doubling the minute the sync went live.'),
      n("Rolling back simply meant restoring Thursday's plugin version."),
      n('Clearly, going by the logs, the cache is at fault, not the payment step.'),
      n("It's just a two-line config change, but we'll test it on a copy first."),
      n('The timestamps make it obvious: both reservations landed within the same second.'),
    ],
  ],
];

export const DEV_LEARNED29C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED29C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
