import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 15B of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: civil servants and contractors running a government
 * benefits and tax portal after an outage, writing incident logs, ministerial briefing notes, parliamentary-answer
 * drafts, internal audit memos, supplier-management emails and public postmortem comments in a formal, hedged,
 * passive public-sector register; names from Gujarati, Cornish, Luxembourgish, Sudanese, Cree, Slovak, Guaraní,
 * Burmese, Bosnian and Marathi cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The review panel considers that the four hours in which the claimant portal was unavailable must be attributed principally to Hetal Patel.',
      ),
      b(
        'Ministers may wish to be advised that responsibility for the failed tax-year rollover rests with Mr Jago Penhaligon of the release team.',
      ),
      b('In the Department’s assessment, Ms Léonie Hoffmann must answer for the roughly 40,000 benefit renewals lost that Tuesday.'),
      b(
        'Please note that we regard the delayed restoration of the payments gateway as being squarely on Tarig Babiker of your account team.',
      ),
      b(
        'Audit’s reading of the evidence is that the corrupted claimant records stem largely from choices Kisik Moosomin made during the cutover.',
      ),
      b("It would be difficult to characterise the second outage as anything other than Zuzana Kováčová's doing."),
      b('With respect, this outage belongs to Arasy Benítez, and the retrospective ought to say so plainly.'),
      b('14:20 service degradation now understood to be down to Htet Naing; escalation to the deputy director is recommended.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('It must be questioned whether Amra Hodžić had enough experience for so large an alteration to the tax calculation engine.'),
      b('The panel is not persuaded that Sachin Kulkarni has the technical grounding expected of a senior platform engineer.'),
      b(
        'The contractor’s lead developer appears, on the evidence examined, to lack the basic proficiency in database administration that the contract presupposes.',
      ),
      b('It may be said, with respect, that a live migration of claimant data lay well beyond what Tristan Pengelly could manage.'),
      b('Officials have some doubt as to whether the supplier’s engineers are competent to operate a service of national importance.'),
      b('Judging by this write-up, the supplier’s on-call engineers have no grasp of DNS, which is alarming for a tax service.'),
      b(
        'The seniority of Ms Mawahib Elamin was, it is suggested, insufficient for the role of incident commander during an event of this scale.',
      ),
      b('Nico Wagner is, regrettably, not a capable enough engineer to be maintaining the eligibility rules engine unassisted.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The duty manager, Marek Horváth, omitted every hourly service check that the rota required of him between 02:00 and 06:00.'),
      b('Ms Thandar Win, it has now been confirmed, skipped the pre-release verification her role as change approver requires.'),
      b('The service owner neglected the quarterly capacity review assigned to that post under the operating model.'),
      b('Your named technical lead did not attend the bridge call, contrary to the obligations set out in schedule 4 of the contract.'),
      b('Kerensa Pascoe was rostered as secondary on call and, it appears, did not respond to any of the eleven pages issued to her.'),
      b('The change manager did not discharge the duty to notify the private office within the hour stipulated in the incident protocol.'),
      b(
        'It is regrettable that Jignesh Desai, as release owner, did not undertake the rollback rehearsal that fell to him under the release plan.',
      ),
      b(
        'Emir Begović was the engineer assigned to watch the payment queue that night, and the queue went unwatched for three hours on his shift.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production database was, it would appear, dropped in error during routine maintenance by supplier staff.'),
      b('03:12 payment file overwritten by the on-call analyst, causing the BACS submission to fail.'),
      b('It is understood that the certificate renewal reminders were ignored by the platform team for several weeks.'),
      b('The firewall rule was altered without authorisation, and the alteration was then concealed from the change advisory board.'),
      b('Warnings raised by the monitoring service were dismissed by the duty officer as noise.'),
      b('The rollback was badly mishandled at the critical point, and the corruption of claimant records was thereby compounded.'),
      b('The Department can confirm that the outage began when a configuration file was carelessly edited by a contractor.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The root of this outage lies with whoever authorised an untested patch on the last day of the filing period.'),
      b(
        'It was the new starter on your database team who brought down the tax account service, and we should like assurance about their supervision.',
      ),
      b('The officer who disabled the alerting in March bears the greater part of the responsibility for what followed.'),
      b(
        'Somebody in that department who thought a Friday release before the self-assessment deadline was sensible owes taxpayers an apology.',
      ),
      b('The failure originated with the contractor who had been left to look after the migration scripts and who ran them twice.'),
      b('The individual who signed off the emergency change unread is considered the principal cause of the disruption.'),
      b('Outage caused by whichever engineer put the untested config live; identity to be confirmed.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'Ms Krupa Joshi was a month into her post and should not, in the panel’s view, have been able to write to live claimant data at all.',
      ),
      b('It is difficult to see why the junior contractor was permitted to approve his own change to the payments gateway.'),
      b(
        'Mr Gaston Thill, with his limited exposure to the platform, should not have been rostered for on-call cover over the filing deadline.',
      ),
      b('We would question why an engineer of that inexperience was ever let near the live tax platform.'),
      b('On reflection, the approval of release 4.2 should not have been delegated to Mr Aung Ko Ko.'),
      b('Why was an intern trusted with the admin keys to a benefits system used by millions?'),
      b('Pîsim Ahenakew should have had her production privileges withdrawn after the earlier near-miss, long before this incident.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The Department has identified Mr Haris Delić as the individual at fault for the interruption to pension credit payments.'),
      b('So who actually broke it? The public are entitled to a name, and everyone inside knows it was Omkar Gokhale.'),
      b(
        'We should be grateful if you would confirm which of your engineers is responsible, so that appropriate action can be taken against them.',
      ),
      b('The audit has established that it was Ms Morwenna Tregear who executed the command that took the service down.'),
      b('The culprit, in the view of officials, is Mr Omer Elsheikh of the infrastructure supplier.'),
      b('Root cause owner identified: Ñasaindy Villalba ran the purge job against live; HR to be informed.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error by one member of staff caused the disruption to the service, the Department can confirm.'),
      b('Operator error, committed in the course of a routine certificate rotation, has been recorded as the root cause.'),
      b('The incident arose because the supplier’s database administrator erred when restoring the backup.'),
      b('Officials are satisfied that the outage was attributable to an individual’s slip and not to any defect in the platform.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b(
        'The rising error rates on the Monday should, in hindsight, have told Miroslav Hudák that the service would not survive the deadline.',
      ),
      b('With hindsight, the duty officer should have realised that the disk alert signalled imminent failure rather than routine noise.'),
      b('Your engineer must have known that disabling replication during peak hours carried exactly this risk.'),
      b('Madhuri Patil ought to have spotted the looming certificate expiry; the date had sat on her dashboard for a month.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Ms Bhavna Shah needed simply to look at the queue depth before she approved the batch run.'),
      b('The engineer needed just to run the pre-deployment checklist, a five-minute task, and did not do so.'),
      b('The warning was on their own screen and they just had to look at it. Is that really so hard?'),
      b('Your team simply needed to restart the service after the patch, and we cannot understand why that was not done.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Mr Dušan Oravec clearly signed off the change request without having read it.'),
      b('It is obvious that the release manager failed to consider the effect of the change on the payments batch.'),
      b("The operator obviously ignored the alert, and the postmortem's refusal to say so is disappointing."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        'The deployment pipeline, had it validated schema versions, would have refused the configuration file before it reached production.',
      ),
      n('The capacity model ought to have anticipated the volume of claims expected in the final week of the filing period.'),
      n('It is accepted that the monitoring service could have raised a replication-lag alert some forty minutes earlier than it did.'),
      n('The failover arrangements would have contained the outage had the secondary data centre been kept in sync.'),
      n('The service-level schedule of the contract should have specified a recovery time objective for the payments gateway.'),
      n('Load balancer probe ought to have flagged node 3 as unhealthy at 09:42 but did not, owing to a stale path.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 1 (owner: Demelza Trevithick, due 30 June): introduce an automated schema check in the deployment pipeline.'),
      n('Action: Khin Myat Noe to lead a review of alert thresholds for the claimant portal, reporting before quarter end.'),
      n(
        'The supplier’s service delivery manager, Mr Jhemp Weber, will own the revised runbook for certificate rotation and report progress to the programme board monthly.',
      ),
      n(
        'Recommendation 3: the Head of Live Services (currently Ms Selma Mujić) should commission an independent load test before the next filing deadline.',
      ),
      n('Mr Kuarahy Ortiz has been asked to take forward the work on a second hosting region and will update the minister in September.'),
      n('Follow-up: Wapun Gladue owns ticket OPS-2291 (add paging escalation to tertiary on-call), target date 14 March.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('From 07:10 to 11:45, when service resumed, Ms Pallavi Deshpande was incident commander.'),
      n('Su Mon Kyaw took over as communications lead at handover; Jory Chenoweth remained on the technical bridge.'),
      n(
        'During the incident, the supplier’s on-call engineer held responsibility for the database layer, while departmental staff coordinated public messaging.',
      ),
      n('The change approver for release 4.2 was the deputy service owner, in line with the delegation in force at the time.'),
      n('Mr Pit Kremer was duty manager on the outage night and chaired the first two bridge calls.'),
      n('The response was led by the Department’s chief digital officer, supported by engineers from the hosting supplier.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('For the record, the on-call team had worked long hours for three weeks running in the lead-up to the deadline.'),
      n(
        'Officials wish to acknowledge the considerable strain placed on frontline staff, who fielded over 20,000 calls during the outage.',
      ),
      n('Having read this, I feel for the engineers who were paged at 3am on a bank holiday; that is a hard shift by any measure.'),
      n('Interviews indicate that Ms Amna Elhassan took great care throughout the restoration, despite considerable fatigue.'),
      n('We recognise that your team was stretched thin by the concurrent migration and are grateful for their efforts overnight.'),
      n('Mr Tomáš Kollár was, by his own account, exhausted by the time of the second incident, having been awake for some twenty hours.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('02:14 alert received: "CRITICAL: claimant-db replica lag 1840s exceeds threshold 300s".'),
      n('The audit log records the entry "user a.osman executed DROP INDEX on table claims_2024" at 03:07.'),
      n('The pager message read: "Payment batch job FAILED - operator intervention required (exit code 137)".'),
      n('Supplier ticket excerpt: "Root cause: expired TLS certificate on api-gw-02; no manual action taken prior to failure."'),
      n('The status page displayed "We are experiencing technical difficulties. Please try again later." for approximately six hours.'),
      n('The deployment tool reported "change 4.2 approved by change-bot; rollout 100% complete" at 18:31.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I signed off that change although it lacked any rollback plan, and I have since altered how I review emergency requests.'),
      n(
        'On behalf of the supplier, we accept that we deployed the patch outside the agreed window, and we have suspended out-of-hours releases.',
      ),
      n('We got this wrong; we underestimated the load the deadline would bring, and we are sorry.'),
      n('As the service owner, I did not escalate the capacity risk to the board when I should have; that failing is mine.'),
      n('I (Nipin Kakakaway) restarted the wrong cluster at 04:02; corrected at 04:09. Logging it here so the timeline is complete.'),
      n('Internal Audit notes that we did not include the hosting contract in last year’s audit plan, which was an error on our part.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('It would be wrong to attribute the outage to any individual; no one person was found at fault by the review.'),
      n('The Department does not regard this as an instance of human error, and no disciplinary action is being contemplated.'),
      n(
        'Several commenters want a name. Asking who is to blame misses the point; the postmortem rightly concentrates on why the checks were absent.',
      ),
      n(
        'Suggestions that Mr Fernand Muller was negligent are not borne out by the evidence, which shows he followed the documented procedure.',
      ),
      n(
        'The minister may be asked whether an official will be held responsible; officials advise that the failure was one of design rather than of any person.',
      ),
      n(
        'We do not accept the characterisation of our engineer as careless; the runbook she followed contained the defect, and the defect is what needs fixing.',
      ),
      n(
        'Were the panel to single out Ms Lejla Softić for the failed rollover, it would be mistaking the last hand on the release for its cause, since the scheduling tool let the release proceed with no dependency check.',
      ),
      n(
        'A paragraph pinning the backlog on Mr Vikrant Bhosale has been struck from the submission before it goes to the permanent secretary, since the supplier’s queueing limits, not he, produced that backlog.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        'The claimant records were replaced with stale values by the nightly reconciliation job when it ran against an incomplete snapshot.',
      ),
      n('Sessions were ended by the balancer’s health-check logic once the probe path began returning 404.'),
      n(
        'The payment file was rejected by the banking interface because the header date had been generated in the wrong format by the batch scheduler.',
      ),
      n('Alerts were held back by a maintenance window configured to recur with no end date.'),
      n(
        'It is understood that the certificate was revoked automatically by the issuing authority’s renewal process after a validation timeout.',
      ),
      n('Access to the service was withdrawn for all users once the database connection pool was exhausted.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Ms Falguni Trivedi restarted the eligibility service at 08:15, since a restart was the runbook’s first listed step for that symptom.',
      ),
      n(
        'Mr Romain Feller disabled the noisy disk alert on 3 March after confirming with the platform lead that the volume was being decommissioned.',
      ),
      n(
        'Nyein Chan rolled back release 4.2 at 10:02, having judged from the error dashboard that the new release was the most likely trigger.',
      ),
      n('Adnan Hadžić shifted the service across to the standby region at 05:30 on the basis that the primary showed no sign of recovery.'),
      n(
        'Mr Shrikant Jadhav approved the change because the test report was green, and that report was the evidence the process asked him to review.',
      ),
      n('Sara Abdelgadir paused the payment batch at 16:40 to avoid duplicate payments while the ledger was reconciled.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The monitoring tool was not competent to detect partial failures in the payments gateway, as it checked only the landing page.'),
      n('The backup service failed in its primary duty, since no restore had been tested in eighteen months.'),
      n('Confidence in the hosting platform has been shaken, and its reliability under peak load is now in question.'),
      n('The approval process for changes was careless with its own records: approvals sat in a spreadsheet without version history.'),
      n(
        'The rules engine cannot be trusted to validate its own configuration, and responsibility for that check should move to the pipeline.',
      ),
      n('Your product’s failover feature neglected its one duty on the night, and we should like to understand why.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The remedy was simply a larger database connection ceiling (800 rather than 200), deployed within the hour.'),
      n('On the queue-depth chart the backlog obviously begins at 09:40, well before any change was made.'),
      n('Restoration took just one reverted configuration flag.'),
      n('The evidence clearly places the fault in the load balancer firmware and not in the application.'),
      n('This is obviously a capacity problem; errors rise and fall almost exactly with the submission volume.'),
      n('Remediation is simply a reboot of the affected nodes in sequence; estimated 20 minutes.'),
    ],
  ],
];

export const HELDOUT_LEARNED15B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED15B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
