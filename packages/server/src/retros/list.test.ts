import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

// Issue 10, item 4: after an amend, viewers saw "In review · rev 2" in the list while the page showed
// them revision 1. The list tells each reader about the revision they can open.

type Item = { incident: { ref: string }; status: string; revision: number; publishedRevision: number | null; published: boolean };

describe.each(testDatabases())('the retrospective list, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;
  const list = async (user: TestUser, status = '') =>
    (await t.call(user, 'GET', api(`/retros${status ? `?status=${status}` : ''}`))).json().data as Item[];

  it('shows viewers the published revision they read, whatever the working copy is doing; responders both', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/status`), { status: 'resolved' });
    const r = api(`/retros/${inc.ref}`);
    expect(await list(t.viewer)).toEqual([]);
    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });
    await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true });
    await t.call(t.responder, 'POST', `${r}/amend`, {});
    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });

    const mine = (items: Item[]) => items.find((i) => i.incident.ref === inc.ref);
    expect(mine(await list(t.viewer))).toMatchObject({ status: 'published', revision: 1, publishedRevision: 1, published: true });
    expect(mine(await list(t.viewer, 'published'))).toBeDefined();
    expect(mine(await list(t.viewer, 'draft,in_review'))).toBeUndefined();
    const page = (await t.call(t.viewer, 'GET', r)).json().data;
    expect(page).toMatchObject({ status: 'published', revision: 1 });

    expect(mine(await list(t.responder))).toMatchObject({ status: 'in_review', revision: 2, publishedRevision: 1 });
    expect(mine(await list(t.responder, 'in_review'))).toBeDefined();
    expect(mine(await list(t.responder, 'published'))).toBeUndefined();
  });
});
