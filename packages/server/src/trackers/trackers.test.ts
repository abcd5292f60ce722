import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TrackerKind } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodicJobs } from '../platform/jobs/queue.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildAction, buildIncident, buildTeam } from '../test/factories.ts';
import { startGitHub } from '../test/fakes/github.ts';
import { startGitLab } from '../test/fakes/gitlab.ts';
import { startJira } from '../test/fakes/jira.ts';
import { startLinear } from '../test/fakes/linear.ts';
import type { Fake } from '../test/fakes/server.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import './index.ts';

const api = '/api/v1';
const TOKENS = {
  github: 'ghp_githubsecrettoken1234567890WXYZ',
  gitlab: 'glpat-gitlabsecrettoken987654ABCD',
  jira: 'ATATT3xFfGF0jirasecrettokenJIRA',
  linear: 'lin_api_linearsecretkeyLINR',
};
const LINEAR_WEBHOOK_SECRET = 'lin_wh_signingsecret_from_linear';
const LINEAR_TEAM = '7c4d2a36-1f0e-4f8e-9b7a-1c2d3e4f5a6b';

type Fakes = {
  github: Awaited<ReturnType<typeof startGitHub>>;
  gitlab: Awaited<ReturnType<typeof startGitLab>>;
  jira: Awaited<ReturnType<typeof startJira>>;
  linear: Awaited<ReturnType<typeof startLinear>>;
};

function bodyFor(kind: TrackerKind, f: Fakes) {
  switch (kind) {
    case 'github':
      return { kind, owner: 'acme', repo: 'api', token: TOKENS.github, apiUrl: f.github.url };
    case 'gitlab':
      return { kind, baseUrl: f.gitlab.url, projectId: '42', token: TOKENS.gitlab };
    case 'jira':
      return { kind, siteUrl: f.jira.url, email: 'mia@acme.test', token: TOKENS.jira, projectKey: 'OPS', issueType: 'Task' };
    case 'linear':
      return { kind, teamId: LINEAR_TEAM, token: TOKENS.linear, apiUrl: `${f.linear.url}/graphql`, webhookSecret: LINEAR_WEBHOOK_SECRET };
  }
}

const KINDS: TrackerKind[] = ['github', 'gitlab', 'jira', 'linear'];

describe.each(testDatabases())('trackers on %s', (dbKind) => {
  let t: TestApp;
  let fakes: Fakes;
  let worker: Worker;
  /** Every API answer body the tests saw: none may carry a credential. */
  const seen: string[] = [];
  const call = async (user: TestUser | null, method: string, url: string, body?: unknown) => {
    const res = await t.call(user, method, url, body);
    seen.push(res.body);
    return res;
  };
  const trackers = new Map<TrackerKind, { id: string; webhookSecret: string; teamId: string }>();

  beforeAll(async () => {
    t = await makeTestApp(dbKind);
    const now = () => t.clock.now();
    fakes = {
      github: await startGitHub({ owner: 'acme', repo: 'api', token: TOKENS.github, now }),
      gitlab: await startGitLab({ projectId: '42', token: TOKENS.gitlab, now }),
      jira: await startJira({ email: 'mia@acme.test', token: TOKENS.jira, projectKey: 'OPS' }),
      linear: await startLinear({ apiKey: TOKENS.linear, teamId: LINEAR_TEAM }),
    };
    worker = new Worker(t.deps, { periodic: periodicJobs().filter((p) => p.name === 'trackers.poll') });
    for (const kind of KINDS) {
      const team = await buildTeam(t, { name: `Team ${kind}`, members: [t.responder] });
      const res = await call(t.responder, 'POST', `${api}/teams/${team.id}/trackers`, bodyFor(kind, fakes));
      expect(res.statusCode, res.body).toBe(201);
      const data = res.json().data;
      trackers.set(kind, { id: data.id, webhookSecret: data.webhookSecret ?? LINEAR_WEBHOOK_SECRET, teamId: team.id });
    }
  });
  afterAll(async () => {
    for (const f of Object.values(fakes ?? {}) as Fake[]) await f.close();
    await t.close();
  });

  const runJobs = async () => {
    await worker.runDue();
  };

  /** A follow-up on a fresh incident, pushed and created (the job run). */
  async function pushed(kind: TrackerKind, overrides: { private?: boolean } = {}) {
    const incident = await buildIncident(t, { title: `Checkout fails (${kind})`, private: overrides.private ?? false });
    const action = await buildAction(t, {
      incident,
      kind: 'follow_up',
      owner: t.responder.email,
      title: `Validate pool size (${kind})`,
      description: 'Add a CI check for the pool size.',
      addresses: 'root_cause',
    });
    const res = await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, {
      tracker: trackers.get(kind)?.id,
      ...(overrides.private ? { confirmPrivate: true } : {}),
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().data).toMatchObject({ state: 'pending', kind, key: null });
    await runJobs();
    const links = (await call(t.responder, 'GET', `${api}/incidents/${incident.ref}/tracker-links`)).json().data;
    return { incident, action, link: links[0] };
  }

  function signed(kind: TrackerKind, secret: string, body: object): { headers: Record<string, string>; payload: string } {
    const payload = JSON.stringify(body);
    const hex = createHmac('sha256', secret).update(payload).digest('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (kind === 'github') Object.assign(headers, { 'x-github-event': 'issues', 'x-hub-signature-256': `sha256=${hex}` });
    if (kind === 'gitlab') Object.assign(headers, { 'x-gitlab-event': 'Issue Hook', 'x-gitlab-token': secret });
    if (kind === 'jira') Object.assign(headers, { 'x-hub-signature': `sha256=${hex}` });
    if (kind === 'linear') Object.assign(headers, { 'linear-signature': hex });
    return { headers, payload };
  }

  /** What each tracker sends when an issue is closed (or reopened) there. */
  function event(kind: TrackerKind, externalId: string, closed: boolean) {
    switch (kind) {
      case 'github':
        return {
          action: closed ? 'closed' : 'reopened',
          issue: { number: Number(externalId), state: closed ? 'closed' : 'open' },
          repository: { full_name: 'acme/api' },
          sender: { login: 'octocat' },
        };
      case 'gitlab':
        return {
          object_kind: 'issue',
          event_type: 'issue',
          user: { username: 'octocat' },
          object_attributes: { iid: Number(externalId), action: closed ? 'close' : 'reopen' },
        };
      case 'jira':
        return {
          webhookEvent: 'jira:issue_updated',
          user: { displayName: 'octocat' },
          issue: { id: externalId, fields: { status: { statusCategory: { key: closed ? 'done' : 'indeterminate' } } } },
          changelog: { items: [{ field: 'status', fromString: 'To Do', toString: 'Done' }] },
        };
      case 'linear':
        return {
          action: 'update',
          type: 'Issue',
          actor: { name: 'octocat' },
          data: { id: externalId, state: { type: closed ? 'completed' : 'started' } },
          webhookTimestamp: t.clock.now().getTime(),
        };
    }
  }

  const sendWebhook = (trackerId: string, s: { headers: Record<string, string>; payload: string }) =>
    t.app.inject({ method: 'POST', url: `${api}/trackers/${trackerId}/webhook`, headers: s.headers, payload: s.payload });

  const actionOf = async (id: string) => (await call(t.responder, 'GET', `${api}/actions/${id}`)).json().data;
  const timeline = async (ref: string) =>
    (await call(t.responder, 'GET', `${api}/incidents/${ref}/timeline?limit=200`)).json().data as {
      kind: string;
      data: Record<string, unknown>;
      actor: unknown;
    }[];

  it('connects each tracker, answers the webhook secret once and never the credential', async () => {
    const list = (await call(t.viewer, 'GET', `${api}/trackers`)).json().data as {
      kind: string;
      tokenLast4: string;
      webhookUrl: string;
      abilities: { manage: boolean };
    }[];
    for (const kind of KINDS) {
      const view = list.find((x) => x.kind === kind);
      expect(view, kind).toMatchObject({ tokenLast4: TOKENS[kind].slice(-4), hasWebhookSecret: true, abilities: { manage: false } });
      expect(view?.webhookUrl).toBe(`http://firebreak.test/api/v1/trackers/${trackers.get(kind)?.id}/webhook`);
      expect(JSON.stringify(view)).not.toContain('webhookSecret');
    }
    expect(trackers.get('github')?.webhookSecret).toMatch(/^fbwh_/);
    const mine = (await call(t.responder, 'GET', `${api}/trackers/${trackers.get('jira')?.id}`)).json().data;
    expect(mine).toMatchObject({ kind: 'jira', target: 'OPS on 127.0.0.1:' + new URL(fakes.jira.url).port, abilities: { manage: true } });
    expect(mine.settings).toEqual({ siteUrl: fakes.jira.url, email: 'mia@acme.test', projectKey: 'OPS', issueType: 'Task' });
    const again = await call(t.responder, 'POST', `${api}/teams/${trackers.get('jira')?.teamId}/trackers`, bodyFor('jira', fakes));
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'tracker_exists']);
  });

  it('tests each connection with its cheap documented read; a wrong credential is a failed test, not an error', async () => {
    for (const kind of KINDS) {
      const res = await call(t.responder, 'POST', `${api}/trackers/${trackers.get(kind)?.id}/test`, {});
      expect(res.statusCode).toBe(200);
      expect(res.json().data, kind).toMatchObject({ ok: true, status: 200 });
    }
    expect(fakes.github.requests.some((r) => r.method === 'GET' && r.path === '/repos/acme/api')).toBe(true);
    expect(fakes.gitlab.requests.some((r) => r.path === '/api/v4/projects/42')).toBe(true);
    expect(fakes.jira.requests.some((r) => r.path === '/rest/api/3/myself')).toBe(true);
    const team = await buildTeam(t, { members: [t.responder] });
    const bad = await call(t.responder, 'POST', `${api}/teams/${team.id}/trackers`, {
      ...bodyFor('github', fakes),
      token: 'ghp_wrongtoken_0000',
    });
    const tested = await call(t.responder, 'POST', `${api}/trackers/${bad.json().data.id}/test`, {});
    expect(tested.json().data).toMatchObject({ ok: false, status: 401 });
    expect(tested.json().data.message).toContain('Bad credentials');
    for (const f of Object.values(fakes) as Fake[]) expect(f.problems).toEqual([]);
  });

  it.each(KINDS)('creates the follow-up in %s with a link back, records it, and a signed webhook closes and reopens it', async (kind) => {
    const { incident, action, link } = await pushed(kind);
    expect(fakes[kind].problems).toEqual([]);
    expect(link).toMatchObject({ actionId: action.id, state: 'created', externalStatus: 'open', error: null });
    expect(link.key).toMatch(kind === 'jira' ? /^OPS-\d+$/ : kind === 'linear' ? /^ENG-\d+$/ : /^#\d+$/);
    expect((await actionOf(action.id)).externalUrl).toBe(link.url);
    const created = (await timeline(incident.ref)).find(
      (e) => e.kind === 'action_changed' && (e.data.tracker as { event?: string })?.event === 'created',
    );
    expect(created?.data.tracker).toMatchObject({ tracker: kind, key: link.key, url: link.url });
    // What the issue says: the follow-up, a link back, the root-cause context.
    const incidentUrl = `http://firebreak.test/incidents/${incident.ref}`;
    const issueText = JSON.stringify(
      kind === 'github'
        ? fakes.github.issues.at(-1)
        : kind === 'gitlab'
          ? fakes.gitlab.issues.at(-1)
          : kind === 'jira'
            ? fakes.jira.issues.at(-1)
            : fakes.linear.issues.at(-1),
    );
    expect(issueText).toContain(incidentUrl);
    expect(issueText).toContain('Add a CI check for the pool size.');
    expect(issueText).toContain('the root cause');
    if (kind === 'jira') expect(fakes.jira.issues.at(-1)?.description).toMatchObject({ type: 'doc', version: 1 });

    const hook = trackers.get(kind);
    const externalId =
      kind === 'github' || kind === 'gitlab'
        ? link.key.slice(1)
        : kind === 'jira'
          ? fakes.jira.issues.at(-1)?.id
          : fakes.linear.issues.at(-1)?.id;
    const closed = await sendWebhook(
      hook?.id as string,
      signed(kind, hook?.webhookSecret as string, event(kind, externalId as string, true)),
    );
    expect([closed.statusCode, closed.json().data]).toEqual([200, { handled: true }]);
    expect((await actionOf(action.id)).status).toBe('done');
    const entries = await timeline(incident.ref);
    const closing = entries.find((e) => e.kind === 'action_changed' && (e.data.tracker as { event?: string })?.event === 'closed');
    expect(closing?.data).toMatchObject({ changes: { status: { from: 'open', to: 'done' } }, tracker: { tracker: kind, by: 'octocat' } });
    expect(closing?.actor).toBeNull();
    const reopened = await sendWebhook(
      hook?.id as string,
      signed(kind, hook?.webhookSecret as string, event(kind, externalId as string, false)),
    );
    expect(reopened.json().data).toEqual({ handled: true });
    expect((await actionOf(action.id)).status).toBe('open');

    // A wrong signature, or none, is 401; an unknown connection 404; nothing changes.
    const forged = signed(kind, 'not-the-secret-at-all', event(kind, externalId as string, true));
    const refused = await sendWebhook(hook?.id as string, forged);
    expect([refused.statusCode, refused.json().error.code]).toEqual([401, 'unauthenticated']);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: `${api}/trackers/${hook?.id}/webhook`,
      headers: { 'content-type': 'application/json' },
      payload: forged.payload,
    });
    expect(unsigned.statusCode).toBe(401);
    const unknown = await sendWebhook(
      '00000000-0000-4000-8000-000000000000',
      signed(kind, hook?.webhookSecret as string, event(kind, externalId as string, true)),
    );
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'tracker_not_found']);
    expect((await actionOf(action.id)).status).toBe('open');
    if (kind === 'linear') {
      const stale = { ...event(kind, externalId as string, true), webhookTimestamp: t.clock.now().getTime() - 10 * 60_000 };
      expect((await sendWebhook(hook?.id as string, signed(kind, hook?.webhookSecret as string, stale))).statusCode).toBe(401);
    }
    // An issue that is not one of ours is acknowledged and ignored.
    const stranger = await sendWebhook(
      hook?.id as string,
      signed(kind, hook?.webhookSecret as string, event(kind, kind === 'github' || kind === 'gitlab' ? '999' : '99999', true)),
    );
    expect(stranger.json().data).toEqual({ handled: false });
  });

  it('the periodic poll closes follow-ups whose issue was closed there (no webhook needed)', async () => {
    const gh = await pushed('github');
    const lin = await pushed('linear');
    fakes.github.setState(Number(gh.link.key.slice(1)), 'closed', 'hubot');
    fakes.linear.setStateType(lin.action.id, 'canceled');
    t.clock.advance(5 * 60_000);
    await runJobs();
    expect((await actionOf(gh.action.id)).status).toBe('done');
    expect((await actionOf(lin.action.id)).status).toBe('done');
    const entry = (await timeline(gh.incident.ref)).find((e) => (e.data.tracker as { event?: string })?.event === 'closed');
    expect(entry?.data.tracker).toMatchObject({ tracker: 'github', by: 'hubot' });
    const links = (await call(t.responder, 'GET', `${api}/incidents/${gh.incident.ref}/tracker-links`)).json().data;
    expect(links[0].externalStatus).toBe('closed');
  });

  it.each(KINDS)('a retry after a lost answer from %s finds the issue instead of creating a second', async (kind) => {
    fakes[kind].loseNextCreate = true;
    const before = fakes[kind].issues.length;
    const incident = await buildIncident(t);
    const action = await buildAction(t, { incident, kind: 'follow_up', owner: t.responder.email });
    await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: trackers.get(kind)?.id });
    await runJobs();
    let link = (await call(t.responder, 'GET', `${api}/incidents/${incident.ref}/tracker-links`)).json().data[0];
    expect(link.state).toBe('pending');
    expect(link.error).toMatch(/answered 50\d/);
    t.clock.advance(60 * 60_000);
    await runJobs();
    link = (await call(t.responder, 'GET', `${api}/incidents/${incident.ref}/tracker-links`)).json().data[0];
    expect(link).toMatchObject({ state: 'created', error: null });
    expect(fakes[kind].issues.length).toBe(before + 1);
    expect(fakes[kind].problems).toEqual([]);
    const again = await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: trackers.get(kind)?.id });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'already_pushed']);
  });

  it('a tracker that stays down: retried with backoff, then dead with the reason, shown on the follow-up', async () => {
    fakes.gitlab.down = true;
    try {
      const incident = await buildIncident(t);
      const action = await buildAction(t, { incident, kind: 'follow_up', owner: t.responder.email });
      await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: trackers.get('gitlab')?.id });
      for (let i = 0; i < 10; i++) {
        await runJobs();
        t.clock.advance(2 * 60 * 60_000);
      }
      const link = (await call(t.responder, 'GET', `${api}/incidents/${incident.ref}/tracker-links`)).json().data[0];
      expect(link.state).toBe('failed');
      expect(link.error).toContain('answered 503');
      const dead = (await call(t.admin, 'GET', `${api}/jobs?state=dead&limit=100`)).json().data as {
        kind: string;
        attempts: number;
        lastError: string;
      }[];
      const job = dead.find((j) => j.kind === 'trackers.push' && j.lastError.includes('503'));
      expect(job?.attempts).toBe(8);
      // Failed: it may be pushed again once the tracker is back.
      fakes.gitlab.down = false;
      const retried = await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: trackers.get('gitlab')?.id });
      expect(retried.statusCode).toBe(202);
      await runJobs();
      expect((await call(t.responder, 'GET', `${api}/incidents/${incident.ref}/tracker-links`)).json().data[0].state).toBe('created');
    } finally {
      fakes.gitlab.down = false;
    }
  });

  it('a private incident: refused without confirmation, then only its title and a link back leave', async () => {
    const incident = await buildIncident(t, { title: 'Secret merger leak', private: true, summary: 'Confidential details' });
    const action = await buildAction(t, {
      incident,
      kind: 'follow_up',
      owner: t.responder.email,
      title: 'Rotate the keys',
      description: 'The keys of Project Falcon leaked',
    });
    const refused = await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: trackers.get('github')?.id });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'private_confirm_required']);
    const hidden = await call(t.responder2, 'POST', `${api}/actions/${action.id}/push`, {
      tracker: trackers.get('github')?.id,
      confirmPrivate: true,
    });
    expect([hidden.statusCode, hidden.json().error.code]).toEqual([404, 'action_not_found']);
    const ok = await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, {
      tracker: trackers.get('github')?.id,
      confirmPrivate: true,
    });
    expect(ok.statusCode).toBe(202);
    await runJobs();
    const issue = fakes.github.issues.at(-1);
    expect(issue?.title).toBe('Rotate the keys');
    expect(issue?.body).toContain(`http://firebreak.test/incidents/${incident.ref}`);
    for (const secret of ['Secret merger', 'Project Falcon', 'Confidential']) expect(JSON.stringify(issue)).not.toContain(secret);
  });

  it('who may manage a team tracker: its member responders and admins; viewers and other responders are refused', async () => {
    const team = await buildTeam(t, { members: [t.responder] });
    const body = bodyFor('gitlab', fakes);
    for (const [who, status] of [
      [t.viewer, 403],
      [t.responder2, 403],
    ] as const) {
      const res = await call(who, 'POST', `${api}/teams/${team.id}/trackers`, body);
      expect([res.statusCode, res.json().error.code]).toEqual([status, 'not_allowed']);
    }
    const made = await call(t.admin, 'POST', `${api}/teams/${team.id}/trackers`, body);
    expect(made.statusCode).toBe(201);
    const id = made.json().data.id;
    expect((await call(t.responder2, 'POST', `${api}/trackers/${id}/test`, {})).statusCode).toBe(403);
    expect((await call(t.responder2, 'DELETE', `${api}/trackers/${id}`)).statusCode).toBe(403);
    expect(
      (
        await call(t.viewer, 'POST', `${api}/actions/${(await buildAction(t, { kind: 'follow_up', owner: t.responder.email })).id}/push`, {
          tracker: id,
        })
      ).statusCode,
    ).toBe(403);
    const rotated = await call(t.responder, 'PATCH', `${api}/trackers/${id}`, { token: 'glpat-rotated-token-9999' });
    expect(rotated.json().data.tokenLast4).toBe('9999');
    expect((await call(t.responder, 'DELETE', `${api}/trackers/${id}`)).statusCode).toBe(204);
    expect((await call(t.responder, 'GET', `${api}/trackers/${id}`)).statusCode).toBe(404);
    const audit = (await call(t.admin, 'GET', `${api}/audit?action=tracker.&limit=50`)).json().data as {
      action: string;
      target: { id: string };
    }[];
    expect(
      audit
        .filter((a) => a.target.id === id)
        .map((a) => a.action)
        .sort(),
    ).toEqual(['tracker.connected', 'tracker.disconnected', 'tracker.updated']);
  });

  it('validates input with the error envelope', async () => {
    const team = await buildTeam(t, { members: [t.responder] });
    for (const bad of [
      { kind: 'trello' },
      { kind: 'github', owner: 'acme', repo: 'api' },
      { ...bodyFor('jira', fakes), siteUrl: 'ftp://x' },
      { ...bodyFor('linear', fakes), teamId: 'ENG' },
    ]) {
      const res = await call(t.responder, 'POST', `${api}/teams/${team.id}/trackers`, bad);
      expect([res.statusCode, res.json().error.code], JSON.stringify(bad)).toEqual([400, 'invalid_input']);
    }
    const next = await buildAction(t, { kind: 'next' });
    const notFollowUp = await call(t.responder, 'POST', `${api}/actions/${next.id}/push`, { tracker: trackers.get('github')?.id });
    expect(notFollowUp.statusCode).toBe(400);
    const noTracker = await call(
      t.responder,
      'POST',
      `${api}/actions/${(await buildAction(t, { kind: 'follow_up', owner: t.responder.email })).id}/push`,
      { tracker: 'nope' },
    );
    expect([noTracker.statusCode, noTracker.json().error.code]).toEqual([404, 'tracker_not_found']);
  });

  it('on PostgreSQL without FIREBREAK_SECRET_KEY storing credentials is refused with what to set (SQLite keeps a key in the data dir)', async () => {
    const config = t.deps.config as { secretKey: Buffer | null };
    const saved = config.secretKey;
    config.secretKey = null;
    try {
      const team = await buildTeam(t, { members: [t.responder] });
      const res = await call(t.responder, 'POST', `${api}/teams/${team.id}/trackers`, bodyFor('github', fakes));
      if (dbKind === 'postgres') {
        expect([res.statusCode, res.json().error.code]).toEqual([409, 'secret_key_missing']);
        expect(res.json().error.message).toContain('FIREBREAK_SECRET_KEY');
      } else expect(res.statusCode).toBe(201);
    } finally {
      config.secretKey = saved;
    }
  });

  it('never lets a credential out: not in any answer, the audit log, job errors or the timeline, even when a tracker echoes it', async () => {
    const echo = createServer((req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message: `boom, you sent ${req.headers.authorization} and token=${String(req.headers.authorization).split(' ')[1]}`,
        }),
      );
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    try {
      const team = await buildTeam(t, { members: [t.responder] });
      const res = await call(t.responder, 'POST', `${api}/teams/${team.id}/trackers`, {
        ...bodyFor('github', fakes),
        apiUrl: `http://127.0.0.1:${(echo.address() as AddressInfo).port}`,
      });
      const tested = await call(t.responder, 'POST', `${api}/trackers/${res.json().data.id}/test`, {});
      expect(tested.json().data.ok).toBe(false);
      expect(tested.json().data.message).toContain('[redacted]');
      const action = await buildAction(t, { kind: 'follow_up', owner: t.responder.email });
      await call(t.responder, 'POST', `${api}/actions/${action.id}/push`, { tracker: res.json().data.id });
      await runJobs();
    } finally {
      await new Promise<void>((r) => echo.close(() => r()));
    }
    const db = t.deps.db;
    const stored = [
      ...(await db.selectFrom('audit_log').select('details').execute()).map((r) => r.details),
      ...(await db.selectFrom('jobs').select('last_error').execute()).map((r) => r.last_error ?? ''),
      ...(await db.selectFrom('timeline_entries').select('data').execute()).map((r) => r.data),
      ...(await db.selectFrom('tracker_links').select('last_error').execute()).map((r) => r.last_error ?? ''),
      ...(await db.selectFrom('tracker_connections').select(['settings', 'token_sealed']).execute()).flatMap((r) => [
        r.settings,
        r.token_sealed,
      ]),
    ];
    for (const token of Object.values(TOKENS)) {
      for (const text of [...seen, ...stored]) expect(text).not.toContain(token);
      expect(stored.join('\n')).not.toContain(Buffer.from(`mia@acme.test:${TOKENS.jira}`).toString('base64'));
    }
    expect(stored.some((s) => s.includes('[redacted]'))).toBe(true);
  });
});
