import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, databaseKinds, type Env, removeDir, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

describe.each(databaseKinds())('firebreak alert against a real server on %s', (kind) => {
  let dir: string;
  let db: TestDb;
  let server: Awaited<ReturnType<typeof startServer>>;
  let as: Env;
  let ids: string[] = [];
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
    // Alerts arrive the way a script sends them: the generic endpoint with an integration key.
    const res = await fetch(`${server.url}/api/v1/integrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'cron', format: 'generic' }),
    });
    const { key } = ((await res.json()) as { data: { key: string } }).data;
    for (const title of ['Backup failed', 'Disk 91% full', 'Cert expires in 3 days']) {
      const sent = await fetch(`${server.url}/api/v1/ingest/generic/${key}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, severity: 'error' }),
      });
      expect(sent.status).toBe(202);
      ids.push(((await sent.json()) as { data: { alertId: string } }).data.alertId);
    }
    ids = ids.reverse(); // newest first, as the list prints them
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  it('lists, acknowledges and resolves alerts; --json is the API data; exit codes 4 and 2', async () => {
    const list = await run(['alert', 'list']);
    expect(list.code, list.stderr).toBe(0);
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+SEVERITY\s+COUNT\s+LAST SEEN\s+SERVICE\s+SOURCE\s+INCIDENT\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).at(-1))).toEqual(['Cert expires in 3 days', 'Disk 91% full', 'Backup failed']);
    expect(lines[1]).toContain('triggered');

    const ack = await run(['alert', 'ack', ids[0], ids[1]]);
    expect(ack.code, ack.stderr).toBe(0);
    expect(ack.stdout).toBe(`Acknowledged 2 alerts: ${ids[0]}, ${ids[1]}\n`);
    const again = await run(['alert', 'ack', ids[0]]);
    expect(again.stdout).toBe(`Left as they were (already acknowledged or resolved): ${ids[0]}\n`);

    const acked = await run(['alert', 'list', '--status', 'acknowledged', '--json']);
    expect((JSON.parse(acked.stdout) as { id: string; status: string }[]).map((a) => [a.id, a.status])).toEqual([
      [ids[0], 'acknowledged'],
      [ids[1], 'acknowledged'],
    ]);

    const resolved = await run(['alert', 'resolve', ids[2], '--json']);
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.stdout)).toEqual({ changed: [ids[2]], unchanged: [] });
    // Open means triggered or acknowledged: the resolved one is gone from the default list.
    const open = JSON.parse((await run(['alert', 'list', '--json'])).stdout) as { id: string }[];
    expect(open.map((a) => a.id)).toEqual([ids[0], ids[1]]);
    expect(JSON.parse((await run(['alert', 'list', '--status', 'all', '--json'])).stdout)).toHaveLength(3);
    expect((await run(['alert', 'list', '--source', 'pagerduty'])).stdout).toBe('No open alerts.\n');

    const missing = await run(['alert', 'resolve', 'no-such-alert']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe('error: No alert no-such-alert (alert_not_found)\n');
    const bad = await run(['alert', 'list', '--status', 'firing']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  }, 180_000); // eleven CLI processes, one after another, on a busy machine
});
