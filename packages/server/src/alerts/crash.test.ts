import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { hashSecret } from '../platform/ids.ts';
import { type ServerProcess, startServer } from '../test/serverProcess.ts';
import { newIntegrationKey } from './integrations.ts';
import { integrationRow } from './store.ts';

/**
 * A real server process killed with SIGKILL under sustained PagerDuty-format ingest, then restarted
 * on the same database: every event it answered 202 for is there, and no dedup key has two open
 * alerts. SQLite (group commit) always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set.
 */
const pgUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

const servers: ServerProcess[] = [];
async function start(dbUrl: string, dataDir: string): Promise<ServerProcess> {
  const server = await startServer({ FIREBREAK_DATABASE_URL: dbUrl, FIREBREAK_DATA_DIR: dataDir }, 30_000);
  servers.push(server);
  return server;
}

const targets = [{ name: 'sqlite', pg: false }, ...(pgUrl ? [{ name: 'postgres', pg: true }] : [])];

describe.each(targets)('kill -9 under sustained alert ingest on $name', ({ pg }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-crash-'));
  const schema = `crash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const dbUrl = pg
    ? `${pgUrl}${pgUrl?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    : `file:${join(dataDir, 'firebreak.sqlite')}`;
  let database: Database | undefined;

  afterAll(async () => {
    for (const server of servers) await server.kill();
    if (database && pg) await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged event and never two open alerts for one key', async () => {
    database = await openDatabase(pgUrl && pg ? pgUrl : dbUrl, pg ? { schema } : {});
    const key = newIntegrationKey();
    const now = new Date().toISOString();
    await database.db
      .insertInto('integrations')
      .values(integrationRow({ id: 'crash-int', name: 'crash', format: 'pagerduty', key_hash: hashSecret(key) }, now))
      .execute();

    const first = await start(dbUrl, dataDir);
    const acked = new Map<string, number>(); // dedup key → triggers answered 202
    let stop = false;
    const loop = async (n: number) => {
      for (let i = 0; !stop; i++) {
        // Half the events repeat one of a few shared keys (dedup under load), half are new keys; now
        // and then a shared key is resolved, so requests that share a transaction mix triggers and
        // resolves of one key (the next trigger opens a new alert).
        const resolve = i % 14 === 3;
        const dedup = i % 2 ? `shared-${i % 5}` : `w${n}-${i}`;
        try {
          const res = await fetch(`${first.base}/v2/enqueue`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(
              resolve
                ? { routing_key: key, event_action: 'resolve', dedup_key: dedup }
                : {
                    routing_key: key,
                    event_action: 'trigger',
                    dedup_key: dedup,
                    payload: { summary: `load ${dedup}`, source: 'crash-test', severity: 'warning' },
                  },
            ),
          });
          if (res.status === 202 && !resolve) acked.set(dedup, (acked.get(dedup) ?? 0) + 1);
          else await res.text();
        } catch {
          return; // the server is gone
        }
      }
    };
    const loops = Array.from({ length: 16 }, (_, n) => loop(n));
    // Killed mid-stream once a few hundred events were acknowledged (at most 20 s: a loaded machine is slow).
    const count = () => [...acked.values()].reduce((a, b) => a + b, 0);
    const deadline = Date.now() + 20_000;
    while (count() < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    stop = true;
    await Promise.all(loops);
    const total = count();
    expect(total).toBeGreaterThan(100);

    const second = await start(dbUrl, dataDir);
    try {
      const rows = await database.db.selectFrom('alerts').select(['dedup_key', 'resolved_at', 'count']).execute();
      const byKey = new Map<string, { open: number; count: number }>();
      for (const r of rows) {
        const e = byKey.get(r.dedup_key) ?? { open: 0, count: 0 };
        if (r.resolved_at === null) e.open++;
        e.count += Number(r.count);
        byKey.set(r.dedup_key, e);
      }
      const missing = [...acked.entries()].filter(([k, n]) => (byKey.get(k)?.count ?? 0) < n);
      expect(missing, 'acknowledged triggers not in the database').toEqual([]);
      expect([...byKey.entries()].filter(([, e]) => e.open > 1)).toEqual([]);
      const events = await database.db
        .selectFrom('alert_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(events.n)).toBeGreaterThanOrEqual(total);
      // The restarted server goes on deduplicating onto the same open alerts.
      const res = await fetch(`${second.base}/v2/enqueue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          routing_key: key,
          event_action: 'trigger',
          dedup_key: 'shared-1',
          payload: { summary: 'after restart', source: 'crash-test', severity: 'warning' },
        }),
      });
      expect(res.status).toBe(202);
      const open = await database.db
        .selectFrom('alerts')
        .select('id')
        .where('dedup_key', '=', 'shared-1')
        .where('resolved_at', 'is', null)
        .execute();
      expect(open).toHaveLength(1);
    } finally {
      second.child.kill('SIGKILL');
    }
  }, 90_000);
});
