import { SEARCH_FACET_LIMIT } from '@firebreak/shared';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { ReadThread } from '../platform/db/readThread.ts';
import { settings } from '../severities/index.ts';
import { type ParsedQuery, toFts5, toTsquery } from './query.ts';

/**
 * The search index's SQL. `search_docs` rows are written by triggers (migration 0027), and what a
 * search filters and counts by of their incident is one row per incident (migration 0044); SQLite
 * matches through FTS5 (`search_fts`, bm25), PostgreSQL through the GIN-indexed `tsv` (ts_rank).
 * Both give a score where lower is better (PostgreSQL's rank negated), so one keyset pages both.
 */

/** Marks around matched words in snippets (control characters: never typed, split out by the presenter). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The read a search runs on: with `thread` (SQLite, FIREBREAK_SEARCH_THREAD) its heavy statements run there. */
export type SearchTx = Tx & { thread?: ReadThread };

/** A statement's rows, read on the search's thread when it has one (same SQL, same rows). */
async function rowsOf<R>(tx: SearchTx, query: RawBuilder<R>): Promise<R[]> {
  if (tx.thread) return tx.thread.all(query.compile(tx.db));
  return (await query.execute(tx.db)).rows;
}

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
  // The incident's privacy from its search fields (migration 0044); membership is read for private ones.
  const incident = sql<SqlBool>`(d.incident_id is null or ${visibleTo(user, { id: sql`d.incident_id`, private: sql`fi.private` })})`;
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
  if (f.severityIds?.length) parts.push(sql`fi.severity_id in (${sql.join(f.severityIds)})`);
  if (f.statuses?.length) parts.push(sql`fi.status in (${sql.join(f.statuses)})`);
  if (f.from) parts.push(sql`d.at >= ${f.from}`);
  if (f.to) parts.push(sql`d.at < ${f.to}`);
  if (f.hasRetro !== undefined) parts.push(f.hasRetro ? sql`${hasRetro(user)}` : sql`not ${hasRetro(user)}`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** Whether the text's incident has a retrospective (for viewers: one published at least once), from its search fields (migration 0044). */
const hasRetro = (user: Actor) => sql<SqlBool>`coalesce(fi.retro, 0) >= ${user.role === 'viewer' ? 2 : 1}`;

/**
 * `from … where` of every search: the match, access and filters. What they read of the text's
 * incident (privacy, status, severity, services, retrospective) is one narrow row kept by triggers
 * (`search_incident_fields`, migration 0044): one primary-key lookup per match, not three.
 */
function matching(tx: Tx, user: Actor, q: ParsedQuery, f: SearchFilter) {
  if (tx.dialect === 'postgres')
    return {
      from: sql`from search_docs d cross join to_tsquery('english', ${toTsquery(q)}) tq
        left join search_incident_fields fi on fi.incident_id = d.incident_id
        where d.tsv @@ tq and ${filtered(user, f)}`,
      score: sql`(-ts_rank(d.tsv, tq))::float8`,
      // `+ 0`: never walk the primary key backwards testing every row against the query (the plan a
      // LIMIT tempts the planner into, and a scan of the whole table when its estimate is wrong);
      // the GIN index finds the matches and only the counting stops at the limit.
      newest: sql`d.id + 0 desc`,
    };
  return {
    from: sql`from search_fts join search_docs d on d.id = search_fts.rowid
      left join search_incident_fields fi on fi.incident_id = d.incident_id
      where search_fts match ${toFts5(q)} and ${filtered(user, f)}`,
    score: sql`bm25(search_fts, 4.0, 1.0)`,
    // FTS5 walks its matches in rowid order itself, so a LIMIT stops it early.
    newest: sql`search_fts.rowid desc`,
  };
}

/**
 * One page of matches, best first: `limit + 1` rows of (id, score) for searchOrder.page, and on the
 * first page the facet counts (FacetRow, null with a cursor).
 *
 * Both are over one window: the newest SEARCH_FACET_LIMIT matching texts the user may read, with the
 * filters applied (one more is read to tell whether there are more: `capped`). The index hands out
 * its matches newest first (FTS5 walks its doclists by rowid and stops at the limit), so a search
 * reads the window's texts once and ranks (bm25 / ts_rank) only those; ranking every
 * match of a common word cost more than everything else together. Up to the window's size the
 * ranking and the counts are exact; beyond it they are the best of, and the counts over, the newest.
 *
 * One statement reads the window, with what the facets count of each text on the first page; its
 * rows are counted where they are read (foldWindow, on the read thread when the search has one), and
 * only the window's ids and scores and the counts come back; the ordering and the cursor are done
 * here over those few hundred ids (as SQL over a materialized window, the counting cost more than
 * reading it: a sort or a grouping per facet).
 */
export async function searchWindow(
  tx: SearchTx,
  user: Actor,
  q: ParsedQuery,
  f: SearchFilter,
  limit: number,
  after: Cursor | undefined,
  since: Record<string, string> | null,
): Promise<{ rows: { id: number; score: number }[]; facets: FacetRow[] | null }> {
  const m = matching(tx, user, q, f);
  // The date buckets newest first (each holds the ones before it): `age` is the first a text is in.
  const buckets = since ? Object.entries(since).sort((a, b) => (a[1] < b[1] ? 1 : -1)) : [];
  const age = buckets.length
    ? sql`case ${sql.join(
        buckets.map(([, at], i) => sql`when d.at >= ${at} then ${i}`),
        sql` `,
      )} else ${buckets.length} end`
    : sql`0`;
  const facetCols = since
    ? sql`, d.kind, d.service_id, ${age} as age, fi.status, fi.severity_id,
        fi.services, case when ${hasRetro(user)} then 'true' else 'false' end as has_retro`
    : sql``;
  const found = await folded(
    tx,
    sql`select d.id, ${m.score} as score${facetCols}
      ${m.from} order by ${m.newest} limit ${SEARCH_FACET_LIMIT + 1}`,
    foldWindow,
    { size: SEARCH_FACET_LIMIT, facets: since !== null },
  );
  const window = Array.from(found.ids, (id, i) => ({ id, score: found.scores[i] }));
  const rows = searchOrder.first(after ? window.filter((r) => searchOrder.follows(r, after)) : window, limit + 1);
  return {
    rows,
    facets: found.counts
      ? await facetCounts(
          tx,
          found.counted,
          found.counts,
          buckets.map(([name]) => name),
        )
      : null,
  };
}

/**
 * A statement's rows (arrays of its columns, in order) folded where they are read: on the search's
 * thread when it has one, so only the fold's result is copied back (ReadThread#fold).
 */
async function folded<A, T>(tx: SearchTx, query: RawBuilder<unknown>, fold: (rows: unknown[][], arg: A) => T, arg: A): Promise<T> {
  if (tx.thread) return tx.thread.fold(query.compile(tx.db), fold, arg);
  // Both drivers name the columns in the statement's order (names are distinct, and none is numeric).
  return fold(
    (await query.execute(tx.db)).rows.map((r) => Object.values(r as object)),
    arg,
  );
}

/** What the facets count of a window: texts per kind, status, severity, service, has-retrospective, and per date bucket (`ages`, by WindowRow.age). */
type WindowCounts = {
  kind: Map<string, number>;
  status: Map<string, number>;
  severity: Map<string, number>;
  service: Map<string, number>;
  hasRetro: Map<string, number>;
  ages: number[];
};

/**
 * The window's statement folded to what the page and the facets need: the ids and scores of the
 * newest `size` rows (the window; the statement reads one more, `counted` says whether it found it),
 * and on the first page (`facets`) their counts. Runs on the read thread (ReadThread#fold), so it is
 * self-contained: no imports, nothing from around it. Copying the window's rows back cost the thread
 * and the event loop more than this counting.
 */
function foldWindow(rows: unknown[][], arg: { size: number; facets: boolean }) {
  const n = Math.min(rows.length, arg.size);
  const ids = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = Number(rows[i][0]);
    scores[i] = Number(rows[i][1]);
  }
  if (!arg.facets) return { ids, scores, counted: rows.length, counts: null };
  const counts: WindowCounts = {
    kind: new Map(),
    status: new Map(),
    severity: new Map(),
    service: new Map(),
    hasRetro: new Map(),
    ages: [],
  };
  const add = (of: Map<string, number>, value: string | null) => {
    if (value !== null) of.set(value, (of.get(value) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) {
    // By index, not destructured (an iterator per row), as WindowRow orders the columns.
    const r = rows[i] as WindowRow;
    add(counts.kind, r[2]);
    add(counts.status, r[5]);
    add(counts.severity, r[6]);
    add(counts.hasRetro, r[8]);
    // An incident lists a service once (incident_services' key), so its ids need no deduplication;
    // most have one (no split).
    const services = r[7];
    if (!services) add(counts.service, r[3]);
    else if (!services.includes(',')) add(counts.service, services);
    else for (const id of services.split(',')) add(counts.service, id);
    const age = Number(r[4]);
    counts.ages[age] = (counts.ages[age] ?? 0) + 1;
  }
  return { ids, scores, counted: rows.length, counts };
}

/** A row of the window's statement on the first page, in its columns' order. */
type WindowRow = [
  id: number | string,
  score: number | string,
  kind: string,
  serviceId: string | null,
  /** The first of the date buckets (newest first) the text is in; their number when none. */
  age: number,
  status: string | null,
  severityId: string | null,
  /** The incident's services, comma-separated (ids have no commas); null when it has none. */
  services: string | null,
  hasRetro: 'true' | 'false',
];

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

/**
 * The texts of a page, with their snippet: matched words between MARK_START and MARK_END. On SQLite
 * the index is walked once, newest first from the page's newest text, until it has the page's texts
 * (`+` keeps the id list out of FTS5, which would run the whole query again for each id: 20 ids cost
 * ten times the walk; a lower bound on the rowid as well cost FTS5 about 0.09 ms more per statement
 * on the benchmark store than walking down to the page's oldest text).
 */
export async function hits(tx: SearchTx, q: ParsedQuery, ids: number[]): Promise<HitRow[]> {
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
  return rowsOf(
    tx,
    sql<HitRow>`select ${cols},
      case when d.body = '' then highlight(search_fts, 0, ${MARK_START}, ${MARK_END})
        else snippet(search_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) end as snippet
    from search_fts join search_docs d on d.id = search_fts.rowid
    left join incidents on incidents.id = d.incident_id
    where search_fts match ${toFts5(q)} and search_fts.rowid <= ${Math.max(...ids)}
      and +search_fts.rowid in (${sql.join(ids)})
    order by search_fts.rowid desc limit ${ids.length}`,
  );
}

export type FacetRow = { facet: string; value: string | null; label: string | null; n: number | string };

/**
 * The facet rows of a window's counts (foldWindow; `counted`: every row read, the window and one
 * more — more than the limit means "more than the limit"): total, kind, service (the incident's
 * services, else the text's own: an alert's), severity, incident status, has retrospective, and
 * cumulative date buckets (`buckets`, newest first) — the same access rule and filters as the
 * results, since they are the rows the results are ranked from.
 */
async function facetCounts(tx: Tx, counted: number, counts: WindowCounts, buckets: string[]): Promise<FacetRow[]> {
  // Severities from the settings every incident request presents with (cached, dropped on change);
  // the services counted, by one statement of one shape (prepared once).
  const severities = (await settings(tx)).severities;
  const ids = JSON.stringify([...counts.service.keys()]);
  const list = tx.dialect === 'postgres' ? sql`json_array_elements_text(cast(${ids} as json))` : sql`json_each(${ids})`;
  const names = new Map<string, string>([
    ...severities.map((s) => [`severity:${s.id}`, s.name] as const),
    ...(
      await sql<{ id: string; name: string }>`select id, name from services where id in (select value from ${list})`.execute(tx.db)
    ).rows.map((r) => [`service:${r.id}`, r.name] as const),
  ]);
  const rows = (facet: string, counts: Map<string, number>, named = false): FacetRow[] =>
    [...counts].flatMap(([value, n]) => {
      const label = named ? names.get(`${facet}:${value}`) : value;
      return label === undefined ? [] : [{ facet, value, label, n }];
    });
  let cumulative = 0;
  return [
    { facet: 'total', value: null, label: null, n: counted },
    ...rows('kind', counts.kind),
    ...rows('status', counts.status),
    ...rows('severity', counts.severity, true),
    ...rows('service', counts.service, true),
    ...rows('hasRetro', counts.hasRetro),
    ...buckets.map((name, i) => {
      cumulative += counts.ages[i] ?? 0;
      return { facet: 'date', value: name, label: name, n: cumulative };
    }),
  ];
}

/**
 * Incidents whose own texts (title, summary, impact; the ticket and whys for responders) match: the
 * list's `?q=`, newest first, one stretch of the list at a time.
 *
 * `stretch(below, max)` answers a condition on `incidents` that is exact for the incident numbers in
 * [from, below) (below null: no upper end; from null: down to the first incident); the list reads
 * stretches downwards until it has a page. On SQLite a stretch is the incidents of the first `max`
 * matching texts of `incident_fts` walked newest first (its rowid follows incident numbers, migration
 * 0036): the incident of the last text read matches, and every number above it was read in full, so
 * the stretch is complete down to it. A page of a common word reads about a page of texts; a rare
 * word reads all of its few. PostgreSQL answers in one stretch (a semi-join on the GIN index).
 */
export function incidentsMatching(
  tx: Tx,
  user: Actor,
  q: ParsedQuery,
): (below: number | null, max: number) => Promise<{ match: RawBuilder<SqlBool>; from: number | null }> {
  if (tx.dialect === 'postgres') {
    const audience = user.role === 'viewer' ? sql`d.audience = 'all'` : sql`1 = 1`;
    const match = sql<SqlBool>`incidents.id in (select d.incident_id from search_docs d
      where d.kind = 'incident' and d.tsv @@ to_tsquery('english', ${toTsquery(q)}) and ${audience})`;
    return async () => ({ match, from: null });
  }
  // Viewers: only the texts stakeholders read (the columns of audience 'all').
  const fts = user.role === 'viewer' ? `{title body} : (${toFts5(q)})` : toFts5(q);
  return async (below, max) => {
    const upper = below === null ? sql`` : sql`and rowid < ${below} * 4294967296`;
    const rows = (
      await sql<{ n: number }>`select rowid >> 32 as n from incident_fts where incident_fts match ${fts} ${upper}
        order by rowid desc limit ${max}`.execute(tx.db)
    ).rows;
    const numbers = [...new Set(rows.map((r) => Number(r.n)))];
    const from = rows.length < max ? null : numbers[numbers.length - 1];
    return { match: numbers.length ? sql<SqlBool>`incidents.number in (${sql.join(numbers)})` : sql<SqlBool>`1 = 0`, from };
  };
}
