import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 50D: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the platform team of a
 * Tel Aviv-Berlin B2B invoicing start-up (e-invoicing, tax-authority submissions, bank reconciliation), in terse start-up incident records.
 */
export const PLAIN_FRESH50D: readonly CorpusItem[] = [
  n('ZUGFeRD export failing for invoices with credit notes'),
  n(
    'At 09:12 on Tuesday the export worker started returning 500s for every invoice with an attached credit note. Noa picked it up from the Sentry alert "XmlSchemaError: BT-25 missing" and declared SEV-2 at 09:20. Jonas Becker traced it to the library upgrade in release 4.18 and rolled the worker back at 09:47. Exports recovered by 09:55 and we re-ran the 312 failed jobs from the dead-letter queue. Action item: Jonas to add credit-note fixtures to the schema validation step in CI.',
  ),
  n(
    'The new version of the ZUGFeRD library treats the preceding-invoice reference as mandatory for credit notes, and our test fixtures contained no credit note at all. The release pipeline validated XML output against the schema only for plain invoices.',
  ),
  n('Tax authority API down, allocation numbers delayed'),
  n(
    'From 06:40 to 11:15 Israel time the tax authority allocation-number API answered every request with 503. Rami Khoury was on call and confirmed the outage on the authority status page at 06:58. We paused the submission workers to stop the retry storm and put a banner in the app saying allocation numbers were delayed. When the API came back, the queue of 4,870 submissions drained in 22 minutes.',
  ),
  n(
    'Outage on the tax authority side. Our retry policy has no circuit breaker, so for the first 18 minutes the workers kept hitting the endpoint and filled our own logs with noise.',
  ),
  n('Nightly reconciliation stuck on duplicate bank statement'),
  n(
    'The nightly reconciliation run for Leumi accounts did not finish; the 07:00 check showed it at 38% with no progress since 03:14. Svetlana went through the job logs and found it looping on "match candidate already claimed: stmt_line 88213". She killed the pod, excluded the duplicate statement file and restarted the run, which completed at 08:40. Customers saw the previous day\'s matches about two hours late.',
  ),
  n(
    'The bank delivered the same MT940 file twice under different file names, and the importer deduplicates by file name rather than by content hash. The matcher had no guard for a statement line claimed twice and retried it forever.',
  ),
  n('Expired TLS cert on hooks endpoint'),
  n(
    'At 00:02 on the 1st, partners started getting TLS handshake errors when posting to our inbound webhook host. Itai Levi was paged by the synthetic check at 00:07 ("probe failed: x509: certificate has expired"). He issued a new certificate through cert-manager and the endpoint was healthy again at 00:31. Partners retried on their side, and in the morning I confirmed by email with the two largest that nothing was lost.',
  ),
  n(
    'The webhook ingress still used a certificate from before the cert-manager migration, so it sat outside automatic renewal. None of our expiry alerts covered that host.',
  ),
  n('PDF rendering slow during bulk upload'),
  n(
    'Between 14:00 and 16:30 the median time to render an invoice PDF went from 0.8 s to 11 s. Tamar from support flagged it after three tickets in twenty minutes. Dmitri scaled the renderer from 4 to 12 replicas at 14:50, which helped only partly. The queue cleared once a 60,000-invoice batch from one enterprise customer finished at 16:25.',
  ),
  n(
    'Bulk API uploads and interactive renders share one queue with no priority, so a single large batch can starve the pages people are waiting on. The renderer HPA scales on CPU, which stayed low while pods waited on font loading.',
  ),
  n('Austrian invoices issued with German VAT rate'),
  n(
    "On Monday morning Anna Schmidt from customer success reported an Austrian customer whose invoices showed 19% VAT instead of 20%. Yusuf checked the tax-rates config and found the AT entry pointing at the DE rate table since Friday's deploy. We reverted the config at 11:05 and found 143 affected invoices, which finance voided and reissued after the customer agreed.",
  ),
  n(
    'The tax-rates file uses YAML anchors, and a refactor reused the DE anchor for the AT block. The YAML diff showed only a one-line anchor change, and the pipeline had no check comparing computed rates per country against a reference table.',
  ),
  n('DB primary failover - disk controller died'),
  n(
    'At 13:22 the primary database host lost its disk controller and Patroni promoted the replica at 13:23. The API returned errors for about 90 seconds while connections re-established. Michael Weber was on call; he confirmed the promotion and opened a ticket with the hosting provider for the dead host. I wrote to the three customers who had open support chats at that moment.',
  ),
  n(
    'Hardware failure on the primary host. Failover itself worked as designed; the 90 seconds of errors came from PgBouncer holding stale connections, and the pool should have been set to drop them on promotion.',
  ),
  n('Credential stuffing against admin panel'),
  n(
    'At 02:15 the WAF alerted on 4,000 failed logins to /admin from addresses in two ASNs. Layla was on call, confirmed that none of them succeeded and blocked the ranges at 02:31. In the morning Oren went through the audit log with her and found no session from those addresses. We forced a password reset for the 11 admin accounts that were not on SSO yet.',
  ),
  n(
    'The admin panel was reachable from the public internet and still accepted password logins next to SSO. Rate limiting worked per IP only, which a distributed attempt easily goes around.',
  ),
  n('Release 5.2.0 left gaps in invoice numbering'),
  n(
    'Release 5.2.0 went out at 16:40 on Thursday. At 17:10 Noa Friedman saw on the numbering monitor that invoice sequences for six tenants had jumped by 1,000. We rolled back at 17:25. German customers need gapless numbering for their auditors, so Jonas and finance wrote to each affected tenant with an explanation and the list of skipped numbers.',
  ),
  n(
    'The release changed the sequence allocator to prefetch blocks of 1,000 numbers per pod, and a pod restart discards whatever is left of its block. The gapless requirement lived on a wiki page and in no test.',
  ),
  n('Open banking webhooks rejected after provider key rotation'),
  n(
    'From 10:05 the reconciliation service rejected every payment notification from our open banking provider with "invalid signature (kid=2024-11)". Ahmad Haddad saw the rejection rate spike on Grafana at 10:20 and found that the provider had rotated its signing key that morning. He refreshed the JWKS cache and replayed the 1,200 rejected notifications from the provider portal by 11:00.',
  ),
  n(
    'Our service fetched the JWKS once at startup and never refreshed it, so a routine key rotation looked like forged messages. The rotation notice went to a shared mailbox that is not routed to any team.',
  ),
  n('OOMKills on worker pool during month-end close'),
  n(
    'On the last working day of the month, at 18:30, evictions on the worker node pool climbed and reconciliation pods started restarting with OOMKilled. Svetlana Petrova declared an incident and added two nodes to the pool at 18:45. Gil moved the scheduled reporting exports to after midnight. Everything was stable from 19:20.',
  ),
  n(
    'Month-end close roughly triples reconciliation and export load, and the cluster autoscaler was still capped at a node count from last year. Memory requests on the export pods were far below their real usage, so the scheduler packed too many of them onto one node.',
  ),
  n('Invoice emails going to spam at Gmail and GMX'),
  n(
    'Between Wednesday and Friday support got 27 tickets about invoice emails landing in spam. Mira checked the headers of a few samples and saw DKIM failing with "body hash did not verify". Daniel traced it to a tracking footer that the email provider appended after signing, and we turned the footer off in the provider settings on Friday at 15:00. Deliverability was back to normal by Monday.',
  ),
  n(
    'The email provider enabled the tracking footer by default on our plan, which changed the body after our DKIM signature was computed. We had no monitoring on DMARC reports, so it took two days of tickets to see the pattern.',
  ),
  n('SEV-1: payments matched across tenants'),
  n(
    'On Sunday evening a customer reported a payment from a company they do not work with in their reconciliation view. Rami Khoury declared SEV-1 at 22:40 and switched off automatic matching for all tenants at 22:48. By 02:00 Itai and Rami had found 19 payments matched across two tenants whose bank account numbers end in the same digits. We reverted the matches, informed both tenants and our DPO, and turned matching back on Tuesday after the fix.',
  ),
  n(
    'The matcher looked up tenants by the last ten digits of the account number, so two accounts at different banks could map to each other. Our tenant isolation tests covered invoices and users but not bank accounts.',
  ),
  n('Staging DB URL exposed in public gist'),
  n(
    'At 11:02 a GitHub secret-scanning alert reported a staging database URL in a public gist. The gist was mine: it held output of a debugging script I had shared with a vendor, and I deleted it at 11:20. Tomer rotated the staging credentials at 11:15 and checked the staging logs for connections from unknown addresses; there were none. Staging holds no customer data, so we closed it as SEV-3.',
  ),
  n(
    'Our debugging scripts print the full database URL, password included, whenever they start. Staging used one long-lived set of credentials for the whole team instead of per-person credentials.',
  ),
  n('Intermittent DNS failures inside the cluster'),
  n(
    'From 08:50 to 09:35 about 5% of outbound requests from the cluster failed with "getaddrinfo EAI_AGAIN". Jonas picked it up from the error budget alert and scaled CoreDNS from 2 to 6 replicas, which stopped the errors. Tax API submissions that failed in that window were retried automatically and went through.',
  ),
  n(
    'CoreDNS still ran the two replicas from the original cluster template while the node count had tripled. NodeLocal DNSCache was on the roadmap but not rolled out yet.',
  ),
  n('Pay-by-link card payments failing (provider outage)'),
  n(
    'Checkout for pay-by-link invoices returned errors from 15:10 to 15:52 because our card payment provider had a partial outage in its EU region. Liat saw the incident on the provider status page at 15:14, right after our 5xx alert fired. At 15:25 we switched the pay button to show bank transfer details instead and reverted it when the provider recovered.',
  ),
  n(
    'Vendor outage. Checkout depends on a single card provider and the bank-transfer fallback is a manual feature flag; it should switch on by itself after repeated provider errors.',
  ),
  n('AR ageing dashboard timing out for large tenants'),
  n(
    'Three enterprise tenants could not load the AR ageing dashboard for most of Wednesday; requests timed out after 30 s. Konstantin found that the query plan had switched to a sequential scan on invoice_lines after an autovacuum analyze on Tuesday night. He created a covering index concurrently at 16:10 and load times dropped to 2 s.',
  ),
  n(
    'The ageing query depended on the planner picking an index that only suited the data distribution of smaller tenants. We had no query performance tests against a dataset the size of our largest customers.',
  ),
  n('Duplicate tax submissions after worker restart'),
  n(
    "On Thursday Hila in support got a message from a customer whose invoice had two allocation numbers from the tax authority. We found 64 invoices submitted twice between 12:00 and 12:20, the window in which the submission workers restarted during a node drain. Rami cancelled the duplicates through the authority portal, joined by the customer's accountant for the larger cases.",
  ),
  n(
    'Workers acknowledge the queue message only after the tax API call returns, and a pod stopped mid-call hands the message to another worker. The tax API has no idempotency key, so our own record of in-flight submissions has to exist before the call.',
  ),
  n('Database backups silently failing for 9 days'),
  n(
    'During the routine restore test on the 14th, Svetlana found that the newest backup in the bucket was from the 5th. The backup CronJob had been failing with "AccessDenied: s3:PutObject" since a bucket policy change that day. She added the backup role to the policy, ran a manual backup at 12:30 and finished the restore test successfully at 14:00.',
  ),
  n(
    'The policy change restricted writes to an explicit list of roles, and the backup service account was not on that list. Failed CronJob pods raised no alert, and the monthly restore test was the only check that would surface a missing backup.',
  ),
  n('Customer SAP inbox rejecting our e-invoices'),
  n(
    'A large German customer told us on Monday that their SAP inbox had rejected our e-invoices since the weekend with "Profile EN16931 expected, got BASIC". Jonas Becker found that the profile setting for that tenant had reset to the default during Saturday\'s tenant migration. He set it back, and we resent the 230 weekend invoices once the customer confirmed their inbox was cleared.',
  ),
  n(
    'The tenant migration script copied settings from a fixed list of keys, and the e-invoice profile setting is newer than that list. Nothing compared tenant settings before and after the migration.',
  ),
  n('Web app 404s after ingress-nginx upgrade'),
  n(
    'We upgraded ingress-nginx at 21:00 on Sunday in the maintenance window. At 21:06 the external probe reported 404 on every route. Itai Levi rolled back the Helm release at 21:14 and the app was reachable again at 21:16. I was incident commander; Dmitri kept the status page updated.',
  ),
  n(
    'The new controller version ignores Ingress resources without an ingressClassName, and ours still relied on the old default-class annotation. Staging already had the class set, so the upgrade test there could not reproduce it.',
  ),
  n('Dunning reminders sent to customers who already paid'),
  n(
    "On Tuesday at 09:00 the dunning job sent 1,870 reminder emails, and by 09:40 support had over 100 replies from people who had paid. Noa stopped the job at 09:45. Mira drafted an apology that went out at 12:00 to everyone who received a reminder. When the job ran, Monday's reconciliation had not finished yet.",
  ),
  n(
    "The dunning job runs on a fixed schedule and does not check whether the previous day's reconciliation is complete. The bank file arrived late on Monday, so dunning worked from stale payment status.",
  ),
  n('Azure AD SSO broken after auth domain change'),
  n(
    'From 08:00 customers signing in with Microsoft got "AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application". Oren found that the new auth subdomain, live since the night before, was missing from the redirect URIs of our Azure app registration. He added it at 08:35 and sign-ins worked again. Ahmad sent a short note to the admins of the affected tenants.',
  ),
  n(
    'Redirect URIs for identity providers live in each provider console, outside our infrastructure code, so the domain change plan had no step that touched them. The SSO smoke test runs only against Google.',
  ),
  n('Loki disk full, no logs for three hours'),
  n(
    'At 04:30 the Loki ingester stopped accepting writes with "no space left on device". Nothing customer-facing broke, but we had no logs for about three hours. Gil expanded the volume at 07:45 right after the morning handover and backfilled what the Promtail buffers still held.',
  ),
  n(
    "Retention was set to 30 days back when log volume was a fifth of today's. The disk alert existed but was routed to a Slack channel rather than the pager, so it waited until morning.",
  ),
  n('Outbound webhooks delayed up to 4 hours'),
  n(
    'Customer integrations reported on Friday afternoon that invoice.paid webhooks were arriving hours late. Tamar Cohen looked at the delivery queue and found 90,000 pending messages, most of them retries to one customer endpoint answering 500. She moved that endpoint to a separate queue at 15:20 and the backlog cleared by 16:10. Follow-up owned by Tamar: per-endpoint queues and a retry cap.',
  ),
  n(
    'All webhook deliveries share one queue with exponential retries, so a single failing endpoint can fill it for everyone. Per-endpoint isolation should have been in the design from the first version.',
  ),
  n('FX rates stale for two days'),
  n(
    'On Wednesday finance noticed that USD invoices were still being converted at Monday\'s ECB rate. Konstantin checked the rate fetcher and found it crashing on startup with "unexpected root element: gesmes:Envelope". He patched the parser and ran the fetcher by hand, and Svetlana recalculated the 410 affected drafts. Invoices already issued kept their original rates, as the tax rules require.',
  ),
  n(
    'The ECB feed changed its XML namespace and our parser matched on the full element name. The fetcher had a liveness probe but no alert on the age of the latest rate, so two days of crash loops looked like ordinary restarts.',
  ),
  n('API rollout stuck on Docker Hub rate limit'),
  n(
    'At 11:00 on Tuesday an API deploy stopped halfway: new pods sat in ImagePullBackOff with "toomanyrequests: You have reached your pull rate limit". Half of the old pods were still serving, so customers saw no errors. Jonas paused the rollout, pointed the base image pulls at our registry mirror and resumed at 11:40.',
  ),
  n(
    'Two base images were still pulled anonymously from Docker Hub, and a cluster-wide node replacement that morning had used up the pull quota. The mirror existed, but those two Dockerfiles still referenced Docker Hub.',
  ),
  n('Tax authority mTLS client certificate expired'),
  n(
    'At 07:00 on Sunday every submission to the tax API failed with "SSL alert: certificate expired". Rami was paged at 07:04 and found that our client certificate for the authority had expired at midnight. Renewal needs a form signed by the company director, so we held submissions in the queue until Monday. Noa received the new certificate at 10:30 on Monday and the queue drained by noon.',
  ),
  n(
    'The client certificate is valid for one year and renewal goes through a paper process with the authority. Its expiry was tracked only in a personal calendar reminder that did not survive a change of roles, not in our certificate monitoring.',
  ),
  n('pdf-service memory leak after Node upgrade'),
  n(
    'After the Node 22 upgrade on Monday the pdf-service pods grew to their 2 GiB limit every six hours and restarted. Users saw occasional 502s on invoice download during the restarts. Dmitri Volkov took heap snapshots on Wednesday and found Puppeteer browser contexts left open on the error path. The fix went out Thursday at 10:00 and memory has been flat since.',
  ),
  n(
    'The renderer error path skipped context.close(), which the old setup masked with a periodic browser restart that the upgrade removed. Our load tests only exercise successful renders.',
  ),
  n('Frankfurt AZ outage, API degraded for 40 minutes'),
  n(
    'At 14:03 AWS reported elevated error rates in one Frankfurt availability zone. Our API error rate rose to 12% because two of our three Redis nodes were in that zone. Michael failed Redis over to the healthy zones at 14:20 and Anna posted status page updates every 15 minutes. The zone recovered at 14:43.',
  ),
  n(
    'The Redis cluster was spread across zones only on paper: a node replacement in the spring had placed two nodes in the same zone, and nothing checked placement afterwards.',
  ),
];
