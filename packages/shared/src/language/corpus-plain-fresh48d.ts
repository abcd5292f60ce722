import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 48D: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Winnipeg grain-handling
 * cooperative's incident records for elevator scheduling, truck scales, grading and rail through harvest, in Prairie plain English.
 */
export const PLAIN_FRESH48D: readonly CorpusItem[] = [
  n('Scale house 2 ticket printer offline during evening unload'),
  n(
    'At 18:40 on Sept 9 the inbound scale at the Rosser elevator stopped printing scale tickets, and trucks started backing up onto Highway 6. Taras Kowalchuk drove over from the office, found the thermal printer showing a paper-jam light with no paper in the path, and power-cycled it at 19:05. The scale kept recording weights the whole time, so Marites Dela Cruz reprinted the 14 tickets that had not come out, using the ticket history screen. The line was clear by 19:30.',
  ),
  n(
    'The printer firmware reports a low-paper sensor fault as a jam and then locks the print queue until a power cycle. The scale software has no alert when the print queue stops draining, so the first sign of trouble was the line of trucks.',
  ),
  n('Grower portal cert expired Saturday morning'),
  n(
    'The TLS certificate on growers.prairiecoop.ca expired at 00:00 CST on Saturday, Oct 5, and members opening their settlement statements got a browser warning. Harpreet Gill took the first call, from a grower near Morden, at 07:15 and declared an incident at 07:22. She issued a new certificate through the DigiCert account, installed it on both load balancer nodes, and confirmed the padlock was back at 08:10. Chantal Desjarlais put a banner on the portal and a post on the member Facebook page explaining that the warning was not a security breach.',
  ),
  n(
    "The certificate was a three-year manual purchase that predates our renewal tracker, so no reminder existed for it, and the vendor's renewal emails went to a shared mailbox that was retired in the spring. Action: move the portal to automated renewal; owner Harpreet, due Nov 15.",
  ),
  n('Grading results showing up late at country elevators'),
  n(
    "From about 10:00 on Sept 18 the grading screens at Carman, Elm Creek and Starbuck showed results 20 to 40 minutes late, so graders wrote grades on paper slips to keep trucks moving. Nolan Reimer checked the read replica and saw the lag climbing: 'replica lag 2410s, threshold 300s'. He found the nightly reindex job still running from 02:00 and holding locks on the samples table. He stopped the job at 11:12, lag was back to zero by 11:40, and the afternoon shift keyed in the paper grades.",
  ),
  n(
    'The reindex job normally finishes in under an hour, but the samples table has tripled in size since last harvest and the job has no time limit. Nothing stops or pauses it when the receiving day starts.',
  ),
  n('Two hopper car orders assigned the same spot at Portage'),
  n(
    "On Oct 2 at 06:30 the car order system assigned CN spot 14 on the Portage loading track to both the 25-car canola order and the 12-car wheat order. Jeannette Fontaine, the rail coordinator, caught it when the loader crew radioed that the cars on the track didn't match the sheet. We held loading for 50 minutes while Jeannette and the CN local agreed on a re-spot. Paolo Santos pulled the booking logs and found two writes to the same spot 300 ms apart.",
  ),
  n(
    'The spot booking service checks availability and writes the booking in two separate steps without a lock, so two requests that arrive close together can both see the spot as free. A unique constraint on spot and date would have rejected the second write, and one is going in this week.',
  ),
  n('Delivery slot app down after 3.14 release'),
  n(
    "We shipped release 3.14 of the delivery slot booking app at 13:00 on Sept 12, and by 13:08 it returned HTTP 500 for every booking. Arjun Sidhu, on call, saw 'column slots.grade_hint does not exist' in the logs and rolled back to 3.13 at 13:21. Growers who tried to book in that window got an error page; Marites phoned back the eleven who called in and booked their slots by hand. We ran the migration at 16:00 and put 3.14 out again at 16:30 with no errors.",
  ),
  n(
    'The deploy pipeline treated database migrations as a separate manual step after the app deploy, and the release checklist did not list that step. The pipeline should have run the migration before switching traffic, and as of this week it does.',
  ),
  n('Moisture readings 2 points high at Elm Creek'),
  n(
    'On Sept 25 the grading system at Elm Creek recorded canola moisture about 2 points higher than the hand meter. Bohdan Zaporozhan, the lead grader, noticed three loads in a row coming up tough when the samples felt dry, and checked one on the backup meter at 09:50. We paused automatic dockage at that site at 10:05 and graded off the backup meter for the rest of the day. Eighteen tickets were recalculated and those growers got corrected settlement statements the following week.',
  ),
  n(
    'The moisture meter came back from service with its factory default calibration table, and the calibration update only runs at the start of the season, so the 2024 canola table never reached the repaired unit. The grading system accepts readings without checking which calibration version the meter reports.',
  ),
  n('Fake freight invoice email at head office, no compromise found'),
  n(
    "At 09:14 on Oct 8 three people at head office received an email posing as a freight invoice, with a link to a fake Microsoft sign-in page. Gurpreet Dhaliwal in accounting reported it with the Report Phish button at 09:20, and Lorna Friesen opened a security incident. Defender logs showed one click on the link and no sign-in on the fake page; we reset that account's password and revoked its sessions as a precaution. We blocked the sender domain at 09:45 and pulled the message from every mailbox.",
  ),
  n(
    'The sending domain was four days old and passed SPF, so the mail filter let it through. Our filter does not yet hold mail from newly registered domains for review, and that setting is being turned on this month.',
  ),
  n('Core switch failure takes down Rosser terminal network'),
  n(
    'At 04:52 on Sept 30 the core switch at the Rosser terminal stopped passing traffic, and the scale, grading and PLC networks all went dark. Dale Penner, the night shift supervisor, put the scale in standalone mode and kept unloading with handwritten tickets. Ryan Ducharme drove out from Winnipeg with the spare switch, arrived at 06:10, and had the network back at 06:48 after restoring the config from backup. The handwritten tickets were all in the system by 10:00.',
  ),
  n(
    "The switch's single power supply failed, and that model has no second supply slot. The spare switch lives at the Winnipeg office rather than on site, which added an hour of driving to the outage.",
  ),
  n('Cash ticket payment file rejected by the bank'),
  n(
    "The Friday 15:00 grower payment file came back from the bank's EFT gateway with 'ERR 214: invalid originator short name length'. Myrna Klassen in finance saw the rejection in the bank portal at 15:40 and called IT. Vikram Brar found that a header field was now 16 characters instead of 15 after the co-op's name change went into the ERP. He trimmed the field, regenerated the file, and the bank accepted it at 16:55, in time for Monday deposits.",
  ),
  n(
    "The ERP builds the originator short name from the legal name field, which changed with the rebrand, and the export does not check field lengths against the bank's file spec. We are adding a validation step to the export; owner Vikram, due end of month.",
  ),
  n('Settlement statements slow during harvest peak'),
  n(
    'Between 19:00 and 22:00 on Sept 16 grower portal pages took 15 to 30 seconds to load and statement PDFs timed out. Kateryna Hnatiuk got the p95 latency alert at 19:12 and found the database CPU pinned at 100%. She scaled the database from 4 to 8 vCPUs at 20:30, which brought pages back under two seconds. Chantal had a banner up on the portal from 19:30 while it was slow.',
  ),
  n(
    "During harvest most growers check the day's tickets in the same couple of evening hours, and the statement query scans the whole ticket table because it has no index on grower ID and date. The database size came from last year's peak, which was about 40% lower.",
  ),
  n('Canola futures price feed stale for 2 hours'),
  n(
    "The ICE canola futures feed from our market data vendor stopped updating at 08:30 on Oct 10, and the elevator price boards kept showing the 08:29 price. Tony Villanueva on the grain desk noticed at 09:05 that our bids weren't moving with the market and called the vendor. We switched the boards to 'Call for price' at 09:15, and the vendor confirmed an outage on their side at 09:40. The feed came back at 10:35 and we checked posted bids against the exchange before turning the boards back on.",
  ),
  n(
    "Our feed client treats 'no new message' as 'price unchanged' and does not alert on stale data. On the vendor's side, a failover in their Chicago data centre did not complete.",
  ),
  n('Nightly backups of the scale database failing for 9 days'),
  n(
    "On Sept 21 Oksana Wiebe went to restore a test copy of the scale database and found the newest backup was from Sept 12. The backup job log showed 'ERROR: disk quota exceeded on /backup' every night since then. She cleared old backups that were past retention, ran a manual backup at 14:20, and confirmed it restored cleanly on the test server. No data was lost.",
  ),
  n(
    'The backup job writes failures to its own log file but sends no alert, and the retention cleanup script stopped running after the August server rebuild. Harvest volumes filled the disk faster than any other time of year.',
  ),
  n('Internal DNS move breaks ticket server lookups'),
  n(
    'At 11:00 on Sept 19 I moved internal DNS over to the new domain controllers, as planned in change CHG-0412. By 11:10 the scale houses at four elevators could not resolve ticketserver.coop.local and dropped into offline mode. I saw the alerts at 11:12, checked the new zone, and found there was no record for ticketserver. I added it at 11:24 and the scale houses reconnected within five minutes. (Simran Grewal)',
  ),
  n(
    "The zone transfer copied only records held in the DNS console; ticketserver was a static entry in the old server's hosts file and had no DNS record to transfer. Our pre-change checklist compares record counts between the old and new zones but not names or lookups from the sites.",
  ),
  n('Track scale reading heavy after overnight rain'),
  n(
    'On Oct 3 the in-motion track scale at Portage read about 400 kg heavy per car on a 60-car train. The CN weigh figures and our loading records disagreed, and Jeannette flagged it to the terminal manager at 12:20. Ray Bergen, the certified scale technician, came out at 15:00 and found water in two load cell junction boxes. He dried and resealed them, and the test weights read true at 17:30.',
  ),
  n(
    'The junction box gaskets had aged and cracked, and the boxes sit in a low spot that floods in heavy rain. The maintenance plan checks calibration every year but has no seal inspection in it.',
  ),
  n('Elevator scheduling freezes when log disk fills'),
  n(
    "At 14:35 on Sept 26 the elevator scheduling app stopped accepting slot changes. Nolan saw 'No space left on device' in the app server logs, cleared 40 GB of rotated debug logs at 14:50, and restarted the service. Debug logging was still on from a troubleshooting session in August, and at harvest volume it writes about 3 GB a day.",
  ),
  n(
    "The app's logging level has no expiry, so a temporary debug setting stays in place until it is changed back by hand, and log rotation does not delete old files. Disk alerts on that server went to an email list instead of the on-call pager.",
  ),
  n('Grain imaging unit at Carman down, grading by hand and lab runs'),
  n(
    "The imaging analyzer used for wheat protein and kernel counts at Carman failed at 08:05 on Sept 23 with 'LAMP FAULT E-07'. Marites logged a ticket with the vendor, who could not get a technician out until Thursday. In the meantime graders sent samples to the Winnipeg lab twice a day, with Ernie Thiessen driving the runs. The vendor replaced the lamp assembly on Thursday and the unit was back in service at 13:00.",
  ),
  n(
    'The lamp is rated for 5,000 hours and had reached 5,400; the unit keeps a lamp-hours counter, but nothing in our maintenance schedule reads it. There was no spare lamp on site.',
  ),
  n('End-of-day inventory reconciliation failed at three sites'),
  n(
    "The 23:00 inventory reconciliation job failed on Oct 1 for Carman, Starbuck and Morris with 'NullReferenceException in BinPositionMapper'. The morning position report showed no stock for those sites, so the grain desk could not confirm what it had to sell. Paolo re-ran the job at 07:30 with the new storage bags excluded, and positions were back by 08:15. That afternoon Marites mapped the three bags added on Sept 30 to bin positions.",
  ),
  n(
    'New storage locations are created in the site admin screen, but mapping them to a bin position is a separate step in a different screen, and the job crashes on an unmapped location instead of skipping it. The job should have reported the unmapped bags and carried on with the rest.',
  ),
  n('Rail car EDI messages from CPKC not arriving'),
  n(
    "From 02:00 on Oct 6 we received no EDI 322 car movement messages from CPKC, so the car tracking screen showed every car at its last known location. On the 07:30 logistics call Tyler Lavallee pointed out that a train reported at Brandon the day before was still listed there. Our EDI provider found the SFTP connection failing with 'Host key verification failed' after CPKC rotated its server key. We accepted the new key at 10:40, and the backlog of 180 messages arrived by 11:00.",
  ),
  n(
    'CPKC sent notice of the key rotation to a contact address at our previous EDI provider, and our partner setup has no step for keeping the notice contacts current. The integration also does not alert when hours go by with no inbound messages.',
  ),
  n('Power loss at Starbuck, UPS too small to ride through'),
  n(
    'A storm knocked out Manitoba Hydro power at Starbuck at 16:22 on Sept 14. The standby generator started and ran the legs, but the office panel is not on the generator circuit, so the scale house ran on its UPS for 11 minutes and then shut down. Site manager Gerald Hiebert switched to paper tickets and kept receiving. Hydro restored power at 18:05, and Harpreet brought the scale PC back up remotely at 18:12.',
  ),
  n(
    "The 2021 office renovation moved the office panel off the generator transfer switch, and the UPS is sized for a short blip, not a two-hour outage. The site's power drawings still show the old layout, so IT had no way to see the change.",
  ),
  n('Scale house logins locked out by password expiry policy'),
  n(
    "At 06:00 on Oct 4 the new 90-day password expiry policy took effect, and the shared Windows login at every scale house expired at once. Operators at six sites got 'Your password has expired and must be changed' at the start of the shift. Lorna Friesen reset the accounts from the help desk between 06:15 and 07:05, site by site, and gave out the new passwords by phone. Receiving started late at all six sites, by up to an hour at Morris.",
  ),
  n(
    'The policy applied to everything in the Sites OU, including kiosk and service accounts that are not meant to expire, and the policy test ran against staff accounts only. Action: move kiosk accounts to their own OU with a non-expiring policy, and move scale houses to named logins by spring; owner Lorna.',
  ),
  n('Azure Canada Central storage issue slows grower app'),
  n(
    "From 12:40 to 14:10 on Sept 20 the grower mobile app was slow and sometimes failed to load ticket images. Arjun saw 'Status 503 ServerBusy' from storage, and the Azure status page confirmed degraded storage in Canada Central. With no failover region set up for that storage account, we posted a notice in the app at 13:00 and waited it out. Everything recovered on its own at 14:10.",
  ),
  n(
    "The ticket image storage account is in a single region with locally redundant storage, a cost choice from launch, when the app carried a fraction of today's harvest traffic. We are pricing geo-redundant storage before next harvest.",
  ),
  n("2024 grade table went live with last year's dockage limits"),
  n(
    "On Aug 28 the grading system picked up the new crop year's grade table, and for the next four days barley was docked against the 2023 limits. Bohdan raised it on Sept 2 after a grower compared his ticket with the Canadian Grain Commission's guide. Kevin Sawatzky on the grading system team confirmed that the barley rows had come across from the 2023 spreadsheet template. Corrected tables went live on Sept 2 at 15:00, 62 tickets were regraded, and the growers got the difference on their next cheque.",
  ),
  n(
    "The grade table is built by copying the previous year's spreadsheet and editing it, and the import does not compare values against the CGC's published limits. A check against the official table would have stopped the old rows before they went live.",
  ),
  n('Scale tickets not syncing from country sites'),
  n(
    "From 09:00 on Sept 17 tickets from the country elevators stopped reaching head office, and the sync queue grew to 3,400 messages. I was on call and got the 'ticket_sync queue depth > 1000' alert at 10:15. The consumer service was running but stuck retrying one ticket with a 12 MB photo attached, over the message size limit. I moved that message to the dead-letter queue at 10:40, and the backlog cleared by 11:20. (Harpreet)",
  ),
  n(
    'A scale camera firmware update raised the photo resolution, and the sync consumer retries an oversized message forever instead of setting it aside. The consumer should send anything over the limit to dead letters after three tries, and Harpreet has that change in review.',
  ),
  n('Contract search taking a minute in the grain desk app'),
  n(
    'Grain desk buyers reported on Sept 24 that searching contracts by grower name took 40 to 70 seconds. Kateryna traced it to a report view added in release 3.13 that joins deliveries to contracts on every search. She added an index on contracts.grower_id and rewrote the view, and search was back under a second at 15:30 the next day. Until then the buyers searched by contract number, which stayed fast.',
  ),
  n(
    'The test environment for release 3.13 ran on a copy of the database from June, which held about a tenth of the harvest-time delivery rows. The test data refresh runs quarterly, so it never reflects harvest volumes.',
  ),
  n('Bin plan not pushed to Rosser elevator control'),
  n(
    "At 05:30 on Oct 9 the morning bin plan for Rosser did not show up on the elevator control HMI. The operator, Jason Ledoux, called the help line and entered the plan by hand from a printout. Ryan found the integration service had stopped at 02:14 when a Windows update restarted the server, and the service's startup type was manual. He set it to automatic and started it at 06:40.",
  ),
  n(
    'The installer sets the integration service to manual startup by default, and our server build checklist does not include changing it. Windows updates on that server are not held back during harvest.',
  ),
  n('Duplicate grower accounts splitting delivery totals'),
  n(
    'On Sept 27 a grower from Niverville called because his quota delivery total on the portal was half of what his tickets added up to. Chantal found two grower accounts for the same farm, the second one opened when the farm incorporated in July, with deliveries since July split between them. Marites merged the accounts on Sept 28. A matching query turned up 23 more farms in the same situation, and those were merged by Oct 3.',
  ),
  n(
    'The grower setup screen does not check for an existing account with the same legal land location or GST number, so an incorporation creates a new account instead of updating the old one. Action: add a duplicate check to grower setup; owner Chantal, before the next crop year.',
  ),
  n('Truck freight quotes failing on expired API key'),
  n(
    "From 08:00 on Oct 11 the freight quote screen returned 'Unable to get rate' for every lane. Vikram checked the logs and saw '401 Unauthorized: API key expired' from the trucking broker's rate API. The broker's keys expire yearly, and the renewal notice went to a mailbox that was closed in March. He requested a new key, put it in Key Vault at 09:35, and quotes came back right away.",
  ),
  n(
    "The key's expiry date was not tracked anywhere we look, and the integration handles a 401 as a generic error without alerting. Key expiries are going into the same renewal tracker as certificates; owner Vikram.",
  ),
  n('Slot reminder texts delayed by up to 3 hours'),
  n(
    "On Sept 15, the busiest receiving day of harvest so far, slot reminder texts to growers went out one to three hours late. Paolo saw the SMS provider returning '429 Too Many Requests' and our retry queue growing. We had the provider raise our send rate at 13:30, and the queue drained by 14:15. Some growers arrived late for their slots, and the elevators held those slots an extra hour.",
  ),
  n(
    "Our SMS account was still on the provider's default limit of one message per second, set when 800 growers used text reminders; there are now 4,100. Nothing in our monitoring tracked how close we were running to that limit.",
  ),
  n('Grower app 5.2 crashing on older Android phones'),
  n(
    'Grower app 5.2 reached the Play Store on Sept 22, and by the next morning we had 60 crash reports, all from Android 9 and 10. Rhea Mendoza, the mobile developer, traced it to a date picker library that needs Android 11 and halted the staged rollout at 20% at 09:15. She shipped 5.2.1 with the old date picker on Sept 24. Chantal answered the support emails and posted a note telling growers to use the web portal until the update arrived.',
  ),
  n(
    'Our test device lab only has Android 12 and newer, and the library raised its minimum Android version in a minor release, mentioned only in the release notes. The build should have flagged the raised minimum SDK, and we are adding a check for it.',
  ),
  n('Unknown device on the Morris scale house network'),
  n(
    "At 13:40 on Oct 7 the network monitor alerted on 'New MAC 3c:71:bf:2a:10:e4 on VLAN 20 (scale)' at Morris. Lorna opened a security incident and shut the switch port remotely at 13:46. Gerald Hiebert walked over and found a cellular gateway that the scale service company had plugged in for remote diagnostics during their visit that morning. We confirmed it with the company, took it out, and set them up with access through our vendor VPN instead.",
  ),
  n(
    'The scale house switch ports accept any device, and our vendor visit process says nothing about equipment brought on site. Port security on the scale VLAN will be on at all sites by December; owner Lorna.',
  ),
];
