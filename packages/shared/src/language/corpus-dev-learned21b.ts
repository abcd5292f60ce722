import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 21B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a university research-computing
 * team after a cluster and storage outage that lost researchers' jobs — mailing-list posts to users, ticket
 * comments, a terse sysadmin chat channel and an academic committee report, some by doctoral students writing
 * English as a second language; names from Mandarin Chinese, Igbo, Romanian, Kannada, Chilean Spanish, Welsh
 * and Kyrgyz cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'The loss of three weeks of simulation output on the scratch filesystem is down to Bogdan, who started the purge against the wrong mount.',
      ),
      b('Honestly this outage is on Ngozi, she put the metadata server reboot in the middle of thesis deadline week.'),
      b(
        "The committee finds that the extended downtime is attributable to Dr Rhys Pritchard's decision to defer the controller firmware work for a second term.",
      ),
      b("for the record the lost GPU jobs are Aibek's fault, not slurm's"),
      b(
        'Sorry to say but the failure of my chapter experiments is because of Shreyas, he was changing storage config without telling to anyone.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly Gwilym lacks the experience for solo work on the Lustre metadata targets.'),
      b('With respect, Dr Ionescu does not have the storage background to run a parallel filesystem for four hundred users.'),
      b('tbh Jiahui has no clue about anything below the scheduler layer'),
      b('The panel doubts whether the current systems lead, Mr Kanat Osmonov, has the seniority that an upgrade of this scale demands.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Nnamdi was the storage on-call that weekend and never acknowledged the three pages about the degraded OST.'),
      b(
        'Professor Eluned Morgan, the change board member assigned to scrutinise the maintenance plan, put her name to it without reading past the first page.',
      ),
      b('Kavya was responsible for checking the backup reports every Monday and had not opened one of them since March.'),
      b(
        'As research computing liaison for our department Matías was supposed to forward the maintenance notice to the groups, and he did not do it.',
      ),
      b('The ticket triager on duty, Almaz, left my P1 ticket about vanished files unassigned for fourteen hours.'),
      b('our lab data steward Chiamaka was meant to keep the off-cluster copy current, and for two months she never refreshed it'),
      b('The weekend rota had Radu on first-line support, and he switched his phone off instead of arranging cover.'),
      b("Logging the failing disk with the supplier was the vendor liaison's task, and Ainura never raised it."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The change to the scratch purge policy was merged by Ionuț on a Friday evening without a second reviewer.'),
      b(
        'The firmware was pushed to all sixteen storage nodes at once, against the runbook, and the person behind it is still keeping quiet.',
      ),
      b('The maintenance plan was signed by the head of research computing, who never read the rollback section.'),
      b('My ticket got closed by helpdesk staff while nobody had yet checked whether the files were really restored.'),
      b('The new quota policy got deployed at eleven in the morning by someone who had been told to wait for the window.'),
      b('Maintenance mode on the metadata server had been left on by the previous shift, with no handover at all.'),
      b('The reboot was approved by Dr Owain Hughes in a chat message, with no glance at the job queue, at two on a weekday afternoon.'),
      b(
        'The new storage controller was rolled out to production by the infrastructure group a full week before their own testing had finished.',
      ),
      b('The scratch cleanup was kicked off by hand, by a sysadmin who never bothered with the dry run the procedure requires.'),
      b('The warning email from the vendor was read and then filed away by the duty engineer, which is why the second array was lost.'),
      b('ugh, snapshots were switched off for the tests and whoever did it never turned them on again'),
      b(
        'The outage notice reached users only after their jobs had died, because its sending was delayed by Cholpon, who wanted to reword it.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever ran rm -rf on the shared project directory owes forty research groups an apology.'),
      b('The new sysadmin who started in August is the one who took down the metadata service.'),
      b('The person who decided a Friday afternoon was a good moment for a firmware upgrade has cost my lab a month.'),
      b('the guy from physics who keeps submitting ten-thousand-job arrays is the reason the scheduler fell over, again'),
      b('Whichever admin silenced the disk alerts last spring is the reason nobody saw the array degrading.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('A first-year PhD student like Uchenna should never have had sudo on the login nodes.'),
      b('Bakyt was two weeks into the job; nobody should have handed him the out-of-hours pager.'),
      b('In my opinion the summer intern must not be allowed for approving changes on the storage cluster, this is how it happened.'),
      b('The committee considers it improper that Dr Florin Popescu was allowed to authorise a change request he had written himself.'),
      b('nobody should have let Javiera anywhere near the production scheduler config after the last time'),
      b("The vendor's field engineer should have been supervised, not handed the root password to our storage controllers."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("who ran the purge? Chukwuemeka. it's right there in the shell history"),
      b('It was Sorin who pulled the wrong disk out of the array, plain and simple.'),
      b('Before this ticket is closed, somebody needs to tell me who changed the quota settings so I can speak with that person.'),
      b("Meiling's commit to the Ansible repository is what wiped the mount options on every compute node."),
      b('pointing at Dafydd here, his cron job is what filled up the metadata target'),
      b(
        'The research office has asked us to identify which member of staff authorised the shutdown so that it can be taken up with that person.',
      ),
      b('If you want a name for the lost jobs, the name is Temirlan.'),
      b('Can we all agree that the culprit is Ilinca and move on to the fix?'),
      b('Girish did it. I watched him type the command into the storage console.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error during the controller replacement caused the storage outage.'),
      b('This was operator error, full stop; the hardware was fine.'),
      b('The failure is originating from a mistake of Obinna when he was editing the exports file.'),
      b("The panel concludes the data loss resulted from an administrator's error in sequencing the failover."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Cerys should have known a full rebuild would saturate the metadata server during term.'),
      b('The SMART data that week showed the disks were dying, and Andreea, who read it every day, should have spotted it.'),
      b('With hindsight, Zhiyuan ought to have seen from the inode graph that the purge was deleting live data.'),
      b('He had the vendor advisory in his inbox for six weeks; Nurlan should have read it and acted on it.'),
      b(
        'The committee notes that the systems manager could have anticipated the power work, since Estates had circulated the dates in May.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Pavithra could just have glanced at the maintenance calendar before rebooting, that is all.'),
      b('He simply never read the runbook, and it is two pages long.'),
      b('It is not hard, Bethan only needed to wait until the jobs had drained.'),
      b('Honestly, Vicente could have just looked at the queue; it takes five seconds.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Constanza did not test the new mount options before pushing them to every node.'),
      b('The admin team obviously never checked whether the backups could be restored.'),
      b("Clearly Azamat didn't read the warning in the upgrade notes, which is printed in bold at the top."),
      b('As is obvious to anyone reading the timeline, Dr Iolo Jenkins ignored the first alert.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The scheduler should have refused new jobs once scratch went read-only, instead of letting them start and fail.'),
      n('The purge script could have defaulted to dry-run mode; that one flag would have saved most of the data.'),
      n('In our view the backup system should have complained after the first missed snapshot, not after the fifth.'),
      n('ideally the controller would have switched to the second path by itself'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Chinedu will change the purge script so dry-run is its default mode, due 30 November.'),
      n('AI-7 (owner: Sahana Gowda): document the restore procedure for project directories and test it every quarter.'),
      n('The committee asks that Dr Gethin Price lead the work to separate scratch from project storage before next term.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Aizada was the storage on-call during the incident and Manjunath acted as incident commander.'),
      n('Ignacio handled user communications on the mailing list while the rest of the team worked on the metadata server.'),
      n('The ticket went to the second-line queue, where Ifeoma picked it up on Sunday morning.'),
      n('roles on the night: Xiaoming on the scheduler, Siân on storage, Bermet keeping the status page updated'),
      n('Professor Trinidad Soto chaired the review committee, and two doctoral student representatives sat on it.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge thanks to Oluchi, who kept working until five in the morning and came back after two hours of sleep.'),
      n('Kelechi, I know you were exhausted when you were paging the vendor, please take tomorrow off.'),
      n('We recognise that Hao carried the storage rota alone for most of the month, a load no one should carry.'),
      n('The committee wishes to record its gratitude to Angharad Rees, who worked through two nights to recover what could be recovered.'),
      n('ty Elnura, that was a brutal shift and you kept the channel calm the whole time'),
      n('Nagaraj answered tickets from angry users for eleven hours straight, with great patience.'),
      n('Please be kind to Benjamín on the list; he has been under enormous pressure while restoring the genomics projects.'),
      n(
        'Fernanda was still on the phone with the vendor at 3am and says it was the hardest night of her career; she has our full support.',
      ),
      n("Meerim missed her own conference deadline because she spent the weekend restoring other people's data, thank you Meerim."),
      n(
        'It must have been awful for Li Wei, watching the rebuild counter go backwards at four in the morning while the list filled with complaints.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The audit log shows: user=gphillips cmd="lfs setstripe -c 1 /scratch" at 16:42 on the Friday.'),
      n('Slurm reported "JobState=NODE_FAIL Reason=NodeDown user=ebere.okafor" for all 212 jobs in the partition.'),
      n('The alert text was: "CRITICAL: OST0007 degraded, operator intervention required".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the maintenance window without checking the conference calendar, and I will check it from now on.'),
      n('My mistake, sorry: I ran the rebalance on the live pool instead of the test pool.'),
      n('we pushed the firmware to all nodes at once; that was our call and it was the wrong one'),
      n('As head of service I signed off the plan, so the responsibility for the missing rollback section is mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This was not Mihai’s fault; the purge script he ran had been deleting live data on the test system too and nobody had noticed.'),
      n('Before anyone on this list starts asking who to blame: the controller failed in a way the vendor had never documented.'),
      n(
        'The logs show the disks failed twelve minutes before Cătălina typed anything, so the claim that she caused the loss does not hold.',
      ),
      n('I am not going to name the engineer who ran the command, and I would ask users to stop asking.'),
      n('Correction to Professor Araya’s post: Ifeanyi did not delete the project directories, the expiry policy did.'),
      n('ok, enough, stop piling on Xiaoling in this channel, the review looks at the process and not at her'),
      n('Some users have described this as carelessness by the storage team; the committee does not accept that characterisation.'),
      n('I refuse to write human error here, because the procedure asked for a manual step no one could do reliably at 3am.'),
      n(
        'Please do not blame the PhD students whose jobs filled the scratch filesystem; they used it exactly as the documentation told them.',
      ),
      n(
        'In our culture there is some wish to find the guilty person, but I think in this case nobody is guilty, it was the design of the storage.',
      ),
      n('The ticket comment calling Dr Llewellyn incompetent has been removed, because it is wrong and unhelpful.'),
      n('Yes Tudor pressed enter, but following a documented procedure is not a failure and I will not have it written up as one.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The faulty mount options were pushed to every compute node by the configuration management run at 02:00.'),
      n('The job was marked as completed by the scheduler even though its output files had never been written.'),
      n('The snapshot schedule had been left disabled by the upgrade installer, which resets it to off by default.'),
      n('The change was approved automatically because the ticket template classed firmware updates as standard changes.'),
      n('Home directories were moved over to the new storage tier by the migration tool in batches of fifty.'),
      n('The scratch files were deleted by the purge policy, which counted access time rather than modification time.'),
      n('the reboot got triggered by the watchdog when the metadata server stopped answering heartbeats'),
      n('The maintenance notice never reached about a third of users, because it was held in the moderation queue of the mailing list.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Ioana restarted the metadata service because the runbook lists that first for a hung MDS.'),
      n('Gulnara drained the GPU partition at 14:10 so that no new jobs would start on the failing storage.'),
      n('Rhodri paused the rebalance once he saw the latency graph climbing, since that had worked in the June test.'),
      n('Yuxuan emailed the vendor at 03:40 asking for a replacement controller, which was the fastest route the contract offered.'),
      n('Sebastián Reyes approved the window after checking that no deadlines were listed in the shared calendar, as the procedure asks.'),
      n(
        'Emeka replied to the first user ticket with the known-issue template, since the alert at that point looked like the usual slow I/O warning.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old RAID controller was never up to rebuilding a 16 TB disk under load.'),
      n('We trusted the backup software to tell us when a run failed, and that trust was misplaced.'),
      n('The purge script was careless with symlinks: it followed them straight into project directories.'),
      n('Responsibility for noticing a degraded array sat with a monitoring check that had silently failed for months.'),
      n("The vendor's firmware has an unreliable record on this model, and its release notes were negligent about the known bug."),
      n("slurm did its job fine; it's the storage layer that couldn't be trusted"),
      n('Our change process is incompetent at catching risky firmware updates, because it never asks for a rollback plan.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix simply makes the purge script use modification time, one line in total.'),
      n('Obviously the latency graph shows the controller cache going offline at 01:12.'),
      n('Restoring a project is just a matter of running the restore tool with the project ID, and the instructions are now on the wiki.'),
      n("it's clearly a firmware bug, the same error shows up on the vendor's forum from other sites"),
      n('We simply need a second copy of project data on different hardware.'),
      n('The quota change was only three lines, so the ticket system treated it as a standard change.'),
    ],
  ],
];

export const DEV_LEARNED21B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED21B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
