import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 49D: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the platform team
 * of an Estonian e-government service (digital signing, citizen portal, X-Road data exchange), in the crisp
 * English of a Tallinn engineering team, with Estonian, Russian-speaking Estonian and Finnish names.
 */
export const PLAIN_FRESH49D: readonly CorpusItem[] = [
  n('Mobile-ID signing failures after CA intermediate rollover'),
  n(
    'At 09:12 on 4 March the Grafana panel for Mobile-ID signing showed the success rate falling from 99.6% to 71%. Kadri Saar, on call for the signing service, declared a SEV-2 at 09:20 and paged Märt Tamm from the signing team. The service logs showed "PKIX path building failed: unable to find valid certification path to requested target" for every request that chained to the new intermediate. Märt added the new intermediate to the trust store and rolled the signing pods one at a time; the success rate was back above 99% by 10:05. Jelena Ivanova kept the status banner on the portal updated every 20 minutes.',
  ),
  n(
    'The trust store of the signing service is baked into the container image and is rebuilt only on a code release, so the intermediate published by the certificate authority did not reach production. The rollover notice from the CA arrives in a shared mailbox that is not connected to any ticket queue.',
  ),
  n('X-Road security server ran out of disk'),
  n(
    'At 02:47 the alert "ss-prod-02: /var/lib/xroad 95% full" fired, and at 03:10 the security server stopped accepting messages. Aleksei Smirnov, on call for the data-exchange layer, moved rotated message logs to the archive volume and restarted xroad-proxy at 03:32. Queries from the population register to the tax board resumed at 03:35; about 4,100 requests had failed with "Service timed out" in the meantime. Aleksei handed over to Piret Ots at 08:00 with a summary in the incident channel.',
  ),
  n(
    'The message log archiver had been exiting with an error since the OS upgrade, because its cron entry pointed to a path that no longer exists. The disk alert threshold of 95% leaves only about 20 minutes of headroom at night-time traffic.',
  ),
  n('Portal slow at opening of income tax declarations'),
  n(
    'On 15 February at 07:00 the annual income declaration opened, and portal p95 latency rose from 400 ms to 9 s within ten minutes. Tõnis Kask declared an incident at 07:08 and took incident command, and Olga Petrova scaled the portal frontend from 12 to 30 replicas. Latency stayed high; at 07:40 we saw the Redis session store at 100% CPU, and Olga moved session reads to the replicas. By 08:15 p95 was back under 1 s, and Tõnis sent a short note to the Tax and Customs Board helpdesk.',
  ),
  n(
    'Load tests for the declaration period covered the frontend only and ran against a session store sized for an ordinary week. The capacity plan has no step for scaling Redis ahead of known peak dates.',
  ),
  n('Registry API serving stale addresses for up to 30 days'),
  n(
    'On Tuesday the helpdesk forwarded three tickets from citizens whose portal profile still showed the address they had moved away from. Liis Mägi checked the registry API cache and found address entries with a TTL of 30 days instead of 30 minutes. She flushed the address keys at 14:22 and deployed the corrected cache config at 15:05. We wrote to the three citizens and to our contact at the Ministry of the Interior with an explanation.',
  ),
  n(
    'The TTL is given in seconds in one config file and in minutes in the other, and the move to the new cache library carried the number across without converting it. The config schema has no unit or range check, so nothing in CI flagged a 30-day TTL for address data.',
  ),
  n('ID card login down after OCSP responder timeouts'),
  n(
    'At 11:34 ID card login on eesti.ee began failing with "OCSP response not received within 5000 ms". Andres Lepp, on duty for the authentication service, confirmed on the vendor status page that the OCSP responder was degraded. At 11:50 he switched the auth service to the secondary OCSP endpoint with the runbook flag, and logins recovered at 11:53. Mobile-ID and Smart-ID logins were unaffected throughout. The vendor reported the responder healthy at 12:40 and we switched back at 13:00.',
  ),
  n(
    'A load balancer fault at the certificate validation vendor made the primary OCSP responder unreachable. Our auth service should have failed over between OCSP endpoints on its own; today that depends on a manual flag.',
  ),
  n('Business register sync job failed three nights running'),
  n(
    'On Thursday morning Jelena saw that the business register extract on the portal was still dated Monday. The Airflow DAG ariregister_nightly_sync had failed on three consecutive nights with "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint". She deduplicated the 14 affected rows, reran the DAG at 10:30, and the extract was current by 11:45. I have added a DAG failure alert that pages the data team instead of only writing to the log.',
  ),
  n(
    'The business register started sending merged company records that repeat a registry code, which our import schema does not allow. Airflow sends failure emails to a fixed alias, and that alias stopped existing in the spring, so three failed runs raised no alert.',
  ),
  n('Expired certificate on X-Road monitoring endpoint'),
  n(
    'At 00:01 on 1 June the certificate for monitoring.x-tee.internal expired, and Prometheus scrapes of all security servers failed with "x509: certificate has expired or is not yet valid". Message traffic was unaffected, but we had no X-Road metrics for just over seven hours. Piret Ots noticed the gaps on the dashboards at 07:15, issued a new certificate from the internal CA and reloaded nginx at 07:40. Action item: Märt to move this endpoint into the cert-manager renewal flow by the end of June.',
  ),
  n(
    'The expiry inventory is built from cert-manager resources only, so a certificate issued outside cert-manager in 2023 did not appear in it and had no expiry alert.',
  ),
  n('Release 4.18.0 broke document upload on the portal'),
  n(
    'Release 4.18.0 went out at 13:00, and by 13:12 the error rate on /api/documents/upload was 38%. Kristjan Rebane, release manager for the day, rolled back to 4.17.3 at 13:21 and uploads recovered at 13:24. The logs showed "PayloadTooLargeError: request entity too large" for every file above 1 MB. The frontend team shipped a fix in 4.18.1 the next morning.',
  ),
  n(
    'The new version of the body-parser library lowered its default request size limit from 10 MB to 1 MB, and our service relied on the default instead of setting the limit explicitly. Integration tests upload only small sample files, so the change stayed invisible until production traffic hit it.',
  ),
  n('Cross-border queries to Finland failing after certificate rotation'),
  n(
    'From 09:00 EET queries from Estonian registers to the Finnish population information system failed with "Security server has no valid authentication certificate". Juhani Virtanen from the Finnish partner confirmed in the shared channel that their side had rotated authentication certificates at 08:45, as planned. Aleksei imported the new certificates into our federation configuration at 09:40 and queries resumed at 09:46. About 600 requests failed during the window, most of them from the tax board.',
  ),
  n(
    'The federation configuration between X-Road and Suomi.fi Palveluväylä refreshes once a day, so a planned rotation on one side leaves the other side out of date until the next refresh. The joint change calendar listed the rotation, but the import step on our side was not part of the plan for that date.',
  ),
  n('Phishing emails impersonating RIA sent to citizens'),
  n(
    'At 10:20 on Monday CERT-EE forwarded reports of emails that claimed to come from "RIA eesti.ee" and asked citizens to enter their Mobile-ID PIN on a look-alike domain. Marika Kull, the security lead, declared a security incident at 10:35 and started the takedown request with the registrar. We published a warning on the portal front page at 11:10, and the domain was suspended at 15:30. The logs show no signing or authentication requests that used credentials from the fake site.',
  ),
  n(
    'The look-alike mails passed the filters of several providers because our sending domain did not publish a DMARC policy at reject. The process for publishing a front-page warning needs three approvals, which stretched the time to publish to 35 minutes.',
  ),
  n('CI builds for digidoc-service failing with 403 from Maven mirror'),
  n(
    'From 16:00 on Wednesday every build of the digidoc-service pipeline failed at the dependency step with "403 Forbidden" from the Maven mirror. Deploys for the signing team were blocked for the rest of the day; production was not affected. On Thursday at 09:10 Sergei Volkov found that the mirror token used by CI had reached its expiry date, and he rotated it. Builds went green at 09:25.',
  ),
  n(
    'The mirror token was created with a one-year lifetime, and the secrets store does not warn about expiry for this token type. CI reported the 403 as a generic network error, which made the cause slow to find.',
  ),
  n('Storage controller failure in Tallinn data centre'),
  n(
    'At 04:18 the storage array at the Tallinn site reported "Controller B: FAILED, failover to Controller A complete". Latency on the database volumes rose from 2 ms to 40 ms, and portal pages that read from the document archive took 6 to 8 seconds to load. Rein Kuusk from infrastructure opened a case with the vendor at 04:40, and the replacement controller was installed at 11:00. Latency returned to normal once the array had rebalanced at 11:35. Action items: Rein to price a four-hour response option; Piret to add controller state to the storage dashboard.',
  ),
  n(
    'A controller board failed, and with a single controller the array runs on half its cache, which caused the latency. The maintenance contract has next-business-day response, which is longer than the recovery time we publish for the document archive.',
  ),
  n('ID card expiry reminders sent twice to 22,000 people'),
  n(
    'On Saturday at 09:00 the notification service sent the ID card expiry reminder twice to about 22,000 citizens. Kadri saw the spike in outgoing mail volume at 09:14 and paused the notification queue at 09:17. We confirmed that no other message types were duplicated and posted a short apology on the portal news page at 10:30. On Monday Jelena and Kadri added an idempotency key to the queue consumer.',
  ),
  n(
    'Two scheduler pods were running after the node drain on Friday evening, and the scheduler has no leader election, so both of them started the batch. The notification service had no check against sending the same template to the same person twice in one day.',
  ),
  n('Smart-ID login loop on Safari'),
  n(
    'From Monday the helpdesk logged 140 tickets from Smart-ID users on Safari who landed back on the login page after authenticating. Olga Petrova reproduced it on iOS 17 at 13:00 and saw the session cookie dropped on the redirect back from TARA. She set the cookie to SameSite=None; Secure, and the fix was deployed at 17:30. The tickets stopped that evening.',
  ),
  n(
    'A recent change in Safari tracking prevention drops cookies set with SameSite=Lax on cross-site POST redirects, which is how the TARA callback returns to us. Our browser test matrix covers Chrome and Firefox only.',
  ),
  n('Registry API returning 429 to all consumers'),
  n(
    'At 10:00 the Ministry of Social Affairs started a batch job that queried the population register over X-Road at 800 requests per second. At 10:04 the registry API began returning "429 Too Many Requests" to every consumer, including the portal. Aleksei called the ministry\'s integration team, and they paused the job at 10:22. We agreed with them to rerun it overnight at 100 requests per second.',
  ),
  n(
    'Rate limits on the registry API are applied globally rather than per consumer, so one heavy client can use up the quota for everyone. The service agreement for this X-Road subsystem does not state a request rate.',
  ),
  n('Timestamping service unavailable for 40 minutes'),
  n(
    'At 14:05 signatures created in DigiDoc4 started failing with "TSA request failed: connection reset". Märt Tamm checked the timestamping service and found the HSM connection pool exhausted. He restarted the TSA service at 14:30, which emptied the pool, and signing recovered by 14:45. Signatures started during the outage had to be repeated, and the portal showed a retry message for that period.',
  ),
  n(
    'The HSM client library leaks a connection on every timeout, and a short network interruption at 13:58 produced a burst of timeouts. The pool should have recycled dead connections through a health check, but the library offers none.',
  ),
  n('Russian parental benefit page showing Estonian text'),
  n(
    "After Tuesday's content release, the Russian version of the parental benefit page showed the Estonian text. Jelena Ivanova spotted it on Wednesday morning while answering a citizen question and raised it in the content channel at 09:05. The content team restored the Russian strings from the previous version at 10:40. Around 3,000 page views were affected.",
  ),
  n(
    'The translation export falls back to the Estonian source when a key is missing, and the release renamed several keys. Nothing in the content pipeline compares key counts between languages.',
  ),
  n('Portal down 12 minutes during database patching'),
  n(
    'Patching of the PostgreSQL primary started at 22:00 on Sunday and was announced as zero-downtime. At 22:06 the failover to the replica completed, but the portal kept connecting to the old primary and returned "FATAL: the database system is shutting down". I was running the change and switched the connection string to the new primary by hand at 22:14; the portal recovered at 22:18. We sent a note to the service owners the next morning.',
  ),
  n(
    'The portal connects to a fixed database hostname instead of the Patroni service endpoint, so it does not follow a failover. The patching runbook assumed that every client uses the endpoint and had no step to verify it.',
  ),
  n('DDoS against the citizen portal during election week'),
  n(
    'At 19:30 on 2 March traffic to the portal rose to 40 times its usual rate, mostly from a few thousand addresses outside the EU. Marika declared a security incident at 19:38 and asked the upstream provider to enable scrubbing at 19:45. The voting information pages stayed reachable from Estonian addresses; other visitors saw slow loads or timeouts for about an hour. CERT-EE was informed at 20:00, and the attack traffic ended at 21:10.',
  ),
  n(
    'The attack was a distributed HTTP flood, and our rate limiting works per IP address, which does little against a widely spread source. Scrubbing at the provider is off by default and needs a manual request, which added time.',
  ),
  n("Mobile-ID prompts not reaching one operator's subscribers"),
  n(
    'From 08:40 to 09:55 about a third of Mobile-ID signing requests expired with "EXPIRED_TRANSACTION" while the phone showed no prompt. The failures were limited to one mobile operator, so Kadri opened a ticket with the Mobile-ID service provider at 08:55. We put a notice on the portal at 09:05 suggesting ID card or Smart-ID in the meantime. The provider\'s operations team confirmed an SMS gateway fault at the operator, which was fixed at 09:50.',
  ),
  n(
    'An SMS gateway at the mobile operator stopped delivering signing prompts; the fault was outside our systems. Our dashboards show the overall Mobile-ID success rate with no breakdown per operator, which made the pattern slower to see.',
  ),
  n('Internal CRL grew past client size limit'),
  n(
    'On Friday the CRL published by our internal CA grew to 18 MB after a bulk revocation of test certificates. At 11:00 several older registry clients began failing TLS handshakes with "CRL download exceeded maximum size". Sergei switched the affected clients to OCSP checking through their config at 13:20, and their handshakes succeeded from 13:25. Action item: Sergei to set up a separate issuing CA for test certificates.',
  ),
  n(
    'Test and production certificates are issued from the same internal CA, so revoking 90,000 test certificates pushed the production CRL past the 10 MB limit compiled into older client versions.',
  ),
  n('E-services catalogue search slowing to 5 seconds'),
  n(
    'Over two weeks the search on the e-services catalogue got steadily slower and reached 5 s per query by 20 May. Tõnis picked up the ticket after the portal product owner raised it at standup. He found 120 shards behind the catalogue alias, merged the old indices and added an ILM policy. Search was back to about 200 ms on 22 May.',
  ),
  n(
    'The index template created a new index every day with no rollover or retention policy, so every query fanned out to a growing number of shards. There was no latency alert on catalogue search, only on the portal as a whole.',
  ),
  n('Document archive backups skipping files with non-UTF-8 names'),
  n(
    'During the quarterly restore test on 10 April, Piret Ots found that 2% of the files in the document archive were missing from the backup set. The backup log had "WARN skipped: filename contains invalid UTF-8 sequence" for each of them. No data was lost, as the originals were still in place. Piret changed the backup agent to treat filenames as raw bytes and ran a full backup that night, which included every file.',
  ),
  n(
    'The backup agent treats invalid UTF-8 filenames as a warning and skips them, and files from an older scanner integration have names in Windows-1257. Backup success is measured by the job exit code, which stays zero when files are skipped.',
  ),
  n('Sign-in page showing maintenance screen after DNS cutover'),
  n(
    'At 16:10 on Thursday a DNS change pointed the portal sign-in host at the new load balancer. From 16:15 some users got the maintenance page, because their resolvers still had the old record cached under a 24-hour TTL. Andres Lepp added the sign-in host to the routing of the old load balancer at 16:40, so both addresses served it. Reports to the helpdesk stopped by 17:00.',
  ),
  n(
    'The cutover plan put the old load balancer into maintenance mode at the same moment as the DNS change, while the old record was still in resolver caches. The cutover plan should have lowered the TTL a day ahead and kept the old path serving until it expired.',
  ),
  n('Message backlog to the health information system'),
  n(
    "At 08:30 the queue of messages from hospitals to the health information system reached 250,000, and delivery lag rose to 45 minutes. Aleksei and Dmitri Kuznetsov from the health register's operations team joined a bridge call at 08:50. Dmitri found that an autoscaling rule had reduced the receiving service to two instances over the weekend. They raised the minimum to six instances at 09:10, and the queue had drained by 10:40.",
  ),
  n(
    'The autoscaler scales on CPU, while the receiving service is bound by database I/O, so CPU stayed low as the queue grew. Queue depth is not one of the scaling signals.',
  ),
  n('Registry API key found in public repository'),
  n(
    'At 14:00 GitHub secret scanning notified us of a registry API key in the public repository of the open-source portal components. Marika revoked the key at 14:12 and checked the access logs, which showed no use from outside our network. The key sat in a test fixture that had been in the repository since 2022. Kristjan removed it from the history with git filter-repo and force-pushed at 16:00.',
  ),
  n(
    'The public repository is produced by a sync job that copies the internal repository whole, and the job copied test fixtures that held real keys. Secret scanning runs only on the public side, so the key was detected after it had already been published.',
  ),
  n('Power loss at the Tartu backup site'),
  n(
    'At 03:05 the Tartu backup site lost mains power during a storm, and the UPS carried the load until the generator started at 03:07. At 03:40 the generator stopped with a fuel pressure fault and the site went dark. Rein drove to Tartu, worked with the facility provider and brought systems back up from 06:20. Production in Tallinn was not affected, but replication to Tartu was down for about four hours.',
  ),
  n(
    "The generator fuel filter was clogged, and the facility's monthly generator test runs for only ten minutes, too short to show the fault. Our replication lag alert for the backup site fires only after six hours.",
  ),
  n('Benefit amounts shown 100 times too large'),
  n(
    "On 3 October the portal showed some parental benefit amounts in cents as if they were euros, so 412.50 appeared as 41,250.00. Liis saw it in the morning smoke test at 08:10 and hid the amounts block behind a feature flag at 08:18. She deployed a conversion fix at 11:30 and turned the block back on after checking 50 sample records against the social insurance board's own figures.",
  ),
  n(
    "Version 3 of the social insurance board's API returns amounts as integer cents, and our adapter kept mapping the field as decimal euros because its name did not change. The contract test still used v2 fixtures, so it could not detect the change of unit.",
  ),
  n('Ingress controller crash-looping after Kubernetes upgrade'),
  n(
    'The planned upgrade of the production cluster to Kubernetes 1.30 started at 21:00 on Wednesday. At 21:25 the portal and the signing API returned 503, and the ingress controller logs showed "failed to list *v1beta1.Ingress: the server could not find the requested resource". Sergei Volkov took incident command, and Olga rolled the ingress controller forward to a release that supports networking.k8s.io/v1 at 21:50. Traffic recovered at 21:58.',
  ),
  n(
    'The ingress controller version pinned in our Helm values still used an API that the new Kubernetes release removed. The upgrade checklist covered our own manifests but had no step for checking cluster add-ons against the list of removed APIs.',
  ),
  n('Pages not delivered during Midsummer evening'),
  n(
    'On 23 June between 18:00 and 23:40 the paging tool delivered no pages for the citizen portal service. A disk alert on the portal database fired at 20:10 and reached Märt Tamm at 23:40, when the next rota layer began. Märt extended the volume at 23:55, before it filled, so there was no user impact. Kadri rebuilt the holiday schedule in the paging tool on the following Monday and added a test page to the start of every override.',
  ),
  n(
    'The paging tool read the end of the Midsummer override as 18:00 on 23 June instead of 18:00 on 24 June because of a date format mismatch in the import, which left the rota layer empty until the next layer began. The tool accepted the override without any warning about the gap.',
  ),
];
