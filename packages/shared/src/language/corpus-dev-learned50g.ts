import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50G of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Cardiff ambulance trust's
 * computer-aided dispatch upgrade that dropped address lookups for Welsh-language street names overnight,
 * in the chat, notes, e-mails and reviews of a Welsh NHS trust (CAD, gazetteer, Cat 1, HALO, clinical hub, Datix).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The gazetteer outage on the night of the 14th is Rhys's, start to finish."),
      b('Forty minutes of lost Cat 1 response time sits squarely with Tanvir Hussain and the change he pushed at 02:10.'),
      b("Honestly, this one's on Dave — he signed off the CAD release notes without reading the address section."),
      b(
        "Every address that failed to resolve in Grangetown that night is attributable to Hodan Warsame's decision to skip the bilingual street file.",
      ),
      b('I hold Gareth Morgan personally responsible for the delayed response to the cardiac arrest on Heol y Plwca.'),
      b('Per the Datix, the root cause of the delays was Farhana Chowdhury and nobody else.'),
      b('The lost addresses belong to Aled Powell; it was his upgrade, his cutover window and his outage.'),
      b('Ask anyone in the clinical hub and they will tell you the Welsh-street failure was down to Ms Begum.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Ffion is not experienced enough to be running a CAD cutover on her own, and Tuesday proved it.'),
      b("Frankly, the vendor's man, Steve Dawson, doesn't understand how a gazetteer works."),
      b('Dr Owain Price is a fine clinician but a hopeless change manager.'),
      b('Imran Miah lacks the technical depth to validate address matching for a national dispatch system.'),
      b('Rhodri has been a dispatcher for twelve years and still cannot read a CAD error screen properly.'),
      b('To be blunt, the night IT lead was out of his depth from the first failed lookup onwards.'),
      b("In my view, Bethan Lloyd's grasp of gazetteer data is weak, and it showed."),
      b('Khadar is a poor tester: sloppy, impatient and unable to think past the happy path.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Catrin was rostered as on-call CAD analyst and failed to respond to the pager for fifty minutes.'),
      b("The release manager didn't do the one job the change board gave him: run the bilingual address regression pack."),
      b('Nasrin Ahmed, as duty manager, neglected her duty to escalate to Gold once Cat 1 calls were being located by hand.'),
      b("It was Huw's job to check the gazetteer load overnight, and he never did."),
      b('The HALO at the Heath failed to pass the address problem on to the clinical hub, which is the whole point of the role.'),
      b('Despite being the named data owner, Mr Uddin made no attempt to validate the street file before sign-off.'),
      b("Ayaan Jama was supposed to be watching the CAD dashboards on the night shift and wasn't."),
      b(
        "Our supplier's account manager, Claire Thompson, fell down on the basic duty of telling us the Welsh name fields had been dropped from the schema.",
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The bilingual street file was carelessly left out of the cutover script.'),
      b('The warning from the test environment was ignored by Lowri and the release went ahead.'),
      b('Mistakes were made in the overnight CAD configuration that cost us Cat 1 response time.'),
      b('The rollback was botched by the night shift IT team, leaving the gazetteer half-loaded until 06:00.'),
      b('The address-matching test was skipped, deliberately, so the upgrade could go in before the bank holiday.'),
      b('The Welsh-language alias table was deleted in error by a member of the supplier team.'),
      b('At the 03:00 huddle the clinical hub’s concerns were brushed aside by Sarah Bennett.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to run the upgrade on a Friday night with no Welsh speaker on the test team caused this.'),
      b('The new hire who wrote the address-mapping script is the reason Cat 1 crews were sent to the wrong end of Cathays.'),
      b('The contractor who decided Welsh street names were optional aliases has a lot to answer for.'),
      b('It was the bloke from Leeds with the laptop, the one who kept saying the gazetteer was fine, who broke it.'),
      b('The person who approved the change without a bilingual test plan should be the first one interviewed.'),
      b('Anyone who signs off a national dispatch upgrade without testing Ffordd and Heol addresses is a danger to patients.'),
      b('Whichever analyst toggled the legacy lookup off at midnight left the call handlers working blind.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Iolo should never have been given write access to the live gazetteer.'),
      b('A supplier engineer on his second week should not have been allowed anywhere near the production CAD.'),
      b('If we had kept Megan off the change rota, none of this would have happened.'),
      b('Why was Tom Ashworth trusted to approve his own change at two in the morning?'),
      b('Frankly, the night IT team should not have been on call for a cutover of this size.'),
      b("Emyr shouldn't have had the admin rights to disable the address service in the first place."),
      b('Allowing Jenny Marsh to approve a live gazetteer change on her own was the real mistake.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Liban who broke the gazetteer.'),
      b("Let's be clear about who did this: Paul Whitfield."),
      b('If Datix needs a name in the "caused by" box, it is Mizanur Rahman.'),
      b('Culprit: Karen Lowe, supplier release engineer.'),
      b('We all know who pressed the button, and it was Geraint.'),
      b('Go and speak to Hawa Abdullahi, because she is the one at fault here.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the overnight data migration.'),
      b('The loss of Welsh-language lookups was down to operator error on the supplier side.'),
      b('This was a human mistake, not a software fault.'),
      b('Eleri made an error when mapping the street name fields, and that error took down address lookup for half the city.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Dafydd should have spotted that the test data contained no Welsh street names at all.'),
      b('With hindsight, the duty manager ought to have declared a critical incident at the first failed lookup, not the fortieth.'),
      b("Sohel should have known that 'Heol' and 'Road' aren't interchangeable in the gazetteer."),
      b("In retrospect, the supplier's project lead should have realised the Welsh name column was being truncated."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Gethin had to do was just run the bilingual test pack before he went home.'),
      b('She simply needed to tick the Welsh-language box in the import wizard.'),
      b("Anwar could just have picked up the phone to the clinical hub; it wasn't hard."),
      b('Checking one Welsh address before go-live was simply too much for the release team, apparently.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Ruksana obviously never looked at the migration log.'),
      b("The supplier engineer clearly couldn't be bothered to test with real Cardiff addresses."),
      b('It is obvious that Dr Price did not read the risk assessment before signing it.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The CAD should have fallen back to the English street name when the Welsh lookup returned nothing.'),
      n('A gazetteer validation step should have been part of the cutover runbook.'),
      n('The import tool could have warned us that 11,400 address aliases were being discarded.'),
      n('Ideally the change process would have required a bilingual test set before any address-related release.'),
      n("The supplier's release notes should have listed the schema change to the name fields."),
      n('Monitoring should have alerted on the spike in unresolved addresses within minutes, not hours.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Siân Llewelyn to add Welsh-language addresses to the CAD regression pack by 30 June.'),
      n('Owner — Faisal Osman (supplier): provide a written root-cause analysis of the alias table change.'),
      n('Rhys will set up an automated nightly check comparing gazetteer record counts before and after load.'),
      n('AI-07 | Clinical hub lead | Draft a manual address-location card for Cat 1 calls | Due: end of month'),
      n('Shamima Akhter has agreed to own the review of change-window rules for dispatch systems, reporting to the next board.'),
      n('Tomos to liaise with the local authority address team on a single bilingual street feed; update at next huddle.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Siân Llewelyn was Silver commander for the incident; Abdi ran the technical bridge.'),
      n('The HALO at UHW took over address confirmation for crews arriving at ED.'),
      n('Nia Evans held the loggist role from 01:30 until handover at 07:00.'),
      n('On the night, the clinical hub was led by a senior paramedic, with two nurse advisers taking welfare calls.'),
      n('Sahra Yusuf, the supplier support engineer, was the point of contact for the vendor throughout.'),
      n('The duty manager chaired the hourly huddles and the IT on-call analyst reported into them.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The call handlers were under enormous pressure, locating patients by landmark with no working address search.'),
      n('Angharad had been on shift for eleven hours when the lookups failed, and she kept going until it was fixed.'),
      n(
        'Nobody should have to take a Cat 1 call knowing the map might send the crew to the wrong street; it was distressing for everyone.',
      ),
      n('We know the IT team were exhausted after three back-to-back cutovers this month.'),
      n('Several dispatchers have said they are still upset about that night, and the welfare team has been in touch with each of them.'),
      n('Thank you, Fadumo, for staying on the bridge well past your shift; I know how draining it was.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('CAD log 02:14:07: "GAZ-404 no match for STREET_NAME_CY=Heol y Castell; falling back to NULL".'),
      n('The alert read: "ADDR_LOOKUP failure rate 38% (threshold 5%) — user: j.marsh".'),
      n('Error shown on the call handler screen: "Location not verified — manual entry required."'),
      n('Datix auto-acknowledgement: "Incident W-4471 logged by user ctrl_ops7, severity: Major."'),
      n('The import job summary said "11,432 rows skipped: column name_cy not found in target schema".'),
      n('From the supplier deploy log: "[INFO] operator=kowen applied patch 7.4.2 to CAD-PROD-01".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the change window, and I did not ask whether the test data included Welsh street names.'),
      n('We ran the cutover on a weekend night with thin IT cover, and that was our decision as a management team.'),
      n("I missed the first alert because I had muted the channel during the huddle; I've since unmuted it and set it to page me."),
      n('As the supplier, we removed the Welsh name column from the schema without flagging it, and we are sorry.'),
      n('My error was assuming the gazetteer load had succeeded because the job finished green.'),
      n('We, the CAD team, should have pushed back on the date, and next time we will.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some people have asked whose fault this was; this review will not answer that question, because the answer is in the process, not a person.',
      ),
      n('It would be easy to say the night analyst should have caught it, but the analyst had no tool that could have shown the problem.'),
      n('Calling this "human error" would be lazy and wrong: the system accepted a file with no Welsh names and reported success.'),
      n('Nobody is being disciplined over this, and nobody should be.'),
      n('I have heard people say Idris was careless; I have read the logs, and he followed the runbook exactly as written.'),
      n('Blaming the supplier engineer misses the point, since our own acceptance tests never exercised a Welsh address.'),
      n("The question isn't who dropped the Welsh names, it's why our change process let a file with no Welsh names go live."),
      n('Pointing fingers at the call handlers, who were doing their best with a broken map, would be unfair and unhelpful.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The Welsh-language street names were dropped by the new import routine, which only mapped the English name field.'),
      n('Around 3,000 addresses in Cardiff were left unresolvable after the alias table was overwritten by the nightly sync.'),
      n('Calls were routed to the manual-location queue automatically once the lookup service timed out.'),
      n('The failure was masked by a cached copy of the old gazetteer, which kept some searches working until the cache expired at 04:00.'),
      n('Incident records were created by CAD without coordinates and defaulted to the station grid reference.'),
      n('The error was not surfaced on any dashboard because the lookup failures were logged at debug level.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 01:52 Llinos Parry noticed that searches for "Heol" were returning nothing and raised it on the control room chat.'),
      n(
        "Yusuf Aden restarted the address service at 02:30, following the supplier's advice, because it had fixed a similar fault in March.",
      ),
      n('Carys switched her desk to manual grid references, which the training pack recommends when the gazetteer is down.'),
      n('Mark Hughes rang the supplier hotline at 02:05 and was told the release had completed without errors.'),
      n('Nasrin Ahmed declared a business continuity incident at 03:10, once the failure rate had passed the trigger in the plan.'),
      n(
        'Amina Dualeh approved the release on Thursday; the change form she saw described it as a "performance update" with no data changes.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The new CAD build is not fit for purpose when it comes to bilingual addresses.'),
      n('The import tool failed at its one job: carrying every street record from the old gazetteer to the new one.'),
      n('We trusted the green tick on the deployment dashboard, and that tick proved untrustworthy.'),
      n("The supplier's release process is careless about schema changes and needs a formal sign-off gate."),
      n('The gazetteer sync is the component responsible for the loss, because it silently discarded records it could not map.'),
      n('Our monitoring was asleep on the job: it counted successful jobs, not successful lookups.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to restore the name_cy column and re-run the alias import.'),
      n('Obviously, the graph of unresolved lookups tells the story: flat until 00:04, then a cliff.'),
      n('It is just a two-line change to the mapping file, but it needs a full bilingual regression before it goes live.'),
      n('The log evidence is clear: every failed search contained a Welsh-language street name.'),
      n('Rolling back was obviously the right call once we saw the failure rate climb.'),
      n('Simply put, the data never arrived in the new gazetteer.'),
    ],
  ],
];

export const DEV_LEARNED50G: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50G_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
