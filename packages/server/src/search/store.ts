import { SEARCH_FACET_LIMIT } from '@firebreak/shared';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import { type ParsedQuery, toFts5, toTsquery } from './query.ts';

/**
 * The search index's SQL. `search_docs` rows are written by triggers (migration 0027); SQLite
 * matches through FTS5 (`search_fts`, bm25), PostgreSQL through the GIN-indexed `tsv` (ts_rank).
 * Both give a score where lower is better (PostgreSQL's rank negated), so one keyset pages both.
 */

/** Marks around matched words in snippets (control characters: never typed, split out by the presenter). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type SearchFilter = {
  kinds?: string[];
  serviceId?: string;
  severityIds?: string[];
  statuses?: string[];
  from?: string;
  to?: string;
  hasRetro?: boolean;
};

/** Best first; the doc id (unique) breaks ties between equal scores. */
export const searchOrder = keyset<{ score: number; id: number }>('search', [
  { column: 'm.score', dir: 'asc', type: 'number', of: (r) => r.score },
  { column: 'm.id', dir: 'asc', type: 'number', of: (r) => r.id },
]);

/**
 * Who may read a text, inside the query: the incident's visibility (private incidents of others
 * never match, for admins the policy's "see all"), and for viewers (stakeholders) only texts written
 * for them — a retrospective's sections only while it is published.
 */
function readableBy(user: Actor): RawBuilder<SqlBool> {
  const incident = sql<SqlBool>`(d.incident_id is null or ${visibleTo(user)})`;
  if (user.role !== 'viewer') return incident;
  return sql<SqlBool>`(${incident} and d.audience = 'all'
    and (d.parent_id is null or exists (select 1 from retros vr where vr.id = d.parent_id and vr.status = 'published')))`;
}

function filtered(user: Actor, f: SearchFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [readableBy(user)];
  if (f.kinds?.length) parts.push(sql`d.kind in (${sql.join(f.kinds)})`);
  if (f.serviceId)
    parts.push(sql`(d.service_id = ${f.serviceId} or exists (select 1 from incident_services fs
      where fs.incident_id = d.incident_id and fs.service_id = ${f.serviceId}))`);
  if (f.severityIds?.length) parts.push(sql`incidents.severity_id in (${sql.join(f.severityIds)})`);
  if (f.statuses?.length) parts.push(sql`incidents.status in (${sql.join(f.statuses)})`);
  if (f.from) parts.push(sql`d.at >= ${f.from}`);
  if (f.to) parts.push(sql`d.at < ${f.to}`);
  if (f.hasRetro !== undefined) {
    const published = user.role === 'viewer' ? sql` and fr.first_published_at is not null` : sql``;
    const has = sql`exists (select 1 from retros fr where fr.incident_id = d.incident_id${published})`;
    parts.push(f.hasRetro ? has : sql`not ${has}`);
  }
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** `from … where` of every search: the match, the join to the incident, access and filters. */
function matching(tx: Tx, user: Actor, q: ParsedQuery, f: SearchFilter) {
  if (tx.dialect === 'postgres')
    return {
      from: sql`from search_docs d cross join to_tsquery('english', ${toTsquery(q)}) tq
        left join incidents on incidents.id = d.incident_id
        where d.tsv @@ tq and ${filtered(user, f)}`,
      score: sql`(-ts_rank(d.tsv, tq))::float8`,
      // `+ 0`: never walk the primary key backwards testing every row against the query (the plan a
      // LIMIT tempts the planner into, and a scan of the whole table when its estimate is wrong);
      // the GIN index finds the matches and only the counting stops at the limit.
      newest: sql`d.id + 0 desc`,
    };
  return {
    from: sql`from search_fts join search_docs d on d.id = search_fts.rowid
      left join incidents on incidents.id = d.incident_id
      where search_fts match ${toFts5(q)} and ${filtered(user, f)}`,
    score: sql`bm25(search_fts, 4.0, 1.0)`,
    // FTS5 walks its matches in rowid order itself, so a LIMIT stops it early.
    newest: sql`search_fts.rowid desc`,
  };
}

/**
 * The index's matches with their score, before the join to the documents: SQLite reads rowids and
 * bm25 from FTS5 alone, PostgreSQL the GIN-matched rows and ts_rank. `m.id` and `m.score` are the
 * columns searchOrder pages on.
 */
function ranked(tx: Tx, q: ParsedQuery) {
  if (tx.dialect === 'postgres')
    return sql`select r.id, (-ts_rank(r.tsv, tq))::float8 as score from search_docs r
      cross join to_tsquery('english', ${toTsquery(q)}) tq where r.tsv @@ tq`;
  return sql`select search_fts.rowid as id, bm25(search_fts, 4.0, 1.0) as score from search_fts where search_fts match ${toFts5(q)}`;
}

/** How many of the best matches a page reads from the index before the access rule and filters. */
const topOf = (limit: number) => 4 * (limit + 1) + 40;

/**
 * One page of matches, best first: `limit + 1` rows of (id, score) for searchOrder.page.
 *
 * The index ranks every match without touching the documents, and only its best `topOf(limit)`
 * are joined to their documents and incidents for the access rule and the filters (the join per
 * match was most of the cost: thousands of row reads for a common word). When fewer than a page of
 * those pass while the index had more, the page is read again over every match, so the answer is
 * always the one of the plain query.
 */
export async function searchPage(tx: Tx, user: Actor, q: ParsedQuery, f: SearchFilter, limit: number, after?: Cursor) {
  const cut = after ? sql`where ${searchOrder.after(after)}` : sql``;
  const top = topOf(limit);
  const best = (
    await sql<{ id: number; score: number }>`select m.id, m.score from (${ranked(tx, q)}) m ${cut}
      order by m.score, m.id limit ${top}`.execute(tx.db)
  ).rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  if (!best.length) return [];
  const passing = new Set(
    (
      await sql<{ id: number }>`select d.id from search_docs d left join incidents on incidents.id = d.incident_id
        where d.id in (${sql.join(best.map((b) => b.id))}) and ${filtered(user, f)}`.execute(tx.db)
    ).rows.map((r) => Number(r.id)),
  );
  const rows = best.filter((b) => passing.has(b.id));
  if (rows.length > limit || best.length < top) return rows.slice(0, limit + 1);
  const m = matching(tx, user, q, f);
  const all = await sql<{ id: number; score: number }>`
    select m.id, m.score from (select d.id as id, ${m.score} as score ${m.from}) m ${cut}
    order by m.score, m.id limit ${limit + 1}`.execute(tx.db);
  return all.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
}

export type HitRow = {
  id: number;
  kind: string;
  source: string;
  source_id: string;
  label: string;
  title: string;
  at: string;
  incident_id: string | null;
  number: number | null;
  incident_title: string | null;
  status: string | null;
  private: number | null;
  snippet: string;
};

/** The texts of a page, with their snippet: matched words between MARK_START and MARK_END. */
export async function hits(tx: Tx, q: ParsedQuery, ids: number[]): Promise<HitRow[]> {
  if (!ids.length) return [];
  const cols = sql`d.id, d.kind, d.source, d.source_id, d.label, d.title, d.at, d.incident_id,
    incidents.number, incidents.title as incident_title, incidents.status, incidents.private`;
  if (tx.dialect === 'postgres') {
    const opts = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
    return (
      await sql<HitRow>`select ${cols},
        ts_headline('english', case when d.body = '' then d.title else d.body end, to_tsquery('english', ${toTsquery(q)}), ${opts}) as snippet
      from search_docs d left join incidents on incidents.id = d.incident_id
      where d.id in (${sql.join(ids)})`.execute(tx.db)
    ).rows;
  }
  return (
    await sql<HitRow>`select ${cols},
      case when d.body = '' then highlight(search_fts, 0, ${MARK_START}, ${MARK_END})
        else snippet(search_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) end as snippet
    from search_fts join search_docs d on d.id = search_fts.rowid
    left join incidents on incidents.id = d.incident_id
    where search_fts match ${toFts5(q)} and search_fts.rowid in (${sql.join(ids)})`.execute(tx.db)
  ).rows;
}

export type FacetRow = { facet: string; value: string | null; label: string | null; n: number | string };

/**
 * Counts over the matches the user may read (same access rule and filters as the results): total,
 * kind, service, severity, incident status, has retrospective, and cumulative date buckets.
 *
 * Counting reads every counted match's document and incident, so it stops at SEARCH_FACET_LIMIT:
 * the newest matching texts (by id) are counted until one more than the limit has passed the access
 * rule and filters (SQLite stops reading there too: FTS5 hands out its matches newest first). `total` is that number (so more than the limit means "more than the limit"), and
 * the other counts are over the newest SEARCH_FACET_LIMIT of them — all of them when there are no
 * more. The ranked results are not limited; they page through every match.
 */
export async function facetCounts(tx: Tx, user: Actor, q: ParsedQuery, f: SearchFilter, since: Record<string, string>) {
  const m = matching(tx, user, q, f);
  const published = user.role === 'viewer' ? sql` and fr.first_published_at is not null` : sql``;
  const buckets = Object.entries(since).map(
    ([name, at]) =>
      sql`select 'date' as facet, cast(${name} as text) as value, cast(${name} as text) as label, count(*) as n from m where m.at >= cast(${at} as text)`,
  );
  const rows = await sql<FacetRow>`
    with counted as materialized (select d.id, d.kind, d.incident_id, d.service_id, d.at, incidents.status, incidents.severity_id
      ${m.from} order by ${m.newest} limit ${SEARCH_FACET_LIMIT + 1}),
    m as materialized (select * from counted order by counted.id desc limit ${SEARCH_FACET_LIMIT})
    select 'total' as facet, null as value, null as label, count(*) as n from counted
    union all select 'kind', m.kind, m.kind, count(*) from m group by m.kind
    union all select 'status', m.status, m.status, count(*) from m where m.status is not null group by m.status
    union all select 'severity', m.severity_id, sv.name, count(*) from m join severities sv on sv.id = m.severity_id group by m.severity_id, sv.name
    union all select 'service', s.id, s.name, count(distinct m.id) from m
      left join incident_services isv on isv.incident_id = m.incident_id
      join services s on s.id = coalesce(isv.service_id, m.service_id) group by s.id, s.name
    union all select 'hasRetro', has, has, count(*) from (select case when exists (select 1 from retros fr
      where fr.incident_id = m.incident_id${published}) then 'true' else 'false' end as has from m) hr group by has
    ${buckets.length ? sql`union all ${sql.join(buckets, sql` union all `)}` : sql``}`.execute(tx.db);
  return rows.rows;
}

/**
 * Incidents whose own texts (title, summary, impact; the ticket and whys for responders) match: the
 * list's `?q=`, newest first.
 *
 * On SQLite the best plan depends on how many incidents match, so it is chosen per query. Few: the
 * matching incident ids are collected from the index and the incidents read by id (the cost is the
 * number of matching texts). Many: the list walks incidents newest first and keeps those with a
 * matching text, checked against the set of the index's matching rowids (the unary `+` keeps the
 * planner from probing the index once per set member), and stops after a page; walking finds a page
 * soon when matches are dense, but would read every incident for a word that is rare among incidents
 * even if it is common in timelines. The choice estimates the matching incident texts from the
 * index's match count and the share of incident texts among its first 200 matches.
 */
export async function incidentsMatching(tx: Tx, user: Actor, q: ParsedQuery, plan?: 'walk' | 'collect'): Promise<RawBuilder<SqlBool>> {
  const audience = user.role === 'viewer' ? sql`d.audience = 'all'` : sql`1 = 1`;
  if (tx.dialect === 'postgres')
    return sql<SqlBool>`incidents.id in (select d.incident_id from search_docs d
      where d.kind = 'incident' and d.tsv @@ to_tsquery('english', ${toTsquery(q)}) and ${audience})`;
  const fts = toFts5(q);
  const walk = plan ? plan === 'walk' : await walkIsCheaper(tx, fts);
  if (walk)
    return sql<SqlBool>`exists (select 1 from search_docs d where d.incident_id = incidents.id and d.kind = 'incident' and ${audience}
      and +d.id in (select rowid from search_fts where search_fts match ${fts}))`;
  return sql<SqlBool>`incidents.id in (select d.incident_id from search_fts join search_docs d on d.id = search_fts.rowid
    where search_fts match ${fts} and d.kind = 'incident' and ${audience})`;
}

async function walkIsCheaper(tx: Tx, fts: string): Promise<boolean> {
  const est = (
    await sql<{ matches: number; sampled: number; incident: number; incidents: number | null }>`select
      (select count(*) from search_fts where search_fts match ${fts}) as matches,
      count(*) as sampled, coalesce(sum(d.kind = 'incident'), 0) as incident,
      (select max(number) from incidents) as incidents
      from (select rowid from search_fts where search_fts match ${fts} limit ${SAMPLE}) f join search_docs d on d.id = f.rowid`.execute(
      tx.db,
    )
  ).rows[0];
  const matches = Number(est?.matches ?? 0);
  const sampled = Number(est?.sampled ?? 0);
  const incidentTexts = sampled ? (matches * Number(est?.incident ?? 0)) / sampled : 0;
  // Walking reads about (incidents ÷ matching incident texts) incidents per listed one, each a few
  // times the cost of reading one matching text; collecting reads every matching text.
  return incidentTexts > 0 && (LIST_PAGE * Number(est?.incidents ?? 0) * WALK_COST) / incidentTexts < matches;
}

/** Matches sampled to estimate the share of incident texts; a list page's usual size; walking one incident ÷ reading one text. */
const SAMPLE = 200;
const LIST_PAGE = 50;
const WALK_COST = 3;
