import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 50B: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the operations centre
 * of a Hyderabad public distribution system (ration-card Aadhaar auth, FPS ePoS terminals, depot stock), in
 * Indian English with Telugu, Hyderabadi Urdu and Tamil names.
 */
export const PLAIN_FRESH50B: readonly CorpusItem[] = [
  n('Aadhaar auth timeouts on ePoS devices in Ranga Reddy and Medchal'),
  n(
    'On 1 August between 08:10 and 10:45, about 40% of Aadhaar authentication requests from FPS ePoS devices in Ranga Reddy and Medchal districts timed out with "Auth response not received (AUA-504)". Srinivas Reddy, the on-call engineer at the operations centre, saw the alert on the Grafana board at 08:14 and paged the ASA vendor support desk. We routed traffic through the secondary ASA link at 09:20, which brought the timeout rate down to 6%, and the primary link recovered fully at 10:45 after the vendor replaced a faulty router card. Lakshmi from the helpdesk sent an SMS advisory to FPS dealers at 08:40 asking them to use the mobile OTP fallback for elderly beneficiaries.',
  ),
  n(
    'A line card in the authentication service agency router at the state data centre started dropping packets under the month-start load. Our failover to the secondary ASA link is manual, so traffic stayed on the degraded path for over an hour before we switched it.',
  ),
  n('SMS gateway not delivering transaction receipts to beneficiaries'),
  n(
    'From 14:00 on 6 September, beneficiaries stopped receiving the SMS receipt that lists the commodities drawn at the fair price shop. Syed Imran noticed the delivery rate drop to zero on the gateway dashboard at 15:30 and opened a ticket with the bulk SMS provider. The provider confirmed at 17:10 that the DLT template IDs for our sender header were deactivated during a platform migration on their side. They restored the templates at 19:45 and we replayed the 2.1 lakh queued messages overnight.',
  ),
  n(
    "The provider's migration to a new DLT platform did not carry over our registered templates, and the gateway returned HTTP 200 for each rejected message, so our monitor saw nothing wrong at submission time. Our alerting should have watched delivery reports rather than submission responses.",
  ),
  n('Expired TLS certificate takes down ePoS API gateway'),
  n(
    'At 00:00 on 12 March the wildcard certificate on the ePoS API gateway expired, and every ePoS device began logging "SSL handshake failed: certificate has expired". The first shop to open, in Malakpet, reported it to the helpdesk at 06:05, and Mohammed Azharuddin was paged at 06:12. He installed the renewed certificate, which the CA had issued in February, on both load balancers by 07:20. Distribution resumed in all 1,700 shops of the city by 07:35, and Dr. Kavitha, the joint director, approved an extension of shop hours to 21:00 for that day.',
  ),
  n(
    'Certificate expiry dates lived only in a spreadsheet, and the renewal reminder went to a shared mailbox that was decommissioned in the January mail migration. We are adding expiry checks to Zabbix with a 30-day warning (owner: Mohammed Azharuddin).',
  ),
  n('Depot stock reconciliation job failed, closing balances negative'),
  n(
    'The nightly reconciliation job for mandal level stock point (MLS point) stock failed at 02:17 on 3 June with "ORA-01438: value larger than specified precision allowed for this column". Because the job stopped midway, the morning depot dashboard showed negative closing balances of rice for 11 MLS points in Nalgonda. Lakshmi Prasanna from the data team picked it up at 09:00, widened the column in a hotfix approved by the change board, and re-ran the job by 11:30. Depot managers got a WhatsApp broadcast asking them to hold stock release orders until the corrected figures came through.',
  ),
  n(
    "A quantity field sized for quintals received a value in kilograms after the FCI receipts interface switched units in its May release. The job also had no rollback step, so a partial run left half-updated balances instead of the previous day's figures.",
  ),
  n('ePoS app 3.4.1 rollout breaks fingerprint capture on Morpho devices'),
  n(
    'We pushed ePoS app version 3.4.1 through the MDM console to 30% of devices at 19:00 on 21 October. The next morning, shops with Morpho MSO 1300 E3 scanners reported "RD Service not ready" on every fingerprint capture, while Mantra devices were unaffected. Venkatesh Goud halted the rollout at 07:50 and pushed 3.4.0 back to the affected 2,400 devices by 09:30. Shops used the OTP fallback in the meantime, and 9,800 transactions went through that way.',
  ),
  n(
    'Version 3.4.1 moved to a newer RD Service intent format that the Morpho driver on older firmware did not understand. Our test lab had only Mantra devices, so the staged rollout was the first place this combination ran; the release checklist now requires a pass on each certified scanner model.',
  ),
  n('UPS trip at state data centre, PDS database fails over to DR'),
  n(
    'At 16:42 on 9 July the UPS serving rack row C at the state data centre tripped during a routine battery test, and the primary PDS database cluster lost power. The pager went off for the DBA on call, Rajeshwari, who confirmed the primary was unreachable and declared a Sev-1 at 16:50. She promoted the standby at the DR site in Gachibowli at 17:05, and ePoS transactions resumed at 17:12 after 27 minutes of authentication downtime across the state. The SDC facilities team restored power at 18:30 and we failed back on Sunday night.',
  ),
  n(
    'Both power feeds of the database rack ran through the same UPS, so the battery test took out what was designed as a redundant supply. The SDC test procedure did not include a list of the racks that depended on the unit under test.',
  ),
  n('Ration card search page slow after portal upgrade'),
  n(
    'After the department portal upgrade on the evening of 2 February, the ration card search page took 25 to 40 seconds to respond, and mandal revenue offices raised 63 helpdesk tickets by noon the next day. Sai Kiran looked at the slow query log and found full table scans on the card_members table for every search by Aadhaar reference. He recreated the composite index on (district_code, aadhaar_ref_hash) at 13:15 in a short maintenance window. Response times were back under a second by 13:40.',
  ),
  n(
    'The migration script dropped and rebuilt card_members to change a column type, and the rebuild step did not recreate the index. Our performance test used a 50,000-row sample where a full scan still returned quickly, so the regression only showed at the production size of 1.1 crore rows.',
  ),
  n('De-duplication run suspends 3,112 genuine ration cards'),
  n(
    'The quarterly de-duplication run on 15 April marked 3,112 ration cards as duplicates and suspended them. From 16 April, ePoS devices refused transactions for those households with "Card status: SUSPENDED-DEDUP". Zainab Fatima in the grievance cell noticed a cluster of 1967 complaints from the Old City on the morning of 17 April and escalated to the operations centre. We reversed the suspensions in a bulk update at 15:00 that day after checking a sample of 200 flagged pairs against field reports from the district supply officers.',
  ),
  n(
    'The matching logic compared normalised names and dates of birth, and the normalisation collapsed common Urdu and Telugu spelling variants into the same string. Households with twins, or with 1 January recorded as the birth date, fell into the same match key, and the job suspended cards directly instead of sending them to a review queue.',
  ),
  n('Credential-stuffing attempts on FPS dealer portal'),
  n(
    'At 23:10 on 28 November the WAF raised "Rate limit exceeded: /dealer/login, 1,840 req/min from 212 IPs". Syed Imran, on the security desk that night, blocked the source ranges at the WAF and enabled CAPTCHA on the dealer login at 23:35. We reviewed the access logs with the CERT-In liaison the next morning and found 14 successful logins, all from the usual dealer IPs and devices. As a precaution we forced a password reset for all 17,000 dealer accounts and sent an SMS notice in Telugu, Urdu and English.',
  ),
  n(
    'The dealer portal allowed unlimited password attempts and had no second factor, so a leaked credential list from an unrelated site could be tried at scale. Two-factor login through a registered mobile OTP goes live on 15 December (owner: Syed Imran).',
  ),
  n('ONORC portability transactions failing at central IM-PDS hub'),
  n(
    'From 10:20 on 5 January, inter-state portability transactions for migrant beneficiaries failed at the ePoS with "IMPDS: upstream error 502", while intra-state transactions went through normally. Kavitha Rao checked the integration logs, confirmed the error came from the central IM-PDS endpoint, and raised it with the NIC central team at 10:45. Service was restored at 13:30 after NIC rolled back a change on their API gateway. About 4,600 portability transactions went through that evening from the offline retry queue.',
  ),
  n(
    'A configuration change on the central IM-PDS gateway tightened request size limits, and our requests carrying full member lists for large families crossed the new limit. We had no advance notice of the change, and our integration monitoring grouped these errors with normal network retries, so it took 25 minutes to separate them.',
  ),
  n('Log volume fills disk on auth service nodes'),
  n(
    'At 11:55 on 18 May the three authentication service nodes went read-only one after another when /var filled up, and ePoS logins failed statewide for 19 minutes. Naresh, the Linux admin on shift, cleared rotated logs and restarted the services by 12:14. Debug logging from an April vendor investigation was still active and was writing about 60 GB a day.',
  ),
  n(
    'Log rotation was size-based per file with no cap on total log volume, and disk usage alerts fired at 95%, which on these nodes left about 40 minutes of headroom. We are moving the alert to 80% and adding an automatic expiry to temporary log-level changes (owner: Naresh).',
  ),
  n('Aadhaar seeding batch stuck for three days'),
  n(
    'The nightly batch that sends new Aadhaar seeding records for demographic authentication stopped progressing on 10 August, and about 38,000 new members stayed in "Pending eKYC" status. Anjali from the MIS team noticed on 13 August that the pending count on the dashboard had not moved. The scheduler showed the job as "RUNNING" since 10 August 01:00, and the process itself was waiting on a socket read with no timeout. Praveen Kumar killed the process and added a read timeout, and the backlog cleared by the night of 14 August.',
  ),
  n(
    'The HTTP client in the seeding job had no read timeout, so a dropped connection left it waiting indefinitely. The scheduler alerted only on job failure, not on a job running far longer than usual, so the hang looked like a healthy run.',
  ),
  n('March allocation file short by 1 kg for AAY cards'),
  n(
    'On 26 February, FPS dealers in Khammam reported that the March allocation shown on ePoS for Antyodaya Anna Yojana cards was 34 kg of rice instead of 35 kg. Ravi Teja in the allocation team compared the generated file with the Government Order and found the same difference on every AAY card in the state. He regenerated the allocation with the corrected formula, and the new file reached the devices by 18:00 on 27 February, before distribution opened on 1 March. No beneficiary received a short quantity.',
  ),
  n(
    'The allocation procedure computed per-member entitlements and summed them with integer division, which truncated the card-level AAY quantity when the family size did not divide 35 evenly. The test cases for the procedure covered only priority household cards.',
  ),
  n('BSNL leased line down, Adilabad district office cut off'),
  n(
    'The MPLS link between the state data centre and the Adilabad district supply office went down at 09:30 on 22 July after a fibre cut on the highway near Nirmal. The district office lost access to the stock management module; ePoS devices in the district kept working because they use mobile data. Sudheer raised a docket with BSNL at 09:40, and the district team switched to a 4G dongle for stock release orders at 10:15. BSNL restored the link at 17:50.',
  ),
  n(
    "The district office had a single leased line with no backup path, and the 4G fallback was a manual setup that depended on one laptop. A second link from a different provider is in this quarter's procurement plan (owner: Sudheer).",
  ),
  n('Truck GPS tracking stopped updating for eight hours'),
  n(
    'Between 06:00 and 14:20 on 3 October, the vehicle tracking dashboard showed all 420 stock trucks as stationary at their last position. Farhan Ali from the logistics cell noticed that a truck he knew was in Warangal still appeared at the Sanathnagar depot and called the GPS vendor. The vendor found that their data push to our API had been failing since their server moved to a new IP, which our firewall did not allow. We added the new address to the allow list at 14:10 and the positions caught up within ten minutes.',
  ),
  n(
    'Our firewall allowed the vendor only by source IP, and there was no agreed channel for the vendor to tell us about address changes. The dashboard showed the last known position with no staleness marker, so eight hours of missing data looked like parked trucks.',
  ),
  n('Iris fallback not working on new batch of ePoS devices'),
  n(
    'From 2 December, 310 newly deployed ePoS devices in Sangareddy showed "Iris device not registered" when dealers switched to iris authentication for beneficiaries whose fingerprints did not read. Padma, the district e-governance coordinator, collected the device serial numbers and sent them to the operations centre on 4 December. Senthil Kumar confirmed that the iris modules on these devices were missing from the RD Service device registry of the certified vendor. The vendor registered them on 5 December and iris authentication worked from 16:00 that day.',
  ),
  n(
    "The device acceptance checklist tested fingerprint authentication only, so an unregistered iris module passed acceptance. Iris registration is a separate step in the vendor's onboarding, and our purchase order did not list it as a deliverable.",
  ),
  n('Replication lag shows stale depot stock in DSO reports'),
  n(
    'On 30 September between 13:00 and 16:30, the reporting replica fell up to 3 hours behind the primary database, and district supply officers saw morning stock figures in their afternoon reports. Two DSOs raised it on the 15:00 review video call with the Commissioner. Rajeshwari found a long-running analytical query on the replica holding back replay, cancelled it at 15:20, and replication caught up by 16:30. We added a banner to the reports portal that shows the data timestamp.',
  ),
  n(
    'The replica served both the reports portal and ad hoc analytics, and its standby settings let one heavy query pause replay indefinitely. The reports had no indicator of data freshness, so the lag was visible only when someone compared figures by hand.',
  ),
  n('Dealer commission payout file rejected by bank'),
  n(
    'The monthly commission payout file for 17,000 FPS dealers came back from the bank host on 7 June with "Invalid record at line 4412: IFSC format". Mohammed Azharuddin in finance IT traced it to one dealer record whose IFSC code had a trailing space. We corrected the record and regenerated the file, which the bank accepted on 8 June, so the payout reached dealers one day late. The Commissioner\'s office informed the dealers\' association by letter the same day.',
  ),
  n(
    "The dealer master accepted bank details without trimming or validating the IFSC format, and the payout file generator did not pre-validate records against the bank's specification. One bad line rejected the entire batch because the bank processes the file all-or-nothing.",
  ),
  n('Suspected ransomware attachment in district mail, false alarm'),
  n(
    'At 10:05 on 14 February, the Karimnagar district office forwarded an email with a .zip attachment titled "Revised PDS Allocation GO" that appeared to come from the Commissioner\'s office. Imran, on the security desk, isolated the two desktops where the mail client had downloaded the attachment and ran a full scan from the endpoint protection console. The file turned out to be a genuine password-protected GO, sent from a personal mail account because the official mail server was down that morning. We declared the all-clear at 13:30 and both desktops went back into use.',
  ),
  n(
    'Official circulars had no alternative channel when the government mail server was unavailable, so staff used personal accounts to meet the same-day deadline. Our mail gateway flags external zip attachments but cannot tell a genuine circular from a lure.',
  ),
  n('Application portal overwhelmed on first day of new ration cards'),
  n(
    'The government announced that new ration card applications would open at 10:00 on 2 January, and by 10:03 the application portal had 18,000 concurrent sessions against a sizing of 4,000. Most users got "502 Bad Gateway" until 12:30. Vamshi Krishna, the incident commander, added four application servers from the SDC cloud pool and put a virtual waiting room in front of the form at 11:40. The department extended the application window by a week and announced it in a press note at 15:00.',
  ),
  n(
    "Capacity planning used last year's traffic for card renewals, which spreads evenly over a month, rather than a launch where most demand arrives in the first hour. The SDC cloud pool needs a 60-minute provisioning request, so we could not scale out faster than that.",
  ),
  n('Clock drift on Nizamabad ePoS devices causes auth rejections'),
  n(
    'On 18 April, about 900 ePoS devices in Nizamabad got "Error 569: Digitally signed PID block timestamp invalid" on every Aadhaar authentication. Lakshmi on the helpdesk saw the pattern on the ticket board at 09:20, and Arun checked device logs through MDM, which showed clocks up to 25 minutes ahead. We pushed a time-sync command from MDM at 10:05 and authentication recovered as each device came online. The district reported normal distribution from 10:40.',
  ),
  n(
    "These devices took their time from the mobile network instead of NTP, and one operator's towers in the district broadcast a wrong time after maintenance work. The ePoS app had no check comparing device time to server time before building the PID block.",
  ),
  n('Month-end closing job ran twice, duplicating sale records'),
  n(
    'The month-end closing job for April ran at 23:30 on 30 April and again at 23:45 after the scheduler failed over to its secondary node. The second run inserted duplicate sale summaries, so the May opening balances at 1,200 shops showed less than the actual stock. Kiran Kumar noticed the doubled totals in the state summary report at 07:10 on 1 May. The team deleted the duplicate batch and recalculated balances by 08:30, before most shops opened.',
  ),
  n(
    "The scheduler's failover did not check whether the primary node had already started the job, and the closing job itself was not idempotent. We are adding a run lock keyed on the month (owner: Kiran Kumar).",
  ),
  n('Beneficiary app crashes on launch after 2.8 update'),
  n(
    'Version 2.8 of the beneficiary app, which shows monthly entitlement and the nearest fair price shop, went live on the Play Store at 18:00 on 11 November. By 21:00, Crashlytics showed the crash-free rate at 62%, down from 99%, almost all on Android 9 and below. Divya, the mobile lead, halted the staged rollout at 21:20 and published 2.8.1 with the fix the next afternoon. About 45,000 users who had already updated needed to update again.',
  ),
  n(
    'A new dependency for the shop map required API level 29 while the minSdk in the build file was still 24, so the app installed on older phones and crashed at startup. Our device farm covered only Android 11 and above.',
  ),
  n('Weighing scale readings not reaching ePoS in Hyderabad shops'),
  n(
    'From 7 March, dealers in 140 shops across Hyderabad reported that the ePoS screen showed "Weight not received from scale" and blocked the sale. Sameera from the field support team visited two shops in Tolichowki and found the Bluetooth pairing dropping every few seconds. The scale vendor traced it to a firmware update that their update server had pushed to the scale modules on 6 March. They rolled back the firmware remotely on 8 March and the affected shops were back to normal by noon.',
  ),
  n(
    'The firmware update changed the Bluetooth advertising interval, which the pairing library in our ePoS app did not tolerate. Our contract has no requirement for the scale vendor to notify us or to test against the ePoS app before a firmware update.',
  ),
  n('Dealer portal unreachable on two ISPs after DNS migration'),
  n(
    "We moved the department's domains to the new DNS provider on the evening of 19 August. The next morning, dealers on two local ISPs could not reach the dealer portal while others could. Senthil Kumar compared resolver responses and found that those resolvers still held the old NS delegation, and the old provider was answering with the previous records. We asked the old provider to serve the new records until 23 August, and the portal was reachable for everyone by 11:00.",
  ),
  n(
    'The NS records had a TTL of 48 hours, and the migration plan had the old zone switched off on the same evening. The runbook now keeps both providers in sync until the old TTL has fully expired.',
  ),
  n('Memory leak in auth middleware, pods restarting every six hours'),
  n(
    'Between 2 and 9 September, the authentication middleware pods restarted roughly every six hours with "OOMKilled", and each restart dropped about 200 in-flight ePoS authentications. Karthikeyan on the platform team matched the restarts with heap growth on the pod memory graph and took a heap dump on 8 September. The dump showed the cache for UIDAI certificate objects growing without bound. A fix that caps the cache went out on 9 September and the pods have been stable since.',
  ),
  n(
    'A change in the 4.2 release created a new certificate object for every request instead of reusing one, and the cache holding them had no size limit. Our load test ran for 30 minutes, which was too short to show a leak that took hours to reach the memory limit.',
  ),
  n('ePoS SIM data packs expired in Jogulamba Gadwal'),
  n(
    'On the morning of 1 November, 280 ePoS devices in Jogulamba Gadwal district showed "No network connectivity" and could not sync. Mahesh, the district technical assistant, called the operations centre at 08:45 after dealers from several mandals reported the same message. The ePoS system integrator confirmed that the annual data packs on those SIMs had expired at midnight, and the telecom operator renewed them by 12:30. Dealers distributed in offline mode in the meantime and synced in the afternoon.',
  ),
  n(
    'The SIMs for that district came from a separate lot with a different renewal date, and the renewal tracker of the system integrator listed all SIMs under one date. The operator portal offered no alert on data pack validity.',
  ),
  n('Stock database backups failing silently for five weeks'),
  n(
    'During the quarterly restore drill on 20 June, Meenakshi from the DBA team found that the latest usable backup of the stock database was from 14 May. Since the backup volume hit its quota, the backup job had been exiting with code 0 while writing zero-byte files. We increased the quota, took a full backup the same night and verified it with a test restore on 21 June. There was no data loss, and no restore was needed during the gap.',
  ),
  n(
    'The backup script did not check the size or integrity of its output, and the wrapper reported only the exit code. Our monitoring should have checked backup age and size directly rather than trusting the job status.',
  ),
  n('Daily export to central Annavitran dashboard rejected'),
  n(
    'From 12 to 15 July, the daily transaction export to the central Annavitran portal came back with "Schema validation failed: field \'txn_mode\' not allowed". The state figures on the national dashboard stayed at 11 July, and the Department of Food and Public Distribution wrote to the Commissioner on 15 July. Kavitha checked the export and found that our 11 July release had added a transaction mode field for iris authentication. We removed the field from the export on the evening of 15 July and re-sent the four days of data, which the portal accepted on 16 July.',
  ),
  n(
    'The export reused the internal transaction model directly, so any new internal field went out against the central schema. The export job logged the rejection but raised no alert, so the gap surfaced only when the central department wrote to us.',
  ),
  n('1967 grievance helpline IVR down for an afternoon'),
  n(
    'At 13:10 on 25 January, calls to the 1967 toll-free helpline started getting a busy tone. Shabana, the call centre supervisor, reported it to the operations centre at 13:25, and as incident lead I raised it with the IVR vendor. The vendor found that their PRI line card had failed and moved our number to a standby card at 16:40. During the outage we put a notice on the department website and the official X handle with a WhatsApp number for complaints.',
  ),
  n(
    "All 30 channels of the helpline ran on one PRI card at the vendor's premises, with no automatic switch to the standby card. The vendor's monitoring watched call volumes but did not alert on zero calls during office hours.",
  ),
];
