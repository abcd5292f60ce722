import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../packages/server/src/platform/db/schema.ts';
import { SEARCH_WORD, seedIncidents } from './api/seed.ts';
import { startApi } from './api/setup.ts';
import { bareFastify } from './baselines.ts';
import { type BenchRow, fmt, row } from './lib.ts';
import { httpLoad } from './load.ts';

// Full-text search (packages/server/src/search) on SQLite at 100,000 incidents and 1,000,000 timeline entries.
const INCIDENTS = 100_000;
const ENTRIES = 1_000_000;
const log = (msg: string) => process.stderr.write(`  search: ${msg}\n`);

/** Deterministic pseudo-words: 3,000 of them, so one word is in about 2,000 of the entries. */
function vocabulary(n: number): string[] {
  const on = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
  const nu = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
  const words = new Set<string>();
  for (let i = 0; words.size < n; i++) {
    let w = '';
    let x = i * 2_654_435_761;
    for (let s = 0; s < 3; s++) {
      w += on[x % on.length] + nu[Math.floor(x / 15) % nu.length];
      x = Math.floor(x / 105) + 7 * s + i;
    }
    words.add(w);
  }
  return [...words];
}

export const notes = `
What \`search.bench.ts\` measures, on one SQLite file (WAL, synchronous=FULL), the real app over HTTP:

- **Store**: ${fmt(INCIDENTS)} incidents as in api.bench.ts (titles from 20 templates), then
  ${fmt(ENTRIES)} timeline entries (10 per incident: comments, notes, stakeholder updates) of 8–10
  words each, drawn from 3,000 pseudo-words (one word is in about 2,000 entries), written with
  multi-row INSERTs in transactions of 50,000. The search index is kept by triggers, so the seed
  rate includes indexing (FTS5).
- **search**: GET /api/v1/search as a responder (private incidents filtered in SQL), 20 results
  with snippets and the facets (kind, service, severity, status, date, retrospective), both over the
  search window: every match up to 300, else the newest 300 (\`capped\`: the one-word row's "matches"
  then reads 300+), 10 connections. One word (~3,000 matches), and two words of which one
  a prefix. Baseline: the incident list's first page in the same run, and the bare Fastify route.
  p95 at 10 connections is mostly queueing: a one-word search's statements run on one read thread
  and the rest on one event loop, so p95 is about 10 × the longer of the two per request on a free
  machine, and more when other processes take the cores. **server CPU/request** (the server thread's
  CPU time per answer) moves least when other processes share the machine; compare it between runs.
- **list ?q=**: the incident list filtered by a word through the index (was a LIKE scan); the word
  is in about 5% of incident titles; the list reads the incident-ordered index a stretch at a time
  and stops after a page (docs/search.md).
- **append with / without the index**: POST /api/v1/incidents/{ref}/timeline (a note), once with the
  index's timeline triggers and once with them dropped, on the same store.
`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  log('baseline: bare Fastify route');
  const bare = await bareFastify();
  const api = await startApi();
  try {
    log(`seeding ${fmt(INCIDENTS)} incidents`);
    const seeded = await seedIncidents(api, INCIDENTS);
    rows.push(row('search seed', `${fmt(INCIDENTS)} incidents, indexed by triggers`, seeded.rows / seeded.seconds, 'rows/s'));

    const incidentIds = (await api.deps.db.selectFrom('incidents').select('id').orderBy('number').execute()).map((r) => r.id);
    const words = vocabulary(3000);
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const word = () => words[Math.floor(rand() * words.length)];
    const kinds = ['comment', 'note', 'comment', 'stakeholder_update'];
    log(`seeding ${fmt(ENTRIES)} timeline entries`);
    const t0 = performance.now();
    const base = Date.now() - ENTRIES * 1000;
    for (let start = 0; start < ENTRIES; start += 50_000) {
      const batch: Insertable<DB['timeline_entries']>[] = [];
      for (let i = start; i < Math.min(ENTRIES, start + 50_000); i++) {
        const kind = kinds[i % kinds.length];
        const at = new Date(base + i * 1000).toISOString();
        batch.push({
          incident_id: incidentIds[i % incidentIds.length],
          kind,
          actor_id: api.users.responder.id,
          body: `Checked ${word()} ${word()}: the ${word()} ${word()} after ${word()}; ${word()} ${word()} looks ${word()}.`,
          data: '{}',
          visibility: kind === 'stakeholder_update' ? 'stakeholders' : 'internal',
          occurred_at: at,
          recorded_at: at,
          pinned: 0,
        });
      }
      await api.deps.db.transaction().execute(async (trx) => {
        for (let j = 0; j < batch.length; j += 2000)
          await trx
            .insertInto('timeline_entries')
            .values(batch.slice(j, j + 2000))
            .execute();
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    rows.push(row('search seed', `${fmt(ENTRIES)} timeline entries, indexed by triggers`, ENTRIES / seconds, 'rows/s'));
    log(`entries seeded in ${seconds.toFixed(0)} s`);

    const me = api.users.responder;
    const headers = { authorization: `Bearer ${me.token}` };
    const get = (path: string) => httpLoad({ url: `${api.url}${path}`, headers });
    const listPage = await get('/api/v1/incidents?limit=20');
    const p95Base = { name: 'incident list page p95', value: listPage.p95 };
    rows.push(
      row('search', 'baseline: bare Fastify GET p95', bare.p95, 'ms'),
      row('search', 'baseline: GET /incidents?limit=20 p95', listPage.p95, 'ms'),
    );
    const one = words[42];
    // The second word is taken from an entry that has the first, so the two-word query has matches
    // (consecutive draws of the seed's generator are correlated: two fixed words may never meet).
    const sample = await api.deps.db
      .selectFrom('timeline_entries')
      .select('body')
      .where('body', 'like', `% ${one} %`)
      .limit(1)
      .executeTakeFirstOrThrow();
    const partner = ((sample.body ?? '').match(/[a-z]+/g) ?? []).find((w) => w !== one && words.includes(w)) ?? words[43];
    const two = `${one} ${partner.slice(0, 4)}*`;
    for (const [label, q] of [
      ['one word', one],
      ['two words, one a prefix', two],
    ]) {
      const path = `/api/v1/search?q=${encodeURIComponent(q)}&limit=20`;
      const page = await api.call<{ data: unknown[]; facets: { total: number; capped: boolean } }>(me, 'GET', path);
      // Results and facets are over the newest 300 matches (docs/search.md): "300+" then.
      const matches = `${page.facets.total.toLocaleString('en-US')}${page.facets.capped ? '+' : ''}`;
      log(`search "${q}": ${matches} matches`);
      if (!page.data.length) throw new Error(`search "${q}" found nothing: the seed does not exercise it`);
      const r = await get(path);
      rows.push(
        row('search', `GET /search (${label}, ${matches} matches) p95`, r.p95, 'ms', { baseline: p95Base, target: '<=50' }),
        row('search', `GET /search (${label}) throughput`, r.perSec, 'req/s'),
        row('search', `GET /search (${label}) server CPU/request`, r.cpuMsPerRequest, 'ms', {
          baseline: { name: 'incident list page', value: listPage.cpuMsPerRequest },
        }),
      );
    }
    const listQ = await get(`/api/v1/incidents?q=${SEARCH_WORD}&limit=50`);
    rows.push(
      row('search', `GET /incidents?q=${SEARCH_WORD}&limit=50 p99`, listQ.p99, 'ms', {
        baseline: { name: 'bare Fastify p99', value: bare.p99 },
        target: '<=20',
      }),
      row('search', `GET /incidents?q=${SEARCH_WORD}&limit=50 server CPU/request`, listQ.cpuMsPerRequest, 'ms', {
        baseline: { name: 'incident list page (20)', value: listPage.cpuMsPerRequest },
      }),
    );

    // Index maintenance on append: the same POST with the timeline triggers, then without them.
    const war = await api.call<{ data: { ref: string } }>(me, 'POST', '/api/v1/incidents', {
      title: 'Search bench war room',
      severity: 'SEV2',
    });
    const post = () =>
      httpLoad({
        url: `${api.url}/api/v1/incidents/${war.data.ref}/timeline`,
        method: 'POST',
        headers,
        body: { body: `Rolled back deploy 4812 on eu-west; ${words[9]} error rate falling` },
      });
    log('append with the index');
    const withIndex = await post();
    const triggers = await sql<{
      name: string;
      sql: string;
    }>`select name, sql from sqlite_master where type = 'trigger' and name like 'search_entry_%'`.execute(api.deps.db);
    for (const t of triggers.rows) await sql.raw(`drop trigger ${t.name}`).execute(api.deps.db);
    log('append without the index');
    const without = await post();
    for (const t of triggers.rows) await sql.raw(t.sql).execute(api.deps.db);
    const base2 = { name: 'append without search index', value: without.perSec };
    rows.push(
      row('search append', 'POST /incidents/{ref}/timeline without search index', without.perSec, 'req/s'),
      row('search append', 'POST /incidents/{ref}/timeline with search index', withIndex.perSec, 'req/s', { baseline: base2 }),
      row('search append', 'server CPU/request without search index', without.cpuMsPerRequest, 'ms'),
      row('search append', 'server CPU/request with search index', withIndex.cpuMsPerRequest, 'ms', {
        baseline: { name: 'without', value: without.cpuMsPerRequest },
      }),
    );
  } finally {
    await api.close();
  }
  return rows;
}
