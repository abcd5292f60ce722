import type { Insights } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction, buildRetro, buildService, buildTeam } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

const api = '/api/v1';
const RANGE = 'from=2026-01-15T00:00:00Z&to=2026-03-15T00:00:00Z';

/**
 * A small seeded set whose figures are worked out by hand below (minutes unless said):
 *   A  SEV1 checkout  declared 02-01 10:00, impact 09:40, detected 09:50, ack 10:05, mitigated 10:50, resolved 11:40
 *      → TTD 10, TTA 15, TTM 70, TTR 120; retrospective published 24 h after resolution
 *   B  SEV1 checkout  declared 02-10 00:00 (no impact start, detection = declaration), ack 00:30, mitigated 01:00,
 *      resolved 02:00 → TTD –, TTA 30, TTM 60, TTR 120; retrospective never published
 *   C  SEV2 search    declared 02-28 23:30 UTC (03-01 00:30 in Berlin), ack 23:35, still open → TTA 5
 *   D  SEV1, no service, private, declared by Sam 02-05: only admins and its members count it
 *      (on a service, the owning team's members would be its watchers, and so count it too)
 */
describe.each(testDatabases())('insights on %s', (kind) => {
  let t: TestApp;
  let get: (user: TestUser, query?: string) => Promise<Insights>;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    get = async (user, query = '') => {
      const res = await t.call(user, 'GET', `${api}/insights?${RANGE}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data;
    };
    const payments = await buildTeam(t, { name: 'Payments', members: [t.responder] });
    await buildService(t, { name: 'checkout', ownerTeam: payments });
    await buildService(t, { name: 'search' });

    const incident = async (
      at: string,
      body: Record<string, unknown>,
      milestones: Record<string, string>,
      resolvedAt: string | null,
      by: TestUser = t.responder,
    ) => {
      t.clock.set(at);
      const res = await t.call(by, 'POST', `${api}/incidents`, body);
      expect(res.statusCode, res.body).toBe(201);
      const ref = res.json().data.ref as string;
      // Milestones cannot be in the future: set them once the clock has passed them.
      t.clock.set(resolvedAt ?? Object.values(milestones).sort().at(-1) ?? at);
      const patched = await t.call(by, 'PATCH', `${api}/incidents/${ref}`, { milestones });
      expect(patched.statusCode, patched.body).toBe(200);
      if (resolvedAt) {
        const moved = await t.call(by, 'POST', `${api}/incidents/${ref}/status`, { status: 'resolved', message: 'Fixed' });
        expect(moved.statusCode, moved.body).toBe(200);
      }
      return { ref };
    };
    const a = await incident(
      '2026-02-01T10:00:00Z',
      { title: 'Checkout fails', severity: 'SEV1', services: ['checkout'] },
      {
        impactStarted: '2026-02-01T09:40:00Z',
        detected: '2026-02-01T09:50:00Z',
        acknowledged: '2026-02-01T10:05:00Z',
        mitigated: '2026-02-01T10:50:00Z',
      },
      '2026-02-01T11:40:00Z',
    );
    const b = await incident(
      '2026-02-10T00:00:00Z',
      { title: 'Checkout slow', severity: 'SEV1', services: ['checkout'] },
      { acknowledged: '2026-02-10T00:30:00Z', mitigated: '2026-02-10T01:00:00Z' },
      '2026-02-10T02:00:00Z',
    );
    const c = await incident(
      '2026-02-28T23:30:00Z',
      { title: 'Search empty', severity: 'SEV2', services: ['search'] },
      { acknowledged: '2026-02-28T23:35:00Z' },
      null,
    );
    await incident(
      '2026-02-05T08:00:00Z',
      { title: 'Card data exposure', severity: 'SEV1', private: true },
      { acknowledged: '2026-02-05T08:01:00Z' },
      null,
      t.responder2,
    );

    // Follow-ups: A's done (Priya) and overdue (Sam); B's won't do (Sam); C's a draft (never counted).
    t.clock.set('2026-02-02T11:40:00Z');
    await buildRetro(t, { incident: a, status: 'published' });
    await buildAction(t, { incident: a, kind: 'follow_up', owner: t.responder.email, status: 'done' });
    await buildAction(t, { incident: a, kind: 'follow_up', owner: t.responder2.email, dueAt: '2026-02-20T00:00:00Z' });
    await buildAction(t, { incident: b, kind: 'follow_up', owner: t.responder2.email, status: 'wont_do' });
    await buildAction(t, { incident: c, kind: 'follow_up' });
    t.clock.set('2026-03-01T12:00:00Z');
  });
  afterAll(() => t.close());

  it('computes p50/p90 of each duration from the milestones, as defined on the page', async () => {
    const i = await get(t.responder);
    expect(i.durations.overall).toEqual({
      incidents: 3,
      mttd: { n: 1, p50: 10, p90: 10 },
      // TTA 5, 15, 30: median 15; p90 at rank 1.8 → 15 + 0.8 × 15
      mtta: { n: 3, p50: 15, p90: 27 },
      mttm: { n: 2, p50: 65, p90: 69 },
      mttr: { n: 2, p50: 120, p90: 120 },
    });
    const sev1 = i.durations.bySeverity.find((s) => s.label === 'SEV1');
    expect(sev1).toMatchObject({ incidents: 2, mtta: { n: 2, p50: 22.5, p90: 28.5 }, mttr: { n: 2, p50: 120 } });
    expect(i.durations.bySeverity.map((s) => s.label)).toEqual(['SEV1', 'SEV2']);
    expect(i.durations.byService.map((s) => [s.label, s.incidents])).toEqual([
      ['checkout', 2],
      ['search', 1],
    ]);
    expect(i.definitions.mtta).toMatch(/acknowledge/);
  });

  it('counts incidents per period in the chosen time zone, empty periods included', async () => {
    const utc = await get(t.responder);
    expect(utc.counts).toEqual([
      { period: '2026-01', total: 0, bySeverity: {} },
      { period: '2026-02', total: 3, bySeverity: { SEV1: 2, SEV2: 1 } },
      { period: '2026-03', total: 0, bySeverity: {} },
    ]);
    const berlin = await get(t.responder, '&tz=Europe/Berlin');
    expect(berlin.counts.map((c) => [c.period, c.total])).toEqual([
      ['2026-01', 0],
      ['2026-02', 2],
      ['2026-03', 1],
    ]);
    const weeks = await get(t.responder, '&period=week');
    expect(weeks.counts.find((c) => c.period === '2026-W05')?.total).toBe(1); // Sun 1 Feb is in ISO week 5
    expect(weeks.counts.reduce((n, c) => n + c.total, 0)).toBe(3);
  });

  it('ranks services by incidents and impact', async () => {
    const i = await get(t.responder);
    // checkout: A and B resolved 120 min each; search: C open since 23:30 on 02-28 → 12.5 h at 03-01 12:00.
    expect(i.topServices.map((s) => [s.name, s.incidents, s.impactMinutes])).toEqual([
      ['checkout', 2, 240],
      ['search', 1, 750],
    ]);
  });

  it('counts follow-up completion and overdue by team and owner', async () => {
    const f = (await get(t.responder)).followUps;
    expect(f).toMatchObject({ total: 3, done: 1, open: 1, overdue: 1, dropped: 1, completionRate: 0.5 });
    expect(f.byTeam).toEqual([
      { key: expect.any(String), label: 'Payments', total: 3, done: 1, open: 1, overdue: 1, dropped: 1, completionRate: 0.5 },
    ]);
    expect(f.byOwner.map((o) => [o.label, o.total, o.overdue, o.completionRate])).toEqual([
      ['Sam', 2, 1, 0],
      ['Priya', 1, 0, 1],
    ]);
  });

  it('measures retrospective completion and time to publish', async () => {
    const r = (await get(t.responder)).retros;
    expect(r).toEqual({ required: 2, published: 1, completionRate: 0.5, hoursToPublish: { n: 1, p50: 24, p90: 24 } });
  });

  it('filters by severity, service and team', async () => {
    expect((await get(t.responder, '&severity=SEV2')).durations.overall.incidents).toBe(1);
    expect((await get(t.responder, '&service=search')).durations.overall).toMatchObject({ incidents: 1, mtta: { p50: 5 } });
    expect((await get(t.responder, '&team=Payments')).durations.overall.incidents).toBe(2);
    expect((await get(t.responder, '&service=nonexistent')).durations.overall.incidents).toBe(0);
  });

  it('counts a private incident only for those who may see it', async () => {
    expect((await get(t.viewer)).durations.overall.incidents).toBe(3);
    expect((await get(t.responder2)).durations.overall.incidents).toBe(4);
    const admin = await get(t.admin);
    expect(admin.durations.overall.incidents).toBe(4);
    expect(admin.counts.find((c) => c.period === '2026-02')?.bySeverity).toEqual({ SEV1: 3, SEV2: 1 });
  });

  it('exports each table as CSV with the figures the page shows', async () => {
    const res = await t.call(t.responder, 'GET', `${api}/insights.csv?${RANGE}&table=durations`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"group","key","incidents","mttd_n","mttd_p50_min"/);
    expect(lines[1]).toBe('"all","","3","1","10","10","3","15","27","2","65","69","2","120","120"');
    const owners = await t.call(t.responder, 'GET', `${api}/insights.csv?${RANGE}&table=follow-ups`);
    expect(owners.body).toContain('"owner","Sam","2","0","1","1","1","0"');
  });

  it('takes whole days for from and to (to included), in the chosen time zone', async () => {
    const days = async (query: string) => {
      const res = await t.call(t.responder, 'GET', `${api}/insights?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().data as Insights).durations.overall.incidents;
    };
    // "Search empty" was declared at 23:30 UTC on 28 February: 00:30 on 1 March in Berlin.
    expect(await days('from=2026-02-28&to=2026-02-28')).toBe(1);
    expect(await days('from=2026-02-28&to=2026-02-28&tz=Europe/Berlin')).toBe(0);
    expect(await days('from=2026-03-01&to=2026-03-01&tz=Europe/Berlin')).toBe(1);
    expect(await days('from=2026-02-01&to=2026-02-28')).toBe(3);
    const impossible = await t.call(t.responder, 'GET', `${api}/insights?from=2026-02-30&to=2026-03-01`);
    expect(impossible.statusCode).toBe(400);
  });

  it('refuses bad ranges and time zones with a clear error', async () => {
    const inverted = await t.call(t.responder, 'GET', `${api}/insights?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z`);
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.details).toEqual({ field: 'from' });
    const zone = await t.call(t.responder, 'GET', `${api}/insights?tz=Mars/Olympus`);
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.message).toMatch(/time zone/);
    const long = await t.call(t.responder, 'GET', `${api}/insights?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`);
    expect(long.statusCode).toBe(400);
  });
});
