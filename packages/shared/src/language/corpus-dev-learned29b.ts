import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 29B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a video-game publisher's
 * live-services and community teams after launch-day account servers buckled and players lost progress
 * (studio Discord and Slack, community posts, producer retro notes, a platform holder's escalation email,
 * the studio head's memo), gamer slang beside management-speak; names from Finnish, Igbo, Tongan, Kazakh,
 * Sicilian, Marathi and Icelandic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The launch-day login meltdown is on Eero, full stop; he pushed the auth config at 17:58 and went to dinner.'),
      b("Retro note, no sugar-coating: forty hours of grind per player evaporated, and that traces to Ngozi's migration script."),
      b(
        'Cert flagged the title because of Viliami, and the escalation reply should say so in black and white so the platform team knows who owns the hit.',
      ),
      b('Every refund ticket in the queue tonight has Aigerim’s fingerprints on it, since she signed off the shard cap at 50k.'),
      b(
        'From the studio head: the lost progression data and the review-bombing that followed are attributable to Carmelo and nobody else.',
      ),
      b("lol gg, thanks to Sayali's hotfix half of EU got yeeted back to level 1 🙃"),
      b('The two-hour queue wall belongs to Gunnar; his call to skip the soak test is what put the account servers on the floor.'),
      b("If the platform holder asks whose fault the entitlement outage was, the answer is Tuula, and I'd rather we said so plainly."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Obinna has nowhere near the seniority for account-database work in a launch week, and it showed.'),
      b(
        'Salote is a lovely community manager but she has no grasp of how a session service works and should never be briefing players on one.',
      ),
      b(
        'We handed the persistence layer to a backend dev whose entire CV is single-player titles, and that inexperience is what wiped the saves.',
      ),
      b("Yerlan's not cut out for live ops; three years of boxed releases didn't prepare him for a day-one stampede."),
      b('Producer note: Rosalia’s squad lacks the skill to run a launch war room and we should stop pretending otherwise.'),
      b("The fact that Aniket couldn't read a connection-pool graph at 2am tells you everything about whether he's ready to be a lead."),
      b('Not to be harsh, but past the client UI Hrafnhildur is drowning, and the cloud-save mess proves it.'),
      b('Kelechi, bless him, is a junior playing at senior, and his rollback on launch night was amateur hour.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Sione held the account-services pager, and for forty minutes that page went unacknowledged while the login queue exploded.'),
      b(
        "Ifeoma owned the player-comms runbook and left the status page on 'all systems go' for three hours while people lost their characters.",
      ),
      b(
        'The release manager had one job on launch day, holding the go/no-go gate, and Nurlan waved the build through without the sign-off.',
      ),
      b(
        'Ragnheiður had the incident-commander slot on the rota, yet for the first hour she was hyping the launch stream rather than running the bridge.',
      ),
      b('QA lead Calogero never ran the save-migration regression pass that his own test plan assigned to him.'),
      b('The DBA on shift, Omkar, skipped the pre-launch backup check that is literally the first line of his rota duties.'),
      b("Our platform liaison sat on the holder's capacity warning and told no one, when passing those along is what her role exists for."),
      b("Taniela's task during the ramp was eyes on the auth dashboards; she went dark on Slack until the servers were already down."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The rate limiter was switched off by Juho an hour before the doors opened.'),
      b('Player saves got overwritten because prod was hit with the migration by someone on the live team, no dry run.'),
      b('The cap on concurrent logins was fat-fingered to 5,000 instead of 500,000 during the late-night config edit.'),
      b("Player progress was thrown away by the backend crew's botched restore, and the community paid for it."),
      b("The platform holder's escalation email was ignored by the studio's duty producer through most of the night."),
      b('The soak-test results were buried in a DM by Chinwe and never made it into the launch decision.'),
      b('The known-issues warning about cloud saves was cut from the patch notes by Santuzza, so players walked into the wipe blind.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought a single Postgres primary could take launch-night traffic owes every player an apology.'),
      b('The new hire who merged the token-expiry change on a Friday is the reason nobody could log in on Saturday.'),
      b("The guy from the contractor team who 'tidied up' the save schema is why people's characters vanished."),
      b("It was the person who muted #acct-alerts 'to reduce noise' who let this blow up unseen."),
      b("Anyone who greenlit a global launch without a regional rollout shouldn't be making release decisions at this studio."),
      b('The producer who promised the platform holder 99.9% uptime without asking engineering is the one who put us in this hole.'),
      b("Some intern with prod creds dropped the sessions table, and now we're the meme of the week on r/gaming."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Mele being granted write rights to the prod player DB is something that never should have happened.'),
      b('A contractor fresh off onboarding was on the account servers on launch day, and nobody should have let him through that door.'),
      b('Putting Bauyrzhan on the launch-night pager was the wrong move; someone that new belongs in the shadow slot, not primary.'),
      b("If Vito hadn't been able to rubber-stamp his own config PR, the login cap would never have shipped."),
      b("The community team shouldn't have had admin rights on the entitlement console, and Adaeze proved exactly why."),
      b('Nobody should have trusted Snorri with the deploy keys after the beta incident, yet there he was, pushing at midnight.'),
      b(
        "Handing the outsourced support agents the 'reset progress' button was a terrible call; those people never belonged anywhere near player saves.",
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Who pushed the broken auth build? Someone get me a name ahead of the nine o'clock platform call."),
      b("It was Zhanar. She flipped the flag, and there's no point tiptoeing around that."),
      b('Which backend dev wiped the EU shard? Track them down so we can have a conversation.'),
      b("Everyone keeps saying 'the team', but the culprit here is Prathamesh, and the studio head should hear that."),
      b("The platform holder wants to know who's accountable, so let's hand them Einar and move on."),
      b("Somebody on live-ops nuked the save cache and I'm going through the audit log until I know who."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause for the platform holder: human error by an operator during the launch-day scaling change.'),
      b("Let's label it honestly: operator error, not a capacity problem."),
      b("The progress loss came down to Losana's mistake in the rollback command, which targeted the wrong region."),
      b("The studio head's memo attributes the outage to an error made by a staff member editing the matchmaking config."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Dagný should have seen the connection count climbing in the soft-launch data and raised it a week before release.'),
      b("Chukwuemeka was sitting on Tuesday's stress-test numbers; he should have read the auth collapse coming days out."),
      b("In hindsight Askar needed to call the delay the moment the queue passed 100k, and he didn't."),
      b('Looking back, the live-ops lead should have noticed the save-sync errors spiking long before the first Reddit thread.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("All Pita needed to do before the migration was run the backup script; it's one command."),
      b("She could just have skimmed the capacity doc; it's two pages."),
      b("Nnamdi could simply have glanced at the graphs before smashing deploy, and we'd all have had a quiet launch night."),
      b('It was literally just waiting for the second approval, and he yeeted it to prod solo instead.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Obviously Gaetano didn't look at the staging results, or he'd never have shipped that build."),
      b('It was clearly careless of Shubhangi to run the wipe script against the live cluster.'),
      b("Clearly not one person on backend read the platform holder's launch checklist."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n(
        'The account service should have degraded gently, queueing new sessions instead of dropping every one the moment the DB pool filled.',
      ),
      n('A guard in the deploy pipeline would have stopped a config change slashing the login cap a hundredfold.'),
      n('The save-sync client could have retried with backoff rather than overwriting local progress with an empty cloud blob.'),
      n('A canary region would have caught the auth regression long before it hit the whole player base.'),
      n("The status page should've flipped to 'degraded' by itself once login errors crossed five percent."),
      n('The migrator should have demanded a fresh player-table snapshot before touching a single row.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Eero to add a pre-launch soak test at 3x forecast concurrency, due before the DLC drop.'),
      n("Action: Ngozi owns writing the save-migration rollback runbook; review at next Thursday's retro."),
      n('Follow-up for Kaisu: set up automated hourly snapshots of the progression DB, target end of sprint.'),
      n('Owner: Uchenna (platform liaison) to agree a capacity-warning escalation path with the platform holder by the 14th.'),
      n('TODO @Lavinia: draft the player compensation post (XP boost plus a cosmetic) and run it past legal before Friday.'),
      n('Arman will pair with the SRE crew to put a second-approver gate on prod config changes; ticket LIVE-482.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Heikki was incident commander from 18:20 to 23:00, and Chiamaka took over the bridge for the overnight shift.'),
      n('During the outage Saule ran comms with the platform holder while Nunzio handled the Discord announcements.'),
      n('The on-call DBA for launch night was Gauri; the secondary was Bjarki.'),
      n('Community manager Ana Tupou posted the progress-loss acknowledgement at 20:05 on all socials.'),
      n('Our producer, Ikenna, kept the timeline doc while the backend folks worked through the restore.'),
      n('For the record, Sitani was scribe and Concetta was liaison to customer support.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge respect to the support crew who answered angry DMs for eleven hours straight; please take tomorrow off.'),
      n("Tevita had been awake since 5am for the launch stream, and I'm worried about how wrung out everyone on live-ops is."),
      n('The CM team took a flood of abuse from players who lost their saves, and that weight should never have landed on them.'),
      n('I know the backend folks feel awful about the lost progress; they care about these players as much as anyone.'),
      n("Kanat has carried the account-service pager through three straight launches, and that's too heavy for one person."),
      n('Please look after each other this week: launch crunch plus a public meltdown is brutal, and burnout is real.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("PagerDuty fired 'acct-auth-p1: login success rate < 40% (triggered by user svc-deploy)' at 18:03."),
      n("The audit log shows 'config.update max_concurrent_sessions=5000 by user juho.k' at 17:58 UTC."),
      n("Grafana annotation at 18:11: 'DB pool exhausted (500/500), rejecting new connections'."),
      n(
        "The client error players screenshotted was 'ERR_SAVE_SYNC_409: remote profile newer than local, overwriting', and it's now pinned in #known-issues.",
      ),
      n("Jenkins output: 'Deploy approved by: pirkko.l; second approver: (none)'."),
      n("The platform holder's automated notice read 'Title 41207 entitlement service failing health checks; escalation level 2'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the shard cap without asking for soak-test numbers, and that's mine to own."),
      n("We skipped the regional rollout to hit the marketing date; that was our call as leadership and I'll carry it."),
      n("The hotfix that rolled back EU saves was mine, and I'll be writing up what I'm changing in my deploy checklist."),
      n("Speaking as studio head: I set a launch date the servers weren't ready for, and that sits with me, not with the teams."),
      n("My mistake: I pinned the wrong 'all clear' message in #announcements while the restore was still running."),
      n("We on the community team under-communicated for the first two hours, and we'll fix that with pre-written outage templates."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This isn’t on Veikko; his config change cleared every gate we had, and the gates were the gap.'),
      n("People on Discord want the backend dev fired; we don't run retros that way, and it won't fix anything."),
      n("The draft keeps reaching for 'human error', but that framing hides the missing guardrail, so I'm striking it."),
      n("We're not in the business of finding a culprit; the real question is how one command managed to wipe a region."),
      n("It's tempting to say Mrunal should have spotted it, yet the alert she'd have needed never existed."),
      n('The platform holder asked who was responsible; we answered with the timeline and the contributing factors, not a name.'),
      n(
        'Blaming the new hire is the easy answer and the wrong one: prod let an unreviewed migration through, and that is the real failure.',
      ),
      n("Let's drop the 'who screwed up' thread in #live-ops; it's a question about people, and our problem was capacity planning."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Player saves got clobbered by the sync service whenever it treated an empty cloud profile as the newer copy.'),
      n('New logins were rejected by the auth gateway once the session table hit its row-lock limit.'),
      n('The backup job was silently skipped by the scheduler because its cron expression was still in the old timezone.'),
      n('Around 40k accounts were locked out by the anti-cheat heuristics, which read the reconnect storm as credential stuffing.'),
      n("The capacity warning was swallowed by the mail filter and landed in a shared inbox's spam folder."),
      n('Progress earned after 18:00 was discarded by the restore process, which only replays writes up to the last full snapshot.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Sölvi restarted the auth pods at 18:25, since step one of the stuck-session runbook says to, and it bought about ten minutes.'),
      n('Amarachi raised the login queue cap to 200k after checking that the DB had headroom, which matched the soak test.'),
      n("Dinara paused the in-game store at 19:10 so players wouldn't buy items that might vanish in a rollback."),
      n('Guðrún chose to restore from the 16:00 snapshot since it was the newest one that had passed verification.'),
      n(
        'Rosario posted in #launch that he was pausing the second wave of keys, reasoning that fresh accounts would add pressure on the auth tier.',
      ),
      n('Madhura ran the migration at 17:40 as scheduled in the release plan, with the staging dry-run results attached to the ticket.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Our session service is incompetent at reconnect storms; it was designed for steady-state traffic.'),
      n('The save-sync library had one job, never overwriting a newer local file with an older remote one, and it blew it.'),
      n("We trusted the vendor's autoscaler with launch-day capacity, and the product wasn't fit for that responsibility."),
      n('The pre-launch checklist was careless about rollback, with no step for verifying snapshots.'),
      n('The rate limiter neglected its duty the moment traffic arrived over IPv6, letting the flood straight through.'),
      n('Our monitoring is too immature for a live-service title; it never learned to watch the login funnel.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix simply bumps the pool size in one line, followed by a restart of the auth tier.'),
      n('Obviously the cliff on the graph lands at 18:02, exactly when the session table hit its limit.'),
      n('The traces clearly put the sync conflict handler in the frame, not the database itself.'),
      n("Simply re-enabling the snapshot job won't be enough; we also need restore drills."),
      n("It's obviously a bigger change than it looks, since the save schema touches every platform build."),
      n('Rolling the cap back is simple; rebuilding trust with players who lost sixty hours is not.'),
    ],
  ],
];

export const DEV_LEARNED29B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED29B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
