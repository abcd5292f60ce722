import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48D of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Dhaka garment exporter's
 * factory IT and planning team after the ERP line plan double-booked sewing lines before a major buyer's
 * shipment; chat, notes, e-mails and reviews in Bangladeshi factory English, with apparel and ERP jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The double booking of Line 7 and Line 9 is on Tanvir Ahmed, full stop.'),
      b('Sir, the air freight bill belongs to Rafiq; it was his line plan that went to the floor on Sunday.'),
      b("Let me be frank with you: missing the shipment cut-off for the Hamburg PO is Priyanka Das's doing and nobody else's."),
      b('Whatever the ERP did or did not do, this delay sits squarely with Mahbub bhai.'),
      b('Nusrat Apa owns this loss — she released both POs onto the same lines, and the buyer penalty follows from that.'),
      b('We can attribute the two lost production days directly to Kamrul.'),
      b("As per my understanding, the USD 38,000 air freight is Sumaiya's responsibility and should be recorded against her name."),
      b('If you ask the GM, the whole mess from cutting to QC traces back to Dipankar and his Friday-night upload.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Jahid is not experienced enough to run the line plan for a buyer of this size.'),
      b("Farzana doesn't understand capacity planning at all; to her, SMV is a number somebody typed on the tech pack."),
      b('Our new planning executive cannot read a line loading chart, let alone a capacity calendar.'),
      b('Rupa is a good merchandiser, but as a planner she is hopeless.'),
      b('Sujon bhai has twenty years on the floor and zero skill with the ERP, and it showed this week.'),
      b('After this, is Habib really fit to handle the Q3 line plan?'),
      b('Shuvo is too green to set SMVs for a lined jacket; he has only ever done basic tees.'),
      b('Moushumi is sloppy with numbers and everyone in the planning cell knows it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The planning executive on duty never ran the weekly clash check, which is the one thing that role is there to do.'),
      b('Arif did not do his job: reconciling the line plan against the ERP every Thursday is written in his JD.'),
      b('As line chief, Babul was supposed to flag the second PO arriving on Line 9, and he did not.'),
      b("Sharmin failed to send the revised TNA to the buyer's office, though as merchandiser that is her responsibility."),
      b('Night-shift supervisor skipped the handover sheet — again — so the morning team had no idea Line 7 was already loaded.'),
      b('Rezaul was meant to sign off the capacity plan before bulk cutting started, and he never did.'),
      b('Our ERP admin neglected the monthly capacity calendar update that is assigned to him and only him.'),
      b(
        "It was Tapas's duty as QC in-charge to book the final inspection, and he left it undone until the buyer's QA was already at the gate.",
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The second PO was loaded onto Line 9 by the planner without even checking what was already there.'),
      b('Line 7 was double-booked by someone in planning who did not bother to look.'),
      b('Mistakes were made at the planning desk, and the plan was pushed live against SOP.'),
      b("The clash warning was ignored and clicked away at least twice before Sunday's release."),
      b('The buyer cut-off date was carelessly overwritten in the ERP by a user from merchandising.'),
      b('Against the SOP, the line plan was released unapproved, and the override box was ticked to make the red flag go away.'),
      b('PO 4500-2291 was keyed in twice, and the duplicate was never deleted, despite two reminders from IT.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever uploaded the Excel line plan on Friday night is the reason we are air-shipping 22,000 pieces.'),
      b('The new planner who joined from the knit unit last month caused this whole double booking.'),
      b('That fellow who keeps overriding ERP warnings has cost us the shipment, Sir.'),
      b('It is the person who thinks Excel is better than the ERP who put two buyers on one line.'),
      b('The one sitting at the planning desk on Thursday night owes everyone an explanation for Line 9.'),
      b('Ask the merchandiser who always promises ex-factory dates without checking capacity; this is her doing.'),
      b('Someone in the cutting section who hates the new ERP has been feeding it wrong dates for weeks, and this is the result.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kabir should never have been given edit rights on the master line plan.'),
      b('Why was a trainee allowed to release POs into the live ERP in the first place?'),
      b("If Ratan hadn't been trusted with the override password, Line 7 would never have been double-booked."),
      b('A junior like Mitu should not have been left alone on the planning desk during peak season.'),
      b('Sir, we should never have let the knit unit planner anywhere near the woven line plan.'),
      b('Had approval stayed with Anwar bhai instead of being handed to Nipa, this would not have happened.'),
      b('Giving merchandisers admin access to the capacity calendar was trusting the wrong people.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Polash — he is the one who moved PO 4410 onto Line 9.'),
      b('Let us be clear about who did this: Sanjida from planning.'),
      b("Find out who in IE changed the SMV and bring him to the GM's room."),
      b("Everyone knows who is at fault here, and it's Masud."),
      b('I want the name of the planner who did this on my desk by lunch.'),
      b('The culprit is Gopal; his login is on every single change to Line 7.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error in line plan entry.'),
      b('The double booking was caused by operator error at the planning desk, not by the ERP.'),
      b('Cause of delay — a data-entry mistake made by the planning executive while keying the second PO.'),
      b('Our internal finding is that the clash came down to human error during the Eid-week replanning.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Delwar should have known that the Hamburg and Oslo orders were both heading for Line 9.'),
      b('In hindsight, the planning manager ought to have seen the clash the moment the second buyer PO came in.'),
      b('Selim had the capacity report in his inbox on Tuesday; he should have spotted it then.'),
      b('Knowing what we know now, Rumana should have called the buyer before promising the 15th.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Khaled had to do was just open the line loading view before pressing release.'),
      b("She simply had to compare two columns in Excel, that's all, and she couldn't be bothered."),
      b("Why couldn't Ziaul just pick up the phone and ask the line chief if Line 7 was free?"),
      b('It would have taken Animesh two minutes to simply run the clash report.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Subrata never looked at the plan before he signed it.'),
      b("The planner clearly didn't care whether the lines were free or not."),
      b('It was obvious to anyone on the floor that Line 9 was full, so how Tahmina missed it I cannot understand.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The ERP should have refused to load a second PO onto a line already at 100% for those dates.'),
      n('Ideally the capacity module would have thrown a hard stop instead of a yellow warning.'),
      n('Our Excel-to-ERP import should have validated line IDs against the live calendar.'),
      n('The TNA template could have carried the shipment cut-off across from the buyer PO automatically.'),
      n('The sync between the planning board and the ERP should have run hourly, not once a night.'),
      n('A clash report run before release would have caught this on Thursday.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Priyanka Das to add a hard-stop rule for overlapping line bookings in the ERP by 30 June.'),
      n('Owner — IT (Tanvir Ahmed): switch the nightly sync to hourly and add an SMS alert on failure.'),
      n('AI-3: planning cell, led by Shahana, to run a clash report before every line plan release, due next Sunday.'),
      n('Kazi Nazmul will draft the new SOP for buyer PO intake and circulate it before the next PP meeting.'),
      n('Next step: our ERP vendor liaison, Mr. Obaidul, to raise a change request for capacity locking.'),
      n("Follow-up owned by merchandising — Lipi to confirm revised ex-factory dates with the buyer's Dhaka office by Tuesday."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Nusrat Jahan was planning manager on duty; Rafiq acted as incident coordinator.'),
      n('During the response, the GM production chaired the calls and the IE manager rebalanced the lines.'),
      n('Incident lead, Head of IT; buyer communication, senior merchandiser; floor coordination, production manager of Unit 2.'),
      n('The line chief of Line 9 took the morning stand-up while the QC manager rescheduled the final inspection.'),
      n('Pritom was the ERP admin on rota that week, and Joya covered the planning desk on Friday.'),
      n("The buyer's QA representative was on site for an inline audit when the clash came to light."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The planning team had been working 14-hour days since before Eid, and they were exhausted.'),
      n("Mahbub bhai, please go home and rest; you've been here since Fajr."),
      n('Everyone on Line 7 stayed back for overtime without a single complaint, and we are grateful.'),
      n('Tania has been under huge pressure from three buyers at once, and none of this has been easy for her.'),
      n('We know how much care Dipankar da puts into every line plan, and this week must have been very hard on him.'),
      n('Apa, take tomorrow off — we will handle the buyer call.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("ERP log 14:02: 'PO 4500-2281 assigned to LINE-09 by user jewel.h — WARNING: capacity exceeded (132%)'."),
      n('The alert read: "Line plan conflict detected: LINE-07 booked for 2 styles, 12–18 Jun".'),
      n('Sync job output: `ERROR 0x41 capacity calendar lock held by user pritom.s, retry skipped`.'),
      n("From the audit trail: 'Override approved — user: planning01 — reason: buyer urgent'."),
      n("The QC system message said 'Final inspection slot cancelled: line status BUSY'."),
      n("Mail from ERP at 02:13: 'Nightly sync failed. 0 of 48 line plans updated.'"),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I released the line plan on Thursday without running the clash report, and from now on I'll run it before every release."),
      n('We in IT turned off the hard-stop rule last year because it blocked urgent orders; that was our call.'),
      n('My mistake: I approved the override at 11 pm without opening the line view.'),
      n('I should have escalated the sync failure when I saw it on Friday morning.'),
      n("As head of planning I own this delay, and I'm the one who will explain it to the buyer."),
      n("We promised the 15th to the buyer before checking capacity, and that's on us in merchandising."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This was not Kamrul's fault, and I don't want anyone in the cell saying it was."),
      n('Calling it human error would be lazy; the ERP let two POs sit on one line with only a yellow flag.'),
      n('Nobody was careless here — the sync job failed silently and the board showed stale data.'),
      n('Some people in the meeting wanted to name and shame the planner; the MD refused, and so do we.'),
      n('It is easy to say Sumaiya should have known, but the screen in front of her showed Line 9 as free.'),
      n('We will not be looking for a culprit in this review.'),
      n("Asking 'who messed up?' is the wrong question; the right one is why the system accepted the booking."),
      n('Blaming the new planner would miss the point, since any of us would have made the same booking from the same screen.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The line booking was overwritten by the nightly sync when it ran at 02:00.'),
      n("Line 9's capacity was reset to zero by the calendar import after the Eid holidays were loaded."),
      n("The warning was suppressed by the ERP's default setting for orders flagged 'urgent'."),
      n('Both POs were accepted by the planning module because its overlap check compared only start dates.'),
      n('The cut-off date was truncated during the CSV export, so the wrong week was displayed on the board.'),
      n('Within seconds the inspection slot was auto-cancelled, as soon as the line status flipped to BUSY.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 9:40 Jewel loaded PO 4500-2281 onto Line 9, because the planning board showed the line free from 12 June.'),
      n('Shahana Apa called the line chiefs at 7 am to check what was actually running on Line 7.'),
      n('Monir moved 1,800 cut pieces to Line 11 after the IE team confirmed the SMV matched.'),
      n("On Saturday afternoon, Bishwajit restored Thursday's backup of the capacity calendar."),
      n('Parvez accepted the override because the buyer had marked the order urgent and the warning looked like the usual false alarms.'),
      n("Sadia emailed the buyer's Dhaka office at 4 pm to ask for a five-day extension on the ex-factory date."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Frankly, the planning module is not fit for purpose when one order is split across two lines.'),
      n('The nightly sync job failed at its one job: keeping the board and the ERP in step.'),
      n('After a holiday import, the capacity calendar cannot be trusted until someone checks it against the floor.'),
      n("The vendor's clash check is careless about dates, comparing start dates and ignoring end dates."),
      n("Our Excel template is responsible for half the mismatches, because its line IDs don't match the ERP's."),
      n('Compared with the old magnet board, the new ERP module is immature and far less reliable.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a constraint on the line-date table so two POs can never share a slot.'),
      n('The log obviously shows the sync stopping at 02:13 and never resuming.'),
      n("It's just a one-line config change to turn the yellow warning into a hard stop."),
      n('Clearly, going by the capacity chart, Line 9 was loaded at 187% for the week of 12 June.'),
      n("Rolling back the calendar import was simply a matter of restoring Thursday's backup."),
      n('The evidence is obvious once you put the ERP view and the floor board side by side.'),
    ],
  ],
];

export const DEV_LEARNED48D: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48D_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
