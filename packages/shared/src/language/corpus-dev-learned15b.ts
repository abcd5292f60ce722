import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 15B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: formal written incident reports,
 * postmortems, reviewers' comments, audit findings and regulator-facing summaries at a bank, an insurer and a
 * payments company, in long sentences and much passive voice; names from Italian, Czech, Igbo, Malayalam,
 * Cantonese, Norwegian, Lebanese, Chilean, Romanian and Fijian cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The settlement outage of 14 March is, in the considered view of this review, attributable in its entirety to Giulia Ferraro, whose unilateral change to the clearing cut-off configuration was the sole proximate cause.',
      ),
      b(
        "Reviewer comment on draft v3: the narrative ought to state plainly that the duplicate premium debits were Zdeněk Kolář's doing, since the softened wording of section 4 obscures where the fault actually lies.",
      ),
      b(
        'The delay in lodging the regulatory notification with the Central Bank rests with Chukwuemeka Okafor, who held the draft on his desk for two working days without escalating it to anyone.',
      ),
      b(
        'Audit finding 7: responsibility for the loss of £1.2m in mis-routed SEPA credits is assigned to Mr Leung Wai-kit personally, as the individual who authorised the routing table amendment outside the approved window.',
      ),
      b(
        'It must be recorded that the card authorisation failure on the evening of the 9th sits squarely with Solveig Haugen and with the decision she took to bypass the change advisory board.',
      ),
      b(
        'The compliance reviewer asks that the summary prepared for the regulator make clear that the missed reporting deadline was on Rami Haddad, and not on the control framework as the draft currently implies.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b(
        'Catalina Fuentes lacked the technical depth expected of someone entrusted with the reconciliation platform, and that shortfall in her experience is evident at almost every step of the timeline.',
      ),
      b(
        'The reviewers are of the view that the engineer on call was insufficiently experienced to be handling a production ledger incident of this severity, and that his inexperience materially prolonged the recovery.',
      ),
      b(
        'It is the opinion of the risk function that Andrei Popescu is not yet of the seniority or calibre required to approve amendments to the claims adjudication engine.',
      ),
      b(
        "The second-line reviewer notes that Anil Pillai's handling of the failover betrayed a basic unfamiliarity with the payments switch which one would not expect from an engineer at his grade.",
      ),
      b(
        'The consultant supplied by the migration vendor plainly lacked the grasp of the mainframe batch scheduler that the engagement demanded, as the change records make evident, and his assignment to it was misjudged from the outset.',
      ),
      b(
        'The fraud operations analysts rostered on the night shift displayed a standard of judgement well below what the bank is entitled to expect, and their poor skills run like a thread through the whole of the timeline.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'The duty manager of the payments operations centre, Ingrid Solberg, did not perform the reconciliation checks her rota required of her each hour, and the break in the nostro balances therefore went unnoticed until the morning.',
      ),
      b(
        'Kateřina Horáková, as the designated change approver, failed to discharge her obligation to verify the rollback plan before the release was permitted to proceed.',
      ),
      b(
        'The incident commander neglected the duty, set out in the major incident procedure, to inform the Head of Compliance within thirty minutes of a severity-one event being declared.',
      ),
      b(
        "It was incumbent upon the claims platform's on-call engineer to acknowledge the page, and he failed to do so for forty-seven minutes, in breach of the standing expectations attached to the rota.",
      ),
      b(
        'Finding 3.2: the data protection officer omitted the breach assessment that the group policy requires of that office, and the seventy-two-hour clock was consequently allowed to run down without any decision being taken.',
      ),
      b(
        'Ngozi Eze was allocated ownership of the certificate renewal in the quarterly control attestation and did not complete it, which is why the merchant acquiring gateway began refusing TLS handshakes at midnight.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b(
        "The configuration change that disabled the duplicate-payment check was merged by Matteo Bianchi at about five o'clock on a Friday without the second review that the engineering policy requires.",
      ),
      b(
        "The release was signed off by the release manager at 23:40 while the regression suite was still showing failures, which cannot be reconciled with the bank's change policy.",
      ),
      b(
        'The incident ticket was closed as resolved by the first-line analyst roughly three hours before card authorisations had actually recovered, so that customers were told the matter was closed when it was not.',
      ),
      b(
        'The hotfix was pushed straight to the production payments cluster on the instruction of a senior developer, skipping the staging environment through which every other change is obliged to pass.',
      ),
      b(
        "The firewall exception had been left open by the network engineer after the vendor's maintenance window closed, and it was through that opening that test traffic reached the live ledger.",
      ),
      b(
        'The rate table for the motor book was approved by Corina Vlăduț on the strength of a spreadsheet that had never been reconciled, and the mispriced renewals flowed directly from that approval.',
      ),
      b(
        "The end-of-day batch was re-run twice by hand during the reconciliation window, notwithstanding the runbook's instruction that it is never to be repeated without Treasury's consent, and the double postings followed from those re-runs.",
      ),
      b(
        'The new fraud rules got deployed during the first hours of the quarter-end close by an analytics team member who had been told in writing to wait until the freeze was lifted.',
      ),
      b(
        'The maintenance flag was switched off by Vojtěch Procházka while replication lag still stood at several minutes, although he had twice been advised on the bridge to wait.',
      ),
      b(
        'The customer notification was sent out before legal review had been completed, contrary to the explicit instruction of the General Counsel, and had to be retracted the following morning.',
      ),
      b(
        'Approval for the rollback was withheld for over an hour by the duty director, who preferred to consult the vendor first while cardholders were unable to complete purchases.',
      ),
      b(
        'The production credentials had been shared over the chat tool with an external contractor by someone within the payments engineering team, in breach of the access policy, and were later used to run the faulty script.',
      ),
      b(
        "The schema migration was scheduled for all three regions simultaneously, in place of the region-by-region sequence the change plan set out, and that choice was made at an engineer's desk rather than by any automated step.",
      ),
      b(
        'Audit finding 5: the daily exception report was reviewed and initialled by the control owner on each day of the week in question, yet not one of the 214 unmatched items was investigated.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        'Whoever chose to schedule the index rebuild during the end-of-day settlement run has cost the bank a regulatory breach, and the review should not shy away from saying so.',
      ),
      b(
        'The new joiner who was handed production access in his second week executed the purge routine on the live policy database, and the outage stems from that single act.',
      ),
      b(
        'The person who granted the exemption from the change freeze should be asked to account for why the claims portal was taken down on the busiest day of the renewal cycle.',
      ),
      b(
        'The analyst who copied the customer extract to a personal drive turned what would have been an internal matter into one reportable to the Information Commissioner.',
      ),
      b(
        'The contractor from the integration partner who kept restarting the message broker throughout the incident turned a ten-minute degradation into a two-hour outage.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'Tomás Alarcón should never have been granted write access to the production general ledger, given that he had been with the team for less than a month.',
      ),
      b(
        'The graduate analyst, three months into the role, had no business being on the primary on-call rota for the card processing platform over quarter-end.',
      ),
      b(
        'The reviewers question why Ioana Dumitrescu was permitted to approve her own change, and recommend that she no longer be allowed to authorise changes to the payments switch.',
      ),
      b(
        "Had the offshore vendor's engineer not been allowed anywhere near the live claims environment, the deletion of the policy archive would never have occurred.",
      ),
      b(
        'Nobody should have handed Ikenna Okonkwo unsupervised custody of the hardware security module keys, and the trust placed in him ought to be withdrawn pending the outcome of this review.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b(
        'The review team has established who introduced the faulty rounding logic, and it was Lorenzo Esposito; the final report should identify him by name as responsible.',
      ),
      b(
        'Risk comment: before this document goes to the board, we need to identify which engineer executed the delete statement so that disciplinary proceedings can be considered.',
      ),
      b(
        'The culprit, on the evidence of the access logs, is Wong Ka-ming of the treasury systems team, and the narrative should say so rather than referring vaguely to a change having been made.',
      ),
      b(
        'Of the three operators on shift, it was Karim Nassar who keyed the erroneous FX rate, and the summary ought to single him out accordingly.',
      ),
    ],
  ],
  [
    'blameful: Human error',
    [
      b(
        'The failed direct debit run has been traced, in the final analysis, to human error committed by staff within the collections operations team.',
      ),
      b(
        'This incident comes down, at its core, to operator error: the wrong file was selected for transmission to the clearing house by the person on shift.',
      ),
      b(
        "The regulator-facing summary attributes the misdirected premium refunds to a manual mistake made by a claims handler when keying the policyholders' bank details.",
      ),
      b(
        'Audit finding 9: the primary cause of the reporting breach was a mistake by the compliance analyst, who entered the wrong reporting period into the submission portal.',
      ),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b(
        'Sigrid Fjeld should have recognised, from the steady climb in queue depth over the preceding hour, that the settlement engine was about to stall, and ought to have acted then.',
      ),
      b(
        "It is the reviewers' judgement, after the fact, that the engineer on call ought by then to have understood that restarting the primary would force a full resynchronisation, a behaviour the platform documentation describes.",
      ),
      b(
        "Reading back over the timeline, Chidinma Obi could have prevented the entire incident had she questioned why the vendor's patch altered the interest calculation module.",
      ),
      b(
        'The fraud team should have seen the pattern of small test transactions for what it was long before the card-testing attack reached its peak.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b(
        'All that was asked of the release manager was simply to wait until the freeze lifted on Monday, and why he could not manage that is difficult to understand.',
      ),
      b(
        'Had Tsang Yuk-lan just read the second page of the runbook, the reconciliation would not have been run against the wrong value date.',
      ),
      b('The approving analyst needed only to tick the box confirming dual authorisation, a thirty-second task which was simply not done.'),
      b(
        'Ondřej Svoboda merely had to check the account number against the mandate, and the misdirected payment of €480,000 would never have left the bank.',
      ),
      b(
        'Reviewer comment: it is hard to see what prevented the engineer on call from just telephoning the vendor at 02:00 rather than waiting until the morning.',
      ),
      b(
        'The claims handler was simply expected to forward the suspicious email to the security mailbox, yet chose instead to open the attachment.',
      ),
      b('It would surely have been a small matter for the team lead just to look over the dashboard before approving the deployment.'),
      b(
        'No more than a minute was needed for the payments operator to simply confirm the cut-off time with Treasury, and even that was not done.',
      ),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b(
        'Nour Khoury clearly ought to have seen that the totals on the reconciliation did not balance, and that she signed them off regardless is inexcusable.',
      ),
      b(
        'The chat transcript makes it obvious that the incident manager was paying no attention to the alerts for the first forty minutes.',
      ),
      b(
        'Quite evidently the developer had not tested the change in any meaningful way before raising it for deployment, and should have known better.',
      ),
      b(
        'The approver obviously never read the change request, as its rollback section had been left entirely blank, which anyone in his position would plainly have noticed.',
      ),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        'The payments switch should have rejected a value date in the past, and the absence of that validation is the principal control gap identified by this review.',
      ),
      n(
        'The monitoring platform could have alerted on the divergence between the ledger and the nostro balances within minutes, had a threshold been configured for it.',
      ),
      n(
        'A change-freeze control in the deployment pipeline would have blocked the release automatically, and its absence is recorded as finding 2.',
      ),
      n(
        'The claims engine ought to have held the duplicate payment in a pending queue instead of releasing it, and the design will be amended so that it does.',
      ),
      n(
        'In a properly designed process, the second-line review should have been triggered by the size of the exposure rather than depending on the requester to ask for one.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n(
        'Action 4 (owner: Chan Siu-fong, due 30 June): introduce a hard validation on value dates in the payments switch and report completion to the Operational Risk Committee.',
      ),
      n(
        "Action item: the change-freeze exception process is to be redesigned under Eirik Bakke's ownership, with a first draft going to the CAB before quarter-end.",
      ),
      n(
        'Owner: Head of Claims Technology; target date: Q3; deliverable: automated reconciliation of refunds against the policy ledger, replacing the manual spreadsheet check.',
      ),
      n(
        'Remediation action 7 is assigned to Javiera Contreras, who will lead the review of on-call rotas so that no engineer is paged on more than two consecutive nights.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Vishnu Menon was incident commander between 21:05 and the 02:30 handover, when Astrid Berntsen took over the role.'),
      n(
        'The change in question was raised by the payments platform team and presented to the change advisory board at its regular meeting on 11 March.',
      ),
      n('Throughout the incident Ziad Saab was communications lead, drafting the three customer updates issued through the status page.'),
      n(
        'The duty compliance officer on the night was Obinna Nwachukwu, who was informed of the incident at 23:15 as the escalation matrix provides.',
      ),
      n(
        'Timeline annotation 04:12: the database administrator on call, Meera Warrier, joined the bridge and began the point-in-time restore.',
      ),
      n('Ileana Munteanu was release manager for the quarterly claims release, with the Head of Platform Engineering as deputy approver.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'The review team acknowledges, with real concern for him and for his family, that Kjetil Dahl stayed on the bridge for nineteen hours without a break.',
      ),
      n(
        'Layal Aoun had been paged eleven times in the week before the incident, and the fatigue that such a workload produces is a matter of concern to this review, not a criticism of her.',
      ),
      n(
        'The reviewers recognise that the operations staff on the night shift were working under considerable pressure, with customers calling in large numbers and very little information available to them.',
      ),
      n(
        'Mere Naivalu and Jone Ravuvu carried the customer-facing work through an exceptionally difficult night, and the care with which they handled distressed policyholders is noted with gratitude.',
      ),
      n(
        'The risk function acknowledges that Radu Constantinescu was asked to decide on the rollback at three in the morning with incomplete information, which is an unreasonable position in which to place anyone.',
      ),
      n(
        'Several engineers have told the review team that they felt exhausted and anxious in the days after the incident, and the wellbeing support offered to them is described in Appendix C.',
      ),
      n(
        'Ho Kwok-wing worked through a public holiday to restore the settlement files, and the committee asks that its appreciation of his dedication be minuted.',
      ),
      n(
        'Constanza Araya joined the bridge from a hospital waiting room, where she had been sitting with a relative, and it is right that the report records the personal cost at which the response was sustained.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'At 02:14 the scheduler logged "JOB SETL_EOD_03 FAILED: user svc_batch lacks EXECUTE on PKG_LEDGER", after which the remainder of the batch chain was held.',
      ),
      n(
        'The alert that paged the on-call engineer read "CRITICAL: manual override applied by user p.waqanivalu, reconciliation tolerance set to 0.00", and it is reproduced here verbatim for the record.',
      ),
      n(
        'The audit trail entry reads "APPROVED BY: akurup | REASON: emergency fix | WARN: four-eyes check skipped (policy exemption E-12)" and is quoted without further comment.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved the emergency change without checking that a rollback script had been attached, and I have since asked for that field on the approval form to be made mandatory.',
      ),
      n("We in the payments operations team misread the clearing house's cut-off notice, and that misreading is ours to own."),
      n(
        'As the author of this report and the incident commander on the night, I should have declared a major incident earlier than I did, and I will be proposing clearer declaration criteria.',
      ),
      n(
        "The mistake in the FX rate file was mine: I loaded the previous day's file, and I have set out in section 6 the check that would have caught it.",
      ),
      n(
        'Our team signed off the migration plan without a rehearsal, and we accept that this was a failure on our part which we do not intend to repeat.',
      ),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Håkon Nygård was named in several first-round comments as the cause of the outage, but the evidence shows that the routing change he applied had passed the pipeline's validation and behaved exactly as designed.",
      ),
      n(
        'Before anyone reads this timeline as a record of operator error, it should be noted that every step taken by the night shift was consistent with the runbook as it then stood.',
      ),
      n(
        "The suggestion that the database administrator was careless does not survive scrutiny, since the access logs show the restore was run with the parameters recommended in the vendor's own guide.",
      ),
      n(
        'This review declines to name an individual as the cause of the duplicated payments, because doing so would explain nothing about how a second submission came to be accepted by the system.',
      ),
      n(
        'The first-line summary stated that Bogdana Stănescu had failed to follow the procedure; that statement is incorrect and has since been withdrawn, because the procedure she was following had been superseded without notice.',
      ),
      n(
        'The Head of Operations, after several comments in the review channel had singled out the on-call engineer, asked that the discussion return to the control gaps and noted that no individual is being held at fault.',
      ),
      n(
        'The words negligent and incompetent appeared in an early version of section 3; they have been removed because they described neither the facts nor the findings.',
      ),
      n(
        'One might be tempted to say that the approver should have spotted the error, but the approval screen displayed neither the amount nor the beneficiary, and no approver could reasonably have seen it.',
      ),
      n(
        "Compliance reviewer comment: I do not accept the framing in paragraph 12 that this was Mihai Ionescu's mistake, because the reconciliation tool silently dropped the rows and he had no means of knowing.",
      ),
      n(
        'Whether the analyst ought to have escalated sooner is not a question this report seeks to answer, since the escalation path itself was nowhere documented.',
      ),
      n(
        'Regulator summary: the firm does not attribute this incident to human error; the failure arose from a defect in the payment file generator that had been present since it was first deployed.',
      ),
      n(
        "Contrary to the rumour circulating in the operations centre, the card processor's contractor did not delete the routing table, which was in fact truncated by a scheduled housekeeping job.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        'The configuration change was merged automatically by the dependency bot once its checks had passed, and the incompatible library version was thereby carried into the release branch.',
      ),
      n(
        'The release reached every region in a single wave, having been rolled out by the deployment orchestrator, because the pipeline template defines no canary stage.',
      ),
      n(
        'The incident record was set to resolved by the monitoring integration as soon as the synthetic check returned one successful response, although card authorisations were still failing intermittently.',
      ),
      n(
        "The duplicate settlement file was pushed to the clearing house by the scheduler's retry mechanism, which treated a slow acknowledgement as a failure and sent the file again.",
      ),
      n(
        'The expired certificate was approved for continued use by the policy engine, because its expiry check compared timestamps in the wrong time zone.',
      ),
      n(
        'Customer balances were overwritten when the cache was repopulated from a stale replica, a sequence that was set in motion by the failover logic and not by any manual step.',
      ),
      n(
        'The firewall rule had been left in place after the maintenance window because the change template contains no step for its removal and nothing in the process prompts for it.',
      ),
      n(
        'The interest accrual job was signed off as complete by the workflow tool on the basis of an exit code that the wrapper script always returns as zero.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 22:47 Sakiusa Matanitobua restarted the message broker, having found in the runbook that a restart was the recommended first response to a stalled consumer group.',
      ),
      n(
        'Antonella Pizarro paused the outbound payments queue at 06:10, reasoning that holding payments for an hour was less harmful than risking a second duplicate run.',
      ),
      n(
        "Lau Chi-wai applied the vendor's patch on the Tuesday evening, as the vendor's advisory had classified it as a security fix to be applied within seven days.",
      ),
      n(
        'Øystein Strand chose failover to the secondary data centre over waiting for the primary to recover, since the secondary had passed its last resilience test two weeks earlier.',
      ),
      n(
        'Rania Fakhoury contacted the clearing house at 07:30 to request an extension of the settlement window, which was granted until 09:00.',
      ),
      n(
        'Jithin Varghese re-ran the reconciliation with the corrected value date once the Treasury desk had confirmed the rate, and the breaks cleared on that run.',
      ),
      n(
        'Sorin Georgescu approved the change on 11 March after confirming that the test evidence attached to the request showed a passing regression suite.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n(
        'The legacy reconciliation engine is unfit for current transaction volumes and cannot be trusted to scale, and its replacement is recommended as a priority.',
      ),
      n(
        'The fraud scoring model failed in its job of flagging the card-testing pattern, having been trained only on data from before the contactless limits were raised.',
      ),
      n(
        "The third-party KYC provider's screening service could not be trusted to return results within the agreed latency, and the onboarding flow timed out as a consequence.",
      ),
      n('The monitoring suite was negligent in its coverage of the batch layer, leaving the overnight jobs essentially unobserved.'),
      n(
        "Responsibility for validating the file format rested with the gateway's input parser, which was careless with trailing whitespace and accepted malformed records.",
      ),
      n(
        'The change advisory process, as currently designed, is incapable of distinguishing a trivial configuration change from one that alters payment routing, and that inadequacy is the central finding of this audit.',
      ),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n(
        'The fix itself was simply a one-line correction to the cut-off time parameter, and it was deployed and verified within fifteen minutes of the cause being identified.',
      ),
      n('The graph in Figure 2 obviously shows queue depth rising from 21:40, well before the first customer complaint was received.'),
      n('Once the poisoned message had been removed from the queue, service was restored with just a restart of the settlement consumer.'),
      n(
        "The evidence clearly indicates that the defect was introduced in the vendor's release of 2 March and not in any local configuration.",
      ),
    ],
  ],
];

export const DEV_LEARNED15B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED15B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
