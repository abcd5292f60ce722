import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48F of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Melbourne hospital
 * pharmacy whose dispensing-robot integration sent wrong-strength doses to wards during a night shift,
 * in the plain English of an Australian hospital team (chat, notes, e-mails, letters, reviews), with
 * Anglo, Italian, Greek, Chinese, Sri Lankan and Sudanese names and pharmacy and integration jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The wrong-strength oxy that reached 4 North overnight is on Marco Russo, full stop.'),
      b("Honestly, tonight's mess is down to Kylie and nobody else."),
      b('As far as the exec is concerned, the metoprolol packs that went to CCU are attributable to Nick Georgiou.'),
      b("I'd lay every one of the 37 mis-picks at Jenny Liu's door."),
      b('Dear Ms Perera, the panel has concluded that the dispensing errors of 14 March rest with you as integration lead.'),
      b("Ajak's change, Ajak's incident — put his name on the VHIMS and be done with it."),
      b('For the minutes, please: the harm to patients on Saturday night traces straight back to Tess Morgan.'),
      b("Whatever the robot did or didn't do, the enoxaparin mix-up belongs to Luca."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Kevin Chen barely understands what an RXE segment is, let alone how to map one.'),
      b('Frankly the new integration analyst is out of her depth with anything fancier than a CSV import.'),
      b("Sal Romano's a decent dispenser but a hopeless interface builder."),
      b("Two years out of uni and she reckons she can run a robot go-live — that's the real problem here."),
      b("Kasun hasn't got anywhere near the experience integration work needs, and the whole department knows it."),
      b("After this I've lost all confidence in Despina's judgement as a senior pharmacist."),
      b("In my view Hamish lacks the basic clinical knowledge you'd expect of a grade 3 pharmacist."),
      b("The vendor's field engineer, Yianni, is the least capable tech they've ever sent us."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("The pharmacist on call didn't answer three pages from 5 West, which is the one thing the role exists to do."),
      b('Gemma was rostered to run the 2 am reconciliation and never bothered to.'),
      b("Checking the test orders before go-live was Chris Anagnostou's job, and he didn't do it."),
      b('The integration team failed in its most basic duty: validating strengths against the AMT before loading them.'),
      b('Not one of the three NUMs escalated the wrong packs the way their role requires.'),
      b('Akuol put her name to the change record as reviewer without reviewing a single line of it.'),
      b('Dr Huang, as pharmacist on call you were required to quarantine the robot stock, and you did not.'),
      b("The vendor's on-call engineer sat on our P1 ticket for four hours instead of doing what his contract says."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The strength field was carelessly overwritten on Friday arvo, and the validation warnings were ignored.'),
      b('The 80 mg enoxaparin was loaded into the 40 mg canister by the evening technician.'),
      b('Pages from the ward were ignored for the best part of an hour.'),
      b('Mistakes were made in the formulary upload, and they were made by Voula Pappas.'),
      b('The go-live checklist was skipped by the integration lead to make the Friday deadline.'),
      b("The vendor's release notes were never read before the patch was waved through."),
      b('The robot was left unattended by the dispensary tech for the whole of the midnight run.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved that mapping change at 4:55 on a Friday has some explaining to do.'),
      b('The tech who loaded canister 12 caused this, plain and simple.'),
      b('It was the new grad on the night bench who sent 10 mg packs up to ICU.'),
      b("Anyone who'd upload a formulary file without opening it first is the reason we had a night like this."),
      b('The agency pharmacist covering nights is the one who let it all slide.'),
      b('That contractor from the integration vendor, the bloke with the laptop full of scripts, broke our dispensing.'),
      b("Our friend in IT who 'tidied up' the HL7 routes is why 5 West got double-strength metoprolol."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b("Tasos Vlahos should never have been given write access to the robot's product master."),
      b('That first-year tech should never have been trusted alone on the robot overnight.'),
      b("If Achol hadn't been allowed to push interface changes without a second signature, none of this would have happened."),
      b("Why was the vendor's junior engineer ever let anywhere near our production interface engine?"),
      b('Brett should have been taken off the on-call roster months ago.'),
      b("We trusted Ruwan with the go-live sign-off, and we shouldn't have."),
      b('Nobody that green should have been holding the on-call phone on a Saturday night.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Want a name? It was Tharindu who broke the robot feed.'),
      b('The culprit is Franca, and the review should say so in black and white.'),
      b('Find out which of the integration contractors ran that script and make an example of them.'),
      b("I'll say it at the debrief if nobody else will: Dom Caruso is at fault."),
      b('Everyone on the floor knows it was Mayen who did it.'),
      b('Root cause, in one word: Xiao.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the formulary upload.'),
      b('The investigation found the wrong-strength doses resulted from operator error at the robot console.'),
      b('It comes down to a mistake by one of the dispensary staff, not the software.'),
      b('ISR 2 — cause recorded as pharmacist error on the night shift.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Looking back, Paola should have spotted that the pack strengths didn't match the orders on the very first run."),
      b('The night pharmacist ought to have realised something was off the moment ICU rang about the yellow labels.'),
      b('With the pick list right in front of him, Vince should have seen 10 mg on every line.'),
      b('Once 5 West had called the first time, Sophia knew enough to stop the robot, and she should have.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Shehani had to do was just glance at the strength column before hitting upload.'),
      b('He simply needed to press pause on the robot — one button.'),
      b('Would it have killed the night tech to just read the label?'),
      b("Grace could simply have rung me, for goodness' sake."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Andy obviously never looked at the test results before he signed them off.'),
      b("Clearly the on-call pharmacist didn't think a dose mismatch was worth getting out of bed for."),
      b('She obviously knew the mapping was half-finished and sent it live anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("The interface engine should have rejected any order where RXE-3 and the robot's pack strength disagreed."),
      n("A formulary load touching 412 product codes should have required a second pharmacist's sign-off in the workflow."),
      n('The robot could have flagged the mismatch on its own — it holds both strengths in its database.'),
      n('Ideally the eMR would have refused to send an order with no strength unit attached.'),
      n("Our test environment should have mirrored production's AMT codes, and it didn't."),
      n("Should the ward imprest cabinets have accepted a pack the scanner couldn't match? No, and from next week they won't."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 3: Dilani to add a strength cross-check to the HL7 route before 30 April.'),
      n('Owner: Kosta Dimitriou (ICT) — restore the nightly reconciliation report and send it to the pharmacy inbox.'),
      n('Wei will write up the rollback procedure for the robot and walk the night techs through it next Tuesday.'),
      n('AI-07 | Nursing education (Alessia Ferraro) | one-page tip sheet on recognising robot-labelled packs | due 12/5'),
      n(
        'Deng Garang, as Director of Pharmacy, to take the revised formulary change process to the Drug and Therapeutics Committee in May.',
      ),
      n('Next steps: Jacinta to chase the vendor about the unit-of-measure bug; Hao to book the retest.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Nyandeng Akol was pharmacist on call; Callum Reid was the after-hours nurse manager.'),
      n('The integration analyst on shift that night was Li Na Zhou, working from home.'),
      n('Incident controller: Director of Pharmacy. Scribe: Teresa Marchetti.'),
      n(
        'During the response the ICU liaison pharmacist went ward to ward with the recall list while the senior tech emptied the affected canisters.',
      ),
      n("The vendor's field engineer joined the bridge at 04:10 and stayed on until the robot was back up."),
      n('Bec took the ward phones and Marco ran the stock count in the dispensary.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Priyanka fielded eleven ward calls in an hour on her own, and nobody should have to do that.'),
      n('The night team were exhausted and shaken by the end of it, and they still got every affected pack back.'),
      n('Eleni, thank you — I know you were up until 6 am and then came straight back in for the debrief.'),
      n("It's completely understandable that the techs were rattled; the robot had never behaved like this before."),
      n('Please look after yourselves this week; a night like that stays with people.'),
      n('Ayen told me she felt sick when she saw the ICU labels, which tells you how much she cares about her patients.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The interface log reads: 'RXE-3 give amount 10 mg mapped to product 88142 (oxycodone 10 mg), user: schan'."),
      n('Robot console, 01:12: "PICK COMPLETE — canister 12 — 40 packs — operator: N.FISHER".'),
      n("eMR alert text, verbatim: 'Dispensed strength differs from prescribed strength — confirm with pharmacy'."),
      n("Pager, 02:47 — 'URGENT 5W pls call re metoprolol, packs 50mg but charted 25mg'."),
      n("Every enoxaparin order after 23:00 got the same ACK back: 'AE — Application Error: unknown unit of measure MG/ML'."),
      n("VHIMS auto-summary: 'Medication – wrong strength – 37 patients – reported by: pharmacy'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the formulary change on Friday without asking for a test run, and I'll insist on one every time from now on."),
      n("We rushed the go-live to fit the vendor's window, and that was our call as a department."),
      n("My mistake was assuming the robot would reject a code it didn't recognise."),
      n("I was on call and slept through the first page; I've since changed how my phone handles pages overnight."),
      n("As NUM on 4 North I didn't pull the imprest stock until 3 am, and next time I'd do it sooner."),
      n('We own this: our team built the mapping, and our team missed the unit mismatch.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This was not human error, and I won't sign a report that says it was."),
      n('Some people on the floor are blaming Wei; nothing in the evidence supports that.'),
      n("Whose fault it was isn't a question this review is going to answer, because it's the wrong question."),
      n('It would be easy to call the night tech negligent, but she followed the pick list the robot gave her.'),
      n('Let me be clear: no individual pharmacist is to blame for what the robot sent out.'),
      n("I've heard 'operator error' thrown around the corridor, and I reject it — the operators did what the screens told them."),
      n('Rather than hunting for a culprit, the panel asked why a 10 mg code could sit behind a 5 mg order.'),
      n('Was Mr Stavrou incompetent? No — he was handed a mapping tool with no validation and a deadline.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The wrong strengths were sent by the interface engine after the overnight code-table refresh.'),
      n('Each order was rewritten by a transformation rule that dropped the RXE-5 units field.'),
      n("Canister assignments were overwritten when the robot's product master synchronised at midnight."),
      n('The warning was suppressed by a default setting in the eMR, so it never reached the wards.'),
      n("Thirty-seven doses were dispensed at the wrong strength before the queue was halted by the robot's own overnight timeout."),
      n('Ward imprest top-ups were generated automatically from the same faulty mapping, which is how the error spread beyond the robot.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 23:40 Awut Manyang loaded the evening formulary file, which had passed the usual checksum.'),
      n('Ruwan paused the robot queue at 03:05, once a second ward had rung about the packs.'),
      n("Sanjeewa Dissanayake restocked the ICU imprest from the robot's output, as the night procedure directs."),
      n("Yvonne rang the vendor's hotline at 02:20 because the console showed no errors and she wanted a second opinion."),
      n('Dr Abuk Ring, the ICU registrar, charted metoprolol 25 mg at 21:00, and the pack that came up from pharmacy said 50 mg.'),
      n('Josh Kelly approved the change ticket on Friday because it matched the template used for the previous six loads.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The robot's barcode check isn't capable of catching a mismatch that lives upstream in the HL7 mapping."),
      n('Our interface engine failed at its one job: passing the prescribed strength through unchanged.'),
      n("We trusted the vendor's unit-conversion library far more than it deserved."),
      n('The reconciliation report has been careless about strengths since day one; it only ever compares product names.'),
      n('The change process was responsible for letting a 412-line formulary load through on one signature.'),
      n("Frankly, the order-to-dispense interface isn't fit for purpose overnight, when half its checks are switched off."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a lookup against the AMT strength before the order goes to the robot.'),
      n('The log obviously shows the unit field going blank at 22:58, right after the code-table refresh.'),
      n("It's just a two-line change to the route, but we'll test it for a fortnight anyway."),
      n('Clearly, from the graph, the mis-picks start the minute the new mapping went live.'),
      n("Rolling back was simply a matter of re-importing Thursday's product master."),
      n('Obviously the audit trail is the place to start, since it timestamps every pick.'),
    ],
  ],
];

export const DEV_LEARNED48F: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48F_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
