import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { ensureFirstAdmin } from './setup.ts';

// Issue 10, first run: the sign-in page must know setup is not finished (and point at the printed link),
// and a reused setup link must say so before its form is filled in.

describe.each(testDatabases())('first-run setup status, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const status = async (token?: string) =>
    (await t.call(null, 'GET', `/api/v1/auth/setup${token ? `?token=${encodeURIComponent(token)}` : ''}`)).json().data;

  it('is pending until an admin can sign in, and tells what a link can still do', async () => {
    // The harness's admin signs in with a token only (no password): setup is not finished.
    expect(await status()).toEqual({ pending: true, link: null });
    expect(await status('fbsetup_made_up')).toEqual({ pending: true, link: 'unknown' });

    await t.deps.db.deleteFrom('users').execute();
    const link = await ensureFirstAdmin(t.deps);
    const token = new URL(link as string).searchParams.get('token') as string;
    expect(await status(token)).toEqual({ pending: true, link: 'valid' });
    const done = await t.call(null, 'POST', '/api/v1/auth/setup', {
      token,
      email: 'ada@example.com',
      name: 'Ada',
      password: 'correct horse battery',
    });
    expect(done.statusCode).toBe(200);
    expect(await status(token)).toEqual({ pending: false, link: 'used' });
    t.clock.advance(25 * 3_600_000);
    expect((await status()).pending).toBe(false);
  });
});
