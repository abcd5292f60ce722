import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 39A of the blame-aware review corpus (training text: the forms of round 39), written blind from the
 * labelling conventions alone (no rule, lexicon, model or corpus file was read). Voice: an online marketplace for
 * handmade goods in Mexico and Colombia whose search index went stale for a day after a schema change, in the
 * Spanish-flavoured English of its seller support chat, on-call timeline, retrospective answers and status page.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    "look-alike: Answers to the retrospective's questions",
    [
      n('That the indexer accepted the new schema without one warning and kept serving only the old listings.'),
      n('How long the stale index looked perfectly healthy on every dashboard we had.'),
      n('The fact that the sellers noticed before any alert of ours did.'),
      n('Waiting for the full reindex to finish, almost six hours, with no progress bar to watch.'),
      n('Not knowing whether the missing listings were deleted or only hidden from search.'),
      n('The support chat macros in Spanish and English, ready within the first hour.'),
      n('A schema check in the deploy pipeline that fails when the index mapping and the database disagree.'),
      n('I merged the schema change on Friday afternoon, and next time I will run the reindex dry-run before merging.'),
      n('I got stuck waiting for index admin rights, which only two people on the rota hold, so the access model needs widening.'),
      n('Nobody was at fault here; the deploy tooling simply had no step that rebuilt the index after a mapping change.'),
      n('What went well was Ximena on the seller chat, who kept answering with patience for eleven hours even though she was exhausted.'),
      n('We did not know at the time that the search service caches the mapping at startup and never reloads it.'),
      n('Don Rafael, who sells alebrijes from Oaxaca, wrote to us first, and his screenshots made the problem obvious.'),
      n('The status page tool should have offered a search-only option instead of the two generic states it had.'),
    ],
  ],
  [
    'look-alike: Timeline lines',
    [
      n('09:12 Lupita (support) reports three sellers in Bogotá cannot find their new listings.'),
      n('09:20 Andrés acknowledges the page and joins #incidente-busqueda.'),
      n('09:31 Search dashboard green; query latency normal, hit counts normal.'),
      n('09:44 Alert fired: "index_freshness_lag > 3600s on listings-mx"'),
      n('10:02 Andrés identifies the schema migration from yesterday 17:40 as the likely trigger.'),
      n('10:15 Decision: pause new listing imports while the mapping is inspected.'),
      n('10:38 Indexer log: "field precio_mxn rejected, document skipped (user: rgomez)"'),
      n('11:05 Ximena Restrepo takes over as incident commander; Andrés stays on the technical side.'),
      n('11:20 Status page updated — new listings may not appear in search.'),
      n('12:47 Full reindex started by the rebuild job, est. 6 h'),
      n('13:30 I rolled back the mapping change myself to unblock the sellers; reindex continues.'),
      n('15:10 Colombian catalog 60% reindexed, Mexican catalog queued behind it'),
      n('17:52 Reindex complete; spot checks on 40 listings pass.'),
      n('18:05 Incident closed. Follow-up owner for mapping validation: Paola Guzmán.'),
    ],
  ],
  [
    'look-alike: Titles and summaries',
    [
      n('Stale search index after listings schema change'),
      n('New listings missing from search for about 24 hours (MX, CO)'),
      n('Follow-up: add a freshness alert on the listings index — owner Camilo'),
      n('Status: some new listings are not showing in search results'),
      n('Resolved: search now shows all listings published since Tuesday'),
      n('Follow-up: make the deploy pipeline refuse mapping changes without a reindex plan'),
      n('Summary: the indexer silently dropped documents that no longer matched the schema, and nothing alerted on it.'),
      n('Indexer trusted a stale mapping; no freshness check existed'),
      n('Follow-up: give the support team a way to check whether a listing is indexed'),
      n('Not a people problem: a migration path with no reindex step'),
      n('Sellers hit hardest: new shops with no older listings to fall back on'),
      n('Search freshness lag undetected for 16 hours'),
      n('Follow-up (Sebastián Ortiz): runbook for emergency reindex by region'),
      n('Retro summary: the fix was simply a reindex; finding the cause took most of the day'),
    ],
  ],
  [
    'look-alike: Plain narrative',
    [
      n('The schema change renamed the price field, and the indexer, still holding the old mapping, skipped every new document.'),
      n('Because existing listings stayed searchable, the homepage and the dashboards looked normal all morning.'),
      n('For about sixteen hours nothing in our monitoring measured how old the newest indexed listing was.'),
      n('Lupita Hernández, who runs seller support in Guadalajara, opened the incident after the fourth identical chat that morning.'),
      n('The migration was reviewed and approved in the usual way, and the review checklist had no question about the search mapping.'),
      n('Andrés chose to roll forward at first, since the migration had passed in staging, where the index is rebuilt every night anyway.'),
      n('That nightly rebuild in staging is the reason the problem could never appear there.'),
      n(
        'Several sellers, among them a weaver from Chiapas, lost most of a weekend of sales, and the support team stayed late to answer each of them.',
      ),
      n('Nobody on the call knew that the indexer logs rejected documents at debug level only.'),
      n('The reindex took just under six hours, most of it on the Colombian catalog, which is the larger one.'),
      n('The documents were dropped by the indexer, not deleted, so no seller data was lost.'),
      n('Ximena kept the status page updated every hour, which cut the number of new chats in half.'),
      n('The deploy tooling should have blocked a mapping change that had no reindex step attached.'),
      n(
        "It would be easy to call this someone's mistake, but the pipeline let any migration through without checking the index, and that is what we are fixing.",
      ),
    ],
  ],
  [
    'blameful: Answers that blame',
    [
      b('That the outage was entirely on Andrés, who merged the migration and went home.'),
      b('That someone with five years on the search team could not tell a stale index from a healthy one.'),
      b('Honestly, Camilo was on call and should have seen the freshness lag hours before support did.'),
      b('Whoever approved that migration without a reindex plan is the reason sellers lost a day of sales.'),
      b('Waiting for Paola, who simply had to run one reindex command and instead let it sit all afternoon.'),
      b('I think the new backend hire should never have been given write access to the production schema.'),
    ],
  ],
  [
    'blameful: Timeline lines that blame',
    [
      b('10:02 Root cause: Sebastián pushed the migration without reading the indexer docs — human error.'),
      b('10:20 Camilo, on call, ignored the freshness alert for two hours.'),
      b('11:40 Migration was run against prod by hand, skipping review, by the junior on the catalog team.'),
      b('12:10 Andrés obviously never tested the mapping in staging; asking him to explain.'),
      b('14:00 Decision: take Rodrigo off the on-call rota, he cannot be trusted with production.'),
      b('16:45 Ximena confirms the stale index is on Mauricio and the catalog team.'),
    ],
  ],
  [
    'blameful: Titles and summaries that blame',
    [
      b('Search outage caused by operator error during listings migration'),
      b('Incident: Rodrigo Cárdenas breaks search for every new seller'),
      b('Follow-up: find out who ran the migration and hold them accountable'),
      b('Summary: the on-call engineer failed to notice the index was stale for a full day'),
      b('Stale index because the schema was changed carelessly by the catalog lead'),
      b('Retro summary: Julián simply forgot to run one reindex, and the sellers paid for it'),
    ],
  ],
  [
    'blameful: Plain narrative that blames',
    [
      b('Julián Mejía, who should have known the indexer caches the mapping, deployed the change anyway.'),
      b('The stale index was not a tooling gap; it was Mauricio Peña, who clearly never read the migration checklist.'),
      b('A data engineer with that little experience had no business changing the search schema alone.'),
      b('The migration was pushed straight to production by Valentina without a second reviewer.'),
      b(
        'Anyone who had bothered to look at the indexer logs would have seen the rejected documents in minutes, and Esteban, on call that night, did not bother.',
      ),
      b('In the end the lost day of sales came down to one mistake by Lucho Ramírez, who typed the wrong index name when he deployed.'),
    ],
  ],
];

export const DEV_FORMS39A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_FORMS39A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
