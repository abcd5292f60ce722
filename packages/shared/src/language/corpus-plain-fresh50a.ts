import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 50A: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the IT and operations
 * team of a Bergen salmon-farming company (feed barges, PLCs, lice counts, well boats, harvest logistics, ERP),
 * with Norwegian, Sámi, Lithuanian and Filipino names, in the plain English of a Norwegian ops team.
 */
export const PLAIN_FRESH50A: readonly CorpusItem[] = [
  n('Hjartøy feed barge offline in feeding control'),
  n(
    'At 05:12 the feeding control dashboard showed "PLC HJ-02 heartbeat lost" for the Hjartøy feed barge, and the morning feeding run did not start on pens 3 to 8. Ola Haugland was on call and phoned the site technician, Jomar Villanueva, who found that the 4G router on the barge had come up on a fallback APN after a firmware update. Jomar set the APN back on the router at 06:05 and the PLC reconnected two minutes later. Feeding started 70 minutes late, and the site manager spread the missing ration over the rest of the day.',
  ),
  n(
    'The router vendor pushed firmware 7.2.1 overnight, and that version resets custom APN settings on first boot. Automatic firmware updates were on for all barge routers, and our monitoring had no check for a router changing APN.',
  ),
  n('Lice count portal down – expired certificate'),
  n(
    'From 08:00 on Monday, browsers showed "NET::ERR_CERT_DATE_INVALID" on lusetelling.internal and site staff could not register the weekly sea-lice counts. Áile Somby picked up the ticket at 08:20, confirmed the certificate had expired at midnight and issued a new one from the internal CA. The portal was back at 08:55. Ingrid sent a note to all sites that the Tuesday reporting deadline was still within reach.',
  ),
  n(
    'The certificate dated from before we moved to cert-manager, so no renewal job and no expiry alert covered it. Our certificate inventory only listed hosts on the new CA.',
  ),
  n('Well boat booked for two sites on the same morning'),
  n(
    'On 13 March the scheduling system showed the well boat Ronja Viking at both Solund and Fitjar for the 06:00 slot the next day. The skipper called the ops desk at 21:40, and Tomas Petrauskas checked the booking history and found two confirmations with the same timestamp. Together with the harvest planner we moved the Fitjar delousing to Thursday and told the site. No treatment was lost, but Fitjar kept the lice skirts on for two extra days.',
  ),
  n(
    "The booking service checks for clashes before it writes, but two requests arriving within the same second both pass the check. The service should have held a lock on the vessel's calendar, and the table had no constraint to catch an overlap.",
  ),
  n('Net pen camera recordings stopped at Austevoll'),
  n(
    'Around 02:30 the NVR at Austevoll stopped recording from all 12 net pen cameras, and the morning shift saw "Disk full – recording paused" on the console. Rodel Bautista connected remotely at 07:45, deleted the oldest week of footage after checking with the site manager, and recording resumed at 08:10. We lost about five hours of underwater video, which the fish health team uses for welfare checks but not for feeding control. Action: Áile to set up disk usage alerts on all NVRs by end of month.',
  ),
  n(
    'Retention was set to 30 days, sized for the old 1080p cameras; after the switch to 4K cameras in January the disk could only hold about 22 days. The camera upgrade checklist had no step for storage sizing.',
  ),
  n('Nightly harvest export to ERP failed'),
  n(
    'The 01:00 job that sends harvest volumes from the harvest planning system to the ERP ended with "ORA-01555: snapshot too old" and did not retry. Finance noticed at 09:15 that the 84 tonnes harvested at Kvitsøy on Tuesday were missing from the sales order lines. Tomas reran the job at 09:40 with a smaller batch size, and the figures were in the ERP by 10:05. Invoices to two buyers went out half a day later than usual.',
  ),
  n(
    "The export reads the whole week's harvest records in one long query, and the database's undo retention became too short for it once harvest season volumes picked up. The job should have retried on its own, and the scheduler had no failure alert for it.",
  ),
  n('Suspicious sign-in on feed supplier portal account'),
  n(
    'At 13:22 the feed supplier\'s portal emailed us "New sign-in from unrecognised device (Lagos, NG)" for our shared ordering account. Ingrid Brekke reset the password at 13:30 and asked the supplier to put open orders on hold while we checked. Ola went through the mail gateway logs and found no phishing aimed at that account in the last 60 days. The supplier confirmed that no orders or delivery addresses had changed, and we closed the incident at 17:00 after moving ordering to personal logins with MFA.',
  ),
  n(
    'The ordering account was a single shared login without MFA, because the portal only added MFA last year and our migration was still on the backlog. The supplier later told us the password had appeared in a leak from their old ticketing system.',
  ),
  n('Harvest plan page taking 40+ seconds to load'),
  n(
    'From Monday morning the harvest plan view took 40 to 60 seconds to open, and the sales team in Bergen raised it in Teams at 08:50. Tomas Petrauskas looked at the database and saw a full table scan on harvest_batches for every page load. He added an index on (site_id, planned_date) at 11:30, and load time dropped to under two seconds. We kept the incident open until the afternoon to watch it under normal load.',
  ),
  n(
    'The weekend release added a filter on planned date, and its migration did not include an index for it. Our staging database holds only a few hundred batches, so the query was fast there; the pipeline should have run a query plan check against a production-sized copy.',
  ),
  n('UPS did not hold Solund feed barge through grid dip'),
  n(
    'At 23:47 the Solund feed barge lost power for four seconds during a grid dip, and the UPS did not carry the load, so the PLC and the camera server rebooted. The alarm service called Áile, who was on call, and she confirmed remotely at 00:10 that the PLC came back with the right programme and that no feeding was due before 06:00. In the morning the site technician found the UPS front panel showing "Battery replace required". A new battery pack went in on Thursday.',
  ),
  n(
    "The UPS battery self-test had been failing since October, but its SNMP traps were not connected to our monitoring, so the warning only showed on the front panel in the barge's technical room. The barge maintenance plan had no item for UPS status.",
  ),
  n('Automatic lice counting unavailable – vendor outage'),
  n(
    'The vendor\'s camera-based lice counting service stopped returning counts at 10:15, and their status page said "Degraded performance – EU-North". Ingrid opened a case with the vendor at 10:30 and agreed with the fish health team that the three affected sites would count by hand that week. The vendor restored the service at 16:40 and backfilled the counts from stored images by the next morning. Manual counting took about six extra hours of work across the sites.',
  ),
  n(
    'The vendor had a storage failure in their only EU region and no failover for the image processing pipeline. On our side the manual counting procedure existed but was not in the site runbooks, so sites had to call us to get it.',
  ),
  n('Sensor data gaps after new site went live'),
  n(
    'When Fitjar came online on 2 May, oxygen and temperature readings from four other sites started dropping out every few minutes. Ola Haugland found "max connections reached (1024)" in the MQTT broker log at 14:05 and raised the limit to 4096 at 14:20, after which all sites reported steadily. The gaps in oxygen data were up to 11 minutes long; the sites have local low-oxygen alarms, and none of them went off. Action: Tomas to add a connection count panel and an alert at 80 percent.',
  ),
  n(
    'Each new site adds about 180 sensor connections, and the broker limit was still the default from when we ran six sites. The new-site onboarding checklist did not cover broker capacity.',
  ),
  n('Feed recommendations doubled after app release'),
  n(
    "Release 2.14 of the feeding app went out at 15:00, and afterwards the recommended daily feed for several pens was roughly twice the normal amount. Jomar, the feeding operator at Kvitsøy, saw at 15:25 that pen 6 was recommended 4.2 tonnes instead of about 2 and called the ops desk. Ingrid rolled back to 2.13 at 15:40, and we confirmed that no barge had fed from the new numbers, since afternoon feeding starts at 16:00. We sent all feeding operators a short note to compare their afternoon plans with yesterday's.",
  ),
  n(
    'Release 2.14 changed the feed table import to read kilograms instead of grams, and for pens still on the old feed table format the conversion ran twice. Our automated tests only covered the new format, and the pipeline had no sanity check comparing feed amounts with the previous day.',
  ),
  n('ERP single sign-on broken after IdP certificate rollover'),
  n(
    'From 07:00 on Wednesday no one could log in to the ERP, and the login page showed "SAML response signature invalid". Áile Somby found that the identity provider had switched to its new signing certificate at 06:00 as scheduled. She uploaded the new certificate to the ERP\'s SAML settings at 07:35, and logins worked again. Warehouse and sales were without the ERP for about 35 minutes during morning dispatch.',
  ),
  n(
    'The identity provider rolls its signing certificate automatically, but the ERP cannot read federation metadata and needs the certificate uploaded by hand. The rollover notice went to an old shared mailbox that had no owner after the spring reorganisation.',
  ),
  n('Duplicate lice counts in weekly report for Austevoll'),
  n(
    "The weekly lice report generated at 09:00 on Tuesday listed pens 2 and 5 at Austevoll twice, which pushed the site average of adult female lice from 0.18 to 0.27. Kristine, the fish health biologist, spotted the difference when she compared it with the site's own spreadsheet before submitting. Tomas found duplicate rows from an upload retry on Monday and removed them, and the corrected report went in at 11:30, well before the deadline.",
  ),
  n(
    'The tablet app retries an upload when it gets no answer within 10 seconds, and the server had already saved the first attempt even though its reply came late. The count table had no unique key on pen, date and sample number, so the retry created a second set of rows.',
  ),
  n('File server backups failing for nine days'),
  n(
    'During the monthly restore test on 3 June, Ola found that the last good backup of the Bergen file server was from 25 May, and the backup console showed "Job failed: target repository is read-only" for every night since. From his note: "I freed space on the repository, ran a full backup that finished at 22:10 and repeated the restore test the next morning, which passed." No data was lost, as nothing needed restoring during those nine days.',
  ),
  n(
    'The backup repository switches to read-only when it passes 95 percent full, and the failure emails went to a distribution list that no longer existed after the mailbox cleanup in May. The monthly restore test worked as the backstop, but nine days without backups is longer than we accept.',
  ),
  n('Fibre cut to Kvitsøy – site running on 4G backup'),
  n(
    'At 11:48 Kvitsøy dropped off the network, and monitoring showed "BGP neighbor down" on our edge router. Telenor confirmed at 12:30 that road works near Ådnøy had damaged the fibre. The 4G backup came up but only carries feeding control and alarms, so camera streams and the office PCs were offline until the repair. Jomar Villanueva kept in touch with the site manager through the afternoon, handed over to Áile at 17:00, and she confirmed the link was back at 19:20.',
  ),
  n(
    'The site has a single fibre path, and the 4G backup link is sized for control traffic only. The site runbook did not describe what keeps working on the backup link, so site staff had to ask us during the outage.',
  ),
  n('Feeding started nine minutes early after NTP server stopped'),
  n(
    'On Saturday the feeding log at Solund showed feeding starting at 05:51 instead of 06:00, and the pen camera timestamps were nine minutes apart from the barge PLC. On Monday Ola Haugland found that the internal NTP server had been down since a VM host restart three weeks earlier, so the PLCs were running on their own clocks. He started the service, enabled it at boot, and the PLC clocks were back in sync by 10:00. Fish health saw no effect on the fish from the early start, but feeding and lice data timestamps from those weeks can be off by up to nine minutes.',
  ),
  n(
    'The VM image the NTP server was built from sets services to manual start by default, so the service stayed down after the host restart. We had no monitoring of clock offset on the PLCs, which drift about three minutes a week without a time source.',
  ),
  n('Camera NVR web interface reachable from the internet'),
  n(
    'On 9 September our external attack-surface scan reported "HTTP 200 – NVR login page" on a public IP belonging to the Fitjar site. Áile confirmed at 10:20 that the NVR web interface was reachable through a port forward on the site router, and closed it at 10:35. The NVR logs back to June showed only failed login attempts from internet scanners and no successful logins. Ingrid informed the CISO, and we logged it as a security event, not a breach.',
  ),
  n(
    'The router at Fitjar came from the supplier preconfigured with a port forward for remote support, which their setup guide lists as a default step. Our router baseline check covered firewall rules but not NAT rules, so the forward did not show up.',
  ),
  n('Well boat tracking map blank for two hours'),
  n(
    'The AIS map that shows well boat positions for the logistics team went blank at 13:10 with "502 Bad Gateway". Tomas Petrauskas found the ais-ingest pod in a crash loop with "OOMKilled" and raised its memory limit from 512 MB to 1.5 GB at 14:50, after which the map filled in again. In the meantime the logistics coordinator, Maricel Santos, followed the boats on a public AIS site and by calling the skippers. No sailings were affected.',
  ),
  n(
    'A new AIS feed added that morning sent positions for every vessel in the area, not only our chartered boats, and the ingest service holds all positions in memory before it filters them. The memory limit dated from the old, pre-filtered feed.',
  ),
  n('Feeding client would not start after Windows update'),
  n(
    'On Wednesday morning operators on three barges got "Application failed to initialize: MSVCR120.dll not found" when opening the feeding client. Rodel Bautista on the service desk linked the error to the Windows cumulative update that Intune installed overnight. He pushed the Visual C++ 2013 runtime to the barge PCs at 07:20, and all three barges were feeding by 07:45. Ola paused the update ring for barge PCs until the feeding software vendor confirms compatibility.',
  ),
  n(
    "The update removed an older runtime that the feeding client depends on, and the client's installer does not list that runtime as a dependency. The barge PCs were in the same Intune update ring as the office PCs, with no test group ahead of them.",
  ),
  n('ERP maintenance window overran into harvest dispatch'),
  n(
    "The ERP vendor's planned maintenance from 02:00 to 04:00 on Sunday ran until 07:25. The packing plant at Hjartøy starts dispatch at 05:00 and could not print pallet labels or delivery notes. Ingrid Brekke called the vendor's support line at 05:10 and got updates every half hour, and the plant used the paper fallback forms for the first two trucks. All dispatch records were entered in the ERP by 10:00.",
  ),
  n(
    "A database upgrade on the vendor's side took longer than planned, and their plan had no rollback point inside the window. We had not told the vendor that our plant dispatches on Sundays during harvest season, so the window only fitted around office hours.",
  ),
  n('VPN connections refused on storm day'),
  n(
    'With the Bergen office closed for the storm on 11 January, VPN logins began failing at 08:40 with "Maximum number of sessions reached". Ola checked the firewall and confirmed we had hit the licence limit of 150 concurrent sessions. The vendor issued a 30-day temporary licence for 400 sessions at 10:15, and connections worked from then on. Between 08:40 and 10:15 about 60 people, the harvest planners among them, could not reach internal systems.',
  ),
  n(
    'The VPN licence was sized for the time when only field staff and on-call used it. There was no alert on session count approaching the licence limit.',
  ),
  n('Biomass counted twice after pen split at Austevoll'),
  n(
    "After the fish in pen 4 at Austevoll were split between pens 4 and 9 on 20 August, the production system showed the full 180,000 fish in both pens. The September harvest plan picked up the doubled biomass and added two well boat trips. Tomas Petrauskas noticed on 22 August that feed use per fish had halved on both pens and traced it to the transfer. He corrected the counts from the site's transfer report, and the planner, Jonas Kazlauskas, removed the extra trips the same day.",
  ),
  n(
    "The transfer form adds the fish to the new pen straight away but only lowers the source pen's count when the transfer is marked completed, and it stays in progress until the counting camera file is uploaded. The harvest plan reads pen counts without checking for open transfers.",
  ),
  n('Weekly lice report submission failing with 401'),
  n(
    'The integration that submits weekly lice counts to the authorities returned "401 Unauthorized" from Tuesday 00:00, and the counts for five sites did not go in. Kristine in fish health saw on Wednesday morning that the sites were marked as missing on BarentsWatch and raised a ticket. Áile Somby found that the service account\'s password had expired, set a new one, stored it in the vault and resubmitted at 11:40. All reports were in before the deadline.',
  ),
  n(
    'The service account sat in the ordinary user OU, so the 90-day password policy applied to it as to any personal account. The integration also sent no alert when a submission failed.',
  ),
  n('Feed blower 2 stopped on Fitjar barge'),
  n(
    'At 09:14 the barge alarm showed "Blower 2 VFD fault F0004 undervoltage", and feeding to pens 5 to 10 stopped. Marte Lunde, the barge operator, moved pens 5 to 10 over to blower 1 in the feeding system, which halved the feeding rate but kept all pens feeding. The drive supplier\'s technician arrived by boat at 13:30, replaced the control board, and blower 2 ran normally from 15:10. Feeding finished about two hours later than planned.',
  ),
  n(
    "The frequency drive's control board failed, most likely from moisture, since the supplier found corrosion on it. The cabinet heater that keeps humidity down had stopped working at some point, and its status is not wired to the PLC, so nothing showed it.",
  ),
  n('Slow network at Solund – camera streams filling the link'),
  n(
    'From 10:00 staff at Solund reported dropped Teams calls and a slow feeding client. Ola Haugland saw on the site router that the 100 Mbit radio link was at 98 percent, nearly all of it camera streams going to the cloud analysis service. He put a 60 Mbit cap on the camera VLAN at 10:40, and feeding and calls were back to normal. The camera vendor later confirmed that their latest firmware had switched every camera from substream to main stream.',
  ),
  n(
    "The camera firmware update changed the default upload stream to full resolution, and the vendor's release notes did not mention it. The site link had no QoS, so video could crowd out feeding control traffic; it should have had a priority class for the PLC VLAN from the start.",
  ),
  n('Feeding plans not generated on clock-change night'),
  n(
    'On Sunday 31 March the feeding plan job, which runs at 02:30, produced no plans for any site. Jomar Villanueva, on call, got the alert "feedplan-daily: no run recorded for 2024-03-31" at 04:00 and started the job by hand at 04:12. Plans were on all barges by 04:40, before the first feeding at 06:00. Action: Jomar to move the job to UTC like the other scheduled jobs, due 15 April.',
  ),
  n(
    "The job's scheduler runs in local time, and that night the clock jumped from 02:00 to 03:00, so 02:30 never came. It is one of the oldest jobs and was still on local time when the others moved to UTC.",
  ),
  n('EDR ransomware alert on file server – false positive'),
  n(
    'At 16:32 Defender raised "Possible ransomware activity: mass file rename" on the Bergen file server and isolated it automatically. Áile and Ola joined a call at 16:40 and found the renames came from the document archiving tool, which had started its yearly move of harvest documents into year folders. They confirmed the file contents were unchanged, lifted the isolation at 17:25 and added an exclusion for the archiving tool\'s service account. About 40 people were without the shared folders for 50 minutes at the end of the day.',
  ),
  n(
    "The archiving tool's yearly job renames tens of thousands of files within minutes, which matches the EDR's ransomware pattern. Since the job runs once a year, it had not run since the EDR rollout in the spring, so the pattern had never been seen here before.",
  ),
  n('Order confirmations to buyers landing in spam'),
  n(
    "On Tuesday two buyers, in Klaipėda and Gdańsk, told sales they had not seen order confirmations since Friday. Tomas Petrauskas checked the message trace and found the ERP's mail had been delivered but marked \"spf=fail\" by the receiving servers since Friday's move to the new DNS provider. He added the ERP vendor's sending range to the SPF record at 13:10, and Sindre in sales resent the week's confirmations.",
  ),
  n(
    "The new DNS provider's import tool did not bring across TXT records longer than 255 characters, and our SPF record was one of them. The migration checklist compared A and MX records before and after the move, but not TXT records.",
  ),
  n('Core switch failure in Bergen server room'),
  n(
    'At 03:20 one of the two core switches in the Bergen server room rebooted and stayed down, with the console showing "POST failure: ASIC 1". Most servers failed over to the second switch as designed, but the storage array had both uplinks on the failed switch, so the VMs on it paused. Ola Haugland, on call, moved the storage uplinks to the working switch at 04:05, and the VMs resumed by 04:20. The replacement switch arrived the following afternoon under the next-business-day contract.',
  ),
  n(
    "The switch had a hardware fault in its forwarding chip. The storage array's cabling dated from the original install in 2019, and our network documentation showed it as split across both switches.",
  ),
  n('Harvest planning tool down during release migration'),
  n(
    'The Thursday evening release of the harvest planning tool included a migration adding a column to the harvest_orders table. The migration took a table lock, and from 18:05 the tool returned "Lock wait timeout exceeded". At 18:20 Ingrid decided to let the migration finish rather than stop it, since a rollback would have taken about as long, and it completed at 18:30. Two planners working late at the Hjartøy plant waited it out, and Ingrid told them in the plant channel when the tool was back.',
  ),
  n(
    'On this database version, adding a column with a default value rewrites the whole table under a lock. Our staging copy of harvest_orders is small, so the migration took seconds there, and the release checklist had no step for estimating lock time on large tables.',
  ),
];
