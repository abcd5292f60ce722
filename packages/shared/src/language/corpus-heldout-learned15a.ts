import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 15A of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: staff of a video-game studio during and after the
 * launch-weekend outage of their online game — live-ops Discord chat, Jira comments, community-manager drafts for
 * players, a producer's postmortem and a heated publisher call summary, mixing gamer slang with formal writing;
 * names from Estonian, Hmong, Quechua, Tongan, Uzbek, Catalan, Sámi, Malagasy, Tibetan and Kurdish cultures.
 * Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('ngl the login queue meltdown is on tenzin, he pushed the matchmaking config friday night and went offline'),
      b('For the postmortem record: the six hours of lost progression data are attributable to Dilnoza Karimova and nobody else.'),
      b("Publisher's position on the call was that the weekend outage belongs to Jordi and his backend crew, full stop."),
      b("this one is 100% rojda's fault lol, her hotfix is what nuked the inventory service"),
      b('Jira comment: root cause owner is Sione Fifita; the duplicated item grants trace directly to his manual DB edit.'),
      b('The refunds we are now paying out for the Saturday downtime sit squarely with Máret, and the producer doc should say so.'),
      b("Hery wrecked our launch weekend and I'm tired of everyone pretending otherwise."),
      b('If players want someone to thank for the 40-minute queue, it is Inti, who signed off on halving the server fleet.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('for live shard configs bekzod is far too green, you could tell the second things went sideways sat night'),
      b('Frankly, Pema lacks the basic networking knowledge this netcode role demands.'),
      b("oriol wouldn't know a flame graph if it hit him, no wonder the leak got past him"),
      b('The publisher questioned whether Tevita has the experience to lead live-ops on a title this size.'),
      b('Niillas writes fine gameplay code, but database migrations are far beyond what he can handle.'),
      b('we put a junior who barely knows kubernetes in charge of launch scaling and it showed'),
      b("Ownership of the matchmaking service should go to someone more capable than Killa, who can't handle it."),
      b("With respect, Rivo's grasp of our deploy tooling is too weak for him to be running launch-night releases."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Mele held the on-call pager that night and never acknowledged the 3am alert about the auth servers.'),
      b("the whole point of azad being release captain was to check the rollback plan, and he didn't"),
      b(
        'Jira: the community manager did not post the maintenance notice she was assigned, so players learned of the downtime from Reddit.',
      ),
      b('Our QA lead skipped the load-test sign-off that his role exists to provide.'),
      b('zarina was on the rota for DB watch and spent the spike in a ranked match instead'),
      b("It was Jaan's job to monitor the payment webhook dashboard during launch, and he neglected it for the whole evening."),
      b('Producer note: Lalao failed to escalate to the publisher within the hour, as her duty as incident lead required.'),
      b('pheng had literally one task on launch day, watch the CDN purge, and he dropped it'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production database was wiped by Sonam during what was meant to be a routine cleanup.'),
      b('Real money was lost to errors committed by the live-ops team, and the players paid the price.'),
      b('the firewall rule got mangled by somebody from backend and nobody owned up'),
      b('The spike warnings got waved off by the shift engineer, and then the servers fell over.'),
      b("Let's be honest: the broken patch was pushed out carelessly by Kusi without a second reviewer."),
      b('Player saves were corrupted because the migration got run manually, by an engineer who skipped the checklist.'),
      b('The rollback was botched, and it was botched by the people who were supposed to be watching it.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('whoever decided a friday 6pm deploy right before launch made sense owes the whole community an apology'),
      b('The new hire who pushed the untested matchmaker build is the reason our reviews tanked.'),
      b('Jira comment: the person who switched off rate limiting "just for a minute" caused all of this.'),
      b('Some contractor who has never shipped a live game decided to rewrite the session cache the night before launch.'),
      b("the guy who owns the login service couldn't be bothered to answer his phone"),
      b('Whoever approved the half-capacity server plan should be the one explaining it to the publisher.'),
      b('It was that intern from the tools team who cleared the Redis cluster, and everybody knows it.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Otabek had no business holding write permissions over the live inventory tables in the first place.'),
      b('why was mai even allowed near prod on launch weekend, she started like two weeks ago'),
      b('Nobody should have let Laia approve her own hotfix on a launch weekend.'),
      b('We were wrong to put Amaru on call solo for launch; he is not someone you leave alone with production.'),
      b('The publisher insists that Ánde should have been locked out of the deploy pipeline after the first incident.'),
      b("if tashi hadn't been given admin on the cdn console none of this would have happened"),
      b('Someone with his history of botched changes should not have been signing off on database migrations at all.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('ok who pushed the build that broke login, I want a name'),
      b('It was Berfin. She flipped the feature flag, and every single person here knows it.'),
      b('The publisher wants to know which engineer is at fault and whether they still work here.'),
      b("found her: commit 8f3a is from nodira, she's our culprit"),
      b("Let's stop dancing around it: Pau caused this, and the postmortem should name him."),
      b('Can someone track down whoever deleted the shard so we can go after them before the Monday call?'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Listed root cause for the launch-night failover: human error.'),
      b("Operator error, not an infrastructure problem; let's not overcomplicate it."),
      b("Every EU server went down because of Sumaq's mistake in the balancer config."),
      b('it all boils down to a dev typo in the region list, a person messed up and that is the whole story'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Yer had hours to spot the memory graph climbing and should have seen where it was heading.'),
      b('Rein should have caught that the patch doubled login traffic; anyone paying attention would have.'),
      b('in hindsight jovnna of all people had to know the old save format would break on migration'),
      b('Gulnora could have stopped the rollout when the first error reports came in and chose not to.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Fara only needed to just read the runbook before restarting the cluster.'),
      b('for neng it was literally one button, just hit rollback, come on'),
      b('Checking the region flag before pushing was simply too much to ask of Karma, apparently.'),
      b('it would have taken norbu five seconds to just ask in #live-ops before deleting the queue'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Baran never read the load test report, or he would not have signed off.'),
      b('Jordi clearly did not bother to check the staging results before the launch push.'),
      b("it's obvious kersti ignored the alerts, she was online the whole time"),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The matchmaker should have shed load gracefully instead of crashing when queue depth passed ten thousand.'),
      n('our deploy pipeline could have blocked a config with zero server regions, there was no validation step'),
      n('Jira: the inventory service should have refused a write with a negative item count.'),
      n('The rollback script would have saved us an hour if it had supported the new save schema.'),
      n("autoscaling should've kicked in way earlier, the thresholds were set for beta traffic"),
      n('In retrospect the launch checklist should have included a soak test of the login service at full capacity.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action item: add schema validation to the inventory migration tool, owner Dolma, due before the next patch.'),
      n('AI-4: Wayra to set up a synthetic login probe for every region by end of sprint.'),
      n('ticket LIVE-2231 assigned to chue: make the rollback button work for config-only deploys'),
      n('Follow-up owned by Arnau: write a runbook section on draining the matchmaker before restarts.'),
      n('next steps: voahangy owns the player comms template for future outages, tenzin reviews it'),
      n('Owner: Malika. Task: alert on login queue depth above 5,000 and page the live-ops rota.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander for the Saturday outage was Lhamo; Andry handled comms with the publisher.'),
      n('Kia was on call for the auth service from 18:00 to 02:00 on launch day.'),
      n('During the response, Tahiry ran the database restore while Mart handled status page updates.'),
      n('roles last night: soa = scribe, issát = comms, liis = IC'),
      n('The release captain for patch 1.0.2 was Rustam, with Núria as the second reviewer.'),
      n('Dawa took over as incident lead at 04:10 when the first shift handed off.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge thanks to everyone who stayed up through Saturday night; several of you were on your third shift in a row.'),
      n('Risten had been working fourteen-hour days all launch week and still jumped in when the page went off.'),
      n('pls take tomorrow off ppl, nobody should be running on 3 hours of sleep during an incident'),
      n('The live-ops team carried an impossible workload this weekend, and I want the postmortem to acknowledge how exhausted they were.'),
      n('mele was clearly wiped out by the time she handed off, someone get her food'),
      n('Hêvî wrote the community updates under enormous pressure from furious players, and she handled it with real care.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert text: "CRITICAL: login-gateway p99 latency 12s, assignee sherzod" fired at 21:14.'),
      n('log line from the shard: `ERROR lease on inventory-db-3 revoked for user kadri.t: operation not permitted`'),
      n('PagerDuty: "Incident #5203 acked by Pita Taufa", and it auto-resolved at 03:02.'),
      n('The deploy bot posted "build 1.0.1-hotfix promoted to prod by jasur" at 19:47 on Friday.'),
      n('Sentry grouped the crash as "NullReferenceException in SaveManager.Commit (user error: invalid slot)".'),
      n('Jira bot: "Issue LIVE-2198 reassigned from Elle to Serhad; status changed to Blocked".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('The config that halved the server fleet was mine; I will add a capacity check to the pipeline.'),
      n('my bad on the cdn purge, i ran it against the wrong bucket, fixing the script to confirm the target first'),
      n('We chose to launch without a full soak test, and as the leadership group we own that.'),
      n("I slept through the 3am page with my phone on silent, and I've since set up a fallback pager."),
      n("Speaking as producer, shipping on a Friday was my decision and it won't happen again."),
      n('that one was on me, i approved the hotfix without reading the diff closely enough'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some players are calling it human error, but the real cause was a migration tool that accepted an empty region list.'),
      n('This is not on Tevita; any engineer following that runbook would have done exactly the same thing.'),
      n('The publisher asked who to fire, and we told them plainly that this review is not about finding a culprit.'),
      n('nobody here is going to call Kusi careless, the tooling let a single keystroke drop the prod table'),
      n('Saying the person on call should have spotted it sooner ignores that nobody was subscribed to the channel the alert landed in.'),
      n('please stop asking whose fault it was in #general, the postmortem is blameless and that applies to everyone'),
      n('Blaming the new hire misses the point: the deploy gate that would have stopped her build did not exist.'),
      n('The framing that Bekzod was over his head is one I reject; he was handed a system with no guardrails.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Every session token got revoked by the auth backend once its signing key rotated mid-launch.'),
      n('Player inventories were overwritten by the sync job because it treated an empty response as authoritative.'),
      n('the queue got flooded by retry storms from the client, every failed login retried 5x with no backoff'),
      n("Half the EU fleet was taken offline by the cloud provider's scheduled maintenance, which overlapped our launch."),
      n('Purchases were double-charged when the payment webhook was delivered twice and processed without an idempotency key.'),
      n('The hotfix was held up by the store certification process for nine hours.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Triin restarted the matchmaker at 22:40 because the runbook says to do that first for stuck queues.'),
      n('Siosaia disabled the anti-cheat module to rule it out, which was reasonable given the crash signatures he was seeing.'),
      n("ok so yangchen rolled the region config back to thursday's version since that was the last known good one"),
      n('Montserrat paused the store around 20:00 after seeing duplicate charges, to limit further refunds.'),
      n('Aivar deployed the 1.0.1 patch on Friday evening; staging was green and the release checklist was complete.'),
      n('Biret posted the first outage notice on Discord using the template she had at hand.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The health checker was careless about what counted as healthy: a server with zero open slots still passed.'),
      n("we trusted the cloud autoscaler with launch traffic and it couldn't do the job"),
      n('The matchmaking service failed at the one responsibility it has, pairing players within a region.'),
      n('Jira: the load balancer is not fit for purpose at launch-scale traffic; replace or reconfigure before the next event.'),
      n("Our anti-cheat vendor's SDK is unreliable, and session validation can't be trusted to it."),
      n('The retry logic was negligent about backoff and effectively attacked our own login servers.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was obviously to pin the matchmaker to the previous config, and it held within minutes.'),
      n("it's literally just the region list, one line, redeploying now"),
      n('Clearly, per the graph, the memory leak begins with the 1.0.1 deploy rather than the traffic peak.'),
      n('Simply restarting the inventory service cleared the stuck locks, which tells us the bug is in lock expiry.'),
      n('obviously the logs say the auth cache expired at 21:13, that lines up with the first wave of login failures'),
      n('The patch itself is simple: just add an idempotency key to the payment webhook handler.'),
    ],
  ],
];

export const HELDOUT_LEARNED15A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED15A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
