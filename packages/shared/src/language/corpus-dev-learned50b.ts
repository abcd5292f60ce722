import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Lagos online pharmacy whose
 * prescription-verification and delivery platform released unverified orders and then froze riders' routes
 * during a fuel scarcity; chat, notes, e-mails, letters and reviews in Nigerian English with pidgin in chat.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The release of those unverified antibiotic orders is squarely on Adebayo, full stop.'),
      b('This whole frozen-routes palaver na Emeka own, no be system own.'),
      b(
        'Forty-two controlled-drug orders went out without a pharmacist sign-off, and that failure belongs to Pharm. Musa Bello as superintendent.',
      ),
      b("Per my last mail, the three-hour dispatch freeze is attributable to Rami Haddad's Friday deploy and to nobody else."),
      b('Management should know that every one of the unverified Tramadol orders traces back to Chiamaka Okafor.'),
      b('Aunty Funke, with respect, the PCN query we are now answering is on your head.'),
      b(
        'If the NAFDAC inspector asks who let the codeine syrup leave Ikeja without verification, the answer is Obinna and the loss is his to carry.',
      ),
      b('The riders stranded at Ojota for four hours? Put that one on Kunle, not on the fuel queue.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Ngozi does not have the experience to run pick-pack on a Saturday rush.'),
      b('Honestly, that boy Tunde cannot configure a dispatch board to save his life.'),
      b("Between us, Dr. Ifeoma's grasp of the PCN verification rules is shaky at best."),
      b('Our new ops lead is out of his depth with anything more complicated than a WhatsApp broadcast.'),
      b('Na learner dem put for rider app config, the guy no sabi anything about geofencing.'),
      b('I no longer believe Segun has the technical maturity to own the e-prescription service.'),
      b('With all due respect to her years at the teaching hospital, Yetunde is not fit to supervise remote verification.'),
      b('Chidi is a junior engineer pretending to be a senior, and the route-freeze logic shows it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Pharm. Aisha was the verifying pharmacist on shift and she did not verify a single one of those orders.'),
      b('The on-call engineer never acknowledged the alert for the verification service, which was his only job that night.'),
      b('Dispatch supervisor Wale abandoned the dispatch board at the exact hour the riders needed rerouting.'),
      b("It was Hauwa's rota week for the cold-box temperature logs, and she left the sheet blank from Tuesday."),
      b('Our QA lead signed off the release without running the verification regression suite she is paid to run.'),
      b('Uche failed in his duty as release manager to hold the deploy during peak order hours.'),
      b('Oga Bashir no do him work at all; na him suppose dey watch the rider app dashboard.'),
      b('Dear Sir, as compliance officer, Nadia Khoury neglected to check the daily unverified-orders report for the entire week.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The verification toggle was carelessly switched off by someone on the ops team and never switched back.'),
      b('Those orders were pushed through by Ebuka without a second look.'),
      b('The route cache was wiped by the night-shift engineer in a hurry to go home.'),
      b('Unverified scripts were waved through by the pharmacist on duty, one after the other.'),
      b('The warning banner on the dispatch board had been deliberately dismissed, and not by a machine.'),
      b('Mistakes were made by the logistics desk that cost us a whole Saturday of deliveries.'),
      b('The fuel-surcharge value was fat-fingered by Kelechi during the 2 a.m. manual edit.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The new hire who was given admin rights on day two is the reason prescriptions stopped being checked.'),
      b('Whoever merged the rider-app hotfix without testing it on a Tecno phone owes all of us an apology.'),
      b('It was that Abuja contractor, the one who never attends stand-up, who broke the route sync.'),
      b('The pharmacist who likes to approve orders in batches of fifty is how tramadol got out unchecked.'),
      b('Na that quiet guy for backend, the one wey dey always wear headphone, spoil the dispatch board.'),
      b("One star. Whoever at this pharmacy released my mother's insulin without checking the script has no business near patients."),
      b('The person who thought it was fine to disable the PCN check "temporarily" has cost this company its name in Surulere.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Gbenga should never have been given write access to the e-prescription database.'),
      b('Why was a two-week intern allowed near the production dispatch board during a fuel scarcity?'),
      b('If we had kept Femi off the on-call rota that weekend, none of this would have happened.'),
      b('A locum pharmacist with no onboarding should not have been trusted to approve controlled-drug scripts.'),
      b('Honestly, Sani was the wrong person to leave holding the release keys.'),
      b('Someone with his track record should have been kept far away from the rider-app admin panel.'),
      b('Abeg, who approve make Titi get superuser for production? Dem for no ever give am.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Let us call it what it is: Olamide broke verification.'),
      b('The culprit is Karim Chagoury, and HR needs to hear that name today.'),
      b("I've checked the audit trail and it's Damilola who turned off the pharmacist-approval step."),
      b('Na Ikenna do am, finish.'),
      b('For anyone wanting a name for the frozen rider routes, it is Tarek from the platform squad.'),
      b('Go after Zainab; she is the one at fault for the unverified insulin orders.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the verifying pharmacist during the 6 p.m. queue surge.'),
      b('The route freeze was caused by operator error on the dispatch console, plain and simple.'),
      b('Na human error, no be software; somebody for ops press the wrong button.'),
      b('Our preliminary finding is that a staff mistake in the pick-pack room, not any system fault, released the orders.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Halima should have seen that the verification count had flatlined by noon.'),
      b(
        'Anybody reading the fuel news that week would have known the rider routes needed a manual override, and Chinedu should have known it too.',
      ),
      b('With hindsight, the shift pharmacist ought to have noticed that no order had been queried for six hours.'),
      b('Kehinde had all the signs in front of him by Thursday and still did nothing, which in retrospect is hard to forgive.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Bolaji had to do was just click "hold" on the batch.'),
      b('Adaeze simply needed to glance at the verification column before pressing release.'),
      b('The dispatcher just had to ring the riders, that is all: one phone call.'),
      b('Abeg, na just to refresh the board Yusuf suppose do, e no hard.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Toyin obviously did not read the release notes before flipping the flag.'),
      b("It is clearly the pharmacist on duty who wasn't paying attention to the queue."),
      b('Clearly, the dispatch lead had ignored the fuel alerts for days before the routes locked.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The verification service should have refused to release any order without a pharmacist signature attached.'),
      n('Our rider app ought to have fallen back to cached routes when the maps API timed out.'),
      n('The release pipeline could have caught the disabled PCN check if the smoke test covered it.'),
      n('In an ideal world the dispatch board would have flagged riders idling for more than thirty minutes.'),
      n('Abeg, the system for hold those orders by itself; e no suppose allow am pass without sign-off.'),
      n('The fuel-scarcity playbook should have included a manual route-assignment mode for the rider fleet.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Pharm. Musa Bello to draft the revised two-pharmacist sign-off SOP by 14 March.'),
      n('AI-3, owner Chiamaka Okafor: add a hard block on release when the e-prescription verification field is empty.'),
      n("Rami will own the rider-app offline routing spike and report back at next Tuesday's retro."),
      n('Owner: platform squad (lead: Bisi). Alert when unverified orders in the release queue exceed zero.'),
      n('Aunty Funke has agreed to take the action on cold-box temperature logging for the Lekki hub.'),
      n('Follow-up for Ibrahim: document the manual dispatch fallback and walk the riders through it in Hausa and pidgin.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Adebayo; comms lead: Sade; scribe: Lanre.'),
      n('The superintendent pharmacist chaired the verification review while the dispatch lead coordinated riders on the ground.'),
      n('Morenike was on call for the platform that weekend, with Usman as secondary.'),
      n('During the response, the head of logistics handled calls from riders and the customer-care team handled calls from patients.'),
      n('Amaka, who runs pick-pack at the Yaba hub, held the physical parcels while the orders were re-checked.'),
      n('Georges Saab acted as liaison with the PCN inspectorate for the duration of the incident.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The riders had spent hours in fuel queues before their routes froze, and many were exhausted and worried about their daily pay.'),
      n('Pharmacists on the verification desk were handling nearly triple the usual volume that week, and it wore everybody down.'),
      n('Una well done o, I know say everybody don tire since Friday.'),
      n('Folake has been carrying the customer-complaints line alone since the incident, and we should make sure she gets proper rest.'),
      n('Nobody on the night shift had slept properly in days, and we owe them time off and a proper thank-you.'),
      n('It was a frightening weekend for the hub staff, with angry patients calling and fuel prices changing by the hour.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The log shows: "WARN verification_gate: bypass=true set_by=user:ops-admin-03 reason=null".'),
      n('Rider app error on every handset from 14:07: "Route sync failed: ROUTE_LOCKED (code 423)".'),
      n('Alert text received on WhatsApp: "[CRIT] unverified_orders_released > 40 in 15m, hub=Ikeja".'),
      n('The dispatch board displayed "No available riders - all routes frozen" for three hours.'),
      n('From the audit export: "2024-02-17 18:42 order #88213 status=RELEASED pharmacist_id=NULL".'),
      n('Payment webhook log: "payment.success received; fulfilment triggered before verification.complete".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the config change that disabled the verification gate, and I did not check what it defaulted to.'),
      n('We released the hotfix during peak hours, and we will move releases to the 10 p.m. window.'),
      n('My mistake was assuming the rider app would keep the last good route when the server locked.'),
      n('I take responsibility for not escalating to the superintendent pharmacist sooner that evening.'),
      n('Na me turn off the check for testing; I go write the guard so e no fit happen again.'),
      n('As head of operations, I signed off the fuel-crisis plan without a manual dispatch fallback, and that is on me.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people are asking who to sack, but this review is not going to name a culprit.'),
      n('It would be easy to say the pharmacist was careless; the evidence says the queue hid the unverified flag from her.'),
      n("This is not Kunle's fault, and anyone forwarding that voice note should stop."),
      n('Calling this "human error" would be lazy; the release gate let an empty signature through.'),
      n('Abeg make una no dey find who to blame; na the system allow am.'),
      n('We reject the suggestion in the board memo that the riders were negligent for stopping when routes froze.'),
      n('Nobody here was incompetent or lazy; the design made the wrong path the easiest one.'),
      n('Whether Dr. Nnamdi "should have known" is not a question this review will try to answer.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The orders were released by the fulfilment worker as soon as the payment webhook arrived.'),
      n('Rider routes were locked by the geofencing service when fuel-station data returned empty.'),
      n('The verification flag was overwritten by a migration script that set every null value to true.'),
      n('Prescriptions were marked as checked automatically whenever the OCR confidence crossed 0.8.'),
      n('The dispatch board was frozen by a database lock held for three hours by the nightly reconciliation job.'),
      n("The pharmacist alert was suppressed by the notification service's rate limiter."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 18:50 Chukwuemeka paused all releases from the Ikeja hub because the count of orders without a pharmacist ID looked odd.'),
      n('Hadiza phoned the first twenty patients herself to ask them not to open their parcels until a pharmacist called.'),
      n('Rania Fakhoury restarted the route service, which was the documented first step in the runbook for a stuck board.'),
      n('Onyeka switched the riders to manual assignment over WhatsApp, since the app showed nothing.'),
      n('Pharm. Garba re-verified 212 scripts by hand between 9 p.m. and 3 a.m.'),
      n('Layla Nasser approved the Friday deploy after the staging tests passed, which was the normal practice at the time.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The OCR model is not competent at reading handwritten prescriptions from general hospitals.'),
      n('Our rider app failed at its one job during the scarcity: telling riders where to go.'),
      n("We trusted the maps vendor's API far more than its uptime record deserved."),
      n('The release gate was careless with null values, treating a missing signature as a valid one.'),
      n('Responsibility for enforcing the PCN two-step check sits with the platform, and the platform did not enforce it.'),
      n('The fuel-station availability feed proved an untrustworthy input for route planning.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a not-null constraint on the pharmacist_id column.'),
      n('Obviously, the graph shows releases spiking the minute the gate config changed.'),
      n('It was just a one-line change in the feature-flag file, which is why the diff looked harmless.'),
      n('Clearly the audit log backs up the timeline: every unverified order has the same null pharmacist field.'),
      n('To unfreeze the routes we simply cleared the lock on the route table and restarted the sync.'),
      n('Na just small patch e need: add timeout for the maps call, finish.'),
    ],
  ],
];

export const DEV_LEARNED50B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
