import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import type { Deps } from '../packages/server/src/platform/context.ts';
import { groupCommitterFor } from '../packages/server/src/platform/db/groupCommit.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { hashSecret } from '../packages/server/src/platform/ids.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { rawSqlite } from './baselines.ts';
import { type BenchRow, fmt, row } from './lib.ts';
import { httpLoad } from './load.ts';

const CONNECTIONS = 50;
const GROUP = 100;
/** The fixed load of the latency row: what a busy monitoring estate sends, well under saturation. */
const FIXED_RATE = 2000;
const log = (msg: string) => process.stderr.write(`  alerts: ${msg}\n`);

export const notes = `
What \`alerts.bench.ts\` measures: the real app (SQLite, WAL, synchronous=FULL, group commit) in a
fresh data dir, driven over HTTP by autocannon from a worker thread with **${CONNECTIONS} keep-alive
connections**, 1 s warm-up then 4 s measured. Every 202 is sent after its
event is durably committed.

- **PagerDuty ingest, new alerts**: \`POST /v2/enqueue\` triggers, each with a fresh \`dedup_key\`
  (autocannon's id replacement): every event opens an alert (an insert through the partial unique
  index) and records its event. **Repeats**: one dedup key for every request (the upsert path: count
  and last-seen on the one open alert, plus the event). Target ≥ 10,000 events/s durable.
- **p99 at full load** is queueing: ${CONNECTIONS} requests in flight on one event loop, so p99 ≈
  ${CONNECTIONS} ÷ throughput plus the longest commit. **p99 at a fixed ${FIXED_RATE.toLocaleString('en-US')}/s**
  (autocannon's \`overallRate\`, same ${CONNECTIONS} connections, fresh dedup keys) is the latency a
  monitoring estate sees below saturation: parse, one group commit (its fsync) and the answer.
- **server CPU/event**: CPU time of the server's thread per answered event
  (\`process.threadCpuUsage\`), beside the bare route's. It moves least when other processes share
  the machine; 1 ÷ (CPU/event + the fsync time each event's share of a commit blocks the event
  loop) is what one process can sustain.
- **Alertmanager groups**: \`POST /api/v1/ingest/alertmanager\` with ${GROUP} firing alerts per request
  (fresh fingerprints each time), written set-based like any ingest: figure in alerts/s, CPU per alert.
- **baselines**: a bare Fastify \`POST\` route taking the same PagerDuty body under the same load and
  at the same fixed rate, and node:sqlite with one row per durable commit (the ceiling without group
  commit).
- **events per durable commit**: alert events written ÷ COMMITs made during the new-alerts run
  (warm-up included), beside the requests the ${CONNECTIONS} connections keep in flight, which bounds it.
- **how ingest is written**: requests that arrive together share one transaction
  (\`alerts/ingest.ts\`, \`IngestBatcher\`): it takes the requests waiting when it gets the writer,
  gives the event loop a turn and takes what arrived meanwhile, until a turn brings nothing; their
  triggers are one multi-row upsert of alerts (the triggers of one key folded into one row) and one
  multi-row insert of events, instead of a savepoint and two statements per request. Every 202 still
  waits for the COMMIT that carries its event.
- **what bounds ingest**: one event loop does everything: Node's HTTP parsing and the answer's
  socket write (the bare route's share), the app's hooks (security headers, metrics, cookies),
  reading the body, the key check (cached, one SHA-256 of the key per request), its share of the
  shared transaction's statements and of its COMMIT, whose fsync (synchronous=FULL, node:sqlite is
  synchronous) blocks the loop while it lasts.
- **why a new alert costs more than a repeat**: a repeat updates one row in place; a new alert
  inserts one (five b-trees: the table, its text primary key, open dedup key, list order, incident)
  and, through the search trigger (migration 0027), a search document (three more) and its full-text
  entry, which a batch fills once just before its COMMIT (migration 0032). Batching took away the
  per-request statements and savepoints, which were most of a repeat's database cost but a small
  part of a new alert's: what remains of a new alert is SQLite writing those rows and index entries
  (measured alone with node:sqlite in multi-row statements: 0.05–0.06 ms per alert, with other
  work on the machine) and the pages they dirty, written at each COMMIT. 10,000 events/s needs ≈ 0.08 ms of
  CPU per event with the bare route near 0.03–0.05 ms of it, so new alerts stay short of the target;
  repeats come closer.
`;

/** The HTTP ceiling: a bare Fastify route taking the same body, under full load and at the fixed rate. */
async function bareFastifyPost(body: unknown) {
  const app = Fastify({ logger: false });
  app.post('/v2/enqueue', async (_req, reply) => reply.status(202).send({ status: 'success', message: 'Event processed', dedup_key: 'x' }));
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const load = (overallRate?: number) =>
    httpLoad({ url: `${address}/v2/enqueue`, method: 'POST', body, connections: CONNECTIONS, idReplacement: true, overallRate });
  try {
    return { full: await load(), fixed: await load(FIXED_RATE) };
  } finally {
    await app.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const raw = await rawSqlite({ durationMs: 1500 });
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-alerts-'));
  const config = loadConfig({
    FIREBREAK_DATA_DIR: dir,
    FIREBREAK_PORT: '0',
    FIREBREAK_LOG_LEVEL: 'silent',
    FIREBREAK_MAX_CONNECTIONS_PER_CLIENT: '0',
  });
  const database = await openDatabase(config.database);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const now = new Date().toISOString();
  const keys = { pagerduty: 'b'.repeat(32), alertmanager: 'c'.repeat(32) };
  for (const [format, key] of Object.entries(keys)) {
    await database.db
      .insertInto('integrations')
      .values({
        id: `bench-${format}`,
        name: `bench ${format}`,
        format,
        service_id: null,
        key_hash: hashSecret(key),
        previous_key_hash: null,
        previous_key_expires_at: null,
        signing_secret: null,
        created_by: null,
        created_at: now,
        updated_at: now,
        archived_at: null,
      })
      .execute();
  }
  const app = await buildApp(deps, { webDir: '/nonexistent' });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const pdBody = (dedup: string) => ({
    routing_key: keys.pagerduty,
    event_action: 'trigger',
    dedup_key: dedup,
    payload: { summary: 'CPU high on web-1', source: 'web-1', severity: 'warning', custom_details: { cpu: 97 } },
  });
  try {
    log(`PagerDuty triggers, new dedup keys, ${CONNECTIONS} connections`);
    const committer = groupCommitterFor(database.db);
    const eventsNow = async () =>
      Number(
        (
          await database.db
            .selectFrom('alert_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = { commits: committer.stats.commits, events: await eventsNow() };
    const fresh = await httpLoad({
      url: `${address}/v2/enqueue`,
      method: 'POST',
      body: pdBody('k-[<id>]'),
      connections: CONNECTIONS,
      idReplacement: true,
    });
    const perCommit = ((await eventsNow()) - before.events) / Math.max(1, committer.stats.commits - before.commits);
    log(`PagerDuty triggers, new dedup keys, fixed ${FIXED_RATE}/s`);
    const fixed = await httpLoad({
      url: `${address}/v2/enqueue`,
      method: 'POST',
      body: pdBody('f-[<id>]'),
      connections: CONNECTIONS,
      idReplacement: true,
      overallRate: FIXED_RATE,
    });
    log('PagerDuty triggers, one repeated dedup key');
    const repeat = await httpLoad({ url: `${address}/v2/enqueue`, method: 'POST', body: pdBody('same-key'), connections: CONNECTIONS });
    log(`Alertmanager groups of ${GROUP}`);
    const group = {
      version: '4',
      groupKey: '{}:{alertname="Bench"}',
      status: 'firing',
      receiver: 'firebreak',
      groupLabels: { alertname: 'Bench' },
      commonLabels: { alertname: 'Bench' },
      commonAnnotations: {},
      externalURL: 'http://am.example',
      alerts: Array.from({ length: GROUP }, (_, i) => ({
        status: 'firing',
        labels: { alertname: 'Bench', instance: `host-${i}` },
        annotations: { summary: `Bench alert ${i}` },
        startsAt: now,
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prom.example/graph',
        fingerprint: `[<id>]-${i}`,
      })),
    };
    const am = await httpLoad({
      url: `${address}/api/v1/ingest/alertmanager`,
      method: 'POST',
      headers: { authorization: `Bearer ${keys.alertmanager}` },
      body: group,
      connections: 10,
      idReplacement: true,
    });
    await app.close();
    log('baseline: bare Fastify POST');
    const bare = await bareFastifyPost(pdBody('k-[<id>]'));
    const httpBase = { name: 'bare Fastify POST', value: bare.full.perSec };
    const dbBase = { name: 'node:sqlite 1 row/commit', value: raw.durable.perSec };
    const cpuBase = { name: 'bare Fastify POST', value: bare.full.cpuMsPerRequest };
    return [
      row('alerts', `PagerDuty ingest, new alerts (${CONNECTIONS} conns)`, fresh.perSec, 'events/s', {
        baseline: httpBase,
        target: '>=10000',
      }),
      row('alerts', 'PagerDuty ingest, new alerts vs raw commits', fresh.perSec, 'events/s', { baseline: dbBase }),
      row('alerts', `PagerDuty ingest, new alerts p99 at full load`, fresh.p99, 'ms', {
        baseline: { name: 'bare Fastify POST p99', value: bare.full.p99 },
      }),
      row('alerts', `PagerDuty ingest, new alerts p99 at a fixed ${fmt(FIXED_RATE)}/s`, fixed.p99, 'ms', {
        baseline: { name: `bare Fastify POST p99 at ${fmt(FIXED_RATE)}/s`, value: bare.fixed.p99 },
      }),
      row('alerts', 'PagerDuty ingest, new alerts server CPU/event', fresh.cpuMsPerRequest, 'ms', { baseline: cpuBase }),
      row('alerts', 'PagerDuty ingest, new alerts events per durable commit', perCommit, 'events', {
        baseline: { name: 'requests in flight', value: CONNECTIONS },
      }),
      row('alerts', `PagerDuty ingest, repeats of one key (${CONNECTIONS} conns)`, repeat.perSec, 'events/s', {
        baseline: httpBase,
        target: '>=10000',
      }),
      row('alerts', 'PagerDuty ingest, repeats server CPU/event', repeat.cpuMsPerRequest, 'ms', { baseline: cpuBase }),
      row('alerts', `Alertmanager groups of ${GROUP} (10 conns)`, am.perSec * GROUP, 'alerts/s', { baseline: dbBase }),
      row('alerts', `Alertmanager groups of ${GROUP} server CPU/alert`, am.cpuMsPerRequest / GROUP, 'ms', { baseline: cpuBase }),
    ];
  } finally {
    await app.close().catch(() => {});
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
