import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openBus } from '../main.ts';
import { ensureDefaults } from '../severities/configure.ts';
import { TcpProxy } from '../test/tcpProxy.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';
import type { Bus } from './bus.ts';
import { systemClock } from './clock.ts';
import { type Deps, transaction } from './context.ts';
import { type Database, openDatabase } from './db/index.ts';
import { dropSchema } from './db/migrate.ts';
import { noopJob } from './jobs/builtin.ts';
import { enqueue } from './jobs/queue.ts';
import { getJob } from './jobs/store.ts';
import { Worker } from './jobs/worker.ts';

const url = process.env.FIREBREAK_TEST_DATABASE_URL;

const until = async (what: string, pred: () => Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (await pred()) return;
    } catch {
      // still down
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.skipIf(!url)('PostgreSQL going away and coming back', () => {
  // Built lazily: vitest collects this block even when it is skipped (no PostgreSQL), and there is no URL then.
  let proxy: TcpProxy;
  const schema = `outage_${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-outage-'));
  let database: Database;
  let bus: Bus;
  let app: FastifyInstance;
  let worker: Worker;
  let deps: Deps;
  let token = '';
  const warnings: string[] = [];
  const get = (path: string) => app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    const target = new URL(url as string);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(url as string);
    viaProxy.port = String(proxy.port);
    database = await openDatabase(viaProxy.toString(), { schema });
    bus = await openBus(database);
    deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus, config: loadConfig({ FIREBREAK_DATA_DIR: dataDir }) };
    await ensureDefaults(deps);
    const admin = await createUser(deps, { email: 'ops@example.com', role: 'admin', name: 'Ops' });
    token = (await issueToken(deps, admin.id, { name: 'outage' })).secret;
    app = await buildApp(deps, { webDir: '/nonexistent' });
    worker = new Worker(deps, { pollMs: 100, log: { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) } });
    worker.start();
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await bus?.close();
    await proxy?.restore();
    await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    await proxy?.cut();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 not_ready while the database is away, and recovers without a restart (requests, worker, bus)', async () => {
    expect((await get('/api/v1/incidents')).statusCode).toBe(200);
    await proxy.cut();

    for (const path of ['/api/v1/incidents', '/api/v1/severities']) {
      const res = await get(path);
      expect(res.statusCode, path).toBe(503);
      expect(res.json().error.code).toBe('not_ready');
    }
    const declare = await app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'Declared during the outage' }),
    });
    expect(declare.statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    await until('the worker to notice', async () => warnings.some((w) => /job queue unavailable/.test(w)));

    await proxy.restore();
    await until('requests to succeed again', async () => (await get('/api/v1/incidents')).statusCode === 200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const id = await transaction(deps, (tx) => enqueue(tx, deps, noopJob, { delayMs: 0 }));
    await until(
      'the worker to run a job again',
      async () => (await getJob({ db: deps.db, dialect: deps.dialect, events: [] }, id as string))?.state === 'done',
    );
  });
});
