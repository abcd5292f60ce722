import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../platform/auth.ts';
import { hashSecret } from '../platform/ids.ts';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { issueToken } from './tokens.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(testDatabases())('people, tokens and sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;

  /** Signs in with e-mail and password; returns the session cookie's secret. */
  const signIn = async (email: string, password = PASSWORD) => {
    const res = await t.app.inject({ method: 'POST', url: api('/auth/login'), payload: { email, password } });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    return { res, secret: cookie?.value ?? '' };
  };
  const withSession = (secret: string, url: string) => t.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: secret } });
  const withToken = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('shows an API token once, stores only its hash, and lists it without the secret', async () => {
    const made = await t.call(t.responder, 'POST', api('/tokens'), { name: 'laptop' });
    expect(made.statusCode).toBe(201);
    const { token, id, prefix } = made.json().data;
    expect(token).toMatch(/^fbt/);
    expect(token.startsWith(prefix)).toBe(true);
    expect((await withToken(token, api('/me'))).json().data.id).toBe(t.responder.id);

    const listed = await t.call(t.responder, 'GET', api('/tokens'));
    expect(listed.json().data.find((x: { id: string }) => x.id === id)).toMatchObject({ name: 'laptop', active: true, revoked: false });
    expect(listed.body).not.toContain(token);
    expect(listed.json().data[0]).not.toHaveProperty('token');

    const rows = await t.deps.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('revokes a token at once (its owner or an admin, nobody else), and expires one on time', async () => {
    const mine = (await t.call(t.responder, 'POST', api('/tokens'), { name: 'ci' })).json().data;
    expect((await withToken(mine.token, api('/me'))).statusCode).toBe(200); // cached from here on
    const stranger = await t.call(t.responder2, 'DELETE', api(`/tokens/${mine.id}`));
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().error.code).toBe('token_not_found');
    const revoked = await t.call(t.responder, 'DELETE', api(`/tokens/${mine.id}`));
    expect(revoked.json().data).toMatchObject({ revoked: true, active: false });
    const refused = await withToken(mine.token, api('/me'));
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthenticated');

    const other = (await t.call(t.responder2, 'POST', api('/tokens'), { name: 'script' })).json().data;
    expect((await t.call(t.admin, 'DELETE', api(`/tokens/${other.id}`))).statusCode).toBe(200);
    expect((await withToken(other.token, api('/me'))).statusCode).toBe(401);

    const past = await t.call(t.responder, 'POST', api('/tokens'), { name: 'old', expiresAt: '2026-02-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details).toEqual({ field: 'expiresAt' });
    const soon = (await t.call(t.responder, 'POST', api('/tokens'), { name: 'short', expiresAt: '2026-03-01T13:00:00Z' })).json().data;
    expect((await withToken(soon.token, api('/me'))).statusCode).toBe(200);
    t.clock.advance(60 * 60_000);
    expect((await withToken(soon.token, api('/me'))).statusCode).toBe(401);
    const listed = (await t.call(t.responder, 'GET', api('/tokens'))).json().data;
    expect(listed.find((x: { id: string }) => x.id === soon.id)).toMatchObject({ active: false, revoked: false });
  });

  it('signs in with a password into a session stored hashed; a wrong password or e-mail gets the same 401', async () => {
    const person = await buildUser(t, { password: PASSWORD });
    const { res, secret } = await signIn(person.email.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: person.id, hasPassword: true });
    expect((await withSession(secret, api('/me'))).json().data.id).toBe(person.id);
    const stored = await t.deps.db.selectFrom('sessions').selectAll().where('user_id', '=', person.id).execute();
    expect(stored.map((s) => s.id_hash)).toEqual([hashSecret(secret)]);

    const wrong = await signIn(person.email, 'not the password');
    const unknown = await signIn('nobody@example.com', PASSWORD);
    expect([wrong.res.statusCode, unknown.res.statusCode]).toEqual([401, 401]);
    expect(wrong.res.json().error.message).toBe(unknown.res.json().error.message);

    const out = await t.app.inject({ method: 'POST', url: api('/auth/logout'), cookies: { [SESSION_COOKIE]: secret } });
    expect(out.statusCode).toBe(204);
    expect((await withSession(secret, api('/me'))).statusCode).toBe(401);
  });

  it('disabling a person ends their sessions and refuses their tokens; they cannot sign in again until enabled', async () => {
    const person = await buildUser(t, { password: PASSWORD });
    const { secret } = await signIn(person.email);
    expect((await withSession(secret, api('/me'))).statusCode).toBe(200);
    expect((await withToken(person.token, api('/me'))).statusCode).toBe(200);

    const res = await t.call(t.admin, 'PATCH', api(`/users/${person.id}`), { disabled: true });
    expect(res.json().data.disabled).toBe(true);
    expect((await withSession(secret, api('/me'))).statusCode).toBe(401);
    expect((await withToken(person.token, api('/me'))).statusCode).toBe(401);
    expect(await t.deps.db.selectFrom('sessions').select('id_hash').where('user_id', '=', person.id).execute()).toEqual([]);
    expect((await signIn(person.email)).res.statusCode).toBe(401);

    await t.call(t.admin, 'PATCH', api(`/users/${person.id}`), { disabled: false });
    expect((await signIn(person.email)).res.statusCode).toBe(200);
    expect((await withToken(person.token, api('/me'))).statusCode).toBe(200);
  });

  it('changing the password ends the sessions opened with the old one', async () => {
    const person = await buildUser(t, { password: PASSWORD });
    const { secret } = await signIn(person.email);
    const changed = await t.call(person, 'PATCH', api('/users/me'), { password: 'another long passphrase' });
    expect(changed.statusCode).toBe(200);
    expect((await withSession(secret, api('/me'))).statusCode).toBe(401);
    expect((await signIn(person.email)).res.statusCode).toBe(401);
    expect((await signIn(person.email, 'another long passphrase')).res.statusCode).toBe(200);
  });

  it('only admins create people; e-mails are unique whatever their case; bad input gets the envelope', async () => {
    const denied = await t.call(t.responder, 'POST', api('/users'), { email: 'new@example.com' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('not_allowed');
    const made = await t.call(t.admin, 'POST', api('/users'), { email: 'Casey@Example.com', role: 'viewer' });
    expect(made.statusCode).toBe(201);
    expect(made.json().data).toMatchObject({ email: 'casey@example.com', name: 'casey', role: 'viewer', hasPassword: false });
    const again = await t.call(t.admin, 'POST', api('/users'), { email: 'CASEY@example.com' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'user_exists', details: { field: 'email' } });
    const bad = await t.call(t.admin, 'POST', api('/users'), { email: 'not-an-email', password: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_input');
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.email', 'body.password']);
  });

  it('people change their own name and password; roles and disabling are for admins, never on themselves', async () => {
    const person = await buildUser(t, { name: 'Before' });
    const self = await t.call(person, 'PATCH', api('/users/me'), { name: 'After' });
    expect(self.json().data).toMatchObject({ name: 'After', abilities: { update: true, changeRole: false } });
    expect((await t.call(person, 'PATCH', api('/users/me'), { role: 'admin' })).statusCode).toBe(403);
    expect((await t.call(person, 'PATCH', api(`/users/${t.responder2.id}`), { name: 'Renamed' })).statusCode).toBe(403);
    expect((await t.call(person, 'GET', api(`/users/${t.responder2.id}`))).json().data.abilities).toEqual({
      update: false,
      changeRole: false,
    });

    const promoted = await t.call(t.admin, 'PATCH', api(`/users/${person.id}`), { role: 'admin' });
    expect(promoted.json().data).toMatchObject({ role: 'admin', abilities: { update: true, changeRole: true } });
    // The new role holds at once, on the token they already had: /me says admin, but that token's
    // scope (responder, from when they were one) still caps what it may do.
    expect((await t.call(person, 'GET', api('/me'))).json().data.role).toBe('admin');
    expect((await t.call(person, 'POST', api('/users'), { email: 'not-with-this-token@example.com' })).statusCode).toBe(403);
    const adminToken = (await issueToken(t.deps, person.id, { name: 'admin now', scope: 'admin' })).secret;
    const asAdmin = { ...person, token: adminToken };
    const selfDemote = await t.call(asAdmin, 'PATCH', api('/users/me'), { role: 'viewer' });
    expect(selfDemote.statusCode).toBe(400);
    expect(selfDemote.json().error.details).toEqual({ field: 'role' });
    expect((await t.call(asAdmin, 'PATCH', api('/users/me'), { disabled: true })).statusCode).toBe(400);
    expect((await t.call(asAdmin, 'PATCH', api('/users/me'), { role: 'admin', name: 'Same role' })).statusCode).toBe(200);
    const missing = await t.call(t.admin, 'PATCH', api('/users/nobody'), { name: 'x' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('user_not_found');
  });

  it('lists people by e-mail with text search', async () => {
    await buildUser(t, { email: 'dana.search@example.com', name: 'Dana' });
    const found = (await t.call(t.viewer, 'GET', api('/users?q=search'))).json().data as { email: string }[];
    expect(found.map((u) => u.email)).toEqual(['dana.search@example.com']);
  });
});
