import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 36B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a hospital pharmacy after a
 * sync fault between dispensing cabinets and the prescribing system dropped allergy flags on two wards —
 * informatics chat, on-call pharmacist's notes, a ward sister's emails, the regulator's letter and the CCIO's
 * review, in ward shorthand and patient-safety prose; names from Somali, Latvian, Kannada, Basque, Amharic,
 * Fijian and Uyghur cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The two wards losing their allergy flags sits squarely with Hodan, since she pushed the cabinet firmware on Friday.'),
      b('Honestly this one is on Kristaps — his interface mapping change is the whole reason Ward 9 went NKDA overnight.'),
      b(
        "Regulator's going to ask whose config it was, and it was Aitor's; every dropped penicillin flag traces to his edit and his alone.",
      ),
      b('Email to matron from 7B: the bay 3 near miss goes against Dawit, and he needs to stand up at huddle and own it.'),
      b("I'm laying the allergy-flag loss at Kavya's door, full stop, since the sync schedule carries her signature."),
      b("Both wards' missing alerts are attributable to Sereana's decision to flush the interface queue without a backup."),
      b("The delay in restoring the flags rests on Ilze's shoulders; she held the only admin login and went home."),
      b('Whatever the CCIO review ends up saying, the co-amox given to the pen-allergic pt on 7B is Mere’s doing.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Guled, frankly, lacks the seniority for ePMA interface builds, and Ward 9's charts are the proof."),
      b('Zane has never grasped how cabinet profiles map onto allergy codes, and it showed on both wards.'),
      b("With respect, HL7 is beyond Iñaki and he'd be better kept on formulary work."),
      b('The on-call pharmacist that night lacked the clinical judgement to question a whole ward suddenly showing NKDA.'),
      b("Tsehay's lovely to work with, yet she's nowhere near competent enough for an unsupervised interface upgrade."),
      b("Epeli's grasp of the sync tooling is shaky, and I'm being kind."),
      b('Great work from our resident HL7 genius Basavaraj, who apparently thinks allergy codes are optional.'),
      b("Green as she is, our interim informatics lead can't run a two-ward allergy failure, and 7B's sister has said so in writing."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Nagaraj was the on-call pharmacist and never did the 06:00 interface check that his rota requires.'),
      b("Allergy reconciliation at each handover is the Ward 12 sister's to do, and not one got done all weekend."),
      b("Maite didn't do her job: validating the overnight sync report is hers, and the report went unread for three nights."),
      b('Yonas held the duty lead bleep and never escalated the broken sync, and escalation is what that bleep is for.'),
      b('Nobody on the pharmacy night shift did the allergy cross-check their SOP demands; they skipped it, plain and simple.'),
      b('Dilnur had the post-upgrade validation ticket and closed it with zero test cases run.'),
      b("Jānis, the vendor's support engineer, was supposed to sit on the interface after patching and instead logged off at five."),
      b('The FY1 on 7B failed in the basic duty of asking the pt about allergies before prescribing.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The allergy mapping table was overwritten by Abdirahman in Friday's change slot."),
      b('Cabinet warnings got ignored across three shifts on Ward 9, and the pt paid for it.'),
      b('The failed-sync email was deleted unread by someone in the informatics team.'),
      b('The validation step was skipped to get the upgrade in before the weekend.'),
      b('It was decided by Mekdes that the cabinets could run without the allergy feed overnight.'),
      b('The override got signed by the night nurse without a second look at the drug chart.'),
      b('Clear instructions were given and then disregarded, which is how a pen-allergic pt ended up with Tazocin.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever flushed the interface queue on Saturday night owes Ward 12 an explanation.'),
      b("The pharmacist who overrode the allergy prompt at 02:14 is the reason we're filing a serious incident."),
      b('The new starter who was left holding the admin password is where this went wrong.'),
      b('Whichever bright spark kicked off a manual sync mid drug round will be hearing from matron.'),
      b('Somebody in informatics who regards testing as optional has wiped allergy alerts off two wards.'),
      b("The agency nurse who didn't bother checking the paper chart should not be back on 7B."),
      b('The man who put his name to that change request unread has given this trust its worst medicines incident in years.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b("Raghavendra having write rights on the cabinet interface at all is the part I can't get past; he shouldn't have had them."),
      b('Why was a locum let within reach of live ePMA config?'),
      b("If Garazi hadn't been handed admin rights, none of the allergy flags would have gone."),
      b('Rostering Bereket as informatics on-call for upgrade week is why 7B lost its flags; he was never fit to hold that bleep.'),
      b("Letting the vendor's junior engineer push changes to production unsupervised was asking for this."),
      b("Akanisi can't be trusted with approval rights on interface changes after this, and I'd remove them today."),
      b("Given Tursun's track record, he had no business holding sign-off on cabinet profile changes."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('No more dancing round it — this was Unai.'),
      b('Track down the tech who ran the manual sync and put them up before the CCIO.'),
      b('For the record, the fault for the missing flags lies with Losana in pharmacy IT.'),
      b("We all know the culprit here and it's Shivaraj."),
      b('Who exactly pressed go on the Friday patch? Give me a name by close of play.'),
      b('It was Mahire, not the vendor and not the interface, who broke the allergy feed.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('RCA finding — human error while updating cabinet profiles.'),
      b('The Agency understands the incident to have been caused by human error within the pharmacy informatics team.'),
      b("Ilham's mistake in the allergy mapping file dropped the flags, simple as that."),
      b('Put it down to the on-call pharmacist slipping up; the system did what it was told.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Sahra should have twigged straight away when all of Ward 9 came up NKDA.'),
      b('Looking back, the duty pharmacist ought to have phoned the ward instead of trusting the screen.'),
      b("Any decent pharmacist would have noticed that forty patients can't all be NKDA."),
      b('In hindsight Timoci had every warning going on Friday and still went ahead.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("One look at the sync log before Koldo went home, that's all he had to manage — just one look."),
      b("She simply needed to ring pharmacy before giving the stat dose, that's it."),
      b('It would have taken Dace thirty seconds to just check the paper allergy band.'),
      b("The tech could simply have rerun the validation script and didn't even manage that."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Mulugeta obviously pushed the patch blind, release notes unread.'),
      b("Spotting the empty allergy field was Litia's job and she clearly didn't look."),
      b("Obviously the night team didn't bother with the allergy reconciliation, or we wouldn't be here."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The interface should have rejected a message with an empty allergy segment instead of accepting it.'),
      n('When the sync failed the cabinets could have reverted to the last known allergy list.'),
      n('A reconciliation check should have compared allergy counts per ward before and after every sync.'),
      n('Had the allergy field been mandatory in the interface spec, the ePMA would have flagged this.'),
      n('Ideally the failed-sync alert would have paged the pharmacy bleep rather than a shared mailbox.'),
      n('Go-live should have stayed blocked in the change tool until a non-production cabinet passed a dry run.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION: Amaia to add an allergy-count check to the overnight sync job by 14 March.'),
      n("Owner: Tewodros (informatics) — route failed-sync alerts to the on-call pharmacist's bleep."),
      n("Ward 7B and Ward 12 sisters to re-verify every inpatient's allergy status against the paper chart by Friday."),
      n('Xabier will own the vendor ticket for making the allergy segment mandatory and report back at the next safety huddle.'),
      n('Next steps: Sowmya drafts the SOP change for manual allergy checks during sync outages; Aynur reviews it.'),
      n("Action for the CCIO's office: commission an independent test of the cabinet interface before the regulator's follow-up visit."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Farhiya was the on-call pharmacist on Saturday night and Eneko held the informatics bleep.'),
      n('The ward sister on Ward 12 was Salote, who first raised the issue by phone at 07:40.'),
      n('Incident lead was the deputy chief pharmacist; Qeyser kept the timeline and Liban handled comms with the wards.'),
      n('During the response, Meron liaised with the cabinet vendor while the night HCA did paper allergy checks on 7B.'),
      n('Kelera was duty informatics lead that week, covering both the interface and the ePMA helpdesk.'),
      n('The CCIO chaired the review, with Ainhoa from pharmacy informatics presenting the technical timeline.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night team on 7B were carrying three vacancies and still hand-checked every allergy band once they knew.'),
      n("Mahad has been really shaken by this and I'd ask everyone to give him space this week."),
      n("Everyone in informatics has been working double shifts since Saturday, and it's showing."),
      n('Trusting the screen at 3am with forty TTOs queued is completely understandable for any pharmacist.'),
      n('Please remember the nurse who gave the dose cares deeply about her patients and is devastated.'),
      n("Zulpiye gave up her day off to help with the paper reconciliation, and we're grateful."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Interface log at 01:52: 'ALLERGY SEGMENT EMPTY – message accepted, 0 codes mapped'."),
      n("Cabinet audit trail, bay 4: 'ALLERGY OVERRIDE user=IGOIKOETXEA reason=NO ALLERGY RECORDED'."),
      n("The ePMA banner read 'Allergy status not confirmed for this patient' on every Ward 9 chart from Sunday morning."),
      n("Sync job summary: 'Run failed: 217 records, 0 allergy updates, error E-409 duplicate key'."),
      n("The console error when Perhat tried the rollback: 'Permission denied: user pabdurehim lacks interface-admin role'."),
      n("The Datix auto-reply says 'Incident received – reference 4471, category: medication error'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved Friday's change slot with no rollback plan asked for, and I'll make sure that doesn't repeat."),
      n("We in informatics never tested the allergy segment post-upgrade; that one's ours."),
      n('I was the pharmacist verifying the 7B chart, and I took the on-screen NKDA at face value without asking the pt.'),
      n('I assumed the sync alert would page someone and never checked where it actually went; that was my mistake.'),
      n("As CCIO I signed off the interface contract without a clinical safety case for allergies, and that's on me."),
      n('We let the failed-sync emails pile up in the shared inbox, and I should have set up a rule for them.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("A few on the ward are calling this Warsame's fault, yet he did every step of the SOP as printed."),
      n('This is not human error; the interface accepted an empty allergy field and nothing told anyone.'),
      n("I won't be naming whoever ran the sync; a name fixes nothing about the missing check."),
      n(
        'The regulator asked whether an individual was responsible; we replied that the design made this outcome likely for anyone on shift.',
      ),
      n("Pinning it on the night nurse is tempting, and wrong — the pt's record on her screen read NKDA."),
      n("Let's not make the huddle a search for who dropped the flags; what matters is how the interface allowed it."),
      n("It isn't Yashodha's incompetence we're looking at, it's a mapping table nobody had reviewed in four years."),
      n('Nobody was careless here, whatever the rumour on 12 says — the warning landed in a mailbox no one had been told to watch.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("Allergy flags were stripped out in the interface engine's translation step after the message format changed."),
      n('Blank allergy fields were written over good records during the nightly sync run.'),
      n('That alert got silenced by a filter rule left over from the 2019 migration.'),
      n("Two wards' cabinet profiles were rebuilt from a stale cache after the restart."),
      n('The warning was routed by the integration server to a mailbox that had been decommissioned.'),
      n("Penicillin codes were mapped to a null value by the vendor's translation table."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Edurne restarted the interface service at 02:10, as step one of the stalled-queue runbook tells you to.'),
      n("Abebe cleared the error queue on Saturday, which the vendor's support line had advised for that error code."),
      n('Inoke gave the dose after the cabinet released it without an allergy prompt, matching what the ePMA showed.'),
      n('Chaitra ran the manual sync during the drug round since the wards were asking for updated profiles.'),
      n('Baiba signed the change request on Thursday, with a test report attached that showed every case passing.'),
      n("Memtimin paged the vendor at 05:30 when the sync summary showed zero allergy updates, which he'd never seen before."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("Carrying allergy data across intact is all the interface engine is there for, and that's exactly what it fell down on."),
      n("The cabinet's allergy screen was never reliable enough to be the last line of defence."),
      n("The vendor's sync module is careless with null fields and silently drops them."),
      n("The reconciliation report isn't fit for purpose, since it counts messages rather than allergies."),
      n('The ePMA is responsible for holding the allergy record, and the cabinets were never meant to own it.'),
      n('Our change process is negligent about clinical safety, with no step that asks what a failure would do to patients.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Making the allergy segment mandatory, and rejecting any message without one, is simply the fix.'),
      n('The interface log obviously shows the drop at 01:52, before anyone on the wards touched anything.'),
      n('Two lines in the mapping table is just the size of the fix; the clinical safety testing around it is the real work.'),
      n('Clearly the graph of allergy updates per hour falls to zero after the patch went in.'),
      n('Rolling back the cabinet firmware was simply the quickest way to get the flags back.'),
      n("Every affected pt was admitted after the Friday upgrade, so it's obviously the new interface build."),
    ],
  ],
];

export const DEV_LEARNED36B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED36B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
