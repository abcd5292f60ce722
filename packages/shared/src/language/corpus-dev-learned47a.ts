import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the ops team of a
 * Marseille port authority whose ferry-to-Corsica booking and boarding system double-sold cabins in an
 * August heatwave, in chat, notes, e-mails, letters and reviews, in the English of a French ops team.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double-sold cabins on the 14 August Ajaccio crossing are on Thierry Lemoine, full stop.'),
      b("Honestly, the whole overbooking mess is Karim's doing, and the quayside staff paid the price for it."),
      b('Monsieur le Directeur, we hold Madame Filippi personally responsible for the lost revenue on the Bastia line.'),
      b('If we are honest, the 340 furious passengers at the Gare Maritime are attributable to Pascal Ferrandi and to nobody else.'),
      b('lol this outage is 100% on mourad, he owns it'),
      b('The review board considers that the refunds and compensation, some 180 000 euros, rest squarely with Dominique Casanova.'),
      b('Nadia Brahimi caused the double-selling on the Porto-Vecchio route, and her name belongs on the report to the Direction.'),
      b("Whose heatwave disaster is it? Sofiane Kaci's, as the whole ops floor knows."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Farid is not up to running cabin inventory in high season.'),
      b('Madame Roux does not have the experience that a release of this size demands.'),
      b('Between us, Yannick is a junior who discovered the booking engine last month, and it shows.'),
      b("Our new booking analyst can't read a manifest, let alone reconcile one against cabin inventory."),
      b('Is Leïla Hamdi even competent to run the boarding system? After August, I doubt it.'),
      b('He is a fine deckhand, but as a systems administrator Antoine Mattei is completely out of his depth.'),
      b('Too green, too slow and too sure of himself: voilà Benoît Girard on the night of the incident.'),
      b("The vendor's integrator, a certain Monsieur Leclerc, has the skill level of a stagiaire when it comes to concurrency."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Samira was on call that weekend and failed to answer her pager for forty minutes, which is the one thing the rota asks of her.'),
      b('The release manager never ran the inventory reconciliation checklist that his role requires before a sales opening.'),
      b("It was Ibrahim's job to watch the overbooking dashboard during the peak sales window, and he didn't."),
      b('Madame Agostini, as duty manager, neglected her duty to stop sales once the first double-sold cabin was reported.'),
      b('Nobody on the night shift did the manifest check they are paid to do.'),
      b('Vincent signed off the change without reading it, which is exactly what a reviewer is there to prevent.'),
      b('Quayside supervisor Joseph Albertini abandoned his post at the boarding gate when the queues built up.'),
      b('Our capacity planner failed at the most basic task of the job: sizing the sales platform for August.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The cabin lock was disabled by Céline during testing and never switched back on.'),
      b('The overbooking warnings were ignored for three hours on the sales floor.'),
      b('Bon, the manifest was botched by the evening shift, and the Bastia boarding turned into chaos.'),
      b('The sync job was carelessly left disabled after the maintenance window.'),
      b('The wrong inventory file was uploaded to the sales channels, and nobody has owned up to it yet.'),
      b('The alert thresholds had been raised by Monsieur Pietri without telling anyone, so the overbooking went unseen.'),
      b('Corners were cut during the pre-season load test, and the port is now paying for that negligence.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever switched off the cabin lock on the Friday evening owes the Corsican passengers an apology.'),
      b('The one who pushed the fare update straight to production at 23h is the reason families slept on the quai.'),
      b('The intern from the IT department who "tidied up" the inventory table has cost us the whole weekend.'),
      b('It was the contractor from the Lyon office who broke the booking engine, ask anyone on the floor.'),
      b('Some bright spark at headquarters decided to open a third sales channel in mid-August, and here we are.'),
      b('The guy who was supposed to watch the sales dashboard was out smoking on the quay.'),
      b('Anyone who approves a schema change in the middle of the heatwave peak deserves what happened next.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Djamel should never have been given write access to the cabin inventory database.'),
      b('A summer temp like her should not have been allowed anywhere near the manifest export.'),
      b('If we had kept Rachid off the on-call rota in August, none of this would have happened.'),
      b('Why on earth was a trainee approving changes to the sales channels during the busiest week of the year?'),
      b('Monsieur Giudicelli must not be let near production again until he has been retrained.'),
      b('I would never have trusted Anne-Marie with the admin password for the booking platform.'),
      b("The vendor's people should have been kept out of our production environment from day one."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Let's be clear about who did this: it was Stéphane Vincenti."),
      b('who broke boarding?? -> Hamidou, he ran the script'),
      b('The guilty party is Mathilde Faure, and the director should hear her name first.'),
      b('At fault: Aurélie Marchetti of the sales desk.'),
      b('Find out who ran the bulk reassignment on Thursday night and go after them.'),
      b('Everyone on the ops floor knows the culprit is Xavier, even if the report is too polite to say so.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the sales desk.'),
      b('The double-selling came down to operator error during the cabin inventory reload.'),
      b("A booking agent's keying mistake is what put two families in cabin 7214 on the Ajaccio crossing."),
      b('As far as the port authority is concerned, the incident was caused by an error of the evening operator, not by the software.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Laurent ought to have seen that the inventory numbers were off the moment sales opened.'),
      b('With hindsight, the duty manager should have known the sync was down; the signs were all there.'),
      b('She should have realised, after the first two complaints at the gate, that cabins were being sold twice.'),
      b('In retrospect, Élodie ought to have held back the release the moment the staging test failed.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Fabien had to do was just press the pause button on online sales.'),
      b("She simply had to read the warning banner, and she didn't."),
      b('Monsieur Bacar just needed to compare two numbers on the manifest; how hard can that be?'),
      b("It would have taken him one click to close the web channel, he just didn't bother."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Grégoire never looked at the overbooking report before he went home.'),
      b('The shift lead clearly did not care about the passengers waiting in 38 degrees on the quay.'),
      b("Clearly, Madame Colonna didn't read the vendor's release notes."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The booking engine should have refused to sell a cabin already on the manifest.'),
      n('A lock on cabin inventory shared by all sales channels would have prevented the double sale.'),
      n(
        'The reconciliation job could have flagged the mismatch hours before boarding, had it run every fifteen minutes instead of nightly.',
      ),
      n('Our pre-season load test should have covered three channels writing to the same cabin at once.'),
      n('Ideally, the gate scanner should have rejected a second boarding pass for the same berth.'),
      n('The change process should have required a rollback plan for anything touching inventory in August.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Karim Benali to add a uniqueness constraint on (crossing, cabin) by 15 September.'),
      n('AI-3 — Owner: Lætitia Santoni. Add an alert when cabins sold exceed cabins available on any crossing.'),
      n('Nassim will own the runbook for pausing every sales channel at once, draft due next Friday.'),
      n("Owner for the quayside fallback procedure (paper manifests): Madame Pinelli, harbour master's office."),
      n("Jean-Baptiste takes the action to review the vendor's contract for a concurrency guarantee."),
      n('Next step, assigned to Soilihi Mohamed: rehearse manual boarding with the gate teams before the Toussaint sailings.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Maddalena Luciani; scribe: Hugo Blanc.'),
      n('The duty manager that night was Sylvie Garnier, with two agents at the Joliette terminal.'),
      n('Chamsia from customer service took the calls from passengers who had found strangers in their cabin.'),
      n("On the technical side, the booking platform team lead coordinated with the vendor's support engineer."),
      n('Roles during the response — harbour master: Capitaine Ferracci; liaison with the ship: Chief Purser Zaïnaba Ahamada.'),
      n('Ismaël Attoumani was the on-call engineer that week, with Hélène Rousseau as secondary.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The gate agents worked eleven-hour shifts in 38 degrees, and they were exhausted by Sunday.'),
      n('Rachida at the ticket office was in tears after a passenger shouted at her for half an hour; she deserves our thanks.'),
      n('Thank you, Madame Cristofini, for staying until 2 a.m. to rehouse families on the next crossing.'),
      n('The booking team had been short-staffed since July, and everyone was carrying too much.'),
      n("It's been a brutal week for the sales desk — please take the time you need to recover."),
      n('Our thoughts are with the colleagues who had to tell families on the quay that their cabin had gone to someone else.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The log shows: "ERROR inventory-sync: cabin 7214 on crossing AJA-0814 already allocated (user: npadovani)".'),
      n('Alert at 21:47: "OVERSOLD — crossing BAS-0815, deck 6, 12 cabins allocated twice".'),
      n('Boarding scanner output: "PASS REJECTED — berth already boarded by passenger DUPONT/M".'),
      n('The vendor API returned 409 CONFLICT "reservation locked by agent mhaddad" on every retry.'),
      n('From the audit trail: "2024-08-14 19:02 UPDATE cabin_inventory SET status=AVAILABLE — operator: s.ouali".'),
      n("The nightly report said, word for word: 'Manifest reconciliation SKIPPED: source unavailable'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I disabled the cabin lock to speed up the test run and forgot to re-enable it; that is on me.'),
      n('We opened the third sales channel without a load test, and we will not do that again in peak season.'),
      n("I'm the one who approved the change on Friday, and I should have asked for a rollback plan."),
      n('As head of the booking platform, I own this incident and the gaps in our process that allowed it.'),
      n('My mistake was reading the inventory dashboard as healthy when it had stopped refreshing at 18h.'),
      n('Our team missed the warning in the vendor notes; we have since added a release-notes review to our checklist.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This is not Nassim's fault, and nobody should be pointing at him."),
      n('Calling it "human error" would be lazy; the booking engine let two channels sell the same berth.'),
      n('Some on the quay wanted a name to blame, but the review found a missing lock, not a guilty agent.'),
      n('I refuse to say the evening shift was careless: they followed the procedure they had been given.'),
      n('Nobody here was incompetent — the system made a double sale easy and invisible.'),
      n('The question "who broke the boarding system?" is the wrong one, and we will not be asking it.'),
      n('Madame Santoni was not negligent; the alert she needed did not exist.'),
      n('Far from failing at her job, the duty manager stopped sales within ten minutes of the first report.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The cabin was sold twice because the web channel's hold was overwritten by the call-centre sync."),
      n('Boarding passes were issued for both bookings by the scheduler at 06:00.'),
      n('The inventory cache was invalidated by the nightly job, but a stale copy was still served to the travel-agent channel.'),
      n('Twelve cabins were released back to sale when the hold timer expired during the database failover.'),
      n('The manifest was generated from the cached inventory, not from the master table.'),
      n('Compensation vouchers were sent out by the CRM within the hour, before the actual cabin allocation had been confirmed.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Fabrice Leca restarted the sync service at 20:15, since that had cleared the same error in June.'),
      n('Corinne Battesti called the vendor hotline in Nice after the third double booking came in.'),
      n('Faïza Abdallah moved the families with children onto the Méditerranée sailing, where cabins were still free.'),
      n('Jean-Baptiste paused the travel-agent channel at 22:10 because its numbers were the furthest off.'),
      n('Before boarding opened, Mourad printed a paper manifest from the last good backup, which seemed the safest source at the time.'),
      n('Toihir Said checked each boarding pass by hand against the printed list, the way it was done before the scanners.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The booking engine was never fit for concurrent sales across three channels.'),
      n('The reconciliation job failed at its one job: it reported success while skipping the check.'),
      n("We trusted the vendor's inventory lock, and that trust was misplaced."),
      n('The alerting stack was negligent by design: no threshold existed for cabins sold above capacity.'),
      n('The monitoring was careless about the travel-agent channel, which it never polled at all.'),
      n('Responsibility for preventing a double sale should sit with a database constraint, not with a human watching a screen.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique constraint on crossing and cabin number.'),
      n('Obviously, the graph shows sales climbing past capacity at 19:40 on every channel.'),
      n('Just restarting the sync would not have helped; the cache was still stale.'),
      n('It is clearly a race condition: the two writes land within 30 milliseconds of each other in the log.'),
      n('The change itself is tiny — just two lines in the hold-timer configuration.'),
      n('Simply put, the evidence points to the cache, not to the sales desk.'),
    ],
  ],
];

export const DEV_LEARNED47A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
