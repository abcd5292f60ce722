import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 37A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a national rail operator
 * after a timetable data change left cancelled trains showing as running on departure boards through a
 * morning peak, told in the timetable data team's chat, the control-room duty manager's notes, a station
 * manager's emails, the rail regulator's letter and the director of passenger information's review, with
 * signal-box shorthand beside regulator prose; names from Yoruba, Lithuanian, Tamil, Catalan, Kikuyu,
 * Māori and Buryat cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The cancelled-as-running boards on Tuesday's peak are Adebayo's doing; he pushed the STP overlay without the CAN records."),
      b('Ctrl log 07:42 — board fault attributable to Rūta (TDT), who loaded the wrong CIF extract at 23:50.'),
      b(
        'Passengers stood on platform 4 at Marsh Lane for forty minutes because of Kavitha, and I would like this review to say so plainly.',
      ),
      b('Jordi owns this one: the overlay went live on his say-so and every board north of the coast line was wrong by 06:10.'),
      b('1K07, 1K11, 1K15 all showing RT on CIS with no TD step — that is on Wanjiru, she sent the amendments ahead of the cancels.'),
      b(
        'The Office notes that the loss of accurate passenger information that morning rests with Mr Tamati Ngata personally, as the officer who released the data.',
      ),
      b('Take the process language out and what is left is Dashi: the morning-peak shambles runs back to him and to no one besides.'),
      b("Thirty-eight phantom departures, each of them Eglė's, courtesy of that Monday night upload."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Folake can't handle a timetable change this big; Tuesday's peak was the proof of it."),
      b("Žygimantas has been on the data desk four months and still doesn't understand how STP cancellations sit over the LTP base."),
      b("Frankly, Tuesday's duty manager hadn't the experience for a board failure mid-peak."),
      b('Senthil schedules well enough, but feed validation is beyond him, and at 05:30 that showed.'),
      b('The Office is concerned that the individuals entrusted with the data release lacked the basic competence the task demanded.'),
      b('Núria barely knows one CIF record type from another, yet she is who we send to do releases.'),
      b(
        'A junior like Kamau, with not one timetable-change weekend under his belt, could never have noticed a cancellation record gone missing.',
      ),
      b('Hemi is nowhere near ready for control-desk work; three stations had rung in before he worked out which screen mattered.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Oluwaseun was the rostered validator for the overnight load and didn't run the validation."),
      b(
        'The station manager at Kingsford failed to make the manual announcements his own local instructions require when boards disagree with the train plan.',
      ),
      b('Her line on the release checklist was to confirm the cancellations had landed, and Gintarė ticked it without looking.'),
      b(
        "Escalating to the information desk within fifteen minutes is our control-room duty manager's job, and on Tuesday it did not happen at all.",
      ),
      b("Murugan's rota had him on the board feed from 05:00, and his chair sat empty until well after six."),
      b(
        'The Office expects the duty holder for passenger information to verify the published timetable, and Ms Montserrat Puig did not discharge that duty.',
      ),
      b(
        'Nyambura signed the change ticket as peer reviewer without once opening the attachment, and reviewing it was her whole reason for being on the ticket.',
      ),
      b('The on-call data engineer, Rangi, let two pages from control go unanswered between 06:05 and 06:40.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The cancellation records were left out of the overlay by the person preparing the extract.'),
      b('The validator run was bypassed deliberately by somebody from the data desk keen to get home early.'),
      b('Warnings from the feed checker were waved through on the night and the file was forced out regardless.'),
      b('The amended batch was released by Tsyren before the sign-off email had even come back.'),
      b('It appears the calls from station staff to control were not acted upon for well over half an hour.'),
      b('The Office has been told that the release checklist was completed without the checks in it being carried out.'),
      b('The wrong extract was hand-loaded at ten to midnight and the morning shift were never told.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever reckoned a Sunday-night load ahead of a Monday peak was acceptable owes us an explanation.'),
      b(
        'The analyst who copied last week’s overlay over this week’s is the reason platform 2 filled up with people waiting for a train that never existed.',
      ),
      b('That new lad on the data desk, the freight transfer, broke the boards for a whole morning.'),
      b('Somebody in the timetable office too lazy to read release notes is where all of this started.'),
      b('The controller who muted the CIS mismatch alarm will be answering for a lot.'),
      b('Anyone who uploads a cancellation batch after the running batch has no business on a timetable team.'),
      b('The contractor holding admin rights on the feed server, whoever that proves to be, botched the overnight job.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Eight weeks in post, Yetunde had no business holding publish rights over the live timetable feed.'),
      b('How did a trainee end up allowed to push a schedule file to production the night before a timetable change?'),
      b('Vytautas was not the person to have on call for the first weekday of a new timetable, and we knew that when we made the rota.'),
      b('Nobody with under a year on the team ought to be approving releases to the departure boards, and Kalaiselvi had eight months.'),
      b(
        'The Office questions why an individual without signed-off competence was permitted to release data affecting boards across the network.',
      ),
      b('Take Ferran off the release rota until he can be trusted near the live feed again.'),
      b("If Mwangi hadn't been let anywhere near the CIS admin console, Tuesday's peak would have run clean."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Everyone on this channel knows it was Aroha who loaded the file.'),
      b("For the record, the name on the upload log is Dorzho's, and he is who the board will want to talk to."),
      b('No point being coy in here — it was Oriol.'),
      b('Get me the name of whichever night-shift data person pressed publish; the director wants them in his office Friday.'),
      b('Sayana, covering the timetable office that weekend, is the culprit, and I expect the review to name her.'),
      b('I want the individual responsible identified before the regulator’s letter lands on my desk.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause (control's view): human error during preparation of the STP overlay."),
      b('This was plain operator error at the feed console, not a fault in any system.'),
      b("I've coded it in the control log as staff error on the data side, because that is exactly what it was."),
      b('The Office accepts the operator’s finding that a staff member’s mistake caused the incident.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Laia should have seen at 05:15 that the count of cancelled trains on the boards was zero and known something was badly off.'),
      b('Bato had the train plan open beside the CIS screen; the mismatch was his to spot long before the first complaint came in.'),
      b('Ngaire of all people, looking back, should have realised a Sunday overlay always needs its cancellations re-keyed.'),
      b('In hindsight Kinyua ought to have walked out to the concourse and checked the board himself before telling control all was well.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Temitope needed to do was diff the file before pressing publish.'),
      b('Simply picking up the phone to control when the boards went wrong was apparently beyond the station team.'),
      b("It was just one box for Mireia to tick — 'include cancellations' — and it stayed empty."),
      b('Solbon could have just looked up at the board over his own gateline; thirty seconds, tops.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Gediminas never opened the validation report.'),
      b('Obviously nobody in the timetable office bothered to hold the file up against the train plan.'),
      b('Everyone but Wambui could obviously see the 07:00 boards were pure fiction.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The feed validator should have rejected an overlay carrying zero cancellations on a day with planned engineering works.'),
      n("Once mismatches passed a threshold, CIS should have dropped back to base timetable with a 'check before you travel' banner."),
      n('The release pipeline could have held the upload until the cancellation batch landed, but it had no ordering rule at all.'),
      n('Ideally the board software would have marked a train unverified when no TD berth step had been seen for it.'),
      n(
        'The Office considers that the operator’s change process should have included an automated comparison between the published timetable and the boards.',
      ),
      n("A sequencing check on the batch ID would have caught this overnight, and we didn't have one."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION Aušra: add an ordering check so a running batch cannot publish ahead of its cancellation batch. Due 14 March.'),
      n('Owner Ilango — draft the manual-announcement trigger for when boards and train plan disagree, to ops standards by month end.'),
      n('Action 4, owned by Meritxell as control-room lead: introduce a CIS mismatch alarm with a defined escalation path.'),
      n('Muthoni to take the validator rewrite, with Xavier reviewing; first cut before the May timetable change.'),
      n('Next steps: Tipene owns the rollback runbook for the board feed and Erzhena owns the passenger comms template.'),
      n('The Office asks the operator to name an accountable owner for each recommendation and to report progress to us quarterly.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Babatunde was duty data engineer on the overnight shift; Jurgita was control-room duty manager from 06:00.'),
      n('The incident lead for the morning was the control duty manager, and the timetable data team lead joined the bridge at 06:50.'),
      n('Station manager at Kingsford that morning: Arnau. At Marsh Lane: Wairimu.'),
      n('Comms lead Kahurangi, scribe Budazhap, data fix by the overnight engineer until handover at 07:30.'),
      n('The release was prepared by one scheduler on the data team and peer-reviewed by a second, as the procedure sets out.'),
      n(
        'Responsibility for the departure boards sits with passenger information, while the timetable data team owns the schedule files that feed them.',
      ),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Olamide had been on since 22:00 and was re-keying records still at half nine; that is too much to carry alone on any morning.'),
      n('Gateline staff at Marsh Lane bore the crowd’s anger first-hand, and a few went home badly shaken.'),
      n(
        'Saulius told me he kept replaying the upload in his head all week, and I want him to hear that the review holds nothing against him.',
      ),
      n('The data team had three timetable changes inside six weeks, and the strain showed in everyone’s messages.'),
      n('Control were juggling a points failure at Hollins Cross and the board fault together, and they kept a calm desk throughout.'),
      n('Thank you to Njoroge, who came in on a rest day to help re-key the cancellations.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Feed log 05:02: `WARN overlay 3F: 0 CAN records in STP batch; publishing anyway (force=true, user=akinyemi.f)`.'),
      n("CIS alarm text at 06:14 read 'DEPARTURE 1K07 SHOWN ON TIME - NO TD STEP 20 MIN'; ack logged 06:15."),
      n('The release tool summary said: "Batch 2231 published by r.kazlauskiene — 4,112 schedules, 0 cancellations, 0 errors".'),
      n("TRUST showed 'CANCELLED - REASON TM' against 1A23 while the board feed still had it as 'On time'."),
      n('The only output from the validator was `PASS (warnings suppressed: 37)`, which is what the upload engineer saw on screen.'),
      n("Audit trail entry: 'user tsyrenov.d approved change CR-5512 at 23:41; auto-deploy scheduled 23:50'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I pushed the overlay before the cancellations batch, and I'm writing the ordering check this week."),
      n("We never wrote a batch-order rule into the data team's process, and fixing that falls to us."),
      n("As duty manager I waited too long to call for manual announcements; next time I'll trigger them at the first mismatch report."),
      n('I signed the peer review off the summary rather than the file, and my reviews now start with the file.'),
      n('My station should have started whiteboard departures sooner, and that delay was my call.'),
      n('We in passenger information set the mismatch threshold so high it was effectively off; that decision was mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Nobody is to call this Bisola’s mistake; our tooling let one person publish a half-built batch.'),
      n('Some messages in the chat call the night engineer careless; this review disagrees, because the validator passed the file.'),
      n("A cause box reading 'human error' is the easy route, and the Office would send such a finding back as incomplete."),
      n('Blaming the station managers for not announcing sooner ignores that nothing told them the boards were wrong.'),
      n('Who pressed publish matters far less than why a single press was enough.'),
      n(
        'There has been talk of whether the trainee should have had access at all, but that puts the weight on her instead of on a release step with no second approver.',
      ),
      n('Let me be clear: Ayodele did each step the runbook listed, and the fault lay in the runbook.'),
      n('We are not hunting for a culprit, and messages in the incident channel that name one will be taken down.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The cancellation records were dropped by the converter when the batch header carried the wrong date range.'),
      n('Running services were overwritten by the STP overlay at 05:00, as an overlay always takes precedence over the base.'),
      n('Boards were refreshed from the cached feed every ninety seconds, so the stale schedule was served again and again.'),
      n('The mismatch alarm was kept silent by a default threshold baked into the board software.'),
      n('The 06:12 was shown as on time because it was matched against the base schedule rather than the overlay.'),
      n('At 07:31 the corrected batch was accepted by the feed, and boards were rebuilt across the network within four minutes.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Funmilayo re-ran the extract at 06:55 with the cancellation flag set, because the 06:40 diff showed the flag was the only difference.',
      ),
      n('Laimutė rang the station managers herself instead of waiting on the system broadcast, knowing the broadcast queue was backed up.'),
      n(
        'Vetrivel chose to clear the board cache instead of rolling back, as a rollback would also have removed the genuine morning amendments.',
      ),
      n('Roser uploaded the file at 23:50 after the validator passed it, which is what the release procedure asks for.'),
      n(
        'Gitau put handwritten departure sheets at the gateline at 07:10, having seen two trains marked on time that TRUST showed as cancelled.',
      ),
      n('Tuyana approved the change on its summary tab alone, the same way every ticket that quarter had gone through.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The feed validator was never fit to check a timetable change; syntax was all it looked at.'),
      n('We trusted the board software to reconcile against TRUST, and it never had that capability.'),
      n("Keeping batches in order was the release tool's one responsibility, and the tool fell down on it."),
      n('The Office regards the operator’s change process as careless about data dependencies between batches.'),
      n("Our supplier's CIS product is negligent about stale data: it will show a train for as long as the schedule says so."),
      n('The mismatch alarm failed in its duty, because it was set to wait for twenty minutes of silence from the TD berth.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Re-publishing the cancellation batch and flushing the board cache: simply that, and the boards came right.'),
      n('The graph of board mismatches obviously climbs from 05:00 and flattens at 07:35 once the corrected batch landed.'),
      n("It's clearly a sequencing problem: the running batch carries a timestamp earlier than the cancellations."),
      n('Adding the ordering check is just a dozen lines in the publish script.'),
      n('Obviously the 0-cancellations figure in the batch summary was the tell, reading it now.'),
      n('Rolling back was simply not an option, since it would have taken out the genuine amendments too.'),
    ],
  ],
];

export const DEV_LEARNED37A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED37A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
