import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('review meeting, sharing, follow-ups and privacy on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.call(t.admin, 'POST', '/api/v1/teams', { name: 'Payments', members: ['sam@example.com'] });
    await t.call(t.admin, 'POST', '/api/v1/services', { name: 'checkout', ownerTeam: 'Payments', criticality: 'critical' });
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;

  async function retro(extra: Record<string, unknown> = {}, user = t.responder) {
    const inc = await declare(t, user, { severity: 'SEV3', ...extra });
    const res = await t.call(user, 'POST', api(`/incidents/${inc.ref}/retro`), {});
    expect(res.statusCode).toBe(201);
    return { inc, id: res.json().data.id as string };
  }

  async function publish(id: string) {
    await t.call(t.responder, 'POST', api(`/retros/${id}/status`), { status: 'in_review' });
    expect((await t.call(t.responder, 'POST', api(`/retros/${id}/publish`), { confirm: true })).statusCode).toBe(200);
  }

  it('schedules the review meeting with a generated agenda and a calendar invite that parses', async () => {
    const { inc, id } = await retro();
    const why = (await t.call(t.responder, 'POST', api(`/retros/${id}/whys`), { text: 'The queue consumer stalled' })).json().whyId;
    await t.call(t.responder, 'POST', api(`/retros/${id}/follow-ups`), { title: 'Alert on consumer lag', horizon: 'immediate' });
    await t.call(t.responder2, 'PUT', api(`/retros/${id}/answers/mine`), { surprised: 'The consumer had no health check' });
    const res = await t.call(t.responder, 'PUT', api(`/retros/${id}/meeting`), {
      startsAt: '2026-03-05T15:00:00+01:00',
      durationMinutes: 45,
      location: 'Room 4',
      attendees: ['priya@example.com', 'sam@example.com'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.meeting).toMatchObject({
      scheduled: true,
      startsAt: '2026-03-05T14:00:00.000Z',
      durationMinutes: 45,
      attendees: [{ name: 'Priya' }, { name: 'Sam' }],
      sequence: 0,
    });

    const agenda = (await t.call(t.responder, 'GET', api(`/retros/${id}/agenda`))).json().data;
    expect(agenda.items.map((i: { title: string }) => i.title)).toEqual([
      'Timeline summary',
      'Themes',
      'What surprised us',
      'Open whys',
      'Proposed follow-ups',
      'Thanks and close',
    ]);
    expect(agenda.items[2].points).toEqual(['Sam: The consumer had no health check']);
    expect(agenda.items[3].links.whyIds).toEqual([why]);
    expect(agenda.items[4].points[0]).toMatch(/Alert on consumer lag \(needs an owner\)/);
    expect(agenda.items.reduce((n: number, i: { minutes: number }) => n + i.minutes, 0)).toBeLessThanOrEqual(47);

    const ics = await t.call(t.responder, 'GET', api(`/retros/${id}/meeting.ics`));
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const lines = ics.body.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('END:VEVENT');
    expect(lines).toContain('DTSTART:20260305T140000Z');
    expect(lines).toContain('DURATION:PT45M');
    expect(lines).toContain('LOCATION:Room 4');
    expect(lines.filter((l) => l.startsWith('ATTENDEE')).map((l) => l.split(':').at(-1))).toEqual(['priya@example.com', 'sam@example.com']);
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toContain(inc.ref);
    expect(lines.find((l) => l.startsWith('UID:'))).toBe(`UID:retro-${id}@firebreak`);

    // Moving it bumps the sequence so calendars update the same event.
    const moved = await t.call(t.responder, 'PUT', api(`/retros/${id}/meeting`), {
      startsAt: '2026-03-06T14:00:00Z',
      attendees: ['sam@example.com'],
    });
    expect(moved.json().data.meeting.sequence).toBe(1);
    expect((await t.call(t.responder, 'GET', api(`/retros/${id}/meeting.ics`))).body).toContain('SEQUENCE:1');
    // Sam sees it on his task list.
    const tasks = (await t.call(t.responder2, 'GET', api('/me/retro-tasks'))).json().data;
    expect(tasks).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'attend', retroId: id, startsAt: '2026-03-06T14:00:00.000Z' })]),
    );

    // Notes: stale saves get 409 with both versions.
    const n1 = await t.call(t.responder, 'PUT', api(`/retros/${id}/meeting/notes`), { baseRevision: 0, notes: 'We agreed on lag alerts' });
    expect(n1.json().data.notesRevision).toBe(1);
    const stale = await t.call(t.responder2, 'PUT', api(`/retros/${id}/meeting/notes`), { baseRevision: 0, notes: 'My notes' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({
      yours: { notes: 'My notes' },
      theirs: { notes: 'We agreed on lag alerts', notesRevision: 1 },
    });
    expect((await t.call(t.responder, 'DELETE', api(`/retros/${id}/meeting`))).json().data.meeting).toMatchObject({
      scheduled: false,
      startsAt: null,
      notes: 'We agreed on lag alerts',
    });
    expect((await t.call(t.responder, 'GET', api(`/retros/${id}/meeting.ics`))).statusCode).toBe(404);
  });

  it('shares the published revision by a revocable link readable without sign-in', async () => {
    const { id } = await retro({ title: 'Shared one' });
    await t.call(t.responder, 'PUT', api(`/retros/${id}/sections/introduction`), { baseRevision: 0, body: 'Published words' });
    expect((await t.call(t.responder, 'POST', api(`/retros/${id}/share`), {})).json().error.code).toBe('retro_not_published');
    await publish(id);
    await t.call(t.responder, 'POST', api(`/retros/${id}/amend`), {});
    await t.call(t.responder, 'PUT', api(`/retros/${id}/sections/introduction`), { baseRevision: 1, body: 'Draft words of revision 2' });
    const share = await t.call(t.responder, 'POST', api(`/retros/${id}/share`), {});
    expect(share.statusCode).toBe(201);
    const { token, url, htmlUrl } = share.json().data;
    expect(url).toBe(`http://firebreak.test/api/v1/shared/retros/${token}`);
    const pub = await t.call(null, 'GET', api(`/shared/retros/${token}`));
    expect(pub.statusCode).toBe(200);
    const body = pub.json().data;
    expect(body.revision).toBe(1);
    expect(JSON.stringify(body)).toContain('Published words');
    expect(JSON.stringify(body)).not.toContain('Draft words');
    expect(body.abilities).toBeUndefined();
    expect((await t.call(null, 'GET', new URL(htmlUrl).pathname)).body).toContain('<p>Published words</p>');
    expect((await t.call(null, 'GET', api(`/shared/retros/${token}/export.md`))).body).toContain('Published words');
    // The database keeps only a hash of the token.
    const row = await t.deps.db.selectFrom('retros').select('share_token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.share_token_hash).not.toContain(token);
    expect((await t.call(t.responder, 'DELETE', api(`/retros/${id}/share`))).statusCode).toBe(204);
    expect((await t.call(null, 'GET', api(`/shared/retros/${token}`))).statusCode).toBe(404);
    expect((await t.call(null, 'GET', api('/shared/retros/fbshare_notarealtokenatallnotreal'))).statusCode).toBe(404);
  });

  it('keeps retrospectives, answers, exports, share links and follow-ups of private incidents invisible to non-members (404)', async () => {
    const { inc, id } = await retro({ private: true, title: 'Secret breach' });
    await t.call(t.responder, 'POST', api(`/retros/${id}/follow-ups`), { title: 'Rotate the leaked keys', owner: 'priya@example.com' });
    await t.call(t.responder, 'PUT', api(`/retros/${id}/answers/mine`), { whatHappened: 'secret stuff' });
    const outsider = t.responder2;
    for (const path of [
      `/retros/${id}`,
      `/incidents/${inc.ref}/retro`,
      `/retros/${id}/answers`,
      `/retros/${id}/export.md`,
      `/retros/${id}/export.html`,
      `/retros/${id}/agenda`,
      `/retros/${id}/depth`,
      `/retros/${id}/revisions`,
      `/incidents/${inc.ref}/themes`,
    ]) {
      const res = await t.call(outsider, 'GET', api(path));
      expect([path, res.statusCode]).toEqual([path, 404]);
    }
    for (const [method, path, body] of [
      ['PUT', `/retros/${id}/sections/introduction`, { baseRevision: 0, body: 'x' }],
      ['PUT', `/retros/${id}/answers/mine`, { whatHappened: 'x' }],
      ['POST', `/retros/${id}/share`, {}],
      ['POST', `/retros/${id}/whys`, { text: 'x' }],
      ['POST', `/incidents/${inc.ref}/chat-imports`, { format: 'transcript', text: '[12:00] a: b' }],
    ] as const) {
      expect((await t.call(outsider, method, api(path), body)).statusCode).toBe(404);
    }
    const list = (await t.call(outsider, 'GET', api('/retros?limit=200'))).json().data;
    expect(list.some((r: { id: string }) => r.id === id)).toBe(false);
    const followUps = (await t.call(outsider, 'GET', api('/follow-ups?status=all&limit=200'))).json().data;
    expect(followUps.some((f: { title: string }) => f.title === 'Rotate the leaked keys')).toBe(false);
    expect(
      (await t.call(t.admin, 'GET', api('/follow-ups?status=all&limit=200')))
        .json()
        .data.some((f: { title: string }) => f.title === 'Rotate the leaked keys'),
    ).toBe(true);

    // Share links: a member who is not an admin cannot share a private incident; an admin must say so explicitly.
    await publish(id);
    expect((await t.call(t.responder, 'POST', api(`/retros/${id}/share`), {})).json().error.code).toBe('share_private_forbidden');
    expect((await t.call(t.admin, 'POST', api(`/retros/${id}/share`), {})).json().error.code).toBe('share_private_forbidden');
    const explicit = await t.call(t.admin, 'POST', api(`/retros/${id}/share`), { allowPrivate: true });
    expect(explicit.json().data.allowsPrivate).toBe(true);
    expect((await t.call(null, 'GET', api(`/shared/retros/${explicit.json().data.token}`))).statusCode).toBe(200);

    // A link made while the incident was public stops working when it becomes private.
    const open = await retro({ title: 'Later private' });
    await publish(open.id);
    const link = (await t.call(t.responder, 'POST', api(`/retros/${open.id}/share`), {})).json().data.token;
    expect((await t.call(null, 'GET', api(`/shared/retros/${link}`))).statusCode).toBe(200);
    await t.call(t.responder, 'PATCH', api(`/incidents/${open.inc.ref}`), { private: true });
    expect((await t.call(null, 'GET', api(`/shared/retros/${link}`))).statusCode).toBe(404);
  });

  it('tracks follow-ups across incidents by owner, team, service and overdue', async () => {
    const a = await retro({ services: ['checkout'], title: 'Checkout follow-ups' });
    const b = await retro({ title: 'Other follow-ups' });
    const propose = (id: string, body: Record<string, unknown>) => t.call(t.responder, 'POST', api(`/retros/${id}/follow-ups`), body);
    const overdue = await propose(a.id, {
      title: 'Add circuit breaker',
      owner: 'priya@example.com',
      dueAt: '2026-02-20T00:00:00Z',
      priority: 'p1',
    });
    expect(overdue.statusCode).toBe(201);
    expect(
      overdue
        .json()
        .data.actions.immediate.concat(overdue.json().data.actions.longTerm)
        .find((x: { id: string }) => x.id === overdue.json().actionId),
    ).toMatchObject({ fromRetro: true, owner: { name: 'Priya' }, priority: 'p1', overdue: true, draft: false });
    await propose(a.id, { title: 'Document failover', owner: 'sam@example.com', dueAt: '2026-04-01T00:00:00Z' });
    await propose(b.id, { title: 'Unowned idea' });
    await t.call(t.responder, 'POST', api(`/incidents/${b.inc.ref}/actions`), {
      title: 'Not from a retro',
      kind: 'follow_up',
      owner: 'sam@example.com',
    });
    const titles = async (q: string) =>
      ((await t.call(t.responder, 'GET', api(`/follow-ups?${q}`))).json().data as { title: string }[]).map((x) => x.title);

    expect(await titles(`incident=${a.inc.ref}`)).toEqual(['Add circuit breaker', 'Document failover']); // soonest due first
    expect(await titles('owner=me&overdue=true')).toContain('Add circuit breaker');
    expect(await titles('overdue=true')).not.toContain('Document failover');
    expect(await titles('team=Payments')).toEqual(expect.arrayContaining(['Add circuit breaker', 'Document failover', 'Not from a retro']));
    expect(await titles('service=checkout')).toEqual(expect.arrayContaining(['Add circuit breaker', 'Document failover']));
    expect(await titles('service=checkout')).not.toContain('Unowned idea');
    expect(await titles(`incident=${b.inc.ref}&fromRetro=true`)).toEqual(['Unowned idea']);
    const one = (await t.call(t.responder, 'GET', api(`/follow-ups?incident=${a.inc.ref}`))).json();
    expect(one.data[0]).toMatchObject({ incident: { ref: a.inc.ref }, retroId: a.id, fromRetro: true, overdue: true });
    // Paging.
    const p1 = (await t.call(t.responder, 'GET', api(`/follow-ups?incident=${a.inc.ref}&limit=1`))).json();
    const p2 = (
      await t.call(t.responder, 'GET', api(`/follow-ups?incident=${a.inc.ref}&limit=1&cursor=${encodeURIComponent(p1.nextCursor)}`))
    ).json();
    expect([p1.data[0].title, p2.data[0].title]).toEqual(['Add circuit breaker', 'Document failover']);
    expect((await t.call(t.responder, 'GET', api('/follow-ups?status=burning'))).statusCode).toBe(400);
  });

  it("streams others' section edits live", async () => {
    const { id } = await retro();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/retros/${id}/events`, {
      headers: { authorization: `Bearer ${t.responder2.token}` },
      signal: ac.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const until = async (pred: () => boolean) => {
      while (!pred()) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await until(() => text.includes('retry:'));
    await t.call(t.responder, 'PUT', api(`/retros/${id}/sections/introduction`), { baseRevision: 0, body: 'Typed by Priya' });
    await until(() => text.includes('event: section'));
    const data = JSON.parse(/event: section\ndata: (.*)\n/.exec(text)?.[1] ?? '{}');
    expect(data.section).toMatchObject({ key: 'introduction', body: 'Typed by Priya', revision: 1, updatedBy: { name: 'Priya' } });
    ac.abort();
  });
});
