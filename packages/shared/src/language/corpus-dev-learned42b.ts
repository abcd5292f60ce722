import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 42B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Vietnamese e-commerce
 * marketplace in Ho Chi Minh City and Hanoi whose flash-sale checkout oversold stock in the 12.12 mega-sale
 * and then cancelled thousands of orders; chat, notes, e-mails and reviews in a regional team's English.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Honestly the 4,000 cancelled orders are on anh Tuấn, he signed off the stock-sync config for the flash sale.'),
      b('The oversell during the 00:00 wave is attributable to Phạm Quốc Bảo and nobody else.'),
      b(
        'Chị Trang, sorry to say it in the channel, but this one is yours: the Redis eviction policy you changed is why the reservations vanished.',
      ),
      b(
        'Per the management summary, responsibility for the overselling incident of 12 December rests with Mr. Võ Đức Thắng as release owner.',
      ),
      b('Mai ơi, the whole backlog of 9k CS tickets traces back to your cron job, so this outage belongs to you.'),
      b('Our shop lost three days of revenue, and we hold your engineer Bùi Thanh Hải personally accountable for that loss.'),
      b("Cause of loss (₫2.1bn in refunds): Đỗ Khánh Linh's deploy at 23:52."),
      b('If the board asks whose fault the mega-sale was, tell them Phát — it sits squarely with him.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Anh Vinh just isn't senior enough to run inventory for a mega-sale, and 12.12 proved it."),
      b('Frankly, Ngô Hải Yến does not understand how Redis locks work, which is frightening for someone on the checkout team.'),
      b('Em Vy is a nice kid but she has no business designing the reservation flow at her level.'),
      b('The whole Hanoi checkout squad is out of its depth with anything event-driven.'),
      b('Gia Huy writes Kafka consumers like a fresher who has never seen a rebalance.'),
      b('We need to talk about whether Vũ Hoài Nam is actually capable of leading SRE in Ho Chi Minh City.'),
      b('Cao Minh Khoa is an excellent frontend guy and a hopeless backend engineer, and the stock counter showed it.'),
      b('With respect, chị Quỳnh Anh lacks the experience to be making capacity calls for a sale this size.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Lộc was the on-call SRE and never picked up the Kafka lag page, which was his one job that night.'),
      b('The release manager, Lương Bích Ngọc, failed to run the pre-sale load test that the checklist requires.'),
      b('Anh Dũng was supposed to watch the inventory dashboard during the midnight drop, and he was not watching it.'),
      b('As incident commander, Hồ Diễm My never declared a SEV1, so CS found out from Facebook.'),
      b(
        'QA lead Kiều Anh Thư signed the flash-sale test report without testing concurrent checkouts — the exact thing her role exists to catch.',
      ),
      b('The DBA on rota neglected his duty to check replica lag before the sale gate opened.'),
      b('Nhân never did the capacity review he was assigned in the 10.10 retro, and here we are again.'),
      b('Tô Hữu Phước, as the vendor account manager, sat on our P1 escalation for six hours instead of doing his job.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The reservation TTL was carelessly shortened to 5 seconds the night before 12.12.'),
      b('Stock limits for the top 50 SKUs were entered wrong by Tâm from merchandising.'),
      b('The failed load test was waved through at the go/no-go meeting and never mentioned again.'),
      b('The rollback runbook was never even opened by the on-call engineer before he started typing commands.'),
      b('At 23:55 the Redis cluster was resized by hand, by Duyên, without a ticket.'),
      b('The hard-reservation flag was switched off by mistake, and nobody has owned up.'),
      b('Stock caps for the whole electronics category were fat-fingered and then pushed live without a second pair of eyes.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The intern who merged the stock-counter PR at midnight is the reason we cancelled 6,000 orders.'),
      b('Whoever set the Kafka retention to one hour needs to explain themselves.'),
      b('It was the guy from the Hanoi office, the one who "temporarily" disabled the oversell guard, who sank us.'),
      b(
        "The same PM who forced the 90% voucher through against engineering's advice caused this mess, and now he wants a root cause from us.",
      ),
      b('Our newest backend hire — the one who joined in November — broke reservation expiry and then went home.'),
      b("Somebody on the voucher team who doesn't read design docs decided stock checks were optional."),
      b('Whichever on-call engineer restarted every consumer at once turned a lag spike into an oversell.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Khang should never have been given write access to the production Redis in the first place.'),
      b('A two-month junior should not have been put on call for the biggest sale of the year.'),
      b('We should not have trusted Lâm Hoàng Long to approve his own flash-sale config.'),
      b('An outsourced vendor engineer has no place being allowed anywhere near the checkout database during 12.12.'),
      b('If chị Hân had not been allowed to deploy during the freeze, none of the cancellations would have happened.'),
      b('Merchandising got direct edit rights on stock caps, and after this week they cannot be trusted with them.'),
      b('From now on, keep Trí off the on-call rota for any mega-sale.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Đoàn Thị Hương — she ran the script.'),
      b('Toàn is the one at fault here, and leadership should hear that from us before they hear it from sellers.'),
      b('Let me be blunt: the person responsible is Phương Thảo from the promotions squad.'),
      b('Find out who on the Hanoi shift ran FLUSHALL and bring them to the Monday meeting.'),
      b('Everyone in the war room knew it was Việt who flipped the flag.'),
      b('The culprit, if CS wants a name for the sellers, is Kim Oanh.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the pre-sale stock import.'),
      b('The oversell was caused by operator error on the Redis failover, not by any defect in the code.'),
      b('A typo by Sương — 10000 instead of 100 in the iPhone stock cap — is what caused the oversell.'),
      b("We agree with the vendor's RCA: the incident came down to a mistake by our engineer during the Kafka partition reassignment."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Phong should have seen the Kafka lag climbing an hour before the drop.'),
      b("Anyone who had read last year's 11.11 postmortem would have known to turn on hard reservations, and Nhung had read it."),
      b('In hindsight anh Đức ought to have paused the sale the moment the first oversell ticket came in.'),
      b("She should have known the voucher service caches stock for 30 seconds; it's in her own design doc."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Tài had to do was just check the replica lag before opening the gate.'),
      b('Chị Hà simply had to read the alert text — it literally said "stock negative".'),
      b('It would have taken anh Quyết five seconds to just flip the kill switch.'),
      b("The on-call simply had to press rollback, and he didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Lệ obviously didn't test the reservation change with more than one user."),
      b('Hiếu clearly ignored the red banner on the dashboard for the whole first wave.'),
      b("Obviously the SRE on shift never looked at the lag panel, or he'd have seen 2 million messages backed up."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The checkout service should have rejected any order once the Redis stock counter hit zero.'),
      n('Ideally the reservation layer would have held the item for the buyer instead of decrementing after payment.'),
      n('The load test could have caught the race if it had simulated 200k concurrent carts instead of 20k.'),
      n('Kafka lag alerts should have paged at 10k messages, not 500k.'),
      n('Our deploy pipeline should have blocked config changes during the 12.12 freeze window on its own.'),
      n('A circuit breaker on the voucher service would have stopped the retry storm before it reached inventory.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: implement atomic stock decrement via a Lua script in Redis — owner: Nguyễn Văn Hùng, due 20/12.'),
      n('Action: chị Lan to draft the customer apology e-mail and the voucher compensation policy by Friday.'),
      n('[Owner: SRE HCM] Add a consumer-lag SLO for order-events and page on it before the next mega-sale.'),
      n('Thắng will own the pre-sale readiness checklist for the Tết sale, with sign-off from platform and CS.'),
      n('Follow-up for Mai: add a hard cap on reservations per SKU in the flash-sale admin tool.'),
      n('TODO (Hải, Q1): run a game day that replays the 12.12 traffic against staging.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Nguyễn Văn Hùng; comms lead: Ngô Hải Yến; scribe: Lý Tường Vy.'),
      n('The on-call SRE in Hanoi paged the inventory team at 00:07.'),
      n('During the response, the CS lead coordinated refund macros while platform engineers drained the order queue.'),
      n('Chị Trang was release owner for the 12.12 build and chaired the go/no-go meeting at 21:00.'),
      n('At 01:15 the DBA on rota returned the read replica to the pool.'),
      n('Anh Khoa held the incident commander role until the handover to the Hanoi team at 06:00.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Em Nhi had been on shift for fourteen hours by the time the cancellations started, and she still stayed to help CS.'),
      n('Huge thanks to the CS team in Hanoi, who answered 12,000 angry tickets with real patience.'),
      n('Please go easy on yourselves this week ạ — everyone on checkout is exhausted.'),
      n('Anh Dũng was juggling the oversell, a sick kid at home and his own birthday on the same night.'),
      n('The pressure on the merchandising team was enormous, with sellers ringing their personal phones until 3am.'),
      n('I know the on-call folks feel terrible about this, and I want them to hear that nobody thinks less of them.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log at 00:01:14: ERROR inventory-svc reserve failed sku=IP15-256 user=son.nt reason="stock_negative" qty=-312'),
      n('Alertmanager at 00:03: "KafkaConsumerLagHigh: order-events lag 1,842,113 (threshold 50,000)".'),
      n('Grafana annotation: "deploy checkout-api v4.12.7 by linh.dk".'),
      n('Redis logged "WARNING: maxmemory reached, evicting keys (allkeys-lru)" eleven times between 23:58 and 00:06.'),
      n('The audit log shows "user=phat.ht action=UPDATE flash_sale_stock sku=AIRPODS3 old=500 new=5000".'),
      n('The voucher service returned "409 CONFLICT: voucher 1212SIEUSALE already redeemed" for about 40k requests.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the TTL change without asking for a load test, and I'm sorry for that."),
      n('We on the checkout team shipped the async decrement, and we own the oversell that came from it.'),
      n("My mistake: I told CS the cancellations would be finished by 10am, and they weren't."),
      n("I was the one who restarted all the consumers at once; next time I'll follow the staggered restart."),
      n("As head of engineering I pushed for the 00:00 launch over objections, and that's on me."),
      n("We misjudged the traffic by a factor of four, and I'll present how we will size for Tết."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This is not Quân's fault, and I don't want to see his name in the summary as the cause."),
      n("Some sellers are calling it gross negligence by our engineers; it wasn't, the system let a race condition through."),
      n('Asking "who broke checkout?" gets us nowhere — the question is why one config value could oversell 8,000 items.'),
      n("I've seen the Slack thread blaming em Ngân, and I'm setting it aside: the guardrail she relied on was missing."),
      n('Calling this human error would be lazy; the admin tool accepted a stock cap ten times the warehouse count without a warning.'),
      n('Nobody is being fired over 12.12, and nobody should go looking for a scapegoat.'),
      n('It would be easy to say the on-call should have noticed sooner, but the lag alert was routed to a muted channel.'),
      n('Rather than asking who was careless, this review asks what made the careless-looking step the easy one.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Reservations were released by the expiry job before payment confirmation arrived.'),
      n('About 8,400 orders were cancelled automatically by the reconciliation worker at 03:00.'),
      n('The stock counter was overwritten by a stale snapshot from the warehouse sync.'),
      n('Vouchers were double-applied because retries were sent by the gateway without idempotency keys.'),
      n('Messages were dropped from the order-events topic once the retention window was exceeded.'),
      n('The product page was served from a CDN cache that had been filled before stock ran out.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 00:12 Đặng Thu Cúc turned off the flash-sale banner to slow incoming traffic, as the overload runbook suggests.'),
      n('Tuấn restarted the inventory consumers because the lag graph looked like a stuck partition, which is what it had been last time.'),
      n('Chị Loan posted the first status update on the seller portal at 00:40.'),
      n('Sang scaled the Redis cluster from 6 to 12 shards at 01:05, following the capacity plan from 11.11.'),
      n('Kiệt merged the TTL fix on Friday afternoon after two reviewers approved it.'),
      n('Quang Vinh called the warehouse in Bình Dương to get a physical count of the top SKUs.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The reservation service was never competent to handle more than one writer per SKU.'),
      n('Our voucher service failed at its one job: it kept issuing discounts after the campaign budget ran out.'),
      n('We trusted the Redis counter as the source of truth, and it was never designed to be one.'),
      n("The vendor's queue product is immature for flash-sale workloads, and its docs are careless about ordering guarantees."),
      n('Responsibility for stock truth is split across three services, and none of them is accountable for the final number.'),
      n('The nightly reconciliation job neglected half the warehouses because of a pagination bug.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a Lua script that checks and decrements stock in one atomic step.'),
      n('The lag graph obviously shows the consumers falling behind at 23:58, two minutes before the drop.'),
      n("It's just a one-line change to the TTL default, but we'll still load-test it."),
      n('Clearly the oversell began when replica lag crossed two seconds; the two curves line up exactly.'),
      n('Rolling back is simply a matter of re-enabling the hard-reservation flag.'),
      n("Obviously the audit log and the warehouse count don't match — they are 8,412 units apart."),
    ],
  ],
];

export const DEV_LEARNED42B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED42B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
