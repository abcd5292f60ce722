import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { clientUnit, pruneSigninThrottle, SIGNIN_LIMITS } from './throttle.ts';

const PASSWORD = 'correct horse battery staple';

describe('the counting unit of a client address', () => {
  it('is the address for IPv4 (also IPv4-mapped), and the /64 for IPv6', () => {
    expect(clientUnit('203.0.113.7')).toBe('203.0.113.7');
    expect(clientUnit('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientUnit('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientUnit('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientUnit('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientUnit('::1')).toBe('0:0:0:0::/64');
  });
});

describe.each(testDatabases())('sign-in throttling on %s', (kind) => {
  let t: TestApp;
  /** The same database behind a proxy the operator trusts (FIREBREAK_TRUST_PROXY=127.0.0.1). */
  let proxied: FastifyInstance;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    proxied = await buildApp({ ...t.deps, config: { ...t.deps.config, trustProxy: ['127.0.0.1'] } }, { webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await proxied.close();
    await t.close();
  });

  const login = (app: FastifyInstance, email: string, password: string, from: { peer?: string; forwarded?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: from.peer ?? '127.0.0.1',
      headers: from.forwarded ? { 'x-forwarded-for': from.forwarded } : {},
    });
  const expectLimited = (res: Awaited<ReturnType<typeof login>>) => {
    expect(res.statusCode, res.body).toBe(429);
    const retry = Number(res.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(SIGNIN_LIMITS.lockMs / 1000);
    expect(res.json()).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/Too many sign-in attempts/), details: { retryAfterSeconds: retry } },
    });
  };

  it('locks an account guessed at from many addresses (a new X-Forwarded-For each time), until the lock ends', async () => {
    const person = await buildUser(t, { email: `burst-${kind}@example.com`, password: PASSWORD });
    for (let i = 0; i < SIGNIN_LIMITS.perAccount; i++) {
      const res = await login(proxied, person.email, `wrong guess ${i}`, { forwarded: `198.51.100.${i + 1}` });
      expect(res.statusCode, `guess ${i}`).toBe(401);
    }
    expectLimited(await login(proxied, person.email, 'one more guess', { forwarded: '198.51.100.200' }));
    // Locked even with the right password, from anywhere: the lock is on the account.
    expectLimited(await login(proxied, person.email, PASSWORD, { forwarded: '192.0.2.77' }));
    expectLimited(await login(t.app, person.email.toUpperCase(), PASSWORD, { peer: '192.0.2.78' }));

    t.clock.advance(SIGNIN_LIMITS.lockMs + 1000);
    const res = await login(t.app, person.email, PASSWORD, { peer: '192.0.2.79' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.email).toBe(person.email);
  });

  it('locks one address spraying many accounts, and ignores X-Forwarded-For when no proxy is trusted', async () => {
    const peer = '203.0.113.50';
    for (let i = 0; i < SIGNIN_LIMITS.perClient; i++) {
      // A forged header changes nothing: without FIREBREAK_TRUST_PROXY the address is the TCP peer.
      const res = await login(t.app, `spray-${kind}-${i}@example.com`, 'Winter2026!', { peer, forwarded: `10.9.${i}.1` });
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    expectLimited(await login(t.app, `spray-${kind}-next@example.com`, 'Winter2026!', { peer, forwarded: '10.9.99.1' }));
    // Another address is not affected, nor is the next account's own budget spent.
    const other = await buildUser(t, { email: `spray-victim-${kind}@example.com`, password: PASSWORD });
    expectLimited(await login(t.app, other.email, PASSWORD, { peer }));
    expect((await login(t.app, other.email, PASSWORD, { peer: '203.0.113.51' })).statusCode).toBe(200);
  });

  it('counts a parallel burst before checking passwords: no more than the budget is ever checked', async () => {
    const person = await buildUser(t, { email: `parallel-${kind}@example.com`, password: PASSWORD });
    const answers = await Promise.all(
      Array.from({ length: SIGNIN_LIMITS.perAccount * 3 }, (_, i) =>
        login(proxied, person.email, `parallel guess ${i}`, { forwarded: `100.64.${i}.9` }),
      ),
    );
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBe(SIGNIN_LIMITS.perAccount);
    expect(statuses.filter((s) => s === 429).length).toBe(SIGNIN_LIMITS.perAccount * 2);
    for (const r of answers.filter((a) => a.statusCode === 429)) expectLimited(r);
  });

  it('shares the count across a fleet: every instance on the database sees the same lock', async () => {
    const person = await buildUser(t, { email: `fleet-${kind}@example.com`, password: PASSWORD });
    const instances = [t.app, proxied];
    for (let i = 0; i < SIGNIN_LIMITS.perAccount; i++)
      expect((await login(instances[i % 2], person.email, `fleet guess ${i}`, { peer: `192.0.2.${100 + i}` })).statusCode).toBe(401);
    expectLimited(await login(t.app, person.email, PASSWORD, { peer: '192.0.2.150' }));
    expectLimited(await login(proxied, person.email, PASSWORD, { forwarded: '192.0.2.151' }));
  });

  it('a good sign-in resets the account and gives the address its attempt back', async () => {
    const person = await buildUser(t, { email: `typo-${kind}@example.com`, password: PASSWORD });
    const peer = '198.18.0.1';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < SIGNIN_LIMITS.perAccount - 1; i++)
        expect((await login(t.app, person.email, `typo ${i}`, { peer: `198.18.${round}.${i + 2}` })).statusCode).toBe(401);
      expect((await login(t.app, person.email, PASSWORD, { peer })).statusCode).toBe(200);
    }
  });

  it('keeps no count past its window: the table is pruned', async () => {
    await login(t.app, `prune-${kind}@example.com`, 'nope', { peer: '198.18.9.9' });
    const count = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('signin_throttle')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBeGreaterThan(0);
    await pruneSigninThrottle(t.deps);
    expect(await count()).toBeGreaterThan(0); // still inside the window
    t.clock.advance(SIGNIN_LIMITS.windowMs + SIGNIN_LIMITS.lockMs + 1000);
    await pruneSigninThrottle(t.deps);
    expect(await count()).toBe(0);
  });
});
