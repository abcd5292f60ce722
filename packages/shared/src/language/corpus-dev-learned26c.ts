import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 26C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a grocery delivery chain's
 * pickers' group chat, store managers' emails, head-office operations notes and customer-care macros after
 * an inventory-sync bug sold out-of-stock items for two days, shop-floor banter beside head-office formality;
 * names from Tigrinya, Thai, Albanian, Mexican Spanish, Sindhi, Danish and Tatar cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Two days of phantom stock on the app? That one belongs to Søren, who shipped the sync tweak late on a Friday.'),
      b('Head office view: the refund bill for the oat milk fiasco sits with Gulnaz and her team.'),
      b('Honestly lads, every angry substitution text this week traces back to Tesfay.'),
      b('The sell-through of out-of-stock lines is attributable to Kittisak, who owned the stock-feed release.'),
      b("Store 14's weekend margin went down the drain because of Valbona, and the retro notes need to record it."),
      b("If we're putting a name against the two-day oversell, it's Rigoberto's and nobody else's."),
      b('Per the ops note, accountability for the cancelled orders rests squarely with Shahnawaz.'),
      b('To put it plainly for this email thread, the empty-shelf complaints from Aarhus Road belong to Ildar.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Mette has no business writing sync jobs when she can barely read a stock ledger.'),
      b('Frankly, Ayaz lacks the seniority to be handed the inventory service, and these two days showed it.'),
      b("Bless him, Chatchai couldn't reconcile a tote of bananas, let alone a warehouse feed."),
      b('The stock-sync owner lacks the basic experience this role demands, as these two days proved.'),
      b('Drita is way over her head with anything beyond a spreadsheet, and this week made that plain.'),
      b('Frankly, our night-shift supervisor needs hand-holding for something as basic as a cycle count.'),
      b("I have doubts about Marat's judgement; a seasoned engineer would never ship a feed like that."),
      b('Lupita is a lovely person but a hopeless planner, and this oversell is the proof.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Freweyni was on the stock-audit rota Tuesday and never ran the count.'),
      b(
        'The duty manager at the Vesterbro depot skipped the only step the closing checklist really asks for, reconciling the chiller counts.',
      ),
      b("Kanya's job was to sign off the availability feed each morning and she skipped it both days."),
      b("Picking lead on nights, and Rustam still didn't flag a single empty bay, mate."),
      b('Head office operations note: the inventory controller failed to perform the mandated variance review on both affected days.'),
      b('Arben was assigned the sync monitoring ticket and let it sit untouched until customers started ringing.'),
      b("It was Sughra's shift to check the out-of-stock report and she clocked off without opening it."),
      b('As store manager, Jesper neglected his duty to walk the aisles at opening, which is exactly when the gaps were visible.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The sync job was switched off by Nayeli on Monday night and nobody was told.'),
      b('The stock file got overwritten by somebody on nights, which is how the ghost inventory started.'),
      b("Two days' worth of warning emails went unread by store management."),
      b('At the Hadsten store, errors were made by staff who knew the drill perfectly well.'),
      b('The shortage report was binned by the early-shift pickers without anyone reading it.'),
      b('The manual override was left on by the inventory lead, and the feed kept selling air.'),
      b('Recount figures were fudged at Store 9 so the shift would look tidy on paper.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b("The new hire who 'tidied up' the SKU mapping is the reason half of Oslo Street's orders bounced."),
      b('Whoever approved a sync change the day before a promo weekend caused this mess.'),
      b('The bloke in the blue hi-vis who keeps skipping scans is why the app thought we had forty trays of eggs.'),
      b('The person at head office who disabled the stock alerts owes every store an apology.'),
      b("It's the agency temp from Thursday who wrecked the counts, everyone on the floor knows it."),
      b('Someone in supply planning who thinks warehouses run themselves set us up for this.'),
      b("That contractor behind the nightly import never tried it on a real store's data, and customers paid for that."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Zulfiya had no place holding edit rights over the production stock table.'),
      b('No picker in their second week ought to be let loose on the bulk adjustment tool.'),
      b("Why was Mikkel even on call for inventory sync? He'd never touched it."),
      b("If someone senior had approved the deploy instead of Narumon, we'd not be refunding two days of orders."),
      b('The vendor engineer should not have been granted production access to our catalogue database in the first place.'),
      b('Letting Hemandas near the stock feed on his own was the real mistake.'),
      b('Nobody from the store side should be trusted with the override switch after this, least of all Fanis.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Found him: it was Berhane who pushed the bad mapping, I've got the timestamps."),
      b('We need to establish which picker zeroed the counts and deal with them directly.'),
      b("So who actually did it? My money's on Ilir, and I'd like head office to go after him."),
      b('Blerina did this, and the retro should say so by name.'),
      b('Find out which store manager disabled the sync so head office can come down on them hard.'),
      b('Ask around till someone coughs up who bypassed the cycle count; I need that name before Friday.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause for Monday's stock upload: human error, nothing more."),
      b('The cause, plain and simple: operator error by the Randers depot floor crew.'),
      b("Somebody's slip on the adjustment screen is what sold two days of stock we didn't have."),
      b('Classification for the incident log: picker error, no system fault.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Anong should have spotted the negative stock figures on Tuesday morning; they were right there.'),
      b('The category manager, with a promo about to start, ought to have predicted the feed would get hammered.'),
      b('Looking back, Rinat had every signal he needed, and halting the sales himself was what he should have done.'),
      b("The night lead ought to have realised something was off when the tote count didn't match the manifest."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Pimchanok just needed to tick the recount box, that is it.'),
      b('The shift lead simply needed to press pause on the storefront, and she did not.'),
      b('Mate, it was just a glance at the bay before you marked it full.'),
      b("Gjergj just had to click freeze on the line, one click, and he couldn't manage it."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Selam never opened the import log, otherwise those zeroes would have jumped out at her.'),
      b('The depot manager clearly ignored the alerts, and that needs answering for.'),
      b('Clearly nobody on the afternoon pick bothered to look at what they were scanning.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('A stock file with every count identical is something the sync job should have rejected outright.'),
      n('The storefront could have greyed out items once the warehouse feed went stale, but it had no such check.'),
      n("The app should have pinged the pickers' channel the moment a line went negative."),
      n('A freshness check on the availability feed would have stopped the oversell within the hour.'),
      n('Our cycle-count process should have had a second step for lines that jump from zero to two hundred.'),
      n("The substitution engine should have fallen back to 'unavailable' rather than trusting a feed that was two days old."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Kasper to add a staleness alarm to the stock feed by 30 May.'),
      n('Owner Thanakrit: write the playbook for freezing the storefront when counts look wrong.'),
      n('Follow-up, owned by Guzel: run a weekly reconciliation between the WMS and the shop catalogue.'),
      n('Xóchitl will pair with the pickers at Store 3 to redesign the empty-bay scan flow, due next sprint.'),
      n('AI-4 (Dilyara): add a second approver to bulk stock adjustments.'),
      n('Next steps: Awet owns the customer refund audit and Lindita owns the comms template.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Teuta was incident commander; Kamran handled store comms; Asger ran the database queries.'),
      n('Signe held the inventory service pager during both days.'),
      n('The duty manager at Store 7 that weekend was Ramil.'),
      n('Filmon coordinated with the customer-care team while Apinya chased the warehouse.'),
      n('The picking lead on the Tuesday night shift raised the first ticket at 02:14.'),
      n('Eréndira picked up incident command on Wednesday morning when the first rota finished.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("The pickers at Store 12 did double shifts hand-counting chillers and they're knackered, so be kind to them."),
      n('Customer-care agents absorbed nearly four thousand complaints in two days; please make sure they get their breaks.'),
      n('Huge respect to the night crew, they were under a lot of pressure and still kept the vans going out.'),
      n('The store managers were stretched thin across a promo weekend and a recount, and many of them are running on empty.'),
      n("Rosalba stayed past midnight calling customers one by one, and she's worn out."),
      n('We know the on-call engineers were carrying three other incidents that week and worked with care throughout.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The WMS log line read 'user mkristensen set on_hand=240 for SKU 55102', which is how the count changed."),
      n('Alert text at 06:02: "STOCK_SYNC_FAILED: feed older than 24h, serving cached availability".'),
      n("The audit trail shows 'override enabled by s.mahar at 21:47', followed by the nightly import."),
      n('Error from the storefront API: "409 Conflict: reservation exceeds on-hand quantity (SKU 88213)".'),
      n("The pickers' handheld kept flashing 'Bay empty? Confirm count' and the app ignored the answer."),
      n('Customer-care macro output: "Hi {first_name}, we are sorry your {item} could not be picked today."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I turned off the stock alerts on Monday to stop the noise, and that was my call; I'll put them back with better thresholds."),
      n('We at head office set the sync cadence to daily to save costs, and we are reversing that.'),
      n("My fault, lads, I marked bay 14 full without looking, I'll recount it now."),
      n('I approved the mapping change without asking the stores, and I own that.'),
      n('We rolled out the new feed during a promo weekend; from now on we freeze changes before promotions.'),
      n('I should have escalated when the first refund wave came in, and next time I will.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people are saying it's Almaz's fault; it isn't, the feed would have broken on anyone's shift."),
      n('This is not a case of picker carelessness; the handheld never asked for a recount.'),
      n('Before anyone starts pointing fingers at Store 4, the sync ran the same way at every site.'),
      n("Calling this human error lets the design off the hook, so we won't call it that."),
      n('The question of who to blame is set aside here; the review is about why the feed trusted stale data.'),
      n("Nobody's getting hung out to dry for this, Chulpan included, because the checklist didn't cover it."),
      n('Saying the night team dropped the ball would be tempting, but they followed the process they were given.'),
      n("Yes, Mebrahtu pressed the button, but he's not the cause; the button should never have been live."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('At 02:00 the stock counts got replaced wholesale by the nightly import job.'),
      n('Orders were accepted by the storefront for items the warehouse had already flagged empty.'),
      n('The availability cache was never invalidated after the feed failed.'),
      n('Refunds were triggered automatically by the payment service once the picks came back short.'),
      n('The duplicate SKU rows were created when the migration script ran twice.'),
      n('Every stock alert was muted by the monitoring rule that treats weekend traffic as noise.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Parveen paused the oat milk listing on Tuesday afternoon because three stores reported empty shelves.'),
      n('Troels reran the import by hand at 08:30, which looked reasonable given the error said "timeout".'),
      n('Aigul restored the previous mapping file, since it was the last version known to work.'),
      n('Yesenia approved the feed change once staging came back green, which is the normal sign-off path.'),
      n("Ilnur restarted the handhelds at the Viborg depot thinking the scans weren't uploading."),
      n('Siriporn sent the apology macro to affected customers once the outage was confirmed.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The sync service had one job, telling the shop what's actually on the shelf, and it failed."),
      n("At a chain our size the vendor's stock module was never going to cope; it isn't built for the job."),
      n('We trusted the availability feed blindly and it let us down.'),
      n('The reconciliation script was careless with time zones, dropping every update after 23:00.'),
      n('The handheld app is responsible for confirming empty bays and it never did.'),
      n('Our alerting is simply not competent at telling stale data from quiet data.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix: just a staleness check on the feed, twenty lines at most.'),
      n('On the graph the counts obviously flatline from Monday 02:00 onward.'),
      n('Simply restarting the sync job cleared the cached stock, which tells us where the bug lived.'),
      n('The evidence clearly implicates the import job rather than the stores.'),
      n("It's obviously a caching bug, since the numbers never change from one hour to the next."),
      n('Rolling back meant simply reverting one config value.'),
    ],
  ],
];

export const DEV_LEARNED26C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED26C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
