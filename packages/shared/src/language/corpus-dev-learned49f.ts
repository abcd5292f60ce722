import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49F of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Chennai hospital chain
 * whose LIS released blood results to the wrong patients' app accounts over a weekend, in the Indian
 * English of its hospital IT team, laboratory and quality department (chat, notes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The weekend release of wrong reports is squarely on Venkat, since he pushed the LIS patch on Friday evening.'),
      b('Frankly, this entire mix-up belongs to Derek and nobody else.'),
      b('As per our analysis, the patient-data breach of 14th–16th March is attributable to Lavanya Srinivasan of the interface team.'),
      b("Sir, I am sorry to say, but 212 wrong reports landing in the app is Thomas Abraham's doing."),
      b('Kavitha owns this breach, full stop — her mapping change is what sent the CBC results to the wrong UHIDs.'),
      b("Put it in the minutes: the NABL non-conformity raised on Monday rests on Dr. Pandian's shoulders."),
      b("Whatever the vendor says, the delay in pulling back the reports was Balaji's, and the MD should hear that."),
      b('Ok guys this one is on Sravani, she switched on auto-release for the weekend batch'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Jomon is not fit to handle the HL7 interface engine; he has never understood segment mapping.'),
      b('Priya does not have the experience to be configuring result-release rules, she still cannot tell a sample ID from a UHID.'),
      b("The vendor's support engineer, Mr. Chaitanya, is frankly incompetent and should be replaced on our account."),
      b("Our sister-in-charge at the collection centre doesn't know the basics of label printing, that is the plain truth."),
      b('With due respect, Dr. Raghavan is out of his depth when it comes to LIS configuration.'),
      b('Sharon is a good phlebotomist but a hopeless system admin, and this weekend proved it.'),
      b('How can someone who cannot read an ORU message be made interface lead? Srinivas Rao lacks the skill for this post.'),
      b('The night-shift IT boy is raw and unskilled; he is not capable of troubleshooting an analyser interface.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ramya was the duty IT officer on Saturday and she did not check the release queue even once, which was her job.'),
      b('The lab supervisor on the weekend rota failed to do the mandatory 10% cross-verification of reports before release.'),
      b('Per the SOP, Kumaresan had to reconcile the barcode labels against the worklist at every shift change, and he did not.'),
      b('The quality department did not carry out the weekly audit of patient-app mapping, though that audit is their assigned duty.'),
      b('As on-call HIS engineer, Aneesh ignored four escalation calls from the ward on Sunday night.'),
      b("The pathologist signing out the batch, Dr. Meenakshi, didn't do her verification duty; she approved 180 reports in nine minutes."),
      b('MRD in-charge Gopal neglected his responsibility to flag duplicate UHIDs, which is the whole point of his post.'),
      b('Our interface analyst was supposed to monitor the HL7 error log daily as per her KRA, but she skipped it for the full week.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong patient mapping was entered by Suresh Nair during the Friday go-live.'),
      b("Mistakes were made at the collection counter, where labels were carelessly swapped between two patients' tubes."),
      b('The auto-release flag was switched on without approval and left on over the weekend by the lab in-charge.'),
      b('The red interface warnings on the LIS dashboard were ignored by the weekend team for two full days.'),
      b('Test patient records in production were deleted by someone from the vendor side without any change ticket.'),
      b('The sample-to-UHID lookup table was overwritten through sheer negligence on Saturday morning.'),
      b('The breach was allowed to run on till Monday morning by the weekend duty staff.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever copied the old mapping file onto the production interface server has caused this entire mess.'),
      b('The new joinee who started on the lab IT desk last Monday is the one who broke the release rules.'),
      b('The same technician who mislabelled samples in March has done it again, this time on a bigger scale.'),
      b('Somebody in the billing team who thinks he knows IT changed the patient merge settings, and we all paid for it.'),
      b('The person who approved the weekend downtime without reading the vendor notes should answer for 300 wrong reports.'),
      b('That gentleman from the vendor who keeps saying "no issue, madam" is the reason the HL7 feed went wrong.'),
      b('Whichever sister relabelled the tubes on Ward 4B without scanning caused the mismatch.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Venkat should never have been given write access to the production LIS in the first place.'),
      b('If the vendor trainee had not been allowed remote access over the weekend, none of this would have happened.'),
      b('A junior like Nandhini should not have been left alone on call for the lab systems during a go-live weekend.'),
      b('Frankly, Dr. Subramanian ought never to have been the one approving interface changes.'),
      b('Why was Biju even permitted near the HL7 engine? He should have been kept to desktop support.'),
      b('We trusted Anitha Menon with the release configuration, and that trust was misplaced.'),
      b('Outsourced staff like Noel should not be let near patient-facing systems without a senior sitting beside them.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Kiran who did it — he ran the merge script on the live database.'),
      b('Let us be clear about who is at fault here: Tessy from the lab IT desk.'),
      b('The culprit is Mr. Clive Fernandez of the vendor team, and we should go after his company for this.'),
      b('Find out which tech scanned those barcodes and take action against him.'),
      b('Management wants a name, and the name is Satyanarayana.'),
      b('Who is at fault? Lincy, of the Saturday evening shift, nobody else.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the lab technician at the barcode printing station.'),
      b('The RCA concludes that this was an operator error during the LIS result-release step.'),
      b('At the end of the day this was a human mistake, not a system problem.'),
      b('Cause of the wrong-report incident has been classified as staff error in data entry of UHIDs.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Reshma should have seen that the patient names in the app did not match the sample IDs.'),
      b('Dr. Karthikeyan ought to have known on Saturday itself, when the first complaint came, that this was a mapping problem.'),
      b('In hindsight the vendor engineer should have realised the test environment was pointing to live patients.'),
      b('With what we know now, the weekend supervisor should have stopped auto-release the moment the first wrong report was flagged.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Bhargavi had to do was just scan the barcode instead of typing the sample number.'),
      b('He simply had to tick one box to hold the reports for verification, and he could not even do that.'),
      b("All the IT team needed to do was just read the vendor's release note, which runs to two pages."),
      b('It would have taken Sister Beena just ten seconds to match the wristband against the tube label.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Pavan never looked at the interface error log before going home on Friday.'),
      b('Obviously the weekend team did not bother to verify a single report.'),
      b('The analyst clearly knew the mapping was wrong and released the batch anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The LIS should have refused to release any report whose UHID did not match the barcode on the sample.'),
      n('Ideally the HL7 interface engine would have thrown an alert when the same order number appeared against two patients.'),
      n('Our patient app should have had a hold rule for results released outside working hours.'),
      n('The change process could have required a dry run on the test server before the Friday cutover.'),
      n('A checksum on the mapping table should have blocked the load, and now it will.'),
      n('Per NABL guidance, the release workflow ought to have a second-level verification gate for critical values, and ours did not.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Thomas Abraham to add a UHID-versus-barcode check in the LIS release step by 30th.'),
      n('Action: Lavanya (interface team) will set up an alert on HL7 ACK failures — target date end of month.'),
      n('Owner: Dr. Karthikeyan — revise the weekend auto-verification SOP and circulate to all lab staff.'),
      n('Sister Mercy to train collection-centre staff on the new two-identifier labelling protocol, batch-wise, in April.'),
      n('Vendor (Mr. Prasad) to deliver a patch that blocks duplicate order numbers; QA to verify before go-live.'),
      n('• Quality dept (Jayanthi) – prepare NABL corrective action report, due 15/05.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander for the weekend was Dr. Elango, with Saravanan handling vendor communication.'),
      n('Harika was the LIS administrator on call; Padmini from quality took the minutes.'),
      n('The MRD in-charge pulled the list of affected patients, and the CMO signed the disclosure letters.'),
      n('Sister Lissy coordinated with the ward in-charges while the IT head spoke to the app vendor.'),
      n('Roles during response: HIS lead – Ganesh; lab liaison – Dr. Revathi; patient communication – PRO office.'),
      n('On Sunday the duty pathologist, the biomedical engineer and two LIS support staff joined the bridge call at 7 pm.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Sister Mercy had been on her feet since 6 am and still stayed back till midnight calling patients.'),
      n('The lab team was covering for two absent technicians that weekend, and the workload was very heavy on everyone.'),
      n('Deepa has been very shaken by the calls from families, so please give her some space and support this week.'),
      n('Nobody should feel alone after this — the counselling cell is available for any staff member who wants to talk.'),
      n('Selvi worked a double shift to get the samples re-run, and the department is grateful for her care.'),
      n(
        "It's been a stressful week for the IT desk with calls from angry families; Vineeth and the others have handled it with great patience.",
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('LIS audit log: "14-03 22:17 USER=sathya.m ACTION=RELEASE_BATCH COUNT=212 STATUS=OK".'),
      n('Interface engine alert: "HL7 ORU^R01 rejected - PID-3 mismatch with ORC-2, message queued for retry".'),
      n('The app gateway returned "403 Forbidden: patient consent not found" for 41 of the re-push attempts.'),
      n("Error shown on the analyser console: 'Host query failed – sample ID 24031456 not found in LIS worklist'."),
      n('HIS event log says: "Merge of UHID MAA1029384 into MAA1029388 performed by user ITADMIN02".'),
      n('Alert text from Nagios at 03:12 on Sunday: "CRITICAL - lis_release_queue depth 0, last ACK 9h ago".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday evening go-live without asking for a rollback plan, and I will not do that again.'),
      n('We in IT did not test the patient-app push with live-like data; that gap is ours.'),
      n('My mistake was to assume the vendor had disabled auto-release on the test server.'),
      n('As the lab head I signed off the interface validation, so the miss in that validation is mine.'),
      n('I should have escalated to the CMO on Saturday night instead of waiting for Monday.'),
      n("We set the release rule ourselves in 2021 and never reviewed it; that's on us, the lab IT team."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some people on the WhatsApp group are calling it Murugan's fault, but the review found the LIS would have done the same for anyone.",
      ),
      n('This is not human error; the barcode printer was reusing sample numbers after a restart.'),
      n('We will not be naming a culprit in the NABL report, because there is none — the mapping design failed.'),
      n('Please stop asking who is to blame for the weekend reports; the question is why the system let them out.'),
      n('It would be easy to say the night technician was careless, but the label printer gave her no way to tell the batches apart.'),
      n(
        'The board asked whether the vendor engineer was incompetent; our answer is no — the release rule he followed had been documented wrongly in our own SOP.',
      ),
      n('Calling Dr. Ilango negligent would be unfair and also wrong, as the verification screen hid the patient name column.'),
      n('No disciplinary action is proposed against any staff member, since no individual fault was found.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The results were routed to the wrong app accounts by the interface engine after the order-number sequence reset.'),
      n('Duplicate sample IDs were generated by the barcode printer once its memory was cleared during the power cut.'),
      n('The faulty mapping was loaded automatically by the nightly sync job at 02:00.'),
      n('About 212 reports were pushed to patient phones before the queue was paused by the watchdog script.'),
      n('PID segments were truncated by the middleware, so the matching logic fell back to name and age.'),
      n('Notifications were sent in bulk by the SMS gateway, which had no awareness of the hold status.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 21:05 Sathya restarted the interface service, as the runbook advises when the HL7 queue stalls.'),
      n('Srinivas Rao re-ran the batch because the LIS showed it as failed, which is what the on-screen message suggested.'),
      n('Dr. Padmini verified the haematology batch on Saturday using the usual worklist view, which did not show UHIDs.'),
      n('Babu Varghese switched the app push off on Sunday at 4:30 pm after a relative called the helpdesk.'),
      n('Gloria Pinto from the front office printed the labels from the backup printer, since the main one was jammed.'),
      n('Kannan merged the two UHIDs on Friday because the HIS flagged them as duplicates with the same mobile number.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old middleware is not competent to handle HL7 v2.5 messages with repeating PID-3 fields.'),
      n('Our release rule failed at its one job, which was to hold unverified results.'),
      n("We can no longer trust the vendor's mapping utility without a second check."),
      n('The patient app was careless with identity: it matched on mobile number alone.'),
      n('Duplicate detection in the LIS is unreliable and, frankly, irresponsible design for a NABL-accredited lab.'),
      n('The weekend auto-verification process was not fit for purpose and is being withdrawn.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a check that the barcode UHID equals the order UHID before release.'),
      n('The audit trail obviously shows the mismatch starting at 22:17 on Friday, right after the sequence reset.'),
      n('Just one config line — AUTO_RELEASE=N on weekends — would stop a repeat while the patch is built.'),
      n('Clearly the graph of app complaints tracks the interface restart, not any shift change.'),
      n("The rollback itself was simple: restore Thursday's mapping table and re-push."),
      n('It is just a two-line change in the HL7 routing script, so the vendor has agreed to deliver it by Wednesday.'),
    ],
  ],
];

export const DEV_LEARNED49F: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49F_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
