import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 16A of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: a public hospital trust's and a pharmacy chain's
 * patients' advocates, pharmacists, IT supplier account team and regulator's inspector after a prescription-system
 * outage, in incident forms, supplier correspondence, a board paper and staff-forum posts, formal and plain English
 * side by side; names from Hausa, Greek-Cypriot, Bangladeshi Bengali, Scottish, Peruvian Quechua, Hungarian and
 * Maltese cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The eleven-hour loss of electronic prescribing at both hospital sites is down to Aminu Bello and nobody else.'),
      b(
        'Put plainly, the dispensing blackout across the chain belongs to Eleni Christodoulou, who pushed the formulary change that night.',
      ),
      b('Our inspection attributes the missed doses on Ward 7 directly to Shafiqul Islam of the supplier account team.'),
      b("If anyone owns the forty patients who went home without their discharge medicines, it's Morag Fraser."),
      b('As far as this board is concerned, the outage sits squarely with Killari Quispe.'),
      b('Zsófia Kovács let the certificate renewal slide, so every delayed insulin prescription that Tuesday belongs on her record.'),
      b('Forum post: honestly, the whole mess at the Eastgate branch is on Ġużeppi Camilleri.'),
      b('The trust holds Tahmina Akter accountable for the lost repeat-prescription queue and the harm that followed.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Running an interface engine that feeds thirty pharmacies is beyond someone as green as Hadiza Usman.'),
      b("Frankly, the supplier's account manager isn't competent to advise a hospital trust on failover."),
      b('Put Andreas Georgiou in front of anything past the front-end screens and he flounders, as the outage proved.'),
      b('The locum at the Riverside store is not skilled enough to supervise a controlled-drugs reconciliation.'),
      b('Rubel Hossain is too junior and too inexperienced to understand what a schema migration does to live prescriptions.'),
      b("In my view as inspector, the trust's digital lead, Iain MacLeod, has neither the skill nor the judgement the role demands."),
      b('Wayra Mamani is a capable dispenser but a hopeless systems administrator, and it showed on the night.'),
      b('The supplier keeps sending us engineers who are not good enough to diagnose faults in their own product.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Bence Horváth was rostered as integration lead that weekend and failed to respond to a single one of the six pages.'),
      b('The duty pharmacist never carried out the manual-prescribing fallback checks that her role requires at every handover.'),
      b("Checking the backup job was Doris Vella's responsibility, and she didn't do it for three weeks."),
      b("The supplier's account team neglected its contractual duty to warn us before the maintenance window."),
      b('Kirsty Ross signed off the morning checklist without looking at the prescribing queue, which was the entire point of her shift.'),
      b('Sani Garba was meant to escalate to the clinical safety officer within fifteen minutes and let an hour go by instead.'),
      b('As superintendent, Stelios Ioannou failed in his basic responsibility to keep the branches informed.'),
      b('Incident form: the ward manager did not do her job, and no paper drug charts were issued until the evening round.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The renewal reminder was sat on for a month by the supplier engineer who looks after certificates.'),
      b('The failover procedure was botched, and the runbook had been ignored in favour of guesswork.'),
      b("The pharmacy helpdesk's warnings got waved away by the trust's digital team all afternoon."),
      b('The wrong database was restored by Csilla Nagy, wiping out four hours of dispensing records.'),
      b('Mistakes were made at the Northgate branch, and they were covered up until the inspector arrived.'),
      b('The outage alert was acknowledged at 02:10 and then carelessly forgotten about until morning.'),
      b('The change was rushed through without clinical sign-off by Levente Szabó, against the advice of two pharmacists.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a live formulary update on a Friday night caused every one of these missed doses.'),
      b("The new starter on the supplier's service desk who closed our priority-one ticket is the reason the outage ran past midnight."),
      b('The pharmacist who kept overriding the stock warnings has a lot to answer for.'),
      b('Anyone who restarts a prescribing server in the middle of a drug round should not be working in a hospital.'),
      b('The contractor who wrote that migration script left the whole trust without electronic prescriptions.'),
      b("It was the person on the evening shift who didn't read the handover note that let this happen."),
      b('Those of us on the wards paid for the carelessness of the people upstairs who ignored the disk-space alerts.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Ferenc Tóth is the last person who ought to have held administrator rights on the live prescribing database.'),
      b('No trainee dispenser ought to have got within reach of the controlled-drugs module during an outage.'),
      b(
        'Had the supplier kept their graduate engineer out of our production servers, the wards would never have lost their prescribing screens.',
      ),
      b("Nobody with Catriona Munro's track record should be trusted to approve changes to the e-prescribing interface."),
      b('Why was Ladi Yakubu on call alone for both hospital sites when she had never handled a failover?'),
      b('Granting the locum a superuser login was a mistake; someone that new should have had read-only access at most.'),
      b('Marios Charalambous ought to have lost his seat on the change board long before this outage.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Gergely Farkas did this, and the minutes of this board should record his name.'),
      b('The patients deserve to know which member of staff broke the system, and I am telling you it was the night analyst.'),
      b('Forum post: we all know it was Christakis from the supplier team, so why is nobody saying his name?'),
      b('The board should identify the individual at fault and take the matter up with them directly.'),
      b('Of everyone involved, the one who deserves the blame is Sumaq Huamán, and the inspection report should say so.'),
      b('Find out which pharmacist disabled the interaction checker and deal with that person.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error during routine maintenance is what took the prescribing service down.'),
      b("This incident came down to a pharmacist's mistake when reloading the drug catalogue."),
      b("Operator error by the supplier's night engineer is recorded as the cause on this incident form."),
      b('At the heart of it, one person made a careless slip and thousands of prescriptions were lost.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, the climbing queue depth was there for two days and Nasrin Begum ought to have spotted it.'),
      b(
        'The account team had it in their own release notes, so they had every reason to know the patch would break the prescription token format.',
      ),
      b('A competent pharmacist would have caught labels printing without doses long before the afternoon.'),
      b("In hindsight it's plain Kabiru Danjuma should have called a major incident at the first failed sync."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Ildikó Varga could just have opened the portal and read off the certificate date.'),
      b('Instead of improvising, the supplier engineer might simply have opened the runbook.'),
      b("It wouldn't have killed the branch manager to just ring the helpdesk before switching to paper."),
      b('Rita Zammit sat for forty minutes on what was simply one button press to fail over.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Binta Musa never looked at the alert inbox during her shift.'),
      b('Clearly the account team did not bother to read our escalation emails.'),
      b('It is obvious to anyone that the pharmacist on duty should have stopped dispensing the moment the warnings appeared.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The prescribing system should have switched itself to the secondary site, and its design did not allow that.'),
      n('The certificate monitor could have flagged the expiry thirty days out if it had covered that certificate store.'),
      n('A stock-level check at the point of dispensing would have stopped the duplicate supplies.'),
      n('Messages ought to have been queued by the interface engine, not discarded, when the spine connection dropped.'),
      n('A clinical safety review should have been mandatory in our change process for any formulary reload.'),
      n('Ideally the fallback paper charts would have been printed from a cached copy instead of the live database.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Eilidh Grant to add certificate expiry dates to the shared monitoring dashboard by 30 June.'),
      n('Owner: Musa Abdullahi (pharmacy IT). Write a manual-dispensing checklist for all branches, due next quarter.'),
      n('The supplier account team, led by Androulla Pavlou, will deliver a failover test report within six weeks.'),
      n('Action: Farhana Chowdhury to review the escalation rota with the clinical safety officer before the next bank holiday.'),
      n('Board action 2.3: the chief pharmacist will own the revised business-continuity plan and present it in October.'),
      n('Amaru Yupanqui will set up a quarterly drill of the paper-prescribing fallback across both hospital sites.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Fraser Cameron was incident commander from 08:15; Panayiota Loizou handled communications with the branches.'),
      n('During the outage, the pharmacist on each ward coordinated paper drug charts with the nurse in charge.'),
      n('The supplier account manager joined the bridge call at 09:40 and stayed until service was restored.'),
      n('Inti Condori was the clinical safety officer for the period covered by this report.'),
      n('Two dispensers at the Harbour Road branch took phone queries while the pharmacist checked paper prescriptions.'),
      n("The regulator's inspector attended on 14 March and interviewed the superintendent pharmacist and the digital lead."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The pharmacy teams worked double shifts for three days and many of them were exhausted by the weekend.'),
      n('Nurses on the renal unit told us how distressing it was to be unable to confirm what patients had already received.'),
      n('Patient advocates want it recorded that staff were kind and patient with frightened families throughout the outage.'),
      n(
        'Hamish carried the on-call phone for a fortnight straight because the rota was short, which is more than anyone should be asked to bear.',
      ),
      n('Several branch managers said they felt alone and unsupported while waiting for news from head office.'),
      n('The supplier engineers were working through the night under enormous pressure, and we recognise the care they took.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The dispensing log shows "ERROR 5012: prescription token rejected by spine (user: mdebono)" repeated 4,318 times.'),
      n("The monitoring alert read: 'CRITICAL eprx-db-02 disk usage 98%, owner: K. Saliba'."),
      n('At 03:12 the interface engine wrote "Connection reset by peer, retrying in 30s" and never logged a successful retry.'),
      n('The audit trail records "formulary_reload started by user zkovacs" at 22:58, followed by "reload aborted: schema mismatch".'),
      n('The pharmacy terminal displayed "User account locked: too many failed attempts" to every dispenser who tried to log in.'),
      n('Ticket INC-20931 was auto-closed with the status message "Resolved by engineer, no further action required".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved the Friday change window myself, and from now on out-of-hours formulary changes get no signature from me without a rollback plan.',
      ),
      n('We in the account team missed the expiry notice in our own inbox, and we have since moved those notices to a monitored queue.'),
      n('I was the pharmacist who switched the branch to paper, and in hindsight I should have told the neighbouring branches first.'),
      n("As the digital lead, I underestimated how long the restore would take, and that estimate shaped the board's decisions."),
      n('We did not test the fallback printers before the outage; that was our call and our oversight.'),
      n('My error was assuming the secondary site was in sync; I have asked for a daily replication check to be added.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some on the staff forum have blamed Ewan Sutherland, yet every step he took matched the written procedure.'),
      n(
        'Hunting for a culprit is not the purpose of this review; the question is why one expired certificate could stop prescribing across two hospitals.',
      ),
      n('Pinning this on human error would be convenient and also wrong, because the system offered no warning at all.'),
      n('The inspector was asked who was at fault and declined to answer, because the findings point to the design of the interface.'),
      n('Calling the night pharmacist careless misses the point; she was working from a screen that showed stale data.'),
      n("Patients' advocates do not want anyone punished; they want the fallback to work next time."),
      n('Nobody should be singled out over the lost queue, since the purge job ran exactly as it had been written to.'),
      n(
        'We have heard the claim that the supplier engineer was incompetent, and we reject it; the defect sat in a library he did not write.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The prescription messages were discarded by the interface engine once its retry limit was reached.'),
      n("Four hours of dispensing records were overwritten when the restore job picked up the previous night's snapshot."),
      n('The secondary database fell out of date because replication had been paused by an earlier maintenance script.'),
      n('Duplicate repeat prescriptions were generated by the batch scheduler when it resumed after the outage.'),
      n('Login requests were rejected by the identity service after the expired certificate was loaded.'),
      n(
        "The alert was suppressed by the monitoring platform's maintenance-mode setting, which remained switched on once the window had ended.",
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Habiba Lawal restarted the dispensing service at 07:05, which is the first step the vendor runbook lists.'),
      n(
        'Kyriacos Demetriou switched the Eastgate branch to paper prescriptions after the third failed login, in line with the continuity guidance.',
      ),
      n('Mahbub Rahman paused the overnight batch so that no further duplicates would be created while the queue was inspected.'),
      n('Callum Reid phoned the supplier at 02:30 and, as the ticket had not been acknowledged, raised it to priority one.'),
      n('Réka Molnár loaded the previous formulary version, the last one known to have worked with the interface.'),
      n('Carmel Grech told patients at the counter to come back after lunch, since the system was expected to return by noon.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The failover mechanism was never competent to deal with a partial network loss between the two sites.'),
      n('The monitoring platform had a single job, warning us before the certificate expired, and it did not do it.'),
      n('As far as the pharmacy team is concerned, the interface engine has lost all trust as a reporter of dropped messages.'),
      n('The dispensing software was careless with data: it marked prescriptions as collected before the print had finished.'),
      n('Responsibility for catching duplicate supplies sat with the batch reconciliation step, which the upgrade had removed.'),
      n("The supplier's product is not fit for a trust of our size, as its licensing caps concurrent prescribers at four hundred."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply renewing the certificate and restarting the identity service fixed it.'),
      n('On the graph, the queue depth is obviously rising from Sunday evening.'),
      n('Restoring service just needed one configuration line changed on the interface engine.'),
      n('Clearly the replication lag, not the network, is what left the secondary site a day behind.'),
      n('It is a simple change: the batch job just has to check for an existing prescription before creating one.'),
      n('The logs make it obvious that the purge ran twice, once on schedule and once after the restart.'),
    ],
  ],
];

export const HELDOUT_LEARNED16A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED16A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
