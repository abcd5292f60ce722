import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, databaseKinds, type Env, removeDir, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe.each(databaseKinds())('firebreak oncall against a real server on %s', (kind) => {
  let dir: string;
  let db: TestDb;
  let server: Awaited<ReturnType<typeof startServer>>;
  let as: Env;
  const run = (args: string[]) => cli(args, as);

  beforeAll(async () => {
    dir = tempDir();
    db = await testDatabase(kind, dir);
    const created = await cli(
      ['admin', 'create-user', '--email', 'ada@example.com', '--name', 'Ada', '--role', 'admin', '--token'],
      db.env,
    );
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    server = await startServer(db.env, dir);
    as = { FIREBREAK_URL: server.url, FIREBREAK_TOKEN: token, FIREBREAK_CONFIG: join(dir, 'unused.json'), HOME: dir };
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/users', { email: 'bo@example.com', name: 'Bo', role: 'responder' })).status).toBe(201);
    // Ada alone, weekly, since yesterday: she is on call whenever the test runs.
    const res = await post('/schedules', {
      name: 'Payments',
      timeZone: 'UTC',
      layers: [
        {
          participants: ['ada@example.com'],
          rotation: { unit: 'weeks', length: 1 },
          handoffTime: '00:00',
          startDate: isoDate(Date.now() - DAY),
        },
      ],
    });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  it('who is on call, overrides added, listed, refused when overlapping, and removed', async () => {
    const who = await run(['oncall', 'who']);
    expect(who.code, who.stderr).toBe(0);
    const lines = who.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SCHEDULE\s+ON CALL\s+UNTIL\s+NEXT\s+FROM$/);
    expect(lines[1]).toMatch(/^Payments\s+Ada <ada@example.com>/);

    // Bo covers tomorrow 10:00–12:00 UTC.
    const day = isoDate(Date.now() + DAY);
    const add = await run([
      'oncall',
      'override',
      '--schedule',
      'Payments',
      '--user',
      'bo@example.com',
      '--from',
      `${day}T10:00:00Z`,
      '--to',
      `${day}T12:00:00Z`,
      '--json',
    ]);
    expect(add.code, add.stderr).toBe(0);
    const ov = JSON.parse(add.stdout) as { id: string; user: { name: string }; start: string };
    expect(ov).toMatchObject({ user: { name: 'Bo' }, start: `${day}T10:00:00.000Z` });

    const at = await run(['oncall', 'who', '--schedule', 'Payments', '--at', `${day}T11:00:00Z`, '--json']);
    expect(JSON.parse(at.stdout).current).toMatchObject({ layer: 'override', overrideId: ov.id });
    const atText = await run(['oncall', 'who', '--schedule', 'Payments', '--at', `${day}T11:00:00Z`]);
    expect(atText.stdout).toContain('Bo <bo@example.com> (override)');

    const clash = await run([
      'oncall',
      'override',
      '--schedule',
      'Payments',
      '--user',
      'ada@example.com',
      '--from',
      `${day}T11:00:00Z`,
      '--to',
      `${day}T13:00:00Z`,
    ]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('overlaps an existing one');
    expect(clash.stderr).toContain('(override_overlaps)');
    const inverted = await run([
      'oncall',
      'override',
      '--schedule',
      'Payments',
      '--user',
      'bo@example.com',
      '--from',
      `${day}T13:00:00Z`,
      '--to',
      `${day}T12:00:00Z`,
    ]);
    expect(inverted.code).toBe(2);
    expect(inverted.stderr).toContain('An override must end after it starts');

    const listed = await run(['oncall', 'overrides', '--schedule', 'Payments']);
    expect(listed.stdout.split('\n')[1]).toMatch(new RegExp(`^${ov.id}\\s+.*Bo`));
    const removed = await run(['oncall', 'remove-override', ov.id, '--schedule', 'Payments']);
    expect(removed.stdout).toBe(`Removed override ${ov.id}\n`);
    expect((await run(['oncall', 'overrides', '--schedule', 'Payments'])).stdout).toBe('No current or upcoming overrides.\n');
    const missing = await run(['oncall', 'who', '--schedule', 'Nope']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe('error: No schedule Nope (schedule_not_found)\n');
  }, 180_000);
});
