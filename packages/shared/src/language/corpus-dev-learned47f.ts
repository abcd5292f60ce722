import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47F of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Sydney council whose
 * online parking-permit and fines system fined residents holding valid permits over a festival weekend,
 * in the chat, notes, e-mails, letters and reviews of its IT, enforcement and customer service staff.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The wrongful fines over the festival weekend are on Darren, full stop.'),
      b("Honestly, this one's Kylie's — she signed off the zone change and the whole mess flows from that."),
      b('Every one of the 412 bad infringement notices traces back to Nick Papadopoulos and his Friday-night data load.'),
      b('Council lost a weekend of goodwill because of Rania Haddad, and the review should say so plainly.'),
      b('Minh Tran owns this outage: the handhelds went out with his build, and the fines came with it.'),
      b('As far as the Director is concerned, the refunds, the press coverage and the Ombudsman complaint all sit with Jarrah.'),
      b("if the GM wants someone to answer for saturday it's Georgia Antoniou, the permit sync was her baby"),
      b('Please minute it: the festival-weekend fines are attributable to Tarek Khoury and nobody else.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Brett has never really understood how the permit database talks to the handhelds, and it showed on Saturday.'),
      b('Frankly, Thao Nguyen is out of her depth running a vendor integration this size.'),
      b(
        "Putting it bluntly, the graduate looking after festival permits doesn't have the experience for it and made a hash of the upload.",
      ),
      b("The contractor the vendor sent us can't read a stack trace, let alone fix one."),
      b("Sharon's a lovely person but she's no systems analyst, and this weekend proved it."),
      b('Dimitri lacks the seniority to be running release nights on the permits platform.'),
      b('Our enforcement lead is a good ranger and a hopeless project manager.'),
      b('With respect, the Customer Service team leader does not have the skills to triage review requests at this volume.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Fadi was on call Saturday and never picked up the pager, so the bad sync ran all morning.'),
      b("It was Linh's job to check the festival zone list before go-live, and she didn't."),
      b('The duty supervisor did not do the pre-shift handheld check that the procedure requires.'),
      b("Despite the SLA, the vendor's account manager sat on our P1 ticket for nine hours."),
      b("Kostas was rostered to review Friday's exception report and skipped it."),
      b('The change approver waved the release through without reading the test results he was meant to check.'),
      b('Mariam, as permits coordinator, was supposed to send the festival permit list to IT by Wednesday; it never arrived.'),
      b("Rangers are meant to verify a permit manually when the handheld shows a mismatch, and on Saturday most of them didn't bother."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The festival zone codes were keyed in incorrectly on Thursday afternoon.'),
      b('The overnight sync was switched off by Duc Pham without telling anyone.'),
      b('The warning emails from the vendor were ignored for two days.'),
      b('Mistakes were made in the permit import, and they were made by someone in our own team.'),
      b('The test plan was skipped so the release could be pushed out before the long weekend.'),
      b('The go-live checklist was signed off without being read.'),
      b("The handhelds were loaded with last year's permit file by the Friday night crew."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought a festival weekend was a good time to upgrade the handhelds should be the one answering these complaints.'),
      b('The bloke from the vendor who "tidied up" the zone table is the reason 400 people got fined.'),
      b('Ask the new starter who ran the import script without a dry run.'),
      b('The ranger who kept issuing notices after the radio call to stop is the one residents are angry at, and rightly so.'),
      b('Somebody in IT who thinks testing is optional decided 5pm Friday was a fine time to deploy.'),
      b('The person who approved the change from their phone at the pub owes the ratepayers an explanation.'),
      b(
        "It was the contractor covering for Bilal — the one who'd never touched the permit admin screen — who wiped the festival exemptions.",
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tom should never have had write access to the live permit database.'),
      b('A temp on a three-week contract should not have been allowed to approve changes to the fines system.'),
      b('If Stavros had been kept off the release rota, none of this would have happened.'),
      b("The vendor's junior engineer should never have been given admin rights on our production server."),
      b("Karen Whitfield shouldn't have been left in charge of enforcement over the festival, not after last year."),
      b("Handing the casual rangers the override code was asking for trouble; they can't be trusted with it."),
      b("Someone with Joseph's track record had no business being on call for the festival weekend."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('ok mystery solved — it was craig, he pushed the config at 4:58 fri'),
      b('The culprit here is Hoa Pham at the vendor, and we should be going after her company for costs.'),
      b('We all know who did this: Eleni, when she ran the purge on the permits table.'),
      b('Find out which officer issued the 87 notices on Glebe Point Road and get them in to see me Monday.'),
      b("Let's be honest, the fault lies with Bec and her crew."),
      b('Top of my list for the disciplinary meeting is Warrick, who pushed the festival build.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the Thursday permit upload.'),
      b('The incident was caused by operator error on the handheld sync console.'),
      b('This comes down to a mistake by one of our staff, not a system fault.'),
      b('Cause category (for the Audit and Risk Committee): staff error in data entry.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Gemma should have seen that the permit count had halved overnight.'),
      b("Anyone reading Friday's exception report ought to have known the festival zones were missing."),
      b('In hindsight the duty manager should have stopped enforcement the moment the first review request landed.'),
      b("He had the vendor's release notes on Tuesday; he should have realised the zone field had changed format."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('lachlan literally just had to tick the festival exemption box'),
      b('She simply needed to compare the two permit counts before hitting go.'),
      b('The rangers could have just rung the office before writing the ticket.'),
      b("Re-running the sync takes two minutes, so why couldn't the on-call officer simply do that?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Jarrah never looked at the test results.'),
      b("Obviously nobody on the enforcement team bothered to read the vendor's email."),
      b("The release manager clearly didn't care whether the handhelds had the new permit file."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The handhelds should have refused to issue a notice when the permit lookup timed out.'),
      n('The permit database should have flagged a 60 per cent drop in active permits before the sync committed.'),
      n("Our change process should have required a festival-readiness test; it didn't have one."),
      n('A nightly reconciliation job could have caught the mismatch between the permit list and the handheld file.'),
      n("The vendor's import tool would have rejected the file if it validated the zone field."),
      n('Review requests should have been routed to a priority queue automatically once the volume spiked.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Rania Haddad to add a permit-count check to the nightly sync by 30 June.'),
      n('Minh — can you own the handheld offline-mode fix, targeting the March release?'),
      n('Owner: Enforcement Systems Lead (Kirra); task: write the "stop enforcement" runbook before the next festival.'),
      n('ACTION 4 – Customer Service (Thao) to auto-withdraw all notices issued in Zones E and F on 14–15 October.'),
      n('Georgia will set up a weekly defects review with the vendor, starting next Tuesday.'),
      n('Follow-up for IT Operations: Dimitri to build an alert for when the permit table row count changes by more than 10%.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Nick Papadopoulos was incident lead from 9:40 on Saturday until handover on Sunday evening.'),
      n('On call for the permits platform that weekend: Fadi (primary), Linh (secondary).'),
      n("The vendor's support engineer joined the bridge at 11:15 and stayed on until the fix was verified."),
      n('Mariam ran the review request queue while the Rangers Coordinator briefed officers in the field.'),
      n("The council's Chief Information Officer chaired the post-incident review."),
      n('Scribe for the review: Bilal Nasser.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The rangers copped a lot of abuse on Saturday for tickets they had no way of knowing were wrong, and that was hard on them.'),
      n('Kylie worked fourteen hours straight on Sunday; please make sure she takes her days in lieu.'),
      n('Customer Service took more than 900 calls in two days and stayed patient with every caller.'),
      n("It's been a rough fortnight for the systems team, with the upgrade and the festival landing at once."),
      n('Thanks to everyone who came in on a long weekend without being asked — it was noticed.'),
      n('Several staff have said they felt anxious coming back on Monday, and EAP is there for anyone who wants it.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The handheld log shows "PERMIT_LOOKUP: no match for 4471-F, issuing PIN" repeated 212 times between 8am and noon.'),
      n("Alert text at 07:02: 'permit_sync: 0 rows updated (expected > 3000)'."),
      n('The vendor portal returned: "User ntran uploaded permits_festival_v2.csv – 0 records accepted, 3,104 rejected (invalid zone)."'),
      n('From the audit trail: "Enforcement mode ON – set by jwalker 06:55".'),
      n('Error on the review form, as residents saw it: "Your permit could not be found. Please pay or request a review."'),
      n('The nightly job email read "Completed with warnings (3104)" and was coloured green.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday release and I did not ask for a festival-zone test; that is mine to fix.'),
      n(
        "We turned enforcement back on at 7am without checking the permit count, and we've changed the checklist so that can't happen again.",
      ),
      n("I missed the vendor's email about the zone format change while I was on leave, and I've since set up a shared inbox."),
      n('My team wrote the import mapping, and we got the festival zones wrong.'),
      n('As manager of the permits unit, I own the decision to keep the handhelds running past 10am.'),
      n("We should have stopped enforcement sooner; I made the call to keep going and I'd make a different one now."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some of the Facebook comments blame "lazy rangers", but the rangers were doing exactly what the handhelds told them.'),
      n('This review is not about who uploaded the file; it is about why the system accepted it.'),
      n(
        'It would be easy to say Duc should have checked, but no one could have spotted a format change that the import screen never displayed.',
      ),
      n('Calling this human error would miss the point, because any of us would have made the same upload.'),
      n(
        'Dear Resident, the fine you received was not the fault of the officer who issued it; our permit system failed to recognise your valid permit.',
      ),
      n('Nobody here is being disciplined over the festival fines, and nobody should be.'),
      n("I've heard people say the vendor's guy was incompetent — I don't accept that, because the tool gave him no warning."),
      n('We went looking for a culprit in the first hour, and that was the wrong instinct; the gaps were in the process.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Valid permits were overwritten by the overnight sync when the zone codes failed to match.'),
      n('Your infringement notice was issued in error by our handheld system and has now been withdrawn.'),
      n('The review requests were held in a queue by the CRM because the new category had no routing rule.'),
      n('About 3,100 permit records were dropped by the import tool without an error being raised.'),
      n('Reminder letters were sent by the fines system on Monday, before the notices had been withdrawn.'),
      n('The festival exemption was silently removed when the vendor patch reset the zone table to defaults.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Lowanna switched the handhelds to warning-only mode at 10:12, after the third resident rang to say they held a valid permit.'),
      n('Tuan re-ran the permit sync from the backup file, since that copy still had the festival zones in it.'),
      n(
        "On Friday afternoon Sofia Georgiou uploaded the festival permit list using the template the vendor had sent, which looked the same as last year's.",
      ),
      n('Nadia Saleh paused outbound reminder letters on Monday morning once she saw the notice count.'),
      n('Shane went ahead with the scheduled release because the test report showed all green.'),
      n("Phuong rang the vendor's after-hours line at 8:15 and logged a P1."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The import tool is careless with bad rows: it drops them and reports success.'),
      n('We trusted the nightly sync more than it deserved; it has no way of knowing when its own output is wrong.'),
      n('The handheld app is not fit for purpose when the permit lookup is offline.'),
      n("The vendor's product failed at its one job over the festival weekend, which is matching a plate to a permit."),
      n('No component currently takes responsibility for validating zone codes — not the import, not the database, not the handheld.'),
      n('The change process is immature: it has no step for events, no rollback plan and no sign-off on test data.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The fix was simply to restore the zone table from Thursday night's backup."),
      n('The graph obviously shows active permits falling off a cliff at 02:00 Saturday.'),
      n('Withdrawing the notices is just a bulk status change in the fines system, about twenty minutes of work.'),
      n('Clearly the timestamps put the drop before any of the rangers started their shifts.'),
      n('The patch is simply a validation rule that refuses any file with unknown zone codes.'),
      n('Obviously the cheapest safeguard is a count comparison before and after each sync.'),
    ],
  ],
];

export const DEV_LEARNED47F: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47F_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
