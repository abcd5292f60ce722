import { type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Fresh plain text 49A: incident titles, reports and root causes with no blame, written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: the box office and IT
 * team of a Vienna opera and concert house (ticketing, season subscriptions, standing-room queue), in the formal
 * English of a Viennese institution, with Austrian, Hungarian, Serbian, Croatian and Czech names.
 */
export const PLAIN_FRESH49A: readonly CorpusItem[] = [
  n('Subscription renewal run stopped at 41 % on 3 March'),
  n(
    'The nightly subscription renewal job started at 01:00 and stopped at 02:37 with "PSP timeout after 30000 ms", after charging 4,812 of 11,730 subscribers. Dragan Petrović, on call for ticketing, acknowledged the page at 02:41 and paused the scheduler so that no partial second run could start. At 08:15 Mag. Huber confirmed with the payment provider that their tokenisation endpoint had been degraded between 02:30 and 03:10. We restarted the job from its checkpoint at 09:00, and it completed at 10:52 without duplicate charges.',
  ),
  n(
    'The renewal job treated a single payment provider timeout as fatal for the whole batch instead of retrying the affected subscriber later. It also had no progress alert of its own, so the stop surfaced only through the generic job-failure page.',
  ),
  n('Webshop seat map blank for Parterre and boxes'),
  n(
    'From 14:05 on Saturday the seat map in the webshop showed an empty plan for the Parterre and the boxes, while Galerie and Balkon rendered normally. Zsófia Kovács from the box office reported it at 14:20 after three customers telephoned to ask why no seats were offered for Tosca. Ing. Novák found that the CDN was serving a 0-byte SVG for those two sections and purged the cache at 14:48; the plan reappeared within two minutes. In the meantime the box office took orders for the affected performances by telephone.',
  ),
  n(
    'During the 14:04 seat-map deployment the origin returned an empty SVG for about forty seconds, and the CDN cached that response for 24 hours because its cache rules did not exclude empty bodies. The deployment should have warmed the new seat plans before switching traffic to them.',
  ),
  n('Standing-room queue overloaded at premiere sales opening'),
  n(
    'Online standing-room sales for the Ring premiere opened at 10:00, and by 10:01 the queue service was answering 38 % of requests with HTTP 503. Marko Jovanović declared a major incident at 10:04 and scaled the queue front-end from 4 to 12 instances, which brought errors below 1 % by 10:11. Frau Dr. Schwarz approved a notice for the website and social channels explaining that all queue positions would be honoured. All 567 standing places were sold by 10:46, and house management received a list of customers whose sessions had dropped so that the box office could assist them.',
  ),
  n(
    'The autoscaling policy reacted to CPU load averaged over five minutes, which is far too slow for a sales opening where traffic rises forty-fold in under a minute. The premiere capacity plan still described the previous platform, as it predates the move to the new queue service in 2023.',
  ),
  n('Expired certificate on box-office terminal API'),
  n(
    'At 08:30 on Monday all eleven box-office terminals at the Operngasse counters showed "SSL handshake failed: certificate has expired" when opening the sales screen. Katharina Wimmer from IT support confirmed that the certificate for terminals-api.internal had expired at midnight and issued a new one from the internal CA at 08:52. The terminals reconnected after a restart at 09:05. The counters opened 35 minutes later than usual, and front-of-house staff looked after the guests waiting outside.',
  ),
  n(
    'The certificate for the terminal API dates from 2022 and sat outside the automated renewal that covers our public endpoints. Our certificate monitoring scanned only external hostnames, so it had no view of internal ones.',
  ),
  n('Card payments declined during 3-D Secure outage at provider'),
  n(
    'Between 19:12 and 20:03 on Thursday about 70 % of card payments in the webshop ended with "3DS authentication unavailable (code 91)". Lukas Gruber saw the payment success rate drop on the dashboard at 19:18 and opened a ticket with the payment provider, whose status page confirmed a disruption of their 3-D Secure server at 19:25. At 19:30 we switched on the checkout banner suggesting that customers try again later or pay at the box office. The provider resolved the fault at 20:03, and the success rate returned to the usual 96 %.',
  ),
  n(
    'The 3-D Secure service at our payment provider failed in one of its data centres, and our integration had no fallback acquirer configured. A contract with a second provider has been under discussion since the autumn but was not yet in place.',
  ),
  n('Surtitles froze in the second act of Rusalka'),
  n(
    "At 20:41, during the second act of Rusalka, the surtitle displays in the seat backs and above the proscenium froze on the same line. The surtitle operator, Jana Procházková, switched to the backup playback laptop at 20:44, and the titles resumed from the correct cue at 20:46. House management made no announcement during the performance and added a short apology to the next morning's customer email. Afterwards Ing. Novák found that the main playback PC had rebooted after a power supply fault.",
  ),
  n(
    'The main surtitle PC had a single power supply, which failed under load, and it was not connected to the stage UPS. Switching to the backup laptop is a manual step that takes about two minutes, which the current set-up tolerates but cannot avoid.',
  ),
  n('Same seat sold twice for two Fledermaus performances'),
  n(
    'On 31 December the entrance scanners reported "DUPLICATE SEAT: Parkett Reihe 7 Platz 12" for two ticket holders, and a second pair appeared at the 1 January matinee. The ushers seated both parties in held house seats, and Bernadette Pichler from customer service wrote to all four guests with an apology and a voucher. Dragan Petrović traced the duplicates to reservations made within the same 200 milliseconds from the webshop and a box-office terminal. A hotfix that takes a row-level lock on the seat record went out on 2 January.',
  ),
  n(
    'The reservation service checked seat availability and wrote the booking in two separate transactions, so two sales channels could reserve the same seat in the gap between them. Our load tests had exercised only one sales channel at a time.',
  ),
  n('Checkout slow after database upgrade'),
  n(
    'After the database upgrade on Tuesday night, the checkout page took between 8 and 14 seconds to load instead of under one second. Ágnes Szabó picked up the alert "checkout_p95 > 5s for 10m" at 07:20 and opened an incident. From the slow-query log she identified a full table scan on the orders table, and at 09:10 she rebuilt the missing index on customer_id. Latency was back to normal at 09:25; the counters were not affected, as the terminals use a different query path.',
  ),
  n(
    'The migration tool recreated the tables from a schema export that did not contain indexes added after 2019. The post-migration checks compared row counts only, not indexes or query plans.',
  ),
  n('Phishing mails imitating our ticket shop'),
  n(
    'On Sunday morning several subscribers forwarded us an email headed "Ihre Abonnement-Erneuerung ist fehlgeschlagen" that linked to a look-alike domain asking for card details. Miloš Stojanović from IT security confirmed at 10:15 that the mail had not come from our systems and reported the domain to the registrar and to CERT.at. Frau Mag. Eder published a warning on the website and in the subscriber newsletter by 13:00. The registrar suspended the look-alike site on Monday at 16:40, and we found no sign of access to our customer data.',
  ),
  n(
    'The senders used a domain one letter away from ours and copied the layout of our renewal mails, which every subscriber receives each spring. We had no monitoring for newly registered look-alike domains, which would have given us earlier warning.',
  ),
  n('Counter ticket printers producing blank tickets'),
  n(
    'From 09:00 on Wednesday the thermal ticket printers at four of the six counters in the Kassenhalle produced blank stock. Petra Kolar at the counter offered customers print-at-home PDFs while IT support investigated. Stefan Hofbauer found that the overnight Windows update had replaced the printer driver with a generic one that ignores the ticket layout, and he rolled the driver back at 10:20. He applied the same rollback to the remaining two counters before they opened at 11:00.',
  ),
  n(
    'The counter PCs were in the same Windows update ring as the office laptops, so driver updates reached them without any test on ticket stock. The printer vendor does not publish its driver through Windows Update, which let the generic driver take precedence.',
  ),
  n("Webshop release 5.14 showed last season's prices"),
  n(
    "Release 5.14 of the webshop went live at 11:00 on Tuesday and, for the next 52 minutes, displayed 2024/25 prices for the new season's performances. Nikola Babić rolled back to 5.13 at 11:52, once the box office reported that Kategorie 1 cost 22 euros less on the web than at the counter. Of the 143 orders placed in that window, 61 carried the old price, and Frau Dr. Schwarz decided that the house would honour them. I have added a release step that compares the price table with the ticketing system before traffic is switched over.",
  ),
  n(
    'The build pipeline reused a cached configuration artefact for the price categories instead of fetching the current one, and no step compared the two. The pipeline should have invalidated that cache when the season changed.',
  ),
  n('Order confirmation emails delayed by up to six hours'),
  n(
    'On Friday evening customers began calling the box office because their order confirmations and e-tickets had not arrived. Tomáš Dvořák checked the mail relay at 21:10 and found 18,000 messages queued with "421 4.7.0 Try again later" from the largest Austrian mail provider. He reduced the sending rate and asked the provider to lift the throttling, and the queue had drained by 03:40. The box office reprinted e-tickets for guests who arrived at that evening\'s performance without them.',
  ),
  n(
    "The season newsletter and the order confirmations were sent from the same IP address, so the newsletter volume triggered the provider's rate limit for all of our mail. Transactional mail should have its own sending address and a higher priority in the relay.",
  ),
  n('Entrance scanners rejecting valid tickets, Großer Saal'),
  n(
    'At 18:50 on Saturday the handheld scanners at the Großer Saal entrances began showing "Ticket not yet valid" for guests of the 19:30 concert. The front-of-house manager, Herr Leitner, moved the ushers to manual checks against the printed guest list at 18:55, and the concert began eight minutes late. Ivana Horvat found that six of the twenty scanners had clocks running 47 minutes behind after a firmware update had reset their NTP settings. She set the time server again on all devices and tested each of them before the interval ended.',
  ),
  n(
    'The scanner firmware update restored the factory network settings, including the time server, and the device management console does not report clock drift. Ticket validity is checked on the device itself, so a wrong clock was enough to reject valid tickets.',
  ),
  n('Umlauts garbled in subscriber export to CRM'),
  n(
    'On 12 February the marketing department noticed that names such as "Gräfin Schönborn" appeared in the CRM as "GrÃ¤fin SchÃ¶nborn" after the weekly subscriber export. Zsófia Kovács confirmed that 3,904 records with non-ASCII characters were affected, including Hungarian and Czech names with ő, ű and ř. Mag. Steiner from the data team restored the affected fields from the previous week\'s snapshot on 13 February and re-ran the export with the encoding set explicitly. We held the subscription renewal letters back by one day so that none went out with damaged names.',
  ),
  n(
    "The export script relied on the server's default character encoding, which changed from UTF-8 to Latin-1 when the host moved to a new base image. The CRM import accepted the double-encoded text without any validation.",
  ),
  n('Nightly revenue report missing, reporting disk full'),
  n(
    'The daily sales and revenue report for the director\'s office did not arrive on Monday morning. Ferenc Tóth checked the reporting server at 08:05 and found "No space left on device" in the job log at 02:14. He removed two years of temporary extract files, freeing 180 GB, and ran the report by hand; the finance department had it at 09:30. Action: disk-usage alert at 80 % for the reporting server, owner Ferenc Tóth, due Friday.',
  ),
  n(
    'The extract job wrote temporary files to the data disk and never removed them, so usage had grown steadily since 2023. The reporting server was outside the disk alerting that covers our other servers.',
  ),
  n('Credential-stuffing attempts against customer accounts'),
  n(
    'On Wednesday at 03:20 the web application firewall raised "login failure rate 2,300/min from 1,100 IPs" for the webshop login. Miloš Stojanović, on call, enabled the CAPTCHA challenge for logins at 03:35, and the failure rate fell to background levels within ten minutes. Our logs show 14 successful logins from the attacking addresses; we locked those accounts, and Bernadette Pichler wrote to their holders on Wednesday morning asking them to choose a new password. No card data is exposed through the account page, as card tokens are held by the payment provider.',
  ),
  n(
    'The attackers used email and password pairs leaked from other services, and our login page allowed unlimited attempts per account without a challenge. Rate limiting existed only per IP address, which a distributed botnet stays under with ease.',
  ),
  n('Server room power cut, UPS held for four minutes'),
  n(
    'At 16:12 on Sunday a fault in the building supply cut power to the server room in the administration wing. The UPS should have carried the load for 30 minutes but shut down after four, taking the ticketing database and the box-office terminals with it. Ing. Novák, who was on site for the matinee changeover, started the diesel generator manually at 16:25 and brought the database up by 16:50 after a consistency check. Until 17:05 the box office sold tickets for the evening performance from a printed seat plan.',
  ),
  n(
    'The UPS batteries had reached the end of their service life, and the self-test reported only pass or fail without an estimate of runtime. The generator is not wired to start automatically for this part of the building.',
  ),
  n('Webshop unreachable after DNS provider incident'),
  n(
    'From 07:45 to 09:20 on Thursday many customers could not reach the webshop, as their resolvers returned SERVFAIL for our domain. Tomáš Dvořák confirmed with dig that two of the four authoritative name servers at our DNS provider were not answering, and the provider acknowledged an incident on its status page at 08:10. With a TTL of 300 seconds on our records, the disruption reached customers quickly but also ended soon after the provider recovered at 09:15. The box office extended its telephone hours that morning.',
  ),
  n(
    'Our DNS zone was hosted with a single provider, so an outage there took our domain offline. Action: add a secondary DNS provider, owner Tomáš Dvořák, by the end of the quarter.',
  ),
  n('Gift voucher redemption fails for partial amounts'),
  n(
    'Since Monday, customers paying part of an order with a gift voucher had received "Voucher amount mismatch" at checkout. Petra Kolar at the box office reported that the counter terminals accepted the same vouchers, which limited the fault to the web. Nikola Babić found that after a library update the webshop rounded voucher balances to whole euros, while the ticketing system kept the cents. The fix went live on Wednesday at 17:00, and customer service contacted the 37 customers whose redemptions had been refused.',
  ),
  n(
    'An update to the currency formatting library changed its default rounding mode, and the webshop compared the formatted strings rather than the numeric amounts. Our tests used only vouchers with whole-euro balances.',
  ),
  n('Push notification sent to all app users instead of one segment'),
  n(
    'At 12:00 on Friday the app sent "Ihr Abo-Konzert heute: Einlass ab 18:30" to all 46,000 app users instead of the 900 holders of the Friday concert subscription. Katharina Wimmer from the digital team saw the delivery count in the console at 12:03 and sent a short correction at 12:20. Customer service took about 60 calls, mostly from people checking whether they held tickets for that evening. We paused all scheduled notifications until the segment check described below was in place.',
  ),
  n(
    'The segment query timed out, and the notification service treated the empty result as "no filter" and fell back to all users. The service should refuse to send whenever a segment returns an error or no recipients.',
  ),
  n('Livestream encoder crash during Don Giovanni'),
  n(
    'During the live stream of Don Giovanni the primary encoder crashed at 20:17, and viewers saw a frozen picture for about three minutes. The streaming technician, Jakob Brandstätter, switched the stream to the backup encoder at 20:20, and the picture returned with a brief gap in the sound. The encoder log ended with "Out of memory: Killed process 2231 (ffmpeg)". Subscribers to the streaming service received a link to the full recording the following day.',
  ),
  n(
    'The encoder host was running a new graphics overlay for the surtitles, which leaked memory over the course of the evening. The backup encoder stood by in cold standby rather than running in parallel, so the switch took minutes rather than seconds.',
  ),
  n('Standing-room tokens expired an hour early after clock change'),
  n(
    'On the Sunday after the change to summer time, customers holding standing-room queue tokens for the 11:00 matinee saw them marked "expired" from 09:30. Dragan Petrović found at 09:50 that the token service calculated expiry in local time while the validation service used UTC. He extended all affected tokens by one hour with a database update at 10:05, and the box office accepted screenshots of tokens for the rest of the morning. Ing. Novák will move both services to UTC, due in April.',
  ),
  n(
    'The two services handled time zones differently, which shows only on the two nights a year when the offset changes. Our test suite contained no daylight-saving transition.',
  ),
  n('Ticketing database backups failing silently for nine days'),
  n(
    'During the monthly restore test on 9 May, Ágnes Szabó found that the latest usable backup of the ticketing database dated from 30 April. Since 1 May the backup job had ended every night with "pg_dump: error: connection to server lost", while the scheduler recorded it as successful. We took a manual backup at 11:30 that day and then corrected the exit-code handling in the backup script. No data was lost.',
  ),
  n(
    'The wrapper script piped pg_dump into the compression tool, and the shell returned only the exit code of the last command in the pipe. The monitoring checked that a file had been written, not that it was complete.',
  ),
  n('Foyer Wi-Fi outage takes mobile sales tablets offline'),
  n(
    'At 18:40 on Tuesday the mobile sales tablets in the Gustav Mahler foyer lost their connection, just as guests were queuing for programme booklets and last-minute upgrades. Stefan Hofbauer from IT found the foyer access points rebooting in a loop and moved the tablets to the staff LTE hotspot at 18:55. After the performance, at 21:30, he reverted the access points to the previous firmware, and they have been stable since. The foyer staff sent guests to the programme desk at the main entrance during those fifteen minutes.',
  ),
  n(
    'The wireless controller applied a firmware update automatically at 18:30, and the new version has a known reboot loop on our model of access point. Automatic updates were on by default and not restricted to hours without performances.',
  ),
  n('Wheelchair places not bookable online for the new season'),
  n(
    "On the first day of online sales for the new season, Frau Dr. Schwarz received an email from an association for accessible culture saying that no wheelchair places could be selected for any performance. Zsófia Kovács confirmed that the seat map showed the wheelchair spaces in the Parterre as ordinary standing positions without the accessibility flag. Mag. Steiner restored the flag from last season's plan at 15:10, and the box office telephoned the association the same afternoon to offer priority bookings. Action: add the accessibility places to the seat-plan release checklist, owner Zsófia Kovács.",
  ),
  n(
    'The seat plan import from the venue planning software dropped custom seat attributes, including the accessibility flag, because the new file format stores them in a different field. The import reported success, as it did not compare attributes with the previous plan.',
  ),
  n('Refunds for cancelled concert processed twice'),
  n(
    'After the house cancelled the concert of 14 November at short notice, the refund batch started at 17:00 and received a timeout from the payment provider at 17:22. The retry logic resubmitted the whole batch at 17:30, and 1,260 customers were refunded twice. Lukas Gruber spotted the duplicate entries in the settlement file the next morning and contacted the provider, who reversed the second refunds within three days. Bernadette Pichler wrote to the affected customers to explain the two entries on their statements.',
  ),
  n(
    'The refund requests carried no idempotency key, so the provider treated the resubmitted batch as new requests. The batch retry should have resumed after the last confirmed refund rather than from the beginning.',
  ),
  n('Staff single sign-on down after signing certificate rollover'),
  n(
    'From 07:00 on Monday the ticketing back office rejected all staff sign-ins with "SAML response signature validation failed", while the intranet and the house management rota still worked. Ivana Horvat found that the identity provider had rolled over its token-signing certificate overnight and that the back office still trusted only the old one. She imported the new metadata at 08:10, and sign-in to the back office worked again by 08:25. The box office opened on time using the local counter accounts.',
  ),
  n(
    "The back office read the identity provider's metadata once at installation instead of refreshing it automatically. The provider announced the rollover weeks in advance, but its notices went to a shared mailbox that had not been routed to any team since the reorganisation in 2024.",
  ),
  n('Seat-map service restarting every few hours'),
  n(
    'From Tuesday onwards the seat-map service restarted roughly every four hours, each time leaving the webshop without seat selection for about ninety seconds. Nikola Babić matched the restarts to "OOMKilled" events in the cluster and saw memory grow steadily between them. A heap snapshot on Thursday showed seat plans for every performance ever requested held in an in-process cache without eviction. On Friday he released a fix that limits the cache to 500 plans, and the service has run without a restart since.',
  ),
  n(
    'The in-process cache had no size limit, which did no harm while only the current season was loaded but grew without bound once the archive of past seasons became browsable. The container memory limit turned that growth into restarts.',
  ),
  n('Season programme launch traffic exceeded webshop capacity'),
  n(
    'When the new season programme went online at 10:00 on 15 April, traffic to the webshop reached six times the usual peak. Pages slowed from 10:02, and between 10:08 and 10:31 around 12 % of requests ended in HTTP 504 at the load balancer. Mag. Huber, as incident lead, asked the hosting provider to raise our instance quota, which took effect at 10:25, and Ferenc Tóth switched the programme pages to static caching at 10:28. Subscription sales continued throughout, if more slowly than planned.',
  ),
  n(
    'The programme pages were rendered dynamically on the same servers as the checkout, and our quota with the hosting provider capped autoscaling at eight instances. The launch date stood in the marketing calendar but not in the capacity planning.',
  ),
  n('RAID controller fault on box-office database server'),
  n(
    'At 05:30 on Wednesday monitoring reported "Controller 0: battery backup unit failed, write cache disabled" on the on-premises database server behind the box-office terminals. With the write cache off, each terminal transaction took three to four seconds once the counters opened at 10:00. Ing. Novák arranged an emergency replacement with the hardware vendor, whose technician fitted the new unit at 14:15 while the box office ran on the replica. Normal response times returned at 14:40.',
  ),
  n(
    "The battery unit on the RAID controller was past its expected life, and its warnings in the preceding weeks appeared only in the controller's own log, which our monitoring did not read. The support contract offered next-business-day response only, so a same-day repair depended on the vendor having a technician free.",
  ),
];
