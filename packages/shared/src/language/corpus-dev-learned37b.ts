import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 37B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a university hospital
 * laboratory whose interface upgrade filed blood results into the wrong patients' records, in lab
 * informatics chat, on-call bench notes, a consultant haematologist's emails, a patient-safety
 * regulator's letter and the CIO's review; names from Zulu, Icelandic, Bengali, Occitan, Luo,
 * Chamorro and Kalmyk cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The misfiled potassiums are on Sipho, full stop; his initials sit on the 01:40 field-map sign-off.'),
      b('Þórdís owns this one: every one of the 212 cross-filed FBCs traces back to her go-live call.'),
      b("I'd put the whole wrong-patient episode at Anirban's door, since the PID swap was his change."),
      b('For the record, the delay in recalling the misfiled INRs is attributable to Dr Guilhèm Fabrèga and nobody else.'),
      b("Achieng's upgrade, Achieng's mess; two wards acted on a stranger's haemoglobin because of her."),
      b('Responsibility for the cross-filed troponins rests squarely with Mr Taitano as interface owner.'),
      b('tbh the 4h freeze of the analyser queue and the 30 wrong MRNs are down to Bembya'),
      b('The Authority regards the harm to both patients as flowing from choices that Ms Vigdís Þorkelsdóttir made personally.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Otieno isn't up to running an HL7 upgrade; he's a bench man who got handed a keyboard."),
      b("Shreya hasn't the experience to tell a safe segment mapping from a dangerous one, and Friday proved it."),
      b(
        "With respect, Dr Raimon's understanding of the LIMS barely scratches the surface, which is no qualification for leading its upgrade.",
      ),
      b("Nomvula couldn't read an ADT message to save her life, and that is the root of it."),
      b('We are not persuaded that the informatics lead, Mr Erdni, has the technical competence for a change of this risk.'),
      b('Bless him, Hallgrímur is a lovely haematologist but hopeless with anything that has a config file.'),
      b('The patient-matching logic was well beyond Tanmoy, and everyone at the bench knew it.'),
      b('Quinata is not a capable interface engineer, and the CIO should stop pretending otherwise.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Azalaïs was the on-call BMS that night and never did the post-go-live spot checks her rota sheet listed.'),
      b('As validation lead, Sanal was supposed to reconcile ten samples per analyser against PAS and never once did it.'),
      b(
        'Dr Akinyi, the authorising consultant, owed it to those patients to confirm demographics before any film went out, and she released them unchecked.',
      ),
      b("The change manager's one job was to hold go-live until the test patients matched, and Mendiola didn't."),
      b('Debashis neglected the handover his role as shift lead requires, so the night team never heard about the mismatch.'),
      b("It was Steinunn's week on the informatics rota and she let the interface error queue sit unread for two days."),
      b(
        'The laboratory manager, Mr Bertrand, did not discharge his obligation to suspend reporting once the first wrong-patient result was raised.',
      ),
      b("Post-cutover HL7 feed watch was Ulan's rostered duty, yet he spent that shift on his own reports."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The go-live checklist was skipped by the on-call informatics analyst.'),
      b('The amber middleware warning was ignored, and a second batch of U&Es went out regardless.'),
      b('Careless mistakes were made when the identifier mapping got signed off.'),
      b('The test scripts were never run, though they had been assigned and ticked as done.'),
      b('Results were authorised by Dr Moushumi without the patient details being looked at once.'),
      b('The recall was botched: calls were put off, wards were not told, and the list was mislaid for a day.'),
      b('The release notes flagging the field change were not read by the people who approved cutover.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided on a Friday-night cutover should be made to answer for the misfiled results.'),
      b('That contractor, the one who rewrote the mapping and vanished next morning, created this whole mess.'),
      b("The person who ticked 'demographics verified' without verifying anything is why two patients got the wrong transfusion decision."),
      b("Somebody in informatics who can't count pipe delimiters broke the PID segment."),
      b("It's the same analyst who crashed the blood bank feed last spring; of course it's him again."),
      b('The BMS who kept releasing results while the error queue flashed red owes us an explanation.'),
      b('Anyone who signs off an interface upgrade without a single end-to-end patient check is the problem, not the software.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody should have handed Atieno the keys to the production mapping tables.'),
      b('Why was a locum allowed to approve the cutover when Bjarni had been in post for three weeks?'),
      b('Sólveig, of all people, had no business holding go-live night single-handed, and her rota slot ought to have gone elsewhere.'),
      b("If Owino hadn't been let near the live LIMS, none of these patients would have had someone else's results."),
      b('The trust placed in Mr Aguon to self-certify his own validation was, in hindsight, badly misplaced.'),
      b('Keep Delgir off the change-approval board from now on; he waves everything through.'),
      b(
        'A second signature ought to have been required before Raimon could touch the interface engine; trusting him with it alone was asking for this.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Bongani. That's who. He pushed the mapping at 02:00 and told no one."),
      b('So who is at fault? In my view, the integration lead, Rituparna, and the review should say so.'),
      b('The Trust is expected to establish which staff member caused the misfiling and to take proportionate action against that person.'),
      b('It was Jaufre; the audit trail puts his login against every PID mapping edit.'),
      b('The culprit is Kermen, and the review should say that in plain words.'),
      b('Get me the name of the BMS who released that batch; I want to see them Monday morning.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause recorded as human error: the BMS transcribing the new field positions got them wrong.'),
      b('Operator error at cutover produced this misfiling; the interface itself behaved as configured.'),
      b("This was Lindiwe's slip in keying the test-patient numbers, and it propagated to every live sample."),
      b('At bottom this is a human error: a person typed the wrong segment index and the results followed it.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('By the third result with an identical hospital number, Mergen should have caught on.'),
      b("Any half-awake scientist would have seen that an Hb of 45 didn't belong to a healthy thirty-year-old, and Sourav should have."),
      b('Looking back, Dr Peire can hardly claim ignorance of the reordered fields when page two of the notes spelled them out.'),
      b('Paromita was looking at the 03:10 alert and should have halted the analyser there and then.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Thandeka just had to hold one tube label up against the screen.'),
      b("Pausing the interface queue was one button, and he simply didn't bother."),
      b('Baatr could just have rung the ward to confirm the patient; thirty seconds, tops.'),
      b("Honestly, Saglar need only have glanced at the vendor's email before approving; it was just one email."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Esclarmonda never opened the validation report before signing under it.'),
      b("Clearly the on-call analyst didn't bother with the error log, or he'd have seen 400 rejections."),
      b('Mandla clearly saw the mismatch warnings and went on releasing regardless.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("Any result whose patient identifier didn't match its order should have bounced at the interface engine."),
      n('Ideally the middleware would have held the whole batch once the mismatch count rose above zero.'),
      n('The LIMS could have flagged that two patients received identical full blood counts a minute apart.'),
      n('Real sample barcodes, run end to end, should have been a precondition of cutover in the change process.'),
      n('Had the delta check been switched on in the new build, it would have caught the sudden haemoglobin drop.'),
      n("The vendor's package should have kept the old field map as a fallback instead of silently replacing it."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Guðrún to add a barcode-to-PAS reconciliation step to the go-live checklist by 14 March.'),
      n('Owner Sibusiso: review every result filed between 22:00 Friday and 09:00 Monday against its original request.'),
      n('AP-4 (owner Awino Onyango, due end of quarter): enable delta checks on FBC and U&E in the new build.'),
      n('Dr Bulgun will lead the patient-recall workstream and report to the safety committee weekly.'),
      n('Tseren to draft the interface regression pack; Zanele to review it before the next upgrade.'),
      n('Vendor talks on field-order changes: CIO office, named contact Mr Sablan.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Ayanda was incident commander and Ragnheiður handled communications with the wards.'),
      n('The on-call BMS that night was Subhankar, with Dr Joyita as the haematology consultant on call.'),
      n('Mirèio kept the incident timeline as scribe during the bridge call.'),
      n('Responsibility for the interface during cutover sat with informatics, and the duty manager was Mr Manibusan.'),
      n('Themba ran the recall list while Altana phoned the GP practices.'),
      n("The upgrade carries Eyjólfur's signature as change approver, which policy requires for interface work."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Nokuthula had been on for fourteen hours when the first mismatch came in, and she still stayed to help with the recall.'),
      n("The night team were exhausted and frightened once they understood patients might have been treated on another person's results."),
      n('Nobody at the bench should carry this home; the workload that week was impossible.'),
      n('Odhiambo has barely slept since we began the recall; someone please look in on him.'),
      n("Informatics were three people doing seven people's work, and the care they took showed."),
      n('Bench staff care deeply about getting the right result to the right patient, which is why this hurt so much.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Interface log, 02:14: 'PID-3 mismatch, ORU^R01 filed to MRN 4471902 (user: sipho.m)'."),
      n("The middleware banner read 'WARNING: operator override, patient match bypassed by user BGUDMUNDSD'."),
      n("LIMS audit entry: 'Result authorised by ANIRBAN.D 03:02; demographics check = SKIPPED'."),
      n("The error queue logged 'ACK AE: patient not found, defaulting to last matched record' 397 times overnight."),
      n("The ward's incident form quoted the nurse verbatim: 'lab error, Hb belongs to another patient'."),
      n("Analyser printout: 'QC PASS  SID 0923-114  operator: QUITUGUA'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the Friday cutover, and I'm changing the policy myself so no interface cutover lands on a weekend again."),
      n("We relied on the vendor's test and skipped our own end-to-end patient check; that failing is ours."),
      n('I took it for granted the old mapping carried over and never confirmed it; that mistake is mine.'),
      n('The decision to run this upgrade with a thin team was mine as CIO, and so is its failure.'),
      n("I signed without asking to see the vendor's notes, which I should have done, and that changes from today."),
      n('We let the error queue pile up overnight; informatics is adding a paging alert for it this week.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This isn't Sizwe's fault, and anyone pinning the misfiling on him is ignoring how the interface was built."),
      n('Some will reach for human error here, but the engine silently defaulting to the last matched patient is the cause.'),
      n('Some on the wards want a culprit named, but this review will not name one.'),
      n("It's tempting to say the BMS should have seen it; at 3 a.m. with 400 results, though, the screen gave her nothing to see."),
      n('The Authority has found no evidence of negligence by any individual member of staff.'),
      n("I've heard people say Otieno was careless; I have read every log line and I don't agree."),
      n('Nobody here was incompetent; the upgrade sat them down before a system that misreported patient identity.'),
      n('Blaming the on-call scientist would feel satisfying and would fix nothing.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The results were filed to the wrong records by the interface engine's fallback rule."),
      n('The PID segment was truncated during translation, so the patient number was read from the wrong field.'),
      n('Fourteen transfusions were delayed because valid crossmatch results were held by the rejection queue.'),
      n('The mapping table got overwritten silently by the upgrade installer, with no prompt.'),
      n('Alerts were being muted by a default that came across from the test environment.'),
      n('Patient identifiers were reassigned by the middleware whenever an acknowledgement timed out.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Bernat restarted the interface at 04:30, as the vendor runbook prescribes when the queue stops moving.'),
      n('Dr Moushumi authorised the film at 03:02, when the screen showed the expected patient name.'),
      n('Aguon rolled back to the old mapping on Sunday morning after the second ward called.'),
      n('Delgir paused autoverification as soon as the pattern was clear, which stopped further misfiling.'),
      n("Bembya picked Friday night for cutover because that's when sample volume is lowest."),
      n("Sanal re-ran the validation set on Saturday and it passed, since the test patients' numbers happened to line up."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The engine's default configuration isn't competent to tell apart two patients with the same surname and birth date."),
      n('The middleware exists to keep each result tied to its patient, and at that one job it failed.'),
      n("The vendor's validation suite earned a trust it never deserved; patient matching was never in its design."),
      n('The reconciliation job is careless about trailing spaces in hospital numbers.'),
      n('The LIMS is responsible for matching results to orders, and in this build it did so negligently.'),
      n("The patient-matching algorithm is unreliable with partial identifiers and isn't trustworthy there."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("Simply rejecting any result whose PID-3 doesn't match the order's patient is the fix."),
      n('Obviously the graph of mismatches starts at cutover and stops at rollback.'),
      n("All the mapping fix needs is just one edited row, and we'll still test it end to end."),
      n('The audit trail clearly shows the engine reassigning identifiers after every timeout.'),
      n('Simply adding a second identifier check would have blocked all 212 misfilings.'),
      n('Just look at the timestamps: every wrong filing follows an ACK timeout within two seconds.'),
    ],
  ],
];

export const DEV_LEARNED37B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED37B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
