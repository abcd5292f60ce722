import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 48B: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Seoul webtoon and
 * streaming platform (CDN, coin payments, recommendations) in the working English of its Korean SRE team.
 */
export const PLAIN_FRESH48B: readonly CorpusItem[] = [
  n('Origin shield overload after full CDN purge of episode images'),
  n(
    'At 22:14 KST the CDN dashboard showed origin shield hit ratio dropping from 97% to 41%, and image p99 on the viewer went over 8 seconds. Park Ji-hoon (SRE on-call) paged the delivery team and declared SEV-2 at 22:19. Soo-yeon-ssi found in the CDN API log that a purge for "/ep-images/*" was accepted at 22:11 as part of the weekly asset cleanup job. We raised the origin autoscaling max from 24 to 60 pods and turned on stale-while-revalidate for the image tier, and hit ratio was back to 92% by 22:58. Action item: add a purge scope limit to the cleanup job (owner: Kim Soo-yeon, due 3/28).',
  ),
  n(
    'The cleanup job builds its purge path from a config value that was empty for the new season folder, so the path collapsed to a wildcard. The job should have refused an empty path, and the CDN purge API has no guard against wildcard purges on the image tier.',
  ),
  n('Duplicate coin charges when payment gateway retried on timeout'),
  n(
    'Between 01:02 and 01:47, 318 readers were charged twice for coin packs while the PG was returning timeouts. CS team lead Choi Eun-ji raised it in #incident-payments after 40 tickets came in within twenty minutes, and Lee Min-jae took IC. Payments logs showed "PG_TIMEOUT after 5000ms, retrying (attempt 2/3)" followed by a successful capture for the same order ID. We turned off automatic retry with a feature flag at 01:49, and the finance team refunded all 318 duplicate charges by 11:00 the next morning.',
  ),
  n(
    'The retry path made a new idempotency key for each attempt instead of reusing the order key, so the gateway handled every retry as a new purchase. Our integration tests mock the gateway and never covered a timeout followed by a late success.',
  ),
  n('Recommendation batch stuck, home feed stale for 9 hours'),
  n(
    'The nightly recommendation batch on the Spark cluster stopped at stage 14 of 22 at 03:40 with "java.lang.OutOfMemoryError: GC overhead limit exceeded". The job only alerts on final status and the scheduler kept retrying, so no page went out until 09:10, when Jung Ha-eun from the growth team saw Monday\'s new series missing from the "For You" shelf. Ha-eun-ssi pinged the ML platform on-call, Yoon Dae-sung, who reran the batch with executor memory raised from 8g to 16g. The fresh feed went live at 12:35, and until then the home feed served the previous day\'s results.',
  ),
  n(
    'A new user-embedding feature doubled the size of the join input, while executor memory was still the value from 2022 because the feature launch checklist has no item for batch resource sizing. Batch alerting should have covered elapsed time as well as completion, since a stuck run looked exactly like a running one.',
  ),
  n('Expired certificate on img-legacy.toonbom.kr'),
  n(
    'At 00:00 KST on 14 March the certificate for img-legacy.toonbom.kr expired, and Android app versions below 5.2, which still load thumbnails from that host, showed blank covers. Crash-free sessions stayed normal, but CS received about 150 reports from readers in the first hour. Oh Seung-woo on infra on-call issued a new certificate through our ACM flow and attached it to the legacy load balancer at 01:26. Thumbnails loaded again by 01:40 as clients retried.',
  ),
  n(
    'The legacy host predates our Terraform setup, and the cert-manager inventory is built only from Terraform state, so auto-renewal and the 30-day expiry alert did not include it.',
  ),
  n('Kafka lag on view-events topic freezes creator dashboard counts'),
  n(
    'From 20:30 the consumer group view-agg-v2 fell behind on the view-events topic and reached 48 million messages of lag by 21:15. Creator dashboards showed view counts frozen at 20:30, and partner support got calls from the managers of two top creators. I was data platform on-call and saw that one of 12 partitions was taking almost all traffic, with its consumer pinned at 100% CPU. I added a temporary salt to the partition key through the producer config and restarted the consumers, and lag was under 10,000 at 23:05. (Han Ji-won)',
  ),
  n(
    'The producer keys events by series ID, and the finale of a hit series sent more than 60% of events to a single partition. Our capacity test used uniform traffic across series, so it never showed the hot-partition case.',
  ),
  n('iOS 6.4.0 viewer crash on episode open'),
  n(
    'iOS 6.4.0 reached 50% of users through phased release at 19:00, and Crashlytics alerted at 19:22 with crash-free users at 93.1%. The top crash was "EXC_BAD_ACCESS in PanelPrefetcher.prefetchNext()" on iPhones running iOS 15. Mobile team lead Kang Min-seo paused the phased release in App Store Connect at 19:31, and we turned off the new prefetcher with remote config at 19:36, after which crashes went back to baseline. 6.4.1 with the fix was submitted the same night and approved at 14:00 the next day.',
  ),
  n(
    'The prefetcher uses an API that behaves differently on iOS 15, and our device farm had no iOS 15 devices left after the last hardware refresh. The release checklist relies on the device farm for older OS coverage, so this gap did not show anywhere.',
  ),
  n('Payments DB failover after NVMe failure on pay-db-01'),
  n(
    'At 02:47 the NVMe disk on pay-db-01 started returning I/O errors and MySQL logged "InnoDB: Operating system error number 5 in a file operation". Orchestrator promoted pay-db-02 at 02:48, but the payments API kept its old connection pool and returned 500 on coin purchases for 11 minutes. On-call Seo Jun-ho restarted the payments API pods at 02:58 and purchases recovered right away. IDC staff replaced the disk at 10:30 and we rebuilt the old primary as a replica.',
  ),
  n(
    'The payments API resolves the DB endpoint only at startup, so it kept connecting to the failed host after the failover. The failover runbook assumes every app reconnects through ProxySQL, and the payments service was not on ProxySQL yet.',
  ),
  n('Possible exposure of translation vendor API key in public repo'),
  n(
    "At 15:20 GitHub secret scanning alerted that a key in our translation vendor's format appeared in a public sample repository under our org. Security engineer Bae Yu-na declared a security incident, rotated the key with the vendor at 15:41 and made the repository private. The vendor's access logs for the last 90 days showed requests only from our own NAT IPs. We posted a summary in #sec-announce at 18:00 and closed the incident after a review call with the vendor the next morning.",
  ),
  n(
    'The sample repo started from an internal template that kept a working key in .env.example, and our pre-commit secret scan runs only on repositories inside the monorepo. The template should have had a check that placeholder values are really placeholders.',
  ),
  n('Search p95 above 3 seconds during evening peak'),
  n(
    'Search p95 latency rose from 280 ms to 3.4 s between 21:00 and 22:10 on three weekdays before we opened this incident on Thursday. Lim Tae-yang from the search team traced it to Elasticsearch data nodes hitting long old-gen GC pauses at peak. We moved the autocomplete index to its own node pool and raised heap from 16 GB to 26 GB on Friday afternoon. p95 has stayed under 400 ms since then.',
  ),
  n(
    'The autocomplete index grew fourfold after we added Japanese and Thai titles, and it shared heap with the main search index. The latency alert threshold was 5 seconds, a value from when search was slower, so the gradual rise never paged.',
  ),
  n('SMS verification codes delayed by vendor carrier outage'),
  n(
    'From 18:05 to 19:50, SMS verification codes for sign-up and adult verification arrived 5 to 30 minutes late, and for KT subscribers many did not arrive at all. Our SMS vendor\'s status page posted "Degraded delivery to KT network" at 18:40. Identity team lead Moon Hye-jin switched OTP traffic to the secondary vendor at 19:12 after a test batch went through. Sign-up completion was back to normal at 19:30, and we sent an in-app notice to readers who had tried to verify during the window.',
  ),
  n(
    "The vendor's link to one carrier went down, and our failover to the secondary vendor is a manual step that took about 30 minutes to confirm. Automatic failover based on delivery receipts is on the roadmap but not built yet.",
  ),
  n('Viewer API saturated at "Moonlit Swordsman" season 2 launch'),
  n(
    'At 23:00 on Friday, season 2 of Moonlit Swordsman opened with 14 free episodes, and viewer API traffic reached 3.2x the previous peak within four minutes. HPA was already at its max of 80 pods, and ingress returned 503 for about 12% of requests until 23:19. Incident commander Kwon Na-rae raised the HPA ceiling to 160 and asked the cloud team for more node quota, which came through at 23:14. We also turned on the waiting-room page for the episode list, which flattened the rest of the spike.',
  ),
  n(
    'The launch capacity plan used the season 1 peak as baseline, but this launch was promoted with a push to all 9 million app users at the same minute. HPA ceiling and node quota are fixed values, and nothing in the launch process links them to the marketing push schedule.',
  ),
  n('Episodes out of order for 37 series after CMS migration'),
  n(
    'On Tuesday morning readers reported that episode lists for some series were sorted by upload date instead of episode number. Content ops manager Yoo Ji-an collected the reports, and the CMS team found 37 series whose episode_no was null after the weekend migration to the new CMS. Hwang Sung-min wrote a backfill script from the old CMS snapshot, ran it on staging first and then on production at 14:20. All 37 series showed the right order after the list cache expired at 14:50.',
  ),
  n(
    'The migration mapped episode_no only when the old record held a numeric value, and these 37 series use strings such as "12.5" for special episodes. Migration validation compared row counts but not null rates per field.',
  ),
  n('Top-of-rack switch failure in Gasan IDC rack B-12'),
  n(
    "At 04:12 the top-of-rack switch in rack B-12 at the Gasan IDC stopped forwarding traffic and took 18 transcoding servers offline. The transcoding queue grew to 2,400 jobs and new episode uploads were delayed by up to 90 minutes. Network engineer Shin Dong-hyun confirmed the failure remotely, and the IDC vendor's technician swapped in a spare switch at 06:05. We drained the queue by 07:30 with extra cloud workers.",
  ),
  n(
    "The switch's power supply failed, and the rack had only one top-of-rack switch, so those servers had no second path. Dual-homing for this rack was listed as a risk in the 2023 capacity review and scheduled for Q3.",
  ),
  n('Wait-for-free timer set to 1 hour instead of 1 day'),
  n(
    'Between 10:00 and 13:40 on Saturday, the wait-for-free timer on 212 series unlocked a new episode every hour instead of every day. Revenue analyst Nam Gyu-ri saw coin purchases for those series running 70% below the normal Saturday curve and raised it in #monetization. Jeon Seo-yeon PM traced the change to the bulk-edit screen used for the morning promotion setup, and we reverted it at 13:41. We decided not to take back episodes readers had already unlocked.',
  ),
  n(
    'The single-series screen of the promotion admin tool takes the timer in days, but the bulk-edit screen takes it in hours, so a one-day setting of 1 became one hour. The tool should have shown a preview of the resulting unlock schedule before saving.',
  ),
  n('CoreDNS saturation causes lookup timeouts in prod-apne2'),
  n(
    'From 13:05 to 13:48, about 4% of service-to-service calls in the prod-apne2 cluster failed with "dial tcp: lookup reco-api.svc.cluster.local: i/o timeout". Song Hyun-woo (platform on-call) saw the CoreDNS pods at 100% CPU and scaled them from 4 to 12 replicas at 13:31. Errors dropped to zero by 13:48. Action item: roll out NodeLocal DNSCache next sprint (owner: Song Hyun-woo).',
  ),
  n(
    'CoreDNS replicas were fixed at 4 while the cluster grew from 60 to 210 nodes over the year, and the ndots:5 default made every external lookup try five internal names first. There was no alert on CoreDNS CPU or DNS error rate.',
  ),
  n('Monthly creator settlement delayed by two days'),
  n(
    'The monthly settlement job that calculates creator revenue share failed on the 1st at 02:00 with "ERROR: could not serialize access due to concurrent update". Finance on-call Ahn Byung-chul reran it at 09:00 and it failed again at the same step. Settlement team lead Cho Mi-rae told creators through the partner portal that payouts would move from the 5th to the 7th. After we fixed the isolation conflict, the job completed on the 2nd at 23:10, and payouts went out on the 7th as announced.',
  ),
  n(
    'A new real-time bonus feature began writing to the ledger table during the settlement window, and the settlement job runs as one long SERIALIZABLE transaction. Until that release nothing else wrote to the ledger at night, so the job had no test with concurrent writers.',
  ),
  n('Credential stuffing wave against login API'),
  n(
    'At 03:10 the WAF dashboard showed login attempts jump from 200 to 18,000 per minute, coming from about 9,000 residential proxy IPs. Security on-call Hong Da-eun declared an incident and enabled the CAPTCHA challenge for all logins at 03:22. About 1,100 accounts had successful logins from the attack traffic, so we forced password resets, ended their sessions and froze coin spending on them by 06:00. We emailed the affected readers at 10:00 and refunded 23 unlocks made from those accounts during the attack.',
  ),
  n(
    'The login API rate limit was per IP, which does not hold up against a large proxy pool, and CAPTCHA triggered only after five failed attempts per account. Credential lists from breaches of other services matched about 1,100 of our accounts.',
  ),
  n('HLS playback stalls for anime episodes on Android TV'),
  n(
    'Starting around 20:00 on Sunday, Android TV viewers reported anime episodes stalling after about 10 seconds. The QoE dashboard showed rebuffering ratio at 18% on Android TV and under 1% on every other platform. Baek Seung-hee from the video team found that the new packager was emitting EXT-X-PROGRAM-DATE-TIME tags that the ExoPlayer version in our TV app does not handle well. We switched the packager back to the previous profile for TV clients at 22:40 and purged the manifests from the CDN.',
  ),
  n(
    "The packager upgrade's test plan covered the mobile and web players but not the older ExoPlayer in the TV app, which has its own release cycle. Each team keeps its playback test matrix in its own wiki, and there is no shared list of client player versions.",
  ),
  n('Disk full on comment-api hosts stops new comments'),
  n(
    'At 22:35 new comments started failing with HTTP 507, and the app showed readers "댓글을 등록할 수 없습니다". Jo Hyun-soo on call found /var at 100% on all six comment-api hosts, filled by debug-level logs. He rotated and compressed the logs and set the level back to INFO at 22:52, and comments worked again at 22:54. Comments posted in those 19 minutes were not saved, so we added a notice asking readers to post again.',
  ),
  n(
    'Debug logging from an investigation the week before stayed on, because our logging config has no expiry for temporary levels. Logrotate ran daily, which is not enough at debug volume, and the 90% disk alert went to a Slack channel that was archived in the last reorg.',
  ),
  n('Primary CDN edge outage in Southeast Asia'),
  n(
    "From 16:20 to 17:05 KST our primary CDN vendor had an outage at its Singapore and Jakarta edges, and image load failures for readers in Indonesia and Thailand went above 40%. Global service SRE Ryu Ji-sub confirmed it with the vendor's NOC at 16:31 and started shifting traffic to the secondary CDN with weighted DNS. By 16:48, 80% of SEA traffic was on the secondary CDN and error rates were back under 2%. We moved traffic back after the vendor posted its all-clear at 17:20.",
  ),
  n(
    "According to the vendor's RCA, a configuration push inside its network withdrew routes for two edge sites. Our multi-CDN switch worked, but it took about 15 minutes because the DNS weight change is a manual step per region in the runbook.",
  ),
  n('Index migration locked user_library table for 14 minutes'),
  n(
    'The 14:00 deploy of library-service ran a migration that added an index to user_library, a table with 1.2 billion rows. MySQL held a metadata lock, and the "My Library" screen timed out for all readers from 14:03 to 14:17. Deploy captain Yang Seul-gi killed the migration at 14:15 and the lock released two minutes later. We ran it again the next night with gh-ost, which took 3 hours with no impact.',
  ),
  n(
    'Our migration tool runs ALTER TABLE directly unless the migration file is marked online, and nothing in CI checks table size. Staging has 2 million rows in user_library, so the same migration finished in seconds there.',
  ),
  n('reco-api pods OOM-killed every 6 hours'),
  n(
    'Over the weekend reco-api pods were OOM-killed about every six hours, and each time some "Similar series" requests failed until the replacement pod warmed up. Lee Jae-won from ML serving picked it up on Monday morning from the weekly reliability review. Heap profiles showed the feature cache growing without limit since the 3.8 release. We rolled back to 3.7 at 11:20 and shipped 3.8.1 with a bounded LRU cache on Wednesday.',
  ),
  n(
    'In 3.8 the feature cache key included the request timestamp, so entries were never reused or evicted. Our load test runs for 30 minutes, which is too short to show a slow leak.',
  ),
  n('Duplicate new-episode push notifications to 2.1M devices'),
  n(
    'At 19:00 the new-episode push for 43 series went out twice to about 2.1 million devices, and some readers got it three times. The notification service dashboard showed the dispatch job running on two workers at once. Growth on-call Kim Tae-hee stopped the scheduler at 19:08, and we posted an apology on the in-app notice board at 20:00. App uninstalls that evening were 1.4x the usual rate.',
  ),
  n(
    'After the scheduler moved to the new Kubernetes cluster, its leader election lease used a ConfigMap that both the old and new deployments could write, and the old deployment was still running its scheduler with zero traffic. The cluster migration checklist covered traffic cutover but not background schedulers.',
  ),
  n('Daily ranking reset at 09:00 instead of midnight KST'),
  n(
    'Since Monday, the daily webtoon ranking reset at 09:00 KST instead of 00:00. Content planner Choi Yu-jin reported it on Wednesday, when ranking screenshots for a creator newsletter did not match the app. Do Gun-woo from the ranking service found that the new container base image defaulted to UTC. We set TZ=Asia/Seoul explicitly in the deployment and rebuilt the Monday to Wednesday rankings from raw view events.',
  ),
  n(
    'The ranking job used system local time for day boundaries, and moving the base image from Ubuntu to distroless changed the default time zone from KST to UTC. None of our tests ran under a time zone other than KST.',
  ),
  n('Google Play coin purchases not credited for 40 minutes'),
  n(
    "Between 12:10 and 12:50, coins bought through Google Play billing were charged but not credited to readers' wallets. The payments dashboard showed Real-time Developer Notifications arriving from Pub/Sub with a 35-minute delay. Payments engineer Jang Woo-jin turned on the fallback that polls the Play Developer API for pending purchases at 12:38, and credits caught up by 12:50. We sent 10 bonus coins to each of the 4,812 affected accounts.",
  ),
  n(
    "Coin crediting depends on Google's Pub/Sub notifications, and the polling fallback has been off by default since a quota issue last year. Google reported delayed RTDN delivery in the Asia region for that period.",
  ),
  n('Daily active readers double-counted in BI dashboard'),
  n(
    'On Thursday the BI dashboard showed 11.8 million daily active readers for Wednesday, almost double the usual number. Data analyst Ko Eun-bi flagged it in #data-quality before the figure went into the weekly exec report. Data engineer Seo Min-ho found that the Airflow DAG for the events table ran twice after a scheduler restart, and the second run appended instead of overwriting. We deleted the duplicate partition and reran the downstream aggregates by 15:00.',
  ),
  n(
    'The load task used INSERT INTO instead of INSERT OVERWRITE for the daily partition, so it was not idempotent. The scheduler restart during the Airflow upgrade marked the running task as failed and retried it while the first attempt was still writing.',
  ),
  n('WAF managed rule update blocked comments with Korean emoticons'),
  n(
    'After a WAF managed rule update at 17:30, comments containing some Korean emoticons with brackets, such as (ㅠㅠ), returned 403. Comment volume dropped 35%, and the community team raised it in #incident at 18:05. Security engineer Noh Ji-sung confirmed that rule "942100 SQL Injection Attack Detected via libinjection" matched those patterns and set it to count-only at 18:20. We added an exception for the comment body field and re-enabled the rule the next day.',
  ),
  n(
    "The vendor's managed rule set update added new SQL injection signatures, and we apply vendor updates to all paths directly in block mode. Our process should have replayed a sample of real traffic against new rules before they start blocking.",
  ),
  n('Session Redis failover logged out 30% of readers'),
  n(
    'During the planned Redis version upgrade at 04:00, the ElastiCache failover took 90 seconds instead of the expected 15. About 30% of active readers were logged out and had to sign in again. Platform engineer Hwang Bo-ra was running the upgrade, and when session errors appeared she checked replica sync status and held the second shard. We finished the remaining shards the next night after changing the client retry settings.',
  ),
  n(
    'The session client treated any Redis timeout over 2 seconds as a missing session and issued a new one, so the longer failover turned into logouts. The upgrade plan used the 15-second failover figure from the AWS docs, and we had not run a failover test with production-size data in the last year.',
  ),
  n('Thai episodes published with Indonesian translation text'),
  n(
    'On Wednesday evening, 9 episodes on the Thai service went live with Indonesian text in the speech bubbles. Localization PM Yoon So-hee received reports from Thai readers at 20:15 and unpublished the episodes at 20:22. The localization pipeline logs showed "target_lang=id" on jobs under the Thai project. The correct Thai files were republished at 23:00 after a page-by-page check.',
  ),
  n(
    'In v3 of its API, the translation vendor moved the target-language setting from project level to request level, and our client still sent only the project ID. The vendor announced the change in a changelog that our integration does not watch.',
  ),
  n('Prometheus down, on-call without metrics for 2 hours'),
  n(
    'From 01:10 to 03:05 the main Prometheus server was down after its volume filled up, and Grafana showed no data for production. Alertmanager sent nothing during that time, because the alerts themselves come from Prometheus. Night on-call Park Seo-joon saw the empty dashboards while looking at a Kafka lag question from the data team and paged observability. Team lead Min Kyung-ho expanded the volume and restarted Prometheus at 02:55, and metrics came back at 03:05.',
  ),
  n(
    "Series cardinality grew sharply after the viewer metric gained a per-episode ID label in the 4.2 release, and Prometheus storage was a fixed 500 GB volume. We had no dead-man's-switch alert outside Prometheus to tell us that monitoring itself was down.",
  ),
];
