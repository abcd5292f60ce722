import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 18C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a fintech start-up's Slack
 * threads and postmortem-doc comments (mixed case, emoji, sarcasm, memes, managers and engineers talking over
 * each other), with Korean, Akan (Ghanaian), Egyptian, Greek, Mexican, Dutch and Sinhala names and @handles.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('tbh the double-charge on 4k card payments is on Kofi, full stop 🤷'),
      b('Writing it in the doc the way it is: the settlement delay belongs to @thanos.k and nobody else.'),
      b('lol so Sanne personally owns the whole SEPA outage now, congrats on your first P1 🎉'),
      b('Comment on section 3: the three hours of frozen payouts trace straight back to Hyun-woo killing the retry worker.'),
      b("Not to be dramatic but that €40k FX loss is Itzel's, she made the call so she can explain it to finance."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly Dimitris lacks the seniority for ledger schema work, this week proved it'),
      b('@chuy writes migrations like someone who learned SQL from memes 💀'),
      b('Comment: I doubt Nadeeka has ever commanded anything bigger than a flaky test, and it showed on Tuesday.'),
      b('Bram fundamentally does not get idempotency, and his payments reviews make that painfully visible.'),
      b('ngl Afua is drowning on the card-auth stack and everybody lurking here knows it'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Tharindu held the primary pager and left it unacknowledged for 52 minutes. Literally the one job.'),
      b('As release captain Maartje was supposed to run the pre-deploy checklist, and she skipped it.'),
      b("Friday reconciliation sign-off is Mostafa's responsibility and this Friday he never did it."),
      b('@yaw you were incident commander and you vanished for the entire middle hour 🙃'),
      b('The compliance lead had exactly one duty during the KYC freeze, notifying the partner bank, and Eleni never sent that email.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('That PR was merged at 17:58 on Friday evening with zero approving reviews.'),
      b('Hotfix got shoved into prod by our on-call engineer with staging skipped entirely.'),
      b('That rollout was signed off by Ji-woo before anyone had looked at the canary numbers.'),
      b('The ticket was marked resolved before the refunds had even been reissued 🙄'),
      b('The FX rate override got deployed by somebody on the payments squad at 2am with no ticket attached.'),
      b('The demo feature flag had been left on in production for three days after the investor call.'),
      b('the migration was approved by Gijs in about 40 seconds so. yeah.'),
      b('Comment: the config change was rolled out globally in one go, against the runbook, by whoever held the release pager.'),
      b('The alerts were muted for the deploy and never unmuted afterwards, so two hours went by in silence.'),
      b('The webhook secret was rotated with no heads-up sent to the partner team, and that was the whole outage.'),
      b('The manual transfer was keyed in by ops without a second check, so customer funds landed in the wrong settlement account.'),
      b("Apparently the backfill got kicked off by Kwabena's team before the schema change had even landed 🤦"),
      b('So the runbook step was skipped, the DB was failed over by hand, and now here we are.'),
      b('The rate limit was bumped to 10x by a PM who wanted the launch dashboard to look pretty 📈'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided it was fine to run the payout script from their laptop owes the entire team their Saturday back.'),
      b('That new hire with the ledger patch needs to stay far away from prod for a while.'),
      b("Can the person who 'quickly tested' the IBAN validator please tell us what exactly they tested 🙃"),
      b("Every time, it's that one growth guy editing prod config 'for one second'."),
      b("Comment: the engineer who wrote a backoff-free retry loop created this incident, let's be honest."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Lefteris should never have had write access to the payments DB in the first place.'),
      b('Why was an intern allowed to sign off card-auth service changes?? 🤨'),
      b("Yasmin shouldn't have been put on call for settlements two weeks after joining, she clearly wasn't ready."),
      b('My vote: nobody from the contractor team gets let near the production ledger again.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who shipped the broken rounding change? Kasun. Next question.'),
      b('It was Sherif. The commit that broke the fee calc is his, I checked git blame 👀'),
      b("Nuwan's commit is the one that nuked the payout cron, let's not pretend otherwise."),
      b('👉👉 @despina.p that is your merge that took down checkout'),
      b('Before we close this doc I want to find out exactly who disabled the fraud rule.'),
      b("Let's track down who approved the vendor key rotation and have a little chat with them."),
      b('Everyone can stop guessing, the culprit is Ato from platform.'),
      b("Me, reading the deploy log: it's Femke. It's always Femke. 🕵️"),
      b('We need a name for who turned off the duplicate-payment check, and we need it today.'),
      b('git blame says Tonatiuh, and honestly that settles who is at fault here.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause: human error in Monday's manual settlement run."),
      b("Let's not overthink it, this was operator error on the reconciliation console."),
      b('The dashboard was fine; everything traces to a slip Ishara made while editing the rate table.'),
      b('Postmortem comment: cause is a fat-fingered amount from the ops analyst, textbook human error 🤷'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Kojo should have spotted the stale card BIN list before he approved the release.'),
      b('Anyone reading that alert at 3am had enough in front of them to realise the settlement file was half empty.'),
      b("Joon-ho could've noticed the latency climbing an hour before customers did if he'd been watching the graph."),
      b('In hindsight Marijke needed to confirm the new cutoff time with the bank first, that was hers to know.'),
      b("Looking back, the reviewer should've noticed the fee being applied twice."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Chathurika only had to just do a dry-run first. One command.'),
      b("He could simply have opened the two-page runbook, like, that's it 🙄"),
      b("@memo you literally just needed to click 'pause payouts', how hard is that"),
      b("Kwesi just had to ping the bank's ops line, it's a phone call, not rocket science."),
      b("Honestly if Radwa had simply waited for CI to finish we'd have had a normal Tuesday."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Lahiru obviously didn't test this against the sandbox before shipping."),
      b("Clearly nobody on the release team bothered opening the PSP's deprecation email."),
      b("It's so obvious Akosua never even glanced at her diff, the typo is on line 3 😂"),
      b('Stavros clearly knew the migration was risky and ran it anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The payout job should have refused to run on a half-empty settlement file.'),
      n("Our alerting could have paged someone the moment auth failures crossed 2%, and it didn't."),
      n("Ideally the deploy pipeline would've blocked a migration that has no down script."),
      n("tbh the PSP's sandbox should have behaved like prod, that's the entire point of a sandbox 🙃"),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: @kyungmin to put a dry-run gate in front of the payout script by end of sprint.'),
      n('Action item: Abena owns writing the reconciliation runbook, target 14 March.'),
      n('Owner: Paco. Task: alert when the settlement file row count drops more than 20%. Due next Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Eun-ji was incident commander and Wouter handled comms with the partner bank.'),
      n('Timeline note: Nayeli was on call for payments that night and picked up the first page.'),
      n('Scribe for the bridge call was Omnia; Ekow ran the DB failover.'),
      n("For the record, this week's release captain was Thijs and the reviewer on the PR was Heba."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge respect to Soo-ah, she was on the bridge from 1am till the bank opened and still wrote half this doc 💛'),
      n('Can we make sure Efua takes tomorrow off? She handled three pages back to back and sounded wrecked.'),
      n('Dinesh has been carrying the settlements rota alone for a month, no wonder people are exhausted.'),
      n('Sending hugs to @xochitl, who spent her birthday night reissuing refunds by hand 🎂😭'),
      n("Debugging a ledger at 4am like Jeroen did is brutal, and I'm grateful he stayed with it."),
      n('Really felt for Hossam on that call, you could hear the baby crying in the background while he rolled back 🥲'),
      n('Giorgos cared so much about getting the refunds right that he checked all 312 of them by hand.'),
      n('Pasindu and Madushani both pulled a double shift covering the KYC queue, please go sleep you two 🙏'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("PagerDuty says: 'Incident #4412 acknowledged by Yeong-ho after 00:41:17', pasting it for the timeline."),
      n('Log line from the worker: `ERROR payout_batch user=dilani.w aborted: insufficient float in settlement account`'),
      n('The audit log shows `role change: admin granted to sjoerd@ by okta-sync` at 09:12, copying it here.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('That was me, I merged the rounding change without running the fee tests. Adding them to CI today.'),
      n("ok I'll own it: I misread the cutoff time in the bank's spec and set the cron an hour late 😬"),
      n("Platform team here: we rolled the config out globally in one shot; that's on us and we're moving to staged rollouts."),
      n('My bad on the pager gap, I swapped shifts and forgot to update the schedule.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Before anyone types 'Chamara broke prod': our deploy tooling allowed an unreviewed change through, and that's what we're fixing."),
      n('Who pushed the button is not the question here, and I will delete any comment that turns it into that.'),
      n("Correction to the comment above: Ama didn't skip the checklist, the checklist never had a step for the FX cache."),
      n("The logs show Panagiotis acked within 2 minutes, so the 'slow on-call' story doesn't hold up."),
      n('Ok folks, stop piling on Seo-yeon in #payments-incident, this is a blameless review and she followed the runbook we gave her.'),
      n("Not human error, not operator error: that one screen had 'Confirm' and 'Cancel' in swapped positions."),
      n("I'm not going to write 'the new hire should have known' in this doc, because nothing told him."),
      n('Calling people incompetent misses it; the rate table has zero validation and the same value would get typed by anyone.'),
      n("People keep asking who's to blame, and the honest answer is nobody, the retry logic doubled the charge by design."),
      n("Saying Vasiliki 'obviously should have caught it' ignores that the diff was 4,000 lines of generated code."),
      n("Let's drop the 'who approved this' thread; the approval screen doesn't even show the target environment."),
      n("Hot take: the careless one here isn't Kobina, it's a deploy script that runs without a confirmation prompt."),
      n("I see the 'this is fine' meme with Bo-ra's face on it, please take it down, she did exactly what the alert told her to."),
      n('Blaming our on-call person for the 50-minute gap is wrong: the page went to a rota that was deleted in the Okta migration.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Once CI went green the PR got merged by the queue bot, flaky fee test included.'),
      n("The config was fanned out to all regions in one batch by the rollout tool, which treats an empty region list as 'all'."),
      n('The ticket was auto-closed by a Jira rule when the linked PR closed, even though refunds were still pending.'),
      n("The migration was approved by our policy-as-code check since it matched the 'additive only' pattern."),
      n('Payouts were switched over to the new PSP by the scheduled cutover job at 00:00 UTC, as designed.'),
      n('Stale FX rates had been left cached for hours by the rates client, which writes that key without a TTL.'),
      n('The new build was deployed to canary by Argo and promoted after the 10-minute health window passed.'),
      n("Duplicate webhooks were sent by the PSP's retry mechanism and accepted, since no idempotency key is checked on that endpoint."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Karim restarted the settlement worker at 02:14 because the runbook listed a restart as the first step.'),
      n(
        'Floor disabled the fraud rule temporarily since it was blocking 30% of legit payments and the vendor confirmed a false-positive spike.',
      ),
      n('Min-jun rolled back to v2.31 after seeing the error rate jump, since v2.31 had run clean all week.'),
      n('Guadalupe paused the payout queue while we worked out whether balances were right, which made sense with money moving.'),
      n('Rutger approved the PR based on green CI and a passing staging deploy, which is what our process asks for.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The PSP's sandbox is frankly incompetent at mimicking real decline codes 🙃"),
      n('Our alerting flunked the single task it exists for: telling a human when payouts stop.'),
      n("I don't trust the reconciliation script anymore, it has been silently wrong for weeks."),
      n('The deploy pipeline is careless with env vars, it happily ships a blank API key.'),
      n('Responsibility for blocking duplicate charges belongs in the ledger service, not in the mobile client.'),
      n("That vendor's KYC API is unreliable and downright negligent about rate-limit headers."),
      n("The cron scheduler isn't fit for the job of running anything that moves money."),
      n('The flag service is to blame here: it lets a flag live forever with no expiry and no owner field.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("Honestly it's just a one-line fix: check the idempotency key before the insert."),
      n("Look at the graph, the error rate obviously jumps right at 17:58, that's the deploy."),
      n('Simply adding a row-count check to the settlement import would have stopped this.'),
      n("It's clearly a timezone bug, the cutoff jumps exactly one hour on the DST weekend."),
      n('Just rerun recon against the corrected FX table and diff the outputs, should take ten minutes.'),
      n('The change was obviously tiny, a 3-line diff, which is why the blast radius surprised everyone.'),
      n('Simply put, the retry storm came from two services both retrying on 502 with no jitter.'),
    ],
  ],
];

export const DEV_LEARNED18C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED18C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
