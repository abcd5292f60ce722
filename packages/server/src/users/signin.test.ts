import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { passwordStats, verifyPassword } from './passwords.ts';

describe.each(testDatabases())('signing in on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('costs one key derivation whether the e-mail has an account or not, and answers both alike', async () => {
    const person = await buildUser(t, { email: `known-${kind}@example.com`, password: 'correct horse battery staple' });
    const attempts = [
      [person.email, 'wrong password 123'],
      [`nobody-${kind}@example.com`, 'wrong password 123'],
    ] as const;
    const answers: { status: number; body: unknown }[] = [];
    for (const [email, password] of attempts) {
      const before = passwordStats.derivations;
      const res = await login(email, password);
      expect(passwordStats.derivations - before, email).toBe(1);
      answers.push({ status: res.statusCode, body: res.json() });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0].status).toBe(401);
  });

  it('an unusable stored hash never matches, and still costs a derivation', async () => {
    for (const stored of [null, '', 'plain-text-password', 'scrypt$16384$8$1$$']) {
      const before = passwordStats.derivations;
      expect(await verifyPassword('plain-text-password', stored)).toBe(false);
      expect(passwordStats.derivations - before).toBe(1);
    }
  });
});
