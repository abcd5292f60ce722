import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 48A: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the ops and IT team
 * of a Lisbon airline-catering company writing up incidents in its galley-loading and flight-manifest system
 * (meals, duty-free, crew supplies at a hub airport), in the English of a Portuguese ops team.
 */
export const PLAIN_FRESH48A: readonly CorpusItem[] = [
  n('EDI manifest feed to the airline down for 3h (AS2 certificate expired)'),
  n(
    'At 03h52 the EDI gateway started rejecting every outbound pax and meal count message with "AS2 MDN error: certificate expired (CN=edi.galley-lis.pt)". Djamila Tavares was on call for integrations, got the page at 04h05 and confirmed with the airline\'s EDI desk that nothing from us had arrived since 03h50. We switched the morning wave to the manual fallback: the loading controllers printed the loading sheets from the last good manifest and phoned the station for the final counts. Rui Almeida installed the renewed certificate and exchanged it with the airline at 07h10, and the 214 queued messages went out in order by 07h25.',
  ),
  n(
    'The AS2 certificate had a two-year validity and its expiry date lived only in the vendor portal, outside our certificate monitoring. The renewal warning from the vendor goes to a distribution list that was retired in the 2023 mail migration, so no warning reached the integration team.',
  ),
  n('Loading-sheet printer at hangar dock 3 offline during morning wave'),
  n(
    "From 05h15 the Zebra printer at dock 3 stopped taking jobs and the queue on the print server grew to 60 loading sheets. Tiago Costa, dock supervisor, moved the trolleys for the 06h00-07h00 departures to dock 2 and asked IT to redirect the queue. Savio D'Souza redirected the print queue to the dock 2 printer at 05h31 and then went down to the dock with a spare unit. The spare was printing at 06h20; the faulty printer had a burned power supply and went back to the vendor under warranty.",
  ),
  n(
    'The power supply of the dock 3 printer failed after four years running in the cold, humid area next to the blast chillers. We had no spare printer staged at the dock and no automatic failover of print queues between docks.',
  ),
  n('Galley planning screens very slow between 04h00 and 06h30'),
  n(
    'Loading controllers reported that opening a flight in the galley planning screen was taking 40 to 90 seconds instead of the usual two. Grafana showed p95 latency of /flights/{id}/galley at 58s and the database CPU at 100% from 04h02. Inês Carvalho (on call) found one query doing a sequential scan on meal_order_lines, a table that had grown to 180 million rows since the archive job stopped in March. She created the missing index concurrently at 06h14 and latency was back to normal by 06h30. Action: Inês to repair the archive job and add an alert on table growth.',
  ),
  n(
    'The nightly archive job that moves closed flights out of meal_order_lines had been failing since 14 March on a renamed column, and its failures go only to a log file with no alert on it. As the table grew, the query planner changed to a sequential scan once the table passed a size threshold.',
  ),
  n('Duty-free trolleys sealed with stock counts from the day before'),
  n(
    'On 12 June the overnight stock sync between the duty-free warehouse and the ERP did not finish, so the 05h00 sealing shift worked from Tuesday\'s counts. Cabin crew on three flights, to Funchal, Paris and Luanda, reported differences between the trolley contents and the inventory on their tablets. Larissa Oliveira from duty-free operations noticed the sync status still showing "RUNNING" at 07h40 and opened the incident. Marta Sousa killed the hanging job and ran it again, and the warehouse team recounted the 11 trolleys still on the ground before departure.',
  ),
  n(
    'The sync job was waiting on a row lock held by a long report query in the ERP, and it has no timeout. The sealing application does not check when the stock figures were last refreshed, so it showed old counts as if they were current; it should refuse to print seal lists from data older than six hours.',
  ),
  n('Special meals missing from loading sheets after manifest release 4.18'),
  n(
    'Release 4.18 of the manifest service went out at 22h00 on Thursday. From the first wave on Friday the loading sheets had the total meal count right but left out the SSR special-meal lines (VGML, KSML, DBML, CHML). The colleagues at galley 1 caught it at 04h35 when the kosher meals for the Tel Aviv flight had no trolley position on the sheet, and João Ferreira declared a SEV2 at 04h41. We rolled back to 4.17 at 05h02 and regenerated the sheets for 37 flights; the special meals for two early departures went to the aircraft by van after the main loading.',
  ),
  n(
    'Release 4.18 changed the parser for the airline PNL/ADL messages, and the new version read SSR codes only from the first part of a multi-part message. Our test fixtures had only single-part messages, so the pipeline passed; the contract tests should have included the multi-part messages that real airline traffic sends at peak.',
  ),
  n('High-loader tablets could not sync — API certificate expired'),
  n(
    'At 00h01 on 3 February all 24 driver tablets on the high-loader trucks started showing "SSL handshake failed" and stopped receiving stand and flight assignments. The night dispatch, with Edmilson Fortes as shift lead, moved to radio and the whiteboard in the dispatch room. Hugo Teixeira was paged at 00h09, saw that the certificate of api-trucks.internal had expired at midnight and issued a new one from the internal CA. The tablets reconnected by 00h52 after a forced restart of the app.',
  ),
  n(
    'This certificate came from a manual issuance on the internal CA in 2023 and sat outside the cert-manager automation that renews the other services. Our expiry monitor checks only public endpoints, so the internal truck API was outside its scope.',
  ),
  n('Phishing email to crew supplies imitating the amenity kit supplier'),
  n(
    'On Monday at 10h20 four people in crew supplies received an email that looked like it came from our amenity kit supplier, asking to confirm new bank details through a link. Carla Monteiro found the sender domain strange (one letter different from the real one) and forwarded it to security@ at 10h34. Security blocked the domain and the link at the mail gateway by 10h50 and removed the message from all mailboxes with a search-and-purge. Proxy logs showed no visits to the link from our network and there was no change to supplier bank data in the ERP.',
  ),
  n(
    'The look-alike domain was registered two days before and had valid SPF and DKIM, so the gateway scored the message as clean. We have no check that flags new domains close to the names of our main suppliers; the security team will add one (owner: Agnelo Fernandes).',
  ),
  n('Cold room 2 temperature alarms not reaching the duty phone'),
  n(
    'Between 01h10 and 03h40 on Sunday the temperature in cold room 2 went from 3°C to 7.5°C because the door stayed slightly open after a pallet delivery. The sensors recorded everything, but the alarms did not reach the duty phone because the LoRa gateway on the roof had lost its uplink at 00h50. Beatriz Neves saw the reading on the panel during the 04h00 quality round and raised it. Quality quarantined 340 sandwich and salad portions for the morning flights and production made replacements by 06h15.',
  ),
  n(
    'The gateway uses a 4G modem whose SIM reached its data cap, and the alerting platform treats a silent gateway as "no alarms" instead of raising a heartbeat alert. The cold room door has no open-door alarm of its own.',
  ),
  n('Manifest import queue backlog on the first Saturday of August'),
  n(
    'On 3 August the hub had 612 departures, our highest day this year, and from 05h30 the ADL import queue in RabbitMQ grew to 9,000 messages. Passenger count updates reached the loading sheets up to 50 minutes late, so the galleys loaded on booked numbers and not on final numbers. Rafael Santos scaled the importer from 4 to 12 replicas at 06h05, but throughput stayed the same. At 07h20 Gonçalo Pires raised the database connection pool limit and the queue was empty by 08h10.',
  ),
  n(
    "The importer was sized for last summer's peak and the connection pool limit of 20 was hard-coded, so the extra replicas only waited for connections. There was no load test before the summer schedule; the capacity review should have flagged the 14% growth in departures.",
  ),
  n('Galley plans one hour off after the change to winter time'),
  n(
    "On Sunday 27 October, after the change to winter time, the galley planning screen showed every departure one hour later than the real STD. At 05h10 Ana Lopes at dock 1 saw the Frankfurt flight listed at 07h05 while the airline's movement board said 06h05, and she called IT. Filipe Matos confirmed that the planning service converts UTC to local time with a fixed +01:00 offset cached at start-up, and he restarted the pods at 05h40, which corrected the times. Three flights left with catering loaded late, with delays of 8, 12 and 15 minutes coded to catering.",
  ),
  n(
    'The planning service computes the Lisbon offset once at start-up and keeps it in memory; it should use the timezone database on every conversion. This code path is old and no automated test covers a DST transition.',
  ),
  n('Duplicate meal orders after airline EDI retransmission'),
  n(
    "On Wednesday at 14h00 the airline's EDI platform retransmitted all catering orders of the day after an incident on their side. Our gateway accepted the repeated messages as new orders and the production plan for the evening wave doubled for 41 flights. Patrícia Marques in production planning saw 512 hot meals for the Boston flight and asked the integration team to check at 14h50. Zeferino Brito removed the duplicates by message reference at 15h30 and the production plans were recalculated; around 300 portions were already cooked and went to the staff canteen.",
  ),
  n(
    'The gateway does not check the EDI interchange control reference for duplicates, so any retransmission creates the orders again. We will add idempotency on the interchange reference (owner: Zeferino Brito, due 30 November).',
  ),
  n('Hangar dock network down after fibre break at roadworks'),
  n(
    'At 11h42 all devices at the hangar dock lost connection to the data centre: handhelds, label printers and the dispatch board. At 12h05 the carrier confirmed a fibre break at the municipal roadworks on the access road to the cargo area. Miguel Antunes switched the dock router to the 4G backup at 12h10, but the bandwidth was enough only for the handhelds, so we printed loading sheets by USB from a laptop. The carrier repaired the fibre at 16h55 and we went back to the normal link at 17h05.',
  ),
  n(
    'The hangar dock has a single fibre path, and the 4G backup was sized for scanners only. The redundancy design from 2019 assumed that loading sheets would always be printed in the main building.',
  ),
  n('Trolley seal scanners stuck in boot loop after firmware update'),
  n(
    'The MDM pushed firmware 8.1 to the Honeywell scanners in the night of 9 to 10 April. About 70 of the 110 scanners went into a boot loop, and the sealing team started the 04h00 shift with only 40 working units. Nilton Varela paused the rollout in the MDM at 04h20 and the team sealed trolleys with paper seal lists, typing the numbers into the system later. Vendor support sent a recovery image at 09h00 and Rhea Pinto had all scanners restored by lunch.',
  ),
  n(
    'The MDM rollout policy sent the update to the whole fleet at once, with no pilot group. Firmware 8.1 has a known issue on devices with less than 500 MB free, which the vendor mentions only in an annex to the release notes.',
  ),
  n('Reporting server disk full, morning KPI report not produced'),
  n(
    'The 06h00 KPI report for on-time catering and waste was not in the managers\' inbox on Tuesday. Fernanda Barbosa checked at 07h15 and found that the reporting PostgreSQL had stopped at 02h48 with "No space left on device". She removed 120 GB of old WAL archive after confirming the backups were good, and the report ran at 08h05. There was no impact on operations; the 08h00 management meeting used Monday\'s numbers.',
  ),
  n(
    'Since the server move in May, WAL archives land on the same disk as the data. The disk alert threshold was at 95%, which at night-time write rates gives about one hour of warning.',
  ),
  n('Amenity kit order file rejected by importer (encoding)'),
  n(
    'The weekly amenity kit order for the long-haul fleet failed at import on Friday with "invalid byte sequence for encoding UTF8: 0xe7". The supplier changed their export to Windows-1252 this week, and the cedilla in the warehouse name "Armazém Conceição" made the whole file fail. Joaquim Menezes converted the file by hand and imported it at 11h30, so the kits were picked in time for the weekend flights.',
  ),
  n(
    'The importer assumes UTF-8 and rejects the whole file on the first bad byte, and the EDI agreement with the supplier does not say which encoding to use. We will ask the supplier to fix UTF-8 in the agreement and make the importer detect the encoding (owner: Joaquim).',
  ),
  n('Staff unable to sign in to the loading app (IdP outage)'),
  n(
    'From 06h12 to 07h03 sign-ins to the loading app failed with "AADSTS90033: A transient error has occurred". The Microsoft status page listed an Entra ID incident in West Europe at 06h20. Users already signed in kept working, but the 06h00 shift logging in on the shared handhelds could not start. Clifford Rodrigues enabled the break-glass local accounts for the dock at 06h30 and the supervisors handed them out per team.',
  ),
  n(
    'The loading app depends on a single identity provider, with no offline or cached sign-in for shared devices. The token lifetime on the handhelds is one hour, so every shift change needs a fresh sign-in.',
  ),
  n('Monthly airline invoice run executed twice'),
  n(
    "The September invoicing job for catering services ran twice on 1 October, at 01h00 and again at 01h20, and sent two sets of invoices to three airlines through the billing EDI. Melissa Colaço in finance saw two invoices with the same amount for the same airline in the morning and raised it at 09h10. We sent credit notes for the duplicates by 12h00, and Melissa wrote to the airlines' accounts payable teams to explain.",
  ),
  n(
    'The scheduler retried the job after a 20-minute timeout while the first run was still working, and the job has no lock to stop a second instance. The billing EDI also accepts two invoices with the same number on the same day.',
  ),
  n('Allergen label mismatch caught at galley 2 before loading'),
  n(
    'At 15h20 on Thursday a packer at galley 2 saw that the label on the business class chicken dish said "no nuts", while the recipe card on the line listed a satay sauce with peanuts. Quality held all 180 portions for four flights, and Elisângela Lima confirmed in the recipe master that the recipe had changed on Monday. The label printing service was still using its cached copy from before the change. Replacement portions were made and loaded, and no flight was delayed.',
  ),
  n(
    'The label service caches recipe data for seven days and does not receive the change event from the recipe master, so allergen changes reach the labels only when the cache expires. For allergen fields there should be no cache at all; the service should read the master on every print.',
  ),
  n('Backups of the galley ERP database failing for nine days'),
  n(
    'During the monthly restore test on 18 January, Sofia Cardoso found that the last good backup of the galley ERP database was from 9 January. The backup job had been ending every night with "ERROR: could not connect to target share", and the notification went only to the console of the old backup tool. Sofia ran a manual full backup at 11h00 and confirmed it with a test restore in the afternoon. There was no data loss.',
  ),
  n(
    'When storage moved to the new NAS, the name of the backup target share changed and the job kept the old path. Job failures create an entry in the backup console but no alert in Opsgenie, and with a monthly restore test a gap of up to a month was possible.',
  ),
  n('Manifest pods evicted under memory pressure on k8s-w3'),
  n(
    'At 13h05 Kubernetes evicted four manifest-service pods from node k8s-w3 with "The node was low on resource: memory". The pods were rescheduled on other nodes, but two of them went into CrashLoopBackOff because the remaining nodes were also close to their limits. Passenger updates for the afternoon wave were delayed by up to 20 minutes. Thiago Nascimento cordoned k8s-w3 and added a node to the pool at 13h40, and everything was stable by 13h55.',
  ),
  n(
    'The reporting batch pods on the same node had no memory limits, so one large monthly export took 14 GB. The cluster had no headroom left after two more services moved onto it in September.',
  ),
  n('Airline schedule API returning 429, aircraft changes delayed'),
  n(
    'From 16h30 on Friday, calls to the airline\'s flight schedule API returned "429 Too Many Requests" and our polling fell behind. Aircraft swaps and retimings reached the galley plan with up to 45 minutes of delay. Adilson Gomes contacted the airline\'s API team, who confirmed a new limit of 60 requests per minute per client, in force since a platform change that morning. We reduced our polling to fit the limit and asked for a higher quota, which they granted on Monday.',
  ),
  n(
    'Our integration polls each flight separately instead of using the delta endpoint, so it makes about 200 calls per minute at peak. The client has no backoff for 429 responses and retried immediately, which made the throttling worse.',
  ),
  n('Loading sheets reachable through a public storage link (security scare)'),
  n(
    "On 5 March an external security researcher wrote to security@ that a blob container with PDF loading sheets was reachable without authentication. Catarina Ribeiro, our security lead, set the container to private at 10h40, 25 minutes after the email, and rotated the SAS tokens. Access logs for the last 90 days showed requests only from our own IP ranges and from the researcher's address. We thanked the researcher and informed the DPO, who decided no notification was needed because loading sheets hold no passenger names.",
  ),
  n(
    'The container dates from a 2021 pilot with tablets at the aircraft door, which needed public blob access, and the setting stayed in place after the pilot ended. Our cloud policy should deny public access at subscription level; today it is only an audit rule.',
  ),
  n('Dispatch board blank — truck tracking vendor outage'),
  n(
    'From 08h50 to 10h20 the dispatch board showed no truck positions because the GPS tracking provider had a platform outage. Their status page said "Degraded performance - Europe" from 09h05. Kátia Fortes, dispatch lead on the morning shift, coordinated the trucks by radio and asked drivers to confirm arrival at each stand by phone. No flight had a delay coded to catering.',
  ),
  n(
    'The dispatch board takes truck positions only from the vendor feed. The trucks also report their position to the fleet telematics unit, which we could use as a second source.',
  ),
  n('Power cut at catering unit — UPS did not hold server room'),
  n(
    'At 19h32 a short power cut in the industrial area hit our building, and the UPS of the local server room dropped the load after 40 seconds instead of the rated 15 minutes. The local print servers, the label servers and the dock Wi-Fi controllers went down. Rui Almeida was on site and started the servers again after the mains came back at 19h36; all services were up by 20h10. For 12 flights of the evening wave we printed the loading sheets from the central site.',
  ),
  n(
    'Two of the four battery strings in the UPS had reached end of life, and the UPS self-test has reported "Battery replacement required" since August, but its SNMP traps went to the old Nagios host, switched off in the spring. The maintenance contract includes a battery check only once per year.',
  ),
  n('New A321neo trolley layout live in production ahead of time'),
  n(
    'On Tuesday morning the loading sheets for the A321neo fleet started showing the new galley layout, with trolley positions that do not exist yet on 9 of the 12 aircraft. The flag service uses one project for staging and production, so turning on new_a321_layout for the staging test on Monday evening also turned it on in production. The dock supervisors saw positions like "G4A" that the aircraft do not have at 05h50 and called the control room. Juliana Rocha turned the flag off at 06h05 and the sheets were regenerated for 26 flights.',
  ),
  n(
    'Staging and production share one project in the flag service, so a flag change in one environment applies to both. The two environments should be separate projects, each with its own API key.',
  ),
  n('Aircraft swap to A321 not reflected in the galley plan'),
  n(
    'The airline swapped the 11h15 Madrid flight from an A320 to an A321 at 07h30, and the ASM message arrived at 07h31. Our system logged "ASM version 3 not supported, message skipped" and the galley plan stayed on the A320 configuration with 174 meals. The ramp agent at the aircraft saw the difference at 10h20 and called our control room; 46 extra meals and two trolleys went out by van and the flight left 9 minutes late.',
  ),
  n(
    'In October the airline moved to a new version of the ASM format for equipment changes, and our parser supports only version 2 and skipped the messages with a warning instead of an error. Skipped schedule messages should raise an alert in the control room.',
  ),
  n('Label printing slow at galley 1 (print spooler backlog)'),
  n(
    "Between 13h00 and 15h30 the meal labels at galley 1 came out 3 to 5 minutes after the request, and trays queued up on the line waiting for labels. Savio D'Souza looked at the print server and found the Windows spooler holding 4,300 jobs, most of them for a printer that no longer exists since the refurbishment. He cleared the queue and restarted the spooler at 15h20, and after that labels printed in under 10 seconds. Action for Savio: add a print-queue review to the refurbishment checklist.",
  ),
  n(
    'The queue for the old printer was still configured, and each job waited for a 30-second timeout before the spooler moved on. The spooler processes jobs one by one, so one dead queue slowed every printer on that server.',
  ),
  n('ERP integration stopped — service account password expired'),
  n(
    'At 03h00 the nightly export of production plans from the ERP to the galley system failed with "LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, data 532". Data 532 means the password has expired. Duarte Lobo, on call, renewed the password of svc-erp-galley at 03h40, updated the secret in the vault and ran the export again. The plans were in the galley system by 04h25, 25 minutes later than usual, with no impact on the first wave.',
  ),
  n(
    'The service account was in an OU with the default 180-day password policy meant for personal accounts. Service accounts should live in a separate OU without expiry, with rotation done through the vault.',
  ),
  n('On-board sales tablets using old exchange rates for three days'),
  n(
    'From 1 to 3 May the crew tablets for duty-free sales on board used the exchange rates of 30 April for GBP, USD and CHF. A purser on a London flight wrote to us that the GBP prices looked low, and Natália Évora in retail found that the rates job had not loaded any file since 30 April. She loaded the current rates manually at 11h00 and the tablets took them at their next sync.',
  ),
  n(
    'The bank moved the daily rates file to a new SFTP folder on 1 May, with one week of notice by email to a general mailbox. Our job found no file and ended with status OK, because "no new file" is treated as a normal case for bank holidays.',
  ),
  n('Some handhelds still talking to the old manifest server after migration'),
  n(
    'We migrated the manifest API to the new cluster on Tuesday night and changed the DNS record at 23h00. On Wednesday morning around a third of the handhelds at the dock were still sending scans to the old server, which we had put in read-only mode, and showed "Upload failed, will retry". Sara Gonçalves saw the errors on the handheld dashboard at 04h50; we put the old server back in read-write at 05h05 and replicated the scans to the new cluster. The handhelds picked up the new address after a reboot, which the supervisors did at the start of each team briefing.',
  ),
  n(
    'The DNS record had a TTL of 24 hours and the handheld OS caches DNS until reboot, so even a lower TTL the day before would not have been enough. The migration runbook should include a step to reboot the devices or to point them to the new server by configuration, not only by DNS.',
  ),
];
