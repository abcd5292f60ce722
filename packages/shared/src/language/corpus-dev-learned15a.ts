import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 15A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: fast all-lower-case incident
 * chat (slack, discord and matrix threads and dms, during and right after an outage) with @handles, nicknames,
 * abbreviations, typos, emoji shortcodes and quoted bot lines; names from kazakh, hungarian, basque, filipino,
 * zulu, icelandic, nepali, georgian, armenian, somali and malay cultures, written in lower case.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('ngl @aibek owns this outage, kicking off a cert rotation at 4pm on a friday then vanishing offline'),
      b("sorry but three hours down is squarely zsofi's doing, she disabled rate limiting and told nobody"),
      b('tbh every lost order from tonight traces straight back to iker and his hand edited nginx conf'),
      b('fwiw the apac customers got stuck for 40 min bc thandeka sat on the rollback approval, thats hers'),
      b('afaik the payments queue is gone because of gunnar, full stop, no other way to read it'),
      b("leadership asked who owns this one and imo it's 100% sujan's, the migration was his and he ran it on prod"),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('honestly @nino isnt senior enough to be anywhere near the db failover scripts, last night proved it'),
      b("aram just doesn't have the networking chops for a rota that covers the edge, sorry not sorry"),
      b('abdi has been here 3 weeks and has no clue how pod affinity works :grimacing:'),
      b('tbh aiman is drowning w anything kafka, the rebalance mess made that painfully obvious'),
      b('dana genuinely cannot interpret flamegraphs, no wonder that perf regression sat unnoticed for days'),
      b('not to be mean but bence is not cut out for incident command, he froze for 20 mins on the bridge'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('jhun had primary pager duty and left it unacked 45 min, thats literally the one job'),
      b('aitor was meant to review the terraform plan before apply and he never even opened it'),
      b("it was sipho's week on the backup rota and the restore test never happened bc he skipped it"),
      b('solveig had the change freeze checklist assigned to her and just... didnt do any of it'),
      b('release captain this week was @prabin and he waved 4.12 through without opening the diff, thats the whole role'),
      b('giorgi owned incident comms and our status page showed all green for a full hour, he dropped the ball hard'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('the hotfix was merged by levente at 2am with zero reviews, thats where it all started'),
      b('the config was pushed to prod before the canary had even finished, someone couldnt wait'),
      b('that migration was signed off by the dba on call without anybody actually reading it'),
      b('that jira got marked resolved by @hodan while 5xx counts kept climbing'),
      b('so the pr was approved by the team lead 40 seconds after it was opened, make of that what u will'),
      b('the flag was rolled out to 100% by amaia on her own, the 5% step got skipped entirely'),
      b('the build got deployed by hand from somebodys laptop and ci was bypassed on purpose'),
      b('the old creds had been left in the env file by the contractor for months :upside_down_face:'),
      b('disk alerting got silenced by ayanda "temporarily" on tuesday and never unmuted'),
      b('the sev1 got downgraded to sev3 by marites, which is why nobody was paged'),
      b('the schema change was applied straight to the primary by our sre lead with no backup taken first'),
      b('the dns change was approved by kari even tho the review window wasnt over yet'),
      b('the staging db was dropped by one of the interns friday evening and we only found out monday'),
      b('escalation was done way too late, and it was done by the on call who had been staring at the graph for an hour'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('whoever thought a friday 5pm deploy was fine needs to explain themselves in the retro'),
      b('the new guy with prod keys since his second day is why everything was down all morning'),
      b('whoever authored that lockless cron basically took billing out single handed'),
      b("that vendor engineer who 'tidied up' our bgp sessions caused every bit of this"),
      b('that one platform person with the force push habit did it again and took the api with it'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('levan having write perms on prod storage at all was the mistake, he never should have'),
      b('why was bishal even on call solo, he shouldnt have been allowed near prod without a shadow'),
      b('honestly letting the contractor approve his own changes was insane, who allowed that'),
      b('if anyone but gohar had been handed the release keys this wouldnt have happened'),
      b('nobody should have trusted farhan with the failover when he had only just joined the rota'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('ok so who actually ran the delete, i want a name in this thread'),
      b('found the culprit lol, its @bolat, his commit is right there in git blame'),
      b('we need to know which sre did this so someone can go have a word with them'),
      b('pretty sure it was reka who did it, she was the only one logged into the bastion at the time'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("root cause = human error, the region name was typo'd by hand in the deploy cmd"),
      b('rca draft says operator error and tbh thats exactly what it was'),
      b("this was unai's mistake, plain and simple, he typed prod instead of stage"),
      b('this whole thing boils down to a mistake our on call eng made mid failover'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('lindiwe should have seen the disk warning, it sat in the channel for 2 hours'),
      b('tbh roshan should have seen coming that altering 200m rows locks everything'),
      b('keti needed to read the changelog before bumping a major version, come on'),
      b('if snorri had bothered opening grafana he would have spotted the spike way earlier'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('all tigran had to do was just run the preflight script, literally one command'),
      b('she could simply have followed the runbook, it spells out every step'),
      b('he just needed to hit rollback and instead he started debugging live on prod'),
      b('how hard is it to just ack the page @nurul'),
      b('anjali just forgot to turn that flag off again, thats it, thats the whole outage'),
      b('hafiz could simply have asked in #sre before touching the lb'),
      b("it's not rocket science, mandla could just wait for canary to complete"),
      b('imo themba simply didnt bother with the diff, a 2 sec glance would have caught it'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('zoltan obviously didnt test this before merging it'),
      b('clearly none of the overnight folks read the alert, its been firing since 1am'),
      b('she clearly clicked past the big red warning banner in the console'),
      b('armen obviously never looked at the replication lag, it was red all night'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('ci should have rejected a config whose upstream list was empty'),
      n('tbh that disk threshold would have been way more useful at 80% instead of 98%'),
      n('the orchestrator could have drained that node first, it just doesnt do that today'),
      n('our migration runner should have bailed out when no lock timeout was configured'),
      n('our staging env would have caught this if it saw real traffic shapes'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ai: @nasra adds a lock timeout guard in the migration runner, next sprint'),
      n('action item for eneko: write the cert expiry alert, due the 14th'),
      n('owner: sabina, add a two person check to the release workflow'),
      n('follow up assigned to dato: document the failover steps and link them from the pager alert'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('ic was mariam, comms lead was khadar, scribe was jessa'),
      n('ainur was primary on call and bongani was secondary this week'),
      n('eydis took incident command at 02:14 and handed over to syafiq at 06:00'),
      n('fyi arpi was release captain for 4.12 and vahe handled the db side'),
      n('kiran ran the rollback while aisyah posted status page updates'),
      n('on call dba tonight is gergo if anyone needs the replica promoted'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('huge thanks to nomvula who was up till 5am on this, pls go sleep'),
      n('aigerim got paged four nights straight, nobody should carry that alone and the rota needs fixing'),
      n('hrafn was juggling two incidents at once and still kept notes, legend :pray:'),
      n('lots of stress on maricel tonight, she was fielding customer calls on top of the fix'),
      n('ragnar sounded exhausted on the bridge, lets make sure someone takes over from him in the morning'),
      n('csaba and leire were running on no sleep and still made good calls under pressure, go rest both of you'),
      n('sunita cares a lot about this service and i know last night hit her hard :heart:'),
      n('sending love to the apac crew, lasha and izzati carried the whole overnight shift'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('bot says: "deploy #4821 triggered by yerlan succeeded" and the errors showed up 2 min later'),
      n('pagerduty: `escalated: no ack from primary (warsame) after 15m`'),
      n('the audit log line is literally "user=guled action=DROP TABLE sessions status=ok"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('ok thats mine, i pushed the config without waiting for the canary'),
      n('i messed up the region flag, sorry all, adding a confirm prompt today'),
      n('we skipped the restore test this quarter and thats our failure as a team'),
      n("my bad, i lgtm'd that pr and never properly read the migration file"),
      n('i should have escalated sooner, i sat on the page thinking it was noise'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('before anyone says it, this is not on tamas, the pipeline let an unreviewed change through'),
      n('people are saying zanele was careless but the logs show she followed the runbook step by step'),
      n('im not going to name anyone for running that command, what matters is why it was possible'),
      n('correction to what was said above: sanele didnt cause the outage, the lb health check was already failing'),
      n('ok stop the pile on pls, nobody is getting blamed here, blameless retro means blameless'),
      n('someone wrote human error as the cause in the doc, i deleted that line bc it explains nothing'),
      n("it wasn't ilhan's fault at all, the deploy tool picked up the wrong branch on its own"),
      n('i keep seeing "who did this" in the thread, thats not the question we are asking'),
      n('no, dipesh was not incompetent here, he had no way to know the flag was shared'),
      n("as your manager i'm shutting this down: we are not going after jomar for the outage"),
      n('the timeline disproves the idea that the on call was slow, the ack came at 2 min'),
      n('lets not make this about "who should have caught it", the review process is what failed'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('the pr was merged automatically by the merge queue once the checks went green'),
      n('the config was pushed to all regions simultaneously because the rollout tool has no stagger'),
      n('that ticket got marked resolved by the auto close rule after 24h with no activity'),
      n('the bad image got deployed by argocd when the tag was overwritten upstream'),
      n('the old certs had been left in place because the renewal cron was never ported to the new cluster'),
      n('the change was approved by the policy bot since the diff only touched a yaml file on the allowlist'),
      n('the feature flag was rolled out to all tenants by the scheduler at midnight utc as configured'),
      n('pods got evicted for memory pressure and then rescheduled onto the same bad node'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('askar bounced the consumers at 03:10 since lag looked stuck and a restart had cleared it last time'),
      n('oier bumped the pool size to 200 because the dashboards showed connection waits'),
      n('siranush rolled back to 4.11 once the 5xx rate crossed 2%, which is what the runbook suggests'),
      n('liban used the cleanup script on prod, it was the documented way to free disk at the time'),
      n('azlan merged once there were two approvals and green checks, same as any other day'),
      n('thordis disabled the cache layer to rule it out, seemed like the quickest way to narrow it down'),
      n('deeqa paused the batch jobs so the db could catch up, that bought us about 20 min'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('the health check is not competent to detect a half dead node, it only checks tcp'),
      n('the backup cron had one job and it wrote 0 byte files for a week'),
      n("we trusted the vendor's sdk retries way too much, they hammer the api with no backoff"),
      n('the alerting was careless about dedup, it paged 6 people for the same thing'),
      n('the scheduler is responsible for spreading replicas and it put all three on one rack'),
      n('honestly the old ci runner is unfit for this workload, it times out under any real load'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('the fix is just a one line timeout change, should be out in 10'),
      n('heap usage obviously starts creeping the moment 4.12 lands, see graph'),
      n('simply reverting the flag default fixes it, no need for a hotfix'),
      n('its clearly a ttl thing, resolver logs say it all :point_up:'),
    ],
  ],
];

export const DEV_LEARNED15A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED15A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
