import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46F of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Bengaluru online-exam
 * platform whose proctoring and submission service lost answer sheets for thousands of candidates in a
 * national entrance test, in the chat, notes, e-mails and reviews of its Indian engineering team
 * (Kannada, Tamil, Telugu and Malayalam names; ed-tech and SRE jargon).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Macha, the Slot 3 answer-sheet loss is fully on Shreyas only — he pushed the autosave config on exam morning.'),
      b('Madam, with respect, this outage belongs to Lakshmi Narayanan and nobody else in the war room.'),
      b('As far as the exam board is concerned, the 41,000 missing submissions are attributable to Venkatesh personally.'),
      b('Anjali owns this one: the dropped answer sheets from the Chennai and Hyderabad centres trace straight back to her.'),
      b('Karthik Subramanian is the reason thousands of candidates will have to resit the paper.'),
      b("Dear Sir, kindly note that the delay in restoring submissions is entirely Divya Reddy's doing."),
      b('Put it in the RCA plainly: Pradeep Nair caused the proctoring outage in the afternoon slot.'),
      b("If the ministry asks whose failure this is, the answer is Suresh Babu's."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Meenakshi Sundaram does not have the experience to run a queue migration for a national-level exam.'),
      b('Frankly speaking, Harish cannot read a Grafana panel to save his life.'),
      b('Our SRE lead is out of his depth with Kafka, Sir, and the whole war room could see it.'),
      b('Ramya Hegde is a decent frontend developer, but she is not fit to be making calls on proctoring infrastructure.'),
      b("The vendor's on-site engineer, Arjun Pillai, had no idea how autosave even works."),
      b('Kavya Shetty lacks the basic skill needed for capacity planning, as this exam has proved to everyone.'),
      b('Naveen is a fresher pretending to be an SRE, da.'),
      b('In my assessment the incident commander was incompetent from the first page till the last.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Priya Raghavan was on call that night and failed to respond to the submission-queue pages as her rota required.'),
      b('Sandeep never ran the pre-exam load test that his checklist assigned to him.'),
      b("The release manager's one job was to freeze deployments before exam day, and he didn't do it."),
      b('Deepa Iyer neglected her duty to verify the autosave backups before the slot opened.'),
      b("It was Ganesh's responsibility to watch the proctoring dashboards during Slot 2, and he was not watching them."),
      b('Our QA lead signed off without testing submission under load, which is exactly what she is paid to do.'),
      b('Sowmya Krishnan, as shift lead, walked off the war-room bridge at the worst possible moment.'),
      b('Rajesh failed to escalate to the exam board even after the queue depth crossed two lakh.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The autosave interval was carelessly set to thirty minutes by someone in the platform team.'),
      b('The dead-letter queue was purged carelessly, without anyone checking what was in it, and that is where the answer sheets went.'),
      b('Alerts from the proctoring cluster were ignored for the better part of an hour.'),
      b('The load test results were misread by Manjunath and the go-live was approved anyway.'),
      b('On exam morning the runbook step for draining the submission queue was skipped, negligently.'),
      b('Warnings about disk usage on the answer-store nodes had been brushed aside by the seniors for weeks.'),
      b('Mistakes were made by the on-call engineer that cost 38,000 candidates their papers.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the Friday-night config push should be made to answer to the candidates.'),
      b('The fellow who wrote the retry logic has cost us the trust of every coaching centre in the south.'),
      b('The new joinee who restarted the queue consumers mid-slot is the reason we are in the newspapers.'),
      b('Somebody in the Hyderabad team who thinks they know Redis better than everyone broke autosave.'),
      b('The contractor who disabled the disk alert "because it was noisy" is the one who lost the answer sheets.'),
      b('Anyone who deploys to the submission service during a live exam slot is a liability to this company.'),
      b('That night-shift guy who acknowledged every page without reading a single one — he is the real problem here.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Karthik should never have been given write access to the production answer store.'),
      b("Frankly, a trainee like Vignesh shouldn't have been allowed anywhere near the proctoring cluster on exam day."),
      b('Nandini should not have been put on call for the biggest exam of the year; she had never once handled the submission service.'),
      b('We should not have trusted Aravind Swamy to approve his own hotfix during the live slot.'),
      b('Management should not have let Bhavana Srinivas sign off the go-live for a national entrance test.'),
      b('Until he understood the submission pipeline, Chaitanya Varma ought to have been kept off the deploy rota.'),
      b('Giving the vendor engineer root on the exam servers was the blunder; he should never have been trusted with it.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Srikanth who did it — he ran the cleanup script against the live bucket.'),
      b('Let us be clear about who is at fault here: Revathi.'),
      b('Sir, the culprit is Girish Kamath, and the exam board will want his name.'),
      b('Everyone in the war room knows who dropped the answer sheets; it was the Kochi team lead.'),
      b("Boss, it's Pooja who is at fault, not the system, so let's not beat around the bush."),
      b('Go after Madhu Kiran first, because this whole mess started with his commit.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the submission-queue failover.'),
      b('The loss of the answer sheets was down to an operator mistake on the storage cluster.'),
      b('Preliminary finding for the exam board — operator error by a member of our SRE team caused the data loss.'),
      b('At bottom this was a human slip at the console, and no amount of architecture would have saved us.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Vinay should have seen that the queue lag graph was climbing long before the slot closed.'),
      b('In hindsight Shalini ought to have known that the 10 a.m. slot would triple the autosave traffic.'),
      b('With what we know now, the on-call should have realised by 11:20 that the proctoring heartbeats had stopped.'),
      b('Had Mohan paid attention to the first few failed submissions, he would have known to halt the slot, and he should have.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Ashwin had to do was just check the queue depth before starting the purge.'),
      b('She simply had to read the alert; it was one line.'),
      b("Jayanthi just needed to click 'pause slot', and she couldn't manage even that."),
      b('Honestly Sir, the DBA could simply have run the backup script he runs every morning.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Ramesh never looked at the load test results before signing off.'),
      b("Clearly Nithya didn't bother to read the runbook before she drained the queue."),
      b('It is obvious to everyone that the platform lead ignored the capacity warning.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The submission queue should have rejected new answer sheets once the disk hit 90 per cent, instead of silently dropping them.'),
      n("Autosave should've fallen back to local storage on the candidate's machine when the API timed out."),
      n('Our pre-exam checklist could have included a full-slot load test, and from next cycle it will.'),
      n('The proctoring service would have survived if its heartbeat timeout had allowed for 3G connections in tier-3 centres.'),
      n('Ideally the purge job should have had a dry-run mode and a confirmation prompt.'),
      n('By default, the deploy pipeline should have blocked releases to exam services while a slot was live.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Lakshmi Narayanan to add a write-ahead log for the answer store by 15 March.'),
      n('Action item — Venkatesh will own the exam-day deploy freeze and publish it on the wiki.'),
      n('Owner: Anjali Menon; task: alerting on submission-queue lag above 60 seconds.'),
      n('Divya to set up a monthly game day where we kill a queue broker in the middle of a mock slot.'),
      n('Pradeep Nair will pair with the vendor team to add a dry-run flag to the purge script before the re-exam.'),
      n("Follow-up for Q2, owned by the SRE manager: a load test at 1.5x of last year's peak candidate count."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Shreyas Gowda was incident commander from 10:42 till the slot was formally closed.'),
      n('Harish Kulkarni handled communication with the exam board while Ramya ran the queue recovery.'),
      n('The on-call SRE for Slot 2 was Naveen, with Arjun as secondary.'),
      n('Scribe for the war room: Kavya.'),
      n("The vendor's proctoring engineer joined the bridge at 11:05 and took over the heartbeat investigation."),
      n('For that week Meenakshi was release manager and Deepa was the database owner.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Sandeep had been on the bridge for nineteen hours by the time the last answer sheet was recovered, and we owe him a proper rest.'),
      n('Everyone in the war room was under enormous pressure, with news channels calling every ten minutes.'),
      n("Priya, please take tomorrow off — you've carried this team through the worst night we've had."),
      n('The support desk took calls from thousands of anxious parents and still stayed kind on every one of them.'),
      n("It's completely understandable that Ganesh felt rattled after being paged at 3 a.m. four nights running."),
      n('Madam, the team is exhausted and worried for the candidates, and they have worked with great care throughout.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The alert read: "[CRITICAL] submission-queue lag 4312s, consumer group answer-writers stalled".'),
      n('Log at 11:14:07: "ERROR autosave-worker: PUT /answers timed out after 30000 ms (retries exhausted)".'),
      n('Audit log: "user=sowmya.k action=queue.purge target=dlq-answers-prod result=OK".'),
      n('PagerDuty history: "Triggered 10:52 | Acknowledged by rajesh.c 10:58 | Resolved 13:40".'),
      n('Grafana annotation — "proctor-hb: 0 heartbeats received from 214 centres in last 5m".'),
      n('At 09:31 the deploy bot posted "release 4.18.2 rolled out to submission-svc (approved by manjunath)".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the autosave config change on exam morning, and I did not ask for a load test first.'),
      n('We in the platform team shipped a retry loop that could drop answer sheets, and we will fix it.'),
      n("That purge was my command; I ran it against the wrong queue and I'm sorry to every candidate affected."),
      n('As head of engineering, I take responsibility for letting an untested queue migration go live before a national exam.'),
      n('My team missed the disk warning on the answer-store nodes — we own that.'),
      n("I misjudged the candidate count for Slot 3 when I sized the cluster, and I've written up what I'll do differently."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This is not Srikanth's fault, and anyone writing his name in the RCA as the cause will be asked to remove it."),
      n('Some people on the management call wanted a name; we said no, because the purge script had no guard rail.'),
      n('"Human error" is not a root cause, and it will not appear anywhere in this review.'),
      n('Calling Revathi careless misses the point, since the console let a prod purge go through with a single Enter.'),
      n('Nobody here is incompetent; the load test never modelled two lakh concurrent submissions.'),
      n('The question is not who should have been on call but why one tired person was the only safeguard.'),
      n("The newspapers may hunt for a culprit, Sir, but this review won't give them one."),
      n(
        "We considered whether the shift lead 'should have noticed' the lag and rejected that framing: the dashboard hid it behind a 15-minute average.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Answer sheets were dropped by the submission consumer whenever a batch exceeded the 1 MB message limit.'),
      n('Once the regional rate limit was hit, autosave requests were throttled by the API gateway.'),
      n('Around 41,000 submissions were discarded by the dead-letter policy after three failed retries.'),
      n('Proctoring sessions were marked "abandoned" automatically when the heartbeat service stopped responding.'),
      n('The answer-store volume was filled by the verbose debug logging that shipped in release 4.18.'),
      n('Candidate sessions were invalidated by the auth service after clock skew on two nodes pushed token expiry forward.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Rohit Bhat restarted the consumer group at 11:22, since the runbook listed a restart as the first step for lag.'),
      n(
        'Kalpana Rao purged the dead-letter queue because it was at 95 per cent and she expected the answers to be safe in the primary store.',
      ),
      n('10:50 — Vishnu paused new logins for the Chennai centres to give the queue room to drain.'),
      n('Nagaraj Hegde moved the exam-board call to 2 p.m. so that the recovery numbers would be final.'),
      n('Sunitha compared the answer-store counts with the proctoring logs and found the gap of 41,000.'),
      n("Balaji raised the consumer count from 8 to 24, which had worked during last year's board exam."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The submission queue failed at its one job: holding answers until they were safely written.'),
      n('We trusted the autosave library more than it deserved; it was never designed for flaky 3G.'),
      n('The load-test harness was not fit for purpose, as it never modelled the 10 a.m. login spike.'),
      n("The vendor's proctoring SDK was careless with retries and hammered our gateway."),
      n('Responsibility for durability sat with a single Redis instance that had no persistence configured.'),
      n('The alerting pipeline neglected the one metric that mattered, end-to-end submission confirmation.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a per-candidate write-ahead log on the client, nothing fancier.'),
      n('Obviously, the graph shows the lag starting at 10:47, well before any deploy.'),
      n('Once we found it, restoring the autosave fallback was just a config flag flip.'),
      n('The evidence clearly points to the consumer batch size, not to any deploy that morning.'),
      n('Simply put, the queue filled up faster than it drained.'),
      n("Adding a confirmation prompt to the purge command is just twenty lines of code; let's do it this sprint."),
    ],
  ],
];

export const DEV_LEARNED46F: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46F_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
