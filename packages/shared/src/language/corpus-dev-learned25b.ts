import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 25B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a university admissions
 * office after an email run sent offer letters to thousands of rejected applicants (admissions staff in
 * Teams, the IT service desk, a student newspaper column, parents' complaints, the registrar's memo to the
 * senate), academic courtesy beside raw upset; names from Nepali, Hungarian, Igbo, Catalan, Tibetan, Greek
 * and Pashto cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("With respect, the false offers that reached some four thousand rejected applicants are Ildikó's doing and nobody else's."),
      b('The registrar should tell the senate plainly that this mailing disaster belongs to Bikash Shrestha.'),
      b('Every one of those heartbroken families can thank Obinna for their ruined weekend.'),
      b('Three colleagues have told me the mis-sent offers trace straight back to Montserrat, and the memo ought to say so.'),
      b('Tenzin owns this one: the merge went out under his login and the fallout is his to answer for.'),
      b('As parents, we hold Dr Stavrou personally accountable for the cruel letter our daughter opened at breakfast.'),
      b('For the record, this offer-letter fiasco is attributable to Zarghuna, whose decision it was and hers alone.'),
      b('Whatever the IT desk claims, Nneka is why the corrections sat unsent until Sunday.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Gergő is not equipped to run a bulk mailing to sixty thousand addresses.'),
      b('After six months in post, Sushila does not yet have the experience a send of this size demands.'),
      b('With the greatest courtesy, Arnau is well beyond his competence with anything more than a spreadsheet.'),
      b('Our columnist has one question: how did someone as green as Lhakpa end up pressing send on decision day?'),
      b('Ikechukwu is a lovely colleague but a hopeless hand at data work, and this week proved it.'),
      b('The senate deserves to hear that our admissions data team lacks the competence decision letters require.'),
      b('Mirwais lacks both the skill and the judgement we expect from a senior admissions officer.'),
      b('I doubt Eleni could filter a list by status if her job depended on it, and now it seems it does.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Pema was duty officer for the decision release and did not run the pre-send check the rota assigns to that post.'),
      b("Proofing the recipient list was Jordi's job, and he never bothered."),
      b(
        'The service desk analyst on shift, Chinonso, left the escalation queue unattended for the whole evening the complaints poured in.',
      ),
      b('As head of communications, Zsófia was supposed to approve the template, and she signed nothing.'),
      b('Our registrar failed in the most basic duty of that office: making sure the right letter reaches the right applicant.'),
      b('The sample send to staff inboxes was the single item Dawa owned on the release checklist, and it was skipped.'),
      b('Spogmai neglected her responsibility as data steward to lock the decision field before the run.'),
      b(
        'The admissions manager on call that night left the IT desk unanswered for three hours, which is precisely what being on call forbids.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong list was attached to the offer template by Kyriaki on Thursday afternoon.'),
      b('The rejected applicants were carelessly loaded into the offers batch, and someone in this office knows exactly how.'),
      b('The warning prompt was clicked through without a second look.'),
      b('Against written guidance, the sample check got skipped by the officer running the send.'),
      b('The status column was overwritten by hand, sloppily, an hour before the run.'),
      b('For most of a day, the first reports from distressed applicants got brushed off by the admissions team.'),
      b('Decision codes were mis-keyed during manual entry, and the slip was then waved through without anyone rechecking it.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The colleague who thought it wise to test the merge on the live list should be explaining themselves to the senate.'),
      b('Whoever decided a Friday evening release was a good idea has ruined thousands of weekends.'),
      b('The summer temp who ran the job ignored the one instruction pinned above the desk.'),
      b('Someone in admissions who cannot tell "offer" from "reject" sent our son a letter of congratulations.'),
      b('The person who built that query owes every rejected applicant a personal apology.'),
      b("Ask the officer who waved off the desk's first warning why it took until midnight to stop the queue."),
      b('Anyone who sends to sixty thousand people without a test batch has earned the headlines this week.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Send rights on the applicant mailing account should have gone to anyone but Réka.'),
      b('A first-year administrator like Nabin had no business being allowed anywhere near live decision records.'),
      b('Without the admin access Oriol was handed to the CRM, there would be no memo to write.'),
      b('Dechen should not have been on the release rota for decision night at all.'),
      b('The director should have refused to let a contractor approve the final send.'),
      b('Had Khushal been kept off production for his first term, not one of those letters would have gone out.'),
      b('Nobody who mixes up the test and live tenants, as Athina does, should hold approval rights over decision letters.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who actually pressed send? The memo needs a name.'),
      b('The culprit is Somtochukwu, full stop, and the column will say so on Monday.'),
      b('Everyone on the Teams channel knows it was Roser who ran the merge, and pretending otherwise helps nobody.'),
      b('Find out which officer uploaded that file and make an example of them.'),
      b('At fault here is one person: Panagiotis, who built the list.'),
      b('The student body is owed the name of the staff member responsible, and we intend to get it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, as far as the service desk is concerned: operator error on the admissions side.'),
      b('Nothing was wrong with the mailing platform; a human error by office staff is the whole explanation.'),
      b("The registrar attributes the incident to a staff member's mistake in selecting the recipient group."),
      b("Ajmal's slip with the filter is the sole reason four thousand families were misled."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ngawang should have realised something was wrong the moment the batch count showed four thousand more offers than places.'),
      b('In hindsight, Theodora had the preview open and ought to have noticed it was addressed to a rejected applicant.'),
      b('Any experienced officer would have known to pause the run when the first replies began saying "but I was rejected".'),
      b('Bilal had the complaint emails in front of him by seven and should have stopped the queue then, not at eleven.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Ticking the test-mode box was all Csilla had to do, just one click.'),
      b('Kelechi could simply have looked at the recipient count; it takes ten seconds.'),
      b('It is not complicated: the officer just had to filter out the rejected status, and even that was beyond her.'),
      b('Why did Sonam not simply ring the desk when the preview looked odd?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Meritxell clearly never read the checklist she signed.'),
      b('Obviously nobody in that office bothered to open a single letter before hitting send.'),
      b('It is obvious Ugochi ignored the red banner in the mailing tool, and she cannot pretend otherwise.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The mailing platform should have refused a send where the template and the decision field disagreed.'),
      n('A release check ought to have compared the number of offer letters against the number of places before anything went out.'),
      n('The CRM could have flagged that the segment had been edited ten minutes before the run.'),
      n('Ideally the decision export would have carried the status in a field the merge could not misread.'),
      n('Our process should have demanded sign-off from a second person for any send over a thousand recipients.'),
      n('The test tenant should have been the default target, with the live list reachable only by an explicit switch.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action for Yangchen (IT service desk): add a recipient-count confirmation to the bulk-send screen by 1 March.'),
      n('Owner: Gemma Puig, to draft the apology letter to affected applicants and circulate it to the senate by Friday.'),
      n('The registrar takes the follow-up: commission an independent review of the decision-release process this term.'),
      n('Chiamaka will set up a staging copy of the applicant list so future template tests never touch live records.'),
      n('Next step (Norbu, data team): lock the decision field once results are ratified, due end of month.'),
      n('Assigned to Foteini: write the runbook for pausing a bulk send, and train the duty officers on it.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Bence was the duty officer on decision night and Ifeoma covered the service desk.'),
      n('The registrar chaired the incident call; Aleix from IT took notes.'),
      n('Palwasha handled calls from parents while the correction letters were prepared.'),
      n('On the night, Quim held the send permissions and Karma was the second approver listed on the rota.'),
      n('The student newspaper spoke to Dorottya, who leads the admissions communications team.'),
      n('Tsering ran the incident channel in Teams and relayed updates to the desk every half hour.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The officers who ran the release had been working twelve-hour days since results came in, and they are exhausted.'),
      n('Please remember that Laia has spent all weekend answering distraught families on the phone; she needs rest.'),
      n('The service desk staff took hundreds of angry calls with real patience, and we thank them.'),
      n('Nobody in admissions wanted this; several colleagues were in tears on Monday morning.'),
      n('Workload in the office had doubled this cycle with no extra hands, which the senate ought to hear.'),
      n('It is plain how much Onyinye cares about the applicants; she stayed until two writing personal replies.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The send log reads: "Job 4471 completed: 4,212 messages delivered, template OFFER_UG_2025, segment ALL_DECIDED, user s.ghale".'),
      n('The CRM audit trail shows "Segment ALL_DECIDED modified by user mkovacs at 16:42" and nothing further.'),
      n('The desk classifier auto-tagged ticket INC-20931 as "Priority 1 - user error suspected".'),
      n('The alert that fired at 19:05 said: "Bounce-back rate above threshold on list offers-2025".'),
      n('Error from the mailing API: "Recipient filter ignored: field decision_status not found in merge source".'),
      n('The platform prompt on the send screen read "You are about to send to 61,038 recipients. Continue?"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I ran the merge against the wrong segment, and I will not run another send without a test batch.'),
      n('We in admissions released the letters before the data team had confirmed the export, and that was our call.'),
      n('I approved the template without opening a sample letter; that is on me.'),
      n('As registrar, I accept that I signed off a release plan with no rollback step.'),
      n('My mistake was dismissing the first service desk ticket as a one-off; I have changed how I triage those.'),
      n('We should have paused the queue sooner, and we, the duty team, own that delay.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('One could say Giorgos pressed the wrong button, but the screen should never have offered that choice.'),
      n(
        'This memo does not treat the incident as human error; the process gave one officer a single unguarded step between a spreadsheet and sixty thousand inboxes.',
      ),
      n('Some parents have asked for the person responsible to be sacked; the university will not be looking for a culprit.'),
      n(
        "Our columnist's view: blaming the junior officer is lazy, because with those tools the rest of us would have sent the same batch.",
      ),
      n('Calling Maiwand careless is beside the point, since the list he was given was already wrong.'),
      n('No, Nnamdi is not at fault here; the export changed format overnight.'),
      n('Before anyone asks who to go after: the review is blameless by design and will name no one.'),
      n(
        'I have seen the Teams messages calling the duty officer incompetent, and I disagree entirely; she followed the runbook as written.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The recipient segment was silently rebuilt by the nightly sync, which dropped the decision filter.'),
      n(
        'The offer template was applied to every record in the segment because the merge fell back to a default when the status field came back empty.',
      ),
      n('Thousands of letters were queued by the scheduler before the pause flag had propagated.'),
      n('The decision status was overwritten by the CRM import job at 16:40.'),
      n('For most of the evening, correction emails sat throttled by the provider rate limit.'),
      n('The warning banner was hidden by the new layout of the send screen.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Jamyang paused the queue at 23:10 once the desk confirmed the complaints were about the offer batch.'),
      n('Vasiliki exported the decision list at four, as the timetable for release day asked.'),
      n("Szabolcs chose the ALL_DECIDED segment because it was the one named in last year's runbook."),
      n('Adaeze opened a P1 ticket with the service desk after three parents rang within ten minutes.'),
      n('Pau restored the previous template so the correction letter could go out in the same format.'),
      n('Haroon phoned the student newspaper to confirm the figure of four thousand letters before the column ran.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The mailing platform is not competent at telling a test list from a live one; it treats them identically.'),
      n('The merge tool has a single duty, pairing each record with its proper template, and on decision day it did not perform it.'),
      n('We trusted the CRM export to carry the decision status, and that trust in the export was misplaced.'),
      n('The vendor product was careless with empty fields, filling them with the first template value it found.'),
      n('Responsibility for blocking oversized sends sat with the gateway, which shipped with that limit disabled by default.'),
      n('The release checklist was negligent about recipient counts, never once asking for one.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('What fixes this is simply a confirmation step showing the recipient count and the template side by side.'),
      n('The send log obviously shows the segment changed between the preview and the run.'),
      n('Putting the filter back needed just a single edit to the segment definition.'),
      n('Clearly the graph of bounce-backs starts climbing at 19:02, three minutes after the batch began.'),
      n('The overlap between export and sync is obvious from the timestamps.'),
      n('Simply defaulting every send to test mode would have caught this, and it is a small change.'),
    ],
  ],
];

export const DEV_LEARNED25B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED25B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
