import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 27A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a ski resort's lift operations,
 * ticketing and ski-patrol teams after its access-gate and lift-pass system failed on a holiday weekend (clipped
 * lift radio calls, ticket-office shift chat, guest refund emails and a formal report to the regional tourism
 * board); names from Basque, Khmer, Estonian, Yoruba, Samoan, Czech and Tamil cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Lift 3 to base, Gondola gates are dead again and that's on Iñaki, he pushed the pass update at six."),
      b("The forty minutes of queueing at the Chair 2 turnstiles are squarely Sreymom's doing."),
      b("Our report to the tourism board should state plainly that the weekend's losses trace back to Mr Tõnu Saar."),
      b('Refund reply to guest: the closure you ran into was down to Adebayo on our systems desk, and he has been spoken to.'),
      b('If you ask me, every one of those four hundred refunds belongs to Jitka.'),
      b("Patrol channel, for the record, the frozen gate at the summit station is Senthil's mess and not ours."),
      b('Honestly the whole holiday-weekend meltdown sits with Sione and his late-night config change.'),
      b("We lost Saturday's takings because Kadri flipped the pass database over without telling a soul."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Unai can barely reset a turnstile, let alone run the gate server on a holiday weekend.'),
      b("Kosal, unsupervised, on the pass-encoding machine? The lad started in January and can't tell a blank card from a spoiled one."),
      b("Frankly, one winter selling tickets hasn't prepared Folake to run ticketing on the season's busiest weekend."),
      b('Ticket chat: nice bloke, Rein, but the access-control software is miles beyond him.'),
      b("It is management's view that Mr Zdeněk Horák lacked the technical competence to oversee the gate migration."),
      b('Does Malia have any qualification for the lift-pass back end at all? Serious question.'),
      b('Kavitha barely understands the RFID readers, and Saturday proved it.'),
      b("Two seasons of selling day passes doesn't make Oluwaseun a systems administrator."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Priit was rostered as gate supervisor on Saturday morning and never once walked the turnstile line.'),
      b('The duty ticketing lead, Sopheap, did not run the opening checks her checklist requires.'),
      b('Patrol to base, Lagi was on radio watch and let three calls from the top station go unanswered.'),
      b("Ondřej was supposed to keep the paper-ticket float ready for exactly this and didn't bother."),
      b('Despite being the on-call systems contact, Murugan did not pick up his phone for two hours.'),
      b("Nerea's job on Sunday was to reconcile refunds at close, and she left the lot for Monday."),
      b('The lift operations manager, Mr Babatunde Adeyemi, neglected to escalate the gate fault to the vendor as his role requires.'),
      b(
        'Pita, you were on the Chair 4 gate, you were meant to wave guests through on manual when the readers died, and you stood there instead.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The gate firmware was pushed to live by Aitor without a single test scan.'),
      b('The pass database was wiped in the middle of opening hours by someone on the ticket team.'),
      b('Warnings from the gate vendor were ignored for a whole week before the holiday.'),
      b('The override procedure got skipped at the base turnstiles, and from what I hear it was skipped on purpose.'),
      b('According to three guests, their refunds were mishandled by Chanthou at the window.'),
      b('It appears the lift-pass price table was edited carelessly on Friday night and never double-checked.'),
      b('The backup reader was switched off by Margus to silence its beeping.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever unplugged the gate controller in the base hut owes the whole mountain an apology.'),
      b('The seasonal kid who reset the pass server mid-morning is the reason we had a two-hour queue.'),
      b('Lift 6 to base, the genius who changed the gate timeout can come up here and explain it to the families.'),
      b('It was the new ticketing contractor, the one hired in December, who broke the barcode format.'),
      b('Anyone who would restart the access system at ten on a holiday Saturday has no business in IT.'),
      b('The person in the ticket office who kept telling guests the gates were fine made everything worse.'),
      b('Somebody on the night crew decided to run the update, and that somebody cost us the weekend.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'Whoever signed off admin rights for Vannak on every gate controller trusted him with far more than he should ever have been given.',
      ),
      b('Why was a first-week liftie handed the override card for the whole base area?'),
      b('Honestly, putting Jaanus on the pass-system pager for a holiday weekend was a bad call.'),
      b('Nobody should have let Bisola near the live ticketing database without someone senior watching.'),
      b('In our view, approval authority over the gate upgrade was never appropriate for Mr Vojtěch Dvořák to hold.'),
      b('Handing Tuiasosopo the vendor-portal login was asking for trouble.'),
      b("If Meenakshi hadn't been allowed to sign off her own change, the gates would have opened on Saturday."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Before the tourism board rings, I need to know which of you killed the gates.'),
      b('It was Kehinde. Kehinde ran the script, and everyone in the ticket office knows it.'),
      b("Ticket chat: found our culprit, it's Liis from the night shift."),
      b('Management needs to go after whoever signed the vendor change form, and my money is on Rithy.'),
      b('Faleolo is at fault, full stop, and everyone on this channel should hear it.'),
      b('Find out which operator hit the purge button and send them to my office.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error at the ticket office is what took the gates down.'),
      b('Operator error at the Gondola base station took down every turnstile on the mountain.'),
      b('As the report will say, one of our lift staff made a mistake and the failure followed from it.'),
      b('Ayodele slipped up re-keying the pass encoder, and the gates went down because of it.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Triin should have noticed the gate error count climbing before the first coach pulled in.'),
      b("Anneli had Friday's bounced test card in her hand; she should have worked out then that the new passes wouldn't scan."),
      b("Looking back, Xabier had every chance to spot the expired certificate and didn't."),
      b("Any seasoned operator would have known to switch the gates to manual the moment the queue formed; Femi didn't."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Flipping the gates to free-pass mode was all Salote needed to do, just one switch.'),
      b("Reading the vendor's Thursday email was simply too much for Edurne, apparently."),
      b("One press of the override key on the turnstile, Radka, that's just it, and you never did it."),
      b('Ilango could simply have radioed patrol and asked for a hand at the gates.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Gorka went home without testing the new pass format, obviously.'),
      b("Clearly Piret didn't bother reading the rollback instructions."),
      b('Everyone but Tamasese could clearly see the gates were bouncing every season pass.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('When the pass server dropped, offline validation in the gate controllers should have kicked in.'),
      n('A test scan at each turnstile before Saturday opening should have been mandatory under our change process.'),
      n("The vendor's firmware could have warned us that the longer barcode would be rejected."),
      n('Ideally the ticketing system would have queued refunds instead of failing them outright.'),
      n('A load test on the pass database belonged on the holiday readiness checklist and should have been there.'),
      n("Radio alerts would have reached patrol faster if they weren't routed through the ticket office console."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n("Action: Amaia to add a manual-override drill to the lift operators' preseason training by 1 March."),
      n('Owner: Dara, to script an offline-validation fallback for the base gates before February half-term.'),
      n('Sina will draft the refund template for guests affected on Saturday and Sunday.'),
      n('Follow-up for Karthikeyan: ask the gate vendor for a certificate-expiry alert, due end of month.'),
      n('Jiří owns the new two-person sign-off for pass-system changes, with a target date before Easter.'),
      n('Next steps: Kertu reviews the ticketing on-call rota so no one covers a holiday alone.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Leota was incident lead on Saturday, Socheata handled guest communications, and Urmas ran the radio net.'),
      n('The ticket office supervisor on duty that morning was Titilayo.'),
      n("Patrol's dispatcher, Ioane, relayed the gate status to each lift top every fifteen minutes."),
      n("For the board's information, the resort's systems administrator at the time was Mr Bohumil Novák."),
      n('Base to Lift 2, Selvi is your gate lead until noon and Pisey takes the afternoon.'),
      n('Koldo acted as vendor liaison and held the call with the gate supplier from 09:40.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The ticket office crew worked nine hours without a proper break while angry guests queued outside.'),
      n('Thenmozhi had been covering two lifts since dawn and was running on no sleep by the time the gates went down.'),
      n('Nobody on the base team deserved the abuse they took from guests on Saturday.'),
      n('Mele stayed until midnight reissuing passes by hand, and she was clearly exhausted.'),
      n('Lift operators bore the brunt of it with frozen hands and a radio that never went quiet.'),
      n("I know the night crew feel responsible, and they shouldn't have to carry this alone."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The turnstile display read 'PASS REJECTED - HOLDER UNKNOWN' for every season card after 08:12."),
      n("Gate log: 'user narith.k override denied: insufficient privileges' repeated 340 times."),
      n("At 07:55 the pass server alerted 'operator session expired, sync aborted' and stopped."),
      n('Error from the refund tool: "Refund failed: cashier ID Q-17 not authorised for amount".'),
      n("The vendor dashboard flagged 'human intervention required' on all six gate controllers."),
      n("Audit line quoted in the report: 'config pushed by admin_lemalu at 06:02, checksum mismatch'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I pushed the pass-format change on Friday night without a test scan, and I'll add that step to the checklist."),
      n("That one's on me: I told the ticket office the gates were fine without having checked the summit station."),
      n('We approved the upgrade during a holiday freeze; as a department, we got that wrong.'),
      n("I should've rung the vendor at seven and not sat waiting on the nine o'clock update."),
      n("My error was leaving the backup reader in test mode after Thursday's drill."),
      n("As ticketing lead I carry responsibility for the refund backlog, and I've started clearing it."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("It wasn't Ander's fault; the gate server would have fallen over on anyone's shift."),
      n('Some guests have written that our staff were incompetent, and nothing in the evidence supports that.'),
      n('Blaming the liftie at Chair 4 misses the point, because the readers rejected every card regardless of who stood there.'),
      n('The board may hear that human error caused the outage; our review found the certificate expiry did.'),
      n("I'm not interested in who pressed the button; I want to know how a single button could do all that."),
      n("No one on this mountain carries blame for the Saturday queues, and I won't have the radio used to go after anyone."),
      n('Calling Bopha careless would be unfair when the override menu put the purge option right next to reset.'),
      n("People keep asking who's at fault, but a culprit won't fix a gate that can't validate offline."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Every season pass was rejected by the gates once the certificate expired at midnight.'),
      n('The pass database was locked by the nightly backup job, and the gates timed out waiting on it.'),
      n('Refunds got doubled by the payment gateway whenever guests pressed submit twice.'),
      n('Guests were turned away at the Gondola because the reader cache had been emptied by the restart.'),
      n('The radio repeater was knocked offline by the same power dip that reset the gate controllers.'),
      n("Sunday's day tickets were printed with the wrong barcode length, a default baked into the new template."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("Maialen restarted the pass server at 08:30 because the vendor's runbook listed that as the first step."),
      n('Seeing the queue at Chair 2, Chenda opened the side gate and counted guests through by hand.'),
      n('Veasna switched the ticket windows to cash-only after the card terminals started timing out.'),
      n("Olumide phoned the vendor's support line at 07:20 and was told an engineer would call back within the hour."),
      n("Tiit applied Friday's firmware patch, which the vendor had labelled a security fix."),
      n('Yetunde posted the closure notice to the resort app so arriving guests would know before parking.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The gate firmware isn't fit for holiday-weekend volumes."),
      n("The pass server couldn't do its one job, telling a turnstile whether a card is valid."),
      n("The vendor's offline mode was trusted to cover an outage, and it turned out never to have been tested on readers our age."),
      n('The refund tool is careless with decimal places and rounded several refunds down.'),
      n('No component in the gate design was responsible for offline validation.'),
      n('Under load, the old paper-ticket process proved more competent than the new RFID system.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('In the end the repair was simply a certificate renewal plus a controller reboot.'),
      n('The error graph obviously jumps at 00:00, which is when the certificate lapsed.'),
      n('The barcode-length patch for the gates is just a couple of lines.'),
      n('Clearly the queue data show the bottleneck was the Gondola gates, not the ticket windows.'),
      n('Base to all lifts, the workaround is simply to set each turnstile to free-pass and count with a clicker.'),
      n("The vendor's patch notes make it obvious the offline cache was disabled by default."),
    ],
  ],
];

export const DEV_LEARNED27A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED27A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
