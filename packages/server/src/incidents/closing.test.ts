import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10, item 2: once only the retrospective blocks closing, the advice must say to publish it (and
// the incident must link to it), derived from the same checks the server refuses closing with.

type Check = { code: string; blocks: boolean; message: string; advice: string };

describe.each(testDatabases())('the closing gate and its advice, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;
  const read = async (ref: string) => (await t.call(t.responder, 'GET', api(`/incidents/${ref}`))).json().data;

  it('says what lifts each blocker, and only the retrospective once the root cause is dealt with', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    const url = api(`/incidents/${inc.ref}`);
    expect((await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' })).statusCode).toBe(200);
    let view = await read(inc.ref);
    expect(view.closingChecks.map((c: Check) => c.code)).toEqual(['root_cause_fix', 'retrospective']);
    expect(view.closingChecks[0].advice).toMatch(/Mark the fix for the root cause done/);
    expect(view.closingChecks[1].advice).toBe('Finish the retrospective and publish it (it is a draft).');
    expect(view.closingBlockers).toEqual(view.closingChecks.map((c: Check) => c.message));
    expect(view.retrospective).toMatchObject({ status: 'draft', required: true, published: false });

    await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'done' } });
    view = await read(inc.ref);
    expect(view.closingChecks).toEqual([
      expect.objectContaining({ code: 'retrospective', blocks: true, advice: 'Finish the retrospective and publish it (it is a draft).' }),
    ]);
    expect(view.closingChecks[0].advice).not.toMatch(/root cause/);

    // Refused with the same checks and their advice.
    const refused = await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('closing_blocked');
    expect(refused.json().error.message).toContain('Finish the retrospective and publish it');
    expect(refused.json().error.details.checks).toEqual(view.closingChecks);

    const retro = api(`/retros/${inc.ref}`);
    await t.call(t.responder, 'POST', `${retro}/status`, { status: 'in_review' });
    expect((await read(inc.ref)).closingChecks[0].advice).toBe('Publish the retrospective (it is in review).');
    await t.call(t.responder, 'POST', `${retro}/publish`, { confirm: true });
    view = await read(inc.ref);
    expect(view.closingChecks).toEqual([]);
    expect(view.abilities.close).toBe(true);
    expect(view.retrospective).toMatchObject({ status: 'published', published: true });
  });

  it('open whys only warn: they are listed with advice, and closing still works', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' });
    const url = api(`/incidents/${inc.ref}`);
    await t.call(t.responder, 'POST', `${url}/whys`, { question: 'Why did the failover not trigger?' });
    await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'done' } });
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });
    const view = await read(inc.ref);
    expect(view.closingChecks).toEqual([expect.objectContaining({ code: 'open_whys', blocks: false, message: 'One why is still open.' })]);
    expect(view.closingBlockers).toEqual([]);
    expect(view.abilities.close).toBe(true);
    expect(view.retrospective).toBeNull();
    expect((await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' })).statusCode).toBe(200);
  });

  it('resolving can carry the final stakeholder update, recorded with the new status and no next one due', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    const url = api(`/incidents/${inc.ref}`);
    const res = await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved', update: 'Checkout works normally again.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.stakeholderUpdates).toMatchObject({ lastAt: expect.any(String), nextDueAt: null });
    const seen = (await t.call(t.viewer, 'GET', `${url}/timeline`)).json().data as {
      kind: string;
      body: string;
      data: Record<string, unknown>;
    }[];
    expect(seen.map((e) => e.kind)).toEqual(['declared', 'status_changed', 'stakeholder_update']);
    expect(seen[2]).toMatchObject({ body: 'Checkout works normally again.', data: { status: 'resolved', nextUpdateDueAt: null } });
    // Once its retrospective is published, stakeholders are pointed at it.
    const retro = api(`/retros/${inc.ref}`);
    await t.call(t.responder, 'POST', `${retro}/status`, { status: 'in_review' });
    await t.call(t.responder, 'POST', `${retro}/publish`, { confirm: true });
    expect((await t.call(t.viewer, 'GET', url)).json().data.retrospective).toMatchObject({ status: 'published', published: true });
  });

  it('a SEV1 without a retrospective yet is told to draft one; stakeholders get no retrospective link before it is published', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' });
    const url = api(`/incidents/${inc.ref}`);
    await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'done' }, severity: 'SEV1' });
    const view = await read(inc.ref);
    expect(view.closingChecks).toEqual([
      expect.objectContaining({ code: 'retrospective', advice: 'Draft the retrospective and publish it.' }),
    ]);
    const asViewer = (await t.call(t.viewer, 'GET', url)).json().data;
    expect(asViewer.retrospective).toBeNull();
    expect(asViewer.closingChecks).toBeUndefined();
  });
});
