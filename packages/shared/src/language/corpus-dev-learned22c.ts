import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 22C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a sports-betting platform after
 * its odds and cash-out services failed during a cup final (trading-desk chat, a compliance memo to the
 * regulator, support macros, postmortem comments); names from Scouse English, Ga, Kazakh, Andalusian Spanish,
 * Bengali (Sylheti), Icelandic and Māori cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Let's be honest in the memo: the cash-out freeze during the final is on Zhanibek, full stop."),
      b("Every voided in-play bet between the seventieth minute and the penalties traces straight back to Rocío's config change."),
      b('Lads, this whole cup final meltdown belongs to Nii Armah and nobody on the desk is going to pretend otherwise.'),
      b(
        "Compliance considers the delay in notifying affected customers to be attributable to Mr Þórður Hallsson's handling of the escalation.",
      ),
      b("That forty-minute odds blackout is Shipon's; he owns it, and the regulator will be hearing his name."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Honestly, Dauren's a trainee in all but title and had no business poking at the pricing engine on cup final night."),
      b('With respect, Ms Kolbrún Eyjólfsdóttir lacked the experience required to run a major-event change window.'),
      b("Curro couldn't configure a kettle, never mind the cash-out circuit breaker."),
      b("Tahmina's grasp of the odds feed is frankly shaky, and Saturday proved she isn't fit to sit on the release rota."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Wiremu held the pager that evening and let it ring unacknowledged for twenty-two minutes.'),
      b('As shift lead, Naa Dedei was supposed to freeze the specials markets at kickoff and she never did.'),
      b("Updating the cash-out refund macro before the final was Gemma's job, and she left it on last season's wording."),
      b(
        'Our records indicate that the duty compliance officer, Mr Askar Nurlanuly, did not file the mandatory incident notice within the required window.',
      ),
      b("Paco's one task on the runbook was checking the feed failover, and he skipped it to watch the warm-up."),
      b("Rangi was rostered as release approver that evening and didn't review a single line of the diff."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('At 19:41, with kickoff nineteen minutes off and no second reviewer, the pricing config went live courtesy of Bjarki.'),
      b('The margin-table change was merged on final afternoon, during a declared freeze, and the review step was skipped.'),
      b('Sign-off for the cash-out rollback was given by our release manager, and no load-test results were ever attached.'),
      b('Somebody on the desk had the incident closed as resolved while punters were still locked out of cash-out.'),
      b("The odds-suspension script got shipped straight off somebody's laptop, bypassing the pipeline entirely."),
      b("Tuesday's rehearsal flag was never switched back off by the test engineer, and in-play pricing died because of it."),
      b("The capacity plan was approved by Shahana even though it assumed half the traffic of last year's final."),
      b("The regulator's notice went out late because it was held for sign-off by the head of trading until after the final whistle."),
      b('The new cash-out service was released by the platform squad on final morning, freeze or no freeze.'),
      b(
        'The holding macro telling customers no funds were affected was sent out by the support team lead before a single balance had been checked.',
      ),
      b('The stale-price alert got acked and snoozed by our on-call trader, so the markets stayed open on dead prices.'),
      b('The liability limits were overridden on a thumbs-up emoji from Yerzhan, with no ticket and no approval on record.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The genius who thought a cup final was a good night to rotate the odds-feed certificates owes every trader a pint.'),
      b('Whoever pressed suspend-all on the wrong competition needs to come and explain themselves to the desk.'),
      b('It was the new contractor from the pricing vendor who took the cache down, not the platform.'),
      b('The one who wrote safe to deploy in the channel at half-time wants keeping well away from the next final.'),
      b("Somebody on the night shift who can't read a runbook decided to restart both cash-out nodes at once."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody should have handed Ásdís write rights on the live odds tables a month into the job.'),
      b("Why was Kieran even on call for the final when he'd never been near the cash-out service?"),
      b('Frankly, a junior trader should not have been permitted to override liability limits without a second approval.'),
      b('Had Madina never been issued production credentials, the desk would be drinking to a normal Saturday.'),
      b('In retrospect, compliance should not have let Mr Lamptey be the approver on a change he had raised himself.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who pushed the bad odds config? Aigerim, 19:58, the deploy log has her name on it.'),
      b("It was Stevie, it's always Stevie when cash-out falls over."),
      b("Nurlan's commit nuked in-play pricing, so revert it and go and tell him."),
      b("👉 Manaia, that's the name that goes in the memo."),
      b('Somebody disabled the circuit breaker, and I want that person identified and in my office on Monday.'),
      b("The culprit here is Rubel, and I'd like that minuted."),
      b('Pull the audit trail and tell me which trader flipped the market to manual, because somebody is answering for this.'),
      b('Hand on heart, the fault lies with Esperanza and her late edit to the margin table.'),
      b('Trading floor consensus: Tāne broke it, so he fixes it and he buys the pizzas.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, per the desk: operator error while failing the odds feed over by hand.'),
      b('Human error on the trading desk, a fat-fingered liability limit, is what caused the cash-out outage.'),
      b('Hrafnhildur botched the market mapping file, and her slip took the whole platform with it.'),
      b('Compliance will report this to the regulator as a staff error in executing the change procedure.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Snorri should have known the odds feed can't survive a restart with a live final on."),
      b('Any reasonable trader would have suspended the markets the moment the prices froze.'),
      b('Would it have killed Jamie to glance at the dashboard before he hit deploy?'),
      b('A cash-out cap a hundred times too high is something Kpakpo ought to have caught on sight.'),
      b('Anahera had the warning in front of her at 20:10 and should have pulled the release there and then.'),
      b('Looking back, the shift engineer should have twigged that the retries were hammering the pricing service.'),
      b('Faruk must have seen the error rate climbing, and he still let it ride into extra time.'),
      b('Macarena knew the final was on Saturday; she should have spotted the clash with the migration a week out.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Lee just needed to press the suspend button, and he couldn't even manage that."),
      b('Odarkor could simply have read that runbook line about draining cash-out first.'),
      b("Halldóra just had to check the flag before logging off, and she didn't."),
      b("One box on the release checklist, that's all Rāwiri simply had to tick."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Sumon never looked at the staging results before promoting the build.'),
      b("Obviously Chari didn't bother testing the cash-out path, because it falls over on the first bet."),
      b('The trading lead was obviously half asleep while the prices sat frozen for twelve minutes.'),
      b('Clearly, Mr Hōhepa Walker disregarded the pre-match checklist, as the audit log makes plain.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('Under that surge the cash-out service should have degraded politely rather than quoting stale prices.'),
      n('During a declared match-day freeze our deploy tooling ought to have refused any change.'),
      n('Automatic failover to the backup odds supplier could have kicked in, but the health check never flagged anything.'),
      n('A canary would have flagged the margin-table regression long before the live final saw it.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Gulnara to add an automated change-freeze gate for major fixtures, due the 30th.'),
      n('Owner Ngaio: draft the revised support macro for delayed cash-out and circulate it to compliance by Friday.'),
      n(
        "Follow-up for the platform team (lead: Bauyrzhan): load-test the pricing engine at twice last year's final peak before the next tournament.",
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Mereana was incident commander, and Nii Ayi handled comms with the trading desk.'),
      n("During the outage, Saule acted as liaison with the regulator's duty officer."),
      n('Callum carried the primary pager for pricing that night, with Jahanara as secondary.'),
      n('Steinunn ran the customer-support queue while the desk suspended markets by hand.'),
      n('The compliance officer on duty, Reyes, owned the regulatory timeline and the notification draft.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Massive respect to Korkor, who fielded angry punters for six hours straight without a break.'),
      n('Nazmul had been on since seven that morning, and by the penalties he was dead on his feet.'),
      n('Please remember Eyjólfur stayed until 4am rebuilding the cache; he was exhausted.'),
      n('The desk was under enormous pressure, and Puri kept the in-play book balanced by hand with real care.'),
      n("Spare a thought for Kelly on support, who took the abuse from customers convinced we'd pinched their winnings."),
      n("Hēmi was juggling three incidents and a teething baby at home during the call, a brutal night by anyone's standard."),
      n('The workload that landed on Tetteh and Dinara during extra time was unreasonable, and they carried it with care.'),
      n('Ragnheiður spent 2am refunding voided accumulators line by line, and that is a rotten way to spend a night; thank you.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The alert read: 'CASHOUT-SVC: manual override by user m.ospanov, 503 returned to 14,212 sessions'."),
      n('Log line at 20:14: `odds-feed: FAILED reconnect after operator restart (user=terry.k)`.'),
      n("The pager summary said 'Escalation ignored by primary: no acknowledgement in 15m' and then paged the secondary."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I pushed the margin table change at 19:50 and didn't wait for the canary; that one's mine."),
      n("I should have declared the freeze the moment the prices lagged, and I didn't."),
      n('We on the trading desk made the call to keep markets open, and we got it wrong.'),
      n("Honestly, I ran the failover script carelessly, and I'll pair on every run of it until the next final."),
      n("That's on me: I marked the ticket resolved before cash-out had actually recovered."),
      n('As compliance lead, I did not escalate to the regulator within the hour, and I accept that.'),
      n('My mistake was trusting how I read the dashboard rather than asking a colleague to check it.'),
      n("I'm kicking myself, because I approved my own pull request at half-time in a rush."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Before anyone says Jayden broke it, the feed was already degrading ten minutes before his deploy.'),
      n("This postmortem names no individual as the cause, so let's stop asking who did it."),
      n('Pinning this on the night-shift traders would be wrong; the suspension tool gave them no way to act in bulk.'),
      n("The claim in the channel that Aruzhan was negligent isn't supported by the timeline, which shows she followed the runbook."),
      n('Compliance does not attribute the outage to misconduct or negligence by any individual employee.'),
      n("I'm shutting this down: no more who-pushed-it threads, that isn't how we run retros here."),
      n('Correction to the earlier memo: the delay was not caused by the support lead; the notification queue had stalled.'),
      n("It's tempting to claim Adjeley missed something, except the alert she would have needed didn't exist."),
      n('Calling it operator error would be lazy when the console puts the suspend and settle buttons side by side.'),
      n('Far from being at fault, Bernie was the first person to spot the stale odds.'),
      n("I won't put anyone's name against the root cause, however loudly the desk asks for one."),
      n('The rumour is Habiba caused it, but the deploy records say her change was never released.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The pricing config was pushed to every node at once by the orchestrator's default rollout policy."),
      n('Stale odds were served from cache because the invalidation message was dropped by the broker under load.'),
      n('The incident was auto-closed as resolved when the probe turned green, even though cash-out requests were still queued.'),
      n("Approval for the migration was granted by the change-management workflow, since match-day fixtures weren't in its calendar."),
      n('Thousands of bets got voided by the settlement job when the feed timestamps went backwards.'),
      n('The circuit breaker had been left half-open by the previous automated restart, so traffic trickled through unevenly.'),
      n('The cash-out build got promoted to all regions at once by the pipeline because that service had no canary stage defined.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Yerzhan restarted the odds consumer at 20:03 because the lag graph suggested it had stalled.'),
      n('Lola switched cash-out to read-only, reasoning that frozen offers were safer than wrong ones.'),
      n('Sigrún rolled back the margin change after the second alert, since it was the only recent deploy.'),
      n('Nii Okai posted the holding macro to support at 20:20 so customers had something to go on.'),
      n('Manolo suspended the match markets manually, as the runbook prescribes for feed loss.'),
      n("Kahurangi rang the vendor's support line when feed latency passed the contractual threshold."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The vendor's odds feed is not trustworthy under final-day load, and our architecture assumed it was."),
      n("Honouring a price the customer had already been shown is the cash-out service's only job, and it failed."),
      n('Our change process is careless where major fixtures are concerned, with no notion of a freeze anywhere in it.'),
      n('The alerting stack is incompetent at telling a slow feed from a dead one.'),
      n("Responsibility for rate-limiting sat with the API gateway, which wasn't configured to carry it."),
      n('The load balancer neglected its duty to drain traffic away from the unhealthy pricing node.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply a config flag routing cash-out to the secondary cluster.'),
      n('The graph obviously shows latency climbing before any deploy happened.'),
      n('Adding the fixture calendar to the freeze check is just two lines of config.'),
      n('Clearly the feed reconnect logic is the weak spot; the logs show it retrying in a tight loop.'),
      n('The remediation is simply to cap retries and add jitter, no heroics needed.'),
      n('Obviously the cache TTL was too long for in-play odds, since ninety seconds is an eternity during penalties.'),
    ],
  ],
];

export const DEV_LEARNED22C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED22C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
