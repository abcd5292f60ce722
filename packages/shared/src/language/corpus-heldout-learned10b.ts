import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 10B, written blind from the labelling conventions alone (no rules, lexicons, training text,
 * model or earlier corpus were read). The voice is the short written debris around an incident: ticket and issue
 * comments, code-review comments, commit and revert messages, on-call handover notes, telegraphic timeline bullets,
 * status-page drafts, customer-support escalations and messages from managers and executives, with fragments,
 * abbreviations, @handles and odd capitalisation alongside full sentences. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Re: INC-4471 - fwiw this one's on Torbjørn, his config push at 02:10 is the whole story."),
      b("Timeline, 14:32: checkout starts failing. Root of it: Ildikó's migration, no two ways about it."),
      b('Escalating to Tier 3 - customer lost six hours of orders and, frankly, that loss sits with @wiremu.t and nobody else.'),
      b('Revert "bump pool size": Kjell broke EU checkout with this, reverting until he cleans up his own mess.'),
      b("Handover: ap-southeast still degraded, attributable entirely to Nattapong's cache flush earlier tonight."),
      b(
        "Following up on yesterday's call with the account team, and after going back through the deploy log, the dashboards and the Slack export line by line, my read is that the loss for Northwind belongs to Faadumo and should be recorded that way before the QBR.",
      ),
      b("Blocking. Last Tuesday's outage was Dafydd's doing and this diff touches the exact same code path."),
      b('STATUS DRAFT (internal only, do NOT publish): delay down to Citlali Mamani on Payments.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Zsófia is out of her depth with anything Kafka and tonight showed it.'),
      b("CR: this reads like someone who has never written a migration in their life. @bence.k, you sure you're up to this?"),
      b('Not convinced Hemi is senior enough to be running an incident this size.'),
      b("Ayesha doesn't have the experience to carry the billing pager, tbh."),
      b('mgr note - Rasmus: fine dev, not fit to touch networking. Exhibit A: tonight.'),
      b('Real gap here? Quang barely understands our retry semantics.'),
      b("Principal Eng here. With respect, Selamawit's runbooks are amateur hour and the incident reflected it."),
      b('Is Callum actually qualified to review storage changes? Asking because he approved this one.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Handover: Imran was primary 01:00-07:00 and did not ack a single page.'),
      b("@seo-yeon you were the assigned reviewer on this. You didn't review it."),
      b('03:47 IC Abdirahman AWOL from the bridge; role unfilled for 33 min because he never showed.'),
      b('Release captain this sprint = Agnieszka. Her checklist, her job, not run. Full stop.'),
      b('Comms lead Eilidh: zero status updates in ninety minutes. Posting updates is literally the role.'),
      b('Ticket note: L2 agent Liban sat on this escalation for two days instead of paging eng like the process says.'),
      b(
        'Per the rota, which went out a month early and was confirmed at Monday standup, Ondřej was the DBA on duty that week, and he skipped the backup verification that the role exists to do.',
      ),
      b("From the COO's office: we employ a Head of Reliability precisely so this does not happen, and Tesfaye has not done that job."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('Page acked 01:12, then left to rot by our on-call until 02:30.'),
      b('Prod creds got pasted into #general. Carelessly.'),
      b('Safety checks were bypassed, the warning banner was clicked through, and the rollout was forced at 16:05 - deliberately.'),
      b('Revert 9f3c2e1. Change was rubber-stamped and shipped on a Friday evening against explicit guidance.'),
      b('Pager silenced 23:40 by Hyun-woo, never un-silenced.'),
      b('Internal status: the data loss followed a runbook step that was skipped by the engineer on shift.'),
      b('Customer escalation - their warnings were brushed off by our support staff for an entire week.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided on a zero-second TTL owes SRE a long weekend.'),
      b('The new starter who force-pushed to main, please come and find me.'),
      b('Can someone let the contractor behind this crontab know billing was down four hours because of them?'),
      b('Somebody on the mobile squad with prod access and no patience caused this.'),
      b("CR: the person who approved #1874 without running it locally is why we're all awake at 3am."),
      b('The summer intern left a debug flag on in prod, and here we are.'),
      b('Exec summary for the CTO: outage caused by an engineer who ignored the change freeze.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Why did Gethin ever have write access to the prod bucket?'),
      b('Frankly, Meron should never have been put on primary in her second week.'),
      b("Going forward I'd rather Min-jun wasn't let near the deploy button; he's shown he can't be trusted with it."),
      b('An engineer that junior had no business holding solo sign-off on schema changes, and giving it to them was the error.'),
      b("Revoke Przemek's sudo. Shouldn't have had it in the first place, as tonight demonstrated."),
      b("Root on the payment hosts, for the vendor's field engineer? He was never someone we should have handed that to."),
      b('Q from Director of Eng: who decided Xóchitl could be IC with zero shadowing? She was not ready to be allowed near this one.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('git blame says Radka. Case closed.'),
      b('So who did it? Audit log says @duc.nguyen, and I want that in the writeup.'),
      b('Culprit identified. Anwar, purge script, prod.'),
      b("Let's be honest. The fault here is Sigrun's."),
      b('VP: I want a name. Who pushed the bad config?'),
      b("found him - it was Ruaridh who kicked off the rogue job from his laptop, he's the one to go talk to."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('RCA (draft). Root cause: human error during manual failover.'),
      b('Cause: operator error. Remediation: TBD.'),
      b('Status page draft - This disruption resulted from a mistake made by one of our engineers during routine maintenance.'),
      b('Incident classified as human error; the engineer mistyped the region flag.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Somchai should have spotted the disk graph climbing for two days before it fell over.'),
      b("She should've known that flag was shared with EU. Tahmina has been on that team two years."),
      b("Honestly, a glance at the 500s piling up is something Leif owed us before posting 'all green' in channel."),
      b('Ximena could have caught this by reading the diff she approved; it was right there on line 40.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Aroha only had to do one thing, just a dry-run beforehand.'),
      b('@farhan the canary needed ten minutes. You simply had to sit on your hands for ten minutes.'),
      b('He just had to open the runbook. One page.'),
      b('Was it too much to ask that Iona simply check the target cluster before hitting enter?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Wojciech didn't test this before merging."),
      b('Kanya obviously ignored the pager: three escalations, no response.'),
      b("It's obvious from the timeline that the on-call never even opened the dashboard."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('An empty allowlist is something our deploy pipeline should have refused outright.'),
      n("Alert thresholds should've fired at 80%, not 98%. Filed as a bug against monitoring config."),
      n('CR nit: this path should have had a circuit breaker years ago; adding one here.'),
      n('Could failover have kicked in on its own? Yes, in theory; the health check was probing the wrong port, so it never tripped.'),
      n(
        'Status page (final): our backup verification process should have detected the corrupted snapshots sooner, and we are changing it.',
      ),
      n("the linter would've flagged this if it ran on generated files. It doesn't. Fixing."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 | Owner: @ngaio.p | add pre-flight region check to failover script | due 14 Mar'),
      n('Action: Bjørn to draft a rollback playbook for the ledger service by end of sprint.'),
      n('- [ ] Sadia: wire paging escalation to secondary after 10 min (INC-4471 follow-up)'),
      n('Owner for the canary gating work is Jiří, with Mereana reviewing.'),
      n('Follow-ups from retro: Tama owns the TTL lint; Hodan owns the support-to-eng paging path.'),
      n('Next steps, per our Head of Customer Trust: Nusrat takes the customer comms template and ships v1 on Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Roles for INC-4471: IC Abebe Girma, comms Siân Pryce, scribe Linh Tran.'),
      n('Primary on call was Henrik; secondary was Kiri.'),
      n('02:14 @owain (ops lead) joins bridge, takes IC from Yonas.'),
      n('Escalation worked by Tier 2 (Shabnam), handed to payments on-call at 09:30.'),
      n("Chief Firefighter - the rota's name for the weekend lead - was Catriona this week."),
      n('Reviewer of record on #2291: Levente. Release manager: Freja.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Worth saying: Hodan had been awake fourteen hours when the page landed, and still worked it carefully.'),
      n('Rhiannon, huge thanks for sticking with the bridge till 5am. Please take tomorrow off.'),
      n('Handover: team is wiped after three nights of pages. Go gently in the retro.'),
      n("Mgr note - Itzel has carried the support queue alone since March and I'm worried about burnout."),
      n('To everyone who got woken up: sorry, and thank you. The care people took under pressure shows in every log line.'),
      n("CSM fyi: the customer's on-call engineer sounded wrecked, poor guy, so be kind on the follow-up."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log: `ERROR auth: user=m.kowalczyk action=DROP TABLE denied (insufficient privileges)`'),
      n('Alert text verbatim: "[P1] checkout-api error rate 34% > 5% for 10m, owner: team-payments"'),
      n('PagerDuty: "Incident #8812 escalated: no acknowledgement from Primary (p.somboon) after 15m"'),
      n('CI output: `FAILED test_ledger_rounding: expected 10.00, got 9.99 (author @tuan.le)`'),
      n("audit.log 02:11:07Z actor=e.mackenzie cmd='kubectl delete ns staging-eu' result=ok"),
      n('Status bot: "Operator action required: manual failover pending approval by on-call"'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("Mine. I pointed the cleanup at prod, meant staging; there's now a confirm prompt."),
      n('Revert "raise timeout" - my change, my mistake, rolling back and writing up what I missed.'),
      n("I approved #2291 without pulling it locally. I'll do that for anything touching migrations from now on."),
      n('We shipped on a Friday against our own freeze. We own that.'),
      n('On-call handover: I missed the 03:10 page (phone on DND). Fallback device set up now.'),
      n('Speaking as the eng manager: I put a two-week hire on primary, and that call was mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some folks in #incidents are saying this was Eluned's fault. It wasn't; the deploy tool let an untested config through."),
      n("Not calling this human error. The console puts 'prod' and 'prod-replica' one pixel apart."),
      n("Before anyone asks 'who did it' in the retro: that is not a question we will answer, because it does not help."),
      n(
        'Exec asked whether the engineer was careless. No. The runbook described a topology we retired in May, and a stale routing rule delivered the alert to a dead queue.',
      ),
      n("CR: this isn't the author's fault; the test harness never exercised this branch."),
      n(
        "Customer wants us to name and discipline the employee responsible. We've declined: the failure sits in our change process, so the change process gets fixed.",
      ),
      n('Someone will want to say Hiwot was negligent. Every step she took matched the runbook; the runbook was wrong.'),
      n('Blaming the intern makes a tidy story and a useless one, since the permissions model let any laptop reach prod.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Pager muted via a scheduler-created maintenance window with no end time (the default).'),
      n('Once the queue hit its cap, writes got discarded by the proxy.'),
      n('Config overwritten by the 04:00 sync job, which replaced the hand-tuned values with defaults.'),
      n('11:02 replica promoted automatically; old primary fenced by the orchestrator.'),
      n('The P1 got swallowed by a dedup rule keyed far too broadly.'),
      n('Tickets were auto-closed by the SLA bot before anyone on support saw them.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 02:40 Manaia bounced the ingest workers because the lag graph had plateaued; the backlog cleared after.'),
      n('Ji-ho rolled back to v4.12 after seeing p99 triple, the quickest safe move available at that point.'),
      n('14:05 Anders flips feature flag off (runbook step 3).'),
      n('@thao.pham paged the DB team once replication lag passed 30s, as the alert description suggests.'),
      n("Zubair ran the purge script with no --env flag; the script defaults to prod, and its help text doesn't mention it."),
      n("Rāwiri approved the PR after CI went green; the failing path wasn't covered by any test."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The health check isn't fit for purpose: it returns 200 while the DB connection is dead."),
      n('Our retry library is careless about idempotency keys and regenerates them on every attempt.'),
      n("We trusted the vendor's SLA dashboard, and the dashboard was wrong for six hours."),
      n('The canary analysis had one job and failed it, comparing against the wrong baseline.'),
      n('Backup tool - responsible for nightly snapshots, silently failed three nights running. Unreliable, needs replacing.'),
      n('That cron scheduler is too immature for anything customer-facing.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Fix: simply add a bounds check in parse_header(). One line.'),
      n('The graph obviously shows the leak starting with build 881.'),
      n('Just a revert for now; proper fix next week.'),
      n('Clearly DNS: resolver timeouts line up exactly with the errors.'),
      n('CR: LGTM, this simply moves the timeout into config, no behaviour change.'),
      n('Status update: mitigation was simply to drain traffic from the affected zone, and recovery followed within minutes.'),
    ],
  ],
];

export const HELDOUT_LEARNED10B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED10B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
