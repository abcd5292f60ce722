import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 49C: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the digital and
 * operations team of an Auckland city water utility (smart meters, billing, customer portal, pump-station
 * SCADA telemetry), in New Zealand English with Māori, Pākehā, Pasifika, Indian and Chinese New Zealander names.
 */
export const PLAIN_FRESH49C: readonly CorpusItem[] = [
  // 1
  n('Customer portal down: expired TLS certificate on API gateway'),
  n(
    "At 06:42 on Monday the synthetic check for the customer portal started failing with 'certificate has expired'. Kevin Zhou, the on-call engineer, was paged at 06:44 and confirmed that the wildcard certificate on the API gateway had lapsed at midnight UTC. He issued a replacement through the ACME client, reloaded the gateway at 07:31 and the portal was back by 07:35. Aroha posted an update on the status page at 07:05 and again once service was restored.",
  ),
  n(
    'The gateway certificate came from a different issuer to the rest of our estate and sat outside the automated renewal tooling, so no renewal job or expiry alert existed for it. Our certificate inventory listed it, but nothing reads that inventory to raise warnings.',
  ),
  // 2
  n('Lost SCADA telemetry from Māngere pump station PS-17'),
  n(
    'At 14:10 the SCADA master raised "COMMS FAIL PS-17 MANGERE" and the station went grey on the overview screen. Hemi Ngata, on call for operational technology, rang the control room and arranged for a field technician to drive out while the station carried on under local PLC control. Sione Taufa reached the site at 15:05, found the 4G router unresponsive and power-cycled it; telemetry returned at 15:12. Wet-well levels stayed within the normal band throughout, according to the local HMI.',
  ),
  n(
    'The 4G routers at our smaller stations run a firmware version with a known memory leak that hangs them after several months of uptime. There is no scheduled reboot on these routers and no secondary comms path at PS-17.',
  ),
  // 3
  n('Nightly billing run failed at invoice generation'),
  n(
    "The 01:00 billing run stopped at 02:37 with 'ORA-00060: deadlock detected while waiting for resource' in the invoice generation step. Priya Naidu picked up the alert at 07:50 when she started her shift, checked that no invoices had been partially issued, and re-ran the step at 08:20; it completed at 09:45. Around 11,200 invoices went out half a day late, and the contact centre was briefed in case customers rang about them.",
  ),
  n(
    'Since a schedule change last month, the meter-read correction job starts at 02:00 and overlaps with invoice generation, with both updating the same account rows. The scheduler has no dependency between the two jobs, and failed billing steps alert by email only, not through the pager.',
  ),
  // 4
  n('Duplicate smart meter reads in MDM for 3,400 meters'),
  n(
    'On Wednesday morning the data quality dashboard showed 3,400 meters with two interval reads for the same half-hour. Mele Fifita traced the duplicates to a window between 03:10 and 03:40 when the head-end system retried a batch after a timeout. She paused the downstream export to billing at 09:15, and Kevin wrote a de-duplication script, which ran at 11:30 after a dry run on the test copy. The export resumed at 12:00 and no customer bills were affected.',
  ),
  n(
    "The head-end retries a whole batch when it doesn't receive an acknowledgement within 30 seconds, and the MDM import accepts reads without checking for an existing read on the same meter and interval. The import should have rejected or merged duplicates on its natural key.",
  ),
  // 5
  n('Boil-water notice SMS delayed by up to 90 minutes'),
  n(
    'At 16:20 on Saturday the water quality team issued a precautionary boil-water notice for parts of Papakura and asked for an SMS to the 8,900 registered customers in the affected zone. Tevita Lolohea on the comms desk sent the campaign at 16:34, but the delivery report still showed most messages queued at 17:00. The SMS provider confirmed our account was capped at 5 messages per second under its default limit. Aroha arranged a temporary increase with the provider at 17:25 and the last messages went out at 18:02; the notice had also been on the website and local radio since 16:45.',
  ),
  n(
    'Our SMS account still had the default throughput cap from when it was used only for billing reminders, which trickle out overnight. Nothing in the emergency communications plan compared the send rate with the size of a zone-wide notice.',
  ),
  // 6
  n('Portal "My usage" page taking 20+ seconds to load'),
  n(
    "From about 10:00 on Tuesday customers told the contact centre that the usage graphs in the portal were spinning or timing out. The APM dashboard showed p95 response time for /api/usage at 22 seconds, up from 600 ms the day before. Jason Li went through the slow query log, found a full table scan on interval_reads, and built the missing index concurrently at 13:40; response times were back under a second by 14:05. I've added a query-plan check for the ten busiest endpoints to the release checklist.",
  ),
  n(
    "Monday's schema migration recreated the interval_reads table with a new partitioning scheme, and the index on meter_id and read_time was not part of the migration script. Our test database holds a few thousand rows, so the missing index made no visible difference before release.",
  ),
  // 7
  n('Phishing email impersonating the chief executive sent to finance'),
  n(
    "At 09:12 Losa Tuilagi forwarded an email to the security mailbox that appeared to come from our chief executive and asked for an urgent supplier payment. Anand Sharma checked the headers, confirmed it came from a look-alike domain, and purged the message from 41 mailboxes at 09:40 with the mail platform's search-and-remove. No action had been taken on the request and no payment was made. We blocked the sender domain and sent a short all-staff notice at 10:15.",
  ),
  n(
    'The look-alike domain passed SPF and DKIM for itself, and our mail filter does not flag external messages whose display name matches an internal executive. The external-sender banner had been off for the finance distribution list since a mailbox migration last year.',
  ),
  // 8
  n('Online payments broken after portal release 4.18'),
  n(
    "Release 4.18 went out at 19:30 on Thursday, and from 19:34 the payment page returned 'Payment provider unavailable' for every card payment. Mere Ruawai, the release lead, saw the error rate jump on the deploy dashboard and started a rollback at 19:41. The previous version was serving again by 19:52; 63 payment attempts failed in that window, and the contact centre followed up with those customers on Friday.",
  ),
  n(
    "The release switched the payment client to a new endpoint behind a feature flag, and the flag defaulted to on in production while the new endpoint was configured only in staging. The pipeline has no step that compares feature-flag defaults with each environment's configuration, and the smoke tests do not attempt a test payment.",
  ),
  // 9
  n('SCADA historian stopped archiving: data disk full'),
  n(
    'At 03:55 the historian server logged "Archive write failed: insufficient disk space" and stopped writing new values, although the live SCADA screens kept working. Operations saw gaps in the overnight trend reports at 07:30 and rang Hemi, who freed space by moving last year\'s archives to the NAS and restarted the archive service at 08:40. Values buffered on the field RTUs backfilled most of the gap, leaving about 40 minutes of data for three reservoirs unrecoverable.',
  ),
  n(
    'Archive files have grown faster since the extra pressure sensors were commissioned in March, and the disk-usage alert on the historian fires at 98%, which left less than an hour of headroom. Historian storage is not part of the quarterly capacity review.',
  ),
  // 10
  n('Meter data vendor API outage blocks move-in and move-out reads'),
  n(
    "From 11:05 to 15:40 on Friday the meter data vendor's cloud API returned HTTP 503 to every request. Contact centre staff could not pull special reads for customers moving house, so Fiona Chen set up a shared spreadsheet that captured 212 requests for later processing. Our vendor manager, Rajesh Patel, opened a P1 ticket at 11:20 and joined the vendor's bridge call, where they traced the fault to a failed database failover in their Sydney region. Sione's team worked through the backlog on Saturday morning.",
  ),
  n(
    "The vendor's primary database failed over to a replica that had fallen behind, and their service stayed down until replication caught up. On our side, the move-in and move-out process depends on the live API, with no fallback to the nightly read file.",
  ),
  // 11
  n('False low-level alarms at Hunua reservoirs after sensor firmware update'),
  n(
    'Between 22:00 Sunday and 04:00 Monday the control room received 37 "LOW LEVEL" alarms from two Hunua reservoirs whose levels, by the site gauge boards, were normal. The duty controller, Hana Whaanga, called out the on-call instrument technician after the third alarm, and Vaea Leota confirmed the new sensor firmware was reporting some readings in millimetres instead of metres. The alarms for those two tags were shelved at 01:15 with hourly manual level checks, and the vendor\'s corrected firmware went on on Tuesday.',
  ),
  n(
    'The firmware update changed the default unit of one Modbus register, and the release notes mentioned this only in an appendix. Our change process for instrument firmware has no step that runs new readings alongside a reference for a period before they feed alarms.',
  ),
  // 12
  n('Direct debit file rejected by bank'),
  n(
    "The 5 a.m. direct debit file for 14,600 customers was rejected by the bank's gateway with 'Invalid header record: field 7 length'. Mei Lin in finance systems saw the rejection in the morning reconciliation and raised it with IT at 08:30. Kevin Zhou updated the header format in the export job and regenerated the file, which the bank accepted at 11:10, so debits came out one business day late. Customers received an email explaining the date change that afternoon.",
  ),
  n(
    "The bank moved to a new file specification on 1 July that widened the originator reference in the header record. Their notice went to a shared mailbox with no current owner after the team restructure, so the change never made it onto the export job's backlog.",
  ),
  // 13
  n('On-call pages not delivered for six hours'),
  n(
    'On Saturday a heartbeat test at 14:00 showed alerts reaching the incident channel in Teams but not the paging app. Lavinia Taufa, on call that weekend, had received no pages since 08:10, including one for a high-turbidity warning that the control room had already handled by phone. Priya regenerated the integration token between the monitoring platform and the paging service at 14:25 and sent a test page, which arrived. We went through every alert from the gap and found none that still needed action.',
  ),
  n(
    "The API token the monitoring platform uses to create pages had a one-year expiry and lapsed at 08:10. The platform logged '401 Unauthorized' for each page but raised no alert about its own failed notifications, and the heartbeat test only ran weekly.",
  ),
  // 14
  n('Intranet and timesheets unreachable after DNS zone change'),
  n(
    'At 12:15 on Wednesday staff started reporting that the intranet, timesheets and the asset management system were returning "server not found". Ahmed Khan on the infrastructure team linked this to a 12:00 change that moved the internal DNS zone onto the new domain controllers. He rolled the change back at 12:40 and services came back as caches expired, fully by 13:20. The change is rescheduled for next Tuesday, with a lower TTL set a day in advance.',
  ),
  n(
    'The new domain controllers lacked the conditional forwarders for the cloud-hosted zones, because those forwarders existed only as manual settings on the old servers and the build script did not create them. The pre-change test plan covered resolution of on-premises names only.',
  ),
  // 15
  n('Leak detection analytics job killed by OOM'),
  n(
    'The overnight district metered area analysis failed three nights in a row with "Container killed: OOMKilled (exit code 137)". The failures came to light on Thursday, when the network team asked why the leak report hadn\'t updated since Monday. Ana Fonoti raised the job\'s memory limit from 4 GB to 12 GB and ran the three missed days one after another, and the reports were back by 15:00. Action: Ana to add a failure alert for the job and split processing by DMA (due 30 May).',
  ),
  n(
    "Last month 600 new smart meters joined the analysis, roughly doubling the data each run loads into memory. The job reads a whole day's data into a single dataframe, its memory limit had not changed since it first went live, and failures show only in the job history with no alert.",
  ),
  // 16
  n('Property addresses overwritten by GIS sync'),
  n(
    "On Monday the contact centre flagged that some customer accounts in billing showed a neighbour's address. Sana Mirza found that Sunday night's GIS-to-billing sync had matched 318 properties on street address alone after a council address update renumbered a subdivision in Flat Bush. She disabled the sync at 10:30 and restored the affected address fields from Saturday's backup by 16:00. No bills had been printed from the changed records.",
  ),
  n(
    'The sync falls back to matching on address text when the council property ID is missing, and a change to the council extract left property IDs blank for new subdivisions. The sync should have halted and flagged a batch in which so many matches used the fallback.',
  ),
  // 17
  n('Partial outage after UPS transfer at Penrose data centre'),
  n(
    "At 02:18 a mains power dip at Penrose caused the UPS to transfer load, and one rack of hypervisors rebooted instead of riding through. Eleven VMs went down, including the portal's database replica and the SMS gateway. Hemi Ngata was paged at 02:20, confirmed with the facility that power was stable, and brought the VMs back in dependency order; everything was up by 03:35. Traffic at that hour was light, and no customer-facing complaints came in.",
  ),
  n(
    'Both power supplies in that rack were connected to the same PDU, which sits on the UPS output that tripped during the transfer. Our data centre commissioning checklist does not include verifying dual-feed cabling, so the single-PDU arrangement from the 2022 rack move stayed in place until this event.',
  ),
  // 18
  n('Customer database backups incomplete for 16 days'),
  n(
    'During a routine restore test on 3 October, Jia Hui Wang found that the most recent usable backup of the customer database was from 17 September. The backup job had reported "Completed with warnings" every night since then, and the warnings were that the snapshot of the transaction log volume had failed. She ran a manual full backup at 14:00, which completed cleanly, and the nightly job has succeeded since the fix below. I\'ve moved the restore test from quarterly to monthly.',
  ),
  n(
    'A storage firmware update on 17 September changed the snapshot API, and the backup software treated the failed log snapshot as a warning rather than an error. Our monitoring alerted only on jobs with a "Failed" status, so a green dashboard hid 16 days of incomplete backups.',
  ),
  // 19
  n('Contact centre screen-pop down after weekend patching'),
  n(
    'From 08:00 on Monday, calls reached agents without the customer\'s account popping up in the CRM, so agents searched by hand and handling times rose by about 90 seconds. Teuila Amituanai, the contact centre team leader, raised a P2 at 08:20. Daniel Wu found that the CTI connector service had stopped after the weekend Windows patching and would not start, logging "Error 1053: The service did not respond to the start or control request in a timely fashion". He reinstalled the connector from the vendor package at 10:05, and screen-pop was working again by 10:15.',
  ),
  n(
    'The weekend patch updated the .NET runtime, and the CTI connector version we run is not supported on the new runtime. The patching process restarts servers but has no post-patch check that business services are running.',
  ),
  // 20
  n('Estimated bills issued after LoRaWAN gateway outage in Manurewa'),
  n(
    "A LoRaWAN gateway on the Manurewa water tower lost power on 2 June and stayed offline for nine days, so about 1,900 smart meters sent no reads. The billing run on 10 June found no actual reads for those meters and issued estimated bills. Mele spotted the spike in estimates in the billing exceptions report on 11 June; field services replaced the gateway's solar controller on 12 June and the meters uploaded their stored reads. We reissued the 1,900 bills with actual reads and sent each customer an apology letter.",
  ),
  n(
    "The gateway's solar charge controller failed, and the network server writes its 'gateway offline' event to a log rather than raising an alert. The billing run also has no threshold that holds a batch when the share of estimated reads in one suburb jumps.",
  ),
  // 21
  n('Credential stuffing attack against portal login'),
  n(
    "At 21:50 on Friday the WAF dashboard showed login attempts climbing from about 40 a minute to 3,000 a minute, from thousands of IP addresses. Anand Sharma, on security on-call, turned on the bot challenge for /login at 22:05, and attempts dropped to near baseline. Log review showed 27 successful logins from the attacking addresses; Anand forced password resets on those accounts and Fiona's team wrote to the customers on Saturday. The portal stores no card details, and the logs show no changes to those accounts.",
  ),
  n(
    'The portal has no multi-factor option for customers and no per-account rate limit, so passwords reused from other breaches could be tried at speed. The bot challenge was in place but set to trigger only on known bad IP reputation.',
  ),
  // 22
  n('Water quality lab results not reaching the compliance system'),
  n(
    "On Tuesday the drinking-water compliance officer, Rangi Pōtae, saw that no E. coli results had arrived from the external lab since Friday. Priya checked the SFTP landing folder and found the lab's files there, rejected by the loader with 'Unexpected column: SampleMatrix'. She updated the file mapping and reprocessed the backlog at 14:30, and all results were in by 15:00; none exceeded the limit. We told Taumata Arowai about the reporting delay as a precaution.",
  ),
  n(
    'The lab added a column to its results file without notice, and the loader rejects a whole file on any unexpected column. Rejected files go to an error folder that nothing monitors, and the compliance system does not alert when a sampling site has had no results for more than a day.',
  ),
  // 23
  n('Portal 502s during bill due-date peak: node pool at capacity'),
  n(
    'Between 17:30 and 18:45 on the 20th, when most bills fall due, about 8% of portal requests returned 502. Kevin Zhou was on call and saw pods stuck in Pending with "0/6 nodes are available: 6 Insufficient cpu". He raised the node pool maximum from 6 to 10 at 17:58; new nodes joined at 18:10 and errors cleared by 18:45 as pods rescheduled. We are moving the payment service to its own node pool.',
  ),
  n(
    "The cluster autoscaler's maximum dates from when the portal had half its current traffic, and the load test for the last release didn't simulate due-date volumes. Cluster capacity limits aren't part of any regular review.",
  ),
  // 24
  n('Half-hourly reads shifted an hour after daylight saving ended'),
  n(
    "After clocks went back on 6 April, the portal's usage graphs showed every interval an hour late, and 2,100 customers on the time-of-use pilot tariff were about to be billed against the wrong periods. Jason Li spotted the shift while checking the pilot dashboard on Monday morning, and Priya held the pilot billing run. The fix, converting meter timestamps from UTC with the Pacific/Auckland zone rather than a fixed +13:00 offset, was deployed on Wednesday and the reads were reprocessed overnight.",
  ),
  n(
    'The read-ingestion service applied a fixed +13:00 offset, which is correct only during daylight saving time. The service went live in summer and its test data covered a single month, so no test crossed a daylight saving boundary.',
  ),
  // 25
  n('Outage map showing stale data during Ellerslie main break'),
  n(
    'During the Ellerslie watermain break on 14 August, the outage map on the website kept showing "No current outages" for 50 minutes after the job was logged in the field service system. Customers on social media posted photos of the flooding alongside screenshots of the map. Tama Hēnare from the digital team purged the CDN cache at 10:25 and the map updated. The comms team then pinned a post linking to the map.',
  ),
  n(
    'The outage map API response carried a Cache-Control max-age of one hour, inherited from the static pages configuration, so the CDN served the old version until it expired. The map should have used a short cache lifetime with a purge triggered by updates from the field service system.',
  ),
  // 26
  n('Pump station PLC reboot loop at Onehunga booster'),
  n(
    'From 05:40 the Onehunga booster station PLC rebooted every few minutes, and each reboot dropped both duty pumps for about 40 seconds. The control room saw pressure dips on the SCADA trend and called the on-call OT engineer, Sione Taufa, who reached site at 06:25. He found the PLC power supply output sagging to 19 V, swapped in a spare at 06:50, and the station ran normally from then on. The downstream reservoir buffered the dips and no customers reported low pressure.',
  ),
  n(
    'The 24 V power supply in the PLC cabinet was the original unit from 2009, and its capacitors had degraded with age and heat. Cabinet power supplies are not on the preventive maintenance schedule, which covers pumps, motors and valves.',
  ),
  // 27
  n('Bill emails landing in spam after move to new email provider'),
  n(
    "Two days after we moved bill notification emails to a new sending provider, the contact centre logged 140 calls from customers who hadn't received their bill. Mele checked a sample with a test inbox and found the emails landing in spam with 'dkim=fail' in the headers. Anand published the provider's DKIM keys in DNS at 15:10 and updated the SPF record, and later sends passed authentication. We resent the 9,400 affected bill emails on Friday morning.",
  ),
  n(
    "The cutover plan covered the sending API and templates but not the DNS authentication records, because the old provider's records had been in place for years and no document listed what they did. The new provider's onboarding checklist also marked DNS setup as optional.",
  ),
  // 28
  n('Field crews locked out: expired SAML signing certificate for work-order app'),
  n(
    'At 06:00 on Tuesday field crews could not sign in to the mobile work-order app and got "SAML response signature invalid". The service desk logged 25 calls by 06:45 and escalated to the identity team, where Wiremu Tipene found that the app\'s SAML signing certificate in the identity provider had expired at midnight. He generated a new certificate, uploaded the metadata to the app vendor\'s admin console at 07:20, and crews could sign in from 07:25. Crews worked from printed job sheets in the meantime.',
  ),
  n(
    'SAML signing certificates in our identity provider default to a three-year life, and its expiry emails go to the mailbox of the original app owner, which has been closed since 2023. SAML certificates are not yet tracked in our certificate inventory.',
  ),
  // 29
  n('Card payments failing: payment gateway provider incident'),
  n(
    "From 12:02 to 13:30 on Thursday about 70% of card payments in the portal and IVR failed with 'Gateway timeout from acquirer'. Kevin checked the provider's status page, which showed a major incident from 12:15, and we put a banner on the portal at 12:20 suggesting customers try again later or pay by bank transfer. The provider resolved their incident at 13:25 and our success rate was back to normal by 13:30. Fiona's team called the 14 customers whose IVR payments timed out mid-call.",
  ),
  n(
    "According to the provider's post-incident summary, their link to the acquirer in Australia failed. We use a single payment gateway, so card payments had no alternative route during their incident.",
  ),
  // 30
  n('Storage array controller failure slows billing and CRM'),
  n(
    'At 10:47 the SAN raised "Controller B offline - failover to Controller A complete" and write latency on the billing and CRM volumes went from 2 ms to 45 ms. Ahmed logged a severity-1 case with the storage vendor at 11:00 and kept the storage team and the billing manager, Grace Ioane, updated every 30 minutes. The vendor engineer replaced the controller board at 16:30, and latency returned to normal once both controllers were active. The afternoon billing run moved to the evening so it would not run on a single controller.',
  ),
  n(
    'Controller B had a fault in its cache battery module, which the vendor confirmed as a known failure for that batch of parts. In single-controller mode the array disables write cache by design, so writes went straight to disk and latency rose.',
  ),
];
