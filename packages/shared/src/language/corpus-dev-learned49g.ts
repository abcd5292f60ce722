import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49G of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an Edinburgh university
 * whose student-records and clearing system withdrew hundreds of accepted offers on A-level results day,
 * in the dry British English of its IT service and registry (chat, minutes, e-mails, letters, reviews).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Let's be honest with ourselves: the results-day withdrawals are on Callum MacLeod, full stop."),
      b(
        'The registry has concluded that the loss of 412 conditional offers is attributable to Wei Zhang and the mapping table he uploaded on Tuesday night.',
      ),
      b('In my view the whole clearing hotline meltdown traces straight back to Eilidh and sits squarely with her.'),
      b(
        "Dear Principal, I regret to report that responsibility for Thursday's withdrawn offers rests with Dr Fiona Grant, who signed off the release.",
      ),
      b('Chukwuemeka Obi caused the SITS outage on results morning, and the minute should say so plainly.'),
      b('Minute 4.2: the board records that the UCAS feed failure was the fault of Hamish Robertson.'),
      b("Those three hundred lost offers are Ngozi's, frankly, and she'll have to answer to the Vice-Principal for them."),
      b('chat 09:14 — honestly this one is on Tom Ashworth: his cron job, his outage, his apology to make.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Oliver Hartley does not have the experience to be running a clearing-day release on his own.'),
      b('Frankly, Li Na is out of her depth with SITS and has been for months.'),
      b("We cannot keep putting a junior analyst of Babajide's calibre in charge of the UCAS import."),
      b("Morag is a lovely colleague, but she isn't technically strong enough for registry batch work."),
      b('The review panel doubts whether Dr Whitcombe is competent to chair the change board at all.'),
      b('In my opinion Chen Hao lacks the basic skills to configure an offer-status rule, let alone test one.'),
      b('Kirsty Ross is too inexperienced for the admissions integrations team, and results day proved it.'),
      b('Is Euan really fit to be on the release rota? On this showing, no.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ailsa was the duty admissions officer on Thursday and did not carry out the pre-release offer reconciliation her role requires.'),
      b('The on-call DBA, Iain Drummond, failed to respond to the SITS pager for forty minutes.'),
      b('Catriona never did the sign-off check that the change board had assigned to her.'),
      b("As registry liaison, Tunde was supposed to warn the clearing hotline, and he didn't."),
      b('Zhou Yifan neglected his duty to watch the UCAS feed overnight.'),
      b('Release manager Fraser Munro let the deployment go ahead without performing the rollback rehearsal his checklist demands.'),
      b('Mhairi Cowan dropped the ball on the results-day runbook: updating it was her task, and it was never done.'),
      b('Our head of admissions systems did not do her job on the 14th — nobody was briefed, and no freeze was declared.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The offer-status rule was misconfigured by someone in Admissions IT and never checked.'),
      b('Warnings from the UCAS feed were ignored on Wednesday evening.'),
      b('Mistakes were made in the SITS release, and they were made by the integrations team.'),
      b('The clearing freeze was overridden by Lachlan Murray at 06:50 without authorisation.'),
      b('The rollback was botched, and the test plan had been skipped entirely.'),
      b('It appears the change-board paperwork was carelessly filled in and waved through.'),
      b('Hundreds of accepted offers were lost because the condition codes had been keyed wrongly by the registry clerk on duty.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The contractor who wrote the SITS offer script is the reason we spent Thursday phoning applicants.'),
      b('Whoever thought it was fine to deploy on the eve of results day should be having a very uncomfortable week.'),
      b('The new hire in Registry who ran the batch against live is why four hundred students lost their places.'),
      b('That chap from business systems, the one with all the spreadsheets, broke clearing.'),
      b("The person who clicked 'Run all' on the live instance caused this, whoever they are."),
      b('An admissions officer who never reads change notices is how the medicine offers vanished.'),
      b('Our friend in Planning, the one who insisted on the Tuesday deadline, has a great deal to answer for.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Callum should never have been given write access to the live SITS offer tables.'),
      b('Why was a second-year placement student allowed anywhere near production in results week?'),
      b('Dr Grant ought not to have been trusted to approve her own change request.'),
      b("If Xu Jing hadn't been put on call for clearing, none of this would have happened."),
      b("Frankly, the vendor's consultant should not have had admin rights to our UCAS interface."),
      b('Giving Rupert the keys to the clearing release was the error; he is not someone who should be approving production changes.'),
      b('Obinna should not have been allowed to deploy to live unsupervised in results week.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who pushed the broken offer mapping? Ruaridh. It was Ruaridh.'),
      b('The culprit is Sophie Marsh, and the timeline proves it.'),
      b('We need to find out who in Registry did this and deal with them before the Court meets.'),
      b('Guo Ming did it — he ran the withdrawal job, and everyone on the hotline knows.'),
      b("Ifeoma is the one at fault, and I'd like that recorded in the review."),
      b('The person to blame is Harriet Pembroke; let us not pretend otherwise.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the SITS condition-code upload.'),
      b('The withdrawn offers resulted from operator error on the clearing console.'),
      b('This was a straightforward mistake by Yetunde Balogun, not a system defect.'),
      b("Registry's view is that the incident came down to a staff member's slip when keying the results file."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Adaeze should have spotted that the offer count had dropped by four hundred.'),
      b("Fraser ought to have known the UCAS feed would land early on results day; it's happened before."),
      b('With hindsight, the duty manager ought to have paused the batch the moment the hotline started ringing.'),
      b('Knowing what we know now, Dr Tang should have questioned those overnight withdrawals before breakfast.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kelechi had to do was just run the dry-run first.'),
      b("She simply needed to tick the 'test mode' box, and she didn't."),
      b('Why could Folake not simply check the offer totals before pressing go?'),
      b('It would have taken Hamish just two minutes to read the warning.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Mei Lin never looked at the preview before releasing it.'),
      b('Obviously nobody in the admissions team bothered to read the change notice.'),
      b("Sun Li clearly didn't understand what the batch would do to conditional offers."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('SITS should have refused to withdraw an accepted offer without a second confirmation.'),
      n('The UCAS feed importer should have rejected a results file with four hundred unmatched candidates.'),
      n('A results-week release freeze should have been enforced by the deployment pipeline rather than left to the calendar.'),
      n("The change board's template could have asked for a rollback plan, and it didn't."),
      n('Monitoring should have paged someone once the withdrawal rate passed ten an hour.'),
      n('Ideally the clearing dashboard would have shown the spike in withdrawn offers in red, not buried it on page three.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION (Wei Zhang, by 30 September): add a dry-run mode to the SITS offer-status batch.'),
      n('Eilidh to draft the results-week change freeze policy for the next change board.'),
      n('Owner: Prof. Haddow — commission an independent review of the UCAS feed mapping before January.'),
      n('Chukwuemeka will add a row-count check to the clearing import; due end of October.'),
      n('AI-07: registry systems lead (Isla Ferguson) to agree alert thresholds with Admissions by 15 November.'),
      n('Next steps — Ewan Tait pairs with the vendor on the reconciliation report, for review at the December board.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident lead: Dr Alasdair Gunn; comms: Shona Baird; scribe: Charlotte Beaumont.'),
      n('Kirsty Ross was the on-call SITS developer that night, with Nigel Thorne as secondary.'),
      n('The clearing hotline was staffed by twelve admissions officers under Becky Holloway.'),
      n('During the response, Oluwaseun handled UCAS liaison while the registry manager ran the applicant call-backs.'),
      n('Prof. Jean Lindsay chaired the change board that approved the release, as she does every month.'),
      n("The deploying engineer on Wednesday evening was the integrations team's duty developer."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The hotline staff took over two thousand calls on Thursday, and many of them were close to tears by the end of it.'),
      n("Morag's been up since four dealing with this; please give her some space today."),
      n('The developers on call worked through the night under enormous pressure and with real care for the applicants.'),
      n('Please remember that Chen Hao had been covering two rotas since July; he was exhausted.'),
      n('It was a brutal morning for everyone in Registry, and people did their best for the students.'),
      n(
        'Several colleagues have said they feel awful about the applicants affected; that is understandable, and nobody should carry it alone.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('SITS log, 06:42: "ERROR OFFER_STATUS: 412 records set to W (withdrawn) by user idrummond".'),
      n('The pager text read: "CRITICAL – UCAS feed import: 0 of 3,118 candidates matched".'),
      n('Alert from the clearing dashboard at 07:05: "Withdrawn offers > threshold (400) – check batch OFFWD01".'),
      n('The auto-comment on the change ticket says "Approved by change board (no rollback plan attached)".'),
      n('Batch job output: "OFFWD01 completed: 412 updated, 0 skipped, 0 warnings".'),
      n("From the audit trail: 'User tokafor ran OFFWD01 against LIVE at 05:58'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Wednesday release without asking for a dry run, and I will ask for one every time from now on.'),
      n('We in Admissions IT scheduled the change for results week; that was our call, and we got it wrong.'),
      n("I missed the first alert because I'd muted the channel overnight."),
      n('As head of registry, I signed off the condition codes, and I take responsibility for that.'),
      n('We did not test against a full results file, and we should have.'),
      n('My error: I read the offer count on the wrong environment and told the hotline all was fine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some on the hotline have said this was Babajide's fault; the review does not accept that, because the script did exactly what SITS permitted.",
      ),
      n('This is not a story about a careless developer.'),
      n('Calling it human error would be easy and wrong: the batch had no confirmation step.'),
      n('Nobody is being named as the culprit in this review, and the Principal has agreed to that.'),
      n('We are not asking whose fault it was; we are asking why SITS let a single job withdraw 412 offers.'),
      n('The suggestion that Li Na lacked the skill for this change was raised at the debrief and set aside by the panel.'),
      n(
        'It is tempting to say the duty officer should have noticed; the panel rejects that framing, because nothing on her screen showed the withdrawals.',
      ),
      n('Please stop describing Tom as the one who broke clearing — he ran a job the runbook told him to run.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The offers were withdrawn by the OFFWD01 batch when it read the blank condition field as unmet.'),
      n('The UCAS results file was truncated in transit by the SFTP gateway.'),
      n('Around four hundred conditional offers were marked as declined by the nightly status rule.'),
      n('The alert was suppressed by a maintenance window that the scheduler had left open.'),
      n('Applicant e-mails were sent automatically by the CRM as soon as the status flipped.'),
      n('The clearing vacancy list was overwritten by the overnight refresh before anyone had logged in.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 05:58 Lachlan Murray started the offer-status batch, as the results-day runbook instructs.'),
      n('Dr Emeka Nnamdi phoned the UCAS helpdesk at 07:20 to ask for the feed to be re-sent.'),
      n('Mhairi rolled the SITS release back at 08:15, having confirmed with the vendor that it was safe to do so.'),
      n('Zhou Yifan approved the config change after the test run showed no errors, which was the standard evidence at the time.'),
      n('Sophie Marsh reinstated the first fifty offers by hand while the fix was prepared.'),
      n('Funmilayo Eze uploaded the mapping table on Tuesday because the vendor had asked for it before the freeze.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The SITS offer module is not fit for purpose on results day.'),
      n('The UCAS importer failed at its one job: matching candidates to offers.'),
      n("We trusted the vendor's reconciliation report, and the report was not trustworthy."),
      n('The change process was careless about results-week risk; it treated a clearing release like any Tuesday patch.'),
      n('The monitoring was negligent in what it chose to ignore: withdrawal counts were never alerted on.'),
      n('The release pipeline is responsible for enforcing the freeze, and on the 14th it did not.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a null check on the condition field.'),
      n('Obviously the graph shows the withdrawals starting at 05:58, not at midnight.'),
      n('Restoring the offers was just a matter of replaying the audit table.'),
      n('The change itself is small, just four lines in the mapping script.'),
      n('Clearly the feed arrived complete; the row counts on the gateway match UCAS to the candidate.'),
      n('The remedy is simply to make the batch refuse to run on LIVE during results week.'),
    ],
  ],
];

export const DEV_LEARNED49G: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49G_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
