import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 40C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a food and parcel delivery
 * company in Manila and Jakarta whose rider-assignment service sent riders to the wrong city after a
 * geofence change, in Taglish- and Indonesian-flavoured English across rider-ops chat, a war-room thread,
 * a post-mortem, a merchant-partner message and an HR note.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Honestly, this whole wrong-city mess is on Jomar, he pushed the polygon update without asking anyone.'),
      b('The three-hour dispatch outage in Metro Manila is attributable to Dewi Lestari and her Friday geofence edit.'),
      b('Pak Hendra owns this one: the 11,400 misrouted orders trace straight back to the config he approved.'),
      b('Kristine, sorry ha, but the Jakarta riders getting Makati pickups is 100% your doing.'),
      b('For the record in the PM doc, the ₱2.3M in merchant refunds falls squarely on Marvin Dela Cruz.'),
      b("Bekasi losing a full day of orders is Agus Setiawan's fault and nobody else's."),
      b('Ang daming cancelled orders kahapon, and that is all thanks to Rhea and her "quick tweak" sa zone map.'),
      b('Management wants it written plainly that the refund bill belongs to Bayu, since the change was his.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Paolo is too junior to be editing production geofences, he barely knows what a polygon is.'),
      b("Frankly, Mbak Ratna doesn't have the skills for city-level config work and this incident proves it."),
      b('Si Carlo, magaling sa Excel pero walang alam sa dispatch logic, that is the real problem here.'),
      b('Our rider-ops lead in Jakarta lacks the experience to run a city migration, and it showed on Tuesday.'),
      b('Wahyu is a decent dispatcher but he is out of his depth with GIS tooling.'),
      b("HR note: Jessa Manalo's review should reflect that she is not yet competent to handle zone configuration."),
      b('Eko cannot even read a lat-long properly, so of course the Tangerang polygon ended up in Pasig.'),
      b('Kulang talaga sa experience si Aileen, two months pa lang siya tapos city-wide geofence agad.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Fajar was the on-call that night and he never acknowledged the first three pages.'),
      b('The QA reviewer signed off on the geofence ticket without doing the map check that her role requires.'),
      b("Darlene's job was to validate the zone IDs before release, and she did not do it."),
      b('Kuya Rodel was rostered to watch the assignment dashboard during the deploy, pero hindi niya binantayan kahit isang beses.'),
      b('As release captain, Yusuf failed to run the rollback when the wrong-city alerts started.'),
      b('Our Jakarta city manager neglected her duty to inform merchants, so restos kept cooking for riders who were stuck in Manila.'),
      b("Nobody from the Manila dispatch shift did their hourly route audit that afternoon, which is literally the shift's assignment."),
      b('Bu Wulan skipped the change-advisory review she is supposed to chair every Thursday.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The Manila polygon was carelessly overwritten with Jakarta coordinates and then left there for hours.'),
      b('The geofence change was pushed by Teguh without a second pair of eyes.'),
      b('Mistakes were made in the zone mapping, and the warning emails were ignored.'),
      b('The rollback was botched by the night-shift engineer, and riders were stranded for another hour.'),
      b('Alerts about riders crossing into the wrong city were dismissed as noise by the ops lead on duty.'),
      b('The staging config was negligently promoted to production without anyone bothering to check it.'),
      b('Sa totoo lang, the city_id mapping was fumbled by Raffy, at hindi na-fix until morning.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever touched the Jakarta geofence on Friday night owes the riders an apology.'),
      b('The new hire who copied the polygon file is the reason Pasay riders got orders in Kemang.'),
      b('Yung nag-approve ng PR na yan, siya ang may kasalanan kung bakit 900 riders ang naligaw.'),
      b('It was the contractor from the mapping vendor, the one who never asks questions, who broke city assignment.'),
      b('The person who muted the #dispatch-alerts channel is why this dragged into the dinner peak.'),
      b('Somebody on the Jakarta team who thinks testing is optional caused this, and we all know who.'),
      b('That guy yang deploy jam 11 malam, dia yang bikin semua rider nyasar to the wrong city.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Dimas should never have been given write access to the production geofence store.'),
      b('If we had not let an intern near the zone config, Manila riders would still be in Manila.'),
      b('Gilang should not have been on call alone that weekend, he is not someone you can trust with prod.'),
      b("Honestly, Lovely shouldn't have been allowed to approve her own geofence PR."),
      b('Rizky was never the right person to hand the city cutover to, and someone senior should have said no.'),
      b('Sana hindi na lang binigyan si Nestor ng admin sa dispatch console, alam naman natin ang track record niya.'),
      b('A vendor engineer like Ketut should not have had approval rights over our rider-assignment rules.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did this? It was Bambang, the commit has his name on it.'),
      b('Let me be clear to everyone in this thread: Arnel is the one at fault.'),
      b('Hanapin natin kung sino ang nag-push, I want a name before the 3pm call.'),
      b('The culprit behind the wrong-city dispatches is Putri from the geo squad.'),
      b('Tell the vendor their engineer Yogi is the culprit and we expect consequences.'),
      b('Ferdinand broke rider assignment for two cities, period; put that in the summary.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the geofence update.'),
      b('The incident was caused by operator error when the Jakarta polygon was saved under the Manila city_id.'),
      b('Ultimately this comes down to a mistake by Mylene in the zone spreadsheet.'),
      b('Penyebab: human error, one of our engineers fat-fingered the coordinates.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Sari should have seen that the rider count in Quezon City dropped to zero within minutes.'),
      b('In hindsight Jerome ought to have realised the two cities share overlapping polygon IDs.'),
      b('The dispatcher should have noticed that every ETA suddenly read over forty hours.'),
      b('Dapat alam na ni Bea na may mali nung nag-spike yung cancellations, it was right there on her screen.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kadek had to do was just compare the old and new polygons before hitting save.'),
      b('Sinabi ko na, he simply had to click "preview on map" and he would have seen Jakarta sitting on top of Manila.'),
      b('Ate Weng just needed to read the rollout checklist, one page lang yun.'),
      b('She could simply have paused auto-assignment, and none of this would have happened.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Erwin obviously never opened the map preview before approving.'),
      b('Clearly the Jakarta lead did not bother to read the rider complaints coming in.'),
      b('It was obvious to everyone except Tika that riders in BGC were getting pickups in Bekasi.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The assignment service should have rejected any pickup more than 50 km from the rider.'),
      n('Our deploy pipeline could have caught the swapped city_id with a one-line schema check.'),
      n('The geofence editor should have refused to save a Manila zone whose centroid sits in Java.'),
      n('A canary rollout to one city would have limited the blast radius to Jakarta alone.'),
      n('The monitoring should have paged once average pickup distance went up tenfold, but no such threshold existed.'),
      n('Ideally the merchant app would have flagged that the assigned riders were 2,800 km away.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Add a cross-city distance check to rider assignment, owner: Budi Santoso, due 14 June.'),
      n('Action item — Kristine to draft the merchant compensation guidelines by Friday.'),
      n('[ ] Paolo + Dewi: pair on a map-diff view for geofence PRs (target: next sprint)'),
      n('Owner for the rollback runbook rewrite: Rina Kusuma, with review from Manila SRE.'),
      n('Si Kuya Jun na ang bahala sa pag-setup ng synthetic rider tests per city, target end of month.'),
      n('Follow-up: Mas Andi will own the alert on cross-border assignments and report back at the next ops sync.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Grace Villanueva; comms lead: Hari Prasetyo; scribe: Novi.'),
      n('The Jakarta on-call engineer took the first page at 11:42 and opened the war-room thread.'),
      n('Our merchant-relations team handled calls from partner restaurants while dispatch worked the queue.'),
      n('Si Tess ang naka-duty sa rider hotline that night, at siya ang nag-log ng mga complaints.'),
      n('The geo squad lead joined at 12:10 and took ownership of the polygon rollback.'),
      n('Ayu was the approver on the change ticket, and Joy was the deployer.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Riders in Cavite waited for hours with food going cold and many lost a day of earnings; we are so sorry.'),
      n('Salamat sa lahat ng nag-overnight, alam kong pagod na pagod na kayo.'),
      n('The Jakarta dispatch team had been on twelve-hour shifts all week before this, and that weighs on anyone.'),
      n('HR note: please check in with the on-call engineers this week; the night was stressful and nobody should carry it alone.'),
      n('Mbak Siti took the angry merchant calls with a lot of patience, and we noticed.'),
      n('It is completely understandable that the team felt overwhelmed when thousands of orders went sideways at once.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log line at 18:03: "assign_rider: rider_id=88213 city=MNL pickup_city=JKT distance_km=2791".'),
      n('The alert read: "GeofenceDrift CRITICAL – 1,204 riders outside assigned city polygon".'),
      n('PagerDuty showed "Acknowledged by dimas.p" at 18:20 and "Resolved by system" at 21:05.'),
      n('Git log excerpt: "update zones.json (author: marvin.dc) — merge JKT/MNL polygon sets".'),
      n('The rider app error was "Pickup location is outside your operating area (code GZ-404)".'),
      n('From the audit trail: "user=sari.w action=UPDATE_GEOFENCE zone=MNL-07 status=OK".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I pushed the polygon update without a map preview, and I will add that step to my own checklist.'),
      n('We, the rider-ops team, missed the first wave of rider complaints in the group chat, and we own that.'),
      n('Ako yung nag-approve ng ticket, and I should have asked for the diff against the Manila zones.'),
      n('My call to wait for the dinner peak to pass before rolling back cost us time, and that is on me.'),
      n('Saya yang salah baca dashboard-nya; I read the drop in Jakarta as normal rain-day demand.'),
      n('As the person who designed the city-migration plan, I did not include a rollback rehearsal, and I will fix that.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about finding who messed up; it is about why the editor let a wrong city through.'),
      n('Some people in the chat said Jomar "should be fired", and we reject that framing completely.'),
      n('Calling this human error would be lazy and would teach us nothing about the pipeline.'),
      n('Walang sisisihin dito, okay? Tingnan natin kung paano nakalusot ang config.'),
      n('It is tempting to say the new hire should have known better, but no new hire could have seen a mistake the tooling hid.'),
      n('To our merchant partners: no single rider or staff member is at fault here, the gap was in our assignment system.'),
      n('Bukan salah Indah; the dashboard she was looking at had no per-city breakdown at all.'),
      n('Whether Pak Hendra was careless is the wrong question, and we are not going to spend the post-mortem on it.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The Manila zone IDs were overwritten by the config sync job when the Jakarta file was merged.'),
      n('Riders were reassigned to Jakarta pickups by the matching engine after the migration script reset their city field.'),
      n('The bad polygon was cached by the edge nodes and served for another 40 minutes after the fix.'),
      n('Merchant notifications were suppressed by the rate limiter once the cancellation spike began.'),
      n('Around 6,000 orders were auto-cancelled by the SLA timer before any rider could reach them.'),
      n('Ang mga alerts ay na-group ng PagerDuty into one incident, kaya mukhang isang page lang.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 17:55 Arief merged the geofence PR after CI went green, which was the normal signal that a change was safe.'),
      n('Jessa rolled back to the previous zones.json at 20:48, since that was the quickest known-good state.'),
      n('Komang paused auto-assignment in Jakarta and switched the city to manual dispatch while the team investigated.'),
      n('Nag-message si Rowena sa merchant partners sa Makati para sabihing delayed ang pickups.'),
      n('Nadia compared the rider heatmap with the polygon file and spotted the swapped city codes.'),
      n('Sutrisno kept the Bandung zones on the old version because that region was not part of the migration.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The assignment service is not competent to judge distance across cities; it trusts whatever city_id it is given.'),
      n('Our geofence validator failed at its one job: it checked the JSON schema but not the coordinates.'),
      n('The vendor SDK was careless with coordinate order, swapping latitude and longitude on import.'),
      n('We trusted the staging map too much; it had never been a reliable copy of production.'),
      n('Responsibility for city resolution sits with the routing layer, and that layer was never designed to carry it.'),
      n('The rollout tool is immature and unfit for multi-city changes in its current form.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply restoring the previous polygon file and flushing the cache.'),
      n('Obviously, the graph shows the drop started the exact minute the config went live.'),
      n('Just a two-line change in the distance check would stop a repeat of this.'),
      n('Clearly the evidence points to the config sync, not to anything in the rider app.'),
      n('Simple lang yung remedy: add a max-distance cap sa assignment query.'),
      n('The heatmap made it obvious: every rider in Pasig had a Jakarta pickup pin.'),
    ],
  ],
];

export const DEV_LEARNED40C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED40C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
