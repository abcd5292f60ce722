import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 43A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the ops team of a
 * Kathmandu trekking-permit and helicopter-rescue dispatch company whose platform double-assigned rescue
 * helicopters in a spring storm at Everest base camp; Nepali, Sherpa, Newar and Tamang names, dispatch
 * and web-ops jargon, in chat, notes, e-mails, letters and reviews.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double assignment of 9N-AMK on the Gorakshep sortie is on Bikash dai, full stop.'),
      b('Honestly, the two hours we lost at Pheriche belong to Sunita Maharjan, because it was her release that went out Friday night.'),
      b('As far as the board is concerned, the lost weather window at base camp is attributable to Pasang Nuru Sherpa and nobody else.'),
      b("Ops chat 14:52 - this whole mess in the dispatch queue is Rajani didi's doing, kindly note it in the log."),
      b(
        'Sir, with respect, the insurance loss on the Lhotse face rescue must be charged to Ujjwal Shakya, since the manifest change was his.',
      ),
      b('The grounded second helicopter, the angry clients, the CAAN letter: every one of these traces back to Mingma.'),
      b('Dorje ji, the SMS gateway outage that left Camp II waiting is yours to answer for.'),
      b("Whatever the vendor says, the delay in the climber's evacuation rests squarely with Krishna Tuladhar."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Roshan is not experienced enough to run the dispatch board on a storm day.'),
      b('Frankly, Anjali Pradhan does not have the skill for heli ops; she is a booking-desk person only.'),
      b("The new dispatcher from Pokhara can't even read a METAR, and we put him in charge of two sorties."),
      b('Between us, Lhakpa didi is too junior and too slow for manifest work inside a weather window.'),
      b('Is Dipesh even qualified to touch the booking queue? After this week I have my doubts.'),
      b("Tenzing's grasp of the SMS gateway config is, let's say, weak."),
      b("An engineer of Manish Joshi's level should not be writing dispatch logic at all; he lacks the basics."),
      b('In my assessment, Ms. Bajracharya is unfit for the duty-manager post she holds.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Hari was the duty dispatcher at 06:10 and did not confirm the second tail number, which was his one job.'),
      b('The on-call web engineer never answered the pager while two crews launched for the same patient.'),
      b('Puja didi skipped the manifest cross-check that the rota had put on her that morning.'),
      b('Our Lukla coordinator, Phurba, failed to radio base when the first helicopter lifted.'),
      b("It was Sarita Amatya's shift to watch the booking queue, and she did not watch it."),
      b('Dawa Tamang neglected his duty as weather officer by leaving the window open in the system.'),
      b('The release manager - Binod himself - let the deploy go without the dispatch smoke test his own checklist demands.'),
      b('Sangita, as owner of the SMS gateway, did not renew the sender ID even after two reminders.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The second sortie was dispatched carelessly, without anybody looking at the board.'),
      b('The weather hold was overridden by Kamala from the booking desk.'),
      b('The manifest was filled in sloppily and sent up to the pilots unchecked.'),
      b('The retry limit on the SMS gateway was set to zero by someone in a hurry and never looked at again.'),
      b('Both helicopters went to Gorakshep because the double-booking banner was ignored.'),
      b('The pilot duty-time rule was bypassed, deliberately, by the Lukla desk staff.'),
      b('Again the duplicate alert got dismissed without a second thought.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed the dispatch hotfix at midnight owes both crews an apology.'),
      b('The intern who was given admin on the booking queue is the reason 9N-AMK flew twice.'),
      b('The one who cleared the duplicate flag without reading it knows who they are.'),
      b('Somebody on the night desk who thinks warnings are decoration caused this.'),
      b("It's always the same fellow from the web team, the one with the Pulsar bike, who breaks dispatch right before a storm."),
      b("The person who copied last year's manifest template over the live one should step forward."),
      b('That new hire from the Thamel office, the one who never writes handover notes, double-assigned the helicopters.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Rajendra should never have been given write access to the dispatch database.'),
      b('Had we kept Suman off the storm-day roster, the second sortie would not have launched.'),
      b('Someone like Ang Rita, with two weeks on the desk, should not be allowed to approve a rescue manifest.'),
      b('Why was Gita ji trusted with the SMS gateway keys in the first place?'),
      b('If Nirmala had not been on call that night, we would have had one helicopter per patient.'),
      b('The trainees ought to have been kept well away from production during the spring season.'),
      b('In no world should Prakash have been allowed to approve his own dispatch change.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit is Bijaya, plain and simple.'),
      b('We know who did it: Chhiring from the booking team.'),
      b('It was Ngima who double-assigned the helicopters, let us not pretend otherwise.'),
      b('Management wants a name, and the name is Shanti Rajbhandari.'),
      b('Find out which dispatcher pressed confirm twice and deal with him.'),
      b('At fault: Lopsang, dispatch desk, 05:40 shift.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the dispatch desk.'),
      b('The duplicate sortie came down to operator error during the storm rush.'),
      b("It was a dispatcher's mistake, not a software fault, that sent two helicopters to the same climber."),
      b('Our conclusion is that a slip by the person on the keyboard, nothing more, caused the double assignment.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Maya should have seen that both crews were heading for the same landing zone.'),
      b('Mr. Moktan ought to have known the weather window would close by noon.'),
      b('With the forecast we had, the duty manager should have held the second helicopter at Lukla.'),
      b('Anyone watching the board that morning should have noticed the same patient ID twice.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kami had to do was just refresh the dispatch board before pressing confirm.'),
      b('She simply needed to read the SMS reply, and she did not.'),
      b('Bir Bahadur dai could just have called the pilot - one phone call, that is all.'),
      b("It was simply a matter of the night dispatcher checking the tail number, and that didn't happen."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Dolma did not look at the manifest before approving it.'),
      b('Obviously the booking team ignored the storm alert; anyone can see that.'),
      b('Pemba Lama was obviously not paying attention when the second request came in.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The dispatch service should have refused a second assignment for the same patient ID.'),
      n('Our booking queue could have locked the record while the first sortie was pending.'),
      n('Ideally the SMS gateway would have retried on the backup route instead of dropping the message.'),
      n('A weather-window check should have sat between the manifest and the launch button.'),
      n('In storm mode the duplicate-detection job should have run every minute, not every fifteen.'),
      n('Honestly, the handover form should have had a field for sorties already in the air.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Sabina Shrestha to add a unique constraint on patient ID in the dispatch table by 15 Baisakh.'),
      n('Owner - Tashi: write the storm-day dispatch runbook before the autumn season opens.'),
      n('AI-4, idempotency keys on the booking API; owner Reshma Manandhar, reviewer Ramesh.'),
      n('Phurba Tamang will take the SMS gateway failover test and report back next Sunday.'),
      n('Next step for the Lukla desk lead: put up a second screen showing airborne tails, target end of May.'),
      n('Owners agreed in the call were Nima Doma for alert wording and Sushila for the CAAN report.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident Ramesh was incident commander and Shreya handled client calls.'),
      n('Gyalzen Sherpa was the duty dispatcher from 05:00 to 13:00.'),
      n('Roles on the bridge call: comms, Bimala; scribe, Saroj; heli liaison, Captain Thapa.'),
      n("The booking-platform on-call for that week was the web team's second engineer, Niraj."),
      n('Our chief pilot spoke with both crews while the ops manager kept the insurer informed.'),
      n('Lakpa Diki covered the SMS gateway and watched the delivery dashboard throughout.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night desk had been on shift for fourteen hours by the time the second request came in, and they were exhausted.'),
      n('Kanchha dai has barely slept since Saturday; please give him some space this week.'),
      n('Everyone in the Lukla office was frightened for the climbers, and it showed in how carefully they worked.'),
      n('I know Sunil took the CAAN call hard - he cares about every single patient.'),
      n('Thank you, didi, for staying on the radio till midnight; we all saw how much strain you were under.'),
      n('With forty bookings an hour coming in, the desk was carrying far more than any rota plans for.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Dispatch log 06:12:04: "ASSIGN 9N-AMK -> REQ-2211 by user pnuru OK".'),
      n('The gateway returned "ERR 429 sender throttled: DISPATCH-SMS" for every alert after 06:15.'),
      n('Alert text, verbatim: "DUPLICATE ASSIGNMENT SUPPRESSED - override by duty_dispatcher".'),
      n('Booking API response: {"status":"conflict","reason":"manifest locked by sshrestha"}'),
      n('Pager entry at 06:20 reads "ACK by rdhakal (web on-call)".'),
      n('From the weather feed: "VNLK WX HOLD - VIS 800M - RWY 06 CLOSED".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the dispatch release on Friday without a storm-mode test, and I will add one to my checklist.'),
      n('We ignored the duplicate warning for months because it fired so often; that is on us as a team.'),
      n('My mistake: I told the pilots the weather window was open until eleven.'),
      n('As ops head I signed off the rota that left one dispatcher on a storm day, and I own that.'),
      n('We shipped the booking change late on a Friday, knowing full well it was peak season.'),
      n('I was the one who cleared the storm-mode alert at 05:58, and I will walk through why in the review.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Nobody here is looking for a culprit; the question is why the system let two assignments through.'),
      n('Some in the group chat blamed Deepak for the double booking, but the log shows the platform did it on its own retry.'),
      n('It would be easy to call this human error, and it would be wrong.'),
      n('"Careless dispatcher" is the phrase the insurer used, and we reject it in this review.'),
      n('This is not about Chandra didi being slow or inexperienced; any of us at that desk would have pressed confirm too.'),
      n('Please stop asking who is at fault, because the review will not name anyone.'),
      n('I heard people say the new hire should never have had access, but the access model, not him, is what we are fixing.'),
      n('Whatever the rumours in Thamel, no pilot and no dispatcher is being blamed for the second sortie.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The second request was re-queued by the booking service after a gateway timeout.'),
      n('Both helicopters were assigned to REQ-2211 by the auto-dispatcher within four seconds.'),
      n("The weather hold was cleared by a cron job that still used last year's timezone."),
      n('SMS confirmations were dropped once the sender quota was exceeded.'),
      n('During the sync between the Lukla tablet and the cloud, the manifest was overwritten.'),
      n('The duplicate flag was suppressed by a rule added in 2022 for group treks.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Pradeep Maharjan approved the second sortie because the board showed the first one as cancelled.'),
      n('At 06:14 Yangji cleared the warning, which had fired falsely eleven times that week.'),
      n('Captain Tshering lifted from Lukla after the app confirmed a clear slot.'),
      n('Rabindra restarted the SMS gateway container, since that had fixed the same error in March.'),
      n('Seeing no helicopter against the first request, Mingmar copied the patient details into a second one.'),
      n("Sujata called the base camp clinic to confirm the climber's location before the pilots launched."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The auto-dispatcher is not competent to handle two requests for the same patient.'),
      n("Our SMS vendor's product failed at its one job during the storm: delivering the alert."),
      n("We trusted the booking queue's lock far more than it deserved."),
      n('The duplicate check was careless in how it compared names, ignoring spelling variants.'),
      n('Responsibility for sequencing sorties should sit with the dispatch service, not with a screen refresh.'),
      n('The weather integration is unreliable and immature, and it was never fit for a storm-day load.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique index on patient ID plus status.'),
      n('The graph obviously shows two assignment calls four seconds apart.'),
      n('It is just a two-line change to the retry policy.'),
      n('Clearly the logs point to the retry, not to anyone at the desk.'),
      n('Simply turning on storm mode would have halved the queue.'),
      n('Obviously the timeline needs the airborne times added before we send it to CAAN.'),
    ],
  ],
];

export const DEV_LEARNED43A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED43A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
