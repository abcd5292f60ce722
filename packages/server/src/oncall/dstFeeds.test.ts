import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

const api = (path: string) => `/api/v1${path}`;
type Span = { start: string; end: string; userId: string };
const HOUR = 3_600_000;

/** What a calendar app sees: events parsed by a real iCalendar parser. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: cal.getFirstPropertyValue('x-wr-calname'),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
    }),
  };
}

describe.each(testDatabases())('on-call across DST and calendar feeds on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  async function schedule(timeZone: string, handoffTime: string, people: TestUser[], startDate = '2026-02-01') {
    const res = await t.call(t.responder, 'POST', api('/schedules'), {
      name: `DST ${timeZone} ${handoffTime} ${++n}`,
      timeZone,
      layers: [{ participants: people.map((p) => p.id), rotation: { unit: 'days', length: 1 }, handoffTime, startDate }],
    });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json().data as { id: string; name: string };
  }
  /** The final spans' [start, hours] over a range, through the API. */
  async function shifts(id: string, from: string, to: string) {
    const res = await t.call(t.viewer, 'GET', api(`/schedules/${id}/shifts?from=${from}&to=${to}`));
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().data.final as Span[]).map((s) => [s.start, (Date.parse(s.end) - Date.parse(s.start)) / HOUR]);
  }

  it('America/Chicago: a handoff inside the missing hour moves forward; one inside the repeated hour is its first occurrence', async () => {
    const s = await schedule('America/Chicago', '02:30', [t.responder, t.responder2]);
    // 8 March 2026 02:00 CST → 03:00 CDT: 02:30 does not exist and becomes 03:30 CDT (08:30Z).
    expect(await shifts(s.id, '2026-03-07T08:30:00Z', '2026-03-10T07:30:00Z')).toEqual([
      ['2026-03-07T08:30:00.000Z', 24],
      ['2026-03-08T08:30:00.000Z', 23],
      ['2026-03-09T07:30:00.000Z', 24],
    ]);
    const fall = await schedule('America/Chicago', '01:30', [t.responder, t.responder2]);
    // 1 November 2026 02:00 CDT → 01:00 CST: 01:30 happens twice; the handoff is the first (06:30Z).
    expect(await shifts(fall.id, '2026-10-31T06:30:00Z', '2026-11-03T07:30:00Z')).toEqual([
      ['2026-10-31T06:30:00.000Z', 24],
      ['2026-11-01T06:30:00.000Z', 25],
      ['2026-11-02T07:30:00.000Z', 24],
    ]);
    // Who is on call in the repeated hour (the second 01:30, 07:30Z) is the person whose shift began at the first one.
    const at = await t.call(t.viewer, 'GET', api(`/schedules/${fall.id}/oncall?at=2026-11-01T07:30:00Z`));
    expect(at.json().data.current).toMatchObject({ start: '2026-11-01T06:30:00.000Z', end: '2026-11-02T07:30:00.000Z' });
  });

  it('Europe/London: a daily 09:00 handoff stays 09:00 local; 01:30 handoffs in the missing and repeated hour', async () => {
    const nine = await schedule('Europe/London', '09:00', [t.responder, t.responder2]);
    expect(await shifts(nine.id, '2026-03-28T09:00:00Z', '2026-03-30T08:00:00Z')).toEqual([
      ['2026-03-28T09:00:00.000Z', 23],
      ['2026-03-29T08:00:00.000Z', 24],
    ]);
    const s = await schedule('Europe/London', '01:30', [t.responder, t.responder2]);
    expect(await shifts(s.id, '2026-03-28T01:30:00Z', '2026-03-30T00:30:00Z')).toEqual([
      ['2026-03-28T01:30:00.000Z', 24],
      ['2026-03-29T01:30:00.000Z', 23],
    ]);
    expect(await shifts(s.id, '2026-10-24T00:30:00Z', '2026-10-26T01:30:00Z')).toEqual([
      ['2026-10-24T00:30:00.000Z', 24],
      ['2026-10-25T00:30:00.000Z', 25],
    ]);
  });

  it('Australia/Lord_Howe: 30-minute changes make shifts of 23.5 and 24.5 hours', async () => {
    const spring = await schedule('Australia/Lord_Howe', '02:15', [t.responder, t.responder2]);
    // 4 October 2026 02:00 → 02:30 (+10:30 → +11): 02:15 becomes 02:45 (+11).
    expect(await shifts(spring.id, '2026-10-02T15:45:00Z', '2026-10-05T15:15:00Z')).toEqual([
      ['2026-10-02T15:45:00.000Z', 24],
      ['2026-10-03T15:45:00.000Z', 23.5],
      ['2026-10-04T15:15:00.000Z', 24],
    ]);
    const autumn = await schedule('Australia/Lord_Howe', '01:45', [t.responder, t.responder2]);
    // 5 April 2026 02:00 → 01:30 (+11 → +10:30): 01:45 happens twice; the first is the handoff.
    expect(await shifts(autumn.id, '2026-04-03T14:45:00Z', '2026-04-06T15:15:00Z')).toEqual([
      ['2026-04-03T14:45:00.000Z', 24],
      ['2026-04-04T14:45:00.000Z', 24.5],
      ['2026-04-05T15:15:00.000Z', 24],
    ]);
  });

  it('schedule feed: a secret URL shown once, read without sign-in by a real iCalendar parser across DST, replaced and revoked', async () => {
    const s = await schedule('America/Chicago', '09:00', [t.responder, t.responder2], '2026-03-01');
    const made = await t.call(t.viewer, 'POST', api(`/schedules/${s.id}/calendar-feed`));
    expect(made.statusCode).toBe(201);
    const { url } = made.json().data as { url: string };
    expect(url).toMatch(/^http:\/\/firebreak\.test\/api\/v1\/calendar\/fbcal_[\w-]+\.ics$/);
    const path = url.replace('http://firebreak.test', '');
    const res = await t.call(null, 'GET', path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const cal = parse(res.body);
    expect(cal.name).toBe(`${s.name} on call`);
    // Daily 09:00 Chicago: the 7 March shift is 23 hours (CST 15:00Z → CDT 14:00Z).
    const mar7 = cal.events.find((e) => e.start === '2026-03-07T15:00:00.000Z');
    expect(mar7).toMatchObject({ end: '2026-03-08T14:00:00.000Z' });
    expect(cal.events.find((e) => e.start === '2026-03-08T14:00:00.000Z')?.end).toBe('2026-03-09T14:00:00.000Z');
    expect(cal.events[0].summary).toMatch(/^On call: (Priya|Sam) \(DST America\/Chicago/);
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(cal.events.length);
    // Only the hash is kept: the token is nowhere in the database.
    const token = path.slice('/api/v1/calendar/'.length, -'.ics'.length);
    const stored = await t.deps.db.selectFrom('oncall_feeds').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const again = (await t.call(t.viewer, 'POST', api(`/schedules/${s.id}/calendar-feed`))).json().data.url as string;
    expect((await t.call(null, 'GET', path)).statusCode).toBe(404);
    const path2 = again.replace('http://firebreak.test', '');
    expect((await t.call(null, 'GET', path2)).statusCode).toBe(200);
    expect((await t.call(t.viewer, 'DELETE', api(`/schedules/${s.id}/calendar-feed`))).statusCode).toBe(204);
    const revoked = await t.call(null, 'GET', path2);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().error.code).toBe('calendar_feed_not_found');
    expect((await t.call(t.viewer, 'DELETE', api(`/schedules/${s.id}/calendar-feed`))).statusCode).toBe(404);
    expect((await t.call(null, 'GET', '/api/v1/calendar/fbcal_not-a-real-token-at-all.ics')).statusCode).toBe(404);
  });

  it("person feed: only the owner's shifts, named by schedule, across London's spring change; stops when the owner is disabled", async () => {
    const me = await buildUser(t, { role: 'responder' });
    const a = await schedule('Europe/London', '09:00', [me, t.responder], '2026-03-01');
    await schedule('Europe/London', '09:00', [t.responder2], '2026-03-01'); // not mine
    const made = await t.call(me, 'POST', api('/me/calendar-feed'));
    expect(made.statusCode).toBe(201);
    const path = (made.json().data.url as string).replace('http://firebreak.test', '');
    const cal = parse((await t.call(null, 'GET', path)).body);
    expect(cal.events.length).toBeGreaterThan(10);
    expect(new Set(cal.events.map((e) => e.summary))).toEqual(new Set([`On call: ${a.name}`]));
    // Every other day from 1 March 09:00 GMT; 29 March is 09:00 BST (08:00Z).
    expect(cal.events.map((e) => e.start)).toContain('2026-03-29T08:00:00.000Z');
    expect(cal.events.map((e) => e.start)).toContain('2026-03-27T09:00:00.000Z');
    await t.call(t.admin, 'PATCH', api(`/users/${me.id}`), { disabled: true });
    expect((await t.call(null, 'GET', path)).statusCode).toBe(404);
  });

  it('person feed can be revoked', async () => {
    const made = await t.call(t.responder2, 'POST', api('/me/calendar-feed'));
    const path = (made.json().data.url as string).replace('http://firebreak.test', '');
    expect((await t.call(null, 'GET', path)).statusCode).toBe(200);
    expect((await t.call(t.responder2, 'DELETE', api('/me/calendar-feed'))).statusCode).toBe(204);
    expect((await t.call(null, 'GET', path)).statusCode).toBe(404);
  });
});
