import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { Bus } from '../../packages/server/src/platform/bus.ts';
import { systemClock } from '../../packages/server/src/platform/clock.ts';
import type { Deps } from '../../packages/server/src/platform/context.ts';
import { openDatabase } from '../../packages/server/src/platform/db/index.ts';
import { newId } from '../../packages/server/src/platform/ids.ts';
import { ensureDefaults } from '../../packages/server/src/severities/configure.ts';
import { createUser } from '../../packages/server/src/users/createUser.ts';
import { issueToken } from '../../packages/server/src/users/tokens.ts';

export type BenchUser = { id: string; name: string; token: string };
export type Api = {
  url: string;
  deps: Deps;
  users: { admin: BenchUser; responder: BenchUser; responder2: BenchUser };
  services: { id: string; name: string }[];
  /** GET/POST as a user through real HTTP; throws unless 2xx. */
  call<T>(user: BenchUser, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
};

export const SERVICE_NAMES = [
  'checkout',
  'payments',
  'search',
  'login',
  'api-gateway',
  'notifications',
  'billing',
  'inventory',
  'shipping',
  'recommendations',
  'media',
  'accounts',
  'reporting',
  'webhooks',
  'cdn',
  'dns',
  'queue',
  'scheduler',
  'analytics',
  'admin-console',
];

/**
 * The real app (packages/server/src/app.ts), wired like main.ts (system clock, SQLite file in a
 * fresh data dir) but with the logger off as in the test harness, listening on loopback.
 * A "payments" team of two owns every service, so a declaration also adds two watchers.
 */
export async function startApi(): Promise<Api> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  // The load generators open thousands of connections from this one address.
  const config = loadConfig({
    FIREBREAK_DATA_DIR: dataDir,
    FIREBREAK_PORT: '0',
    FIREBREAK_LOG_LEVEL: 'silent',
    FIREBREAK_MAX_CONNECTIONS_PER_CLIENT: '0',
  });
  const database = await openDatabase(config.database);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const user = async (email: string, role: 'admin' | 'responder', name: string): Promise<BenchUser> => {
    const u = await createUser(deps, { email, role, name });
    return { id: u.id, name: u.name, token: (await issueToken(deps, u.id, { name: 'bench' })).secret };
  };
  const users = {
    admin: await user('admin@example.com', 'admin', 'Ada Admin'),
    responder: await user('priya@example.com', 'responder', 'Priya'),
    responder2: await user('sam@example.com', 'responder', 'Sam'),
  };
  const now = new Date().toISOString();
  const teamId = newId();
  await deps.db.insertInto('teams').values({ id: teamId, name: 'payments', description: '', created_at: now }).execute();
  await deps.db
    .insertInto('team_members')
    .values([users.admin.id, users.responder2.id].map((user_id) => ({ team_id: teamId, user_id })))
    .execute();
  const services = SERVICE_NAMES.map((name) => ({ id: newId(), name }));
  await deps.db
    .insertInto('services')
    .values(
      services.map((s) => ({
        ...s,
        description: '',
        owner_team_id: teamId,
        criticality: 'high',
        runbook_url: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();

  const app = await buildApp(deps, { webDir: join(dataDir, 'no-web') });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    deps,
    users,
    services,
    call: async <T>(u: BenchUser, method: 'GET' | 'POST', path: string, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${u.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
