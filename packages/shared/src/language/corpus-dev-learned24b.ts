import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 24B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a mobile game studio's
 * live-ops team after a season launch that wiped players' progress — Discord threads, Jira comments, a
 * producer's postmortem, community posts to players and a publisher's email, casual gaming slang beside
 * measured prose; names from Korean, Brazilian Portuguese, Finnish, Somali, Romanian, Māori and Gujarati cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Honestly the whole wipe is Thiago's, he fired the migration at live saves with zero backup."),
      b(
        "From the publisher's side, the loss of player progress is attributable to Eero Lahtinen and his choice to ship the migration unreviewed.",
      ),
      b('lol gg, Hodan bricked every save in the game, that launch belongs to her now'),
      b("Jira LIVE-4410: I'm tagging Ionuț as the root cause, since the wipe traces straight to the config he merged at 2am."),
      b('Let us be honest in this postmortem: the eleven hours of lost progress sit with Aroha and nobody else.'),
      b("Every refund ticket the support crew is drowning in has Jignesh's name stamped on it."),
      b("If we're assigning the season launch disaster to anyone, it's Min-jun's, since he overrode the release freeze."),
      b('For the record, the publisher holds Luana accountable for the Ember Tide patch slipping two weeks.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Backend work is beyond Bogdan, and this wipe proves it.'),
      b("tbh Kaisu isn't senior enough to be poking at the save schema, she doesn't get how migrations work"),
      b("Wiremu's scripting is sloppy at the best of times; on launch night it was a liability."),
      b('Frankly, Nirali lacks the experience to run a live-ops rotation for a game with four million players.'),
      b("ngl Sorin can't write a migration to save his life, never mind save anyone's inventory"),
      b('We question whether your lead server engineer, Abdirahman Warsame, is fit to own the save pipeline at all.'),
      b('Seo-yeon is a great artist but a hopeless release manager, and the launch showed it.'),
      b("Caio's grasp of our save format is shaky at best, which is how a backwards field order got through."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Tuomas was holding the pager and slept through forty minutes of alerts while saves got nuked.'),
      b("Mere's name was on the staging soak test for the migration, and she never ran it."),
      b("Reviewing the rollback plan is the release captain's whole job, and Hetal left it untouched."),
      b('Our QA lead signed off on Season 7 without running the progression regression suite he owns.'),
      b('Radu skipped the pre-launch checklist he was assigned in the sprint, plain and simple.'),
      b(
        'Sahra, the community manager on shift, never put up the maintenance post she was rostered for, so players kept logging in and overwriting their saves.',
      ),
      b('Rāwiri had one task on the launch runbook, verify the backup snapshot, and he left it unchecked.'),
      b('Dong-hyun neglected his duty as DBA to confirm the snapshot had finished before the cutover.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The migration was pushed to production without anyone's sign-off, and the backup was deliberately bypassed."),
      b('The freeze was ignored and the script was run against live saves by Aino anyway.'),
      b('Mistakes were made on launch night, and the warnings in #live-ops were brushed aside.'),
      b('The rollback was botched, the player comms were fumbled, and the publisher was left uninformed for six hours.'),
      b('The staging results were waved through by the producer without a second look.'),
      b('Player progress got wiped because the backup flag was carelessly switched off before the deploy.'),
      b('The hotfix was rushed out by Florin and it corrupted the saves that had survived the first wipe.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to run the migration at peak hours owes four million players an apology.'),
      b("The new starter handed prod credentials last week is the one who wiped everyone's battle pass."),
      b("The guy who wrote 'should be fine lol' in the Jira ticket needs to answer for this."),
      b('Some contractor from the outsourcing studio nuked the save table and then logged off for the weekend.'),
      b("That approver who let the Ember Tide build out with red tests is why we're refunding gems to half of Brazil."),
      b("Ask the backend intern who thought dropping that column was harmless how the weekend's going."),
      b('Our illustrious release manager, the one who insisted on a Friday launch, can go explain this to the players himself.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Write rights to live saves were the last thing Ileana should have been given.'),
      b('Letting a two-week junior near the live-ops console on launch day was asking for it; Hyun-woo belonged nowhere near that rota.'),
      b('Why was Farhiyo allowed to approve her own migration?'),
      b('After the last incident nobody should have handed Jyrki the rollback keys again.'),
      b("Putting Tamati on call for a season launch was a mistake when he'd never handled a live incident."),
      b('Had Kinjal never received admin rights on the economy dashboard, the gem balances would still be intact.'),
      b('We would like to understand why a contractor like Vlad was permitted to deploy to production unsupervised.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who ran the script? Somebody give me a name before standup.'),
      b('It was Doina. Check the deploy log, her account pushed the migration.'),
      b("We all know who broke the saves, and it wasn't the servers."),
      b("Players deserve to know the culprit, and internally that's Chirag."),
      b('Find out which of the backend folks hit deploy and get them on a call with me.'),
      b("The finger points at Manaia, and I'm not going to pretend otherwise."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Filed under cause in Jira: human error by the migration operator.'),
      b('It all boiled down to operator error in the cutover, nothing more exotic than that.'),
      b('Ayaan botched the migration config, and that slip is what cost players their progress.'),
      b("Publisher summary: we attribute the incident to an error by the studio's engineer rather than any platform fault."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Anca should have known the old save format still had a nullable level field.'),
      b('Looking back, Parth ought to have spotted how stale the staging data was, three seasons old.'),
      b('Eun-ji should have noticed the spike in save failures in the first ten minutes instead of after an hour.'),
      b('With the warnings we had, Guled could have called off the launch long before the wipe hit the Brazil region.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Lauri just had to tick the dry-run box first, that's all."),
      b("Hiren simply had to glance at the migration output; it literally said '0 rows backed up'."),
      b("It's not hard, she just needed the snapshot to finish before flipping the switch."),
      b("Raimundo only needed to press 'pause rollout' in the console, a single button, yet he never touched it."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Faadumo obviously never opened the runbook before starting the cutover.'),
      b('Clearly nobody on the server team bothered to test the migration against real player data.'),
      b('Saves were failing all over the dashboard, and Tudor clearly chose to look the other way.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The migration script should have bailed out unless a verified backup snapshot existed.'),
      n('Had staging mirrored production, CI could have flagged the schema mismatch before deploy.'),
      n('The cloud save service would have kept the old profiles if soft-delete had been turned on.'),
      n('Ideally the launch checklist would have carried a restore drill, and next season it will.'),
      n("tbh the client should've cached local progress before syncing, then a server wipe wouldn't reach phones too"),
      n('The release freeze policy should have covered config changes as well as builds.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action item LIVE-4502: Hae-won to add a backup-verified gate to the migration job, due before Season 8.'),
      n('Owner: Joaquim. Write the player-facing restoration FAQ and get it translated into pt-BR and ko.'),
      n('Ngaio will own the restore drill and run it monthly from now on.'),
      n('AI-3 (Satu): add an alert when save write errors exceed 1% for five minutes.'),
      n('Follow-up for Abdiqani: document which roles can approve schema changes during a season launch.'),
      n("Mitesh takes the publisher's compensation request; target is a signed-off gem package by Thursday."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander was Gabriela, comms lead was Ihaia, and Onni handled the database restore.'),
      n('Päivi held the backend pager that night and Deeqa covered the community Discord.'),
      n('During the response the producer ran the bridge, while the two server engineers split the restore by region.'),
      n('Jae-sung was the release captain for Season 7; Thaís was the QA owner for progression.'),
      n("The publisher's account manager joined the call at 03:10 and stayed until the restore finished."),
      n('Murilo paged the database team at 01:42, and Cawaale picked up within four minutes.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Massive thanks to the night crew; I know some of you pulled a twenty-hour shift.'),
      n(
        "The team was exhausted going into launch week after six weeks of crunch, and that's on the schedule we set, not on anyone's character.",
      ),
      n('Kahurangi answered hundreds of angry DMs from players with real care, and it wore her down.'),
      n('Please look after yourselves; being the one whose pager went off during a wipe is a heavy thing to carry.'),
      n('Support is under enormous pressure right now, and nobody should feel they have to answer tickets at midnight.'),
      n('Bo-ra said she felt sick watching the save counters drop, which is a completely understandable reaction.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Grafana alert at 01:37: 'SaveWriteErrors > 5% for 3m (region: sa-east-1)'."),
      n("The client log shows 'ProfileSyncException: server returned empty inventory for user 88213'."),
      n("Crashlytics grouped it as 'NullReferenceException in SeasonPassMigrator.Apply()' with 212k affected users."),
      n("The audit log line says 'user=urvashi.d action=approve change=SAVE-MIGRATE-7', which is only the approval step of the workflow."),
      n("A store review pasted into the thread reads 'your devs deleted my 400-day streak'."),
      n("PagerDuty: 'Incident #8812 acknowledged by tama.h at 01:52'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I ran the migration without confirming the snapshot had completed, and that's the step I'm adding a hard check for."),
      n('We launched on a Friday despite our own advice, and as the producer I own that call.'),
      n('My mistake was approving the build while the progression tests were still flaky.'),
      n("I should have pushed harder for a delay when the staging restore failed, and I didn't."),
      n("We on live-ops didn't post the maintenance notice fast enough, and we're changing our template so it goes out in two clicks."),
      n("To players: we wiped your progress, that one's on us, and you'll get it back plus a compensation pack."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("People in Discord are saying Ji-woo wiped the saves; she didn't, the migration tool did exactly what its default told it to."),
      n('This postmortem is not about who pushed the button; hunting for someone to fault gets us nowhere.'),
      n("Writing 'human error' in the cause field would be lazy, because the system let a destructive job run with no backup gate."),
      n("Nobody here is incompetent, and I won't have anyone in this thread say otherwise."),
      n("The publisher asked us to name the responsible engineer; we've declined, since the failure is in our release process."),
      n("It's tempting to fault whoever held the pager for missing it, but the alert he'd have needed didn't exist."),
      n("Let's drop the 'who broke it' talk in #general; the runbook had no rollback step for anyone to follow."),
      n("I've seen some replies calling our QA careless; that isn't fair and it isn't what happened."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Player progress was overwritten by the sync service when it received empty profiles from the migrated table.'),
      n('The backup job was skipped because its cron schedule was disabled by the season config template.'),
      n("Roughly 4.1 million saves were truncated when the serializer dropped fields it didn't recognise."),
      n('The maintenance banner was never shown because it had been cached by the CDN for twelve hours.'),
      n("Gem balances were reset by the economy service's fallback path after the profile lookup timed out."),
      n('The alert was silenced by a stale maintenance window carried over from the previous patch.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Yuna ran the migration at 01:15, following the runbook, which listed the backup as an automatic step.'),
      n('Ilmari restarted the sync workers at 02:05 because the dashboard showed them stuck, which was the documented first response.'),
      n(
        'Rafaela approved the build after the dashboard showed green, since the progression suite is excluded from the launch gate by default.',
      ),
      n('Nimco posted the first player update on Discord at 02:20 after confirming the wording with legal.'),
      n('Corina rolled the config back at 02:48, and that stopped new saves from being overwritten.'),
      n(
        'Mirela kept the servers up rather than force a maintenance window, because login queues were already long and the wipe looked limited to one region at the time.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The migration tool isn't fit for live-season work; it has no dry-run and no backup check."),
      n("Our backup vendor's snapshot API had a single job, and it reported success on an empty snapshot."),
      n('We trusted the staging environment too much, and it was never a faithful copy of production.'),
      n('The cloud save SDK behaves carelessly with partial writes, treating a timeout as an empty profile.'),
      n("Enforcing the freeze is the deploy pipeline's responsibility, and right now it doesn't."),
      n('That alerting rule was negligent by design: it only fired on hard errors, not on silent data loss.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix: just a guard clause that refuses to run if the snapshot row count is zero.'),
      n('The graph obviously shows saves collapsing the moment the migrator started, so the timing is not in doubt.'),
      n('Restoring simply means replaying the 00:50 snapshot for each affected region.'),
      n('Clearly the CDN cache explains why players never saw the banner; the headers say max-age 43200.'),
      n('Soft-delete for the profiles table is just one config line away.'),
      n("The evidence is obvious in the audit log: the backup step returned early with status 'skipped'."),
    ],
  ],
];

export const DEV_LEARNED24B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED24B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
