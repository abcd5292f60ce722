import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, databaseKinds, type Env, freePort, removeDir, start, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

describe.each(databaseKinds())('firebreak CLI against a real server on %s', (kind) => {
  let dir: string;
  let db: TestDb;
  let server: Awaited<ReturnType<typeof startServer>>;
  let url: string;
  let adminToken: string;
  let createdStdout: string;
  let as: Env; // the admin, by environment variables
  const run = (args: string[], env: Env = as, input = '') => cli(args, env, input);
  /** Setup that is not under test goes straight to the API, which is quicker than a process. */
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: { ref: string } }).data;
  };

  beforeAll(async () => {
    dir = tempDir();
    db = await testDatabase(kind, dir);
    // Offline: no server is running yet, the command writes to the database directly.
    const created = await cli(
      ['admin', 'create-user', '--email', 'ada@example.com', '--name', 'Ada', '--role', 'admin', '--token'],
      db.env,
    );
    expect(created.code, created.stderr).toBe(0);
    createdStdout = created.stdout;
    adminToken = created.stdout.trim();
    // Migrated by now, so the second offline write can run while the server starts.
    const [responder, started] = await Promise.all([
      cli(['admin', 'create-user', '--email', 'priya@example.com', '--name', 'Priya', '--role', 'responder', '--json'], db.env),
      startServer(db.env, dir),
    ]);
    expect(responder.code, responder.stderr).toBe(0);
    server = started;
    url = server.url;
    as = { FIREBREAK_URL: url, FIREBREAK_TOKEN: adminToken, FIREBREAK_CONFIG: join(dir, 'unused.json'), HOME: dir };
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  // The tests share the server but not their incidents, so they run side by side: the time is
  // mostly child processes starting, and sequentially that leaves a core idle.
  // Each command is a fresh Node process (about a second to start on a busy 2-core machine, and these
  // tests run side by side): the scenario below runs seventeen of them in a row.
  describe.concurrent('commands', { timeout: 120_000 }, () => {
    it('admin create-user works offline and prints only a token that the API accepts', async ({ expect }) => {
      expect(createdStdout).toMatch(/^fbt_[\w-]+\n$/);
      const me = await run(['whoami', '--json']);
      expect(me.code).toBe(0);
      expect(JSON.parse(me.stdout)).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'admin' });
      const again = await cli(['admin', 'create-user', '--email', 'ADA@example.com', '--role', 'viewer'], db.env);
      expect(again.code).toBe(1);
      expect(again.stderr).toBe('error: A user with e-mail ada@example.com exists (user_exists)\n');
    });

    it('login verifies and saves the token (0600); whoami and logout use the file', async ({ expect }) => {
      const config = join(dir, 'cfg', 'config.json');
      const fileOnly = { FIREBREAK_CONFIG: config, HOME: dir };
      const bad = await run(['login', '--url', url, '--token', 'fbt_nope'], fileOnly);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toMatch(/\(unauthenticated\)\n$/);
      expect(() => statSync(config)).toThrow();
      const ok = await run(['login', '--url', `${url}/`, '--token', '-'], fileOnly, `${adminToken}\n`);
      expect(ok.code, ok.stderr).toBe(0);
      expect(statSync(config).mode & 0o777).toBe(0o600);
      const who = await run(['whoami'], fileOnly);
      expect(who.stdout).toContain('Ada <ada@example.com>');
      expect(who.stdout).toContain(url);
      expect((await run(['logout'], fileOnly)).code).toBe(0);
      const after = await run(['whoami'], fileOnly);
      expect(after.code).toBe(3);
      expect(after.stderr).toMatch(/^error: not logged in.*\(not_logged_in\)\n$/);
    });

    it('works an incident from declaration to done actions, and the timeline shows it in order', async ({ expect }) => {
      const report = '  Customers in DE see "500"\n\tsince 12:40\n';
      const declared = await run(
        ['incident', 'declare', '--title', 'Checkout 500s', '--severity', 'SEV2', '--original-request', '-', '--json'],
        as,
        report,
      );
      expect(declared.code, declared.stderr).toBe(0);
      const inc = JSON.parse(declared.stdout);
      expect(inc.ref).toMatch(/^INC-\d+$/);
      expect(inc.originalRequest).toBe(report);
      const ref: string = inc.ref;

      const steps: string[][] = [
        ['incident', 'assign', ref, 'commander', 'me'],
        ['incident', 'assign', ref, 'comms_lead', 'priya@example.com'],
        ['incident', 'comment', ref, 'rolled', 'back', 'deploy', '1234'],
        ['incident', 'tell', ref, 'We are investigating checkout errors.'],
        ['incident', 'status', ref, 'investigating'],
        ['incident', 'status', ref, 'identified', '--message', 'bad deploy'],
        ['incident', 'update', ref, '--symptoms', '500s on /checkout', '--root-cause-fix-state', 'planned'],
      ];
      const outputs: string[] = [];
      for (const args of steps) {
        const r = await run(args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        outputs.push(r.stdout);
      }
      expect(outputs[0]).toBe(`Ada is Incident commander of ${ref}\n`);
      expect(outputs[5]).toBe(`${ref} is now identified\n`);

      const added = await run(['action', 'add', ref, 'Roll back the deploy', '--owner', 'me', '--priority', 'p1', '--json']);
      expect(added.code, added.stderr).toBe(0);
      const action = JSON.parse(added.stdout);
      expect(action).toMatchObject({ incidentRef: ref, title: 'Roll back the deploy', priority: 'p1', status: 'open' });
      const done = await run(['action', 'done', action.id]);
      expect(done.stdout).toBe(`Done (${ref}): Roll back the deploy\n`);

      // Reads do not change anything: run them side by side.
      const [list, listJson, show, timelineJson, timelineText, comments, actions] = await Promise.all([
        run(['incident', 'list']),
        run(['incident', 'list', '--status', 'identified', '--json']),
        run(['incident', 'show', ref]),
        run(['timeline', ref, '--json']),
        run(['timeline', ref]),
        run(['timeline', ref, '--kind', 'comment', '--json']),
        run(['action', 'list', ref, '--json']),
      ]);
      expect(list.stdout.split('\n')[0]).toMatch(/^REF\s+SEV\s+STATUS/);
      expect(list.stdout).toMatch(new RegExp(`${ref}\\s+SEV2\\s+identified\\s.*Checkout 500s`));
      expect(JSON.parse(listJson.stdout).map((i: { ref: string }) => i.ref)).toContain(ref);
      expect(JSON.parse(actions.stdout).map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([[action.id, 'done']]);
      expect(show.stdout).toMatch(/Status\s+identified/);
      expect(show.stdout).toMatch(/Incident commander\s+Ada <ada@example\.com>/);
      expect(show.stdout).toMatch(/Communications lead\s+Priya <priya@example\.com>/);
      expect(show.stdout).toMatch(/Symptoms\n {2}500s on \/checkout/);

      const expected = [
        'declared',
        'role_assigned',
        'role_assigned',
        'comment',
        'stakeholder_update',
        'status_changed',
        'status_changed',
        'field_changed',
        'action_added',
        'action_changed',
      ];
      const entries = JSON.parse(timelineJson.stdout) as { id: number; kind: string }[];
      expect(entries.map((e) => e.kind)).toEqual(expected);
      const lines = timelineText.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(expected.length);
      const texts = [
        'declared',
        'Ada is now Incident commander',
        'Priya is now Communications lead',
        'comment: rolled back deploy 1234',
        'stakeholder update: We are investigating',
        'status triage → investigating',
        'status investigating → identified: bad deploy',
        'edited symptoms',
        'action added: Roll back the deploy (owner Ada)',
        'status open → done',
      ];
      for (const [i, t] of texts.entries()) expect(lines[i]).toContain(t);
      expect(JSON.parse(comments.stdout).map((e: { body: string }) => e.body)).toEqual(['rolled back deploy 1234']);
    });

    it('exits 4, 1, 3 and 2 with the server message on stderr', async ({ expect }) => {
      const inc = await api('POST', '/incidents', { title: 'Search is slow' });
      const [missing, transition, noToken, badToken, badStatus, noTitle, badLimit, unknownOpt, badTime] = await Promise.all([
        run(['incident', 'show', 'INC-9999']),
        run(['incident', 'status', inc.ref, 'closed']),
        run(['incident', 'list'], { FIREBREAK_CONFIG: join(dir, 'none.json'), HOME: dir }),
        run(['incident', 'list'], { ...as, FIREBREAK_TOKEN: 'fbt_wrong' }),
        run(['incident', 'status', inc.ref, 'fixed']),
        run(['incident', 'declare']),
        run(['incident', 'list', '--limit', '0']),
        run(['action', 'list', '--bogus']),
        run(['incident', 'note', inc.ref, 'x', '--at', 'yesterday-ish']),
      ]);
      expect(missing.code).toBe(4);
      expect(missing.stderr).toBe('error: No incident INC-9999 (incident_not_found)\n');
      expect(missing.stdout).toBe('');
      expect(transition.code).toBe(1);
      expect(transition.stderr).toBe(
        'error: Cannot go from triage to closed; allowed next: investigating, identified, monitoring, resolved, declined, duplicate (invalid_transition)\n',
      );
      expect(noToken.code).toBe(3);
      expect(noToken.stderr).toContain('(not_logged_in)');
      expect(badToken.code).toBe(3);
      expect(badToken.stderr).toBe('error: This API token is not valid (unknown or deleted) (unauthenticated)\n');
      for (const r of [badStatus, noTitle, badLimit, unknownOpt, badTime]) expect(r.code, r.stderr).toBe(2);
      expect(noTitle.stderr).toContain("required option '--title <title>'");
    });

    it('list --all follows cursors past one page', async ({ expect }) => {
      const refs: string[] = [];
      for (const title of ['Cursor probe: disk full', 'Cursor probe: emails delayed', 'Cursor probe: cache cold']) {
        refs.unshift((await api('POST', '/incidents', { title })).ref); // the list is newest first
      }
      const [one, all] = await Promise.all([
        run(['incident', 'list', '--q', 'cursor probe', '--limit', '1', '--json']),
        run(['incident', 'list', '--q', 'cursor probe', '--limit', '1', '--all', '--json']),
      ]);
      expect(JSON.parse(one.stdout).map((i: { ref: string }) => i.ref)).toEqual(refs.slice(0, 1));
      expect(JSON.parse(all.stdout).map((i: { ref: string }) => i.ref)).toEqual(refs);
    });

    it('timeline --follow prints an entry posted after it started', async ({ expect }) => {
      const inc = await api('POST', '/incidents', { title: 'Queue backlog' });
      const follow = start(['timeline', inc.ref, '--follow'], as);
      try {
        await follow.waitFor(/declared INC-\d+ "Queue backlog"/);
        // Posted while the stream may still be connecting: resuming after the last printed id covers that gap.
        await api('POST', `/incidents/${inc.ref}/comments`, { body: 'consumer restarted' });
        await follow.waitFor(/comment: consumer restarted/);
        const lines = follow.io.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[1]).toMatch(/^#\d+ .*Ada\s+comment: consumer restarted$/);
      } finally {
        await follow.stop();
      }
    });
  });
});

describe('firebreak serve', () => {
  it('starts the server on the configured database and stops on SIGTERM', async ({ expect }) => {
    const dir = tempDir();
    const port = await freePort();
    const server = start(['serve', '--port', String(port), '--data-dir', join(dir, 'data')], {});
    try {
      await server.waitFor(/Firebreak is running at http:\/\/127\.0\.0\.1:\d+/, 20_000);
      expect(server.io.stdout).toContain('First run: finish setting up the admin account');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(await server.stop('SIGTERM')).toBe(0);
    } finally {
      await server.stop('SIGKILL');
      removeDir(dir);
    }
  });
});
