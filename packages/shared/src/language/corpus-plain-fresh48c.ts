import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 48C: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Nairobi
 * county-government e-services portal (business permits, land rates, health licences) run by a small
 * in-house ICT team and a vendor, in the English of a Kenyan civil-service IT team.
 */
export const PLAIN_FRESH48C: readonly CorpusItem[] = [
  n('M-Pesa paybill payments not reflecting on permit accounts'),
  n(
    'From 08:40 EAT on Monday 3rd March, business permit payments made through the county paybill were received by Safaricom but were not posted to applicants\' accounts on the portal. The citizen help desk logged 212 calls by 11:00 and Madam Wanjiku Kamau escalated to the on-call engineer, Brian Otieno. Brian confirmed from the C2B callback logs that every request was getting "HTTP 502 Bad Gateway" from our validation endpoint, and he restarted the payments API pods at 11:25. Posting resumed at 11:31 and the backlog of 1,847 transactions was replayed from the Daraja transaction status query by 14:10. Action items: Brian to add a synthetic paybill transaction check (due 14th March); Wanjiku to update the help desk script for unposted payments.',
  ),
  n(
    'The Sunday maintenance reload of the reverse proxy picked up an upstream block that still pointed to a decommissioned host, because the proxy configuration is kept in two files and the change template covers only one of them. Our health check only probed the portal home page, so the payment path was broken for nearly three hours before any alarm fired.',
  ),
  n('Citizen portal showing certificate warning after TLS certificate expiry'),
  n(
    'At 00:00 on 15th June the wildcard certificate for the citizen portal expired and browsers began showing "NET::ERR_CERT_DATE_INVALID" to all visitors. Madam Achieng Odhiambo saw the warning at 06:50 when opening the staff login and called the systems administrator, Mr. Kiprotich Ruto. He raised an emergency purchase request with the CA reseller and installed the renewed certificate on both load balancers at 10:15. The M-Pesa callback URL uses the same certificate, so Safaricom retried the callbacks queued during the outage and all of them were posted by 10:40.',
  ),
  n(
    'The certificate was bought on a two-year term and its expiry date was recorded only in the procurement file, not in any monitoring tool. Our uptime checks test for HTTP 200 and do not look at certificate validity, so nothing warned us in the 30 days before expiry.',
  ),
  n('Nightly land rates statement batch failed three nights running'),
  n(
    "The land rates statement job that generates the annual demand notices exited with code 137 on the nights of 4th, 5th and 6th February. Cherono Jepchirchir in the revenue section raised a ticket on the 7th after ratepayers at the City Hall counter reported that their statements still showed last year's balance. Abdirahman Hassan traced the exit code to the container being OOM-killed at around 41,000 parcels and increased the memory limit from 2 GiB to 6 GiB as a stopgap. The job completed on the night of the 7th and all 118,000 statements were available on the portal by 05:30 on the 8th.",
  ),
  n(
    "The statement generator loads every parcel's ledger into memory before writing PDFs, and the parcel count grew by 22% after the Embakasi valuation roll was imported in January. The scheduler shows a failed run only on its own dashboard and sends no alert, so three failed runs went unnoticed until the counter staff heard from ratepayers.",
  ),
  n('Slow portal on last day of single business permit renewals'),
  n(
    "On 31st March, the last day for single business permit renewal without penalty, page load times rose from about 2 seconds to over 40 seconds from 09:00. Peter Wafula declared a P2 incident at 09:20 and the vendor's engineer, Mr. Simiyu, joined the bridge at 09:45. We added two application servers from the standby pool and enabled the static queue page for new sessions at 10:30, which held response times under 6 seconds for the rest of the day. The Chief Officer, Finance and Economic Planning, extended the deadline by seven days in a press notice issued at 13:00.",
  ),
  n(
    "Peak traffic was nine times the usual daily load, and our capacity plan was based on last year's figures, before M-Pesa STK push was added and doubled the number of requests per application. The autoscaling group was capped at four servers by a limit carried over from the 2022 budget cycle, and the quarterly capacity review does not include that setting.",
  ),
  n('Health licence applications rejected after release 4.12'),
  n(
    'Release 4.12 went out at 17:30 on Thursday and from then every health licence application with a food-handler certificate attached was rejected with "Validation failed: attachment_type". Zawadi Mwangi on the help desk flagged the rise in complaints at 08:15 on Friday. The release manager, Kevin Omondi, rolled back to 4.11 at 08:50 and confirmed that three test submissions went through. The 63 applicants rejected overnight received an SMS asking them to resubmit, and their fees carry over.',
  ),
  n(
    'Release 4.12 renamed the attachment type codes in the form schema, but the validation service reads a separate enum file that the build did not regenerate. The end-to-end suite covers business permits only, so no test exercised a health licence submission with an attachment. Action: Kevin to add a health licence flow to the smoke tests before 4.13 (due 20th).',
  ),
  n('Data centre power loss - UPS battery bank failure'),
  n(
    'At 14:22 on Tuesday the KPLC supply to the City Hall Annex dropped and the UPS in the server room could not carry the load, so all racks went down within 40 seconds. The generator started at 14:23, but by then the servers had already powered off. Facilities (Mr. Mutua) confirmed stable power at 14:35 and the ICT team, led by Madam Nyambura, brought up the database cluster first and then the application tier, with the portal back at 15:48. Two SAN volumes needed a consistency check, which completed at 17:10 with no data loss.',
  ),
  n(
    'Three of the twelve UPS battery blocks had reached end of life, and the UPS could not sustain the load for the 60 seconds needed for the generator transfer. The maintenance contract covers an annual visual inspection but not a load test, so the weak batteries did not show up.',
  ),
  n('OTP SMS not delivered to citizens - bulk SMS vendor outage'),
  n(
    'Between 07:10 and 12:55 on Wednesday, one-time passwords for portal login were not reaching Safaricom and Airtel subscribers. The help desk received 340 calls and Otieno Okoth opened a priority ticket with the bulk SMS provider at 07:40. The provider confirmed at 09:15 that their SMPP bind to Safaricom had been down since a maintenance window on their side. At 10:30 we switched OTP delivery to email for accounts with a verified address, about 45% of users, and the SMS route recovered at 12:55.',
  ),
  n(
    'Login depends on a single SMS aggregator with no secondary route, and the portal has no fallback channel enabled by default. The vendor SLA specifies 99.5% monthly availability but contains no clause on notifying the county of planned work.',
  ),
  n('Duplicate permit numbers issued after database failover'),
  n(
    'On Saturday 9th at 02:14 the primary PostgreSQL node failed over to the replica after a disk controller alarm. Over the next two days, 87 single business permits were issued with numbers already assigned to other businesses. Mary Chebet from the licensing office noticed on Monday when two traders presented permits with the same number at the Kariobangi sub-county office. Lawrence Kiplagat paused permit issuance at 11:20, advanced the sequence past the highest number in use and reissued the 87 permits with new numbers by 16:00.',
  ),
  n(
    "Permit numbers come from a database sequence that the application caches in blocks of 100, and after the failover the replica's sequence value was behind numbers already handed out from the cache. There is no unique constraint on the permit number column, so the database accepted the duplicates.",
  ),
  n('Spike in failed logins on citizen accounts - suspected credential stuffing'),
  n(
    'At 22:05 on Friday the WAF raised "Rate threshold exceeded: /api/auth/login 4,200 req/min from 312 IPs". The on-call security analyst, Halima Abdi, reviewed the traffic and found username and password pairs matching a public breach list, with 19 successful logins out of roughly 180,000 attempts. She blocked the source ranges at 22:40, forced password resets on the 19 accounts and turned on CAPTCHA for the login page at 23:10. Madam Wairimu from Communications prepared a notice to the affected account holders, which went out on Saturday morning after review by the Data Protection Officer.',
  ),
  n(
    'The login endpoint had no per-account lockout and no CAPTCHA, and the WAF rate limit was set per IP address, which a distributed attack stays below. The portal also does not check passwords against known breach lists when accounts are created or passwords changed.',
  ),
  n('Database disk full - portal read-only for two hours'),
  n(
    'At 10:12 the alert "disk usage /var/lib/pgsql 100% on db-prd-01" fired and the portal began returning errors on every save. I was on call and joined at 10:15, and found that the audit_log table had grown to 410 GB. I moved archived WAL files to the backup share to free 60 GB, and the portal accepted writes again at 10:58. We then partitioned audit_log by month and moved partitions older than twelve months to cold storage, finishing at 12:20. - Samuel Kiprono, on-call engineer',
  ),
  n(
    "Since the March release the audit log records every page view, which raised its growth from 2 GB to 30 GB a month. Our disk alert was set at 95%, which at that growth rate gave less than a day's warning.",
  ),
  n('Portal unreachable on some networks after domain renewal'),
  n(
    "On Monday morning users on several home fibre and mobile networks reported that the portal address did not resolve. Faith Njeri in the web team checked from different networks and found that our domain's NS records pointed to the registrar's default nameservers instead of ours. She raised it with the registrar at 09:30, the records were corrected at 11:05, and resolution recovered across networks by 14:00 as caches expired.",
  ),
  n(
    "The domain renewal on Friday went through the registrar's new self-service portal, which resets nameservers to its defaults unless a box is ticked. The renewal checklist was written for the old portal and does not mention this setting.",
  ),
  n('Nightly database backups found empty for 26 days'),
  n(
    'During the quarterly restore test on 12th September, Dennis Wekesa found that the latest backup files for the revenue database were 0 bytes. Every file since 17th August had the same size, although the backup job had reported "Completed successfully" each night. Dennis took a manual pg_dump at 15:40, confirmed that it restored on the test server, and corrected the job\'s credentials that evening. No data was lost, but for those 26 days the portal ran without a usable backup. Action: Dennis to schedule an automated weekly restore test (due 30th September).',
  ),
  n(
    "The backup service account's password expired under the domain password policy on 17th August, and the wrapper script swallowed pg_dump's error because it checks only that the output file exists. Monitoring looks at the job's exit status, not at the file size or a test restore.",
  ),
  n("Health licence certificates printed with wrong officer's name"),
  n(
    'From Tuesday 10:00 to Wednesday 15:30, 214 health licence certificates were generated with the name and signature of Dr. Aden Mohamed, although other public health officers had approved them. Dr. Mohamed raised it himself when a restaurant in Westlands called him about a licence for premises he had not inspected. Esther Atieno cleared the template cache and regenerated the 214 certificates, and the Public Health department emailed corrected copies on Thursday.',
  ),
  n(
    "The certificate service caches the rendered template per sub-county, and the officer's signature block sat inside the cached part, so the first officer to approve after a restart appeared on every later certificate for that sub-county. The review of the caching change measured speed but had no step comparing the generated certificates with the old ones.",
  ),
  n('Citizen help desk ticketing system unavailable (vendor cloud outage)'),
  n(
    'The hosted help desk system was unavailable from 08:00 to 13:30 on Thursday, returning "503 Service Temporarily Unavailable" to agents. Help desk supervisor Nafula Barasa moved the team to a shared spreadsheet at 08:20, and 156 calls were logged there. The vendor\'s status page reported a regional cloud outage at 09:10 and service came back at 13:30. Rose Akinyi entered the spreadsheet tickets into the system by 16:00 so that the SLA clocks reflect the real call times.',
  ),
  n(
    'The vendor hosts our tenant in a single cloud region with no failover, which the current contract tier allows. We had no documented manual fallback; the spreadsheet worked because the supervisor set it up on the day, and it will now go into the help desk continuity plan.',
  ),
  n('Primary internet link down - fibre cut on Mombasa Road'),
  n(
    'At 16:48 the primary ISP link to the county data centre went down after road works cut a fibre on Mombasa Road. The routers failed over to the secondary link within a minute, but the secondary is 20 Mbps against 500 Mbps on the primary, and the portal was very slow for the rest of the afternoon. Joseph Kamau asked the ISP for an ETA and at 17:30 gave M-Pesa callback traffic priority on the secondary link so that payment confirmations kept flowing. The ISP spliced the fibre by 23:15 and traffic returned to the primary link.',
  ),
  n(
    'The secondary link was sized in 2019 for email and staff VPN, and the capacity plan written when the portal moved in-house covered servers and storage but not the WAN links.',
  ),
  n('Land rates penalties charged during waiver period'),
  n(
    "The Governor's 100% penalty waiver on land rates arrears took effect on 1st November, but the portal continued to add penalty interest to statements until 4th November. The Revenue Officer, Mr. Kipchumba, noticed on the 4th when a ratepayer at the counter showed a statement dated the 2nd with penalties on it. Grace Wanjiru in the applications team set the waiver flag in the rates engine at 12:00 and re-ran the statements. The 3,412 ratepayers who had paid including penalties were credited the difference on their accounts by 8th November.",
  ),
  n(
    'The rates engine applies waivers only from a configuration table, and the process for a gazetted waiver relies on an email from Revenue to a shared ICT mailbox that is reviewed weekly, so a waiver starting on a Friday is not picked up until the following week. No ticket or calendar entry is tied to the gazette date.',
  ),
  n('Daily paybill reconciliation off by KES 1.2 million'),
  n(
    'The daily reconciliation report for 14th July showed KES 1,214,300 more in the collection account than in the portal\'s posted payments. Finance (Madam Moraa) raised it at 10:00 on the 15th and Abdullahi Noor compared the M-Pesa statement with the payments table. He found 402 transactions received on the paybill but dropped by the callback handler with "ERROR: duplicate key value violates unique constraint receipts_pkey". He posted the 402 transactions through the admin tool after Finance approved the list, and the accounts balanced at 17:45.',
  ),
  n(
    'The callback handler keys each payment on the account number plus a timestamp truncated to the second, so when market associations paid for many stalls under one account, different payments in the same second collided. The handler logged the error but raised no alert.',
  ),
  n('Permit queue stalls every afternoon - worker memory leak'),
  n(
    'For five working days, permits approved after about 15:00 stayed in "Pending issue" until the next morning. Kevin Mutai noticed the pattern on the queue dashboard and logged a call with the vendor\'s support line on 22nd May. The vendor\'s developer, Ms. Awino, profiled the issuing worker with Daniel Korir and found that its memory climbed by roughly 300 MB an hour until the orchestrator restarted the container, dropping jobs in flight. As a workaround we restart the workers at 12:00 and 15:00 daily, and the vendor shipped a fix in version 3.8.2 on 29th May.',
  ),
  n(
    "A PDF library upgrade in 3.8.0 kept font objects in a global cache that was never cleared. The worker's restart policy did not requeue in-flight jobs, so each restart left some permits stranded until the morning sweep.",
  ),
  n('Business permit applications blocked by KRA PIN validation timeouts'),
  n(
    'From 09:30 to 15:00 on Tuesday the KRA PIN check on the permit form timed out for most requests ("upstream request timeout after 30000ms"), and applicants could not move past step 2. Moses Ochieng confirmed that the KRA endpoint was slow from all our servers and opened a ticket with KRA API support at 10:05. With approval from the Director of Revenue, we turned on deferred validation at 11:20, which lets applicants continue while a background job checks the PIN. The background job validated all 1,930 deferred applications by 18:00; 12 PINs were invalid and those applicants were contacted.',
  ),
  n(
    "The permit form calls the KRA service synchronously with a 30-second timeout and no circuit breaker, so any slowdown at KRA blocks the whole form. Deferred validation already existed but needed a director's written approval to switch on, which added about an hour.",
  ),
  n('Fake county payments site collecting permit fees'),
  n(
    "On 3rd April the citizen help desk received several calls from traders who had paid permit fees to a paybill number that is not the county's. Salim Abdi from ICT security found a look-alike site, advertised on Facebook, that copied our permit form and showed a different paybill. He reported the site to the hosting provider and to KE-CIRT at 12:30, and the site was taken down at 19:00. The county posted warnings on its social media pages and sent an SMS with the correct paybill number to all registered traders.",
  ),
  n(
    "The portal's design and payment details are public and easy to copy, and we have no monitoring for look-alike domains or adverts using the county's name. The official site also gives traders no quick way to confirm the paybill number before paying.",
  ),
  n('Land rates parcel search down - GIS map service not running'),
  n(
    'From 08:00 on Monday the parcel search on the land rates page returned "Map service unavailable", and ratepayers could not find their plots by LR number. Ahmed Yusuf of the GIS unit found that the ArcGIS Server service had stopped after Windows updates installed on Sunday night. He started the service at 09:10 and the page recovered, but it stopped again after the server\'s scheduled reboot at 02:00 on Tuesday. Ahmed then set the service to start automatically and added a synthetic check that searches a known parcel every five minutes.',
  ),
  n(
    'The ArcGIS Server service was set to manual start, a setting left over from the server build in 2020, so it did not come back after a reboot. Monitoring pinged the server but did not test the map service itself.',
  ),
  n('Permit approval emails queued and not sent for three days'),
  n(
    'Between Friday 18:00 and Monday 10:30, approval and invoice emails from the portal stayed in the outbound queue, about 6,700 messages in all. Beatrice Wangari on the help desk noticed applicants asking for invoices that the system showed as sent. Tom Odera checked the mail worker log, which repeated "535 5.7.8 Authentication credentials invalid", updated the SMTP relay password from the vault, and the queue drained by 11:40. No duplicates went out because the worker marks a message as sent only once the relay accepts it.',
  ),
  n(
    'The mail relay password was rotated on Friday under the quarterly rotation policy, and the portal reads it from a config file instead of the vault, so the new password did not reach it. The mail worker treats authentication errors as retryable, so nothing alerted while the queue grew.',
  ),
  n('Receipts and permits dated a day early for night-time payments'),
  n(
    'Ratepayers who paid between midnight and 03:00 EAT received receipts and permits dated the previous day. This came to light on 2nd January when businesses that paid just after midnight on 1st January found late-payment penalties applied for the previous year. Wilson Cheruiyot confirmed that the receipt service formats dates in UTC and patched it to use Africa/Nairobi, deployed at 16:00. The finance team reversed the penalties on 58 accounts.',
  ),
  n(
    "The receipt service's container image had no time zone set, so it defaulted to UTC while the rest of the platform runs on EAT. Our automated tests run during office hours, when the UTC and EAT dates are the same.",
  ),
  n('Vendor support VPN blocked after firewall policy change'),
  n(
    "After the firewall policy update on Wednesday evening, the vendor's support engineers could not connect to the staging and production jump hosts, which held up their work on an unrelated payment report bug by a day. On Thursday at 10:00, Mercy Wambui in network operations compared the old and new policies and found that the vendor's new office IP range was missing from the allow list. She added the range with approval from the ICT security officer at 11:15 and the vendor confirmed access at 11:20.",
  ),
  n(
    'The vendor moved offices in June and sent their new IP range by email, but the firewall allow list is built from the asset register, which still held the old range because the register has no step for updating third-party network details. The policy change review compared rules, not the list of parties who need access.',
  ),
  n('Planned database upgrade overran by three hours'),
  n(
    "The upgrade from PostgreSQL 12 to 15 was scheduled for Sunday 02:00 to 05:00 with the portal in maintenance mode. The pg_upgrade step took 4 hours 10 minutes instead of the 50 minutes it took on staging, and the portal came back at 08:05. Kevin Langat, leading the change, sent an update to the help desk and the county's social media team at 05:00 and every hour after that. M-Pesa payments made during the window were queued by Safaricom and all posted by 08:30.",
  ),
  n(
    'The staging database is a 2021 copy at about a quarter of production size, so the rehearsal timing did not reflect production. The change plan had no go/no-go point for rolling back if the upgrade ran long, and the next plan will have one at the halfway mark.',
  ),
  n('SAN controller B failure - storage running degraded'),
  n(
    'At 03:47 the storage array raised "Controller B: hardware fault, failover to controller A complete". Services stayed up, but write latency on the database volumes rose from 2 ms to 35 ms and the portal slowed during the morning peak. Madam Naliaka Wafula logged a severity 1 call with the hardware vendor at 07:30, and their field engineer replaced the controller at 15:20 under the support contract. Performance returned to normal after the array rebalanced at 16:05.',
  ),
  n(
    "A memory module on controller B failed; the vendor's analysis found a component fault with no earlier warning in the array logs. With only one controller the array disables write-cache mirroring, which is what raised the latency.",
  ),
  n('Help desk cannot find recent permits in search'),
  n(
    'From about Tuesday, permits issued that week did not appear in the help desk search, although applicants could see them on their own dashboards. Help desk agents, coordinated by Susan Adhiambo, looked up permits by application number as a workaround. On Friday Felix Kibet found that the indexing job had been stuck since Tuesday 14:20 on a permit record with a 40 MB attachment, retrying the same record each time. He excluded attachments over 10 MB from the index and the job caught up 9,300 records in about an hour.',
  ),
  n(
    "The indexer processes records strictly in order and retries a failing record indefinitely, so one oversized record blocked everything behind it. The job's health check reported it as running because the process was alive.",
  ),
  n('Intermittent 502 errors - load balancer health check flapping'),
  n(
    "From 11:00 to 13:40 on Monday about one in six portal requests returned 502. Lilian Nekesa saw the load balancer marking app servers down and up every few seconds and found that its health check called /status, which queries the database. Under Monday's load that query took longer than the 2-second health check timeout, so the load balancer kept taking healthy servers out of rotation. She pointed the health check at a lightweight /ping endpoint at 13:35 and the errors stopped by 13:40. Action: Lilian to review health check endpoints on all services by month end.",
  ),
  n(
    'The /status endpoint was built for the public status page and includes a database query, and the load balancer used it with a short timeout, so database slowness took the whole pool out of rotation. The health check should have been kept separate from dependency checks from the start.',
  ),
  n('Permit documents downloadable by changing ID in URL'),
  n(
    "On 7th August a security researcher emailed the ICT office to report that permit documents, including copies of national IDs, could be downloaded by changing the number in the download URL. Abdirahman Farah confirmed the issue at 11:00 and disabled the download endpoint at 11:25, leaving documents available only through the logged-in dashboard. The vendor added an ownership check and the endpoint was re-enabled on 9th August after a retest. Access logs showed 1,140 sequential requests from the researcher's IP and no other enumeration pattern, and the Data Protection Officer notified the ODPC within 72 hours.",
  ),
  n(
    "The download endpoint checked only that the user was logged in, not that the document belonged to them, and document IDs were sequential integers. The vendor's security test scope covered login and payment flows, and the download path was outside it.",
  ),
  n('Land rates reminder SMS sent twice to ratepayers'),
  n(
    'On 25th January about 48,000 ratepayers received the land rates reminder SMS twice, six minutes apart. Brian Mutua in the applications team found that two app servers had both run the reminder job, because the scheduler lock had expired between the runs. He disabled the job on the second server the same day, and the Revenue department sent an apology SMS the following morning. The extra messages cost about KES 38,000 in SMS credit.',
  ),
  n(
    "The job lock had a five-minute TTL, and the second server's clock was six minutes behind because NTP had stopped syncing after a firewall change, so that server saw the lock as expired. Our monitoring does not alert on clock drift between servers.",
  ),
];
