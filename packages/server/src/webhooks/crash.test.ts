import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { Bus } from '../platform/bus.ts';
import { systemClock } from '../platform/clock.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { type FakeReceiver, startFakeReceiver } from '../test/fakes/receiver.ts';
import { type ServerProcess, startServer } from '../test/serverProcess.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';

/**
 * A real server process killed with SIGKILL during a burst of webhook deliveries, then restarted on
 * the same database: every event whose change was acknowledged arrives at least once, copies of one
 * delivery carry the same delivery id, and each incident's deliveries first arrive in order.
 * SQLite always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set.
 */
const pgUrl = process.env.FIREBREAK_TEST_DATABASE_URL;

const servers: ServerProcess[] = [];
async function start(dbUrl: string, dataDir: string): Promise<ServerProcess> {
  const server = await startServer({
    FIREBREAK_DATABASE_URL: dbUrl,
    FIREBREAK_DATA_DIR: dataDir,
    FIREBREAK_WEBHOOKS_ALLOW_PRIVATE: 'on',
    // Claims of a killed worker run out quickly, so the restart picks its jobs up soon.
    FIREBREAK_JOB_LEASE_SECONDS: '4',
  });
  servers.push(server);
  return server;
}

const targets = [{ name: 'sqlite', pg: false }, ...(pgUrl ? [{ name: 'postgres', pg: true }] : [])];

describe.each(targets)('kill -9 during a burst of webhook deliveries on $name', ({ pg }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-webhook-crash-'));
  const schema = `whcrash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const dbUrl = pg
    ? `${pgUrl}${pgUrl?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    : `file:${join(dataDir, 'firebreak.sqlite')}`;
  let database: Database | undefined;
  let rx: FakeReceiver | undefined;

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await rx?.close();
    if (database && pg) await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every acknowledged event at least once, with one delivery id per event, in order per incident', async () => {
    // The test's own connection: SQLite by its plain path (the server reads the file: URL).
    database = await openDatabase(pgUrl && pg ? pgUrl : join(dataDir, 'firebreak.sqlite'), pg ? { schema } : {});
    const deps = {
      db: database.db,
      dialect: database.dialect,
      clock: systemClock,
      bus: new Bus(),
      config: loadConfig({ FIREBREAK_DATA_DIR: dataDir }),
    };
    const admin = await createUser(deps, { email: 'ops@example.com', role: 'admin', name: 'Ops' });
    const token = (await issueToken(deps, admin.id, { name: 'crash test' })).secret;
    rx = await startFakeReceiver();
    // A receiver that takes a little while, so deliveries are in flight when the server dies.
    rx.answer = () => ({ status: 200, delayMs: 20 });
    const now = new Date().toISOString();
    await database.db
      .insertInto('webhook_destinations')
      .values({
        id: 'crash-hook',
        name: 'crash',
        kind: 'webhook',
        url: rx.url,
        signing_secret: 'whsec_crash',
        audience: 'responders',
        events: JSON.stringify(['declared', 'comment']),
        service_ids: '[]',
        min_severity_rank: null,
        enabled: 1,
        disabled_reason: null,
        disabled_at: null,
        dead_in_a_row: 0,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();

    const first = await start(dbUrl, dataDir);
    const call = (base: string, path: string, body: unknown) =>
      fetch(`${base}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const refs: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await call(first.base, '/incidents', { title: `Burst ${n}`, severity: 'SEV2' });
      expect(res.status).toBe(201);
      refs.push(((await res.json()) as { data: { ref: string } }).data.ref);
    }
    const acked = new Set<string>(refs.map((r) => `declared ${r}`));
    let stop = false;
    const burst = async (ref: string) => {
      for (let i = 0; !stop && i < 200; i++) {
        const body = `${ref} comment ${i}`;
        try {
          const res = await call(first.base, `/incidents/${ref}/comments`, { body });
          if (res.status === 201) acked.add(body);
        } catch {
          return; // the server is gone
        }
      }
    };
    const bursts = refs.map(burst);
    // Kill it once deliveries are flowing and more are queued behind them.
    await rx.waitFor(15, 60_000);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(bursts);
    const before = rx.received.length;

    await start(dbUrl, dataDir);
    const label = (body: string) => {
      const b = JSON.parse(body) as { event: string; incident: { ref: string }; entry: { body: string | null } };
      return b.event === 'incident.declared' ? `declared ${b.incident.ref}` : (b.entry.body as string);
    };
    const deadline = Date.now() + 90_000;
    for (;;) {
      const got = new Set(rx.received.map((r) => label(r.body)));
      if ([...acked].every((a) => got.has(a))) break;
      if (Date.now() > deadline) throw new Error(`missing after restart: ${[...acked].filter((a) => !got.has(a)).join(', ')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(acked.size).toBeGreaterThan(15);
    expect(rx.received.length).toBeGreaterThan(before);

    // One delivery id per event, however many copies arrived.
    const idsByEvent = new Map<string, Set<string>>();
    for (const r of rx.received) {
      const key = label(r.body);
      idsByEvent.set(key, (idsByEvent.get(key) ?? new Set()).add(String(r.headers['firebreak-delivery'])));
    }
    expect([...idsByEvent.values()].filter((ids) => ids.size !== 1)).toEqual([]);

    // Per incident, deliveries first arrive in sequence order, and in timeline order.
    for (const ref of refs) {
      const seen: number[] = [];
      for (const r of rx.received) {
        const b = JSON.parse(r.body) as { sequence: number; incident: { ref: string } };
        if (b.incident.ref === ref && !seen.includes(b.sequence)) seen.push(b.sequence);
      }
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen[0]).toBe(1);
    }
  }, 240_000);
});
