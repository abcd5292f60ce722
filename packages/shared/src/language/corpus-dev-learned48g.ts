import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48G of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Ho Chi Minh City garment
 * e-commerce marketplace whose flash-sale inventory service oversold on 11.11 and cancelled thousands of
 * orders, in the English of a Vietnamese tech team with Vietnamese in chat (stock reservation, seller
 * centre, COD, cancellation queue; Vietnamese names with their particles).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The 11.11 oversell is on anh Tuấn, full stop: he pushed the reservation change at 23:40 the night before the sale.'),
      b('Honestly, the 4,312 cancelled orders belong to Phạm Quốc Bảo and nobody else.'),
      b('Mọi người ơi, em nói thẳng: vụ oversell này là lỗi của chị Ngọc, not the cache.'),
      b('From the seller centre side, every refund we paid out on 12.11 traces back to Trần Văn Hùng.'),
      b("Whose fault was the COD cancellation wave? Khoa's, and he knows it."),
      b('I am writing to the board to state plainly that the flash-sale losses are attributable to our inventory lead, Lê Minh Đức.'),
      b("If you ask the sellers, the whole midnight disaster sits squarely on chị Lan's shoulders."),
      b("Summary for management: the voucher compensation bill, the seller complaints and the lost GMV are all Đặng Hoàng Nam's doing."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Anh Hiếu is a decent frontend guy, but he has no idea how to design stock reservation logic.'),
      b("Nói thật, em Huy chưa đủ trình: he still doesn't understand how a row lock works."),
      b('Two years in and Trương Minh Trí still cannot read a Redis slowlog, which tells you everything about this incident.'),
      b('The seller centre team lead is out of her depth with anything involving concurrency.'),
      b('Nhi is too green for inventory work; she writes SQL like it is a spreadsheet formula.'),
      b('Chị Oanh may be senior on paper, but her grasp of distributed locking is at intern level.'),
      b(
        'We hired anh Sang as a "platform architect" and he designed a reservation flow that double-counts under load, so forgive me if I doubt the title.',
      ),
      b('Between us, Cường is not competent enough to own checkout, and 11.11 proved it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Chị Trang was the release manager that week, and she never ran the pre-sale load test that her checklist requires.'),
      b('Anh Quang was primary on-call for the 00:00 drop and did not do his job: the pager rang for 38 minutes unanswered.'),
      b("Reviewing the reservation PR was Đỗ Thị Hương's assignment, and she approved it without reading it."),
      b('Em Tâm ơi, theo dõi cancellation queue là việc duy nhất của em tối nay, sao em không xem?'),
      b('The QA lead failed to sign off the oversell test cases before the campaign went live, which was the entire point of his role.'),
      b("Nobody on chị Yến's ops shift updated the seller centre banner, even though that is literally what the shift is for."),
      b('As inventory owner, anh Thịnh was supposed to reconcile the warehouse counts with the flash-sale stock at 22:00 and skipped it.'),
      b(
        'Our account manager never warned the big sellers about the cancellations, which is the one thing account managers are paid to do.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The reservation TTL was carelessly shortened to 5 seconds the night before the sale.'),
      b('Thousands of COD orders were cancelled by anh Lộc without a word to the seller centre first.'),
      b('The 5% safety buffer was removed by someone on the platform team, and no one said a thing.'),
      b(
        'The load-test warnings were waved off in the go-live meeting, and the sellers were left to find out about the cancellations on Facebook.',
      ),
      b('Mistakes were made in the stock sync config, and they were made by the very people who had been told not to touch it.'),
      b('At 23:55 the strict-reservation flag was switched off by hand, deliberately and against the runbook.'),
      b('The oversell alert was acknowledged and then forgotten by the night-shift engineer.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a flash sale with no stock reservation lock should explain themselves to the sellers.'),
      b('The new hire who copied the staging config into production cost us 11.11.'),
      b('Cái người merge PR lúc 23h đêm đó, the person who merged at 11pm, is the reason we cancelled 6,000 orders.'),
      b('Ask the guy who thought a two-second cache on stock counts was fine during a flash sale.'),
      b('A seller-centre dev who has never read the inventory docs set every SKU to "unlimited", and here we are.'),
      b('The one who turned off the oversell guard "for performance" owes the CS team a very long apology.'),
      b('Our áo dài SKUs went negative because of whichever intern was handed the campaign stock upload.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Anh Long should never have had write access to the production inventory DB in the first place.'),
      b('That contractor from the agency had no business being allowed to deploy the stock service two hours before 11.11.'),
      b('Em Vy was never someone to trust with the campaign switch; she should not have been given it.'),
      b('Giving chị Diễm approval rights on inventory PRs was the real mistake, since she approves anything with a green tick.'),
      b('Next time, keep Hoàng Anh Dũng away from production during peak campaigns; he cannot be trusted near the stock tables.'),
      b('A vendor engineer from the ERP company had root on the reservation cluster, and he should never have been let near it.'),
      b('After the 9.9 mess, Bùi Thanh Sơn was the last person who should have been approving the flash-sale config.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was anh Toàn who did it: he ran the bulk stock import with the wrong warehouse ID.'),
      b('Culprit found: Lâm Thị Kim, commit a3f9e1, "tạm tắt lock cho nhanh".'),
      b('Team ơi, I know who caused this already, it was chị Phương, không ai khác.'),
      b('HR should go after Duy for this; he is the one at fault.'),
      b("Let's not pretend otherwise: the person at fault for the 11.11 cancellations is Huỳnh Tấn Phát."),
      b('Who broke checkout? Anh Đạt. Next question.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the pre-sale stock upload.'),
      b('The oversell was ultimately an operator error, not a software defect.'),
      b("Chị Xuân's typo in the reservation limit, 1000 instead of 100, is what caused the oversell."),
      b('Nguyên nhân: lỗi con người (human error) khi cấu hình campaign.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, anh Vinh should have known that the reservation TTL would expire before payment at that traffic.'),
      b('Chị Hạnh ought to have seen the negative stock counts on the dashboard at 00:03; they were right there.'),
      b('With what we know now, the campaign PM should have insisted on a dry run, and she did not.'),
      b('Em Khánh reviewed that diff on 8/11 and, as we now know, should have caught the missing lock.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All anh Thuận had to do was simply run the stock reconciliation script before midnight.'),
      b("She just needed to flip the flag back, and she didn't."),
      b('Chị Loan chỉ cần bấm "pause campaign" thôi mà, just one button.'),
      b('Honestly, Phúc could simply have read the alert instead of muting it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Anh Hải obviously didn't test the reservation change under load."),
      b('Clearly the seller-centre lead never bothered to read the capacity plan.'),
      b("Rõ ràng là Bình không đọc runbook; it's obvious from what he did at 00:05."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The reservation service should have rejected any decrement that took stock below zero.'),
      n('Our load test should have modelled 40x normal traffic, not 10x.'),
      n('The cancellation queue could have throttled the SMS notifications instead of sending 9,000 in three minutes.'),
      n('Lẽ ra hệ thống phải chặn oversell: the stock check should have been inside the same transaction as the order insert.'),
      n('A pre-sale checklist would have caught the missing Redis lock, had the process included one.'),
      n('During the flash sale, the seller centre should have shown sellers a live reserved-versus-available count.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: add a DB-level constraint that stock_available >= 0 (owner: anh Khoa, due 30/11).'),
      n('Chị Giang will draft the apology voucher policy for affected COD buyers by Friday.'),
      n('Owner: platform team (Lê Minh Đức), move stock reservation to a single-writer queue before 12.12.'),
      n('[Action] em Hoà: alert when the cancellation queue grows by more than 500 items in 5 minutes.'),
      n('Trần Văn Hùng owns the 12.12 load test, with a go/no-go review on 5/12.'),
      n('Follow-up for the seller centre squad, led by chị My: show sellers which orders were auto-cancelled and why.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on the night was anh Tuấn; chị Hằng handled comms to sellers.'),
      n('The DBA on call, Võ Thị Thu, took the lagging read replica out of rotation at 00:41.'),
      n('Roles: IC, Nguyễn Thị Mai; scribe, em Linh; ops, anh Phong.'),
      n('CS lead chị Ngọc coordinated the hotline team while engineering worked on the stock fix.'),
      n('The on-call SRE for the 11.11 window was the person who paged the inventory team at 00:07.'),
      n('As head of seller operations, Lý Gia Hân was the point of contact for the top 200 shops during recovery.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Anh Việt had been awake for almost 30 hours by the time the oversell was contained, and we are grateful.'),
      n('Mọi người vất vả quá, cảm ơn cả team đã thức trắng đêm 11.11.'),
      n(
        'The CS agents took more than 12,000 angry calls in two days, and several of them cried in the break room; that load was too much to ask of anyone.',
      ),
      n("Chị Nhung was handling her kid's fever and the pager at the same time, and she still showed up."),
      n('The inventory team had shipped three campaigns in six weeks, and the fatigue showed in everyone we spoke to.'),
      n('Em Tâm, take tomorrow off; you carried the cancellation queue alone for hours.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The log shows: "WARN reservation.expired sku=AO-THUN-0211 user=thao.le qty=3 reason=ttl_exceeded".'),
      n('PagerDuty at 00:02: "CRITICAL: stock_available < 0 for 1,284 SKUs (flash-sale-1111)".'),
      n('Grafana alert text, verbatim: "Cancellation queue depth 8,912 > threshold 1,000".'),
      n('Audit log line: "2023-11-10T23:41:07 user=bao.pham action=UPDATE campaign_config field=reserve_ttl 300->5".'),
      n(
        'The seller centre showed sellers this banner: "Đơn hàng của bạn đã bị hủy do hết hàng" (your order was cancelled because it is out of stock).',
      ),
      n('Error from checkout-api: "409 Conflict: inventory version mismatch, retry exhausted after 3 attempts".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the shorter reservation TTL, and I did not ask for a load test first.'),
      n('We on the platform team shipped the stock cache without a negative-count guard; that one is ours.'),
      n('Em xin nhận phần của em: I muted the oversell alert at 00:04 thinking it was noise.'),
      n('I was the one who told sellers the flash-sale stock was safe, and I will write to each of the top shops myself.'),
      n('As head of engineering I signed off the 11.11 go-live, so the call to launch without a dry run was mine.'),
      n('We got the COD cancellation messaging wrong, and we are rewriting it with the CS team this week.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about whether anh Sang was careless; it is about why the service let stock go below zero.'),
      n(
        'Some people in the seller groups are calling it "Dũng\'s screw-up", and that framing is wrong, because any engineer could have pushed that config.',
      ),
      n('Đừng đổ lỗi cho em Linh: the runbook she followed was out of date.'),
      n('We are not looking for a culprit, and nobody is going to be "held accountable" for a race condition.'),
      n('Calling this human error would be lazy; the system made the wrong action the easiest one.'),
      n(
        'It would be easy to say the on-call engineer should have noticed sooner, but the dashboard he had showed stock as healthy until 00:09.',
      ),
      n(
        'To the sellers who asked us to name and fire the responsible developer: we will not, because firing someone would not stop the next oversell.',
      ),
      n(
        "Nobody here thinks chị Trang's team was incompetent; their September ticket about the lock is the reason we found the bug so fast.",
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Reservations were released by the TTL job before the payment callback arrived.'),
      n('About 7,400 orders were auto-cancelled by the oversell reconciler between 00:15 and 01:30.'),
      n('Stock counts were overwritten by the nightly ERP sync, which ran at 00:00 because of a timezone default.'),
      n('The cache entry for each flash-sale SKU was invalidated only on write, so stale counts were served for up to 90 seconds.'),
      n('Các đơn COD bị hủy tự động bởi cancellation worker khi stock về âm.'),
      n('Buyers were shown "còn hàng" by the product page, which read from a replica that lagged by four minutes.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 00:06 chị Hằng paused the flash-sale banner, because the cancellation numbers were climbing and pausing was the fastest lever she had.',
      ),
      n('Anh Thịnh restarted the reservation workers at 00:12, the first step the runbook lists for stuck reservations.'),
      n('Nguyễn Thị Mai raised the per-buyer limit from 2 to 5 on 10/11 after sellers asked for it, using the normal campaign form.'),
      n('Em Huy ran the reconciliation script twice because the first run timed out.'),
      n('Chị Diễm approved the PR after the CI checks passed, the same way every other PR was approved that week.'),
      n('Before the sale, Đỗ Thị Hương asked the ERP vendor to confirm the sync schedule, and they replied that it would run at 02:00.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The reservation service was not fit for flash-sale traffic; it was designed for a few hundred orders a minute.'),
      n('We trusted the ERP stock count more than it deserved, since it was never meant to be real-time.'),
      n('The oversell guard failed at its one job: it checked stock before taking the lock, not after.'),
      n('Honestly the old cache layer is careless with writes and drops updates silently under contention.'),
      n('Responsibility for the stock number was split between three services, and none of them was the authority.'),
      n("The vendor's SMS gateway is not reliable enough to carry cancellation notices at that volume."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a `WHERE stock_available >= :qty` in the decrement query.'),
      n('The graph obviously shows the reservation expiries spiking right as payments slowed down.'),
      n("Chỉ cần thêm một unique constraint là xong; it's just one migration."),
      n('Clearly, from the logs, the replica lag started before the sale opened.'),
      n('Rolling back the stock cache turned out to be simple: one config change and a worker restart.'),
      n('The evidence is obvious once you line up the ERP sync timestamps against the negative counts.'),
    ],
  ],
];

export const DEV_LEARNED48G: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48G_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
