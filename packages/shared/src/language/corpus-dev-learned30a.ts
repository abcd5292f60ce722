import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 30A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a wine cooperative's
 * bottling-line shift chat, cellar team, quality manager's non-conformance reports, a supermarket buyer's
 * complaint and a food-safety authority's letter after a label-printing integration printed the wrong
 * allergen statements on three days of bottles; names from Georgian, Hausa, Sámi, Cebuano, Azorean
 * Portuguese, Hebrew and Nepali cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Giorgi pushed the allergen template live on Friday, so three days of mislabelled bottles sit squarely with him.'),
      b(
        'Quality office position: this recall is attributable to Zainab Abubakar, who signed off the label master without checking the egg-albumin line.',
      ),
      b("Honestly, lads, the whole pallet run going out with the milk warning missing is Máret's doing and nobody else's."),
      b('NCR-0417 attributes the allergen misstatement to Dindo Cabahug of integration support, and to no other party.'),
      b('If the supermarket delists us, that loss belongs to Itamar, since it was his mapping file.'),
      b("We lost Tuesday's whole shift of Alvarinho because of Sushila, and I'd like that written down somewhere."),
      b("The buyer's complaint traces straight back to Hermínio and the printer profile he swapped in."),
      b("Let's be clear in the letter to the authority that the non-conformance originated with Ketevan's change and not with the cellar."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Levan is a cellar hand, not an integrator, and configuring the labelling system sits miles above his skill level.'),
      b('Halima lacks the grounding in allergen rules that configuring those fields demands, and three days of bottles prove it.'),
      b('With respect, the integration contractor Oren Mizrahi lacks the basic food-labelling knowledge this job needs.'),
      b('For label master work Áilu is much too green, as everyone on the bottling line knows.'),
      b("Bishnu couldn't configure a print integration if his life depended on it; he struggles with the tank thermostat."),
      b('Our quality technician, Conceição, is not competent to approve allergen text, and the NCR should say so.'),
      b("Two seasons on the filler doesn't make Nonoy a software person, and this mess proves he isn't one."),
      b(
        "I'd question whether Shira, as a brand-new QA assistant, had the skill to validate sulphite and fining-agent declarations at all.",
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Noam was the label-check operator on Monday's shift and never did the first-off comparison against the spec sheet."),
      b("Verifying the allergen panel at each batch change was Jamila's job, yet across three days she never did it once."),
      b('The quality manager on duty failed to perform the mandatory release check before pallets left the dock.'),
      b('Niillas was rostered for line-side QC on Wednesday and spent the shift in the tasting room instead.'),
      b("Our integration vendor's project lead, Rowena, skipped the acceptance test her own contract requires."),
      b('Pemba signs the daily label reconciliation, yet he left the box blank for all three days.'),
      b(
        'The cellar master is supposed to confirm fining agents with the quality office before bottling, and Vakhtang never once picked up the phone.',
      ),
      b('As shift supervisor, Deolinda neglected the sign-off her HACCP duties required at start-up.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The allergen check was skipped on all three shifts and the batch records were filled in afterwards to cover it.'),
      b('The label master was overwritten by Tamar on Thursday night without a change request.'),
      b('Errors were committed by the bottling crew at changeover, and bad bottles got waved through at every station.'),
      b('The first-off sample was signed off as compliant without ever being read.'),
      b("The egg-fining declaration was deleted from the template by the integrator's technician, Jericho, during his tidy-up."),
      b('Printer warnings were ignored for three days and the reject bin was emptied before anyone from quality could see it.'),
      b('The sulphite line was left off on purpose by the night crew to make the text fit the smaller label.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed the template update on Friday evening has cost this cooperative a supermarket contract.'),
      b('The new hire who tidied up the allergen field mapping owes the whole line an apology.'),
      b("Answering the authority's letter should fall to whoever passed the label proof without a magnifier."),
      b("That night-shift lad who keeps overriding printer alarms did it again; that's all this is."),
      b('Anyone who cannot tell casein from sulphites has no business signing the release sheet.'),
      b("The contractor from the software house, the one with the laptop stickers, is the reason we're writing an NCR."),
      b("Whichever of the cellar team decided the fining record didn't need updating put us in front of the food-safety authority."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Giving Levan write access to the label templates was the original mistake, and it should never have happened.'),
      b('Who decided a summer temp could approve allergen text by himself?'),
      b('Nobody should have let Sabina near the printer integration without a QA partner standing over her.'),
      b("Putting Garba on the label station the week of the go-live was a mistake; he wasn't ready to be trusted with it."),
      b("After what Ánde did, the integrator's staff must not be allowed on our production network unsupervised again."),
      b("If Eka hadn't been handed the admin password, the template would never have changed."),
      b('The vendor had no business putting a trainee in charge of our go-live weekend.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Kabiru did this; everybody on the floor knows, so no dancing around it.'),
      b('The buyer is asking for a name; tell her Marisol Bacalso.'),
      b('Everyone on the line knows the culprit: the integration guy Yusuf, who pushed the update.'),
      b('At fault: Risten, integration team. Record that in the NCR ahead of the submission to the authority.'),
      b('I want whoever signed off the proof found and brought to the board meeting on Thursday.'),
      b('Hauwa broke it, so the buyer hears the explanation from Hauwa.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause of the allergen misstatement: human error at the label station.'),
      b('Operator error at the printer terminal caused this, and our response to the authority should say so.'),
      b("Zurab's typing mistake in the allergen field is what put milk on bottles that were never fined with casein."),
      b('The deviation was caused by a keying error by the operator during changeover.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Nana should have noticed the vanished sulphite line from the very first case off the labeller.'),
      b('Anyone on that shift ought to have known a Friday-night template change would bite us on Monday.'),
      b('With hindsight, Bello had every warning he needed on Tuesday, and halting the line was the call he failed to make.'),
      b("The quality manager should have realised from the buyer's first email that it wasn't a one-off batch."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Ristin could just have held the proof up to the spec sheet; that's all it took."),
      b("Hadiza simply had to press hold on the labeller, and she didn't."),
      b("It's one tick box, Dawa; you just had to tick it before releasing the pallets."),
      b("The cellar team only needed to send the fining log to quality, a two-minute email they just couldn't be bothered with."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Tornike clearly didn't look at a single label before signing the release."),
      b('Obviously those on nights saw every printer warning and decided to keep bottling.'),
      b("It was obvious to anyone on the floor that Yael hadn't opened the allergen matrix she claims she checked."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('A template with an empty allergen field should have been refused by the integration, not printed.'),
      n('Our label-release procedure could have required a second signature for allergen changes, and from now on it will.'),
      n('The printer should have stopped the line when the checksum on the label master changed.'),
      n('Ideally the vision camera would have flagged the missing sulphite line on the first bottle.'),
      n("The spec sheet and the label template should have been linked, so one couldn't drift from the other."),
      n('A hold-and-release step in the ERP would have kept those pallets in the warehouse until quality cleared them.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Avital to add an allergen-field validation to the template import by 14 June.'),
      n("Owner Prakash Thapa: draft the reply to the food-safety authority's letter and circulate it Friday."),
      n('Máret will set up the camera check for the allergen panel; quality office to review in two weeks.'),
      n('NCR follow-up, owned by Filomena: reconcile every pallet ID from the three affected days with the warehouse system.'),
      n("Next step for Sani: run the supplier's test pack against our sulphite and egg declarations before any new template goes live."),
      n("Biret and the integrator's lead will write the rollback procedure for label masters, due end of month."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Jacinto was quality manager on call that week and opened the non-conformance report on Tuesday morning.'),
      n('During the recall, Lurdes handled the supermarket buyer while Aminu coordinated the warehouse holds.'),
      n("The vendor's team configured the integration; Mahtte was our contact for the project."),
      n("On Monday's shift Junjun ran the filler, Goreti ran the labeller and the cellar master handled tank changes."),
      n('The person responsible for label approvals at the time was the quality technician, a role Salome has held since 2021.'),
      n('Ngima was the one who first noticed the wrong allergen text, on a case she pulled for the tasting room.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The bottling crew had worked double shifts all harvest, and everyone was exhausted by the week of the go-live.'),
      n("Kamala has been carrying the buyer's calls alone and is clearly worn out; let's get her some cover."),
      n('It has been a brutal fortnight for the quality office, and people care a great deal about getting this right.'),
      n("Irakli told me he hasn't slept properly since the recall started, so go gently with him on the floor."),
      n("The cellar team took the authority's letter hard, because they're proud of what goes into those bottles."),
      n('On Wednesday Rojina was juggling the line, the warehouse and two buyer calls at once, more than anyone should carry.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The labeller log reads 'TEMPLATE_UPDATE user=gtsiklauri field=allergen_text value=<empty>' at 18:42 on Friday."),
      n("The vision system raised 'OCR mismatch: expected CONTAINS SULPHITES, read CONTAINS SULPHITES EGG' 212 times on Tuesday."),
      n("ERP audit entry: 'Release approved by hmusa 07:15, batch 24-118, allergen check = N/A'."),
      n("The integration's error queue shows 'WARN mapping allergen_code 04 -> null, falling back to default text' for every batch."),
      n("The alert on the shift phone said 'Printer 2: label master changed by admin-vendor', timestamped Friday 18:43."),
      n("The buyer's automated intake flagged 'Allergen declaration mismatch - supplier error' on all three deliveries."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the template change on Friday without asking for a printed proof, and I'll be doing that differently."),
      n('We in the quality office missed the egg-fining line on the spec sheet; that one is ours.'),
      n("I was on the labeller Monday and didn't stop the line when the camera beeped, because I'd assumed it was the usual glare."),
      n("Our cellar team forgot to send the updated fining log, and we've put a reminder into the tank-change checklist."),
      n("That's my mistake in the mapping file, and I've already pushed a corrected version for review."),
      n("I signed the release sheet, that decision is mine, and I'll walk the authority through it myself."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some on the line want to call this Aminu's fault, but the template he loaded was the one the system gave him."),
      n('This was not human error; the printer accepted an empty allergen field because nothing told it not to.'),
      n("There's talk that the night crew was careless; they weren't, they printed exactly what the label master said."),
      n("The buyer's letter blames incompetent staff, and we will not be repeating that in our reply."),
      n("Please don't go hunting for a culprit in the NCR; the question is why three separate checks all passed the wrong text."),
      n(
        'Nobody needs to be singled out here, because the proof the quality office approved looked correct on screen and differed only in print.',
      ),
      n("Blaming the integrator's engineer for not knowing about the egg fining misses that our spec sheet never mentioned it."),
      n('Calling this operator error would be wrong, since the operator did what the work instruction said.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The allergen field got overwritten during the overnight ERP sync, which copied in a blank from the old table.'),
      n('The correct template was replaced by a cached copy when the printer rebooted after the power dip.'),
      n('Sulphite statements were dropped by the character limit on the new small-format label.'),
      n("Three days of batches were released automatically because the release rule treated 'N/A' as a pass."),
      n("Repeated OCR alerts are hidden by the labeller's default setting, so the warning never reached the screen."),
      n("The error was introduced during the vendor's schema migration, when allergen codes were renumbered without a mapping."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Davit loaded the template from the shared folder on Friday, since that was where the vendor said the approved version lived.'),
      n('Gualter released the pallets on Tuesday morning after the system showed the allergen check as complete.'),
      n('Tzipora skipped the manual proof that day because the new integration was meant to replace it, per the rollout plan.'),
      n("Lasha changed the printer profile to the smaller label size to match the new bottle supplier's spec."),
      n('Binta answered the buyer within the hour and asked the warehouse to hold every case from the three dates.'),
      n("Elle accepted the vendor's default allergen mapping, which had worked for the cooperative's red wines last year."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The label integration isn't competent at handling multi-allergen text; it truncates anything over two lines."),
      n('The vision camera has exactly one job, reading the allergen line, and it failed.'),
      n("We put far too much trust in the vendor's validation module."),
      n('The release step in the ERP was careless by design: it treated any non-empty field as a pass.'),
      n('Responsibility for catching a blank allergen field belonged to the import check, and the import check had no such rule.'),
      n("The old printer firmware is unreliable and can't be trusted to keep the template it was given."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('A required-field rule on the allergen text, plus a printed proof at each template change, is simply the whole fix.'),
      n('The OCR log obviously shows the mismatch starting at 18:42 on Friday, before any shift touched the line.'),
      n('Clearly, from the pallet records, only batches 24-116 to 24-121 are affected.'),
      n('Two lines of config is just what it takes to make the labeller halt on an OCR mismatch.'),
      n("Rolling back the template simply meant restoring Thursday's file from backup."),
      n('The photos the buyer sent make it obvious which label version was on the shelf.'),
    ],
  ],
];

export const DEV_LEARNED30A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED30A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
