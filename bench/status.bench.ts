import Fastify from 'fastify';
import { startApi } from './api/setup.ts';
import { type BenchRow, row } from './lib.ts';
import { httpLoad, type LoadResult } from './load.ts';

// The public status page under the load of an outage: 100 connections, beside a bare Fastify route
// under the same load in the same run.
const CONNECTIONS = 100;
const log = (msg: string) => process.stderr.write(`  status: ${msg}\n`);

export const notes = `
What \`status.bench.ts\` measures, in one process on one SQLite file:

- **App**: the real \`buildApp\` (as api.bench.ts), with a status page switched on: 12 components in 3
  groups, 2 open published incidents (3 public updates each, component impacts), 1 active and 1
  upcoming maintenance, and 20 resolved published incidents in the 90-day history.
- **/api/v2/summary.json**: the Statuspage-compatible summary, no sign-in, ${CONNECTIONS} keep-alive
  connections, once without Accept-Encoding and once with \`Accept-Encoding: gzip\` (what Go's net/http,
  Python requests and browsers send by default; the gzip copy is made once per snapshot). It is answered from the per-process snapshot (status/snapshot.ts), whose JSON body is
  serialised once per snapshot and sent as bytes with an ETag (the clients here do not send
  If-None-Match, so every response carries the whole body). The snapshot is rebuilt at most every 5 s
  or when a change drops it, so the figure includes those rebuilds.
- **/status**: the server-rendered HTML page (status/page/), no sign-in, the same ${CONNECTIONS} connections,
  without If-None-Match: rendered once per snapshot and host (\`derived\`) and sent from memory with its
  ETag and the page's security headers. Its CSS is a separate stylesheet browsers keep (immutable), so
  it is not part of a page view.
- **/status HTML compressed (browsers)**: the same page for clients sending a browser's
  \`Accept-Encoding: gzip, deflate, br\`: they get its brotli variant; **gzip only** is for clients
  sending \`Accept-Encoding: gzip\`. Each variant is made once per snapshot and page, the first time it
  is asked for, never per request.
- **bare Fastify**: \`GET /ok\` → \`{ok:true}\` on a plain Fastify instance under the same ${CONNECTIONS} connections.
`;

async function bare(): Promise<LoadResult> {
  const app = Fastify({ logger: false });
  app.get('/ok', async () => ({ ok: true }));
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    return await httpLoad({ url: `${address}/ok`, connections: CONNECTIONS });
  } finally {
    await app.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  log(`baseline: bare Fastify route, ${CONNECTIONS} connections`);
  const baseline = await bare();
  const api = await startApi();
  try {
    const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${api.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${api.users.admin.token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    log('seeding the status page');
    await send('PUT', '/api/v1/status-page/settings', { enabled: true, organisationName: 'Bench Co', brandColor: '#1f6feb' });
    const components: string[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await send<{ data: { id: string } }>('POST', '/api/v1/status-page/components', {
        name: `Component ${i + 1}`,
        description: 'What customers use',
        groupName: ['Platform', 'Payments', 'Website'][i % 3],
      });
      components.push(c.data.id);
    }
    const publish = async (n: number, resolve: boolean) => {
      const inc = await send<{ data: { ref: string } }>('POST', '/api/v1/incidents', { title: `Bench incident ${n}`, severity: 'SEV2' });
      const ref = inc.data.ref;
      await send('POST', `/api/v1/incidents/${ref}/status-page`, {
        publicTitle: `Trouble ${n}`,
        impacts: [{ componentId: components[n % components.length], status: 'partial_outage' }],
        update: { status: 'investigating', body: 'We are looking into reports of errors.' },
      });
      await send('POST', `/api/v1/incidents/${ref}/status-page/updates`, { status: 'identified', body: 'We found the cause.' });
      await send('POST', `/api/v1/incidents/${ref}/status-page/updates`, {
        status: resolve ? 'resolved' : 'monitoring',
        body: resolve ? 'This incident has been resolved.' : 'A fix is in place; we are watching.',
      });
    };
    for (let i = 0; i < 20; i++) await publish(i, true);
    for (let i = 20; i < 22; i++) await publish(i, false);
    const now = Date.now();
    const at = (min: number) => new Date(now + min * 60_000).toISOString();
    await send('POST', '/api/v1/status-page/maintenances', {
      title: 'Database upgrade',
      body: 'Short pauses.',
      componentIds: components.slice(0, 2),
      scheduledFor: at(-10),
      scheduledUntil: at(60),
      autoStart: false,
    }).then((m) => send('PATCH', `/api/v1/status-page/maintenances/${(m as { data: { id: string } }).data.id}`, { status: 'in_progress' }));
    await send('POST', '/api/v1/status-page/maintenances', {
      title: 'Network work',
      body: 'Brief blips.',
      componentIds: components.slice(3, 5),
      scheduledFor: at(24 * 60),
      scheduledUntil: at(25 * 60),
    });

    log(`/api/v2/summary.json, ${CONNECTIONS} connections`);
    const summary = await httpLoad({ url: `${api.url}/api/v2/summary.json`, connections: CONNECTIONS });
    const group = 'status page';
    const ref = { name: `bare Fastify (${CONNECTIONS} conn.)`, value: baseline.perSec };
    const rows: BenchRow[] = [
      row(group, `bare Fastify GET, ${CONNECTIONS} connections`, baseline.perSec, 'req/s'),
      row(group, `/api/v2/summary.json throughput, ${CONNECTIONS} connections`, summary.perSec, 'req/s', {
        baseline: ref,
        target: '>=10000',
      }),
      row(group, '/api/v2/summary.json p99', summary.p99, 'ms', { baseline: { name: 'bare Fastify p99', value: baseline.p99 } }),
      row(group, '/api/v2/summary.json server CPU/request', summary.cpuMsPerRequest, 'ms', {
        baseline: { name: 'bare Fastify', value: baseline.cpuMsPerRequest },
      }),
      row(group, '/api/v2/summary.json body', summary.bytesPerResponse, 'bytes'),
    ];
    // Most API clients ask for gzip by default (Go's net/http, Python requests, browsers' widgets).
    log(`/api/v2/summary.json with Accept-Encoding: gzip, ${CONNECTIONS} connections`);
    const zipped = await httpLoad({
      url: `${api.url}/api/v2/summary.json`,
      connections: CONNECTIONS,
      headers: { 'accept-encoding': 'gzip' },
    });
    rows.push(
      row(group, `/api/v2/summary.json gzip throughput, ${CONNECTIONS} connections`, zipped.perSec, 'req/s', {
        baseline: ref,
        target: '>=10000',
      }),
      row(group, '/api/v2/summary.json gzip p99', zipped.p99, 'ms', { baseline: { name: 'bare Fastify p99', value: baseline.p99 } }),
      row(group, '/api/v2/summary.json gzip body', zipped.bytesPerResponse, 'bytes'),
    );
    // ---- status-public: the /status HTML page (same server, same load) ----
    log(`/status HTML, ${CONNECTIONS} connections`);
    const page = await httpLoad({ url: `${api.url}/status`, connections: CONNECTIONS });
    rows.push(
      row(group, `/status HTML throughput, ${CONNECTIONS} connections`, page.perSec, 'req/s', { baseline: ref, target: '>=10000' }),
      row(group, '/status HTML p99', page.p99, 'ms', { baseline: { name: 'bare Fastify p99', value: baseline.p99 } }),
      row(group, '/status HTML server CPU/request', page.cpuMsPerRequest, 'ms', {
        baseline: { name: 'bare Fastify', value: baseline.cpuMsPerRequest },
      }),
      row(group, '/status HTML body', page.bytesPerResponse, 'bytes'),
    );
    // ---- what browsers get: the same page compressed (once per snapshot, not per request) ----
    for (const [label, encoding] of [
      ['compressed (browsers: br)', 'gzip, deflate, br'],
      ['gzip only', 'gzip'],
    ] as const) {
      log(`/status HTML with Accept-Encoding: ${encoding}, ${CONNECTIONS} connections`);
      const r = await httpLoad({ url: `${api.url}/status`, connections: CONNECTIONS, headers: { 'accept-encoding': encoding } });
      rows.push(
        row(group, `/status HTML ${label} throughput, ${CONNECTIONS} connections`, r.perSec, 'req/s', { baseline: ref, target: '>=10000' }),
        row(group, `/status HTML ${label} p99`, r.p99, 'ms', { baseline: { name: 'bare Fastify p99', value: baseline.p99 } }),
        row(group, `/status HTML ${label} server CPU/request`, r.cpuMsPerRequest, 'ms', {
          baseline: { name: 'bare Fastify', value: baseline.cpuMsPerRequest },
        }),
        row(group, `/status HTML ${label} body`, r.bytesPerResponse, 'bytes'),
      );
    }
    return rows;
  } finally {
    await api.close();
  }
}
