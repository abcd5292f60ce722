import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 9b of the blame-aware language review (issue #14). Written blind by an author who
 * read only the labelling conventions (CONVENTIONS.md) and the task brief, never the rules, lexicons,
 * models or other corpus files. Style: live incident chat in Slack / Teams during and after an
 * outage — lowercase, abbreviations (tbh, imo, fwiw, ngl, afaict), emoji codes, sarcasm and rhetorical
 * questions, replies quoting others with "> ", thread replies, @handles and retro sticky notes, with
 * names from East Asian, West and East African, South Asian, Polynesian, Turkish and Persian cultures.
 * It is only ever used to measure the review; it is never trained on or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('ngl the entire outage sits with @emre, he pushed the ttl change at 4:55 on a friday :facepalm:'),
      b('fwiw the 40 min of 502s trace straight back to hiroshi and his nginx edit'),
      b('thread reply: the sev1 belongs to dariush, full stop, he merged without the second approval'),
      b('tbh priya owns this mess, the cert expired because she sat on the renewal ticket for 3 weeks'),
      b('imo kofi caused the duplicate charges, his retry loop hammered stripe all night :fire:'),
      b('@moana this page storm is 100% your doing, congrats'),
      b('afaict the dns outage happened because seo-yeon deleted the wrong zone, so that one is hers'),
      b('retro sticky: 2h of lost writes, all on baraka'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("ngl @burak has no business touching terraform, he doesn't understand state files at all"),
      b('tbh our newest hire has no clue how the payments stack works :eyes:'),
      b('> can jun run the failover? — lol jun can barely manage a git rebase'),
      b('sticky: sloppy, careless helm work from ama'),
      b('imo navid is a weak engineer and tonight proved it'),
      b('our dba is honestly incompetent, who else forgets a where clause twice in one month?'),
      b('fwiw zawadi writes the flakiest bash i have ever reviewed, every script of hers is a liability'),
      b('leilani is lazy tbh, she never opens the runbook before paging half the company'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('the on-call had one job tonight and he slept through 14 pages :zzz:'),
      b('@arjun was release captain tonight and skipped every part of that role, no sign-off, no smoke test, nothing'),
      b('tbh the incident commander failed us, nobody knew who was driving for the first 30 min'),
      b('sticky: rubber-stamp review by @chidi on #4412'),
      b('> was anyone watching the dashboards? — nope, mei was on watch and went for lunch instead'),
      b('wen fumbled the handoff completely, afaict he never told the EU shift about the pending rollback'),
      b('our sre lead gets paid to spot precisely this kind of thing and didn’t, so what are we paying for?'),
      b('sione was the approver on the change ticket and never even opened the diff, that is his whole role'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('the prod db was dropped by @kwame at 02:14, no ticket, no heads up'),
      b('fwiw that broken yaml was merged by elif with zero review :facepalm:'),
      b('so prod got taken down by the new hire running a script against it? cool cool cool'),
      b('sticky: firewall rule opened by dariush, left wide open for 6 days'),
      b('that alert got muted by someone on the platform team and then forgotten, typical'),
      b('> why is the queue empty? — bc it got purged by hiroshi, who thought he was on staging :upside_down_face:'),
      b('our revert was fumbled by whoever held the pager, that is why we were down another hour'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('let me guess, it’s the same dude who never bothers with the canary? :eyes:'),
      b('whoever thought a 0s timeout was a good idea owes us all a weekend'),
      b('the person who wrote this cron job is the reason we lost the audit logs'),
      b('ngl the intern who "cleaned up" the iam roles took down half of prod'),
      b('sticky: the cowboy deployer strikes again'),
      b('same dev who broke billing in march, same kind of yolo merge, shocker'),
      b('tbh the engineer who never writes tests is exactly the one who merged the cache change'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('why was jun ever given prod write access? he’s been here two weeks'),
      b('tbh we should never have let @burak run the migration solo'),
      b('letting the new guy touch the payments db unsupervised was a mistake, he should never have had that access'),
      b('imo ama shouldn’t have been trusted with the on-call rotation this early'),
      b('sticky: zawadi should never have had root on day 3'),
      b('navid can’t be trusted with the release key, someone else should have been holding it'),
      b('> can leilani deploy the hotfix? — after last night? absolutely not, she should never have had deploy rights'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('found the culprit :point_right: @kofi'),
      b('> who did this? — wanjiru. it was wanjiru. it is always wanjiru :upside_down_face:'),
      b('ok mystery solved, emre is the one who broke staging AND prod'),
      b('sticky: culprit = chidi'),
      b('we all know who it was, seo-yeon is the guilty party here'),
      b('so who takes the fall? my vote is priya, it was her merge'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('rca in one line: @mei, human error, end of story'),
      b('ngl this was textbook operator error on arjun’s part'),
      b('sticky: user error (sione)'),
      b('let’s call it what it is: the on-call’s human error, not a platform bug'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('elif should’ve known that billing also reads that flag'),
      b('tbh kwame ought to have seen the typo during review, it was a one-line diff'),
      b('> the disk filled at 03:10 — hiroshi was on call, he should’ve spotted it at 90% way before that'),
      b('shirin really ought to have checked the region before hitting apply'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('she just had to read the runbook, literally step 2 :facepalm:'),
      b('wen simply had to let the canary bake for 10 minutes, that’s it'),
      b('all @dariush had to do: just hit pause on the rollout. how hard is that?'),
      b('sticky: baraka just needed to run the dry-run first'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('obviously hiroshi never tested it in staging'),
      b('clearly moana approved without reading a single line, lol'),
      b('> did anyone test the rollback? — well burak clearly didn’t :eyes:'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('the pager should have fired at 90% disk, it stayed silent until 100% :eyes:'),
      n('imo the pipeline should have refused any migration missing a down step'),
      n('> shouldn’t the canary have caught this? — it should have, but the canary only routes EU traffic'),
      n('sticky: rate limiter should have kicked in at 5k rps, never did'),
      n('the circuit breaker should’ve opened after 3 failures, so why did it keep retrying for 20 min?'),
      n('fwiw the backup job should have alerted when it skipped 4 nights in a row'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('action item: @emre adds a lint rule for 0s timeouts by fri'),
      n('@wanjiru owns the runbook update for dns failover, due end of next sprint'),
      n('action items → kofi: idempotency keys on retries, priya: cert expiry alert, both by the 15th'),
      n('sticky: canary gate for migrations — owner @hiroshi'),
      n('can @ama take the ticket for restricting prod writes to the deploy bot? ty :pray:'),
      n('jun will pair with platform on terraform state locking next week, ticket OPS-881'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('at 02:20 our IC paged the dba and spun up a bridge'),
      n('on-call acked at 02:16, comms lead posted the status page update at 02:25'),
      n('the new hire shadowed the on-call tonight, fwiw they took great notes'),
      n('the release captain froze deploys for the rest of the day, fine by me'),
      n('@sre-lead can you loop in the vendor tam? the scribe will keep the timeline going'),
      n('sticky: IC + scribe + comms, roles clear this time :tada:'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('huge thanks @leilani for staying on until 6am, go sleep :heart:'),
      n('navid had a brutal night, 14 pages in a row, let’s give him tomorrow off'),
      n('ngl that was a rough one for the new hire, first week and a sev1, you did great'),
      n('sticky: kudos to zawadi for staying calm on the bridge'),
      n('mei, nobody is mad, take a breather and come back when you’re ready :hugs:'),
      n('> sorry all, that handoff was stressful — all good sione, thanks for sticking around'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('`git blame src/checkout/retry.ts` → `a3f9c2e (Kofi Mensah 2026-11-30) maxRetries = 50`'),
      n('audit log: `2026-12-04T02:14:07Z user=kwame.asante action=DROP_TABLE target=orders_tmp`'),
      n('pasting from pagerduty: "escalated to Arjun Rao (no ack after 5m)"'),
      n('argo history: `rev 212 synced by elif.yilmaz at 02:11:48, status Degraded`'),
      n('cloudtrail: `DeleteHostedZone userIdentity=seo-yeon.park sourceIPAddress=10.2.4.17`'),
      n('bot in #deploys: ":rocket: dariush deployed api@v4.12.0 to prod (approved by moana)"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('ok that one is on me, i pushed the ttl change without a canary, a pre-deploy check is in now'),
      n('fwiw i ought to have looked at the region before apply, so i wrote a guard that refuses prod applies without a flag'),
      n('my bad, i silenced the alert at 01:50 and forgot to unmute it, adding an expiry to all silences now'),
      n('i approved #4412 without running it locally, i’m adding a required e2e job to the repo'),
      n('sticky (mine): missed handoff note, template fix PR already up'),
      n('> who kicked off the backfill? — that was me, i own it and i’ll own the cleanup too :raised_hand:'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('easy to dunk on burak here, but the migration tool gave him zero warning about the table lock'),
      n('we’re not hunting a culprit here, we’re asking why the pipeline let a 0s timeout through'),
      n('> so it was hiroshi’s fault? — no. blameless retro, the config had no schema validation, that’s the finding'),
      n('can we stop with the *who did it* stuff in #inc-2231? it’s not helpful and it’s not what the retro is for'),
      n('calling this human error would be lazy analysis imo, the ui put prod and staging one click apart'),
      n('sticky: not a people problem — no guard on destructive sql'),
      n('i’ve seen a few messages blaming the new hire, please don’t, the onboarding doc told them to run that script'),
      n('nobody here was careless fwiw, the dashboard has no replica lag panel at all'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('that queue got drained by the autoscaler at 02:31 when it scaled to zero :facepalm:'),
      n('orders_tmp was dropped by the 02:00 housekeeping cron, logs attached'),
      n('the alert got auto-resolved by pagerduty after 30 min of flapping'),
      n('sticky: certs rotated by cert-manager, old ones revoked too early by the same controller'),
      n('the bad route was announced by the bgp speaker right after the config reload'),
      n('so the pods were evicted by the kubelet bc of disk pressure? that explains the 503s'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('02:14 kwame rolled back api to v4.11.3'),
      n('priya restarted the payment workers at 02:40, error rate dropped to 0.2%'),
      n('@chidi flipped the `new_checkout` flag off, confirming in datadog now'),
      n('sticky: 03:05 baraka — failover to us-west-2 complete'),
      n('fwiw wen posted the customer update at 02:50 and shirin answered the enterprise tickets'),
      n('> has anyone touched the lb? — yes, tane drained node-7 at 02:22, nothing else'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('the lb probe isn’t capable of spotting half-open db connections, tcp ping only'),
      n('fwiw we relied on the cloud provider’s health dashboard and trusted it, it showed all green for 2 hours :upside_down_face:'),
      n('ngl our retry logic is incompetent at backoff, it retries at a fixed 10ms'),
      n('the watchdog had exactly one job, restarting the stuck worker, and it failed'),
      n('sticky: unreliable smoke tests, zero trust in green builds'),
      n('tbh i wouldn’t trust the deploy bot with prod writes until it checks for locks'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('we just turned `new_pricing` off again and errors fell off within a minute'),
      n('the graphs clearly put the cache miss spike before the db cpu spike'),
      n('fix was simply bumping the pool size from 20 to 80, deploying now'),
      n('obviously the p99 chart is the smoking gun here :eyes: 1.2s → 14s at 02:09'),
      n('sticky: just a one-line revert, 4 min to recover'),
      n('> is it fixed? — yep, simply restarting the sidecar cleared it, clearly a leak in envoy 1.28'),
    ],
  ],
];

/**
 * Held-out split 9b: live incident-chat sentences written blind from the labelling conventions only.
 * Used only to measure the blame-aware review; never trained on or tuned on.
 */
export const HELDOUT_LEARNED9B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);

/** The kind of each sentence of `HELDOUT_LEARNED9B`, in order (for error counts per kind; the sentences are never printed). */
export const HELDOUT_LEARNED9B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
