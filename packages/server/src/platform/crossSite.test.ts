import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { SESSION_COOKIE } from './auth.ts';

describe.each(testDatabases())('cross-site writes with the session cookie on %s', (kind) => {
  let t: TestApp;
  let cookie = '';
  const PASSWORD = 'correct horse battery staple';
  let email = '';
  beforeAll(async () => {
    t = await makeTestApp(kind);
    email = (await buildUser(t, { email: `web-${kind}@example.com`, password: PASSWORD })).email;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
    cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    expect(cookie).not.toBe('');
  });
  afterAll(() => t.close());

  const declare = (headers: Record<string, string>, withCookie = true) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { 'content-type': 'application/json', ...headers },
      cookies: withCookie ? { [SESSION_COOKIE]: cookie } : {},
      payload: JSON.stringify({ title: `Declared ${Object.values(headers).join(' ')}` }),
    });
  const count = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('incidents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a write from another origin, or marked cross-site, and stores nothing', async () => {
    const before = await count();
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const res = await declare(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('cross_origin');
    }
    expect(await count()).toBe(before);
  });

  it('accepts the same write from its own origin, from clients that send no Origin, and with a bearer token from anywhere', async () => {
    expect((await declare({ origin: 'http://firebreak.test' })).statusCode).toBe(201);
    expect((await declare({ origin: 'http://localhost:80' }, true)).statusCode).toBe(201); // the host it was asked on
    expect((await declare({})).statusCode).toBe(201);
    // A same-origin form post under our no-referrer policy: the browser sends Origin: null and says same-origin.
    expect((await declare({ origin: 'null', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await declare({ origin: 'https://tools.example', authorization: `Bearer ${t.responder.token}` }, false)).statusCode).toBe(201);
  });

  it('refuses a sign-in posted from another site (login CSRF) but reads stay open', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/incidents',
      headers: { origin: 'https://evil.example' },
      cookies: { [SESSION_COOKIE]: cookie },
    });
    expect(read.statusCode).toBe(200);
  });
});
