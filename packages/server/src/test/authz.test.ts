import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../platform/ids.ts';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from './harness.ts';
import { appRoutes, callRoute, caseLabel, type Fixture, makeFixture, ROUTES, type RouteCase } from './routes.ts';

type Subject = { name: string; user: () => TestUser; role: 'admin' | 'responder' | 'viewer'; member: boolean };
type Expected = { status: number; code?: string };

/** What a caller should get from a route on an incident that is private or not. */
function expected(c: RouteCase, s: Subject, isPrivate: boolean): Expected {
  const ok = { status: c.ok ?? 200 };
  const sees = !isPrivate || s.role === 'admin' || s.member;
  const hidden = { status: 404, code: c.hiddenCode ?? 'incident_not_found' };
  const forbidden = { status: 403, code: 'not_allowed' };
  switch (c.access) {
    case 'public':
    case 'integrationKey':
    case 'signedIn':
      return ok;
    case 'worker':
      return s.role === 'viewer' ? forbidden : ok;
    case 'admin':
      return s.role === 'admin' ? ok : (c.denied ?? forbidden);
    case 'incidentRead':
      return sees ? ok : hidden;
    case 'incidentWork':
      return !sees ? hidden : s.role === 'viewer' ? forbidden : isPrivate && c.privateRefusal ? c.privateRefusal : ok;
  }
}

const incidentScoped = (c: RouteCase) => c.access === 'incidentRead' || c.access === 'incidentWork';

/** The error envelope, or a description of what came instead. */
function envelopeCode(body: string): string {
  try {
    const e = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof e?.code === 'string' && typeof e.message === 'string' && e.message.length > 0
      ? e.code
      : `no envelope: ${body.slice(0, 120)}`;
  } catch {
    return `not JSON: ${body.slice(0, 120)}`;
  }
}

describe.each(testDatabases())('authorization on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let pub: Fixture;
  let priv: Fixture;
  let viewerMember: TestUser;
  let roleHolder: TestUser;
  const subjects: Subject[] = [
    { name: 'admin', user: () => t.admin, role: 'admin', member: false },
    { name: 'responder (declared both incidents)', user: () => t.responder, role: 'responder', member: true },
    { name: 'unrelated responder', user: () => t.responder2, role: 'responder', member: false },
    { name: 'viewer', user: () => t.viewer, role: 'viewer', member: false },
    { name: 'viewer added as a member', user: () => viewerMember, role: 'viewer', member: true },
    { name: 'responder holding a role', user: () => roleHolder, role: 'responder', member: true },
  ];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    pub = await makeFixture(t, { private: false });
    priv = await makeFixture(t, { private: true, shared: pub });
    viewerMember = await t.makeUser('vera@example.com', 'viewer', 'Vera');
    roleHolder = await t.makeUser('rolf@example.com', 'responder', 'Rolf');
    for (const fx of [pub, priv]) {
      const url = `/api/v1/incidents/${fx.incident.ref}`;
      expect((await t.call(t.responder, 'POST', `${url}/members`, { user: viewerMember.email })).statusCode).toBe(200);
      expect((await t.call(t.responder, 'POST', `${url}/roles`, { role: 'comms_lead', user: roleHolder.email })).statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('has a matrix row for every route the app serves, and no row for a route it does not', () => {
    const served = new Set(appRoutes(t.app));
    const listed = new Set(ROUTES.map((c) => `${c.method} ${c.route}`));
    expect(served.size).toBeGreaterThan(40);
    expect(
      [...served].filter((r) => !listed.has(r)),
      'routes without a matrix row in test/routes.ts',
    ).toEqual([]);
    expect(
      [...listed].filter((r) => !served.has(r)),
      'matrix rows for routes the app does not serve',
    ).toEqual([]);
  });

  it('answers every non-public route with a 401 envelope when nobody is signed in (HEAD too)', async () => {
    const wrong: string[] = [];
    for (const c of ROUTES.filter((r) => r.access !== 'public' && r.access !== 'integrationKey')) {
      const req = await c.build(priv, t.admin);
      const res = await callRoute(t, base, c, req, null);
      const code = envelopeCode(res.body);
      if (res.statusCode !== 401 || code !== 'unauthenticated') wrong.push(`${caseLabel(c)}: ${res.statusCode} ${code}`);
      if (c.method === 'GET' && !c.stream) {
        const head = await t.app.inject({ method: 'HEAD', url: req.url });
        if (head.statusCode !== 401) wrong.push(`HEAD ${c.route}: ${head.statusCode}`);
      }
      if (!c.stream) {
        const cookie = await t.app.inject({
          method: c.method,
          url: req.url,
          cookies: { firebreak_session: 'not-a-session' },
          ...(req.body ? { payload: req.body as object } : {}),
        });
        if (cookie.statusCode !== 401) wrong.push(`${caseLabel(c)} with a made-up session cookie: ${cookie.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets signed-out callers use the public routes', async () => {
    for (const c of ROUTES.filter((r) => r.access === 'public' || r.access === 'integrationKey')) {
      const res = await callRoute(t, base, c, await c.build(pub, t.admin), null);
      expect(res.statusCode, caseLabel(c)).toBe(c.ok ?? 200);
    }
  });

  it.each(subjects.map((s) => [s.name, s] as const))(
    'matrix: %s on every route, public and private incident',
    async (_name, s) => {
      const wrong: string[] = [];
      for (const c of ROUTES.filter((r) => r.access !== 'public')) {
        for (const isPrivate of incidentScoped(c) ? [false, true] : [false]) {
          const fx = isPrivate ? priv : pub;
          const want = expected(c, s, isPrivate);
          const res = await callRoute(t, base, c, await c.build(fx, s.user()), s.user());
          const got = res.statusCode >= 400 ? envelopeCode(res.body) : undefined;
          if (res.statusCode !== want.status || got !== want.code) {
            wrong.push(
              `${caseLabel(c)} on the ${isPrivate ? 'private' : 'public'} incident: want ${want.status} ${want.code ?? ''}, got ${res.statusCode} ${got ?? res.body.slice(0, 150)}`,
            );
          }
        }
      }
      expect(wrong).toEqual([]);
      // Every route twice (public and private incident), each with its fixture calls: minutes on a busy PostgreSQL box.
    },
    180_000,
  );

  describe('private incidents', () => {
    const sees = (s: Subject) => s.role === 'admin' || s.member;

    it('are in GET /incidents, search (q) and GET /actions only for admins and members', async () => {
      for (const s of subjects) {
        const list = (await t.call(s.user(), 'GET', '/api/v1/incidents?limit=200')).json().data as { ref: string }[];
        expect(
          list.some((i) => i.ref === priv.incident.ref),
          `${s.name}: list`,
        ).toBe(sees(s));
        expect(
          list.some((i) => i.ref === pub.incident.ref),
          `${s.name}: public one listed`,
        ).toBe(true);
        for (const q of ['Fixture private incident', priv.incident.ref]) {
          const found = (await t.call(s.user(), 'GET', `/api/v1/incidents?q=${encodeURIComponent(q)}`)).json().data as { ref: string }[];
          expect(
            found.map((i) => i.ref),
            `${s.name}: q=${q}`,
          ).toEqual(sees(s) ? [priv.incident.ref] : []);
        }
        // A bare number also matches titles holding it, so only ask whether the private one is among them.
        const byNumber = (await t.call(s.user(), 'GET', `/api/v1/incidents?limit=200&q=${priv.incident.ref.slice(4)}`)).json().data as {
          ref: string;
        }[];
        expect(
          byNumber.some((i) => i.ref === priv.incident.ref),
          `${s.name}: q=<number>`,
        ).toBe(sees(s));
        if (s.role !== 'admin') {
          // (Admins joined as commander during the matrix, so "mine" is only asked of the others.)
          const mine = (await t.call(s.user(), 'GET', '/api/v1/incidents?mine=true&limit=200')).json().data as { ref: string }[];
          expect(
            mine.some((i) => i.ref === priv.incident.ref),
            `${s.name}: mine`,
          ).toBe(s.member);
        }
        const actions = (await t.call(s.user(), 'GET', '/api/v1/actions?limit=200')).json().data as { id: string }[];
        expect(
          actions.some((a) => a.id === priv.actionId),
          `${s.name}: actions`,
        ).toBe(sees(s));
        expect(
          actions.some((a) => a.id === pub.actionId),
          `${s.name}: public action`,
        ).toBe(true);
      }
    });

    it('are counted in /incidents/stats only for admins and members', async () => {
      const severity = (await t.call(t.admin, 'GET', `/api/v1/incidents/${priv.incident.ref}`)).json().data.severity.name as string;
      const active = async (u: TestUser) => {
        const stats = (await t.call(u, 'GET', '/api/v1/incidents/stats')).json().data as { severity: { name: string }; active: number }[];
        return stats.find((x) => x.severity.name === severity)?.active;
      };
      const listed = async (u: TestUser) =>
        ((await t.call(u, 'GET', `/api/v1/incidents?status=active&severity=${severity}&limit=200`)).json().data as unknown[]).length;
      const adminCount = await active(t.admin);
      expect(adminCount).toBeGreaterThan(1);
      for (const s of subjects) {
        const n = await active(s.user());
        expect(n, `${s.name}: stats agree with the list`).toBe(await listed(s.user()));
        expect(n, s.name).toBe(sees(s) ? adminCount : (adminCount ?? 0) - 1);
      }
    });

    it('become visible to someone added as a member, and hidden again once removed', async () => {
      const inc = await declare(t, t.responder, { title: 'Payroll data exposed', private: true });
      const url = `/api/v1/incidents/${inc.ref}`;
      expect((await t.call(t.responder2, 'GET', url)).json().error.code).toBe('incident_not_found');
      expect((await t.call(t.responder, 'POST', `${url}/members`, { user: t.responder2.email, kind: 'participant' })).statusCode).toBe(200);
      expect((await t.call(t.responder2, 'GET', url)).statusCode).toBe(200);
      expect((await t.call(t.responder2, 'POST', `${url}/comments`, { body: 'On it' })).statusCode).toBe(201);
      expect((await t.call(t.responder, 'DELETE', `${url}/members/${t.responder2.id}`)).statusCode).toBe(200);
      for (const path of ['', '/timeline', '/actions']) {
        const res = await t.call(t.responder2, 'GET', `${url}${path}`);
        expect([res.statusCode, res.json().error.code], path).toEqual([404, 'incident_not_found']);
      }
      // The 404 says nothing more than for an incident that does not exist.
      const missing = await t.call(t.responder2, 'GET', '/api/v1/incidents/INC-999999');
      expect((await t.call(t.responder2, 'GET', url)).json().error.message.replace(inc.ref, 'X')).toBe(
        missing.json().error.message.replace('INC-999999', 'X'),
      );
    });

    it('do not leak their title, ref or existence into the timeline of a public incident they are marked a duplicate of', async () => {
      const target = await declare(t, t.responder, { title: 'Checkout slow' });
      const secret = await declare(t, t.responder, { title: 'Acquisition of Initech leaks', private: true });
      const res = await t.call(t.responder, 'POST', `/api/v1/incidents/${secret.ref}/status`, {
        status: 'duplicate',
        duplicateOf: target.ref,
      });
      expect(res.statusCode).toBe(200);
      for (const u of [t.responder2, t.viewer]) {
        const body = (await t.call(u, 'GET', `/api/v1/incidents/${target.ref}/timeline`)).body;
        expect(body).not.toContain('"merged"');
        expect(body).not.toMatch(new RegExp(`\\b${secret.ref}\\b`));
        expect(body).not.toContain('Initech');
      }
    });
  });

  describe('viewers', () => {
    it('read public incidents but see only stakeholder-visible timeline entries', async () => {
      const inc = await declare(t, t.responder, { title: 'Search is down' });
      const url = `/api/v1/incidents/${inc.ref}`;
      await t.call(t.responder, 'POST', `${url}/comments`, { body: 'Looks like the index is corrupt' });
      await t.call(t.responder, 'POST', `${url}/timeline`, { body: 'Failover started' });
      await t.call(t.responder, 'POST', `${url}/updates`, { body: 'Search is unavailable; we are on it.' });
      await t.call(t.responder, 'POST', `${url}/status`, { status: 'investigating' });
      const all = (await t.call(t.responder, 'GET', `${url}/timeline`)).json().data as { kind: string; visibility: string }[];
      expect(all.map((e) => e.kind)).toEqual(['declared', 'comment', 'note', 'stakeholder_update', 'status_changed']);
      const seen = (await t.call(t.viewer, 'GET', `${url}/timeline`)).json().data as { kind: string; visibility: string }[];
      expect(seen.map((e) => e.kind)).toEqual(['declared', 'stakeholder_update', 'status_changed']);
      expect(seen.every((e) => e.visibility === 'stakeholders')).toBe(true);
      expect((await t.call(t.viewer, 'GET', `${url}/timeline?kind=comment,note`)).json().data).toEqual([]);
      const ticket = await t.call(t.viewer, 'GET', url);
      expect(ticket.statusCode).toBe(200);
      expect(ticket.json().data.abilities).toMatchObject({ update: false, comment: false, postUpdate: false });
    });
  });

  describe('tokens and sessions', () => {
    it('store only the SHA-256 of a token secret, show the secret once, and accept it until revoked', async () => {
      const created = await t.call(t.responder, 'POST', '/api/v1/tokens', { name: 'ci' });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json().data as { id: string; token: string };
      expect(token).toMatch(/^fbt_/);
      const rows = await t.deps.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(hashSecret(token));
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      // The secret is nowhere in the database, in any table.
      for (const table of ['api_tokens', 'users', 'sessions', 'setup_links', 'timeline_entries'] as const) {
        const dump = JSON.stringify(await t.deps.db.selectFrom(table).selectAll().execute());
        expect(dump.includes(token), table).toBe(false);
        expect(dump.includes(token.slice(4)), table).toBe(false);
      }
      const listed = await t.call(t.responder, 'GET', '/api/v1/tokens');
      expect(listed.body.includes(token)).toBe(false);
      expect((listed.json().data as Record<string, unknown>[]).every((x) => !('token' in x))).toBe(true);

      const me = (tok: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${tok}` } });
      expect((await me(token)).json().data.email).toBe(t.responder.email);
      expect((await t.call(t.responder2, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
      expect((await t.call(t.responder, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(200);
      const revoked = await me(token);
      expect([revoked.statusCode, revoked.json().error.code]).toEqual([401, 'unauthenticated']);
    });

    it('refuse an expired token (by the injected clock) and a disabled user', async () => {
      const expiresAt = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
      const { token } = (await t.call(t.responder2, 'POST', '/api/v1/tokens', { name: 'short', expiresAt })).json().data;
      const me = () => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).statusCode).toBe(200);
      t.clock.advance(3_600_000);
      const expired = await me();
      expect([expired.statusCode, expired.json().error.code]).toEqual([401, 'token_expired']);
      expect(expired.json().error.message).toMatch(/expired at .*create a new one/);
      expect((await t.call(t.responder2, 'GET', '/api/v1/me')).statusCode).toBe(200); // the token without expiry still works

      const leaver = await t.makeUser('leaver@example.com', 'responder');
      expect((await t.call(leaver, 'GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await t.call(t.admin, 'PATCH', `/api/v1/users/${leaver.id}`, { disabled: true })).statusCode).toBe(200);
      expect((await t.call(leaver, 'GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('reject malformed Authorization headers with the 401 envelope', async () => {
      for (const authorization of [
        '',
        'Bearer',
        'Bearer ',
        `Basic ${Buffer.from('a:b').toString('base64')}`,
        `bearer ${t.admin.token}x`,
        `Bearer ${t.admin.token} extra`,
        'Bearer \u00e9\u00e8',
      ]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization } });
        expect([res.statusCode, envelopeCode(res.body)], JSON.stringify(authorization)).toEqual([401, 'unauthenticated']);
      }
    });

    it('keep web sessions as hashes too, and end them on sign-out', async () => {
      const { login } = pub;
      const res = await t.call(null, 'POST', '/api/v1/auth/login', login);
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'firebreak_session');
      expect(cookie?.httpOnly).toBe(true);
      const secret = cookie?.value as string;
      const sessions = await t.deps.db.selectFrom('sessions').selectAll().execute();
      expect(sessions.some((s) => s.id_hash === hashSecret(secret))).toBe(true);
      expect(JSON.stringify(sessions).includes(secret)).toBe(false);
      const me = () => t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { firebreak_session: secret } });
      expect((await me()).statusCode).toBe(200);
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { firebreak_session: secret } });
      expect((await me()).statusCode).toBe(401);
    });
  });
});
