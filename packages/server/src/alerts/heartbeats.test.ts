import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bus } from '../platform/bus.ts';
import { buildService } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { checkHeartbeats } from './heartbeats.ts';

const api = '/api/v1';
type AlertJson = { id: string; dedupKey: string; status: string; source: string; title: string; service: { name: string } | null };
type HeartbeatJson = {
  id: string;
  status: string;
  key: string;
  pingUrl: string;
  lastPingAt: string | null;
  downSince: string | null;
  startedAt: string | null;
  lastRunSeconds: number | null;
  alertAfter: string | null;
};

describe.each(testDatabases())('heartbeats on %s', (kind) => {
  let t: TestApp;
  const create = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/heartbeats`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as HeartbeatJson;
  };
  const ping = (key: string, method: 'GET' | 'POST' | 'HEAD' = 'GET') => t.app.inject({ method, url: `/api/v1/ingest/heartbeat/${key}` });
  const read = async (id: string) => (await t.call(t.admin, 'GET', `${api}/heartbeats/${id}`)).json().data as HeartbeatJson;
  const alertsOf = async (id: string) =>
    ((await t.call(t.viewer, 'GET', `${api}/alerts?limit=200&source=heartbeat`)).json().data as AlertJson[]).filter(
      (a) => a.dedupKey === `heartbeat:${id}`,
    );
  const minutes = (n: number) => t.clock.advance(n * 60_000);

  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('the key is shown once and stored hashed; check-ins by GET, POST and HEAD; unknown keys are a plain 404', async () => {
    const hb = await create({ name: `backup-${kind}`, periodSeconds: 3600 });
    expect(hb.key).toMatch(/^[0-9a-f]{32}$/);
    expect(hb.pingUrl).toMatch(new RegExp(`/api/v1/ingest/heartbeat/${hb.key}$`));
    expect(hb.status).toBe('waiting');
    const again = await t.call(t.admin, 'GET', `${api}/heartbeats`);
    expect(again.body).not.toContain(hb.key);
    const stored = await t.deps.db.selectFrom('heartbeats').selectAll().where('id', '=', hb.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(hb.key);

    const got = await ping(hb.key);
    expect([got.statusCode, got.json()]).toEqual([200, { data: { status: 'ok' } }]);
    expect((await ping(hb.key, 'HEAD')).statusCode).toBe(200);
    const posted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/ingest/heartbeat/${hb.key}`,
      headers: { 'content-type': 'text/plain' },
      payload: 'backup done: 3.2 GB',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect((await read(hb.id)).status).toBe('up');

    for (const key of ['0'.repeat(32), 'x', hb.key.toUpperCase()]) {
      const res = await ping(key);
      expect([res.statusCode, res.json().error.code, res.json().error.message]).toEqual([404, 'not_found', 'Not found']);
    }
    expect((await t.call(t.admin, 'DELETE', `${api}/heartbeats/${hb.id}`)).statusCode).toBe(204);
    const revoked = await ping(hb.key);
    expect([revoked.statusCode, revoked.json().error.message]).toEqual([404, 'Not found']);
  });

  it('a missed check-in raises one alert (not one per run); a check-in resolves it; the next miss opens a new one', async () => {
    const svc = await buildService(t, { name: `batch-${kind}`, criticality: 'low' });
    const hb = await create({ name: `nightly-${kind}`, periodSeconds: 600, graceSeconds: 120, service: svc.name });
    // Never checked in: it waits, however long, and never alerts.
    minutes(60);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    expect((await read(hb.id)).status).toBe('waiting');

    await ping(hb.key);
    minutes(11); // past the period, within grace
    expect((await read(hb.id)).status).toBe('late');
    expect(await checkHeartbeats(t.deps)).toBe(0);
    expect(await alertsOf(hb.id)).toEqual([]);
    minutes(2); // past period + grace
    expect(await checkHeartbeats(t.deps)).toBe(1);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    minutes(5);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    const [alert, ...more] = await alertsOf(hb.id);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ status: 'triggered', source: 'heartbeat', service: { name: svc.name } });
    expect(alert.title).toContain(`nightly-${kind}`);
    expect((await read(hb.id)).status).toBe('down');

    await ping(hb.key, 'POST');
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['resolved']);
    expect((await read(hb.id)).status).toBe('up');

    minutes(13);
    expect(await checkHeartbeats(t.deps)).toBe(1);
    const both = await alertsOf(hb.id);
    expect(both.map((a) => a.status)).toEqual(['triggered', 'resolved']);
    expect(both[0].id).not.toBe(alert.id);
  });

  it('state lives in the database: a restarted process (new deps, no memory) does not alert again', async () => {
    const hb = await create({ name: `restart-${kind}`, periodSeconds: 60, graceSeconds: 0 });
    await ping(hb.key);
    minutes(2);
    expect(await checkHeartbeats(t.deps)).toBe(1);
    const row = await t.deps.db.selectFrom('heartbeats').select(['down_at']).where('id', '=', hb.id).executeTakeFirstOrThrow();
    expect(row.down_at).not.toBeNull();
    // A "restarted" process: the same database, a fresh deps object (no caches, new bus).
    expect(await checkHeartbeats({ ...t.deps, bus: new Bus() })).toBe(0);
    expect(await alertsOf(hb.id)).toHaveLength(1);
  });

  it('pause: no alert while paused, its open alert resolved; resume starts a fresh period', async () => {
    const hb = await create({ name: `paused-${kind}`, periodSeconds: 60, graceSeconds: 0 });
    await ping(hb.key);
    minutes(2);
    await checkHeartbeats(t.deps);
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['triggered']);
    const paused = await t.call(t.admin, 'PATCH', `${api}/heartbeats/${hb.id}`, { paused: true });
    expect(paused.json().data.status).toBe('paused');
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['resolved']);
    minutes(60);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    const resumed = await t.call(t.admin, 'PATCH', `${api}/heartbeats/${hb.id}`, { paused: false });
    expect(resumed.json().data.status).toBe('up');
    minutes(0.5);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    minutes(1);
    expect(await checkHeartbeats(t.deps)).toBe(1);
  });

  it('refuses bad input with the field named; admins only', async () => {
    const bad = async (body: Record<string, unknown>, field: string, code = 'invalid_input') => {
      const res = await t.call(t.admin, 'POST', `${api}/heartbeats`, { name: `bad-${Math.random()}`, periodSeconds: 300, ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(JSON.stringify(res.json().error)).toContain(field);
    };
    await bad({ periodSeconds: 0 }, 'periodSeconds');
    await bad({ periodSeconds: -60 }, 'periodSeconds');
    await bad({ periodSeconds: 1.5 }, 'periodSeconds');
    await bad({ graceSeconds: 10 * 86_400 }, 'graceSeconds');
    await bad({ graceSeconds: -1 }, 'graceSeconds');
    await bad({ service: 'no-such-service' }, 'service', 'unknown_service');
    await bad({ integration: 'no-such-integration' }, 'integration');
    await bad({ name: '' }, 'name');
    await create({ name: `dup-${kind}`, periodSeconds: 300 });
    expect((await t.call(t.admin, 'POST', `${api}/heartbeats`, { name: `dup-${kind}`, periodSeconds: 300 })).statusCode).toBe(409);
    expect((await t.call(t.responder, 'POST', `${api}/heartbeats`, { name: 'x', periodSeconds: 300 })).statusCode).toBe(403);
    expect((await t.call(t.responder, 'GET', `${api}/heartbeats`)).statusCode).toBe(403);
    // The built-in integration heartbeats file under is not one admins manage.
    const integrations = (await t.call(t.admin, 'GET', `${api}/integrations`)).json().data as { name: string }[];
    expect(integrations.map((i) => i.name)).not.toContain('Heartbeats (built-in)');
  });

  it('a job can report its own failure: /fail, a non-zero exit status or ?status=down raise the alert at once, with its message', async () => {
    const hb = await create({ name: `report-${kind}`, periodSeconds: 3600, graceSeconds: 60 });
    await ping(hb.key);
    const signal = (path: string, method: 'GET' | 'POST' = 'GET', payload?: string, contentType = 'text/plain') =>
      t.app.inject({ method, url: `/api/v1/ingest/heartbeat/${hb.key}${path}`, headers: { 'content-type': contentType }, payload });
    const current = async () => {
      const [a] = await alertsOf(hb.id);
      return (await t.call(t.viewer, 'GET', `${api}/alerts/${a.id}`)).json().data as AlertJson & { description: string; count: number };
    };

    // Exit status 0 is a plain check-in.
    expect((await signal('/0')).statusCode).toBe(200);
    expect(await alertsOf(hb.id)).toEqual([]);
    const failed = await signal('/fail', 'POST', 'pg_dump: error: connection to server failed');
    expect([failed.statusCode, failed.json()]).toEqual([200, { data: { status: 'ok' } }]);
    expect((await read(hb.id)).status).toBe('down');
    const first = await current();
    expect(first).toMatchObject({ status: 'triggered', title: `Heartbeat "report-${kind}" reported a failure` });
    expect(first.description).toContain('pg_dump: error: connection to server failed');
    // Long past the period: the periodic check does not raise a second alert over the reported one.
    minutes(120);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    expect(await alertsOf(hb.id)).toHaveLength(1);

    expect((await signal('/2')).statusCode).toBe(200);
    const again = await current();
    expect(again.description).toContain('exited with status 2');
    expect(await alertsOf(hb.id)).toHaveLength(1);

    await ping(hb.key);
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['resolved']);
    expect((await read(hb.id)).status).toBe('up');

    // Uptime Kuma's push URL: ?status=down&msg=… is a failure, ?status=up a check-in.
    expect((await signal('?status=down&msg=Disk%2095%25')).statusCode).toBe(200);
    const kuma = (await alertsOf(hb.id)).find((a) => a.status === 'triggered');
    expect(kuma?.title).toContain('reported a failure');
    expect((await current()).description).toContain('Disk 95%');
    expect((await signal('?status=up&msg=OK&ping=')).statusCode).toBe(200);
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['resolved', 'resolved']);

    for (const bad of ['/256', '/-1', '/failed', '/1.5']) {
      const res = await signal(bad);
      expect([bad, res.statusCode, res.json().error.code]).toEqual([bad, 400, 'invalid_input']);
    }
    const unknown = await t.app.inject({ method: 'GET', url: `/api/v1/ingest/heartbeat/${'0'.repeat(32)}/fail` });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, 'Not found']);

    // Paused: a reported failure is taken and stays quiet.
    await t.call(t.admin, 'PATCH', `${api}/heartbeats/${hb.id}`, { paused: true });
    expect((await signal('/fail')).statusCode).toBe(200);
    expect((await alertsOf(hb.id)).every((a) => a.status === 'resolved')).toBe(true);
  });

  it('/start (healthchecks.io): running until it ends; a run that does not end within grace alerts before its period; the end records its duration', async () => {
    const hb = await create({ name: `started-${kind}`, periodSeconds: 86_400, graceSeconds: 600 });
    const start = () => t.app.inject({ method: 'GET', url: `/api/v1/ingest/heartbeat/${hb.key}/start` });
    // A heartbeat still waiting for its first check-in counts from its start too.
    const started = await start();
    expect([started.statusCode, started.json()]).toEqual([200, { data: { status: 'ok' } }]);
    let view = await read(hb.id);
    expect(view).toMatchObject({ status: 'running', startedAt: t.clock.now().toISOString(), lastRunSeconds: null });
    minutes(3);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/ingest/heartbeat/${hb.key}/0` })).statusCode).toBe(200);
    view = await read(hb.id);
    expect(view).toMatchObject({ status: 'up', startedAt: null, lastRunSeconds: 180 });

    // The next run starts and hangs: the alert comes after grace (10 min), not after the day's period.
    minutes(60);
    await start();
    minutes(9);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    expect((await read(hb.id)).status).toBe('running');
    minutes(2);
    expect(await checkHeartbeats(t.deps)).toBe(1);
    const [alert] = await alertsOf(hb.id);
    expect(alert).toMatchObject({ status: 'triggered', title: `Heartbeat "started-${kind}" started but did not finish` });
    const detail = (await t.call(t.viewer, 'GET', `${api}/alerts/${alert.id}`)).json().data as { description: string };
    expect(detail.description).toContain('has not reported its end');
    expect((await read(hb.id)).status).toBe('down');
    // It finally ends: resolved, with the run's length.
    minutes(4);
    await ping(hb.key);
    expect((await alertsOf(hb.id)).map((a) => a.status)).toEqual(['resolved']);
    expect(await read(hb.id)).toMatchObject({ status: 'up', startedAt: null, lastRunSeconds: 15 * 60 });

    // A start never pushes the alert later than the period would (a job started just before its check-in was due).
    const due = (await read(hb.id)).alertAfter as string;
    minutes(24 * 60 + 5);
    await start();
    expect((await read(hb.id)).alertAfter).toBe(due);
    // A paused heartbeat takes a start and stays quiet; pausing forgets the run.
    await t.call(t.admin, 'PATCH', `${api}/heartbeats/${hb.id}`, { paused: true });
    expect((await start()).statusCode).toBe(200);
    minutes(60);
    expect(await checkHeartbeats(t.deps)).toBe(0);
    expect((await read(hb.id)).status).toBe('paused');
    const unknown = await t.app.inject({ method: 'GET', url: `/api/v1/ingest/heartbeat/${'0'.repeat(32)}/start` });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, 'Not found']);
  });

  it('a heartbeat with an integration files its alert there', async () => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, { name: `ops-${kind}`, format: 'generic' });
    const hb = await create({ name: `with-int-${kind}`, periodSeconds: 60, graceSeconds: 0, integration: `ops-${kind}` });
    expect((await read(hb.id)) as unknown).toMatchObject({ integration: { name: `ops-${kind}` } });
    await ping(hb.key);
    minutes(2);
    await checkHeartbeats(t.deps);
    const alerts = (await t.call(t.viewer, 'GET', `${api}/alerts?limit=200`)).json().data as (AlertJson & {
      integration: { id: string };
    })[];
    const a = alerts.find((x) => x.dedupKey === `heartbeat:${hb.id}`);
    expect(a?.integration.id).toBe(res.json().data.id);
    expect(a?.source).toBe('heartbeat');
  });
});
