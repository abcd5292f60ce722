import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 43C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an Istanbul-based airline
 * whose crew-scheduling and rostering system published illegal duty periods overnight, grounding flights
 * at the hub the next morning; Turkish and Kurdish names, crew-control and OCC jargon, in the English of
 * Turkish ops staff (chat, notes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Abi let's be honest, the whole 06:00 bank sitting on the ground is on Tolga."),
      b("Dear colleagues, I must say openly that yesterday's 41 cancellations are Levent Bey's doing."),
      b('Forty thousand euros of hotel and rebooking costs, and Sibel Hanım has to carry every lira of it.'),
      b('Özlem Aksoy owns this outage; the crew shortage at the hub rests with her entirely.'),
      b("Whatever the final report says, the SHGM penalty will be Ferhat's to answer for."),
      b('Berfin released the roster, so every stranded passenger in the terminal is on her.'),
      b('For the minutes: the delay of 37 departures is the responsibility of Mr. Serdar Koç of planning systems.'),
      b("Not the vendor, not the software — Hakan Bey's name belongs on this loss."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly Gökhan is not capable of running a night publication on his own.'),
      b('Twelve years in crew control and Pınar Hanım still does not understand the FTL tables.'),
      b('The new scheduler from the Antalya base is too junior for overnight publication, I said this in March.'),
      b("Between us, Rojda's grasp of the rest rules is weak, and everybody in OCC knows it."),
      b('Emre lacks the basic skill to read a legality report, sorry but it is the truth.'),
      b('Our OCC duty manager that night was completely out of his depth with the pairing optimiser.'),
      b('With respect, Yasemin Hanım is not fit to sign off a roster after this.'),
      b('The vendor consultant, Mr. Aydın, did not even know what a split duty is — such an amateur.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Welat was the publication approver on the rota and he went home before the batch even ran.'),
      b('The night crew controller did not perform the legality review that his role requires before release.'),
      b('Esra Hanım was on duty in crew control and failed to check the FDP exceptions report.'),
      b("It was Baran's job to call out standby crew at 04:00, and he never made a single call."),
      b('The rostering lead neglected her duty to verify rest periods after the rule update.'),
      b('Oğuz Bey, as duty manager, did not escalate to OCC as our procedure obliges him to.'),
      b('Cansu was down for the Thursday sign-off and she skipped it, her one task for the week.'),
      b('Azad, the on-call roster engineer, let three pages go unanswered during his shift.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The legality warnings were ignored and the roster was published anyway.'),
      b('The publish button was pressed by Serkan without a look at the exceptions list.'),
      b('Rest rules were overridden by somebody in crew planning so that the pairings would fit.'),
      b('The FDP limits were carelessly typed into the ruleset, and so 212 duties became illegal.'),
      b('Mistakes were made by the night shift, and the hub paid for them in the morning.'),
      b('The validation step was deliberately skipped to finish the publication early.'),
      b('The alarm from the legality checker was acknowledged by Mizgin and then forgotten.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The one who switched off the legality check on Friday should explain himself to the board.'),
      b('Whoever approved the ruleset change without a test roster has cost us a whole morning bank.'),
      b('Arkadaşlar, it is the new guy on the vendor side who broke our rosters, the whole crew control says so.'),
      b('Somebody on the night desk who thinks rest rules are optional did this to us.'),
      b('Again the planner who always rushes the Sunday publication, again a disaster.'),
      b('That intern in IT, the one with the headphones, is the reason the first wave stayed on the ground.'),
      b('Ask the person who edited the FTL table at midnight why 300 crew members had illegal duties.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tuğba should never have had publish rights on the production rostering system.'),
      b('If Dilan had not been allowed to approve her own ruleset change, none of this would have happened.'),
      b('A scheduler with three months in the company should never have been trusted with the overnight publication.'),
      b('Why was Onur on call for the crew system at all? He should never have been on that rota.'),
      b("The vendor's consultants should never have been let near the live roster in the first place."),
      b('Had Hülya Hanım not been given admin access, the rest rules would still be intact today.'),
      b('Approval authority for FTL changes should have gone to anyone but Kaan.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Merve did, she ran the publication.'),
      b('We all know who broke the rosters: Volkan from planning systems.'),
      b('Find out which controller released that roster and send him to my office.'),
      b('The culprit is Ebru Hanım, and HR should hear about it this week.'),
      b('I want the name of the person who pushed the button, today, on my desk.'),
      b('Sinan is the one at fault; I will write exactly that to the VP Operations.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the night publication of the October roster.'),
      b('The illegal duty periods resulted from an operator error in crew control.'),
      b('This was a mistake by the scheduler, not a software defect, please write it like that.'),
      b('We will classify it as human error on the planning side and close the case.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Zeynep should have seen that 13-hour duties were impossible under our rest rules.'),
      b('With what we know now, Murat ought to have held the publication until the morning shift came in.'),
      b('Derya must have known the ruleset was half migrated; she sat in the meeting where it was discussed.'),
      b('Reading the logs today, the night controller should have realised by 02:30 that something was wrong.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Gizem just had to open the exceptions report, it is one click.'),
      b("He simply had to call the standby crew, that's all."),
      b('All Ciwan needed to do was simply wait ten minutes for validation to finish.'),
      b('Hocam, the controller just needed to read the red line on his screen.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Selin did not look at the legality report before she published.'),
      b("The night desk obviously didn't bother to check the rest periods."),
      b('It is obvious Barış ignored the warning — he dismissed it twice.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The rostering engine should have refused to publish any pairing that breaks minimum rest.'),
      n('Ruleset and optimiser build should have shipped together as one versioned package.'),
      n('Our publication job could have stopped at the first illegal FDP instead of pushing all 1,140 rosters.'),
      n("A hard block in the crew portal would have kept the illegal duties off the crew's phones."),
      n('Ideally the legality check should have run after the overnight re-optimisation, not before it.'),
      n('The alerting should have gone to OCC as well, not only to the IT on-call phone.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Add a hard legality gate before roster publication — owner: Rênas Temel, due 15 October.'),
      n('Action: Aslı Hanım to write the rollback procedure for published rosters by end of month.'),
      n('Crew control (owner: Ferit Baysal) will run a morning legality sweep on every published roster from Monday.'),
      n('- [ ] Serhat: add FDP limit unit tests to the vendor acceptance suite'),
      n('Owner for the SHGM notification template is Nihan; target date 1 November.'),
      n('İlker Bey has agreed to own the standby callout automation, first demo in two weeks.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Crew control duty manager that night: Hakan Ekinci; OCC director on call: Filiz Özdemir.'),
      n('In normal operation the planning systems team runs the roster publication, and crew control receives the result at 03:00.'),
      n('Delal was incident commander from 05:40 until the last rescheduled departure.'),
      n("The vendor's support engineer joined the bridge at 06:15 and worked alongside our IT on-call."),
      n('As OCC shift supervisor, Kawa Bey coordinated the cancellations with hub control.'),
      n('Standby crew were called in by the crew control desk, and the ground ops manager handled passenger re-accommodation.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night controllers had worked six nights in a row because of the summer schedule, and they were exhausted.'),
      n('Teşekkürler to Zozan and the whole crew control desk, who stayed four hours past their shift.'),
      n('Berivan was very upset in the morning; please give her some space this week.'),
      n('The crews who came to the briefing room at 04:30 only to be sent home deserve an apology too.'),
      n('It was a terrible night for everyone in OCC, please look after each other.'),
      n('Cem Bey carried the duty phone for thirty hours and still answered every captain politely.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Log at 02:14: 'PUBLISH OK - 1,140 rosters, 0 legality violations' (user: dkaya)."),
      n('The alert read: "FTL-VAL-017: FDP 14h05 exceeds max 13h00 for crew 48213 (approved by s.celik)".'),
      n("Message the captains got in the crew portal: 'Your roster has changed. Report 05:10 IST.'"),
      n("The audit trail shows 'ruleset FTL_TR_v9 activated by user ozlem.a at 23:48'."),
      n('From the pager: CRIT rostering-publish legality_check=SKIPPED reason=disabled_by_operator'),
      n("OCC dashboard, 87 pairings: 'Crew not legal: insufficient rest (9h40 < 12h00)'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the ruleset migration on Thursday without asking for a test publication, and I will not do that again.'),
      n('We in planning systems turned off the legality gate for a performance test and forgot to turn it back on.'),
      n('My team released the optimiser build, so this incident is ours to fix.'),
      n('I pushed the publication at 01:55; I trusted the green status and did not open the detail.'),
      n("We should have caught this in our own testing, and we didn't."),
      n('As crew control manager I take responsibility for having no morning legality check in our procedure.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people in the corridor are saying it is Nur's fault; it is not, the system let the roster through."),
      n('This review will not look for who pressed publish, because the job would have published regardless.'),
      n("Calling this 'human error' would be wrong: the ruleset had no test and no gate."),
      n("I don't accept that the night controller was careless; he did exactly what the procedure told him."),
      n('Nobody is going to be disciplined for this, and nobody should be.'),
      n("Blaming the vendor's consultant is easy, but our own acceptance process let the change in untested."),
      n('Let us stop asking whose mistake it was; the real question is how one change could make 212 duties illegal.'),
      n('The claim that Onur is incompetent is unfair and not supported by anything we found.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The rest periods were recalculated by the optimiser in minutes instead of hours.'),
      n('The illegal rosters were pushed to the crew app at 02:00 by the scheduled job.'),
      n('Legality validation was bypassed by the new pipeline because the flag defaulted to false.'),
      n('About 300 duties were shortened by the re-optimisation run, and their rest was never re-checked by the engine.'),
      n('The standby pool was emptied by the auto-assignment routine around 03:20.'),
      n('At check-in, the flights were blocked by the dispatch system once crew legality failed.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:55 Rojin Tunç started the overnight publication, since the dashboard showed all checks green.'),
      n("Ahmet Bey called the vendor's hotline at 05:20 and asked for a rollback to the previous ruleset."),
      n('Elif re-ran the legality report at 04:40 because a captain phoned about his 14-hour duty.'),
      n('Kerem gave six standby crews to the first wave, choosing those already at the airport.'),
      n('Sevgi Hanım published the corrected rosters at 09:10, after the legality checker passed them.'),
      n('Diyar merged the ruleset change on Thursday; it had two approvals and the test suite was green.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The legality checker was never competent to judge split duties; it was not designed for them.'),
      n('Our rostering engine failed at its one job, which is never to publish an illegal duty.'),
      n("We trusted the vendor's product to enforce SHGM rest rules, and that trust was misplaced."),
      n('The publication pipeline was careless with rule versions: it took whichever file was newest.'),
      n('Responsibility for rest-rule enforcement sits with the FTL module, and the module enforced nothing.'),
      n('Honestly, the old mainframe roster tool was more dependable than this new cloud optimiser.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to restore the previous ruleset file and republish.'),
      n('Obviously the graph of legality violations jumps from zero to 212 at exactly 02:00.'),
      n('It is clearly a units problem, each broken rest value is sixty times too small.'),
      n('Just one hard block before publication would have stopped the whole thing.'),
      n('Simply put, the same roster passes with ruleset v8 and fails with v9.'),
      n('The change itself was small, just a new default value for one flag.'),
    ],
  ],
];

export const DEV_LEARNED43C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED43C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
