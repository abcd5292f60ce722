import type { AddressInfo } from 'node:net';
import type { TokenScope } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { callRoute, caseLabel, type Fixture, makeFixture, ROUTES } from '../test/routes.ts';
import { issueToken } from './tokens.ts';

const api = (p: string) => `/api/v1${p}`;
const DAY = 86_400_000;

/** The error code of an envelope, or what came instead. */
const codeOf = (body: string) => {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? `no envelope: ${body.slice(0, 80)}`;
  } catch {
    return `not JSON: ${body.slice(0, 80)}`;
  }
};

describe.each(testDatabases())('token scopes and expiry on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let fx: Fixture;
  const withScope = async (user: TestUser, scope: TokenScope): Promise<TestUser> => ({
    ...user,
    token: (await issueToken(t.deps, user.id, { name: `${scope} token`, scope, expiresAt: null })).secret,
  });

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    fx = await makeFixture(t, { private: false });
  });
  afterAll(() => t.close());

  it('a read token reads everything its owner may (streams too) and gets 403 scope_denied on every write in the route inventory', async () => {
    const reader = await withScope(t.admin, 'read');
    const wrong: string[] = [];
    // Integration-key routes take no API token at all (the key is in the request).
    for (const c of ROUTES.filter((r) => r.access !== 'public' && r.access !== 'integrationKey')) {
      const req = await c.build(fx, t.admin);
      const res = await callRoute(t, base, c, req, reader);
      if (c.method === 'GET') {
        if (res.statusCode !== (c.ok ?? 200))
          wrong.push(`${caseLabel(c)}: want ${c.ok ?? 200}, got ${res.statusCode} ${res.body.slice(0, 100)}`);
      } else if (res.statusCode !== 403 || codeOf(res.body) !== 'scope_denied') {
        wrong.push(`${caseLabel(c)}: want 403 scope_denied, got ${res.statusCode} ${codeOf(res.body)}`);
      }
    }
    expect(wrong).toEqual([]);
    // the same writes with the owner's full-scope token go through (the denial is the scope's)
    expect((await t.call(t.admin, 'POST', api('/teams'), { name: `Scoped team ${kind}` })).statusCode).toBe(201);
  });

  it('an ingest token only declares incidents and posts comments and updates to them', async () => {
    const ingest = await withScope(t.responder, 'ingest');
    const declared = await t.call(ingest, 'POST', api('/incidents'), { title: 'Disk full on db-1 (from alerting)', severity: 'SEV3' });
    expect(declared.statusCode).toBe(201);
    const ref = declared.json().data.ref as string;
    expect((await t.call(ingest, 'POST', api(`/incidents/${ref}/comments`), { body: 'Alert fired again' })).statusCode).toBe(201);
    expect((await t.call(ingest, 'POST', api(`/incidents/${ref}/updates`), { body: 'We are looking into it.' })).statusCode).toBe(201);
    for (const [method, url, body] of [
      ['GET', api('/incidents'), undefined],
      ['GET', api(`/incidents/${ref}`), undefined],
      ['GET', api('/me'), undefined],
      ['PATCH', api(`/incidents/${ref}`), { title: 'Renamed by ingest' }],
      ['POST', api(`/incidents/${ref}/status`), { status: 'resolved' }],
      ['POST', api('/tokens'), { name: 'more' }],
    ] as const) {
      const res = await t.call(ingest, method, url, body);
      expect([res.statusCode, codeOf(res.body)], `${method} ${url}`).toEqual([403, 'scope_denied']);
    }
    // an admin's ingest token acts as a responder at most
    const adminIngest = await withScope(t.admin, 'ingest');
    expect(
      (await t.call(adminIngest, 'POST', api('/incidents'), { title: 'From the admin alert hook', severity: 'SEV3' })).statusCode,
    ).toBe(201);
    // a viewer may not make one
    const denied = await t.call(t.viewer, 'POST', api('/tokens'), { name: 'hook', scope: 'ingest' });
    expect([denied.statusCode, codeOf(denied.body)]).toEqual([403, 'scope_denied']);
  });

  it("responder and admin scopes are capped by the owner's role, and a token cannot mint a wider one", async () => {
    const adminAsResponder = await withScope(t.admin, 'responder');
    const made = await t.call(adminAsResponder, 'POST', api('/users'), { email: `scoped-${kind}@example.com` });
    expect([made.statusCode, codeOf(made.body)]).toEqual([403, 'not_allowed']);
    expect((await t.call(adminAsResponder, 'GET', '/metrics')).statusCode).toBe(403);
    expect((await declare(t, adminAsResponder)).ref).toMatch(/^INC-/);
    const wider = await t.call(adminAsResponder, 'POST', api('/tokens'), { name: 'wider', scope: 'admin' });
    expect([wider.statusCode, codeOf(wider.body)]).toEqual([403, 'scope_denied']);
    expect((await t.call(adminAsResponder, 'POST', api('/tokens'), { name: 'same', scope: 'responder' })).statusCode).toBe(201);

    const escalate = await t.call(t.responder, 'POST', api('/tokens'), { name: 'admin please', scope: 'admin' });
    expect([escalate.statusCode, codeOf(escalate.body)]).toEqual([403, 'scope_denied']);

    // an admin-scoped token of someone who is no longer an admin acts with their current role
    const formerAdmin = await t.makeUser(`former-${kind}@example.com`, 'admin');
    const adminToken = await withScope(formerAdmin, 'admin');
    expect((await t.call(adminToken, 'GET', '/metrics')).statusCode).toBe(200);
    expect((await t.call(t.admin, 'PATCH', api(`/users/${formerAdmin.id}`), { role: 'responder' })).statusCode).toBe(200);
    expect((await t.call(adminToken, 'GET', '/metrics')).statusCode).toBe(403);
  });

  it('new tokens expire after FIREBREAK_TOKEN_DAYS unless the creator picks another expiry; expired ones answer 401 token_expired', async () => {
    const now = t.clock.now().getTime();
    const created = await t.call(t.responder2, 'POST', api('/tokens'), { name: 'default expiry' });
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toMatchObject({ scope: 'responder', expiresAt: new Date(now + 90 * DAY).toISOString(), active: true });
    const token = created.json().data.token as string;
    const me = () => t.app.inject({ method: 'GET', url: api('/me'), headers: { authorization: `Bearer ${token}` } });
    expect((await me()).statusCode).toBe(200);

    const week = await t.call(t.responder2, 'POST', api('/tokens'), { name: 'a week', scope: 'read', expiresInDays: 7 });
    expect(week.json().data).toMatchObject({ scope: 'read', expiresAt: new Date(now + 7 * DAY).toISOString() });
    t.deps.config.tokenDays = 30;
    const configured = await t.call(t.responder2, 'POST', api('/tokens'), { name: 'configured' });
    expect(configured.json().data.expiresAt).toBe(new Date(now + 30 * DAY).toISOString());
    t.deps.config.tokenDays = 90;

    for (const body of [
      { name: 'too long', expiresInDays: 366 },
      { name: 'too late', expiresAt: new Date(now + 366 * DAY).toISOString() },
      { name: 'forever', expiresAt: null },
      { name: 'both', expiresAt: new Date(now + DAY).toISOString(), expiresInDays: 1 },
    ]) {
      const res = await t.call(t.responder2, 'POST', api('/tokens'), body);
      expect([res.statusCode, codeOf(res.body)], body.name).toEqual([400, 'invalid_input']);
    }
    const forever = await t.call(t.admin, 'POST', api('/tokens'), { name: 'forever', expiresAt: null });
    expect([forever.statusCode, forever.json().data.expiresAt]).toEqual([201, null]);

    const listed = (await t.call(t.responder2, 'GET', api('/tokens'))).json().data as { name: string; scope: string; expiresAt: string }[];
    expect(listed.find((x) => x.name === 'a week')).toMatchObject({ scope: 'read', expiresAt: new Date(now + 7 * DAY).toISOString() });

    t.clock.advance(90 * DAY);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error).toMatchObject({ code: 'token_expired' });
    expect(expired.json().error.message).toContain(new Date(now + 90 * DAY).toISOString());
    const after = (await t.call(t.responder2, 'GET', api('/tokens'))).json().data as { name: string; active: boolean }[];
    expect(after.find((x) => x.name === 'default expiry')?.active).toBe(false);
    // the test callers' own tokens never expire
    expect((await t.call(t.responder2, 'GET', api('/me'))).statusCode).toBe(200);
  });
});
