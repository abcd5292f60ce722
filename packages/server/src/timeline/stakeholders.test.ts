import { STAKEHOLDER_TIMELINE_KINDS, timelineVisibility } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Entry = { id: number; kind: string; visibility: string };

/** Which timeline entries stakeholders see is one rule in packages/shared, the one the web app uses. */
describe.each(testDatabases())('stakeholder-visible timeline on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('viewers get exactly the entries of the shared stakeholder kinds, merged duplicates included', async () => {
    const a = await declare(t, t.responder, { title: 'Checkout slow for EU customers' });
    const dup = await declare(t, t.responder, { title: 'Payments page slow' });
    const url = `/api/v1/incidents/${a.ref}`;
    await t.call(t.responder, 'POST', `${url}/comments`, { body: 'p99 up on db-3 since deploy 4411' });
    await t.call(t.responder, 'POST', `${url}/timeline`, { body: 'Rolled back 4411' });
    await t.call(t.responder, 'POST', `${url}/updates`, { body: 'Some customers in Europe cannot pay; we are on it.' });
    await t.call(t.responder, 'PATCH', url, { customerImpact: 'EU customers could not pay' });
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'investigating' });
    const merged = await t.call(t.responder, 'POST', `/api/v1/incidents/${dup.ref}/status`, { status: 'duplicate', duplicateOf: a.ref });
    expect(merged.statusCode).toBe(200);

    const all = (await t.call(t.admin, 'GET', `${url}/timeline`)).json().data as Entry[];
    const seen = (await t.call(t.viewer, 'GET', `${url}/timeline`)).json().data as Entry[];
    // The incident has entries of both audiences, so the rule is actually exercised.
    expect(new Set(all.map((e) => e.kind))).toEqual(
      new Set(['declared', 'comment', 'note', 'stakeholder_update', 'field_changed', 'status_changed', 'merged']),
    );
    for (const e of all) expect([e.kind, e.visibility]).toEqual([e.kind, timelineVisibility(e.kind)]);
    expect(seen.map((e) => e.id)).toEqual(all.filter((e) => STAKEHOLDER_TIMELINE_KINDS.includes(e.kind as never)).map((e) => e.id));
    expect(seen.map((e) => e.kind)).toContain('merged');
  });

  it('viewers read the declaration without the verbatim report (it may name customers); responders read it all', async () => {
    const inc = await declare(t, t.responder, { title: 'Login failures', originalRequest: 'Jane from Acme Corp says login fails' });
    const url = `/api/v1/incidents/${inc.ref}/timeline`;
    const declared = (user: typeof t.viewer) =>
      t.call(user, 'GET', url).then((r) => (r.json().data as (Entry & { body: string | null })[]).find((e) => e.kind === 'declared'));
    expect((await declared(t.responder))?.body).toBe('Jane from Acme Corp says login fails');
    const seen = await declared(t.viewer);
    expect(seen).toBeDefined();
    expect(seen?.body).toBeNull();
    expect((await t.call(t.viewer, 'GET', url)).body).not.toContain('Acme');
  });
});
