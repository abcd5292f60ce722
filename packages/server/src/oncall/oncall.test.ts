import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeam, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

const api = (path: string) => `/api/v1${path}`;
type Span = { start: string; end: string; userId: string; layer: number | 'override'; overrideId: string | null };

/** A daily rotation of these people from 1 March 2026, handing off at 09:00 local. */
const daily = (people: string[], extra: Record<string, unknown> = {}) => ({
  participants: people,
  rotation: { unit: 'days', length: 1 },
  handoffTime: '09:00',
  startDate: '2026-03-01',
  ...extra,
});

describe.each(testDatabases())('on-call schedules API on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  async function schedule(body: Record<string, unknown>, as: TestUser = t.responder) {
    const res = await t.call(as, 'POST', api('/schedules'), { name: `Schedule ${++n}`, timeZone: 'Europe/London', ...body });
    if (res.statusCode !== 201) throw new Error(`create schedule: ${res.statusCode} ${res.body}`);
    return res.json().data as { id: string; name: string; current: Span | null; next: Span | null; gaps: { message: string }[] };
  }

  it('creates a schedule with participants by e-mail, shows who is on call now and next, lists, changes and deletes it', async () => {
    const res = await t.call(t.responder, 'POST', api('/schedules'), {
      name: 'Payments primary',
      timeZone: 'Europe/London',
      layers: [daily([t.responder.email, t.responder2.id], { name: 'Weekly' })],
    });
    expect(res.statusCode).toBe(201);
    const s = res.json().data;
    // 1 March 12:00Z: the first shift (09:00 GMT) is Priya's; Sam takes over 2 March 09:00.
    expect(s).toMatchObject({
      name: 'Payments primary',
      timeZone: 'Europe/London',
      team: null,
      layers: [{ name: 'Weekly', participants: [t.responder.id, t.responder2.id], restrictions: [] }],
      current: { userId: t.responder.id, start: '2026-03-01T09:00:00.000Z', end: '2026-03-02T09:00:00.000Z', layer: 0 },
      next: { userId: t.responder2.id, start: '2026-03-02T09:00:00.000Z' },
      gaps: [],
      abilities: { update: true, delete: true, override: true, feed: true },
    });
    expect(s.people.map((p: { name: string }) => p.name).sort()).toEqual(['Priya', 'Sam']);
    const byName = await t.call(t.viewer, 'GET', api('/schedules/Payments%20primary'));
    expect(byName.statusCode).toBe(200);
    expect(byName.json().data.abilities).toEqual({ update: false, delete: false, override: false, feed: false });
    const list = await t.call(t.viewer, 'GET', api('/schedules?limit=200'));
    expect(list.json().data.map((x: { id: string }) => x.id)).toContain(s.id);

    const patched = await t.call(t.responder, 'PATCH', api(`/schedules/${s.id}`), {
      timeZone: 'America/Chicago',
      description: 'Card rails',
    });
    expect(patched.statusCode).toBe(200);
    // 09:00 CST is 15:00Z: at 12:00Z nobody is on call yet on 1 March.
    expect(patched.json().data).toMatchObject({ timeZone: 'America/Chicago', description: 'Card rails', current: null });
    expect(patched.json().data.next).toMatchObject({ userId: t.responder.id, start: '2026-03-01T15:00:00.000Z' });

    expect((await t.call(t.viewer, 'DELETE', api(`/schedules/${s.id}`))).statusCode).toBe(403);
    expect((await t.call(t.responder, 'DELETE', api(`/schedules/${s.id}`))).statusCode).toBe(204);
    const gone = await t.call(t.viewer, 'GET', api(`/schedules/${s.id}`));
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('schedule_not_found');
  });

  it('refuses bad schedules with clear 4xx messages', async () => {
    const bad = async (body: Record<string, unknown>) => {
      const res = await t.call(t.responder, 'POST', api('/schedules'), {
        name: `Bad ${++n}`,
        timeZone: 'Europe/London',
        layers: [daily([t.responder.id])],
        ...body,
      });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error as {
        code: string;
        message: string;
        details: { issues?: { path: string; message: string }[]; field?: string };
      };
    };
    const messages = (e: Awaited<ReturnType<typeof bad>>) => (e.details.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('\n');
    expect(messages(await bad({ timeZone: 'Mars/Olympus_Mons' }))).toContain('Unknown time zone "Mars/Olympus_Mons"');
    expect(messages(await bad({ layers: [daily([t.responder.id], { rotation: { unit: 'days', length: 0 } })] }))).toContain(
      'zero-length shift',
    );
    expect(messages(await bad({ layers: [daily([])] }))).toContain('a schedule with nobody in it pages nobody');
    expect(messages(await bad({ layers: [] }))).toContain('a schedule with nobody in it pages nobody');
    const ghost = await bad({ layers: [daily([t.responder.id, 'ghost@example.com'])] });
    expect(ghost).toMatchObject({ code: 'unknown_user', details: { field: 'layers.0.participants.1' } });
    expect(ghost.message).toContain('ghost@example.com');
    expect(await bad({ team: 'No such team' })).toMatchObject({ details: { field: 'team' } });
    await schedule({ name: 'Taken', layers: [daily([t.responder.id])] });
    const dup = await t.call(t.responder, 'POST', api('/schedules'), { name: 'Taken', timeZone: 'UTC', layers: [daily([t.responder.id])] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('schedule_exists');
  });

  it("lets admins and the team's members manage a team's schedule; other responders and viewers only read", async () => {
    const member = await buildUser(t, { role: 'responder' });
    const outsider = await buildUser(t, { role: 'responder' });
    const team = await buildTeam(t, { members: [member] });
    const denied = await t.call(outsider, 'POST', api('/schedules'), {
      name: `Team ${++n}`,
      team: team.name,
      timeZone: 'UTC',
      layers: [daily([member.id])],
    });
    expect(denied.statusCode).toBe(403);
    const s = await schedule({ team: team.id, layers: [daily([member.id])] }, member);
    expect((await t.call(outsider, 'PATCH', api(`/schedules/${s.id}`), { description: 'x' })).statusCode).toBe(403);
    expect((await t.call(outsider, 'GET', api(`/schedules/${s.id}`))).json().data.abilities.update).toBe(false);
    expect((await t.call(t.admin, 'PATCH', api(`/schedules/${s.id}`), { description: 'x' })).statusCode).toBe(200);
    const ov = await t.call(outsider, 'POST', api(`/schedules/${s.id}/overrides`), {
      user: outsider.id,
      start: '2026-03-05T00:00:00Z',
      end: '2026-03-06T00:00:00Z',
    });
    expect(ov.statusCode).toBe(403);
    expect(
      (await t.call(t.viewer, 'POST', api('/schedules'), { name: 'V', timeZone: 'UTC', layers: [daily([t.viewer.id])] })).statusCode,
    ).toBe(403);
  });

  it('overrides: take a shift, whole-span cover, 409 on overlap naming the other, 400 on inverted or empty spans, list and remove', async () => {
    const s = await schedule({ layers: [daily([t.responder.id, t.responder2.id])] });
    const base = api(`/schedules/${s.id}/overrides`);
    // Ada takes Sam's shift on 2–3 March (London is on GMT: 09:00Z handoffs).
    const take = await t.call(t.responder, 'POST', base, {
      user: t.admin.email,
      replaces: t.responder2.email,
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-03T09:00:00Z',
      note: 'swap',
    });
    expect(take.statusCode, take.body).toBe(201);
    const taken = take.json().data;
    expect(taken).toMatchObject({
      user: { id: t.admin.id },
      replaces: { id: t.responder2.id },
      note: 'swap',
      createdBy: { id: t.responder.id },
    });

    const at = await t.call(t.viewer, 'GET', api(`/schedules/${s.id}/oncall?at=2026-03-02T12:00:00Z`));
    expect(at.json().data.current).toMatchObject({ userId: t.admin.id, layer: 'override', overrideId: taken.id });
    expect(at.json().data.people.map((p: { name: string }) => p.name)).toContain('Ada Admin');

    const overlap = await t.call(t.responder, 'POST', base, {
      user: t.responder.id,
      start: '2026-03-02T20:00:00Z',
      end: '2026-03-04T00:00:00Z',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'override_overlaps', details: { overrideId: taken.id } });
    expect(overlap.json().error.message).toContain('overlaps an existing one (2026-03-02T09:00:00.000Z – 2026-03-03T09:00:00.000Z)');
    const same = await t.call(t.responder, 'POST', base, {
      user: t.admin.id,
      replaces: t.responder2.id,
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-03T09:00:00Z',
    });
    expect(same.statusCode).toBe(409);
    // Touching spans do not overlap.
    const after = await t.call(t.responder, 'POST', base, {
      user: t.responder.id,
      start: '2026-03-03T09:00:00Z',
      end: '2026-03-03T12:00:00Z',
    });
    expect(after.statusCode).toBe(201);

    const inverted = await t.call(t.responder, 'POST', base, {
      user: t.responder.id,
      start: '2026-03-05T10:00:00Z',
      end: '2026-03-05T09:00:00Z',
    });
    expect(inverted.statusCode).toBe(400);
    expect(JSON.stringify(inverted.json().error.details)).toContain('An override must end after it starts');
    const empty = await t.call(t.responder, 'POST', base, {
      user: t.responder.id,
      start: '2026-03-05T10:00:00Z',
      end: '2026-03-05T10:00:00Z',
    });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json().error.details)).toContain('must not be empty');
    const nobody = await t.call(t.responder, 'POST', base, {
      user: 'nobody@example.com',
      start: '2026-03-05T10:00:00Z',
      end: '2026-03-05T11:00:00Z',
    });
    expect(nobody.json().error).toMatchObject({ code: 'unknown_user', details: { field: 'user' } });
    const noZone = await t.call(t.responder, 'POST', base, {
      user: t.responder.id,
      start: '2026-03-05T10:00:00',
      end: '2026-03-05T11:00:00Z',
    });
    expect(noZone.statusCode).toBe(400);

    const listed = await t.call(t.viewer, 'GET', base);
    expect(listed.json().data.map((o: { id: string }) => o.id)).toEqual([taken.id, after.json().data.id]);
    expect((await t.call(t.responder, 'DELETE', `${base}/${taken.id}`)).statusCode).toBe(204);
    const missing = await t.call(t.responder, 'DELETE', `${base}/${taken.id}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('override_not_found');
    const back = await t.call(t.viewer, 'GET', api(`/schedules/${s.id}/oncall?at=2026-03-02T12:00:00Z`));
    expect(back.json().data.current).toMatchObject({ userId: t.responder2.id, layer: 0, overrideId: null });
  });

  it('shifts: per-layer spans, final spans with overrides marked, and gaps as plain warnings', async () => {
    // Weekdays 09:00–17:00 on top of a daily rotation that starts on Tuesday 3 March: a gap before it.
    const s = await schedule({
      layers: [
        daily([t.responder.id], { startDate: '2026-03-03' }),
        daily([t.responder2.id], { restrictions: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }] }),
      ],
    });
    expect(s.gaps[0].message).toBe('nobody on call Sun 1 Mar 12:00 – Mon 2 Mar 09:00 (Europe/London)');
    const ov = await t.call(t.responder, 'POST', api(`/schedules/${s.id}/overrides`), {
      user: t.admin.id,
      start: '2026-03-04T12:00:00Z',
      end: '2026-03-04T14:00:00Z',
    });
    const res = await t.call(t.viewer, 'GET', api(`/schedules/${s.id}/shifts?from=2026-03-02T00:00:00Z&to=2026-03-05T00:00:00Z`));
    expect(res.statusCode).toBe(200);
    const v = res.json().data;
    expect(v.layers[1].spans.map((x: Span) => [x.start.slice(0, 16), x.end.slice(0, 16)])).toEqual([
      ['2026-03-02T09:00', '2026-03-02T17:00'],
      ['2026-03-03T09:00', '2026-03-03T17:00'],
      ['2026-03-04T09:00', '2026-03-04T17:00'],
    ]);
    const wed = v.final.filter((x: Span) => x.start.startsWith('2026-03-04'));
    expect(wed.map((x: Span) => [x.start.slice(11, 16), x.end.slice(11, 16), x.userId, x.layer, x.overrideId])).toEqual([
      ['09:00', '12:00', t.responder2.id, 1, null],
      ['12:00', '14:00', t.admin.id, 'override', ov.json().data.id],
      ['14:00', '17:00', t.responder2.id, 1, null],
      ['17:00', '00:00', t.responder.id, 0, null], // clipped to the range
    ]);
    expect(v.gaps.map((g: { message: string }) => g.message)).toEqual([
      'nobody on call Mon 2 Mar 00:00–09:00 (Europe/London)',
      'nobody on call Mon 2 Mar 17:00 – Tue 3 Mar 09:00 (Europe/London)',
    ]);
    for (const q of [
      'from=2026-03-05T00:00:00Z&to=2026-03-02T00:00:00Z',
      'from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z',
      'from=yesterday&to=2026-03-02T00:00:00Z',
    ]) {
      const badRange = await t.call(t.viewer, 'GET', api(`/schedules/${s.id}/shifts?${q}`));
      expect(badRange.statusCode, q).toBe(400);
    }
  });

  it('who is on call now across schedules, and my on-call (current and next shifts)', async () => {
    const me = await buildUser(t, { role: 'responder' });
    const other = await buildUser(t, { role: 'responder' });
    const a = await schedule({ layers: [daily([me.id, other.id])] });
    const b = await schedule({ timeZone: 'America/Chicago', layers: [daily([other.id, me.id])] });
    const all = await t.call(t.viewer, 'GET', api('/oncall'));
    const rows = all.json().data as { schedule: { id: string }; current: Span | null }[];
    expect(rows.find((r) => r.schedule.id === a.id)?.current?.userId).toBe(me.id);
    expect(rows.find((r) => r.schedule.id === b.id)?.current).toBeNull(); // 09:00 CST is 15:00Z
    const later = await t.call(t.viewer, 'GET', api('/oncall?at=2026-03-01T16:00:00Z'));
    expect((later.json().data as typeof rows).find((r) => r.schedule.id === b.id)?.current?.userId).toBe(other.id);

    const mine = (await t.call(me, 'GET', api('/me/oncall'))).json().data;
    expect(mine.current.map((c: { schedule: { name: string } }) => c.schedule.name)).toEqual([a.name]);
    expect(mine.next.slice(0, 3).map((x: { schedule: { id: string }; span: Span }) => [x.schedule.id, x.span.start])).toEqual([
      [a.id, '2026-03-01T12:00:00.000Z'],
      [b.id, '2026-03-02T15:00:00.000Z'],
      [a.id, '2026-03-03T09:00:00.000Z'],
    ]);
    expect((await t.call(t.viewer, 'GET', api('/me/oncall'))).json().data).toEqual({ current: [], next: [] });
  });
});
