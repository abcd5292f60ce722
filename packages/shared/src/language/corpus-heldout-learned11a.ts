import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 11A, written blind from the labelling conventions alone (CONVENTIONS11.md and the
 * `blameful` / `neutral` helpers; no rule, lexicon, corpus, model or test of the review was read). The voice is
 * team chat during and after incidents: Slack / Teams threads and DMs from on-call engineers, SREs, product
 * managers and a support lead, mostly lower case and terse, with abbreviations, emoji shortcodes, sarcasm,
 * quoted replies, @handles and pasted bot messages, and names from Irish, Polish, Turkish, Persian, Arabic,
 * Chinese, Japanese, Yoruba/Igbo, Mexican and Ukrainian cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('ngl kasia owns this outage start to finish — config pushed five minutes before the weekend, laptop shut, gone :facepalm:'),
      b("> who owns the 40 mins of checkout being down\nthat's emre's. his migration, his mess, his 40 minutes"),
      b("fwiw the sla credit we're paying acme this month is basically an invoice with @taras.k's name printed on it"),
      b('can we say it out loud for once: every missing order leads back to Ngozi and nobody wants that sentence in the doc'),
      b("lol the draft says 'contributing factors' like it was weather, everyone in this channel knows the 3h delay belongs to dariush"),
      b("afaik every one of those 2k failed payments is attributable to haruto's hotfix, not to the processor"),
      b('support lead here: 14 enterprise tickets and counting, and each of them exists because chinedu decided to roll back by hand'),
      b("rn the timeline reads like a group effort but tbh the region going dark is squarely Xiaoling's doing and she knows it"),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('ngl bartek is a year out of uni, way too green for the payments db with nobody watching over his shoulder'),
      b("> he's been here 3 years tho\n3 years and flame graphs are still a mystery to him, cool cool :upside_down_face:"),
      b('is it just me or is @yui.t completely out of her depth the moment kafka is involved'),
      b('farhad is a great frontend dev, sure, but he has no business writing terraform and tonight proved it'),
      b("the vendor put their most junior guy on our bridge call and it showed, dude didn't know what a TTL was"),
      b('side channel pls — khalid does not have the experience to run an incident this size and someone needs to tell the director'),
      b("tbh mingyu isn't built for the pager. three pages last night and he froze on every single one"),
      b('honestly the contractor they sent from the dns provider is incompetent, an hour to find a zone file??'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('@declan you were primary this week. why did the page sit unacked for 38 minutes'),
      b("cormac owned cert renewals this quarter and never did a single one of them, that's the whole story"),
      b("the review was agnieszka's and she rubber-stamped it, the diff was never even opened on her end"),
      b("the IC's entire job is a status update every 30 min and Cem managed two in four hours :skull:"),
      b("afaik handover to apac was yetunde's to do, and she went offline without a word to anyone"),
      b("so the dba on call (mykola) dismissed the disk alert three times because it was 'probably noise'"),
      b(
        "their account manager promised twice on the call that he'd escalate to the network team and never did, that's literally his one job",
      ),
      b(
        'pm side: product was supposed to sign off the customer comms and leila sat on the draft for two hours while people yelled at support',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('the prod flag got flipped by someone on growth without a word in #deploys'),
      b('the alert was muted on purpose last tuesday and nobody has owned up to it'),
      b("> why is the orders index gone\nit was dropped by hand by Piotr during his 'cleanup' :fire:"),
      b('the big red warning in the PR description was ignored, twice, and then the thing was merged anyway'),
      b("the customer's ticket was marked resolved by the L1 rep before anyone had tested a thing"),
      b("ngl the runbook was skimmed, not read, and that's how step 4 got skipped at 3am"),
      b("staging creds were pasted into the public channel by Amira, sorry but that's what happened"),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('whoever thought a cron at midnight utc on black friday was a good idea, please come collect your award :clap:'),
      b('that new hire, the one who pointed the purge script at prod, cost us a week of uploads'),
      b("the guy from the db team who 'optimized' that query is why p99 went to 9 seconds"),
      b('someone in this very channel approved a 2k line PR in four minutes and took billing down. no names, but we all saw the timestamp'),
      b("whichever genius on platform turned the rate limiter off 'temporarily' — that was six weeks ago"),
      b('the person who wrote this runbook has never once run it, and it cost us an hour tonight'),
      b('anyone who merges on red ci deserves every 3am page they get'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('why did the intern have write on the prod bucket?? he should never have been let anywhere near it'),
      b("putting oğuz on the pager alone in his second week was never ok, he wasn't ready and we all saw it"),
      b("why on earth did kerem ever get admin rights for billing? he shouldn't have, full stop, revoke it today"),
      b("i'd never have let shirin approve her own migration, she's way too trigger-happy for that"),
      b('giving that contractor root was a mistake from day one, everyone knew he was sloppy'),
      b("> can we give wei prod access for the hotfix?\nabsolutely not after last time. he doesn't go near prod again"),
      b("who decided the sales engineer could be trusted with a write token to customer data? she's the last person who should hold one"),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('ok so who actually pushed the button. i want a name before we do anything else'),
      b('it was Bohdan. everyone keeps dancing around it but it was bohdan'),
      b('we need to work out which of the sres did this and have a quiet word with them'),
      b("git blame says line 212 is Ximena's, so there's our culprit :mag:"),
      b("vp wants to know who's at fault before the 10am sync and i'm going to tell him it's yaroslav's team"),
      b('tbh the one to go after here is the vendor engineer who pushed that bad bgp route, not anyone on our side'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('root cause: human error (operator ran the wrong playbook). can we close this and go home'),
      b('nah not a bug, somebody typed 0 instead of 10 for replicas, classic operator error'),
      b("i'm writing it up as a mistake on Nour's part and moving on, we've spent enough time on this"),
      b("the status page says 'third-party issue' lol, it was our own on-call's blunder and we all know it"),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("paco should've spotted the disk filling, the panel showing it was literally open on his screen"),
      b('looking back, Aiko had every signal she needed and ought to have paged the db team an hour earlier'),
      b("he should've known that toggle flips eu as well, it's in the readme ffs"),
      b('their engineer must have known the cert expired on the 3rd and chose to say nothing'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("@fionn literally just needed one dry run on staging first. that's it. one command"),
      b('she could have simply read the alert text instead of acking it and going back to sleep'),
      b('like, just glance at grafana before shipping?? how hard is that, Sora'),
      b("omar, mate, the pipeline needed ten more minutes. you just sit and let it finish, that's all"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('he obviously never tested it, the endpoint 500s on the very first request'),
      b('clearly nobody on mobile opened the deprecation email we sent in march'),
      b("everyone else could see the deploy going sideways, it was obvious, Dmytro somehow couldn't"),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("a config with replicas: 0 should have been rejected by the pipeline, that's the real gap here"),
      n("tbh that alert should've gone off at 80% disk, waiting for 98% meant there was nothing left to save when it paged"),
      n("> why didn't anyone catch this\nthe schema check could have caught it if it ran on migrations. it doesn't"),
      n("feature flags should have a kill switch that doesn't need a deploy, that alone gets us to 2 min of downtime"),
      n("with real traffic the canary could've flagged this, but it only ever sees health checks lol"),
      n(
        "that runbook page should have had a 'last verified' date on it; it drifted from the real config for a year and nothing flagged it",
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: pre-deploy check for replica count — owner @ngozi, due friday'),
      n("action items so far: @itzel owns the alert threshold change, @haoran owns the runbook rewrite, i'll keep chasing the vendor"),
      n('follow-up for next sprint: taras + dba team run failover drills together, no rush this week'),
      n('can someone own the status-page automation? ok ty @selin, ping me if you need pm time for it'),
      n("> who's taking the rate-limiter ticket\nme (kenji). pr up by thursday"),
      n("owner for 'two-person approval on prod db' is Ifeoma, she volunteered, target is end of month"),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('for the timeline: @gosia was IC, @chuy on comms, aoife was scribe, i was ops lead'),
      n('primary on call was Wojtek, secondary Naoko; wojtek took the first page at 02:14'),
      n('support lead here, i handled the customer side while Alejandro ran the bridge with the vendor'),
      n('fyi arash was driving the terminal during the failover and Mei read the runbook steps out loud'),
      n('yaroslav approved the change request on monday in his change-manager hat, normal cab flow'),
      n("the vendor's on-call engineer (a guy called Jun iirc) joined at 03:40 and took over the bgp side"),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("huge hug to @rania, she's been on this since 6am and was still fixing things at midnight, please go sleep :heart:"),
      n('three back-to-back pages would wreck anyone, diego has been carrying this rotation for weeks'),
      n("side channel: i feel awful for Halyna, she's taking the angry customer calls and none of it was hers to control"),
      n('reminder that people were exhausted and doing their best at 4am, be kind in the review'),
      n("fwiw the on-call load on platform is brutal rn, samir's had 11 pages this week and that's on our radar now"),
      n('saoirse — no one is upset with you, you did the right things with what you had. take tomorrow off'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('pasting from pagerduty: `[TRIGGERED] db-primary-03 disk 97% — assigned to @olumide — not acknowledged (15m)`'),
      n('audit log: `user=t.nakamura action=DELETE resource=s3://uploads-prod/ result=Success`. adding it to the timeline as-is'),
      n("the error we got was literally `ERROR: permission denied for user 'emre_admin'`, which is why the restore stalled"),
      n(
        "github bot: ':x: required review bypassed by @zeynep (admin override)'. linking for the timeline, the approvals service was down at that point",
      ),
      n(
        'opsgenie: `Alert P1 escalated to secondary (Babak) after primary did not respond`. dropping it here so we have the exact escalation time',
      ),
      n(':robot_face: deploybot: `checkout-svc@a91f2c rollout FAILED: 3/12 pods CrashLoopBackOff (initiated by oncall-rota)`'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('yep, me. wrong kube context, so my migration hit prod and not staging. sorry all, writing up exactly what happened now'),
      n('ok owning this one: my approval went through with the flag defaults unchecked. adding that to the review checklist'),
      n("we (platform) shipped the rate limiter change with no rollback plan and that's on us"),
      n('my fault on the comms delay — i was waiting on legal and should have posted a holding message first'),
      n("ngl the page slipped past me, dnd was still on from a meeting. fixed the override, i'll take tonight too"),
      n('the 20 min gap in customer updates is mine, i was heads down in logs and forgot i was also on comms'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("pls nobody say this was rodrigo's fault. he ran a command the runbook told him to run"),
      n("> so who screwed up\nno one 'screwed up', the tool let a single click delete a prod cluster, that's the finding"),
      n("i keep seeing 'human error' in the draft — can we strike it, it explains nothing and it isn't the cause"),
      n(
        "the thread in #random going after the vendor engineer isn't fair, their api returned 200s on failure and nothing on our side could tell",
      ),
      n(
        "it's tempting to say mehmet should have spotted it in review. he couldn't, the diff was 4k lines and the bug sat in a generated file",
      ),
      n("we're not doing 'who pushed the button' in this review, the button shouldn't exist"),
      n('re: the dm going round calling the new hire careless — stop. the onboarding doc told her to use that script'),
      n("the exec summary calling this 'operator negligence' is wrong and i won't sign off on it as written"),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('the cache was invalidated by the deploy hook, which took every region cold at the same moment'),
      n('connections were being dropped by the lb once the idle timeout hit 60s'),
      n('the job was retried 400 times by the scheduler, since it ignores backoff settings on cron jobs'),
      n('afaik the cert was rotated automatically at 00:00 and the old one got revoked before the pods picked up the new one'),
      n('> why did payments fail\nrequests were throttled by the gateway, their rate limit changed with no changelog entry'),
      n('autoscaling opens a maintenance window on every scale event, and our alert was silenced by that window'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Adebayo bounced the ingest pods at 03:12, since a restart had cleared the same symptoms twice last month'),
      n('ximena rolled back to v2.4 because that was the last version with clean error rates, made sense with what we knew'),
      n('for context Zhang Lei disabled the cron at 14:05 to stop new writes while we figured out the corruption'),
      n('@obinna flipped traffic to eu-west; the dashboards showed it healthy at that point'),
      n("Nasrin acked the page and started with the db because that's where the alert pointed"),
      n('Takeshi paused the rollout at 40% when error rates ticked up, then asked in #deploys'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('ngl the old failover script is not competent at split brain, it was written for a single region'),
      n("the health check has one job, tell us the service is up, and it's been returning 200 from a dead pod"),
      n("we trusted the vendor's sla dashboard and turns out it only refreshes once a day"),
      n('the retry logic is careless with idempotency keys, a fresh one gets minted per attempt'),
      n("our backup tool failed at its one responsibility: 90 days of 'success' with empty archives"),
      n("the deploy bot can't be trusted with prod migrations yet, it has no concept of lock timeouts"),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('the fix is obviously to cap the batch size, the graph shows memory climbing with every batch'),
      n('the timeout fix is literally just one line, pr incoming'),
      n('clearly the spike lines up with the 14:02 deploy, look at the overlay :chart_with_upwards_trend:'),
      n('simply reverting the flag brought error rates back to baseline within 90s'),
      n('> is it the dns change?\nobviously, nxdomain went from 0 to 40k the second the record updated'),
      n("the rollback is just `kubectl rollout undo`, nothing fancy, i'll add it to the runbook"),
    ],
  ],
];

export const HELDOUT_LEARNED11A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED11A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
