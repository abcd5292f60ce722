import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47D of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Dublin pensions
 * administrator whose annual statement run sent thousands of members someone else's pension values;
 * Irish, Polish and Nigerian-Irish staff writing chat, notes, e-mails, letters and reviews in the
 * English of an Irish admin and IT team, with pensions and batch-ops jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The whole statement fiasco is on Pádraig, and the trustees should hear that from us before they hear it from the print vendor.'),
      b('As far as I am concerned, those 4,200 wrong letters belong to Tomasz Kowalczyk and nobody else.'),
      b("Let's be straight in the minutes: the breach traces back to Ngozi and the way she ran that extract."),
      b('Responsibility for the mis-issued benefit statements rests with Cian Ó Dálaigh, who signed the run off.'),
      b('If the regulator asks whose fault the mix-up was, the answer is Méabh, full stop.'),
      b("Every one of those complaint calls is down to Bartosz, and I'd like the review to say so in plain English."),
      b("honestly lads the DPC notification is Emeka's doing, he owns this one"),
      b("The cost of reprinting and reposting the lot should be laid at Róisín Nic Aodha's door."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Kasia was never up to running the year-end statement cycle on her own.'),
      b("Frankly, Seán Ó Murchú doesn't have the experience to be touching a job that joins member records."),
      b('The new analyst over from the Naas office is out of her depth with anything beyond a spreadsheet.'),
      b("Oisín is a sound lad, but he's no batch person, and this run proved it."),
      b("Folake's grasp of SQL is, to put it kindly, shaky, and it showed in the join."),
      b('In my view Agnieszka lacks both the seniority and the judgement for a sign-off role on trustee correspondence.'),
      b('Tunde is still too green to understand what a row-order join does to a print file.'),
      b('I have real doubts that Dara Ó Ceallaigh is capable of running a statement cycle of this size.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Checking the proofs against the member records was Gráinne's job, and she didn't do it."),
      b('The on-call batch operator never looked at the reconciliation report before releasing the file to the print vendor.'),
      b('Łukasz was rostered as second pair of eyes on the merge and skipped it.'),
      b('Chidi, as release approver, did not carry out the sample check that his role requires.'),
      b("Niamh didn't bother ringing the print house when the counts looked off, and that was literally her one job that night."),
      b('The scheme manager failed to escalate the first member complaint to compliance, as the breach procedure obliges her to.'),
      b('Quality sign-off fell to Colm, and Colm signed without opening a single PDF.'),
      b("It was Adaeze's week on the proofing rota, and she let the batch go out unchecked."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The sign-off was rushed through by Eoghan without a single sample being pulled.'),
      b('The reconciliation warning was ignored by the operator on duty, and the file went to the printer anyway.'),
      b('Mistakes were made by the admin team when the valuation extract was re-sorted.'),
      b('The control totals were never checked before release, even though the procedure could not be clearer.'),
      b('The change to the sort order was pushed into production carelessly and without a word to anyone.'),
      b('Member complaints were sat on for two full days before compliance was told.'),
      b('Draft for the trustees: the print file was approved by Funmilayo late on a Friday evening without so much as a glance.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to join on row number instead of member ID has landed us with a breach notification.'),
      b("The contractor who rewrote the extract in August is the reason four thousand people got a stranger's pension figures."),
      b('It was the new hire in IT, the one who started in June, that broke the statement run.'),
      b('The same person who skipped the test run last year has gone and done it again.'),
      b('Our friend in print ops who "doesn\'t do reconciliations" managed to post 4,200 wrong letters.'),
      b('The person who cleared the recon warning at 2 a.m. is the one who owes our members an apology.'),
      b('Yer man who built that merge template knew nothing about member numbers, and here we are.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Cian should never have been given write access to the valuations extract.'),
      b('Honestly, a graduate six weeks in the door should not have been left on call for the statement run.'),
      b("If we'd kept Oluwaseun away from production, the letters would have gone out right."),
      b('The trustees should never have allowed Tomasz to approve his own change.'),
      b("Nobody with Kasia's track record ought to have had sign-off rights on member correspondence."),
      b('That contractor should not have been let anywhere near the live member database.'),
      b("Why on earth was Paweł trusted with the print release when he'd never done one before?"),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Bartosz who did it.'),
      b("Let's not dance around it: Siobhán Ní Bhriain's team caused this, and she should answer for it."),
      b('Find out who re-sorted the extract and get them in front of HR this week.'),
      b('The culprit is Emeka; he changed the join and told nobody.'),
      b("so it was Ngozi after all, mystery solved, she's the one who broke it"),
      b('The trustees want a name, and the name is Dara Ó Ceallaigh.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the year-end extract.'),
      b('Cause of the incident: operator error when the valuations file was regenerated.'),
      b('At the end of the day it came down to a mistake by one of the lads in batch ops.'),
      b('The wrong figures went out because of a keying error by an administrator, not a system fault.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Looking back, Chiamaka should have spotted that the very first page put a Mr Byrne's values on a Ms Kowalska's letter."),
      b('In hindsight Colm ought to have known that a re-sort would shift every row.'),
      b('With what we know now, the print-ops lead should have seen that count mismatch for what it was.'),
      b("After the fact it's plain that Róisín should have rung the trustees the minute the first complaint came in."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Gráinne had to do was just open three letters and hold them up against the member records.'),
      b("He simply had to run the reconciliation report, and he couldn't even manage that."),
      b("She just had to tick the sample-check box, that's all, and she didn't."),
      b("Why couldn't Łukasz simply compare the row counts before pressing send?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Obviously Oisín didn't read the proofs, or he'd have seen the wrong names staring back at him."),
      b("Agnieszka clearly never checked the totals; it's there in black and white."),
      b("The release operator obviously couldn't be bothered with the control report that night."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The merge step should have joined on member number, not on row position.'),
      n('The print file should have failed validation the moment the count of names and the count of valuations disagreed.'),
      n('A hold-for-approval gate in the scheduler would have stopped the file at the door.'),
      n('The reconciliation report should have been a hard stop rather than a warning that can be clicked past.'),
      n("The vendor's intake portal should have rejected a file whose checksum did not match the manifest."),
      n('Our test environment should have held a masked copy of the real member records, not fifty made-up members.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION (Siobhán Ní Bhriain, 31 Jan): add a member-ID check to every page of the print file.'),
      n('Pádraig to draft the apology letter to affected members and send it to the trustees for approval by Friday.'),
      n('Owner: Oluwaseun Adebayo — make the reconciliation report block the release instead of warning.'),
      n('Owner for the regulator follow-up is Fionnuala in compliance; due 14 February.'),
      n('Tadhg will add the row-count comparison to the overnight job by the end of the sprint.'),
      n('Action 6 – Małgorzata Nowak and the print vendor agree a sample-proofing step before the March run.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Eimear was incident lead; Ciarán handled the comms with the print vendor.'),
      n('On the night, the batch operator was Marek and the approver was the head of member services.'),
      n('Caoimhe took notes on the bridge call and kept the timeline.'),
      n('The DPO, Ifeoma Eze, ran the data-breach assessment, while the scheme secretary liaised with the trustees.'),
      n('For the rerun, Deirbhile was on call for the database side and Piotr watched the print queue.'),
      n('Who held what: incident manager — Aoife; technical lead — Donncha; trustee contact — the scheme secretary.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Kelechi was on the phones for nine hours straight on Tuesday taking calls from worried members, and it took a toll on him.'),
      n('The whole admin team has been under serious pressure since the first complaints came in, and people are wrecked.'),
      n("Please mind yourselves this week; nobody here wanted a single member to open someone else's letter."),
      n('Bríd was upset when she saw the volume of calls, which says a lot about how much she cares about the members.'),
      n("It's been a rotten fortnight for the batch-ops crew, and in fairness they've carried it with a lot of grace."),
      n('Year-end always lands on a small team, and this year it landed on three people covering for five.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The scheduler log reads: "JOB ABS_MERGE_2024 completed RC=0 user=pkeane".'),
      n("Alert at 02:14: 'RECON WARN: valuation rows 4,213 != address rows 4,214 - acknowledged by operator'."),
      n('The vendor portal returned "Batch IRL-0925 accepted, 4,214 items, released by user mnowak".'),
      n('From the audit table: UPDATE member_valuation SET sort_key = scheme_id || member_no; 4,213 rows affected (user: tkowalczyk).'),
      n("Error text from the test harness: 'Expected member 100472 on page 1, found member 100473'."),
      n('The SFTP log shows "put ABS_2024_FINAL.pdf 218MB by svc_statements OK" at 05:02.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the sort-order change without asking what else read that extract, and I'll be doing that differently."),
      n('We released the file with a recon warning outstanding because our runbook let us, and we own that.'),
      n("That was my call to skip the sample proof — I was trying to make the vendor's cut-off."),
      n('I wrote the merge step in 2019 and never put a key check in it; that one is on me.'),
      n("We in member services told the trustees it was a print fault before we'd checked, and we've apologised for that."),
      n('My mistake was assuming the row order in both extracts would always line up.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people on the floor are saying it's Wojciech's fault; it isn't, and this review won't say it is."),
      n('This is not about who pressed the button, it is about a merge that could pair any letter with any member.'),
      n("I've had three e-mails asking who to blame — the answer is nobody, because the join was broken long before this run."),
      n('Calling this human error would be lazy: the same process would have produced the same letters for anyone.'),
      n("We're not hunting for a culprit here; we're working out how the file got out the door."),
      n(
        'It would be easy to say the operator should have caught it, but with a warning that fires every single night, no operator would have.',
      ),
      n('Nobody was careless here, whatever the radio phone-in says.'),
      n('Blaming Séamus for clicking past the warning misses the point entirely, since the system offered him nothing else to click.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The valuation rows were re-sorted by the new extract query, which shifted every member down one line.'),
      n('Four thousand two hundred statements were generated with the values of the next member in the file.'),
      n('The mismatch was masked by the recon report, which rounds counts to the nearest hundred in its summary view.'),
      n("The warning was suppressed by the scheduler's default warn-only setting for non-fatal checks."),
      n("Letters were posted by the vendor's automated franking line within hours of the file landing."),
      n('On the rerun, the off-by-one was caught by the new member-ID comparison before anything was printed.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Ciarán restarted the merge at 01:40 after the first attempt timed out, following the runbook step for a timeout.'),
      n(
        "Małgorzata rang the print house at nine on Monday to pause the second post, since a member had phoned about a stranger's figures.",
      ),
      n('Obinna pulled ten statements at random and compared them with the admin system, which is how the shift was confirmed.'),
      n('Zofia changed the sort order in August because the trustees had asked for the report grouped by scheme.'),
      n('Eimear sent a holding e-mail to the trustees at 11:05 with what we knew at that point.'),
      n('Séamus clicked past the recon warning, as it had appeared on every run for two years without ever meaning anything.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The reconciliation report has never been fit for purpose; it warns on every run, so it warns on nothing.'),
      n('Our merge tool is not competent to join two files, since it has no notion of a key.'),
      n("The vendor's intake check failed at its one job, which is making sure a file is complete."),
      n('We trusted the test environment far more than it deserved, given it holds fifty dummy members.'),
      n('The scheduler is careless about return codes: anything short of a crash counts as success.'),
      n('Responsibility for matching a value to a member sat with a spreadsheet macro, and the macro was never up to it.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to join on member number.'),
      n('Obviously the graph of complaint calls tells the story: zero until Tuesday, then four hundred.'),
      n('It was just a one-line change to the ORDER BY, which is exactly why its reach was so easy to miss.'),
      n("Clearly the sample from page 1 shows the shift: Ms Kowalska's letter carries member 100473's figures."),
      n('Rerunning is simply a matter of regenerating the file from the corrected extract and re-sending it to the vendor.'),
      n('The evidence is obvious once you line the two extracts up side by side: every row is off by one.'),
    ],
  ],
];

export const DEV_LEARNED47D: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47D_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
