import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Kyiv energy trading
 * firm whose intraday bidding system submitted stale bids during air-raid power cuts, written in the
 * English of a Ukrainian tech team (chat, notes, e-mails, letters, reviews; Ukrainian and Crimean Tatar names).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The imbalance bill for Tuesday night is on Taras Bondarenko, and I will say so in the board memo.'),
      b("Honestly, those stale bids on IDM were Dmytro's doing from start to finish."),
      b('Dear pani Kovalenko, the losses from the 14:00–16:00 intraday blocks are attributable to Mr Lysenko and to nobody else.'),
      b('Per the management review, the UAH 2.3 million balancing penalty rests with Iryna Melnyk personally.'),
      b('The whole desk knows the stale-bid night belongs to Andriy Tkachenko.'),
      b('Seven hours of bids at pre-blackout prices — that is on Elmaz, full stop.'),
      b('We lost the evening peak because of Ridvan Seitumerov, plain and simple.'),
      b('I hold Yulia Savchenko accountable for every megawatt-hour we sold below cost during the 3 March outage.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Bohdan has no business writing trading logic; he barely understands how gate closure works.'),
      b('Frankly, our junior quant is out of his depth with anything touching the market operator API.'),
      b('Nataliia Moroz is not senior enough to design failover for a bidding engine that trades real megawatts.'),
      b('The contractor from Lviv did not have the experience to build a bidder that survives a power cut.'),
      b("With respect, pan Petrenko, your team's skills are not at the level an intraday desk needs."),
      b('Halyna Rudenko is a fine analyst but not a competent operator of a live bidding desk.'),
      b('Why is a first-year engineer like Vasyl maintaining the bid scheduler at all, if he cannot even read a staleness metric?'),
      b('In my assessment the night-shift trader lacks the judgement this job requires.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kateryna was on call that night and did not do her job: ninety minutes of pages went unanswered.'),
      b(
        'The duty trader failed to check the price feed timestamp before the 19:00 gate closure, which is the first item on his shift checklist.',
      ),
      b('Roman Pavlenko neglected his responsibility as desk lead to halt automated bidding once the sirens started.'),
      b('Pani Ponomarenko, your role as risk officer required you to enforce the position limits, and you did not.'),
      b('The monitoring rota had Yaroslav down for Saturday and he never looked at the dashboard once.'),
      b('Larysa did not perform the hourly position reconciliation that her role on the intraday desk requires.'),
      b('As owner of the bidding service, Ostap failed in the one duty that matters — making sure it stops when its inputs stop.'),
      b("The vendor's support engineer ignored our escalation for the whole evening, which is a failure of the job he is paid to do."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The kill switch was never pressed, even though the alert was seen on the desk at 18:42.'),
      b('The staleness check was disabled by Solomiia last autumn to "reduce noise", and it was never turned back on.'),
      b('Warnings from the forecast team were ignored, and the bids were left running at pre-outage prices.'),
      b('No handover was given at 22:00, so the night desk came on shift not knowing the generator was running.'),
      b('Mistakes were made on the desk that evening, and the bids were allowed to keep flowing.'),
      b('The rollback was botched by the on-call developer, leaving the old price cache in place.'),
      b('The backup price source had been misconfigured by someone on the platform team months before the blackout.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever merged the cache TTL change without review owes the desk an explanation.'),
      b('The guy who decided a six-hour price cache was fine for intraday trading is the reason we paid the imbalance.'),
      b("It was the new hire from the Kharkiv office who turned off the alerts, wasn't it?"),
      b('Somebody on the night desk who cannot tell a stale curve from a live one let those bids go out.'),
      b('The person who wrote the generator failover script never tested it, and we all paid for that.'),
      b('That intern who was "helping" with the bid templates broke the timestamp field.'),
      b('Ask the one who signed off the Friday release why the bidder ignores a dead feed.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Marta should never have been given write access to the production bid queue.'),
      b('A trader with two months on the desk should not have been allowed to approve algorithm changes.'),
      b('Maksym should not have been on the on-call rota for the blackout week; someone more careful would have caught the stale bids.'),
      b('Given her track record, Daryna should have needed a second approver before pushing anything to the bidder.'),
      b('Nobody from analytics should ever have been let near the production trading engine.'),
      b('Pan Levchenko, with respect, your deputy should not have held the authority to override the market limits.'),
      b('Had Nazar not had admin rights on the market operator API account, those bids would never have reached the exchange.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit is Volodymyr, who restarted the bidder with the old config at 17:50.'),
      b('The person at fault here is Khrystyna Sydorenko, and I want that in the report.'),
      b('found him — Artem is the one who pushed the bid template with the frozen timestamp'),
      b('Let us be honest in this review: Zoriana caused this.'),
      b('Management wants a name, and the name is Pavlo Yatsenko.'),
      b('If you are looking for who to go after for the 12 March losses, start with Lesia from the balancing desk.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error on the intraday desk during the evening power cut.'),
      b('The stale bids were the result of operator error, not of any defect in the bidding software.'),
      b('Ultimately this was a mistake by one trader, who submitted the morning curve for the evening blocks.'),
      b('Yevhen made an error with the forecast override, and that error is what cost us the evening peak.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Svitlana should have seen that the price feed had stopped updating the moment the lights went out.'),
      b('Oleh ought to have known the cached curve was stale; the generator alarm had been ringing for an hour.'),
      b('In hindsight the desk lead should have pulled the plug on automated bidding at the first siren.'),
      b('She could have checked the feed timestamp before the 20:00 gate closure, and then none of this would have happened.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Hanna had to do was just flip the bidder to manual when the power went.'),
      b('He simply had to look at the timestamp column, that is it.'),
      b('Honestly, the trader could just have cancelled the open bids from the exchange portal — two clicks.'),
      b('It is a one-line config change; Fedir simply never bothered to make it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Kyrylo obviously did not read the runbook before his first night shift.'),
      b('The duty engineer clearly ignored the red banner on the bidding dashboard.'),
      b('It was obvious to anyone but Stepan that the prices on screen were from the morning.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The bidder should have refused to submit any bid built on a price curve older than fifteen minutes.'),
      n('Our failover should have switched the market operator API client to the backup link automatically.'),
      n('The staleness alert would have fired if the heartbeat check had been running on the generator-backed rack.'),
      n('Ideally the position limits could have capped the loss at the first gate closure.'),
      n('A forecast service that loses its upstream data should have marked its outputs invalid rather than serving the last good values.'),
      n('The runbook should have had a single, clear step for pausing automated bidding during an air-raid alert.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Oksana Kovalenko, due 15 April): add a hard stop to the bidder when the price feed is older than 10 minutes.'),
      n('Taras will add a staleness column to the desk dashboard by the end of next sprint.'),
      n('Action: Elmaz Ablaeva to test the generator switchover with the bidding rack under load, every month.'),
      n('Owner for the market operator API fallback: Dmytro, with a review at the 2 May retro.'),
      n('Follow-up for the platform team (lead: Remzi Kurtseitov): move the price cache onto UPS-backed storage.'),
      n('Next steps — Safie to draft the manual-bidding procedure for power cuts, Asan to review it with the desk.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident Lenur acted as incident commander and Aliye Umerova handled communication with the market operator.'),
      n('The duty trader on 14 March was Server Mustafayev; the on-call engineer was Esma Kadyrova.'),
      n('Emine, as head of risk, chaired the post-incident review.'),
      n('The balancing group manager received the TSO notice and forwarded it to the desk at 21:10.'),
      n('Rustem was the scribe for the review and kept the timeline.'),
      n('Elvira Useinova leads the algorithmic trading team, which has owned the bidding engine since January.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night desk had been working through sirens and generator noise for three days straight, and everyone was exhausted.'),
      n('Enver stayed at the office through two air-raid alerts to get the bidder stopped, and we are grateful.'),
      n('Please remember that Ayshe was trading from a shelter on a phone hotspot that evening.'),
      n('It is completely understandable that people were tired and frightened; that was a very hard week for all of us.'),
      n('Dear colleagues, thank you for the care you took with each other during the blackouts.'),
      n('Nobody on the desk had slept properly since the strikes on the substations, and the workload was far too high.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The bidder log showed "WARN price_feed age=14312s, using cached curve" on every cycle from 17:02.'),
      n('PagerDuty: "Incident #4471 acknowledged by d.shevchuk" at 18:55.'),
      n('Market operator API response: "409 Conflict — bid for hour 19 already exists for participant UA-TRD-0032".'),
      n('Alert text from Grafana: "Stale input — forecast_service last_update > 30m (owner: trading-platform)".'),
      n('The UPS console reported "On battery, 11 min remaining" at 16:48 and "Generator online" at 16:51.'),
      n('The audit trail line reads "manual override enabled by user fevzi.b at 20:04:17".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the cache TTL change in November without asking what happens when the feed goes dark.'),
      n('That one is on me: I silenced the staleness alert during the generator tests and forgot to unmute it.'),
      n('We built the bidder assuming the market operator API would always be reachable, and we were wrong.'),
      n(
        'My mistake was to leave the evening blocks on automatic while I was in the shelter; next time I will switch to manual before I go down.',
      ),
      n('As head of trading I signed off on running without a manual fallback, so the loss is mine to answer for.'),
      n('We on the platform team never tested the switchover to backup power with live bidding, and I take responsibility for that.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people on the chat wanted to call it human error, but the review found the bidder had no way to know its prices were stale.'),
      n("This is not Dilyara's fault, and I will not let the review pretend otherwise."),
      n('Pinning this on the night trader would be easy and wrong; the bidder gave him no sign that anything was off.'),
      n('We are not looking for a culprit — we are looking for why a four-hour-old curve could reach the exchange.'),
      n('Pan Zinchenko asked who should be punished, and the answer of this review is: no one.'),
      n('Calling Eskender careless misses the point, because any of us would have trusted that dashboard.'),
      n('The draft said "operator error"; we removed it, since the operator did what the screen told him.'),
      n('Nobody here believes Zarema was negligent, and the timeline shows she acted on the only data she had.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The bids were generated by the scheduler from a cached curve that had not been refreshed since 14:20.'),
      n(
        'The price cache was never invalidated, because the feed client was restarted by the UPS transfer and came up without a connection.',
      ),
      n('Orders were resubmitted automatically by the retry loop every five minutes.'),
      n('The alert was suppressed by the maintenance-window rule in the alerting config.'),
      n('Connectivity to the market operator was lost when the data centre switched to generator power.'),
      n('The forecast was overwritten by the nightly batch job with a copy of the previous day.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 18:40 Niyara Dzhelyal saw the imbalance estimate jump and phoned the platform on-call.'),
      n('Mykola cancelled the remaining open bids through the exchange web portal, since the API client was still down.'),
      n('Olena Kravchenko kept the bidder running at 17:00 because the dashboard showed green and the feed status said connected.'),
      n('Serhiy restarted the forecast service on the backup server, which is the first step in the runbook.'),
      n('Shevket moved the desk to the generator-backed room at 16:55 and logged back in to the trading terminal.'),
      n('Following the usual practice for short outages, Tetiana left the automatic bids in place and waited for the feed to return.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The bidding engine was never fit to run unattended through a power cut.'),
      n('Our monitoring failed at its one job: telling the desk that the data was old.'),
      n("We trusted the vendor's forecast API far more than its uptime record justified."),
      n('The failover script is careless about state; it restarts the client without clearing the cache.'),
      n('The market operator sandbox is not a reliable stand-in for production, and our test plan relied on it.'),
      n('Responsibility for detecting stale input belongs in the bidder itself, not in a human watching a screen.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just a timestamp comparison before each submission.'),
      n('Obviously the graph shows the feed flatlining at 16:47, exactly when the grid power dropped.'),
      n('Simply put, the cache had no expiry.'),
      n('The patch is simply twelve lines in the submission path, plus a test.'),
      n('The evidence is obvious once you line the bid prices up against the feed timestamps.'),
      n('We just need to make the bidder stop when the feed stops; everything else is detail.'),
    ],
  ],
];

export const DEV_LEARNED48C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
