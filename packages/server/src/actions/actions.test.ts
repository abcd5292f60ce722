import type { ActionView } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction, buildIncident } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('next actions and follow-ups on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;
  const blocksOnRootCause = async (ref: string) =>
    ((await t.call(t.responder, 'GET', api(`/incidents/${ref}`))).json().data.closingChecks as { code: string }[]).some(
      (c) => c.code === 'root_cause_fix',
    );
  const patch = (id: string, body: object, user: TestUser = t.responder) => t.call(user, 'PATCH', api(`/actions/${id}`), body);

  it('the closing gate counts only open, owned, non-draft follow-ups that address the root cause', async () => {
    const inc = await buildIncident(t, { status: 'resolved' });
    expect(await blocksOnRootCause(inc.ref)).toBe(true);
    const owner = t.responder2.email;
    // None of these counts: a next action, a follow-up for a symptom, one without an owner, one kept a draft.
    await buildAction(t, { incident: inc, kind: 'next', addresses: 'root_cause', owner });
    await buildAction(t, { incident: inc, kind: 'follow_up', addresses: 'symptom', owner });
    const unowned = await buildAction(t, { incident: inc, kind: 'follow_up', addresses: 'root_cause' });
    expect(unowned.draft).toBe(true);
    const kept = await buildAction(t, { incident: inc, kind: 'follow_up', addresses: 'root_cause', owner, draft: true });
    expect(kept.draft).toBe(true);
    expect(await blocksOnRootCause(inc.ref)).toBe(true);
    expect((await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/status`), { status: 'closed' })).statusCode).toBe(409);

    // Owning the draft makes it real, and it counts.
    const owned = await patch(unowned.id, { owner });
    expect(owned.json().data).toMatchObject({ draft: false, owner: { id: t.responder2.id } });
    expect(await blocksOnRootCause(inc.ref)).toBe(false);
    // Finished (won't do) it no longer does; open again, it does.
    await patch(unowned.id, { status: 'wont_do', statusReason: 'Replaced by the queue rewrite' });
    expect(await blocksOnRootCause(inc.ref)).toBe(true);
    await patch(unowned.id, { status: 'in_progress' });
    expect(await blocksOnRootCause(inc.ref)).toBe(false);
    expect((await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/status`), { status: 'closed' })).statusCode).toBe(200);
  });

  it('keeps ownerless follow-ups as drafts; a follow-up leaves draft only with an owner; next actions are never drafts', async () => {
    const inc = await buildIncident(t);
    const next = await buildAction(t, { incident: inc, kind: 'next', draft: true });
    expect(next.draft).toBe(false);
    const follow = await buildAction(t, { incident: inc, kind: 'follow_up', addresses: 'prevention' });
    expect(follow).toMatchObject({ draft: true, owner: null });
    const refused = await patch(follow.id, { draft: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual({ field: 'owner' });
    const mine = await patch(follow.id, { owner: 'me' });
    expect(mine.json().data).toMatchObject({ draft: false, owner: { id: t.responder.id } });
    const disowned = await patch(follow.id, { owner: null });
    expect(disowned.json().data).toMatchObject({ draft: true, owner: null });
  });

  it("won't do needs a reason; finishing stamps completedAt and clears overdue, reopening undoes both", async () => {
    const action = await buildAction(t, { dueAt: '2026-03-01T11:00:00Z' });
    expect(action.overdue).toBe(true);
    const noReason = await patch(action.id, { status: 'wont_do' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'invalid_input', details: { field: 'statusReason' } });
    const done = (await patch(action.id, { status: 'done' })).json().data;
    expect(done).toMatchObject({ status: 'done', overdue: false, completedAt: t.clock.now().toISOString() });
    const reopened = (await patch(action.id, { status: 'open' })).json().data;
    expect(reopened).toMatchObject({ status: 'open', overdue: true, completedAt: null });
  });

  it('records each change as one timeline entry with before and after; a change to nothing records nothing', async () => {
    const inc = await buildIncident(t);
    const action = await buildAction(t, { incident: inc, title: 'Raise the pool size' });
    const entries = async () =>
      (
        (await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}/timeline`))).json().data as {
          kind: string;
          data: { changes?: object };
        }[]
      ).filter((e) => e.kind.startsWith('action_'));
    expect((await entries()).map((e) => e.kind)).toEqual(['action_added']);
    await patch(action.id, { priority: 'p1', owner: t.responder2.id });
    await patch(action.id, { priority: 'p1', title: 'Raise the pool size' });
    const recorded = await entries();
    expect(recorded.map((e) => e.kind)).toEqual(['action_added', 'action_changed']);
    expect(recorded[1].data.changes).toEqual({ priority: { from: 'p3', to: 'p1' }, owner: { from: null, to: 'Sam' } });
  });

  it('viewers read actions but cannot add or change them; actions of hidden incidents are hidden (404) and never listed', async () => {
    const inc = await buildIncident(t);
    const action = await buildAction(t, { incident: inc });
    expect((await t.call(t.viewer, 'GET', api(`/actions/${action.id}`))).json().data.abilities).toEqual({ update: false });
    expect((await t.call(t.responder2, 'GET', api(`/actions/${action.id}`))).json().data.abilities).toEqual({ update: true });
    expect((await patch(action.id, { status: 'done' }, t.viewer)).statusCode).toBe(403);
    expect((await t.call(t.viewer, 'POST', api(`/incidents/${inc.ref}/actions`), { title: 'x' })).statusCode).toBe(403);

    const secret = await buildIncident(t, { private: true });
    const hidden = await buildAction(t, { incident: secret, title: 'Rotate the leaked key', owner: 'me' });
    for (const res of [
      await t.call(t.responder2, 'GET', api(`/actions/${hidden.id}`)),
      await patch(hidden.id, { title: 'x' }, t.responder2),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('action_not_found');
    }
    const listed = await t.call(t.responder2, 'GET', api('/actions?limit=200'));
    expect(listed.body).not.toContain(hidden.id);
    expect((await t.call(t.admin, 'GET', api('/actions?limit=200'))).body).toContain(hidden.id);
  });

  it('pages every action exactly once over rows created in the same instant, with status, kind and owner filters', async () => {
    const inc = await buildIncident(t);
    const made: ActionView[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      made.push(
        await buildAction(t, {
          incident: inc,
          title: `Paged ${n}`,
          kind: n % 2 ? 'follow_up' : 'next',
          owner: n <= 3 ? 'me' : t.responder2.id,
          status: n === 5 ? 'done' : n === 4 ? 'in_progress' : undefined,
        }),
      );
    }
    const all = async (query: string, user: TestUser = t.responder) => {
      const seen: string[] = [];
      let cursor = '';
      for (let i = 0; i < 20; i++) {
        const res = await t.call(
          user,
          'GET',
          api(`/incidents/${inc.ref}/actions?limit=2&${query}${cursor && `&cursor=${encodeURIComponent(cursor)}`}`),
        );
        expect(res.statusCode, res.body).toBe(200);
        seen.push(...res.json().data.map((a: ActionView) => a.title));
        cursor = res.json().nextCursor ?? '';
        if (!cursor) return seen;
      }
      throw new Error('paging did not end');
    };
    // The same list as one page, each row once (same-instant rows are ordered by id, so compare as sets too).
    const whole = (await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}/actions?limit=200`)))
      .json()
      .data.map((a: ActionView) => a.title);
    expect(await all('')).toEqual(whole);
    expect([...whole].sort()).toEqual(made.map((a) => a.title));
    const filtered = async (query: string, user?: TestUser) => (await all(query, user)).sort();
    expect(await filtered('status=open,%20in_progress')).toEqual(['Paged 1', 'Paged 2', 'Paged 3', 'Paged 4']);
    expect(await filtered('kind=follow_up')).toEqual(['Paged 1', 'Paged 3', 'Paged 5']);
    expect(await filtered('owner=me')).toEqual(['Paged 1', 'Paged 2', 'Paged 3']);
    expect(await filtered('owner=me', t.responder2)).toEqual(['Paged 4', 'Paged 5']);
  });

  it('refuses bad input with the error envelope, naming the field', async () => {
    const inc = await buildIncident(t);
    const bad = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/actions`), { title: 'x', priority: 'urgent' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'body.priority' }] } });
    const nobody = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/actions`), { title: 'x', owner: 'nobody@example.com' });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error).toMatchObject({ code: 'unknown_user', details: { field: 'owner' } });
    const missing = await t.call(t.responder, 'GET', api('/actions/no-such-action'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('action_not_found');
  });
});
