import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('creates racing for one name on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it.each([
    ['services', '/api/v1/services', (i: number) => ({ name: 'checkout-race', description: `attempt ${i}` }), 'service_exists'],
    ['teams', '/api/v1/teams', (i: number) => ({ name: 'payments-race', description: `attempt ${i}` }), 'team_exists'],
    ['users', '/api/v1/users', (i: number) => ({ email: 'race@example.com', name: `Racer ${i}`, role: 'responder' }), 'user_exists'],
  ])('%s: one is created, every other answers 409 with the same code the check gives', async (_what, url, body, code) => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => t.call(t.admin, 'POST', url, body(i))));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe(code);
    }
  });
});

describe.each(testDatabases())('the first declarations of a new installation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('declared at once all succeed, numbered 1…n without a gap or a repeat', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.call(t.responder, 'POST', '/api/v1/incidents', { title: `Simultaneous report ${i}` })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    expect(results.map((r) => r.json().data.number as number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
