import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 14B of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: operations staff outside software (hospital IT and
 * clinical informatics, a factory line's controls, an airline operations centre, warehouse scanners, a utility's
 * SCADA desk) writing incident reports in safety-culture and shift-log jargon, plus their informal messages, with
 * names from Welsh, Ethiopian (Amharic), Sri Lankan (Sinhala), Jamaican, Danish, Lithuanian, Moroccan,
 * Bangladeshi, Samoan and Argentinian cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The six-hour loss of the bed management board is on Rhys, full stop.'),
      b('Loss of the whole night pick wave at the northern depot is directly attributable to Tigist.'),
      b('Honestly the missed departure slot for the 0640 to Copenhagen sits with Søren and nobody else.'),
      b("This near miss on feeder 12 belongs to Nuwan; he's the reason the breaker closed onto a working crew."),
      b("Line 3's lost shift of output is Delroy's doing, and I'd like the write-up to state that in plain words."),
      b('Per the duty manager review, the pharmacy cabinet lockout came about because of Rūta and rests with her.'),
      b('let’s be honest in the retro, the aisle C scanner outage traces back to Youssef and him alone'),
      b("The two-day slip on the PACS upgrade is Nasrin's, and I want her name against it in the shift log."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Sione hasn't got the experience to be running the SCADA desk on a storm night."),
      b("Frankly Agustina doesn't understand the MES well enough to be editing recipes on line 2."),
      b("Is Dafydd even qualified to touch the infusion pump drug library? From this week it doesn't look like it."),
      b('Our newest controller, Dawit, is far too junior for the ops centre during irregular operations.'),
      b("Kasun can't cope with the warehouse management system, as everyone on nights has seen for months."),
      b("Mette has shown once again that she's not fit to be line supervisor on the filler."),
      b('The charge nurse, Marcia, lacks the basic informatics skill a superuser for the order sets needs.'),
      b('Mindaugas is a decent fitter but a hopeless PLC programmer, and this incident proves the point.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Hicham was on the handover rota and never gave the incoming shift their handover brief.'),
      b('As permit-to-work issuer, Farzana failed to verify the isolation before signing the permit.'),
      b("The duty manager, Tavita, didn't do his job of escalating the crew-scheduling outage to the airline's senior managers."),
      b('Facundo, as night shift lead, did not carry out the scanner battery checks the rota assigns to him.'),
      b('It was Gwen’s duty to start the downtime procedure when the EHR went read-only, and she neglected it.'),
      b("Abebe was meant to be watching the alarm summary and wasn't; that was his entire role on the desk."),
      b('Dilani, the clinical informatics on-call, ignored the page for forty minutes, when answering it is her core responsibility.'),
      b('Winston skipped the tag-out walk-down that his role as authorised person requires of him.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The isolation was signed off carelessly by the authorised person before the crew went up the pole.'),
      b('The wrong drug library was pushed to the pumps by somebody in clinical informatics without any review.'),
      b('The comms alarm was acknowledged and then ignored by Jens for most of the shift.'),
      b('The load sheet was filled in sloppily and never cross-checked, which is how the aircraft went out tail-heavy.'),
      b('Pallet locations were mis-keyed by the warehouse supervisors during the cutover, costing us a day of picks.'),
      b('The handover notes were left half-finished by the outgoing charge nurse.'),
      b('The breaker was closed in error by the desk operator with the tag still hanging on it.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever left the conveyor interlock in bypass overnight should own this near miss.'),
      b('The agency nurse who overrode the dispensing cabinet is why the ward ended up with the wrong dose.'),
      b('the new hire on the dispatch desk who flipped the crew roster back to draft caused this whole mess'),
      b('Whichever controller silenced the RTU comms alarm is why we lost sight of the substation for three hours.'),
      b('That bloke from the scanner vendor who pushed firmware at 2am broke every handheld in the building.'),
      b('Anyone who signs a permit without walking the isolation has no business being on this site.'),
      b('The contractor who plugged his own laptop into the line 2 network is the root cause here, not the PLC.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Handing Ieva admin rights on the pharmacy system was wrong from the start.'),
      b('Why on earth was Tanvir permitted to approve a change to the SCADA alarm limits that he wrote himself?'),
      b("Putting Pita on the ops centre call-out rota after one week of shadowing was wrong; he shouldn't have been on call."),
      b('Someone as green as Lucía had no place going near the production recipe server.'),
      b('We should never have trusted Kemar with the override key for the parcel sorter.'),
      b('The night supervisor had no business granting Ishara write access to the bed management database.'),
      b('Frederik never deserved the authority to approve engine deferrals without supervision.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually pulled the fuse on the scanner charging rack? I want a name by the end of shift.'),
      b("Let's be clear about whose fault the feeder trip was: Saulius's."),
      b('It was Malia who did it, the whole team has seen the audit trail.'),
      b('Write Rachid down as the culprit behind the WMS outage.'),
      b('Find which pharmacist changed the formulary, and then we go after them.'),
      b('Sharmin broke the HL7 interface, and everyone on the informatics floor should know that it was her.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error from the desk operator mid-switching is the root cause we are recording.'),
      b('The interlock trip happened because of operator error, nothing more to it.'),
      b("Ultimately this comes down to Martín's mistake on the loading dock."),
      b('The cause of the medication near miss was a nurse wrongly keying the dose, not the pump.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Eglė needed to spot the mismatched pallet counts before she released the wave.'),
      b('Leroy should have realised the feeder was back-fed after the storm; it was on the board all along.'),
      b('Looking back, Imane should have noticed the drift on the historian hours before the trip.'),
      b('Odette could have caught the wrong wristband scan had she actually looked at the screen.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Signe just needed to check the tag before she closed the breaker.'),
      b("Shafiq could simply have read the handover sheet, and then we wouldn't be writing this report."),
      b('It would have taken Darius ten seconds to just scan the pallet label a second time.'),
      b('she just had to press acknowledge and ring the duty engineer, how hard is that'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Gonzalo didn't bother reading the permit before starting the work."),
      b("Obviously Khadija never looked at the bed board, or she'd have seen the duplicate admissions."),
      b('Losa obviously ignored the low-fuel warning that dispatch raised twice.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The infusion pump library should have rejected a concentration outside its hard limits.'),
      n("The WMS should have blocked the wave release when the pallet counts didn't reconcile."),
      n('SCADA alarm filtering could have grouped the flood into one summary instead of four hundred lines.'),
      n('A second-stage interlock on the filler would have stopped the conveyor before the jam reached the capper.'),
      n('The crew-scheduling system ought to have flagged the duty-time breach before the roster was published.'),
      n("Our permit-to-work form should have had a mandatory isolation-verified field, and it didn't."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Gareth to add a hard stop for heparin concentrations in the pump library by end of month.'),
      n('Owner Selamawit: review the alarm shelving rules on the SCADA desk before winter.'),
      n('AI-4 (owner: Tharindu): add barcode verification to the returns dock scanners.'),
      n('Kerry-Ann will take the action to rewrite the shift handover template for the ops centre.'),
      n('Birgitte owns the follow-up with the PLC vendor about the bypass timer, due 30 June.'),
      n('Lagi to run a tag-out refresher for the night crew; target date next quarter.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Ffion was duty manager, Yonas was on the SCADA desk, and Anoma was the field switching officer.'),
      n('Torben held the incident commander role from 03:10 until handover at 07:00.'),
      n('The charge nurse on ward 6 that night was Fetu; clinical informatics on call was Meron.'),
      n('Valentina kept the log on the bridge call while Iosefa liaised with the vendor.'),
      n('Line supervisor on B shift was Jurgita, with Arif as the maintenance technician.'),
      n('During the ops centre recovery, Camila handled crew rebooking and Pradeep handled slot requests.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night team had been short two people for a week and were exhausted by the time the alarm flood hit.'),
      n('Huw had covered three double shifts in a row; nobody should be put in that position.'),
      n('The pharmacists worked through their breaks to reconcile every dose by hand, and that care kept patients safe.'),
      n('It was a stressful night for the controllers, with the phones going constantly and the storm still building.'),
      n('Kidist told us afterwards she felt awful about the near miss, and we want to support her through the review.'),
      n('Warehouse staff were under real pressure from peak-season volumes, and the scanner outages wore everyone down.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The cabinet audit log reads "USER tbirhanu OVERRIDE ACCEPTED drawer 4B" at 02:14.'),
      n('SCADA event list: "FDR12 CB CLOSE CMD by operator CPERERA, interlock bypassed".'),
      n('Every handheld showed "ERR 0x41: user session expired, rescan badge" after the update.'),
      n('The EHR banner said "Order signed by Dr M. Haile, pending verification" for the whole downtime.'),
      n('The crew tracking tool raised "Crew member S.FAAMAU exceeds FDP limit" at 05:32.'),
      n('The PLC log records "Operator P.LUKOSIUS: safety gate bypass ON" eleven minutes before the jam.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I closed the breaker without rechecking the tag board, and I'll walk the tags myself from now on."),
      n('We pushed the drug library update on a Friday evening, which was our call and a bad one.'),
      n('I released the wave early myself; the count mismatch is something I missed.'),
      n('my mistake on the roster, I published it in draft mode without checking'),
      n("We on the informatics team didn't test the order set against paediatric weights, and we own that."),
      n("I signed the permit before the isolation was verified, and I've asked to be reassessed on the procedure."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This was not operator error; the interlock let the close command through with the tag still applied.'),
      n("Some people on the floor are saying it's Nadia's fault, but the scanner firmware failed the same way on every shift."),
      n("We're not hunting for someone to blame here, and nobody should be asking who caused the pump alarm."),
      n('Calling the charge nurse careless misses what actually happened: the cabinet allowed an override with no second check.'),
      n('You could argue Mulugeta should have seen the trend, but the historian display hid it behind three menus.'),
      n('Please stop saying Santiago broke the line; the PLC ran the old recipe because of a sync bug.'),
      n(
        "An earlier draft of this report put the missed departure down to Bautista's slow crew call-out; we struck that line, because the crew tracking tool never showed him the duty-time breach in the first place.",
      ),
      n(
        'Pinning the filler jam on Aistė for restarting mid-changeover gets the sequence backwards, since the HMI offered her the restart without any warning that the guard interlock was still open.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The roster was overwritten by the overnight sync job with a stale copy.'),
      n('Pick tasks were reassigned by the WMS to a zone that had no staff.'),
      n('The feeder was re-energised automatically by the auto-reclose scheme after the first trip.'),
      n('The drug library was sent to every pump on the network at once by the update server.'),
      n('Patient records were locked by the interface engine when the message queue backed up.'),
      n("The conveyor was stopped by the jam sensor and restarted by the PLC's watchdog forty seconds later."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Carys switched the ward to paper downtime forms because the EHR had gone read-only.'),
      n("Tesfaye isolated the filler at the local panel, since the line stop from the HMI wasn't responding."),
      n('Laima called the substation crew back to the yard when the RTU stopped reporting, as the procedure suggests.'),
      n('Rahim re-ran the pick wave from the backup terminal after the handhelds froze, which got the trucks loaded on time.'),
      n('Anders shelved the repeating alarm on the operator console to see the new ones underneath, as the desk guide allows.'),
      n("Mose phoned the on-call pharmacist at 03:00 because the cabinet wouldn't release the emergency drawer."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The old scanners aren't fit for the freezer aisles; their batteries die within an hour."),
      n('The alarm system fell down on its main job, telling the desk what matters first.'),
      n("We can no longer trust the historian's timestamps after the daylight-saving change."),
      n("The pump vendor's firmware was careless about rounding in its dose calculation."),
      n('Our handover process is responsible for most of the information that gets lost between shifts.'),
      n('The crew-tracking tool is too immature to be relied on during irregular operations.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("Just one value in the PLC's interlock timer had to change for the fix."),
      n('The historian trend obviously shows the pressure climbing for two hours before the trip.'),
      n('Restoring the scanners simply meant rolling the firmware back to the previous build.'),
      n('Clearly the backlog on the interface engine is what locked the records; the queue graph leaves no doubt.'),
      n('The change itself was tiny, just a new threshold in the alarm shelving table.'),
      n('Obviously the roster export is the step to fix first, since every downstream tool reads it.'),
    ],
  ],
];

export const HELDOUT_LEARNED14B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED14B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
