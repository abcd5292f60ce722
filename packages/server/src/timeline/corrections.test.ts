import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10: a typo in a stakeholder update stayed on the stakeholder page forever. Authors (and admins)
// correct what they wrote; edits keep history on the timeline; a retracted update leaves a marker.

type Entry = { id: number; kind: string; body: string | null; data: Record<string, unknown>; visibility: string; pinned: boolean };

describe.each(testDatabases())('correcting the timeline, on %s', (kind) => {
  let t: TestApp;
  let ref: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    ref = (await declare(t, t.responder)).ref;
  });
  afterAll(() => t.close());
  const url = (path = '') => `/api/v1/incidents/${ref}${path}`;
  const timeline = async (as = t.responder) => (await t.call(as, 'GET', url('/timeline'))).json().data as Entry[];

  it('an update with a typo is corrected: stakeholders read the new text, marked, and the change is on the timeline', async () => {
    const posted = (await t.call(t.responder, 'POST', url('/updates'), { body: 'Checkout is donw for EU customers.' })).json()
      .data as Entry;
    const res = await t.call(t.responder, 'PATCH', url(`/timeline/${posted.id}`), { body: 'Checkout is down for EU customers.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: posted.id, body: 'Checkout is down for EU customers.', data: { edited: { times: 1 } } });

    const seen = await timeline(t.viewer);
    expect(seen.find((e) => e.id === posted.id)?.body).toBe('Checkout is down for EU customers.');
    const correction = seen.find((e) => e.kind === 'update_edited');
    expect(correction).toMatchObject({
      visibility: 'stakeholders',
      data: { entryId: posted.id, from: 'Checkout is donw for EU customers.', to: 'Checkout is down for EU customers.' },
    });
  });

  it('a war-room comment is edited (history stays internal) and deleted (text gone, marker stays)', async () => {
    const c = (await t.call(t.responder, 'POST', url('/comments'), { body: 'p99 on db-primary 4.2 s' })).json().data as Entry;
    await t.call(t.responder, 'POST', url(`/timeline/${c.id}/pin`), { pinned: true });
    await t.call(t.responder, 'PATCH', url(`/timeline/${c.id}`), { body: 'p99 on db-primary 4.8 s' });
    const removed = await t.call(t.responder, 'DELETE', url(`/timeline/${c.id}`));
    expect(removed.statusCode).toBe(200);
    expect(removed.json().data).toMatchObject({ body: null, pinned: false, data: { removed: { by: { name: 'Priya' } } } });
    const all = await timeline();
    expect(all.find((e) => e.id === c.id)?.body).toBeNull();
    expect(all.filter((e) => e.kind === 'entry_edited' || e.kind === 'entry_deleted').map((e) => e.visibility)).toEqual([
      'internal',
      'internal',
    ]);
    expect(JSON.stringify(await timeline(t.viewer))).not.toContain('db-primary');
    // Removed is final.
    expect((await t.call(t.responder, 'PATCH', url(`/timeline/${c.id}`), { body: 'again' })).json().error.code).toBe('entry_not_editable');
  });

  it('retracting an update leaves a marker with the reason for stakeholders', async () => {
    const u = (await t.call(t.responder, 'POST', url('/updates'), { body: 'Wrong incident, sorry' })).json().data as Entry;
    const res = await t.call(t.responder, 'DELETE', url(`/timeline/${u.id}?reason=${encodeURIComponent('Posted to the wrong incident')}`));
    expect(res.statusCode).toBe(200);
    const seen = await timeline(t.viewer);
    expect(seen.find((e) => e.id === u.id)).toMatchObject({ body: null, data: { removed: { reason: 'Posted to the wrong incident' } } });
    expect(seen.find((e) => e.kind === 'update_retracted')).toMatchObject({
      data: { entryId: u.id, reason: 'Posted to the wrong incident' },
    });
    expect(JSON.stringify(seen)).not.toContain('Wrong incident, sorry');
  });

  it('only the author or an admin corrects; system entries and other kinds cannot be edited', async () => {
    const mine = (await t.call(t.responder, 'POST', url('/comments'), { body: 'mine' })).json().data as Entry;
    const other = await t.call(t.responder2, 'PATCH', url(`/timeline/${mine.id}`), { body: 'theirs' });
    expect(other.statusCode).toBe(403);
    expect((await t.call(t.admin, 'PATCH', url(`/timeline/${mine.id}`), { body: 'fixed by an admin' })).statusCode).toBe(200);
    const declared = (await timeline()).find((e) => e.kind === 'declared') as Entry;
    const refused = await t.call(t.admin, 'PATCH', url(`/timeline/${declared.id}`), { body: 'x' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('entry_not_editable');
    expect((await t.call(t.viewer, 'DELETE', url(`/timeline/${mine.id}`))).statusCode).toBe(403);
  });

  it('records where a report came from: phone, monitoring, other', async () => {
    for (const source of ['phone', 'monitoring', 'other']) {
      const inc = await declare(t, t.responder, { source });
      expect((await t.call(t.responder, 'GET', `/api/v1/incidents/${inc.ref}`)).json().data.source).toBe(source);
    }
  });
});
