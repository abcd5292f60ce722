import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = '/api/v1';

/**
 * Issue 9 finding 13: a follow-up on a private incident is owned only by someone who can see it (a
 * member or an admin). A non-member is refused as owner (400 owner_not_member; the members add them
 * first — membership is never granted as a side effect), and a follow-up whose owner cannot see the
 * incident (removed since) does not satisfy the closing gate.
 */
describe.each(testDatabases())('owners of follow-ups on private incidents on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const followUp = (owner: string) => ({ title: 'Rotate the leaked key', kind: 'follow_up', addresses: 'root_cause', owner });

  it('refuses a non-member as owner, on creation and on change; members and admins may own it', async () => {
    const inc = await buildIncident(t, { private: true, title: 'Leaked signing key' });
    const refused = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/actions`, followUp(t.responder2.email));
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'owner_not_member', details: { field: 'owner' } });
    expect(refused.json().error.message).toContain(inc.ref);

    const mine = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/actions`, followUp('me'));
    expect(mine.statusCode, mine.body).toBe(201);
    const id = mine.json().data.id as string;
    const change = await t.call(t.responder, 'PATCH', `${api}/actions/${id}`, { owner: t.responder2.id });
    expect(change.statusCode, change.body).toBe(400);
    expect(change.json().error.code).toBe('owner_not_member');
    expect((await t.call(t.responder, 'PATCH', `${api}/actions/${id}`, { owner: t.admin.id })).statusCode).toBe(200);

    expect((await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/members`, { user: t.responder2.id })).statusCode).toBe(200);
    expect((await t.call(t.responder, 'PATCH', `${api}/actions/${id}`, { owner: t.responder2.id })).statusCode).toBe(200);
    // A public incident: anyone may own its follow-ups, as before.
    const open = await buildIncident(t, { title: 'Public one' });
    expect((await t.call(t.responder, 'POST', `${api}/incidents/${open.ref}/actions`, followUp(t.responder2.email))).statusCode).toBe(201);
  });

  it('a follow-up owned by someone who can no longer see the incident does not let it close', async () => {
    const inc = await buildIncident(t, { private: true, title: 'Payroll run failed', status: 'resolved' });
    const url = `${api}/incidents/${inc.ref}`;
    expect((await t.call(t.responder, 'POST', `${url}/members`, { user: t.responder2.id })).statusCode).toBe(200);
    const created = await t.call(t.responder, 'POST', `${url}/actions`, followUp(t.responder2.id));
    expect(created.statusCode, created.body).toBe(201);
    const blockers = async () => (await t.call(t.responder, 'GET', url)).json().data.closingBlockers as string[];
    expect(await blockers()).toEqual([]);

    const removed = await t.call(t.responder, 'DELETE', `${url}/members/${t.responder2.id}`);
    expect(removed.statusCode, removed.body).toBeLessThan(300);
    expect((await blockers()).join(' ')).toMatch(/no open follow-up with an owner addresses the root cause/);
    const close = await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' });
    expect(close.statusCode, close.body).toBe(409);
    expect(close.json().error.code).toBe('closing_blocked');
  });
});
