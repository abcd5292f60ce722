import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 50C: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the IT and digital
 * team of a Tucson desert water district (well-field SCADA, AMI meters, billing, a leak-alert app, monsoon and
 * wildfire-season pumping), with Mexican-American, Tohono O'odham, Anglo and Korean-American names, in American English.
 */
export const PLAIN_FRESH50C: readonly CorpusItem[] = [
  n('Well field telemetry gaps from full SCADA historian disk'),
  n(
    'At 02:40 on June 11 the SCADA historian stopped writing tag values for the Avra Valley well field, and operators saw flatlined trends for wells 7 through 19. Marcus Bell in the control room paged on-call IT at 03:05 after the HMI showed "Historian write failed: insufficient disk space." Jiwoo Park extended the data volume by 200 GB and restarted the historian service at 03:50. The store-and-forward buffers on the RTUs backfilled most of the gap by 05:15, but about 40 minutes of flow data for wells 11 and 12 could not be recovered because those RTUs have smaller buffers.',
  ),
  n(
    'The capacity plan for the historian volume still assumed the old five-second scan rate after the well field moved to one-second scanning, and the disk alert fired at 98 percent, which left less than an hour of headroom. The scan-rate change template has no step for storage sizing.',
  ),
  n('Pay-my-bill portal down: expired TLS certificate'),
  n(
    'From midnight on March 3, browsers showed NET::ERR_CERT_DATE_INVALID for pay.sswd.org, and the customer service queue had 63 calls about it by 8:00 a.m. Guadalupe Ramírez, the service desk lead, opened the incident at 7:52, and Dale Whitfield issued a new certificate and installed it on the load balancer at 8:41. We posted a notice on the outage page and the district Facebook account at 8:10 and waived late fees for payments dated March 3. Online payments were back to normal volume by 10:00.',
  ),
  n(
    'This certificate predated our move to automated ACME renewal on the load balancer, and the certificate inventory that drives the 30-day expiry alerts did not include it. The inventory is built from a scan of internal hosts only, so externally hosted endpoints never show up in it.',
  ),
  n('AMI meter reads delayed 18 hours by carrier outage'),
  n(
    'On the morning of August 2 the AMI head-end showed only 31 percent of expected hourly reads from the cellular meters on the east side. Sunhee Kim checked the gateway dashboards, saw "LTE-M attach rejected" on every east-side gateway, and opened a ticket with the carrier at 7:30. The carrier confirmed a regional core network fault at 10:15 and restored service at 1:40 p.m., and the meters uploaded their stored intervals overnight. We held leak-alert notifications for the affected accounts so customers would not get a burst of stale alerts.',
  ),
  n(
    "A fault in the cellular carrier's regional packet core stopped LTE-M meters from attaching to the network. Our head-end has no alert on the hourly read rate, so the gap surfaced only when the morning read report ran.",
  ),
  n("Cycle 6 bills calculated with last year's tier 3 rate"),
  n(
    'The May 14 bill run for cycle 6 calculated 4,212 bills with the tier 3 volumetric rate at $4.18 per CCF instead of the new $4.46. Rosalinda Quiñones in customer accounting spotted the difference while reconciling the cycle register at 10:20 and asked IT to hold the print file. Héctor Valenzuela paused the print and e-bill export at 10:45, before anything reached the mail vendor, and reran the cycle against the new rate version. Corrected bills went out on May 15, one day late, with the due date moved back a day to match.',
  ),
  n(
    'The board resolution gives both a service start date (May 1) and a first-bill date (June 1), and the rate-load form has a single effective-date field, so the new rate version carried June 1. The billing system gives no warning when a cycle runs against a rate version older than the newest one on file.',
  ),
  n('Leak alert app sent 9,000 false continuous-flow alerts'),
  n(
    'Between 5:10 and 6:30 a.m. on September 9, the leak-alert app pushed "Possible leak: water has been running for 24 hours" to about 9,000 customers. Verna Antone was on call for the app, saw the notification queue spike on the Grafana board, and paused the alert worker at 6:31. Our customer communications manager, Brenda Enos, sent an apology push and email at 7:15, and the call center got a short script for callers. We traced the alerts to the overnight meter firmware update and turned alerts back on at 2:00 p.m. with a filter in place.',
  ),
  n(
    'The new meter firmware reports flow in 15-minute intervals instead of hourly, and the continuous-flow rule counted 24 consecutive non-zero intervals as 24 hours. The rule should have read the interval length from the read payload instead of assuming one hour.',
  ),
  n('Outage map timing out during Grant Road main break'),
  n(
    "At 4:55 p.m. on July 18 a 24-inch main broke near Grant and Alvernon, and traffic to the public outage map rose from about 30 to 2,100 concurrent users within 20 minutes. The map's tiles came from our on-prem ArcGIS Server, which hit 100 percent CPU and started returning 504 Gateway Timeout. Isidro Molina switched the public map to the cached tile layer at 5:40, and Jiwoo raised the GIS service instance count from 2 to 6. Page loads were under three seconds again by 5:52, and we also posted the affected-area boundary as a PDF on the website.",
  ),
  n(
    'The outage map requested dynamic map service tiles on every pan and zoom, and the GIS server was sized for staff use rather than public traffic during a large event. The public map had never been load tested.',
  ),
  n('Credential phishing email posing as district payroll'),
  n(
    'At 9:12 on Monday, Delbert Manuel used the Report Phish button on an email titled "Action required: direct deposit update" that linked to a fake sign-in page on a lookalike domain. Eun-ji Lee, the security analyst on shift, searched the mail gateway, found 44 copies in staff mailboxes, pulled them all by 9:40, and blocked the domain at the web proxy. Proxy logs showed two visits to the page, so we revoked sessions and reset passwords for both accounts; sign-in logs showed no successful logins from unfamiliar locations. An all-staff notice with a screenshot of the message went out at 10:05.',
  ),
  n(
    "The lookalike domain was two days old and had no reputation score, so the mail gateway rated the message as clean. The gateway's impersonation check covers executive display names but not shared mailboxes such as payroll.",
  ),
  n('Leak-alert API 500 errors after 3.8.0 release'),
  n(
    'Release 3.8.0 of the leak-alert API went out at 2:00 p.m. on April 23, and by 2:06 the error rate on /v2/usage was 38 percent, with \'column "interval_minutes" does not exist\' in the logs. Marcus Bell, release manager for the day, declared a SEV-2 at 2:09 and rolled back to 3.7.4 at 2:18. Customers saw "Usage data unavailable" in the app for about 15 minutes. I wrote the migration for this release, and we are adding a pipeline step that runs migrations to completion before new pods take traffic.',
  ),
  n(
    'The deploy pipeline started the new API pods and the database migration job at the same time, so for several minutes the code expected a column that did not exist yet. Staging did not show the problem because its database is small enough that the migration finished before the pods were ready.',
  ),
  n('Lost comms to Well 14 RTU overnight'),
  n(
    'At 11:20 p.m. on June 30 the SCADA HMI raised "COMM FAIL - WELL 14 RTU" and the well\'s tags went stale. The night operator, Leroy Francisco, called the on-call SCADA tech, Dale Whitfield, who drove out and found that the 900 MHz radio\'s power supply had failed in the heat. The pump kept running on its local level controls the whole time, so the reservoir stayed in its normal band. Dale swapped in a spare radio at 1:35 a.m. and comms came back at 1:38.',
  ),
  n(
    'The radio power supply is rated to 60 °C, and the enclosure at Well 14 sits in full sun with no vent fan, so internal temperatures pass 65 °C on the hottest afternoons. Four other well sites use the same enclosure design.',
  ),
  n('Lightning strike takes out Cat Mountain repeater'),
  n(
    'During a monsoon storm at 6:47 p.m. on August 8, a lightning strike near the Cat Mountain repeater knocked out the radio link to 11 well sites and two booster stations. Guadalupe Ramírez in the control room switched those sites to the cellular backup path, which came up for nine of them within 10 minutes. Field crews went to Booster 3 and Well 22 to run them in local until the radio contractor replaced the surge arrestor and a damaged radio at 11:30 p.m. Customers saw no pressure loss.',
  ),
  n(
    "A nearby strike sent a surge through the antenna feed line, and the repeater's surge arrestor was past its rated service life. Booster 3 and Well 22 had no working cellular backup because their modems were still on the carrier's retired 3G network.",
  ),
  n('Overnight pump schedule job failed during foothills fire'),
  n(
    'On June 14, with the fire department drawing heavily from hydrants in the foothills zone, the 10 p.m. pump-scheduling job failed with "SolverTimeout: no feasible schedule in 600s." SCADA kept running the previous day\'s schedule, which did not account for the extra demand, and the Foothills 2 reservoir fell to 38 percent by 3:00 a.m. Jiwoo Park and the operations supervisor, Yolanda Encinas, put the foothills boosters in manual and ran them on a fixed schedule until the reservoir recovered to 70 percent at 9:00 a.m. Fire flow was available throughout.',
  ),
  n(
    "The optimizer caps each zone's demand forecast at 150 percent of its 14-day average, so the fire-flow draw made the problem infeasible. The job has no fallback to a rule-based schedule when the solver times out.",
  ),
  n('Staff sign-in failures during identity provider outage'),
  n(
    'From 7:58 to 9:20 a.m. on January 22, sign-ins to Outlook, the billing system and the work order app failed with "AADSTS90033: A transient error has occurred." The service desk received 70 tickets in the first half hour, and Minjun Cho posted a status banner on the intranet at 8:12. Field crews whose tablets were already signed in kept working, and the control room was unaffected because SCADA uses local accounts. Service came back when the provider resolved its issue at 9:20.',
  ),
  n(
    'Our identity provider had a regional authentication outage. The billing system and the work order app have no break-glass sign-in path, so both depend entirely on that one provider.',
  ),
  n('Pay-by-phone line returning fast busy'),
  n(
    'Customers calling the pay-by-phone number got a fast busy signal from about 1:10 to 4:45 p.m. on Friday, the last day before late fees for cycle 3. Karen Holt in the call center noticed IVR call volume drop to zero on her wallboard at 1:40 and called the service desk. Our telecom analyst, Tom Sheridan, confirmed the SIP trunk was down, with "SIP/2.0 503 Service Unavailable" coming back from the carrier, and opened a priority ticket. We rerouted the number to the live-agent queue at 2:30 and extended the cycle 3 late-fee deadline by three days.',
  ),
  n(
    "A maintenance change on the carrier's session border controller dropped our trunk's registration, and the carrier's change notice went to a contact address the district retired last year. The pay-by-phone number runs on a single SIP trunk with no failover route.",
  ),
  n('Duplicate consumption rows in usage data warehouse'),
  n(
    "On October 3 the conservation team's dashboard showed residential use up 96 percent week over week, and Sunhee Kim flagged it in the analytics channel at 8:45. Héctor found that every read for September 30 had loaded into the warehouse twice, about 1.1 million duplicate rows. We hid the dashboard, deleted the duplicates by read ID, and republished at 1:30 p.m., before the monthly conservation report to the state went out. Ticket DW-412 (owner: Héctor Valenzuela) adds a unique constraint on meter ID and read timestamp.",
  ),
  n(
    "The nightly ETL job timed out after loading September 30, and the scheduler's automatic retry loaded the same file again because the load step appends rows instead of merging them. Nothing in the warehouse rejects duplicate reads.",
  ),
  n('GIS parcel sync broken by county schema change'),
  n(
    'The nightly sync from the county assessor\'s parcel service started failing on February 7 with "Field APN_NUM not found in source." Isidro Molina found the failed runs in the FME Server log on February 9, when new service addresses were not showing up for the new-connection desk. He mapped the county\'s new PARCEL_ID field to our APN column and ran a full resync, and the 312 parcels created since February 6 appeared by 3:00 p.m. New-connection requests for those addresses had been on hold for two days.',
  ),
  n(
    'The county renamed the parcel number field in its published service without a version change, and our FME workspace maps fields by name. Failed sync runs only wrote to the job log and raised no alert.',
  ),
  n('Billing database backups failing for nine days'),
  n(
    'During the quarterly restore test on November 12, Dale Whitfield found that the newest good full backup of the billing database was from November 3. The backup job had ended with "Error: target volume quota exceeded" every night since November 4 while reporting a status of "Completed with warnings." Dale raised the quota on the backup repository, ran a full backup that finished at 6:20 p.m., and the restore test passed the next morning. Transaction log backups had kept running, so point-in-time recovery across those nine days was still possible.',
  ),
  n(
    'Growth in the billing database\'s attachment table pushed the backup size past the repository quota. The backup software treats a quota error as a warning, and our monitoring only alerts on a "Failed" status.',
  ),
  n('VPN connections refused during building closure'),
  n(
    'With the administration building closed on July 11 for a main repair that cut its water service, about 240 staff tried to connect to the VPN between 7:30 and 8:15 a.m. The concentrator topped out at 150 sessions and returned "Maximum number of sessions reached" to everyone after that. Minjun Cho applied a temporary license increase from the vendor portal at 8:40 and moved field supervisors to a split-tunnel profile to free up bandwidth. All 240 users were connected by 9:05.',
  ),
  n(
    "The VPN license and the appliance's session limit were sized in 2019 for about 100 remote users, and telework headcount has more than doubled since then. The annual capacity review looks at average daily sessions, not at a day when every office worker is remote.",
  ),
  n('EDR ransomware alert on engineering file share'),
  n(
    'At 3:22 p.m. on May 6 the endpoint detection console raised "Suspicious mass file modification - possible ransomware" on FS-ENG02 and isolated the server automatically. Eun-ji Lee, the security analyst on call, declared a security incident at 3:30 and brought in Jiwoo Park and the engineering manager, Ofelia Ruiz. By 4:45 they had traced the activity to a new scheduled archive job that was compressing 2018 as-built drawings into ZIP files and deleting the originals. We confirmed there was no encryption and no unknown process, released the isolation at 5:10, and engineering had the share back by 5:15.',
  ),
  n(
    "The archive tool's rewrite-and-delete pattern matches the EDR's ransomware behavior signature, and its service account was not on the EDR exclusion list. Our change process for scheduled jobs has no step that brings in the security team.",
  ),
  n('Billing DB failover left 12 minutes of payments missing'),
  n(
    "The primary billing database server lost a storage controller at 10:04 a.m. on December 1, and the cluster failed over to the secondary at 10:06. Within the hour Rosalinda's team saw that payments posted between 9:52 and 10:04 were missing from customer accounts. Dale and the vendor's DBA compared the payment processor's settlement file against the database and re-posted 187 payments by 3:00 p.m. No customer was charged twice, and no late fees were applied to those accounts.",
  ),
  n(
    'Asynchronous replication to the secondary had been running about 12 minutes behind since a large index rebuild that morning, and the cluster allows automatic failover at any lag. The replication lag alert was set at 30 minutes.',
  ),
  n('Lab results not posting from LIMS to compliance system'),
  n(
    'On Thursday morning the water quality lab noticed that coliform results entered since Tuesday afternoon were missing from the compliance reporting system. The lab supervisor, Brenda Enos, called the service desk at 8:15, and Marcus Bell found the LIMS export service stuck on "Waiting for SFTP handshake" since Tuesday at 2:47 p.m. He restarted the service and all 61 results posted by 9:00. None of the samples were positive, and no reporting deadline was affected.',
  ),
  n(
    "The compliance system's SFTP server got a new host key during a Tuesday patch, and the LIMS export client waits indefinitely on an unknown host key instead of failing. The export service had no heartbeat check.",
  ),
  n('E-bill emails rejected by Gmail and Outlook.com'),
  n(
    'Starting with the June 5 billing cycle, about 60 percent of e-bill notifications bounced with "550 5.7.26 Unauthenticated email from sswd.org is not accepted." Guadalupe Ramírez saw the bounce report from our mailing vendor at 11:00 and opened a ticket with IT. Tom Sheridan added the vendor\'s new sending range to our SPF record and published the DKIM key they provided, and the notifications were resent at 4:30 p.m. Customers could see their bills in the portal throughout, and no due dates changed.',
  ),
  n(
    "Our mailing vendor moved e-bill traffic to a new sending platform, and the district's SPF and DKIM records still listed only the old one. The vendor's migration notice went to the accounts payable inbox rather than to IT.",
  ),
  n('SCADA HMIs lost historian trends after DNS patch'),
  n(
    'After the monthly patch window on the SCADA network\'s domain controllers, all three control room HMIs showed "Trend server unavailable" starting at 6:15 a.m. on October 10. The live process screens kept working because they reach the PLCs by IP address, so operators could run the system normally. Jiwoo Park found that the DNS zone on the patched controller had stopped replicating and was missing the historian\'s record; she added it back at 7:05 and trends returned. From next month we will patch the SCADA domain controllers one per week.',
  ),
  n(
    'The patch reset a replication setting on the DNS zone, so the record the historian re-registered after its own reboot existed on only one controller. The HMIs point at a single DNS server with no secondary configured.',
  ),
  n('Work order app crashing on field tablets after iPadOS update'),
  n(
    'On the morning of September 17 field crews started calling dispatch because the work order app closed as soon as they opened a service order. The mobile device team saw that 58 tablets had installed iPadOS 18 overnight, and every crash report showed "EXC_BAD_ACCESS in MapKitBridge." Dispatch moved to paper work orders and radio at 8:30, and Minjun Cho paused the update in the device management console for the other 140 tablets. The vendor shipped a fixed build on September 19, and the paper orders were entered into the system by the afternoon of the 20th.',
  ),
  n(
    "The device management profile let OS updates install as soon as Apple released them, with no test group first. The vendor's map component was not yet compatible with the new OS version.",
  ),
  n('Server room UPS dropped load during two-second power sag'),
  n(
    'A utility voltage sag at 2:31 p.m. on August 27 lasted about two seconds, and the server room UPS transferred to battery and then dropped its load. Eleven servers rebooted, including the GIS server and the customer portal web tier, and the portal was down until 2:58. Dale checked the UPS event log, which showed "Battery failed self-test - replace battery" going back to July 3. The vendor replaced the battery string on August 29, and in the meantime we moved the portal web tier onto the second UPS circuit.',
  ),
  n(
    'The UPS failed its self-test in early July, but it sent its alerts by SNMP trap to a monitoring server that was decommissioned in June. The electrical room runs near 90 °F in summer, which shortened the battery life.',
  ),
  n('Server room reached 97 °F after cooling unit failure'),
  n(
    'At 4:10 p.m. on July 22, with 112 °F outside, the environmental monitor paged "Server Room A temp 88F - HIGH" and the temperature kept climbing. Marcus Bell and Jiwoo Park shut down test and development servers to cut the heat load while facilities propped the doors and brought in portable coolers. The room peaked at 97 °F at 5:05, and the HVAC contractor had the cooling unit running again at 7:20 after replacing a failed condenser fan motor. No production system went down; two disks in the development SAN are being checked for heat damage.',
  ),
  n(
    'The server room has one computer room air conditioner with no redundant unit, and its condenser fan motor failed under sustained high outdoor temperatures. The maintenance contract covers filter changes twice a year but no condenser inspection before summer.',
  ),
  n('Autopay batch partly rejected by payment processor rate limit'),
  n(
    'The autopay batch for billing cycle 4 started at 1:00 a.m. on March 20 and finished at 1:42 with 3,806 of 11,290 payments rejected with "HTTP 429 Too Many Requests." Rosalinda Quiñones saw the rejected count on the morning payment report at 7:30 and opened the incident. Héctor reran the rejected payments with the batch throttled to 20 requests per second, and all but 14, which were on expired cards, settled by 11:00. No late fees were charged, and we emailed the 14 customers with expired cards.',
  ),
  n(
    'The payment processor lowered the default rate limit on our merchant account from 100 to 25 requests per second on March 1, and our batch job sends requests as fast as it can with no retry on 429 responses.',
  ),
  n('Leak-alert app showing gallons labeled as CCF'),
  n(
    "After the app's 4.2 release on January 9, the usage screen showed figures like \"7,480 CCF this month\" for a typical household. Customers started calling about the numbers around 9:00 a.m., and the call center lead, Karen Holt, sent screenshots to the app team. Verna Antone confirmed the values were correct gallon figures with the wrong unit label and pushed a server-side config change at 11:20 that fixed the label without a new app release. We posted an explanation in the app's message center and on the district's social media.",
  ),
  n(
    'In the 4.2 localization file, the en-US string for the usage unit read "CCF", the billing screen\'s unit, while the usage API still returns gallons. The release tests check that each screen renders but do not compare displayed values against a reference account.',
  ),
  n('SCADA historian data out of order from RTU clock drift'),
  n(
    'Operators reviewing overnight trends on April 4 saw well flow values appear about four minutes before the pump start events that caused them. Our SCADA engineer, Delbert Manuel, found that the clocks on six RTUs had drifted by up to 4 minutes 12 seconds, and their event logs showed "NTP: no server reachable" since March 28. He pointed the RTUs at the secondary time server, forced a sync at 10:30, and added an annotation in the historian flagging that window\'s timestamps as suspect. The monthly pumpage report to the state will use meter totals instead of the affected interval data.',
  ),
  n(
    'The primary NTP server on the SCADA network moved to a new IP address when it was replaced on March 28, and the six RTUs had only the old address in their configuration, with no secondary. The historian stores RTU timestamps as reported and does not compare them against its own clock.',
  ),
  n('Stage 2 watering notice sent twice by text'),
  n(
    "On May 1 at 10:00 a.m. the Stage 2 drought watering schedule notice went out by text to 52,000 subscribers, and then again at 10:07. Brenda Enos, who runs customer communications, saw the duplicate in the messaging platform's send log and contacted the vendor at 10:15. The vendor confirmed a retry bug on their side, and 340 customers replied STOP after the second message. We sent no follow-up text, posted a note on the website, and the vendor is crediting the cost of the second send.",
  ),
  n(
    "The messaging platform timed out waiting for the carrier aggregator's acknowledgment and retried the whole campaign instead of only the unacknowledged messages. Our setup with the vendor has no per-campaign duplicate-send guard.",
  ),
  n('Meter firmware update left 1,140 endpoints unresponsive'),
  n(
    "The AMI vendor pushed firmware 5.3.1 to the west-side meter endpoints overnight on October 15, and 1,140 of them stopped reporting after the reboot. Sunhee Kim noticed the drop on the head-end's daily read summary at 7:00 a.m. and asked the vendor to halt the rollout, which they did at 8:10 with about 30 percent of endpoints still on the old version. The vendor recovered 900 endpoints with an over-the-air rollback, and our meter techs are visiting the remaining 240 to reflash them by hand. Cycle 7 bills for the affected accounts will use estimated reads, marked as estimates on the bill.",
  ),
  n(
    "Firmware 5.3.1 has a bootloader fault on one hardware revision of the endpoint, and the vendor's rollout sent it to every west-side endpoint in a single wave rather than to a small canary group first. Our agreement with the vendor does not require a canary stage or district approval between waves.",
  ),
];
