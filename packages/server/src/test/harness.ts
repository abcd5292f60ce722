import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { Bus } from '../platform/bus.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Deps } from '../platform/context.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { ensureDefaults } from '../severities/configure.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';

export type TestDatabaseKind = 'sqlite' | 'postgres';

/**
 * SQLite always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set (CI sets it). Without it the run
 * says so once (e2e/globalSetup.ts), and under FIREBREAK_TEST_STRICT=1 (CI) a missing URL is an error.
 */
export function testDatabases(): TestDatabaseKind[] {
  if (process.env.FIREBREAK_TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.FIREBREAK_TEST_STRICT === '1') {
    throw new Error('FIREBREAK_TEST_STRICT=1 but FIREBREAK_TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run');
  }
  return ['sqlite'];
}

/** A fresh, migrated database: a SQLite file in a temp dir, or a new schema in the test Postgres. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database & { cleanup(): Promise<void> }> {
  if (kind === 'postgres') {
    const url = process.env.FIREBREAK_TEST_DATABASE_URL as string;
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const db = await openDatabase(url, { schema });
    return {
      ...db,
      cleanup: async () => {
        await dropSchema(db.db as Kysely<unknown>, schema).catch(() => {});
        await db.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-test-'));
  const db = await openDatabase(join(dir, 'test.sqlite'));
  return {
    ...db,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestUser = { id: string; email: string; name: string; token: string };

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  kind: TestDatabaseKind;
  admin: TestUser;
  responder: TestUser;
  responder2: TestUser;
  viewer: TestUser;
  /** Sends a JSON request as a user (by token); body is JSON-encoded. */
  call(user: TestUser | null, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  makeUser(email: string, role: 'admin' | 'responder' | 'viewer', name?: string): Promise<TestUser>;
  close(): Promise<void>;
};

/** A real app on a real database, with an admin, two responders and a viewer signed in by token. */
export async function makeTestApp(kind: TestDatabaseKind = 'sqlite'): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const clock = fixedClock('2026-03-01T12:00:00.000Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-data-'));
  // A fleet-wide key, as PostgreSQL installations need for stored credentials (tracker tokens).
  const config = loadConfig({
    FIREBREAK_DATA_DIR: dataDir,
    FIREBREAK_PUBLIC_URL: 'http://firebreak.test',
    FIREBREAK_SECRET_KEY: Buffer.alloc(32, 42).toString('base64'),
    // The sentence encoder costs ~200 MB and a second per process: tests that measure similarity turn it on.
    FIREBREAK_EMBEDDINGS: 'off',
  });
  const deps: Deps = { db: database.db, dialect: database.dialect, clock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { webDir: '/nonexistent' });
  const makeUser = async (email: string, role: 'admin' | 'responder' | 'viewer', name?: string): Promise<TestUser> => {
    const u = await createUser(deps, { email, role, name });
    // Test callers' tokens never expire (tests move the clock); their scope matches their role.
    const { secret } = await issueToken(deps, u.id, { name: 'test', expiresAt: null });
    return { id: u.id, email: u.email, name: u.name, token: secret };
  };
  const t: TestApp = {
    app,
    deps,
    clock,
    kind,
    admin: await makeUser('admin@example.com', 'admin', 'Ada Admin'),
    responder: await makeUser('priya@example.com', 'responder', 'Priya'),
    responder2: await makeUser('sam@example.com', 'responder', 'Sam'),
    viewer: await makeUser('victor@example.com', 'viewer', 'Victor'),
    call: (user, method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...(user ? { authorization: `Bearer ${user.token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        payload: body !== undefined ? JSON.stringify(body) : undefined,
      }),
    makeUser,
    close: async () => {
      await app.close();
      await database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Declares an incident through the API and returns its JSON. */
export async function declare(t: TestApp, user: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await t.call(user, 'POST', '/api/v1/incidents', {
    title: 'Checkout returns 500 for EU customers',
    severity: 'SEV2',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`declare failed: ${res.statusCode} ${res.body}`);
  return res.json().data as { id: string; ref: string; number: number; status: string };
}
