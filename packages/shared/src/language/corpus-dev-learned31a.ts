import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 31A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a public library consortium
 * after its holds-and-notices system sent overdue fines and suspensions to the wrong patrons for a week —
 * circulation-desk chat, branch managers' notes, a patron's letter, a councillor's questions and the head
 * librarian's review; names from Tamil, Basque, Somali, Maori, Ukrainian, Tagalog and Quebecois French cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The week of wrong suspensions is on Aitor; he pushed the barcode remap on a Friday and went home.'),
      b('honestly that whole fines fiasco belongs to Kavitha, full stop'),
      b('Every furious caller at Eastside these past days can thank Warsame and that merge script of his.'),
      b("Put it in the minutes: the misdirected notices are attributable to Oksana's choice to skip the trial batch."),
      b('My mother lost her borrowing rights for six days because of Rawiri, and I want the council to know his name.'),
      b('From what I have read, councillor, the failure sits squarely with Marites at the systems desk.'),
      b('between us, Gaétan owns this one — he signed off the notice template and the template is what went out'),
      b('Responsibility for the week of misdirected fines rests with Bohdan Kravets, who ran the patron import unsupervised.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Xabier can barely pull a circulation report; the ILS is miles beyond him.'),
      b("frankly Nerea's whole skill set ends at the check-in scanner"),
      b('Ligaya, greener than the spring lawn outside Central, was hopeless at systems work, as the last seven days have shown.'),
      b('Mykola has never grasped the notices module, not once in four years.'),
      b("The vendor's support engineer, Réjean, struck me as someone who had never laid eyes on a library database before."),
      b("Sorry, but calling Hodan a systems librarian flatters her; she hasn't the competence for it."),
      b("Our ILS administrator can't even read a join, and writing one against the patron table is beyond him entirely."),
      b('With respect, Tama is a lovely storyteller at toddler time and a hopeless hand at database work.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Sylvie owns the Monday notice preview and skipped it, plain as that.'),
      b('Ostap was on the systems rota and never looked at the overnight batch report.'),
      b("The Riverside branch manager's first duty is halting a bad notice run, and in that she failed."),
      b('Dalisay was assigned the pre-send review and let it lapse for all five days.'),
      b('The shift lead, Eneko, never passed the complaints upward the way his post requires, so nobody rang the help line.'),
      b("Reconciling the fines list against the hold shelf is the single task in Amaia's role description, and she never did it."),
      b('Ngaio was duty manager that week and neglected every part of the duty that mattered.'),
      b('Yvon, our account manager at the vendor, was bound by contract to send release notes and sent none.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('Four hundred accounts had the suspension flag slapped on them by somebody at the Eastside counter who never looked.'),
      b('The merge was run carelessly, and the wrong patrons were punished for it.'),
      b("The vendor's warning was ignored, and then on Wednesday it was ignored a second time."),
      b('The bad merge was kicked off at the systems desk by Joseba, to be precise, and never checked.'),
      b('The test notices were skipped, and the unchecked run was waved through by the branch manager as a waste of time to hold up.'),
      b("Patrons' complaints were brushed off at the front counter for three straight days."),
      b("The barcode mapping was botched during Tuesday's upgrade and never double-checked."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The author of that dedupe query owes forty patrons a personal apology.'),
      b('Whoever approved a Friday upgrade ought to explain themselves to the council.'),
      b('That new starter at Northgate is why my card was frozen, and I was told as much at the counter.'),
      b('It was the clerk who kept overriding the duplicate warning who caused all of this.'),
      b("Someone at head office with admin rights and no sense wrecked a week of our patrons' lives."),
      b('the agency temp, the one with the headphones, is who broke the fines table lol'),
      b('Anyone who runs a merge on live patron data without a backup deserves to lose the keys.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Write access to patron records was the last thing Kumaran should ever have had.'),
      b('A summer volunteer belonged nowhere near the notices configuration.'),
      b('Had Faadumo been barred from approving her own changes, the whole week would never have happened.'),
      b('Why on earth was a cataloguer trusted with the overnight batch at all?'),
      b("Putting Leire on call in an upgrade week was wrong; she isn't ready."),
      b('Letting that junior vendor engineer onto our production server was never a call anyone should have made.'),
      b('Levko is not someone we ought ever to have let sign off fines-module changes.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('everyone knows it was Guled — half the desk watched him run that script'),
      b("So which of you clicked 'apply to all branches'? Own up."),
      b('The culprit is Hinewai; the review ought to print her name plainly.'),
      b('Should the council want a name to answer for all this, it is Denis Gagnon, systems librarian at Central.'),
      b('Find out who changed the notice template on the Sunday and go after them.'),
      b('It was Iryna. It was always going to be Iryna.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('The root cause is human error at the circulation desk.'),
      b("Operator error by whoever ran Tuesday's batch — no deeper cause than that."),
      b('The wrong families got fined because Rodel made an error in the mapping file.'),
      b("On the council form, tick 'staff error' for the cause, because that's the truth of it."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("A fines total tripling overnight sat on Ander's own screen; any day that week, Ander ought to have twigged."),
      b('The prefix reset was in the release notes, so Selvi should have seen it coming.'),
      b("Looking back, Abdiwali read Monday's exception report and still let the thing slide."),
      b("Claudette should have halted the second night's run the moment the first complaints came in."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Haizea only had to hit pause on the notices queue, nothing more.'),
      b('All he needed was to simply open the preview before he clicked send.'),
      b("Jhun just had to compare two columns and he couldn't manage that."),
      b('Thirty seconds of Orest just glancing down the list would have done it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Francine never read the warning banner.'),
      b("Obviously Manaia didn't test a single notice before it went out."),
      b('The desk clerk was clearly not paying attention, as anyone could see from the log.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The notices module should have refused to send a fine to a patron with no loans on record.'),
      n('The merge script should have written a dry-run report before touching a single account.'),
      n('A suspension that large should have needed a second approval inside the system itself.'),
      n("The vendor's upgrade could have kept the old barcode prefixes instead of resetting them."),
      n('A test environment holding a copy of real patron records would have flagged this within a night.'),
      n("The fines dashboard should have turned red when Tuesday's total tripled."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Itziar adds a dry-run stage to the patron merge, due end of March.'),
      n('Owner Wiremu — write a runbook for pausing the notices queue from any branch.'),
      n('Mahad owns the letter of apology to affected patrons; Lucie checks the French version.'),
      n('Follow-up for Taras: ask the vendor to restore barcode-prefix validation in the next release.'),
      n('Set up a daily comparison of fines issued against loans outstanding (owner: Bituin, systems).'),
      n('Ghislain takes the action to refund every fine charged between the 3rd and the 10th.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Iñaki was duty manager at Central that week; Anahera covered the Eastside desk.'),
      n("The vendor's support engineer joined the call on Thursday afternoon."),
      n('Zoriana was incident lead; Ayaan handled patron calls and kept the timeline.'),
      n('On the Wednesday the systems rota fell to the Riverside branch.'),
      n('Sahra, the patron services coordinator, wrote the first public notice about the error.'),
      n('Ilango ran the overnight batch as scheduled; Normand was the on-call contact for the vendor.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The desk staff took three hundred angry calls in four days and were worn out by Friday.'),
      n('Yaryna was in tears after the fifth patron shouted at her, and she still finished her shift.'),
      n('Everyone on the systems side was covering two empty posts, which nobody should have to do.'),
      n("Aroha stayed late every night that week answering patrons' emails herself; we owe her some rest."),
      n('The strain on the branch managers was real, and their patience with the public was remarkable.'),
      n('Bayani carried the vendor escalation alongside a full cataloguing load, and it wore on him.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The batch log reads: 'SUSPEND patron 22041-0087 reason OVERDUE>30 operator sysbatch'."),
      n("The notice that went out said 'Dear Kathir Murugan, your borrowing privileges are suspended until fines are paid.'"),
      n("The scheduler line at 02:14 read 'notices_run: 1482 sent, 0 errors, 0 warnings'."),
      n("The merge tool's summary line was 'Merged 611 duplicate records; operator DFILSAN; conflicts resolved automatically'."),
      n("The alert from the vendor portal said only 'Prefix table rebuilt — review recommended'."),
      n("Error on the self-checkout kiosk: 'Account blocked: contact staff (code FN-217)'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I ran the merge without a dry run, and I'll be the one who adds one."),
      n('To save time, we dropped the test notices that week; ours was the decision.'),
      n("I approved the upgrade window myself and I didn't read the section on barcode prefixes."),
      n("I wrongly assumed the vendor had tested barcodes across the consortium, and I've now asked them to."),
      n('As head librarian I signed off on the go-live, so I answer for the harm to patrons.'),
      n("I missed the spike on the fines graph on Tuesday; from now on I'm checking it before opening."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Garazi's name has come up as being at fault; the review finds she worked exactly to the written procedure."),
      n('this is not on Kathir or anyone else at the desk — the system sent what it was configured to send'),
      n("I'd push back on calling it human error; the merge tool gave no warning of any kind."),
      n('Councillor, asking who deserves the blame gets us nowhere, and this report names no culprit.'),
      n('Saying the new clerk should have spotted it is tempting, yet her screen showed nothing wrong.'),
      n("Nobody was careless here, and the word 'negligence' does not belong in the minutes."),
      n("The patron's letter calls Mireille incompetent; the record shows she escalated within the hour."),
      n("Nor will we chase the vendor's engineer; the upgrade did exactly what its documentation said."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The wrong accounts were suspended by the nightly batch, which matched patrons on the last four digits of the barcode.'),
      n('Fines were recalculated by the upgrade script against the reset prefix table.'),
      n('Over four hundred notices were generated and sent before any check ran.'),
      n("The duplicate warning got switched off by the new release's default settings."),
      n('Holds were reassigned to the merged records automatically, so the notices followed them.'),
      n('Complaints were sent on to a shared mailbox that the ticketing system never watched.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("Senthil restored the prefix table from Sunday's backup on Thursday night, following the vendor's advice."),
      n('Oihane paused the notices queue at 9:40 on the Friday after the third call about a wrong suspension.'),
      n('Filsan ran the merge from the documented procedure, which did not mention prefixes.'),
      n('Rangi checked the preview on Monday; it showed the right names because the preview drew from the old table.'),
      n('Halyna phoned the vendor at 8 a.m., and they asked her to wait for their engineer.'),
      n('Jocelyn waived the fines at the counter for patrons who brought the letter in, since that seemed the quickest relief.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The notices module lacks the competence to deal with barcode ranges that branches share.'),
      n('The dedupe tool had one job, telling two different patrons apart, and it failed.'),
      n("We trusted the vendor's upgrade checks more than they deserved."),
      n('The fines engine was careless with edge cases, charging accounts that had no loans at all.'),
      n('Responsibility for matching patrons sits with the ILS, and it was never built to do it well.'),
      n('The overnight scheduler is a poor guardian for something that can suspend a library card.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix: simply restore the old prefix table and rerun the match.'),
      n('Obviously the trouble starts on the graph the very night the upgrade went in.'),
      n('The matching-rule change is just two lines, and the vendor has shipped it.'),
      n('Clearly the log points at the prefix reset, not at anything typed at a desk.'),
      n('Refunding is simple: one batch credit per affected card.'),
      n('The evidence is plain enough — every wrong notice shares a barcode suffix with a real overdue one.'),
    ],
  ],
];

export const DEV_LEARNED31A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED31A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
