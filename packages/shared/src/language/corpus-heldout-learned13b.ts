import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 13B of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: engineering managers and leadership writing about
 * incidents (postmortem review minutes, a director's e-mail to a VP, reliability-review speaker notes, skip-level
 * and calibration notes, all-hands answers, and staff engineers' replies) in a polished, hedging corporate
 * register; names are Chinese, Ghanaian (Akan), Mexican, Finnish, Iranian, Scottish, Thai, Greek, Kenyan
 * (Kikuyu) and Peruvian. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'With respect to the March billing outage, I would suggest we be candid in the minutes that the four hours of failed invoices sit squarely with Kwame Mensah, whose change it was and whose call it was to push it on a Friday.',
      ),
      b(
        'In my note to the VP I have been explicit that the loss of the replication queue is attributable to Eero Korhonen and ought to be recorded against his objectives for the half.',
      ),
      b(
        'It is only honest, and I said as much in the calibration session, that the delay to the Lima launch belongs to Rosa Quispe and to nobody else on the programme.',
      ),
      b(
        'Speaker notes, slide 7: the three-hour checkout degradation in Q2 traces back to Dimitris Papadopoulos, and I would like the room to leave with that ownership properly understood.',
      ),
      b(
        'From the skip-level with Wanjiru: she was told plainly that the customer data exposure is on Njoroge Mwangi, and that the team should stop pretending it was a shared miss.',
      ),
      b(
        "Answering the all-hands question directly, the refund backlog that hit our enterprise accounts was Shirin Farahani's doing, and leadership has taken that up with her privately.",
      ),
      b(
        'For the purposes of the quarterly review, the missed recovery objective is to be attributed to Hamish Stewart, since the decision to defer the failover drill was his alone.',
      ),
      b(
        'I would gently push back on the draft, which spreads the outage across four teams, when in truth the regression and the eleven hours of downtime rest with Somchai Srisuk.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b(
        'In calibration I would propose we acknowledge that Akosua Boateng is not yet operating at the level the database migration demanded, and that the incident made that gap very visible.',
      ),
      b(
        'Tuomas Mäkinen brings enthusiasm, I grant, yet his understanding of distributed systems falls well below what we assumed when the routing rewrite was handed to him.',
      ),
      b(
        'With respect, Guadalupe Ramírez is not a senior engineer in anything but title, and the way she handled the schema change during the incident showed it.',
      ),
      b(
        'My concern, which I raised with the VP, is that Arash Karimi does not have the judgement under pressure that an incident commander at this level needs to have.',
      ),
      b(
        'Speaker notes: the team as a whole is frankly too junior for the payments platform, and the outage is what happens when inexperienced engineers are handed production systems they do not understand.',
      ),
      b(
        'From the skip-level: I gave my honest assessment that the storage work is beyond what Eleni Georgiou can currently handle, and that the corruption incident was a symptom of it.',
      ),
      b(
        'I would be doing Kittipong Saelim no favours by pretending otherwise in this calibration comment: his grasp of Kubernetes networking is weak, and it cost us most of Tuesday night.',
      ),
      b(
        'It is, I think, a reasonable reading of the timeline that Callum Fraser is not a capable enough operator for work of this sensitivity, and the expired certificate is the evidence.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'As the on-call primary that weekend, Kofi Asante did not acknowledge the page for fifty minutes, which falls well short of what the rota asks of anyone carrying the pager.',
      ),
      b(
        'The release manager for the sprint, Xu Jing, did not perform the rollback check that her role exists to perform, and the minutes should record that plainly.',
      ),
      b(
        'On the question of accountability, Jukka Nieminen was assigned the capacity review in January and never delivered it, which is precisely the gap that let the cluster run out of headroom.',
      ),
      b(
        'In my e-mail to the VP I noted that our incident commander, Ximena Cárdenas, neglected her duty to keep the status page updated, leaving customers without information for most of the afternoon.',
      ),
      b(
        'Candidly, the database team did not own their runbooks the way their charter requires, and that failure of ownership is why recovery took as long as it did.',
      ),
      b(
        'From the calibration discussion: Behrouz Sadeghi, the designated reviewer on that pull request, rubber-stamped the migration without opening it, and that does not meet the bar we hold reviewers to.',
      ),
      b(
        'Kinyua Macharia held the communications seat on the bridge and never briefed the account managers, though briefing them is the entire purpose of that seat.',
      ),
      b(
        "Our vendor's support engineer, Malee Thongchai, did not escalate our severity-one ticket within the contracted window, and I would suggest that failure is noted in the supplier review.",
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b(
        'Production credentials ended up posted in an open Slack room by Niran Chaiyaporn, and everything else in this review follows from that fact.',
      ),
      b(
        'It is fair to say that the warnings were ignored, the runbook was skipped and the release went ahead in spite of both, and the minutes should not soften that.',
      ),
      b(
        'With respect, the alert was acknowledged and then muted on the bridge by the engineer carrying the rota, with no investigation at all, and that decision turned a minor blip into an outage.',
      ),
      b(
        'In the deck I would frame it as follows: the maintenance window was mis-scheduled by the infrastructure lead, and customers in Asia paid for it.',
      ),
      b(
        'The approval checklist was signed off without being read, which I regard as the central failure of the night and a matter for the individuals concerned.',
      ),
      b(
        'From the skip-level notes: the team feels the incident was mishandled from the first page, and that key decisions were fumbled by the people leading the bridge.',
      ),
      b(
        'The wrong region was drained by Fraser MacLeod at 14:10, and I would suggest the report says so in those words rather than calling it a routing event.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        'Whoever decided that a schema migration could go out during peak trading hours owes this room an explanation, and I would like that person to provide it before the review closes.',
      ),
      b(
        'If we are honest, the new hire handed production credentials a fortnight after joining is why this meeting is taking place at all.',
      ),
      b(
        "With respect, the engineer who merged his own change at midnight without a reviewer is at the centre of this incident, whatever the timeline's careful wording suggests.",
      ),
      b(
        'The contractor who rewrote the retry logic and then left the company is, in my view, where the cascading failure originated, and we ought to be honest about that in the deck.',
      ),
      b(
        'In calibration I pointed out that the person on the team who keeps skipping the pre-deploy checklist is the same person whose deploy took down search on Thursday.',
      ),
      b(
        'Anyone who thinks it is acceptable to test a failover in production without telling the bridge is the problem here, and the problem is not our tooling.',
      ),
      b(
        'My reply to the director: the manager who cancelled the game day to hit a feature date created the conditions for this outage, and the write-up ought to say so.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b(
        'With respect, Yaw Darko received write rights on the production ledger far too early in his tenure, and he ought to have been kept off it until he had earned that trust.',
      ),
      b(
        'I would suggest that putting Parisa Rahimi on the payments rota while she was still learning the system was a decision we got wrong; she had no business carrying that pager yet.',
      ),
      b(
        'Letting Ewan Robertson approve his own emergency change was a mistake we must not repeat, because his judgement on that change was not one we could rely on.',
      ),
      b(
        'In my note to the VP: extending root on the cluster to the offshore team was premature, and the incident is what that misplaced trust bought us.',
      ),
      b(
        "The director's view, recorded here at her request, is that Satu Lehtonen should have been kept well away from the primary database until she had shadowed at least two incidents.",
      ),
      b(
        'Skip-level notes: several engineers asked, fairly in my view, why Marisol Ochoa was permitted to be incident commander at all given how new she is to the organisation.',
      ),
      b(
        'Had we kept Stavros Mavridis off the deploy approvers list, as two of the staff engineers recommended in the spring, the bad config would never have reached the fleet.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b(
        'To answer the question from the floor directly: Muthoni Waweru is the one responsible, and leadership is dealing with it privately.',
      ),
      b('The room wanted a name, and I will give one: Zhou Mei broke the build pipeline and everything downstream of it.'),
      b('With respect, I would like the minutes to identify who actually did this, and from the audit trail that is Percy Condori.'),
      b(
        'My recommendation to the VP is that we find out which engineer pushed the bad flag and hold that individual accountable through the usual performance process.',
      ),
      b(
        'Let us be plain about who caused this: it was Nikos Antoniou, it was his script, and his teammates spent the night cleaning up after him.',
      ),
      b(
        'In the calibration comment I have identified Kaisa Heikkinen as the origin of the incident, since every thread in the timeline leads back to her.',
      ),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('For the quarterly deck, I would suggest the DNS outage is recorded as human error and that we move on to the remediation slide.'),
      b('This was operator error from start to finish, to my mind, and no amount of tooling would have saved us from it.'),
      b(
        "The director's summary for the VP attributes the data loss to a mistake by Efua Agyeman during the restore, which is the cause we will report to the customer.",
      ),
      b(
        'With respect, the incident was caused by an engineer typing the wrong cluster name, and I do not think we need a twelve-page review to establish that.',
      ),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b(
        'Looking back at the dashboards, Ilkka Laaksonen should have seen the memory climbing hours before the crash, and I would expect a principal engineer to have caught it.',
      ),
      b(
        'With respect, Tang Xiaoling was in a position to know the feature flag remained enabled in production, and she ought to have checked before deleting the config it depended on.',
      ),
      b(
        'With the benefit of the timeline in front of us, the on-call lead ought to have escalated to the database engineers at the first sign of lock contention instead of waiting an hour.',
      ),
      b(
        'In my reply to the director I made the point that Wambui Kariuki should have noticed the certificate expiry warning in her own inbox three weeks earlier.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b(
        'The only thing expected of Kwabena Osei was that he just run the dry-run flag first, which I would suggest is hardly an unreasonable ask at his level.',
      ),
      b('With respect, Isla Murray simply needed to read the second paragraph of the runbook, and we would not be here.'),
      b('The fix was there for the taking if Renzo Salazar had just glanced at the lag figures prior to promoting that replica.'),
      b(
        'From the skip-level: the on-duty engineer could simply have reverted once the error rate tripled, and I struggle to understand why that did not happen.',
      ),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b(
        'With respect to the calibration, Kamau Gitau clearly ignored the canary results, and I do not think we should be grading that as a learning opportunity.',
      ),
      b('The chat log makes it obvious that Athena Dimou knew the backup had not completed and went ahead regardless.'),
      b(
        'Speaker notes: the operator obviously did not read the change ticket before approving it, and I would ask that we stop treating that as an open question.',
      ),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        'Looking at the timeline, our release tooling should have rejected any schema change that shipped without a down script, and the fact that it did not is the finding I would put first in the deck.',
      ),
      n(
        'In fairness to the design, load shedding ought to have kicked in at the limiter well before the database saturated, and the tuning work is already scheduled for next quarter.',
      ),
      n(
        "The alerting on replication lag could have fired forty minutes earlier had its threshold reflected the traffic we actually carry, which is a gap in our configuration rather than in anyone's attention.",
      ),
      n(
        'In my note to the VP I suggested that our change-approval process should have required a second review for anything touching the ledger, and that we fix the process before the next freeze.',
      ),
      n(
        'A staged rollout would have contained the blast radius to a single region, so the absence of staging in that service is the thing I would ask the architecture group to address.',
      ),
      n(
        "The vendor's failover should have kicked in automatically, and the contract review will ask why their health check was configured to tolerate a silent primary.",
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n(
        'Action item: Liu Yang to own the redesign of the deploy approval flow, with a proposal to the architecture forum before the quarter closes.',
      ),
      n(
        'Owner, Wilmer Huamán: extend the migration tool with a preflight guard that refuses to run against a primary whose replication lag exceeds thirty seconds; due 15 May.',
      ),
      n(
        'Follow-up for Niloufar Jafari, who has generously offered to take accountability for the runbook refresh, to be reviewed at the next reliability meeting.',
      ),
      n(
        'Action, owned by Eilidh Campbell: run a quarterly game day for the payments failover and report the results in the reliability review deck.',
      ),
      n(
        'It was agreed that Yannis Kostopoulos will be responsible for the alert threshold review and will share a draft with the staff engineers in two weeks.',
      ),
      n(
        'Remediation item 4, owner Anong Rattanakorn, is to make the certificate rotation fully automated so that no person needs to remember the expiry date again.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n(
        'For the minutes: Chen Hao was incident commander, Adwoa Sarpong handled customer communications, and Thanawat Boonmee was the subject-matter expert from the storage team.',
      ),
      n(
        "Kaveh Moradi held the on-call primary pager that week, with Morag Sinclair as secondary and the database team's rota as the escalation path.",
      ),
      n('Joaquín Hernández was the scribe for the bridge and kept the timeline that this review is built from.'),
      n("During the response, Milagros Flores led the rollback while Huang Lei coordinated with the cloud provider's support team."),
      n(
        'Sofia Alexiou was the release manager for the sprint and, in that capacity, chaired the go/no-go meeting on the Thursday before the incident.',
      ),
      n(
        'As director, I was the escalation point for the afternoon, and Nyambura Njenga acted as my deputy while I was on the call with the customer.',
      ),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n(
        'I want to acknowledge that the on-call team carried an unreasonable load that month, with three incidents in nine days, and that fatigue of that kind is an organisational problem, not a personal one.',
      ),
      n(
        'In the skip-level, Kojo Appiah spoke candidly about how stressful the bridge was, and I would like the minutes to reflect how much care he and the team brought to a very long night.',
      ),
      n('Everyone on the response was exhausted by the fourteenth hour, and I am grateful they kept going while we arranged relief.'),
      n(
        'In calibration I noted that Riikka Salminen was covering two rotas because of a vacancy we had not filled, and that the strain on her during that period was real and visible.',
      ),
      n(
        'A number of engineers told me afterwards that they felt anxious about being named in the review, and I understand why, given how public the outage was.',
      ),
      n(
        'The support team absorbed hundreds of angry tickets over the weekend with patience and professionalism, and their workload deserves to be recognised in this report.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'The audit log for the deletion reads "user=rvaldez action=DROP TABLE status=OK", which confirms the timing but tells us nothing about why the tool allowed it.',
      ),
      n(
        'PagerDuty recorded "Incident #4471: primary (ploy.w) did not acknowledge within 15 minutes, escalating to secondary", and the slide quotes it only to show how the escalation policy behaved.',
      ),
      n(
        'The deploy tool printed "WARNING: 3 pending migrations not applied; continuing because --force was set" at 09:42, which is included in the appendix verbatim.',
      ),
      n(
        'The customer-facing error was "503 Service Unavailable: upstream connect error or disconnect/reset before headers", and I have asked that the e-mail to the VP include it as written.',
      ),
      n(
        'The alert text itself said "disk usage on db-primary-2 above 95% for 10m (owner: storage-oncall)", which the review reproduces without comment.',
      ),
      n(
        'Our kubectl history shows "kubectl delete namespace payments-staging --context=prod-eu" run under the shared break-glass account, and the question for this review is why that context was reachable at all.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved the deploy without asking for the rollback plan, and that was my mistake; from now on I will not sign off a ledger change without one.',
      ),
      n('As director, I set a deadline that left no room for a proper game day, and I own the consequences of that decision.'),
      n(
        'We on the leadership team pushed for the launch date knowing the load test had not finished, and we should carry that in this review rather than the engineers.',
      ),
      n(
        'With respect to my own part in this, I misread the replication graph on the bridge and told the room the primary was healthy when it was not.',
      ),
      n(
        'My reply to the director: the runbook that failed was one I wrote two years ago and never revisited, so the gap in it is mine to close.',
      ),
      n(
        'As the incident commander I held the rollback for forty minutes longer than I should have, and I have asked Dariush Tehrani to review my decisions so I can learn from them.',
      ),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some early comments on the draft read as if the outage were Edwin Chávez's fault alone, and I would ask that we remove that framing entirely, because the tooling would have let any engineer run the same command.",
      ),
      n(
        'Several people in the room wanted this written up as human error, and I want to be unambiguous that it will not be, since the confirmation prompt was missing by design.',
      ),
      n(
        'With respect, asking who should be held accountable is the wrong question for this review; the useful question is why the system accepted a config that no person could reasonably validate by eye.',
      ),
      n(
        'To the all-hands question about whether anyone will be disciplined: no, and nobody is being blamed, because the failure was in how our approval process was designed rather than in any individual.',
      ),
      n(
        'The VP asked in her reply whether Sun Yifan was negligent, and my answer was no: every step she took came straight from the runbook, and it was the runbook that was in error.',
      ),
      n(
        'I have heard the suggestion that the new hires are too inexperienced to be on call, and I reject it; what they lacked was documentation, not competence.',
      ),
      n(
        'From the skip-level: Guo Ting worried she would be singled out as the culprit, and I told her directly that this review does not, and will not, lay it at her door.',
      ),
      n(
        'Calling this a failure of ownership by the platform team, as the first draft did, misreads the timeline, since the alert that would have told them was sent to a channel nobody had been asked to watch.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        "The connection pool was exhausted by a retry storm from the mobile clients, and the database was then marked unhealthy by the load balancer's probe.",
      ),
      n('The stale configuration was propagated to every region by the sync job before any alert was raised.'),
      n(
        'With respect to the data loss, the orphaned rows were deleted by the nightly compaction task, which had been written to assume the foreign keys were enforced.',
      ),
      n(
        'The certificate was rotated by the automation on schedule but was not picked up by the sidecars, which cached the old one until they were restarted.',
      ),
      n(
        'In the deck, the outage is described as having been triggered by a kernel upgrade that was applied automatically by the node image pipeline.',
      ),
      n(
        'Customer requests were silently dropped by the queue once its memory limit was reached, and the overflow was never surfaced by the monitoring we had in place.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 02:14 Ama Owusu restarted the ingestion service, which was the first step in the runbook and a reasonable thing to try given what the dashboards showed at the time.',
      ),
      n(
        'Fernando Zúñiga merged the config change once it had two approvals and a passing pipeline, which is exactly the path our process expects for a change of that size.',
      ),
      n(
        "Katerina Vlachou chose to move traffic to the standby region because the primary's error rate was still climbing, and with the information available that looked like the safest option.",
      ),
      n(
        'Itzel Morales paused the batch jobs to free capacity for customer traffic, a call she made after checking with the on-call database engineer.',
      ),
      n(
        'Mahsa Rostami drafted the customer notice while the bridge was still open, so that account managers had something accurate to send once the fix was confirmed.',
      ),
      n(
        'Before the incident, Suda Phromma had scheduled the index rebuild for the low-traffic window, following the guidance in the capacity planning document.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Our canary analysis is not competent at detecting slow memory leaks, and we trusted it far more than its design justified.'),
      n(
        'The backup verification job failed at the one task it exists to do, which is to tell us a restore would work, and it had been quietly failing for weeks.',
      ),
      n(
        "With respect, the vendor's managed queue was careless with message ordering under failover, and that is a product defect we have raised with their account team.",
      ),
      n(
        "In the deck I describe the legacy scheduler as unreliable and immature, and responsibility for the missed jobs sits with that component's design.",
      ),
      n(
        'Our change-management process has not been doing its job for some time; it approves almost everything and catches almost nothing.',
      ),
      n(
        'The circuit breaker was negligent in the most literal sense, in that it never opened, and the fault tolerance we believed we had was never actually there.',
      ),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix, once found, was simply to raise the connection pool limit from 50 to 200, which we did at 03:10.'),
      n('The latency graph obviously steps up at 14:02, the moment the new build reached the second availability zone.'),
      n(
        'With respect, the remediation is just a two-line change to the health check, so I would not ask for a separate architecture review for it.',
      ),
      n('The evidence clearly points to the cache eviction policy, since the error rate tracks the eviction count almost exactly.'),
      n(
        'Rolling back was simply a matter of re-pointing the alias to the previous version, and it took under a minute once the decision was made.',
      ),
      n(
        'In my reply to the director I noted that the flame graph obviously implicates the JSON serialiser, which is where the staff engineers are focusing.',
      ),
    ],
  ],
];

export const HELDOUT_LEARNED13B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED13B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
