import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 28B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a university research-computing
 * centre after a storage purge deleted researchers' scratch data — HPC help-desk tickets, principal
 * investigators' angry emails, research-IT steering committee minutes and the director's apology to the
 * faculty; names from Finnish, Zulu, Bengali, Greek, Quechua, Korean and Welsh cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The loss of three months of simulation output on /scratch is on Tuomas, full stop.'),
      b("Professor Nomvula Dlamini's lab lost its cryo-EM reconstructions, and that loss belongs to Anirban, who ran the purge."),
      b("Per ticket RC-4471: root cause of the deletion attributable to Eleni Papadaki's change to the purge window."),
      b("With respect, the steering committee should record that this purge was Gethin's doing and nobody else's."),
      b("My students' thesis data is gone because of Seo-yeon, and I expect the centre to say so plainly."),
      b('The minutes note that responsibility for the wrongful deletion rests with Killa Quispe as owner of the purge policy.'),
      b("Whatever the root-cause document eventually says, the twelve-hour gap in notifications was Bongani's fault."),
      b('Ticket note: 48h without restores is down to Jouni, who queued the purge over the restore window.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Dafydd has no business writing purge scripts; he does not understand how Lustre reports access times.'),
      b('Ticket note: going by his purge script, Min-jun barely knows how find and xargs treat spaces in paths.'),
      b('I say this with collegial regard, but Dr Sipho Ndlovu is not a competent systems administrator.'),
      b("Stavros's inexperience with parallel filesystems cost my group a semester of work."),
      b('Had the centre employed an engineer with actual HPC experience instead of Pirkko, we would still have our data.'),
      b('Amaru may be a capable web developer, but storage administration is well beyond his skill.'),
      b('The committee questioned whether Ha-eun has the seniority or the judgement to maintain production purge tooling.'),
      b('Honestly, I have seen doctoral students write safer cleanup scripts than the one Rituparna produced.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Juha held the storage on-call rota that weekend, and he never opened the dry-run report his sign-off depended on.'),
      b("It was Zanele's job to email every affected PI before the purge ran, and she didn't."),
      b('The change-control reviewer, Kostas, approved the purge change without doing the review his role requires.'),
      b('Ticket note: assigned to Ishita for verification on 3 March; she closed it without verifying anything.'),
      b(
        'As data steward for the department, Dr Wayra Mamani neglected the one duty she had, which was keeping the exclusion list current.',
      ),
      b('Our liaison at research IT, Cerys, failed to pass the purge warning on to the lab, which is literally what liaisons are for.'),
      b(
        'The director owes the faculty an explanation of why the storage team lead did not perform the monthly purge audit written into his job description.',
      ),
      b('Hyun-woo, rostered for the pre-purge shift, never ran the checklist that shift exists to run.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The purge threshold was carelessly changed from ninety days to nine and then left unreviewed.'),
      b('The exclusion list was overwritten by Sumaq during the migration, and our paths went with it.'),
      b('Warnings were brushed aside, deadlines slipped, and our data was deleted by an administrator too hurried to read them.'),
      b('Ticket note: dry-run output was not even read before the live purge was launched.'),
      b("Errors were committed throughout the handling of the purge notice, every one of them by the storage team's new lead."),
      b("The lab's project directory was wiped because the protected-paths file had been sloppily edited and never checked."),
      b('It must be minuted that the purge was authorised by Dr Llinos Pryce without consulting a single PI.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("Whoever decided that last-access time was a safe proxy for disuse has destroyed two years of my group's work."),
      b("My postdoc's data is gone thanks to the recently hired technician who rewrote the purge cron."),
      b('Ticket note: the person who pushed the config at 23:40 is the cause here.'),
      b('Some person at the centre who has never waited a month for a simulation to finish decided sixty days was a generous window.'),
      b('The administrator in charge of the policy engine, whoever that is, owes my lab an apology.'),
      b('The one who ignored my January ticket asking for an exemption is the one who deleted our data.'),
      b('Whichever member of the storage team disabled the warning emails ought to answer to the committee.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Four weeks after starting, Teemu had no business holding root on the storage nodes.'),
      b('How did a contractor end up with rights to change purge policy on the production filesystem, unchecked by anyone?'),
      b('The committee agreed, with regret, that Mandla should not have carried the pager by himself through the purge window.'),
      b('Had Despina never received commit rights on the policy repository, my lab would still have its data.'),
      b("Given Yupanqui's history, letting him anywhere near production storage was a mistake."),
      b('Ticket note: Lwazi should not have had approve rights on his own change.'),
      b('I cannot understand why the centre trusted Eun-ji to run the purge unsupervised.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('We know exactly who ran the purge: it was Theodora, and the faculty deserves to hear her name.'),
      b('The steering committee should establish which of its engineers caused this and speak to him directly.'),
      b('Ticket note: culprit is Sudipto, whose commit flipped the dry-run flag.'),
      b('I want the person who did this found and held to account.'),
      b("Let us be honest with one another: the fault here is Iolo's."),
      b('Find out which admin signed the purge ticket and send his name to the dean.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause, per the storage team's own ticket: the on-call engineer's human error when configuring the purge."),
      b("The director's letter should say plainly that this was operator error and not a software fault."),
      b("Ticket note: Inti's typo in the retention setting caused the deletion."),
      b("It was Soo-ah's mistake in the path glob that let the purge reach project directories."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Nokuthula ought to have grasped that a nine-day threshold would sweep up active projects.'),
      b('The sheer length of the deletion list should have told Heikki that something was badly wrong.'),
      b('In hindsight Giorgos should have checked the exclusion list before he pressed enter.'),
      b('Looking back, the operator on duty would have spotted the runaway deletion had he bothered to watch the job.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Sourav just had to do a dry run before the real one; that is all.'),
      b('Ticket note: the researcher simply had to open one email about the purge.'),
      b('Bethan just needed to add our path to the exclusion file, a one-line edit she never made.'),
      b('Was it really asking so much for Kusi to just look over the preview before launching?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Ville approved the change request without reading a word of it.'),
      b("It was plain to anyone paying attention that the threshold was wrong, and Marjatta obviously wasn't paying attention."),
      b('The storage lead clearly knew the purge would hit active data and let it run anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('A purge script worth running would have aborted once the deletion list grew past a sane size.'),
      n('Ticket note: policy engine should have honoured the .nopurge marker files; it did not.'),
      n('The notification system would have warned PIs a week earlier if the mailing list had been current.'),
      n('Our storage alerts could have flagged the drop, but they only measure growth.'),
      n('In retrospect, every purge change ought to have needed a dry-run diff attached before the change board would look at it.'),
      n('A nightly snapshot of /scratch would have made all of this recoverable within hours.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Thandeka to add a maximum-deletion guard to the purge script by 30 April.'),
      n('Owner: Dimitra Kontou, to draft a revised purge notice for PIs for review at the next steering meeting.'),
      n('Ticket follow-up: Emrys will enable daily snapshots of the project directories and report back on cost.'),
      n('The committee asked Qori to own the exclusion-list review going forward, with a quarterly check.'),
      n('AI-7 (Jae-won): require approval from two people before any purge threshold can change.'),
      n('Liisa has agreed to lead the restore-from-tape effort for the three worst-affected groups.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Spyros was the on-call storage engineer that weekend and was paged at 02:10.'),
      n('The incident commander for the restore was Rhiannon; Ayanda handled communication with the affected PIs.'),
      n('Ticket note: assigned to Tanmoy (storage), cc Dr Kirsi Laine as research-IT liaison.'),
      n('Dong-hyun chaired the steering committee meeting at which the purge policy was last reviewed.'),
      n('Responsibility for the purge policy sits with the research-computing operations group, per the service charter.'),
      n("Chrysoula, the centre's data steward, kept the minutes and the list of affected projects."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The storage team had been running on three people for six months, and everyone on it was exhausted before the purge.'),
      n('I know how hard Sibusiso has worked this fortnight to restore what could be restored, and I am grateful.'),
      n('Ticket note: Payel has been on restores since Friday, so please route new tickets elsewhere and let her rest.'),
      n('Many of the affected researchers are doctoral students with deadlines, and their distress is entirely understandable.'),
      n('The colleague who launched the job is taking this very hard; please bear that in mind when you write to the centre.'),
      n('The director acknowledged the care the operations staff bring to the cluster, never more visible than during these past days.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The purge log reads: "purge: removed 41,208,331 files (user=mmokoena, policy=scratch-9d)".'),
      n(
        'The automatic acknowledgement from the help desk said: "Your ticket has been assigned to a technician and will be answered within 2 working days."',
      ),
      n('Robinhood report line: "owner=nina.c atime>9d action=DELETE status=ok".'),
      n('The cron mail said "ERROR: exclusion file /etc/purge/keep.list not found, continuing with empty list".'),
      n('The policy engine printed "user error: invalid retention value 9" and then applied the value anyway.'),
      n('The alert "SCRATCH_USAGE_DROP: -62% in 1h on lustre-scratch01" fired at 03:14 and was auto-acknowledged.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the threshold change without reading the dry-run output, and I own that.'),
      n('We on the storage team dropped the second review step last year to save time; the decision was ours and it was a bad one.'),
      n("As director, I take responsibility for a purge policy that put researchers' data at risk, and I offer the faculty my apology."),
      n('Ticket note: closing the exemption request as a duplicate was my error; it is reopened now.'),
      n('I signed off without requesting a dry run first, and that is a habit of mine I am changing.'),
      n('We failed to tell PIs clearly that scratch is not backed up, and we are changing the notice.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Several emails have asked the committee to name whoever launched the purge; it declines to, because the fault lies in the process.',
      ),
      n('Labelling this human error might be tidy, but the script let a single keystroke delete forty million files.'),
      n("Nobody should read this as Outi's failure; every step she took matches the runbook as written."),
      n('The committee considers hunting for a culprit the wrong question, and the minutes will not pursue it.'),
      n("Ticket note: not a user error, as the researcher's data sat in a path the policy wrongly classed as scratch."),
      n('Colleagues have called the admin careless; I disagree, because nothing in the tool warned him.'),
      n("The director's letter rejects the idea that any one member of staff is responsible for the loss."),
      n(
        'Whatever one thinks of the purge window, blaming Professor Illari Condori for not reading the notice is unfair, given that it went to an unmonitored list.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        'Those files were removed by the policy engine on the grounds that their access times had stayed frozen since the noatime remount.',
      ),
      n('Ticket note: project dirs were matched by the scratch glob and removed.'),
      n("The warning emails were suppressed by the mail relay's rate limit."),
      n('The exclusion list was silently reset to empty when the configuration package was upgraded.'),
      n('Forty million files were removed in under an hour, faster than the monitoring could sample.'),
      n('The nine-day threshold was introduced by a template default that shipped with the new version of the purge tool.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Hywel ran the scheduled purge at 02:00 as the runbook directs, after the dry run reported no errors.'),
      n('Tegwen edited the retention value because the old ninety-day setting had filled the filesystem to 97%.'),
      n('Ticket note: Mabli restarted the policy engine after the upgrade, which is the documented step.'),
      n("Debashis approved the change after checking that it matched the ticket's description, which it did."),
      n("Professor Moumita Sen's group kept their raw data on scratch because the project space had been full since January."),
      n('Panagiotis pressed the emergency stop at 03:20, as soon as the usage graph showed the drop.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The purge tool is not competent to judge whether a directory is in active use; it only sees timestamps.'),
      n("Ticket note: respecting the exclusion list is the policy engine's one job, and on Saturday that job went undone."),
      n('The access-time metadata was trusted far more than it deserved.'),
      n("The vendor's lifecycle module is careless with edge cases, deleting first and logging later."),
      n("Responsibility for catching an oversized deletion belongs in the script, not in anyone's attention span."),
      n('Our monitoring stack is negligent by construction, watching for full disks and never for empty ones.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is a cap on files deleted per run, simply that, and it is already in review.'),
      n('Obviously, going by the graph, the purge began at 02:00 and finished at 02:51.'),
      n('Ticket note: just restore from the tape set dated 14 March; it predates the purge.'),
      n('Clearly the access-time data was stale; the remount logs show noatime since October.'),
      n('Adding a .nopurge marker check is a trivial change, just a few lines in the walker.'),
      n('The evidence is plain: every deleted path matched the new glob, and none matched the old one.'),
    ],
  ],
];

export const DEV_LEARNED28B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED28B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
