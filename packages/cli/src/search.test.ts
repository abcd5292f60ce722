import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetLine } from './commands/search.ts';
import { cli, databaseKinds, type Env, removeDir, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

describe('search snippets in a terminal', () => {
  it('brackets matched words when not a TTY', () => {
    expect(
      snippetLine(
        [
          { text: 'the ', match: false },
          { text: 'pool', match: true },
          { text: '\n ran dry', match: false },
        ],
        false,
      ),
    ).toBe('the [pool] ran dry');
  });
});

describe.each(databaseKinds())('firebreak search against a real server on %s', (kind) => {
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
    for (const title of ['Pelican gateway timeouts', 'Unrelated disk alarm']) {
      const res = await fetch(`${server.url}/api/v1/incidents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title, summary: title === 'Unrelated disk alarm' ? 'nothing to see' : 'the pelican gateway timed out' }),
      });
      expect(res.status).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  it('prints matches with their snippet; --json is the API data; a bad query exits with the API message', async () => {
    const found = await run(['search', 'pelican', 'gateway']);
    expect(found.code, found.stderr).toBe(0);
    const lines = found.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^INC-1 {2}Pelican gateway timeouts {2}\(incident, /);
    // The snippet's edges differ by engine (FTS5 snippet() vs ts_headline); the marked words do not.
    expect(lines[1]).toMatch(/^ {2}(the )?\[pelican\] \[gateway\] timed/);
    expect(found.stdout).not.toContain('disk');

    const json = await run(['search', 'pelican', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { incident: { ref: string } }[]).map((r) => r.incident.ref)).toEqual(['INC-1']);

    const none = await run(['search', 'walrus']);
    expect(none.stdout).toBe('Nothing found.\n');
    const bad = await run(['search', '--', '-pelican']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('excluded');
  }, 120_000);
});
