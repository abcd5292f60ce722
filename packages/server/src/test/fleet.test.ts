import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openBus } from '../main.ts';
import type { Bus } from '../platform/bus.ts';
import { systemClock } from '../platform/clock.ts';
import { transaction } from '../platform/context.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { noopJob } from '../platform/jobs/builtin.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';
import { type ServerProcess, startServer } from './serverProcess.ts';
import { type Entry, Stream } from './sseClient.ts';

const url = process.env.FIREBREAK_TEST_DATABASE_URL;

type Instance = ServerProcess;
const servers: ServerProcess[] = [];

/** One real `firebreak serve` process (the same entry point as npm start) on the shared schema. */
async function startInstance(dbUrl: string, dataDir: string): Promise<Instance> {
  const server = await startServer(
    { FIREBREAK_DATABASE_URL: dbUrl, FIREBREAK_DATA_DIR: dataDir, FIREBREAK_JOB_LEASE_SECONDS: '3' },
    30_000,
  );
  servers.push(server);
  return server;
}

const until = async (what: string, pred: () => Promise<boolean> | boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.skipIf(!url)('several instances on one PostgreSQL', () => {
  const schema = `fleet_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const dbUrl = `${url}${url?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-fleet-'));
  let database: Database;
  let bus: Bus;
  let a: Instance;
  let b: Instance;
  let token = '';
  const deps = () => ({
    db: database.db,
    dialect: database.dialect,
    clock: systemClock,
    bus,
    config: loadConfig({ FIREBREAK_DATA_DIR: dataDir }),
  });
  const call = async (inst: Instance, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${inst.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as { data: Record<string, unknown> } };
  };
  const jobRows = (ids: string[]) =>
    database.db.selectFrom('jobs').select(['id', 'state', 'attempts', 'locked_by']).where('id', 'in', ids).execute();

  beforeAll(async () => {
    database = await openDatabase(url as string, { schema });
    bus = await openBus(database);
    const admin = await createUser(deps(), { email: 'ops@example.com', role: 'admin', name: 'Ops' });
    token = (await issueToken(deps(), admin.id, { name: 'fleet test' })).secret;
    a = await startInstance(dbUrl, dataDir);
    b = await startInstance(dbUrl, dataDir);
  }, 90_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await bus?.close();
    await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an entry posted to one instance reaches a live stream on the other', async () => {
    const declared = await call(a, 'POST', '/api/v1/incidents', { title: 'Checkout latency in eu-west', severity: 'SEV2' });
    expect(declared.status).toBe(201);
    const ref = declared.json.data.ref as string;
    const ac = new AbortController();
    const res = await fetch(`${b.base}/api/v1/incidents/${ref}/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: ac.signal,
    });
    expect(res.status).toBe(200);
    let received = '';
    const reading = (async () => {
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const dec = new TextDecoder();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += dec.decode(value, { stream: true });
        }
      } catch {
        // aborted
      }
    })();
    await new Promise((r) => setTimeout(r, 200)); // the stream is open and listening
    expect((await call(a, 'POST', `/api/v1/incidents/${ref}/comments`, { body: 'Posted on instance A' })).status).toBe(201);
    await until('the comment on instance B', () => received.includes('Posted on instance A'), 10_000);
    ac.abort();
    await reading;
  });

  it('each instance fans out once per wake for its own streams: mixed audiences on B get exactly their entries written on A', async () => {
    const user = async (email: string, role: 'responder' | 'viewer') => {
      const u = await createUser(deps(), { email, role, name: role });
      return { id: u.id, email, name: role, token: (await issueToken(deps(), u.id, { name: 'fleet test' })).secret };
    };
    const audiences = {
      admin: { id: '', email: 'ops@example.com', name: 'Ops', token },
      responder: await user('fleet-responder@example.com', 'responder'),
      viewer: await user('fleet-viewer@example.com', 'viewer'),
    };
    const declared = await call(a, 'POST', '/api/v1/incidents', { title: 'Payments failing in us-east', severity: 'SEV1' });
    const ref = declared.json.data.ref as string;
    const path = `/api/v1/incidents/${ref}`;
    const start = ((await call(a, 'GET', `${path}/timeline?limit=500`)).json.data as unknown as { id: number }[]).at(-1)?.id ?? 0;
    const streams = await Promise.all(
      Object.entries(audiences).flatMap(([k, u]) =>
        Array.from({ length: 4 }, async () => ({ k, s: await Stream.open(`${b.base}${path}/events`, u) })),
      ),
    );
    const reads = async (inst: Instance) => {
      const res = await fetch(`${inst.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      return Number((await res.text()).match(/^firebreak_live_feed_reads_total (\d+)$/m)?.[1] ?? Number.NaN);
    };
    const before = await reads(b);
    await new Promise((r) => setTimeout(r, 200)); // the streams are open and listening
    await call(a, 'POST', `${path}/comments`, { body: 'internal: card processor timeouts' });
    await call(a, 'POST', `${path}/updates`, { body: 'public: payments may fail' });
    const last = await call(a, 'POST', `${path}/updates`, { body: 'public: sentinel' });
    try {
      for (const [k, u] of Object.entries(audiences)) {
        const res = await fetch(`${a.base}${path}/timeline?after=${start}&limit=500`, { headers: { authorization: `Bearer ${u.token}` } });
        const want = ((await res.json()) as { data: Entry[] }).data;
        expect(want.at(-1)?.id).toBe(last.json.data.id);
        for (const { s } of streams.filter((x) => x.k === k)) {
          await s.until(() => s.events.some((e) => e.id === String(last.json.data.id)), `${k}: the sentinel on B`);
          expect(s.entries()).toEqual(want);
        }
      }
      expect(streams.find((x) => x.k === 'viewer')?.s.raw).not.toContain('internal');
      // Three wakes on B, one read each for its 12 streams (not 36).
      expect((await reads(b)) - before).toBeLessThanOrEqual(6);
    } finally {
      for (const { s } of streams) s.close();
    }
  });

  it('a settings change on one instance is seen at once by the other (its cache is dropped)', async () => {
    const before = await call(b, 'GET', '/api/v1/severities');
    const list = before.json.data as unknown as {
      id: string;
      name: string;
      description: string;
      color: string;
      updateCadenceMinutes: number | null;
      retrospectiveRequired: boolean;
    }[];
    await call(b, 'GET', '/api/v1/incidents'); // B caches severities
    const renamed = list.map(({ id, name, description, color, updateCadenceMinutes, retrospectiveRequired }, i) => ({
      id,
      name,
      description: i === 0 ? 'Renamed on A' : description,
      color,
      updateCadenceMinutes,
      retrospectiveRequired,
    }));
    expect((await call(a, 'PUT', '/api/v1/severities', { severities: renamed })).status).toBe(200);
    const declared = await call(b, 'POST', '/api/v1/incidents', { title: 'Cache check', severity: list[0].name });
    await until(
      'B to present the new description',
      async () => {
        const read = await call(b, 'GET', `/api/v1/incidents/${declared.json.data.ref}`);
        return JSON.stringify(read.json).includes('Renamed on A');
      },
      3000,
    );
  });

  it('a token revoked on one instance stops working on the other at once (its credential cache is dropped)', async () => {
    const person = await createUser(deps(), { email: 'temp@example.com', role: 'responder', name: 'Temp' });
    const issued = await issueToken(deps(), person.id, { name: 'short-lived' });
    const as = (inst: Instance, method = 'GET', path = '/api/v1/incidents') =>
      fetch(`${inst.base}${path}`, { method, headers: { authorization: `Bearer ${issued.secret}` } }).then((r) => r.status);
    expect(await as(b)).toBe(200); // B now has it cached
    expect(await as(a, 'DELETE', `/api/v1/tokens/${issued.row.id}`)).toBe(200);
    await until('B to refuse the revoked token', async () => (await as(b)) === 401, 3000);
  });

  it('runs each of 1,000 jobs exactly once with workers on both instances', async () => {
    const ids = await transaction(deps(), async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 1000; i++) out.push((await enqueue(tx, deps(), noopJob, { delayMs: 0 })) as string);
      return out;
    });
    await until(
      '1,000 jobs done',
      async () => {
        const [{ n }] = await database.db
          .selectFrom('jobs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('id', 'in', ids)
          .where('state', '=', 'done')
          .execute();
        return Number(n) === 1000;
      },
      60_000,
    );
    const rows = await jobRows(ids);
    expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
    const pids = new Set(rows.map((r) => r.locked_by?.split('-')[1]));
    expect(pids).toEqual(new Set([String(a.child.pid), String(b.child.pid)]));
  }, 90_000);

  it('when an instance is killed (-9) holding jobs, the other finishes them after the lease; none is lost', async () => {
    const ids = await transaction(deps(), async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 24; i++) out.push((await enqueue(tx, deps(), noopJob, { delayMs: 1500 })) as string);
      return out;
    });
    let held: { id: string; locked_by: string | null }[] = [];
    await until('A to hold some of them', async () => {
      held = (await jobRows(ids)).filter((r) => r.state === 'running' && r.locked_by?.split('-')[1] === String(a.child.pid));
      return held.length > 0;
    });
    a.child.kill('SIGKILL');
    await until('every job done by B', async () => (await jobRows(ids)).every((r) => r.state === 'done'), 60_000);
    const rows = await jobRows(ids);
    const taken = rows.filter((r) => held.some((h) => h.id === r.id));
    expect(taken.length).toBe(held.length);
    for (const r of taken) {
      expect(r.locked_by?.split('-')[1]).toBe(String(b.child.pid));
      expect(r.attempts).toBe(2);
    }
  }, 90_000);
});
