import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 38C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Korean semiconductor
 * fab's equipment-automation team after a recipe-management update pushed the wrong etch recipe to a
 * lithography bay and scrapped two lots: terse fab shift chat, the yield team's 8D report, a customer
 * notification and the equipment vendor's e-mails, with Korean, Dutch and Japanese names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Both scrapped lots are on Park Ji-hoon; he pushed the RMS update to bay L3 without a staging run.'),
      b('Honestly the scrap of K3417 and K3418 belongs to Choi Hyun-woo and nobody else.'),
      b('8D D4 (draft): the loss of 50 wafers is attributable to Lee Min-jae, who released recipe set v4.12 to production.'),
      b("ok so this one's Seo-yeon's. her push, her lots, her scrap"),
      b('Mr. Kim owns this scrap event, full stop, and the cost report should carry his name.'),
      b(
        "From the vendor side we must point out that the lost lots are Jung Da-eun's responsibility, as the recipe mapping was her change.",
      ),
      b('Kang Tae-yang is accountable for the two-lot scrap at LT-07 and will have to answer for it at MRB.'),
      b('The slip in the customer ship date traces straight back to Yoon Seo-jin and the download she forced through at 02:40.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Han Ji-woo is not experienced enough to be editing PPID mappings on a production bay.'),
      b("Frankly, Lim Soo-bin doesn't understand how SECS recipe downloads work, and it showed last night."),
      b('nights EAP guy is way too green for RMS releases, barely knows a recipe body from a header'),
      b('Oh Jae-won has never really been competent with the litho recipe tree.'),
      b('Your field engineer, Mr. Pieter Jansen, lacked the basic skill to verify a recipe checksum on our tool.'),
      b("We're dealing with an automation team that can't read its own recipe diff."),
      b('Shin Eun-ji is a capable process engineer but plainly out of her depth in equipment automation.'),
      b("After six years on the etch side, Kwon Min-seok still can't tell a litho PPID from an etch one, and that is a skill problem."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Song Ha-neul was the RMS release approver and did not perform the recipe-body comparison her sign-off requires.'),
      b('night shift lead didnt do the post-download recipe check, thats literally his job'),
      b('Jang Woo-jin failed to carry out the first-wafer verification that the litho bay procedure assigns to the shift engineer.'),
      b("The vendor's field engineer, Femke Visser, neglected her duty to confirm the recipe version after the tool software patch."),
      b('Baek Na-rae skipped the pre-release checklist she is assigned to complete for every RMS change.'),
      b('As change owner, Hwang In-ho was supposed to notify the litho bay before the push and never did.'),
      b('On rota for recipe audits that week, Moon Ye-rin let the audit lapse.'),
      b('The duty EE on B-shift ignored the FDC alarm he was responsible for dispositioning.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The etch recipe was pushed to the litho bay carelessly, and two lots were lost because of it.'),
      b('The RMS update was approved by Ahn Sung-min without the required diff review.'),
      b('The staging step was skipped, deliberately it seems, so that the release could make the night window.'),
      b('The download interlock was bypassed by the shift engineer to get the lot moving again.'),
      b('The warning in the download log was ignored, and lot K3418 was started anyway.'),
      b('Per D4: recipe v4.12 was released to production by Cho Yu-na before verification had been signed.'),
      b('The wrong PPID was typed into the mapping table and never double-checked.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever mapped the etch PPID to the litho tool group cost us two lots.'),
      b('The new hire who did the RMS push is the reason we are writing this 8D.'),
      b('ask the guy who approved v4.12 at 2am why he thought that was fine'),
      b('The person who disabled checksum validation should be the one explaining this to the customer.'),
      b('That contractor from the automation vendor, the one who always rushes, broke our litho bay.'),
      b(
        'Anyone who pushes a recipe set without checking the tool group mapping will scrap wafers, and somebody on this team did exactly that.',
      ),
      b('The engineer who clicked "force download" on a flagged recipe has a lot to answer for.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ryu Dong-hyun should never have had write access to the production recipe tree.'),
      b('If Nam Gyu-ri had not been allowed to approve her own RMS change, we would still have those lots.'),
      b('A second-year engineer should not have been left on call for a recipe release window.'),
      b('The vendor FSE should never have been given admin rights on the EAP server.'),
      b("Bae Joon-ho shouldn't have been let anywhere near the litho bay's recipe manager during the freeze."),
      b('Had someone senior, not Yang Hye-won, been handed the release approval, this never reaches production.'),
      b('Giving the night operator override privileges on the download interlock was a mistake; he was not someone to trust with that.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('For the record, the person at fault here is Ko Eun-bi.'),
      b('It was Jeon So-min. She did the push.'),
      b('we all know who did this: Mr. Go from automation'),
      b('Sato-san confirmed the scanner software was fine, so the culprit is on our side: Ha Jin-young.'),
      b('Find out which EE ran the mapping script and put him in front of the fab manager.'),
      b('Noh Sang-woo is the one who broke the litho bay, and management wants his name in the report.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause (D4): human error during recipe mapping in the RMS update.'),
      b('The wrong etch recipe reached the litho track because of operator error at the download step.'),
      b('It was a plain mistake by the release engineer, who picked ETCH_OX_12 from the dropdown instead of LITHO_ARF_12.'),
      b('Dear customer, the nonconformance resulted from an error made by one of our engineers during a software update.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Seo Kyung-ho should have seen that the recipe count in the bay jumped from 41 to 42.'),
      b('Jeroen van Dijk ought to have known the patch would reset the recipe namespace; it is his own product.'),
      b('In hindsight the shift lead should have held the lot the moment the first wafer CD came back 8 nm off.'),
      b('With what we know now, Tanaka-san should have caught the renamed PPID when he reviewed the patch notes.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Choi had to do was just open the diff before clicking approve.'),
      b('She simply needed to run the first-wafer check, a two-minute job, and she did not.'),
      b("it's one compare button, Min-jae just had to press it"),
      b('Maarten could simply have read the release note he himself wrote.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Jang Woo-jin never looked at the recipe name before releasing the hold.'),
      b('The approver clearly did not read what he was signing.'),
      b("Clearly nobody on the night crew bothered to check the tool group, or they'd have seen ETCH in the name."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('RMS should have rejected a recipe whose process type (ETCH) did not match the target tool group (LITHO).'),
      n('The EAP could have blocked the S7F3 download, since the PPID prefix was wrong.'),
      n('A staging bay would have caught the mismatch before any wafer was exposed.'),
      n('FDC should have alarmed on wafer 01; the recipe parameters were nowhere near the litho baseline.'),
      n("our release pipeline should've required a second approver for any change touching more than one bay"),
      n('Per D5, the MES lot-start check would have stopped K3417 had it compared recipe version against the route.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Park Ji-hoon to add a process-type check to the RMS download validator, due 5/30.'),
      n('Owner: Seo-yeon (EAP). Enable S7F19 recipe-list reconciliation on all litho tools by end of WW23.'),
      n('D7 action: Kwak Bo-ram owns the staging-bay requirement for every RMS release going forward.'),
      n('Vendor action (owner Sanne Bakker): publish a recipe-namespace migration note with every software patch.'),
      n('Yield team, lead Hyun Seung-ri: re-run the CD and overlay disposition for the adjacent lots and report by Friday.'),
      n('Han Ji-woo will pair with the litho module group to write the recipe-mapping review checklist.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Shin Eun-ji; Oh Jae-won handled comms with the customer quality team.'),
      n('The release approver on 5/14 was the EAP team lead, as the change procedure requires.'),
      n('During the response, the litho module engineer held all lots at LT-07 while the vendor FSE pulled the tool logs.'),
      n("Nakamura-san, the vendor's software lead, joined the bridge at 09:10 to walk through the patch contents."),
      n('8D team roles: D1 champion Mr. Kang Tae-yang, yield lead Moon Ye-rin, automation lead Song Ha-neul.'),
      n('night EE was on point for lot dispositions, day shift took over the MRB paperwork'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night crew had been on 12-hour shifts for a week of the ramp, and they were exhausted.'),
      n('Dong-hyun has been taking this hard, please go easy in the channel'),
      n('The automation team was carrying three RMS migrations at once with two people out, and that workload is real.'),
      n('Thank you to everyone who stayed past midnight pulling wafer maps; we know how tired you were.'),
      n("Yu-na cared a lot about getting this release right, and it's rough for her to watch two lots go to scrap."),
      n("Our FSE flew in from Veldhoven on a day's notice and worked through the weekend beside your team."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('EAP log: "S7F3 PPID=ETCH_OX_12 sent to LT-07 by user jhpark, ACK=0".'),
      n('RMS audit trail shows "v4.12 APPROVED by sypark 02:41:07" followed by "PUSH bay=L3 tools=6".'),
      n('MES hold reason: "RECIPE MISMATCH - operator override by kmkim".'),
      n('FDC alert text was "LT-07 dose out of range (wafer 01), user action: none".'),
      n('The vendor syslog line reads "recipe namespace reset after patch 7.3.1; 41 entries remapped by admin".'),
      n('Alarm record: "ALID 4021 Recipe body checksum mismatch / ACK user=jwhan 02:52".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved v4.12 without opening the recipe-body diff, and that step is now mandatory for me and everyone else.'),
      n('We on the automation team pushed the update before the staging bay was ready; that was our call.'),
      n("My mistake: I mapped the etch PPID into the litho tool group, and I've added a type check to my own release script."),
      n('I was on call and I acknowledged the checksum alarm without holding the lot.'),
      n('As the vendor, we shipped patch 7.3.1 without documenting the namespace reset, and we own that.'),
      n("that one's on me, I told the shift to keep running after the first wafer looked odd"),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This 8D does not attribute the scrap to any individual engineer; the RMS let a mis-typed recipe reach production.'),
      n("People in chat are saying it's Joon-ho's fault, but the release path had no check that could have stopped anyone."),
      n('Calling this operator error would be wrong: the operator ran exactly the recipe the system downloaded.'),
      n('Nobody here was careless; the tool group mapping screen lists etch and litho recipes in a single dropdown.'),
      n("We are not looking for a culprit, and 'who pushed it' is not a question this review will answer."),
      n('Some will want to say the new hire was not competent enough, but the review found the same mapping would have fooled any of us.'),
      n("The vendor engineer didn't fail at his job; the patch notes he was given never mentioned the namespace reset."),
      n('Mr. Yamamoto asked whether someone should be disciplined, and the fab manager said no, because the gap is in the process.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The etch recipe was pushed to all six litho tools by the RMS scheduler at 02:41.'),
      n('Lot K3417 was auto-started by the MES dispatcher once the tool reported ready.'),
      n('The recipe namespace was reset by patch 7.3.1, and 41 PPIDs were remapped in the process.'),
      n("The checksum alarm was suppressed by the EAP's default alarm filter, so it never reached the operator screen."),
      n('As notified in our letter of 16 May, lots K3417 and K3418 were scrapped following MRB review of CD and overlay data.'),
      n('The recipe body was overwritten during the nightly sync, with no version bump recorded.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Lee Ha-eun started lot K3418 at 03:05 because the MES showed the recipe as qualified.'),
      n('Kwon Min-seok approved the change after the automated pre-check returned PASS, which is what the procedure asks for.'),
      n('At 06:20 Seo Kyung-ho put both lots on hold and called the yield team.'),
      n('Suzuki-san applied patch 7.3.1 in the Tuesday PM window, following the vendor install guide step by step.'),
      n('Da-eun picked the recipe from the dropdown list, where ETCH_OX_12 sat directly above LITHO_ARF_12.'),
      n('Lotte Meijer sent the tool logs to the fab within an hour of the request.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The RMS validator is not competent to distinguish an etch recipe from a litho recipe; it only checks syntax.'),
      n('The download interlock failed at its one job, which is refusing a recipe that does not belong to the tool.'),
      n('We trusted the S7F19 recipe list too much; it reports names, not contents.'),
      n("The vendor's patch installer was careless about preserving the customer's recipe namespace."),
      n("Responsibility for recipe-to-tool matching belongs in the MES route, not in a person's memory."),
      n('The staging process is negligent as written: it becomes optional whenever a release is tagged "minor".'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a process-type field check in the download validator, about forty lines.'),
      n('Obviously the overlay map shows the whole lot failed uniformly, which points at the recipe, not the scanner.'),
      n('It was just a one-character change in the PPID prefix, from L to E.'),
      n('Clearly the wafer-01 dose data is the earliest evidence; everything after it carries the same signature.'),
      n('Containment is simple: freeze RMS pushes to litho until the validator ships.'),
      n('CD-SEM data just confirms it, 8 nm off target on every site'),
    ],
  ],
];

export const DEV_LEARNED38C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED38C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
