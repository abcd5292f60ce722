import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10: a solo admin looked for "Publish" and found only "Send for review". Admins publish a draft
// directly unless its template requires the review step.

describe.each(testDatabases())('publishing without the review step, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const draftRetro = async (template?: string) => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' });
    const res = await t.call(t.responder, 'POST', `/api/v1/incidents/${inc.ref}/retro`, template ? { template } : {});
    expect(res.statusCode).toBe(201);
    return `/api/v1/retros/${inc.ref}`;
  };

  it('an admin publishes a draft directly; a responder still sends it for review', async () => {
    const r = await draftRetro();
    expect((await t.call(t.admin, 'GET', r)).json().data.abilities).toMatchObject({ publish: true, submitForReview: true });
    expect((await t.call(t.responder, 'GET', r)).json().data.abilities).toMatchObject({ publish: false, submitForReview: true });
    const refused = await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('invalid_retro_transition');
    const res = await t.call(t.admin, 'POST', `${r}/publish`, { confirm: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'published', publishedRevision: 1 });
  });

  it('a template can require the review step: then admins too publish from review only', async () => {
    const tmpl = await t.call(t.admin, 'POST', '/api/v1/retro-templates', {
      name: 'Reviewed',
      sections: [{ key: 'summary', title: 'Summary', kind: 'markdown' }],
      reviewRequired: true,
    });
    expect(tmpl.statusCode).toBe(201);
    expect(tmpl.json().data.reviewRequired).toBe(true);
    const r = await draftRetro(tmpl.json().data.id);
    expect((await t.call(t.admin, 'GET', r)).json().data.abilities.publish).toBe(false);
    expect((await t.call(t.admin, 'POST', `${r}/publish`, { confirm: true })).statusCode).toBe(409);
    await t.call(t.admin, 'POST', `${r}/status`, { status: 'in_review' });
    expect((await t.call(t.admin, 'POST', `${r}/publish`, { confirm: true })).statusCode).toBe(200);
    // The built-ins leave it optional, and say so.
    const builtins = (await t.call(t.admin, 'GET', '/api/v1/retro-templates')).json().data as {
      builtin: boolean;
      reviewRequired: boolean;
    }[];
    expect(builtins.filter((x) => x.builtin).every((x) => !x.reviewRequired)).toBe(true);
  });
});
