import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, databaseKinds, type Env, removeDir, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

type Token = { id: string; name: string; scope: string; expiresAt: string | null; active: boolean };
const DAY = 86_400_000;

describe.each(databaseKinds())('firebreak token (scopes and expiry) against a real server on %s', (kind) => {
  let dir: string;
  let db: TestDb;
  let server: Awaited<ReturnType<typeof startServer>>;
  let as: (token: string) => Env;
  let adminToken: string;

  beforeAll(async () => {
    dir = tempDir();
    db = await testDatabase(kind, dir);
    const created = await cli(
      ['admin', 'create-user', '--email', 'ada@example.com', '--role', 'admin', '--token', '--scope', 'admin', '--expires-in', 'never'],
      db.env,
    );
    expect(created.code, created.stderr).toBe(0);
    adminToken = created.stdout.trim();
    server = await startServer(db.env, dir);
    as = (token) => ({ FIREBREAK_URL: server.url, FIREBREAK_TOKEN: token, FIREBREAK_CONFIG: join(dir, 'unused.json'), HOME: dir });
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  it('creates tokens with --scope and --expires-in, lists their scope and expiry, and a read token cannot write', async () => {
    const before = Date.now();
    const made = await cli(['token', 'create', 'grafana', 'reads', '--scope', 'read', '--expires-in', '30d'], as(adminToken));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^fbt_[\w-]+\n$/);
    expect(made.stderr).toMatch(/scope read, expires /);
    const readToken = made.stdout.trim();

    const listed = await cli(['token', 'list', '--json'], as(adminToken));
    const tokens = JSON.parse(listed.stdout) as Token[];
    const grafana = tokens.find((t) => t.name === 'grafana reads') as Token;
    expect(grafana).toMatchObject({ scope: 'read', active: true });
    const expires = Date.parse(grafana.expiresAt as string);
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY - 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY + 60_000);
    expect(tokens.find((t) => t.name === 'firebreak admin create-user')).toMatchObject({ scope: 'admin', expiresAt: null });

    const table = await cli(['token', 'list'], as(adminToken));
    expect(table.stdout).toMatch(/SCOPE\s+EXPIRES/);
    expect(table.stdout).toMatch(/grafana reads\s+read\s+\d{4}-\d{2}-\d{2}/);
    expect(table.stdout).toMatch(/firebreak admin create-user\s+admin\s+never/);

    const write = await cli(['token', 'create', 'sneaky'], as(readToken));
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/read scope.*\(scope_denied\)/);
    expect((await cli(['whoami'], as(readToken))).code).toBe(0);

    const revoked = await cli(['token', 'revoke', grafana.id], as(adminToken));
    expect(revoked.stdout).toContain('Revoked token grafana reads');
    expect((await cli(['whoami'], as(readToken))).code).toBe(3);
  });

  it('refuses a bad --expires-in and --scope before calling the server', async () => {
    const bad = await cli(['token', 'create', 'x', '--expires-in', '400d'], as(adminToken));
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--expires-in')]);
    const scope = await cli(['token', 'create', 'x', '--scope', 'root'], as(adminToken));
    expect(scope.code).toBe(2);
    const never = await cli(
      ['admin', 'create-user', '--email', 'r@example.com', '--role', 'responder', '--token', '--expires-in', 'never'],
      db.env,
    );
    expect([never.code, never.stderr]).toEqual([2, expect.stringContaining('only for admins')]);
  });
});
