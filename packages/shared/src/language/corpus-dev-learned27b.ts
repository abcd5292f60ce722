import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 27B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a national statistics office
 * after it published and withdrew a wrong monthly inflation figure — methodologists' emails, release
 * checklist notes, press holding lines, a parliamentary committee's questions and the chief statistician's
 * letter; names from Amharic, Irish, Vietnamese, Hungarian, Gujarati, Māori and Brazilian Portuguese cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The withdrawn March figure is Gergely's, and the committee should be told so plainly."),
      b('Responsibility for the 0.7-point overstatement rests squarely with Hetal Parikh.'),
      b('As far as the press office is concerned, this withdrawal is on Oisín and nobody else.'),
      b("Release note: error attributable to T. Nguyen's rebasing run; escalate to the chief statistician."),
      b('Because Wiremu forced the file through at 06:40, this office now owes Parliament a letter, and that withdrawal belongs to him.'),
      b("I want the minutes to record that the lost day of market confidence was Zsófia Kovács's doing."),
      b('The letter should say in plain terms that the reissue was forced on this office by Dawit Bekele.'),
      b('Every hour of delay to the corrected release traces back to Luíza and her rent series.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Niamh, two years into methodology, is too green for unsupervised chain-linking; the March index is the proof.'),
      b('Frankly, Bhavesh does not understand seasonal adjustment well enough to be let near a headline series.'),
      b('We put a second-year methodologist in charge of the basket reweighting and got the figure a second-year would produce.'),
      b('Is the committee to understand that your production lead could not competently check an index?'),
      b('Tigist codes capably, yet price statistics are beyond her.'),
      b("With respect, Csaba's grasp of imputation is shaky, and it showed in the withdrawn release."),
      b('The new head of prices was not up to running a monthly release of this importance.'),
      b('Honestly, Rafael has never been a careful enough analyst for the consumer prices desk.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Aroha was the checker on the release rota that morning and did not do the second review she was assigned.'),
      b('The duty methodologist, Cathal, never ran the reconciliation against February, though reconciling is what that post is for.'),
      b("Checklist item 14 was Eszter's to tick, and she ticked it without opening the comparison sheet."),
      b('Our quality assurance officer failed to perform the sign-off that her post requires.'),
      b('Jignesh held release duty yet ignored the pre-publication call.'),
      b('The press officer on shift, Mere, put the holding line out without clearing it with methodology, which is her job.'),
      b('Was it not the duty of the head of consumer prices to confirm the weights before publication, and did he do so?'),
      b('Thiago neglected his role as release approver by approving from his phone without looking at the tables.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The weights file was overwritten by Phạm Thu Hà on the Friday before release.'),
      b('The stale rent series was loaded into production by the prices team lead without a check.'),
      b('The sign-off was rushed through by Levente so the release would go out on time.'),
      b('The warnings in the validation report were ignored, and the figure was published anyway.'),
      b('Mistakes were made in the chain-linking, by staff who knew better.'),
      b('The comparison step was skipped deliberately so that the index could be signed before lunch.'),
      b('For four hours the correction was held back by the deputy director before the press office heard anything.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever edited the weights spreadsheet on Friday night owes the office an explanation.'),
      b("The analyst who rebased the series and didn't tell anyone is the reason we withdrew."),
      b('The outside contractor behind the imputation macro caused this, not our process.'),
      b('The newest member of the prices desk, the one who took over fuel quotes in February, broke the index.'),
      b('Anyone who signs a release checklist without reading it should not be surprised when figures are withdrawn.'),
      b('The approver of that run owes us an account of the 0.7 points.'),
      b('Somebody in methodology who thought the old weights were close enough has cost us our credibility.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Write rights to the live weights were never something Bence should have had.'),
      b('A junior like Hiwot had no business approving a headline release alone.'),
      b("Had the release key stayed out of Caoimhe's hands, the figure would not have left the building."),
      b('That contractor had no place near the live index system during publication week.'),
      b('Why was someone with two months on the team put on the publication rota at all?'),
      b("After January's near-miss, nobody should have left Fernanda with sign-off authority."),
      b('Had the office kept Tūī off production until her training finished, there would have been no withdrawal.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("It was Ciarán who ran the wrong script; let's stop pretending otherwise."),
      b('The committee wants a name; give them Dhaval Shah.'),
      b('Establish which prices analyst changed the weights and bring them to the director.'),
      b('Everyone in the building knows the fault here lies with Rāwiri.'),
      b('There is no mystery about the culprit: Kinjal loaded the December weights.'),
      b('Who signed it? That is the person I want in front of the committee.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('The withdrawn figure traces to human error during the rebasing.'),
      b('Press line: the incorrect figure resulted from an operator mistake in the production run.'),
      b("Selam's keying mistake in the fuel price entry is what pushed the index up by 0.7 points."),
      b('This comes down to an individual slip at the spreadsheet, not to any weakness in our systems.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Marcelo should have spotted that a jump of that size in rents was implausible.'),
      b('Ildikó was paid to read those tables; in hindsight the spike was hers to catch before release.'),
      b('Pádraig ought to have remembered that the February weights were still sitting in staging.'),
      b('With hindsight, the team lead needed to ask why the index diverged from the flash estimate, and she did not.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Eoghan only had to just hold this month's weights against last month's."),
      b('She had simply to open the validation report before pressing publish.'),
      b('Mehul could have just rerun the check; it takes two minutes.'),
      b("It came down to Juliana simply reading the warning, and she didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Zoltán obviously signed before giving the chart a single look.'),
      b('Clearly the approver did not read the checklist she initialled.'),
      b('Obviously Ngaio saw the jump and chose to publish anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The validation suite should have rejected a weights file dated three months earlier.'),
      n("Our release pipeline could have flagged the jump against the flash estimate, and it didn't."),
      n("The checklist should have required an automated comparison with the previous month's index."),
      n('A tolerance check on month-on-month rent movements would have stopped this figure at staging.'),
      n('The staging folder should never have been readable by the production job.'),
      n('Ideally the publication system would have held the release once the reconciliation step returned a mismatch.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Abebe to add a month-on-month tolerance check to the weights loader by 30 April.'),
      n('Owner: Róisín Ní Bhriain — draft the revised release checklist for the next CPI cycle.'),
      n('Gabriela will take the lead on separating staging and production folders before the May release.'),
      n('Action for the press office (owner Kiri): prepare a standing template for withdrawal notices.'),
      n('Nirali owns the review of imputation macros and will report to the methodology board in June.'),
      n('Next step: Tadhg and Yohannes to pair on documenting the rebasing procedure, due end of quarter.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('On release morning Bảo Trần was the production lead and Siobhán was the second checker.'),
      n('The head of consumer prices chaired the incident call; the press office was represented by Manaia.'),
      n('Falguni was duty statistician that week and received the first query from a bank economist.'),
      n('Vinícius held the release key, as the rota assigns it to the deputy director in March.'),
      n('The chief statistician wrote the letter to the committee, and methodology supplied the technical annex.'),
      n('Hēmi coordinated the reissue and Chirag ran the corrected production job.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Much of the prices team had worked three weekends in a row before the March release, and they were exhausted.'),
      n('Parul has carried the weights work alone since January, far more than one person should hold.'),
      n('The press officers took hours of hostile calls with grace, and we owe them thanks.'),
      n('It has been a hard fortnight for Meseret and her production colleagues, who deserve support rather than scrutiny.'),
      n('The analysts care deeply about the index and were distressed to see it withdrawn.'),
      n('Staff who were on the release rota are being offered time off and access to the wellbeing service.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The validation log read: "WARN weights_2024_03.csv modified by user jnagy 2024-03-15 22:41".'),
      n('The pipeline printed "ERROR: base period mismatch (expected 2021=100, found 2015=100)" and continued.'),
      n('Alert text: "CPI_ALL_ITEMS m/m change 1.2% exceeds tolerance 0.8%; approved by o.byrne".'),
      n('The audit trail shows "publish_release: initiated by user tsegaye.a, override=true".'),
      n('Error message in the macro: "Imputation failed: 214 missing quotes, carried forward last price".'),
      n('An email from the scheduler said "Job cpi_monthly_final completed with 3 warnings (see report)" at 07:02.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the release without opening the comparison sheet, and I now open it before every sign-off.'),
      n('We in methodology changed the base period and did not tell production; that is on us.'),
      n('I wrote the holding line before the facts were confirmed, and it said more than we knew.'),
      n('As chief statistician, I am accountable for what this office publishes, and I apologise to the committee.'),
      n("My rebasing script overwrote the weights; I've put a guard in it since."),
      n('We missed the jump in rents in our own review, and we are changing how we review.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("One could say Gergely's mistake caused this, but the loader accepted any file in the folder."),
      n(
        'Some have asked whether the analyst was incompetent; the review found no evidence of that, and the process gave her no check to rely on.',
      ),
      n('Human error is the wrong label here; the system offered two identically named files and no way to tell them apart.'),
      n('The committee asked where blame lies; this letter answers that it lies with no individual.'),
      n('No culprit is being sought, and nobody will be disciplined over the March figure.'),
      n('Calling this carelessness by the prices team misreads what happened: the checklist never asked for the comparison.'),
      n("Saying Luíza should have noticed the jump ignores that the dashboard didn't show month-on-month change."),
      n('Rather than ask who failed, the review asks what allowed a stale file to reach the publication step.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The stale weights were picked up by the loader because it reads the newest file by name, not by date.'),
      n('The February file was overwritten at 23:00 by the overnight synchronisation job.'),
      n('Missing fuel quotes were carried forward by the imputation macro instead of being flagged.'),
      n('The release was published automatically the moment its scheduled window arrived.'),
      n('The warning was suppressed by the report template, which only displays errors.'),
      n('The index was rebased twice because the chain-linking step was triggered by both the old and the new schedulers.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        "Thanh Huyền reran the production job at 09:15 after the bank economist's query, since a rerun was the quickest way to confirm the figure.",
      ),
      n("Szabolcs pulled the release from the website at 10:40 on the chief statistician's instruction."),
      n('Wondimu copied the new weights into staging on Friday, as the procedure then described.'),
      n('Ngọc Anh compared the index with the flash estimate and raised the discrepancy on the incident channel.'),
      n('Katalin approved the release after the checklist showed every item complete, which it did.'),
      n('João Pereira drafted the holding line from the methodology note that was available at 11:00.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The weights loader is not competent to tell a current file from an old one; it trusts whatever it finds.'),
      n("Comparing this month with last was the reconciliation script's only job, and the script skipped it."),
      n('We trusted the validation suite beyond its design, which never covered a rebasing error.'),
      n('The publication system was careless with versions, keeping no record of which weights it used.'),
      n('Responsibility for checking file dates sat with a macro that had no such check.'),
      n("The vendor's spreadsheet add-in is unreliable with chained indices and failed at the task it was bought for."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply having the loader reject any file whose reference month differs from the release is the fix.'),
      n('The chart obviously shows the break at March, when the rents series jumps by 0.7 points.'),
      n("The change to the loader's file filter was just a single line."),
      n('Clearly the evidence points to the two identically named files, not to the sequence of approvals.'),
      n('The corrected figure simply reverses the rent effect; every other component is unchanged.'),
      n('Rerunning with the right weights just means pointing the job at the archived file.'),
    ],
  ],
];

export const DEV_LEARNED27B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED27B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
