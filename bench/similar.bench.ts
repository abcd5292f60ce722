import { embed, encodeVector } from '../packages/server/src/learning/encoder.ts';
import { incidentText, saveVectors } from '../packages/server/src/learning/store.ts';
import { computeVectors, embeddingText, sourceHash, ticketText } from '../packages/server/src/learning/vectors.ts';
import { transaction } from '../packages/server/src/platform/context.ts';
import { seedIncidents } from './api/seed.ts';
import { startApi } from './api/setup.ts';
import { bareFastify } from './baselines.ts';
import { type BenchRow, fmt, measureLoop, row } from './lib.ts';
import { httpLoad } from './load.ts';

// Similar incidents (issue 14): what a vector costs, /similar at 10,000 incidents, and the encoder's memory.
const STORE_SIZE = 10_000;
const log = (msg: string) => process.stderr.write(`  similar: ${msg}\n`);
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

/** A whole ticket, as the vectorize job reads it after a retrospective: title, report, root cause, sections. */
const tickets = Array.from({ length: 24 }, (_, i) => ({
  title: `Checkout ${['returns 500', 'times out', 'drops orders', 'double charges'][i % 4]} for EU customers (${i})`,
  report: `Alert checkout-5xx fired at 12:40. Error rate 18% on eu-west; customers see "payment failed". Incident ${i}.`,
  rootCause: 'The database connection pool was exhausted: connections leaked in the order path after deploy 4812.',
  sections: [
    'Symptoms: 500s on POST /orders, p99 latency 9 s.',
    'Customer impact: EU customers could not pay for about 40 minutes.',
    'Fixes for symptoms: rolled back deploy 4812, restarted checkout pods.',
    'Prevention: alert on pool saturation; close connections in a finally block.',
  ].join('\n'),
}));

export const notes = `
What \`similar.bench.ts\` measures, in one process (the real app over HTTP on loopback, SQLite in a
fresh temp data dir, as in api.bench.ts):

- **vector per incident**: \`computeVectors\` (what the \`learning.vectorize\` job runs after reading
  the ticket) on whole tickets (title, report, root cause, four sections), back to back for 3 s;
  with the sentence encoder (USE lite, loaded before measuring) and without it
  (\`FIREBREAK_EMBEDDINGS=off\`: TF-IDF terms only).
- **store**: ${fmt(STORE_SIZE)} incidents seeded as in api.bench.ts (20 services × 20 symptoms as titles), each
  with its stored vectors (terms + a 512-d embedding; identical texts share their embedding, computed
  once), written in one transaction.
- **/similar**: GET /api/v1/incidents/{ref}/similar?limit=5 and POST /api/v1/incidents/similar (a
  draft: its embedding is computed per request) under autocannon, 10 keep-alive connections for 10 s (and 1 connection for 5 s), as a
  responder; beside a bare Fastify route and GET /incidents/{ref} under the same load in the same run.
  The first /similar after vectors change rebuilds the in-memory index (shown separately).
- **memory**: resident set size of this process (app, SQLite, ${fmt(STORE_SIZE)} incidents) before the encoder
  is loaded, and after it is loaded and has embedded the store's texts; the difference is what
  turning the encoder on costs a server.
`;

export async function run(): Promise<BenchRow[]> {
  log('baseline: bare Fastify route');
  const bare = await bareFastify();
  const rows: BenchRow[] = [
    row('baseline', 'bare Fastify GET p50', bare.p50, 'ms'),
    row('baseline', 'bare Fastify GET p95', bare.p95, 'ms'),
  ];
  const api = await startApi();
  try {
    log(`seeding ${fmt(STORE_SIZE)} incidents`);
    await seedIncidents(api, STORE_SIZE);
    const tx = { db: api.deps.db, dialect: api.deps.dialect, events: [] };
    const ids = (await api.deps.db.selectFrom('incidents').select(['id', 'number']).orderBy('number').execute()).map((r) => r.id);
    const texts: { id: string; text: ReturnType<typeof ticketText> }[] = [];
    for (const id of ids) {
      const r = await incidentText(tx, id);
      if (r) texts.push({ id, text: ticketText(r) });
    }
    const rssBefore = rssMb();

    log('vector per incident, encoder off');
    let i = 0;
    const off = await measureLoop(() => computeVectors({ embeddings: false }, tickets[i++ % tickets.length]), {
      durationMs: 3000,
      warmupMs: 300,
    });
    log('loading the encoder');
    const t0 = performance.now();
    await embed({ embeddings: true }, ['warm up']);
    const loadMs = performance.now() - t0;
    log('vector per incident, encoder on');
    const on = await measureLoop(() => computeVectors({ embeddings: true }, tickets[i++ % tickets.length]), {
      durationMs: 3000,
      warmupMs: 500,
    });
    rows.push(
      row('vector per incident', 'computeVectors, encoder off (TF-IDF terms)', 1000 / off.perSec, 'ms'),
      row('vector per incident', 'computeVectors, encoder on (terms + 512-d embedding)', 1000 / on.perSec, 'ms', {
        baseline: { name: 'encoder off', value: 1000 / off.perSec },
      }),
      row('vector per incident', 'encoder load (once per process)', loadMs, 'ms'),
    );

    log(`vectors for ${fmt(texts.length)} incidents`);
    const distinct = [...new Set(texts.map((t) => embeddingText(t.text)))];
    const embs = new Map<string, string>();
    for (let k = 0; k < distinct.length; k += 16) {
      const batch = distinct.slice(k, k + 16);
      const out = (await embed({ embeddings: true }, batch)) ?? [];
      for (const [j, s] of batch.entries()) embs.set(s, encodeVector(out[j]));
    }
    const now = new Date().toISOString();
    await transaction(api.deps, async (t) => {
      for (const { id, text } of texts) {
        const v = await computeVectors({ embeddings: false }, text);
        await saveVectors(t, {
          incident_id: id,
          terms: JSON.stringify(v.terms),
          embedding: embs.get(embeddingText(text)) ?? null,
          source_hash: sourceHash(text, [], true),
          computed_at: now,
        });
      }
      // The vectors above stand for what the jobs would have computed: nothing is left pending.
      await t.db.deleteFrom('learning_pending').execute();
    });
    const rssAfter = rssMb();
    rows.push(
      row('memory', `resident memory, encoder not loaded (${fmt(STORE_SIZE)} incidents)`, rssBefore, 'MB'),
      row('memory', 'resident memory, encoder loaded and used', rssAfter, 'MB', { baseline: { name: 'not loaded', value: rssBefore } }),
    );

    const me = api.users.responder;
    const headers = { authorization: `Bearer ${me.token}` };
    const ref = `INC-${Math.floor(STORE_SIZE / 2)}`;
    const path = `/api/v1/incidents/${ref}/similar?limit=5`;
    const first0 = performance.now();
    const first = await api.call<{ data: unknown[]; indexed: boolean }>(me, 'GET', path);
    const rebuildMs = performance.now() - first0;
    if (!first.indexed || first.data.length === 0) throw new Error(`/similar on ${ref} found nothing: the seed does not exercise it`);
    rows.push(row(`/similar (${fmt(STORE_SIZE)} incidents)`, 'first GET after vectors changed (index rebuild)', rebuildMs, 'ms'));

    log('GET /incidents/{ref} (app baseline)');
    const plain = await httpLoad({ url: `${api.url}/api/v1/incidents/${ref}`, headers });
    log('GET /incidents/{ref}/similar');
    const similar = await httpLoad({ url: `${api.url}${path}`, headers, durationSec: 10 });
    const alone = await httpLoad({ url: `${api.url}${path}`, headers, connections: 1, durationSec: 5 });
    log('POST /incidents/similar (draft)');
    const draft = await httpLoad({
      url: `${api.url}/api/v1/incidents/similar`,
      method: 'POST',
      headers,
      durationSec: 10,
      body: { title: 'checkout returns 500', description: 'payment failed for EU customers', services: ['checkout'] },
    });
    const group = `/similar (${fmt(STORE_SIZE)} incidents, 10 conn.)`;
    rows.push(
      row(group, 'GET /incidents/{ref} p95 (app baseline)', plain.p95, 'ms', { baseline: { name: 'bare Fastify p95', value: bare.p95 } }),
      row(group, 'GET /incidents/{ref}/similar p50', similar.p50, 'ms', { baseline: { name: 'bare Fastify p50', value: bare.p50 } }),
      row(group, 'GET /incidents/{ref}/similar p95', similar.p95, 'ms', {
        baseline: { name: 'GET /incidents/{ref} p95', value: plain.p95 },
      }),
      row(group, 'GET /incidents/{ref}/similar throughput', similar.perSec, 'req/s'),
      row(group, 'GET /incidents/{ref}/similar p50, 1 connection (no queueing)', alone.p50, 'ms'),
      row(group, 'GET /incidents/{ref}/similar server CPU/request', similar.cpuMsPerRequest, 'ms'),
      row(group, 'POST /incidents/similar (draft, embeds per request) p95', draft.p95, 'ms', {
        baseline: { name: 'GET /incidents/{ref} p95', value: plain.p95 },
      }),
      row(group, 'POST /incidents/similar throughput', draft.perSec, 'req/s'),
    );
  } finally {
    await api.close();
  }
  return rows;
}
