import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { hashSecret } from '../platform/ids.ts';
import { type ServerProcess, startServer } from '../test/serverProcess.ts';
import { newIntegrationKey } from './integrations.ts';
import { integrationRow } from './store.ts';

/**
 * Two real server processes on one PostgreSQL schema take triggers for the same dedup keys at
 * once: the partial unique index is the only thing between them, so each key must still have
 * exactly one open alert, counting every trigger either instance acknowledged.
 */
const url = process.env.FIREBREAK_TEST_DATABASE_URL;

const servers: ServerProcess[] = [];
async function startInstance(dbUrl: string, dataDir: string): Promise<string> {
  const server = await startServer(
    { FIREBREAK_DATABASE_URL: dbUrl, FIREBREAK_DATA_DIR: dataDir, FIREBREAK_MAX_CONNECTIONS_PER_CLIENT: '0' },
    30_000,
  );
  servers.push(server);
  return server.base;
}

describe.skipIf(!url)('alert ingest on two instances sharing one PostgreSQL', () => {
  const schema = `alertfleet_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const dbUrl = `${url}${url?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-alertfleet-'));
  const key = newIntegrationKey();
  let database: Database;
  let instances: string[] = [];

  beforeAll(async () => {
    database = await openDatabase(url as string, { schema });
    const now = new Date().toISOString();
    await database.db
      .insertInto('integrations')
      .values(integrationRow({ id: 'fleet-int', name: 'fleet', format: 'pagerduty', key_hash: hashSecret(key) }, now))
      .execute();
    // One after the other: two at once on a loaded machine may take longer to start than the timeout.
    instances = [await startInstance(dbUrl, dataDir), await startInstance(dbUrl, dataDir)];
  }, 90_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const trigger = (base: string, dedup: string) =>
    fetch(`${base}/v2/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        routing_key: key,
        event_action: 'trigger',
        dedup_key: dedup,
        payload: { summary: `disk full (${dedup})`, source: 'db-1', severity: 'error' },
      }),
    });

  it('concurrent triggers of one dedup key on both instances give exactly one open alert, counting all of them', async () => {
    const keys = ['disk-full', 'fresh-1', 'fresh-2', 'fresh-3'];
    const perInstance = 40;
    // Every key's first triggers race on both instances at once: both try to open the alert.
    const sends = instances.flatMap((base) =>
      Array.from({ length: perInstance }, (_, i) => keys[i % keys.length]).map(async (dedup) => {
        const res = await trigger(base, dedup);
        const body = (await res.json()) as { status: string; dedup_key: string };
        return { status: res.status, body };
      }),
    );
    const answers = await Promise.all(sends);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    expect(answers.every((a) => a.body.status === 'success' && keys.includes(a.body.dedup_key))).toBe(true);

    const rows = await database.db.selectFrom('alerts').select(['id', 'dedup_key', 'count', 'resolved_at']).execute();
    for (const dedup of keys) {
      const open = rows.filter((r) => r.dedup_key === dedup && r.resolved_at === null);
      expect(open, `open alerts for ${dedup}`).toHaveLength(1);
      expect(Number(open[0].count)).toBe((instances.length * perInstance) / keys.length);
    }
    expect(rows).toHaveLength(keys.length);
    const events = await database.db
      .selectFrom('alert_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(instances.length * perInstance);
  }, 60_000);

  const act = (base: string, action: 'acknowledge' | 'resolve', dedup: string) =>
    fetch(`${base}/v2/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routing_key: key, event_action: action, dedup_key: dedup }),
    });

  // Each instance shares one transaction among the requests that arrive together, and takes
  // acknowledge/resolve in arrival order: the two instances lock the same alerts in opposite orders,
  // which PostgreSQL may break by aborting one transaction. Its requests must then be retried, not
  // lost or answered 500, and each key still ends with one alert and one resolve.
  it('acknowledges and resolves sent in opposite orders to both instances are all recorded, once each', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `cross-${i}`);
    const opened = await Promise.all(keys.map((k, i) => trigger(instances[i % 2], k)));
    expect(opened.map((r) => r.status)).toEqual(keys.map(() => 202));
    const inOrder = (action: 'acknowledge' | 'resolve') =>
      Promise.all([...keys.map((k) => act(instances[0], action, k)), ...[...keys].reverse().map((k) => act(instances[1], action, k))]);

    for (const action of ['acknowledge', 'resolve'] as const) {
      const answers = await inOrder(action);
      const bodies = (await Promise.all(answers.map((r) => r.json()))) as { status: string }[];
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 202));
      expect(bodies.every((b) => b.status === 'success')).toBe(true);
    }

    const alerts = await database.db
      .selectFrom('alerts')
      .select(['id', 'dedup_key', 'status'])
      .where('dedup_key', 'like', 'cross-%')
      .execute();
    expect(alerts.map((a) => a.dedup_key).sort()).toEqual([...keys].sort());
    expect(alerts.every((a) => a.status === 'resolved')).toBe(true);
    const events = await database.db
      .selectFrom('alert_events')
      .innerJoin('alerts', 'alerts.id', 'alert_events.alert_id')
      .select(['alerts.dedup_key', 'alert_events.action'])
      .where('alerts.dedup_key', 'like', 'cross-%')
      .execute();
    for (const k of keys) {
      const of = events.filter((e) => e.dedup_key === k).map((e) => e.action);
      // Both acknowledges find the alert open; the second resolve finds it closed and is dropped.
      expect(of.sort(), k).toEqual(['acknowledge', 'acknowledge', 'resolve', 'trigger']);
    }
  }, 60_000);
});
