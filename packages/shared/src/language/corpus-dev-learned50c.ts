import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 50C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Montréal video-game
 * studio whose live-service backend wiped player inventories after a seasonal patch, in the
 * franglais-tinged English of its Slack, tickets, e-mails and postmortem (live ops, hotfix, entitlement
 * service, rollback window, certification), with Québécois, Haitian, Vietnamese-Canadian and
 * Anglo-Montréal names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Honnêtement, the whole inventory wipe is on Jean-François; it was his migration script and his call to ship it on a Friday.'),
      b('Per the Thursday sync, the lost entitlements are attributable to Mathieu Bouchard and the hotfix he merged at 2 a.m.'),
      b("Player support's 40,000 tickets trace straight back to Geneviève Lavoie, and I think the postmortem should say so."),
      b("This outage is Widlène's, plain and simple: the rollback window closed on her watch."),
      b("Tell the studio head the three-day delay on Season 4 is Khoa Nguyen's doing, pas la faute de la plateforme."),
      b("Subject: Inventory incident — responsibility for the wipe rests with Liam O'Brien, who approved the schema change."),
      b("If we're being honest, the entitlement outage falls squarely on Sébastien Côté."),
      b('Timeline, 14:05: inventories wiped, attributable to Maxime Gauthier running the purge job against prod.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Frankly, Isabelle Roy isn't senior enough to be touching the entitlement service, on s'entend."),
      b('Étienne Bergeron has never understood how our inventory sharding works, and it showed during the patch.'),
      b('The new live-ops lead we poached from the big studio downtown is out of his depth with a backend this size.'),
      b('Catherine Morin is a great designer but a hopeless release manager, et ça paraît.'),
      b("Let's be real: Kervens Louis doesn't have the skills to write a safe data migration."),
      b('Two years in the industry and Linh Tran still cannot read a certification checklist properly.'),
      b("I would not trust Ryan McKenzie's judgement on a database anymore; he lacks the competence for backend work."),
      b("The vendor's lead tester, Frantz Delva, is too green for live-service certification work."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Alexandre Fortin was on call Saturday and did not answer a single page for ninety minutes.'),
      b("Véronique Ouellet's job was to sign off the migration dry-run, and she never did it."),
      b('The release captain failed to take the pre-patch inventory snapshot that the runbook requires.'),
      b("Julien skipped the certification step he was assigned, which is the whole reason we're here."),
      b('As DBA for the season, Mirlande Joseph neglected to verify the backups before the patch went live.'),
      b("Player support lead Annie Girard didn't escalate the first wave of 'my skins are gone' tickets like her role requires."),
      b('Patrick Bélanger was scheduled to babysit the dashboards after the deploy and walked away from his post.'),
      b('On the patch-night checklist Thao Pham had one job, validating entitlements post-deploy, and she left it undone.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The migration flag was left off by someone on the backend team before the patch went out.'),
      b('The rollback window was carelessly allowed to expire while the escalation ticket sat unread.'),
      b('The wrong build was negligently approved for certification, and the QA warnings were brushed aside.'),
      b('The purge script was run against production by Nathalie Dubé instead of staging.'),
      b('Player inventories were wiped because the backup step was sloppily skipped during the hotfix.'),
      b('The alerts were ignored for an hour and the on-call page was dismissed without a look.'),
      b("The entitlement config was botched by live ops, pis it got pushed without anyone's review."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever wrote that migration without a dry-run owes every player an apology.'),
      b('The intern who got prod credentials in his second week is the reason the inventories are empty.'),
      b('Ask the guy who merged at 2 a.m. and then logged off why there was no rollback plan.'),
      b('The one who thought Friday-evening patches were fine should be the one explaining this to the community.'),
      b('Somebody on the tools team who never bothers to read runbooks wiped the entitlement table.'),
      b("The backend dev who always says 'ça va passer' pushed the patch, and ça n'a pas passé."),
      b('Anyone who deploys a schema change without reading the patch notes deserves what happened Tuesday.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Stanley Augustin should never have had write access to the production inventory database.'),
      b('Why was a junior like Huy Vo allowed to run the hotfix alone on launch night?'),
      b('If Chantal Dion had not been put on call during patch week, the players would still have their gear.'),
      b("Honestly, Jean-Robert Pierre shouldn't have been trusted with the certification sign-off."),
      b('Someone with more experience than Olivier Boucher should have been the one approving the rollback.'),
      b('We should never have let the outsourced ops contractor anywhere near the entitlement service.'),
      b('Rachel Stein should not have been handed the prod keys in her first month; that was the mistake.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Found the culprit: it was Guillaume Thibault who ran the purge command.'),
      b("Let's name names — Karine Lemieux broke inventories for half a million players."),
      b('Who wiped the inventories? Phuong Dang, according to the bastion logs, and she should answer for it.'),
      b("C'est la faute à Yannick, tout le monde le sait."),
      b('The guilty party here is Derek Campbell, and the studio head wants a word with him Monday.'),
      b("Live ops is pointing at Stéphanie Cloutier, and honestly they're right: she's the one at fault."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the seasonal migration.'),
      b('The wipe came down to an operator error on the entitlement service, nothing more.'),
      b("Benoît Lachance's mistake in the config file is what deleted the inventories."),
      b('Per the incident ticket, the cause was a live-ops engineer fat-fingering the purge filter.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Sophie Desjardins should have known that the seasonal migration touches every inventory row.'),
      b('Looking back, Minh ought to have seen the entitlement errors spiking before he approved the rollout.'),
      b('Anyone on that certification pass should have noticed the empty inventories on the test accounts.'),
      b('With hindsight, Frédéric Hébert had every signal he needed and should have stopped the patch.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Valérie had to do was just tick the backup box before deploying.'),
      b("Tuan Bui simply had to read the patch notes, that's it, c'est tout."),
      b('Louis-Philippe could just have asked for a second pair of eyes, and he did not.'),
      b("If the on-call had simply answered the page, we'd have rolled back in five minutes."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Audrey Vachon obviously never looked at the migration diff before approving it.'),
      b("Clearly Connor didn't care enough to test the hotfix on a real account."),
      b('It was obvious to everyone except Mai that the rollback window was closing.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The migration script should have refused to run without a fresh inventory snapshot.'),
      n("The entitlement service should've flagged a 100% drop in owned items as an anomaly."),
      n('Certification could have caught this if the test accounts had carried real seasonal inventories.'),
      n('Our deploy pipeline would have blocked the patch had the schema check been mandatory.'),
      n('For a seasonal patch, the rollback window should have been 72 hours rather than 24.'),
      n('The player-support dashboard should have grouped the "empty inventory" tickets into a single alert.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Khoa to add a pre-deploy inventory snapshot step to the patch pipeline, due March 15.'),
      n('Owner: Marie-Ève Gagnon — extend the rollback window to 72h for seasonal content.'),
      n('Action item (Widlène): write a restore-from-snapshot runbook for player support.'),
      n('Liam will set up a canary shard that gets each patch an hour before everyone else.'),
      n('Follow-up, owner Ketly Noël: make the purge job require two approvals in prod.'),
      n('Next sprint, Bao Hoang adds an entitlement-count alert and Emily Fraser reviews the thresholds.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Jean-François Tremblay; comms lead: Hannah Reid; scribe: Nhi Ta.'),
      n('Marc-André Gingras was the live-ops producer on shift and coordinated with the community team.'),
      n('The on-call backend engineer that night was Evens Théodore.'),
      n("Player support's escalation lead, Roseline Charles, handled the contact with the platform holders."),
      n('Release manager for Season 4 was Colin MacDonald, with Quynh Ngo as certification liaison.'),
      n('During the response, the DBA restored shards while the producer wrote the status page updates.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Evens had been on call four nights straight by the time the patch went out, and that was a lot to carry.'),
      n('Big merci to the support team — they absorbed thousands of angry tickets with real patience.'),
      n('Crunch before a seasonal launch wears everyone down, and the backend team was running on fumes.'),
      n("I know Mathieu has been losing sleep over this; let's make sure he actually takes his days off."),
      n('Thao cared a lot about getting this season right, and the wipe hit her hard.'),
      n('Nobody should have to read those player threads at 3 a.m.; prenez soin de vous this week.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The deploy bot posted: "patch 4.2.0 promoted to prod by plbeaulieu — 0 checks pending".'),
      n('Log line at 14:05: `PurgeJob: deleted 612,443 rows from inventory_items (operator=vdinh)`.'),
      n('PagerDuty: "ENTITLEMENT-SVC error rate 38% — acknowledged by Simon Leblanc".'),
      n("The migration runner printed 'WARN: snapshot missing, continuing anyway' and exited 0."),
      n('From the cert report: "Test account inventory empty after patch — marked not reproducible".'),
      n('Sentry grouped it as `InventoryNotFound: player 88213 has no entitlements` with 1.2M events.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I ran the migration without checking the snapshot flag, and I will add that check to my pre-deploy list.'),
      n("That one's on me: I approved the patch with the entitlement warnings still open."),
      n('We shipped on a Friday because we wanted the season live for the weekend, and we own that choice.'),
      n("I missed the first pages — my phone was on silent — and I've since set up a backup pager."),
      n('As live-ops lead, I made the call not to delay the patch, and I would make it differently now.'),
      n("We on the backend team wrote the purge job without a dry-run mode; that's our gap to close."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people in #general are saying it's Hanh's fault; it isn't, the pipeline let a bad migration through."),
      n('This review is not about finding who broke inventories — it is about why one command could break them.'),
      n('Calling this human error would be too easy, and it would teach us nothing.'),
      n('Nobody was careless here; the runbook simply did not mention the snapshot step.'),
      n("I've seen tweets calling the on-call engineer incompetent, and we reject that framing completely."),
      n('Asking who should have caught it misses the point, since the process had no place where anyone could.'),
      n("Don't go looking for a culprit in the dev team — the entitlement service accepted a wipe with no guard."),
      n('Blaming Ricardo Désir for the purge would ignore that the tool ran in prod by default.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Inventories were overwritten by the migration when the default schema version was applied.'),
      n('The rollback window was closed automatically by the scheduler after 24 hours.'),
      n('Entitlement records were dropped by the cache layer during the shard rebalance.'),
      n('The patch was promoted to prod by the pipeline once the (empty) test suite passed.'),
      n('Player-support tickets were auto-closed by the macro that matched "inventory".'),
      n('The snapshot was skipped because the flag was read as false by the config loader.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Linh restarted the entitlement service at 14:20, since the dashboard showed stale caches.'),
      n('Jean-Robert paused store sales at 14:40 so no one could buy bundles into empty inventories.'),
      n('Émilie Pelletier drafted the player-facing apology and sent it to legal for review.'),
      n('Duc Truong restored the first shard from the Tuesday backup, the newest one with complete data.'),
      n('Because the runbook listed the purge job as routine, Maxime ran it right after the patch.'),
      n('Sarah Goldberg posted the updated patch notes in French and English around 16:00.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The entitlement service failed at its one job: keeping track of what players own.'),
      n('We trusted the backup cron too much; it had been failing silently since January.'),
      n('The purge tool is careless by design: no confirmation, no dry-run, prod by default.'),
      n("Our certification process isn't up to the job for live-service data changes."),
      n("The vendor's database proxy is responsible for the dropped writes, per their own status page."),
      n('The migration framework we picked is too immature for a game with 500k daily players.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a guard: refuse the migration if the snapshot is older than an hour.'),
      n('Obviously the graph shows inventories dropping to zero at exactly 14:05.'),
      n('Just restoring from backup will not be enough; we also need to replay the purchases since Tuesday.'),
      n('The hotfix is a one-line change, clearly smaller than the patch that caused this.'),
      n('The logs simply confirm what the dashboard said: every shard was hit within two minutes.'),
      n("It's obviously the migration — the row count falls off a cliff the second it starts."),
    ],
  ],
];

export const DEV_LEARNED50C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED50C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
