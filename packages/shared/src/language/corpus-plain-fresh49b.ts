import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 49B: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the operations and IT
 * team of a Casablanca rail-freight logistics company (phosphate, containers, cars), in the French-flavoured
 * English of a Moroccan ops team, with Moroccan Arabic, Amazigh and French names.
 */
export const PLAIN_FRESH49B: readonly CorpusItem[] = [
  // 1
  n('Khouribga weighbridge sending zero weights to ERP'),
  n(
    'At 06h15 the loading supervisor at Khouribga, Idir Ait Lahcen, called the service desk because the ERP showed 0.00 t for every phosphate wagon weighed since the night shift. Youssef from the integration team checked the weighbridge gateway and found the line "WB-02 READ OK weight=0 status=UNSTABLE" repeating in the log. We switched the loading to the second weighbridge at 06h50 and the trains left with about 40 minutes of delay. The technician of the scale vendor arrived at 11h00 and replaced the junction box of the load cells, which had water inside after the rain of the night.',
  ),
  n(
    'Water entered the junction box of load cell 3 through a cracked cable gland, and the gateway accepted the unstable reading as a valid zero. The integration should have rejected any weight with status UNSTABLE instead of forwarding it to the ERP.',
  ),
  // 2
  n('EDI to Casa port down, AS2 certificate expired'),
  n(
    'From 00h00 on 14 March all our container messages (IFTMIN, CODECO) to the port community system were refused with "AS2 MDN: signature verification failed". Fatima-Zahra Benali, on astreinte, saw the queue grow to 312 messages at 07h30 and opened a P2. With the port IT team we confirmed that the certificate on our AS2 gateway had expired at midnight. Si Mohammed generated a new certificate, the port imported it at 10h20, and the queue was empty at 10h45. Customers were informed by email that container status was delayed by about 11 hours.',
  ),
  n(
    'The AS2 certificate had a two-year validity and was not in the certificate inventory that our monitoring checks, so no alert came before expiry. The renewal of partner certificates also needs coordination with the port, and this step is written in no runbook.',
  ),
  // 3
  n('Wagon allocation screen very slow after ERP upgrade'),
  n(
    'Monday morning after the ERP upgrade to version 9.4, the wagon allocation screen took 40 to 90 seconds to open for the planners of the Casa Voyageurs office. Hicham from planning raised the ticket at 08h05 and said the car train for Tanger Med could not be planned in time. The DBA, Nadia Chraibi, found a full table scan on WAGON_ASSIGNMENT in the slow query log. She created the index again at 09h40 and the screen came back under two seconds. The Tanger Med train left on its path at 12h10 with no delay.',
  ),
  n(
    'The upgrade script of the vendor drops and recreates the WAGON_ASSIGNMENT table, and our custom index is not part of the vendor schema, so it disappeared with the table. Our upgrade checklist has no step to compare the indexes before and after.',
  ),
  // 4
  n('Nightly invoicing batch failed, recovery area full'),
  n(
    'The invoicing batch that runs at 02h00 stopped at 02h17 with "ORA-19809: limit exceeded for recovery files". Karim, on night astreinte, got the page at 02h20, cleaned the old archive logs with RMAN and relaunched the job at 03h05. The batch finished at 04h40, and the invoices for the phosphate and container customers went out at 08h00 instead of 06h00. Action: Karim to add an alert at 80 % on the recovery area, due end of the month.',
  ),
  n(
    'The fast recovery area was sized for the old volume of invoices; since the new container contracts in January, the archive logs grow two times faster. The RMAN deletion job ran weekly, which is not enough for the new volume.',
  ),
  // 5
  n('Train path times shifted one hour after Ramadan time change'),
  n(
    'On Sunday at 03h00 Morocco moved to GMT+0 for Ramadan, and from that moment the path planning tool showed all departures one hour later than the timetable. The dispatcher at the Casablanca control centre, Rachid, noticed that phosphate train 4102 was displayed at 07h15 while the crew had 06h15 on their sheet. We declared an incident at 05h10 and asked the dispatchers to work from the paper timetable. Amine from IT updated the tzdata package on the application servers and restarted the service at 08h30, and the times were correct after that.',
  ),
  n(
    "The application servers had an old tzdata version without this year's dates of the Ramadan change, because OS packages on these servers are patched only twice a year. The tool should take the time zone from the central time service and not from the local server.",
  ),
  // 6
  n('Suspicious VPN login from abroad on a planner account'),
  n(
    'At 21h40 the SIEM raised "Impossible travel: user s.elidrissi login from Casablanca then Lyon within 35 min". Omar from the security team disabled the VPN session and called Salma El Idrissi, who confirmed she was at the vendor office in Lyon for a training and had connected from her laptop. The Casablanca login was the ERP mobile app on her phone, which still goes out through our proxy. We reactivated the account at 22h30 and closed the incident as a false positive after checking the posture report of the laptop.',
  ),
  n(
    'The impossible-travel rule takes the IP of the proxy for mobile sessions, so every session through the proxy looks like it comes from Casablanca, even when the person is abroad. The rule should exclude the proxy addresses or use the location of the device.',
  ),
  // 7
  n('Locomotive GPS positions frozen, telematics vendor outage'),
  n(
    'From 13h20 the map in the control room showed all 38 locomotives at their last position, with no update. Youssef Amrani checked our side, and the API of the vendor answered "503 Service Unavailable" to every call. We called M. Leclerc at the vendor, who confirmed a platform incident in their Paris data centre. The dispatchers used the radio position reports until 17h05, when the feed came back, and we replayed the missing positions from the backlog file of the vendor the next morning.',
  ),
  n(
    'The vendor platform lost its primary database after a storage failure, and their failover took almost four hours. On our side, the map gives no warning when positions are older than 10 minutes, so the frozen state was not visible at first.',
  ),
  // 8
  n('Core switch down at Ain Sebaa yard office'),
  n(
    'At 10h05 the yard office at Ain Sebaa lost the network: no ERP, no phones, no printers for the waybills. Mustapha, the network technician, found the core switch with the status LED orange and the fan module in failure. He moved the uplinks to the spare switch kept in the rack, and the office was back at 11h20. During the cut the yard team wrote the waybills by hand, and Hajar from billing entered them in the ERP in the afternoon.',
  ),
  n(
    'The fan module of the core switch failed after five years in a room without air conditioning, and the switch went into thermal shutdown. The switch had no redundancy, and its temperature alarm goes only to a local syslog that is not forwarded to the monitoring.',
  ),
  // 9
  n('Customer portal 500 errors after release 3.12'),
  n(
    'Release 3.12 of the customer portal went out at 14h00, and from 14h06 customers who tried to download their container status got HTTP 500. Zineb from the service desk received three calls from freight forwarders and opened a P1 at 14h15. Anas, who led the release, rolled back to 3.11 at 14h28 and the errors stopped. The fix was in the data mapping of the new PDF export, and 3.12.1 was deployed on Thursday after a test on a copy of production data.',
  ),
  n(
    'The new PDF export failed on containers with no seal number, a case that exists in production but not in the staging data. Our pipeline runs the tests only on the staging fixtures, so it could not see this case.',
  ),
  // 10
  n('Customs pre-declarations rejected after office code change'),
  n(
    'From 08h00 our customs broker, Transit Benjelloun, told us that all our pre-declarations for import containers came back rejected with "Erreur 214 : code bureau invalide". Leila from the customs desk compared a rejected file with one accepted last week and saw that the office code changed from 301 to 3010 in the new customs specification. Si Mohammed changed the mapping table in the EDI translator at 11h30 and we sent the 57 declarations again; all were accepted by 13h00. Four containers stayed one more day at the port terminal, and the storage costs were discussed with the customer.',
  ),
  n(
    'The customs administration published the new office codes in a circular that arrived in the general mailbox and did not reach the EDI team. We have no process to follow the regulatory changes of the interfaces we maintain.',
  ),
  // 11
  n('ERP backups failing silently for nine days'),
  n(
    'During the monthly restore test on 22 May, Imane from infrastructure found that the last good backup of the ERP database was from 13 May. The backup job log showed "Status: Completed with warnings - 0 files transferred" every night since then. We launched a full backup manually the same afternoon, it finished at 19h40, and the restore test passed on the 23rd. Action items: Imane to make warnings fail the job and send a page; Brahim to add a check on backup size in the dashboard.',
  ),
  n(
    'After the storage migration, the backup target path pointed to an empty mount, and the backup software treats "nothing to copy" as a warning and not as a failure. The monitoring only checked the final status word "Completed", which the job still printed.',
  ),
  // 12
  n('Server room on battery, generator did not start'),
  n(
    'At 15h32 the city power went off in the Sidi Maarouf zone and our server room went on UPS. The generator did not start automatically, so Abdellah from facilities went to the generator room and started it manually at 15h51. The UPS was at 18 % when the generator took the load. No server went down, but we prepared the shutdown of the test environment in case the battery ran out.',
  ),
  n(
    'The automatic transfer switch had a faulty control relay, so it never sent the start signal to the generator. The monthly generator test starts the engine directly and does not pass through the transfer switch, so this fault stayed invisible until a real power cut.',
  ),
  // 13
  n('Yard checker app crashing on older tablets'),
  n(
    'After the update of the yard inspection app on Tuesday night, the checkers at Mohammedia yard reported that the app closed each time they took a photo of a wagon defect. Ayoub tested on the spare tablets and reproduced it on the Samsung Tab A with Android 9, which are 22 of our 40 tablets. We published the previous version in the MDM at 10h15, and the checkers worked with paper sheets between 06h00 and 10h30. The new version is blocked until the camera library is fixed.',
  ),
  n(
    'The new camera library needs Android 10 or newer, and our test matrix has only the recent tablets of the Casablanca office. The MDM pushes the updates to all devices at once, with no pilot group.',
  ),
  // 14
  n('Duplicate wagon bookings from customer API'),
  n(
    'On Wednesday the planning team of Hind Tazi found 26 bookings created two times for the same shipments of the cement customer, which reserved 52 wagons instead of 26. The API logs showed the customer\'s system retrying after "504 Gateway Timeout", while our backend had in fact created the booking. We cancelled the duplicates by 16h00 and freed the wagons for the allocation of the next day. We called the customer\'s IT to explain and agreed to add an idempotency key on both sides.',
  ),
  n(
    'The booking API did not support an idempotency key, so a retry after a timeout always created a new booking. The timeout of the gateway, 30 seconds, is shorter than the booking time on busy days.',
  ),
  // 15
  n('Container tracking three hours late at Jorf Lasfar'),
  n(
    'From 09h00 the tracking screen showed containers at Jorf Lasfar still "on train" while the terminal had already unloaded them. Mehdi from integration saw the RabbitMQ queue terminal.events with 180 000 messages and its consumer at 100 % CPU. He started two more consumers at 10h20 and the backlog was cleared by 12h10. Customer service sent a short note to the three phosphate customers that positions were late during the morning.',
  ),
  n(
    'On Monday the terminal system started to send one event per scan instead of one per container, which multiplied the volume by twelve. The consumer is single-threaded and has no autoscaling, so it could not follow the new rate.',
  ),
  // 16
  n('Expired TLS certificate on the tracking portal'),
  n(
    'At 08h02 customers opening track.atlasrailfret.ma got "NET::ERR_CERT_DATE_INVALID" in their browser. Khadija from the service desk called the astreinte, and Reda renewed the certificate at the registrar and installed it on the load balancer at 09h15. The service desk answered 14 calls and emails during that hour. Action: Reda to move the portal to automatic renewal with ACME; Khadija to add the portal to the external monitoring.',
  ),
  n(
    'The certificate was bought for one year with a manual renewal, and the reminder email went to an old vendor contact address. No monitoring checked the expiry date of our public certificates.',
  ),
  // 17
  n('Arrival notices bounced, mail relay IP on blacklist'),
  n(
    'On Friday the customers did not receive their arrival notices, and the mail relay log showed "550 5.7.1 Service unavailable; client host blocked using Spamhaus". Said from IT checked and our public IP was listed since Thursday evening. We moved the outgoing mail to the secondary relay at 12h40 and asked for the delisting, which came on Saturday morning. During the cut, the service desk sent the 41 urgent arrival notices from Outlook one by one.',
  ),
  n(
    'A test server in the DMZ came back from a reinstall as an open SMTP relay, and spam traffic went out through it with the same public IP as our main relay. The reinstall template does not include the relay restriction, and there is no scan of the DMZ for open services.',
  ),
  // 18
  n('ERP very slow during month-end closing'),
  n(
    'On 31 January from 16h00 the ERP took more than one minute for each screen, and the accounting team could not finish the closing entries. Nadia Chraibi saw the database server at 98 % CPU with the cost allocation report running for 14 users at the same time. We agreed with accounting to run the report one person at a time, and the response time came back to normal at 17h30. The closing finished at 22h00, two hours later than planned.',
  ),
  n(
    'The cost allocation report was rewritten in December and does a full scan of the movements table for each cost centre. The database server has the same 8 cores as in 2019 while the volume of movements is three times bigger, and we have no load test for month-end.',
  ),
  // 19
  n('Ransomware alert on file server, false positive'),
  n(
    'At 19h25 the EDR console raised "Ransomware behaviour detected: mass file rename on FS-CASA-02" and isolated the file server automatically. Omar from security joined the call with Brahim from infrastructure, and they checked the process: it was the archive tool renaming 30 000 scanned delivery notes to the new naming convention. After confirmation with the document management vendor, we released the isolation at 20h40 and added an exclusion for the tool. The finance team had no access to the shared folders during one hour and fifteen minutes.',
  ),
  n(
    'The archive tool renames files in mass, which matches the ransomware pattern of the EDR. The change request for the new naming convention had no step for a security review, so no exclusion was prepared before the run.',
  ),
  // 20
  n('Wagon RFID reader at Settat not reading tags'),
  n(
    'Since Saturday night the automatic wagon identification at Settat recorded trains with only 10 to 20 % of their wagons. On Monday at 09h00 Laila Ouazzani from data quality saw the gap in the consist report and opened the ticket. Lahcen, the field technician, went on site and found the antenna cable cut near the track, where the drainage works had started. He replaced the cable at 15h00, and the reader went back to 99 % read rate on the next train.',
  ),
  n(
    'The antenna cable runs in a shallow trench next to the drainage ditch and is not shown on the site plan used for track works, so the works went ahead with no warning about it. The reader sends no alert when its read rate falls, so the problem was visible only in the weekly report.',
  ),
  // 21
  n('Internal hostnames resolving to old addresses after DNS migration'),
  n(
    'After the migration of the internal DNS to the new domain controllers on Saturday, several ERP clients of the Kenitra agency connected to the old application server, which was stopped. Mohamed Alaoui from the service desk got six tickets between 08h00 and 08h30 on Monday with "Connexion au serveur impossible". Reda found that the record erp-app.atlas.local still had the old IP in the secondary zone. He corrected the record and flushed the caches at 09h10, and the agency was working again at 09h20.',
  ),
  n(
    'The secondary zone was built from an export, and the changes after the export date did not come with it. The migration plan had no step to compare the two zones before stopping the old servers.',
  ),
  // 22
  n('Weekly train path requests rejected by ONCF portal'),
  n(
    'On Thursday the weekly path requests for 18 trains were rejected by the ONCF portal with "XSD validation failed: element \'priorite\' not expected". Fatima-Zahra Benali contacted the capacity office, who confirmed that a new version of the schema went live on Monday. Youssef adapted our export to the new schema, and we sent the requests again on Friday at 10h00, before the deadline of 12h00. All paths were confirmed for the next week.',
  ),
  n(
    'The new schema was announced on a distribution list where our company was not registered. Our export does no validation against the published schema, so we see a change only when the portal refuses the file.',
  ),
  // 23
  n('Vehicle labels not printing at Tanger Med car terminal'),
  n(
    'At 05h30 the car loading team at Tanger Med could not print the barcode labels for the 240 vehicles of the morning train. Ilyas, on the night shift, restarted the print spooler, but the job stayed in "Error - Printing" state. At 06h45 we found that a Windows update installed during the night on the print server had replaced the Zebra driver with a generic one. Ilyas reinstalled the Zebra driver at 07h20, the labels came out, and the train left at 09h05 instead of 08h00.',
  ),
  n(
    'The print server was in the default Windows Update group, which installs driver updates automatically. Print servers of the terminals should be in a separate group where driver updates are blocked until tested.',
  ),
  // 24
  n('Fleet maintenance software locked, licence expired'),
  n(
    'On 1 July at 07h00 the maintenance workshop at Casa port could not open the fleet maintenance application: "Licence invalid - contact your vendor". Hamid, the workshop chief, called the IT astreinte, Amine, who saw that the licence file expired on 30 June. We called the vendor, and Mme Dupont sent a temporary licence at 10h30 while the annual contract was in signature. The workshop did the morning inspections on paper forms and entered them in the afternoon.',
  ),
  n(
    'The contract renewal was waiting in the purchasing workflow since May for a budget line that had moved to the new cost centre. The licence file has a hard expiry date with no grace period, and nothing alerts before that date.',
  ),
  // 25
  n('Control room dashboards showing data two hours old'),
  n(
    'At 14h00 the shift leader in the control room, Souad, saw that the wagon dashboard did not show the train that had just arrived at Ain Sebaa. The reporting database was two hours behind production, with "Seconds_Behind_Master: 7214" on the replica. Brahim found a long reporting query locking the replication thread, stopped it, and the replica caught up at 15h10. The dashboards now show the age of the data in the top corner.',
  ),
  n(
    'A heavy ad-hoc reporting query on the replica held locks that blocked the replication thread. The replica has no limit on query duration and no alert when the lag goes above five minutes.',
  ),
  // 26
  n('Fuel reporting service restarting in loop (OOMKilled)'),
  n(
    'From 03h00 the locomotive fuel consumption service restarted every few minutes, with "OOMKilled" in the pod status. Zakaria Bennani, on astreinte this week for the platform team, raised the memory limit from 512 Mi to 1 Gi at 04h10 and the pods became stable. In the morning we found that the import of the monthly fuel card file loads the whole file in memory. I will change the import to read the file in batches, ticket FUEL-221.',
  ),
  n(
    'The monthly fuel card file grew from 40 MB to 310 MB when the new fuel supplier started to send one line per transaction. The service reads the whole file in memory, and its memory limit was set for the old size.',
  ),
  // 27
  n('Self-service password reset broken after AD restructuring'),
  n(
    'Since Tuesday, users who tried to reset their password on the self-service portal got "Access denied (0x80070005)". The service desk, Khadija and Soufiane, did 63 manual resets in two days. Reda found that the service account of the portal had lost the "Reset password" right on the users OU when the new OU structure was applied. He gave the delegation back on Thursday at 11h00 and tested with three accounts.',
  ),
  n(
    'The script that created the new OU structure did not copy the delegated permissions of the old OUs. The portal has no health check that tests a real reset, so the error showed only when users tried.',
  ),
  // 28
  n('Wi-Fi down in Mohammedia yard after firmware update'),
  n(
    'On Monday at 06h00 the handheld terminals in the Mohammedia yard could not connect to the Wi-Fi, so the wagon checks could not be sent. Mustapha saw that the 12 outdoor access points were in a reboot loop since the controller pushed firmware 8.10 at 02h00. He rolled back the firmware from the controller at 07h30, and the access points came up one by one until 08h15. The yard clerks entered the checks done on paper during these two hours in the morning.',
  ),
  n(
    'The controller was configured to install new firmware automatically in the maintenance window, and version 8.10 has a known bug with the outdoor model we use. We should have a test access point in the office that receives the updates one week before the yard.',
  ),
  // 29
  n('Phosphate tonnage report multiplied by 1000 for two days'),
  n(
    'On Wednesday the weekly report for the commercial director showed 2.4 million tonnes carried from Benguerir on Monday, instead of about 2 400 tonnes. Hajar from BI traced the numbers to the new weighbridge integration, which sends weights in kilograms while the data warehouse expects tonnes. We corrected the two days of data in the warehouse, and the report went out again at 16h00 with a note. Invoices were not affected, because billing reads the ERP and not the warehouse.',
  ),
  n(
    'The interface contract of the new integration did not state the unit of the weight field, and the warehouse load has no range check on daily tonnage. A check that refuses a value ten times above the usual daily maximum would have stopped the load.',
  ),
  // 30
  n('Crew call-out SMS not delivered, SMS provider outage'),
  n(
    'Between 17h00 and 20h30 the crew call-out SMS for the night trains were not delivered, so two night trains left Sidi Kacem depot with 35 minutes of delay. Yassine, shift leader at crew management, noticed that no driver had confirmed and called the IT astreinte at 18h10. Our gateway log showed "HTTP 200 accepted" from the provider, but the delivery reports stayed at "PENDING". We called the drivers by phone for the rest of the evening, and the provider confirmed a failure of its link with one of the mobile operators.',
  ),
  n(
    'The SMS provider had an interconnection failure with one operator and kept accepting messages without delivering them. Our system does not watch the delivery reports, and there is no fallback to a second provider or to a voice call.',
  ),
];
