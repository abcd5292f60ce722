import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { Bus } from '../platform/bus.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Deps } from '../platform/context.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { ensureDefaults } from '../severities/configure.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';
import { buildAction, buildIncident, buildJob, buildRetro, buildService, buildTeam } from './factories.ts';
import type { TestApp, TestUser } from './harness.ts';

/**
 * An installation as a server runs it: a data directory with `firebreak.sqlite` and `secrets/`, or
 * a PostgreSQL database, which tests can stop and start again (backup, restore, migrate). Its
 * `t` works with the factories like `makeTestApp`'s.
 */
export type Installation = { t: TestApp; dataDir: string; database: string; stop(): Promise<void> };

const CLOCK_START = '2026-03-01T12:00:00.000Z';

/** Starts the app on an existing (or new) database; `users` reuses the people of an earlier start (tokens live in the database). */
export async function startInstallation(
  dataDir: string,
  opts: { database?: string; schema?: string; users?: Pick<TestApp, 'admin' | 'responder' | 'responder2' | 'viewer'> } = {},
): Promise<Installation> {
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ FIREBREAK_DATA_DIR: dataDir, FIREBREAK_PUBLIC_URL: 'http://firebreak.test' });
  const target = opts.database ?? config.database;
  const database: Database = await openDatabase(target, opts.schema ? { schema: opts.schema } : {});
  const clock = fixedClock(CLOCK_START);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { webDir: '/nonexistent' });
  const makeUser = async (email: string, role: 'admin' | 'responder' | 'viewer', name?: string): Promise<TestUser> => {
    const u = await createUser(deps, { email, role, name });
    const { secret } = await issueToken(deps, u.id, { name: 'test' });
    return { id: u.id, email: u.email, name: u.name, token: secret };
  };
  const users = opts.users ?? {
    admin: await makeUser('admin@example.com', 'admin', 'Ada Admin'),
    responder: await makeUser('priya@example.com', 'responder', 'Priya'),
    responder2: await makeUser('sam@example.com', 'responder', 'Sam'),
    viewer: await makeUser('victor@example.com', 'viewer', 'Victor'),
  };
  const stop = async () => {
    await app.close();
    await database.close();
  };
  const t: TestApp = {
    app,
    deps,
    clock,
    kind: database.dialect,
    ...users,
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
    close: stop,
  };
  return { t, dataDir, database: target, stop };
}

/**
 * Fills an installation with something of every kind: teams, incidents in several states (one
 * private, one a duplicate, one closed with a published retrospective), timeline notes, actions,
 * a retrospective with an anonymous and an attributed answer, and jobs (queued, done, dead).
 * Returns the refs it made.
 */
export async function populate(t: TestApp): Promise<{ refs: string[]; retroRef: string }> {
  const api = '/api/v1';
  const team = await buildTeam(t, { members: [t.responder] });
  await buildService(t, { ownerTeam: team });
  const open = await buildIncident(t, { severity: 'SEV2', summary: 'Payments fail — “ünïcode” ✓' });
  const privateOne = await buildIncident(t, { private: true, title: 'Private: leaked key' });
  const mitigated = await buildIncident(t, { status: 'monitoring' });
  const duplicate = await buildIncident(t, { status: 'duplicate', duplicateOf: open.ref });
  const closed = await buildIncident(t, { status: 'closed', severity: 'SEV1' });
  const retroIncident = await buildIncident(t, { status: 'resolved' });
  await buildAction(t, { incident: open });
  await buildAction(t, { incident: open, status: 'done' });
  await buildAction(t, { incident: mitigated, status: 'wont_do' });
  await buildRetro(t, { incident: retroIncident });
  const patched = await t.call(t.responder, 'PATCH', `${api}/incidents/${open.ref}`, { scopeUserShare: 12.5 });
  if (patched.statusCode !== 200) throw new Error(`patch: ${patched.statusCode} ${patched.body}`);
  // A five-whys chain: a why whose parent is another why (a table referring to itself).
  const why = async (parentId: string | null, text: string) => {
    const res = await t.call(t.responder, 'POST', `${api}/retros/${retroIncident.ref}/whys`, { parentId, text });
    if (res.statusCode >= 300) throw new Error(`why: ${res.statusCode} ${res.body}`);
    return res.json().whyId as string;
  };
  const root = await why(null, 'The deploy went out without a canary');
  await why(root, 'The canary stage was skipped to save time');
  for (const [user, anonymous] of [
    [t.responder, true],
    [t.responder2, false],
  ] as const) {
    const res = await t.call(user, 'PUT', `${api}/retros/${retroIncident.ref}/answers/mine`, {
      anonymous,
      whatHappened: `From where ${anonymous ? 'someone' : user.name} stood`,
    });
    if (res.statusCode !== 200) throw new Error(`answer: ${res.statusCode} ${res.body}`);
  }
  await buildJob(t, { state: 'queued' });
  await buildJob(t, { state: 'dead' });
  return { refs: [open.ref, privateOne.ref, mitigated.ref, duplicate.ref, closed.ref, retroIncident.ref], retroRef: retroIncident.ref };
}

/** Where a data directory keeps its SQLite database. */
export const sqlitePath = (dataDir: string) => join(dataDir, 'firebreak.sqlite');
