import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetArg } from './commands/page.ts';
import { cli, databaseKinds, type Env, removeDir, startServer, type TestDb, tempDir, testDatabase } from './testing.ts';

describe('page reassign --to', () => {
  it('reads person:, schedule:, team:, policy: and a bare e-mail; anything else is a usage error', () => {
    expect(targetArg('person:bo@example.com')).toEqual({ kind: 'user', id: 'bo@example.com' });
    expect(targetArg('bo@example.com')).toEqual({ kind: 'user', id: 'bo@example.com' });
    expect(targetArg('schedule:Payments primary')).toEqual({ kind: 'schedule', id: 'Payments primary' });
    expect(targetArg('Team:SRE')).toEqual({ kind: 'team', id: 'SRE' });
    expect(targetArg('policy:Checkout')).toEqual({ kind: 'policy', id: 'Checkout' });
    expect(() => targetArg('Bo')).toThrow('--to: expected person:<e-mail>');
    expect(() => targetArg('group:x')).toThrow('--to: expected person:<e-mail>');
  });
});

describe.each(databaseKinds())('firebreak page against a real server on %s', (kind) => {
  let dir: string;
  let db: TestDb;
  let server: Awaited<ReturnType<typeof startServer>>;
  let asAda: Env;
  let asBo: Env;
  let pageId: string;

  const user = async (email: string, name: string, role: string) => {
    const created = await cli(['admin', 'create-user', '--email', email, '--name', name, '--role', role, '--token'], db.env);
    expect(created.code, created.stderr).toBe(0);
    return created.stdout.trim();
  };
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.ok, text).toBe(true);
    return text ? JSON.parse(text).data : undefined;
  };

  beforeAll(async () => {
    dir = tempDir();
    db = await testDatabase(kind, dir);
    const ada = await user('ada@example.com', 'Ada', 'admin');
    const bo = await user('bo@example.com', 'Bo', 'responder');
    server = await startServer(db.env, dir);
    const env = (token: string) => ({
      FIREBREAK_URL: server.url,
      FIREBREAK_TOKEN: token,
      FIREBREAK_CONFIG: join(dir, 'unused.json'),
      HOME: dir,
    });
    asAda = env(ada);
    asBo = env(bo);
    await call(ada, 'POST', '/me/contact-methods', { kind: 'email', address: 'ada@pager.example.com' });
    await call(bo, 'POST', '/me/contact-methods', { kind: 'email', address: 'bo@pager.example.com' });
    await call(ada, 'POST', '/escalation-policies', {
      name: 'Checkout',
      steps: [
        { delayMinutes: 10, targets: [{ kind: 'user', id: 'ada@example.com' }] },
        { delayMinutes: 10, targets: [{ kind: 'user', id: 'bo@example.com' }] },
      ],
    });
    const inc = await call(ada, 'POST', '/incidents', { title: 'Checkout returns 500', severity: 'SEV2' });
    expect(inc.ref).toBe('INC-1');
    await call(ada, 'POST', '/incidents', { title: 'Quiet one', severity: 'SEV3' });
    pageId = (await call(ada, 'POST', '/incidents/INC-1/pages', { target: { kind: 'policy', id: 'Checkout' }, message: 'EU first' })).id;
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
    removeDir(dir);
  });

  it('lists pages as a table and as JSON, filtered by incident, status and --mine', async () => {
    const listed = await cli(['page', 'list'], asAda);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+CREATED\s+INCIDENT\s+TARGET\s+STEP\s+STATE\s+TITLE$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(`^${pageId}\\s+open\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+INC-1\\s+Checkout \\(policy\\)\\s+.*Checkout returns 500$`),
    );

    const json = await cli(['page', 'list', '--incident', 'INC-1', '--json'], asAda);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ id: pageId, status: 'open', message: 'EU first', incident: expect.objectContaining({ ref: 'INC-1' }) }),
    ]);
    expect((await cli(['page', 'list', '--incident', 'INC-2'], asAda)).stdout).toBe('No open pages.\n');
    expect((await cli(['page', 'list', '--status', 'acknowledged,resolved'], asAda)).stdout).toBe('No pages match.\n');
    // Nothing has been sent to Bo yet (no worker runs here), so nothing reached him.
    expect((await cli(['page', 'list', '--mine'], asBo)).stdout).toBe('No open pages.\n');

    const badStatus = await cli(['page', 'list', '--status', 'snoozed'], asAda);
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('--status: expected all or a comma-separated list of open, acknowledged, resolved, got snoozed');
    const noIncident = await cli(['page', 'list', '--incident', 'INC-99'], asAda);
    expect(noIncident.code).toBe(4);
    expect(noIncident.stderr).toBe('error: No incident INC-99 (incident_not_found)\n');
  }, 120_000);

  it('escalates, reassigns and acknowledges a page; clear errors for what cannot be done', async () => {
    const escalated = await cli(['page', 'escalate', pageId], asAda);
    expect(escalated.code, escalated.stderr).toBe(0);
    expect(escalated.stdout).toBe(`Escalated page ${pageId} "Checkout returns 500" (INC-1): the next step fires now.\n`);

    const unknown = await cli(['page', 'reassign', pageId, '--to', 'schedule:Nope'], asAda);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: target[0].id: no schedule Nope (unknown_schedule)\n');
    const vague = await cli(['page', 'reassign', pageId, '--to', 'Bo'], asAda);
    expect(vague.code).toBe(2);
    const noTo = await cli(['page', 'reassign', pageId], asAda);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("required option '--to <target>' not specified");

    const moved = await cli(['page', 'reassign', pageId, '--to', 'person:bo@example.com'], asAda);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe(
      `Reassigned page ${pageId} "Checkout returns 500" (INC-1) to Bo (person): it starts again from their first step.\n`,
    );

    const acked = await cli(['page', 'ack', pageId, '--json'], asBo);
    expect(acked.code, acked.stderr).toBe(0);
    expect(JSON.parse(acked.stdout)).toMatchObject({
      id: pageId,
      status: 'acknowledged',
      acknowledgedBy: { name: 'Bo' },
      acknowledgedVia: 'cli',
    });
    const again = await cli(['page', 'ack', pageId], asBo);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('error: This page is already acknowledged (page_ended)\n');
    const late = await cli(['page', 'escalate', pageId], asAda);
    expect(late.code).toBe(1);
    expect(late.stderr).toBe('error: This page is no longer open (page_ended)\n');
    const missing = await cli(['page', 'ack', '00000000-0000-4000-8000-000000000000'], asAda);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe('error: No page 00000000-0000-4000-8000-000000000000 (page_not_found)\n');

    const done = await cli(['page', 'list', '--status', 'acknowledged'], asAda);
    expect(done.stdout.split('\n')[1]).toMatch(new RegExp(`^${pageId}\\s+acknowledged\\s+.*Bo \\(person\\)\\s+.*by Bo \\d{4}-`));
    // Bo acknowledged it, so it is his.
    expect((await cli(['page', 'list', '--mine', '--status', 'all', '--json'], asBo)).stdout).toContain(pageId);
  }, 120_000);
});
