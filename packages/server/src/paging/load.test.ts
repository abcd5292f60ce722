import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../platform/context.ts';
import { buildTeam, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

/** On-call load, against figures worked out by hand below. */
describe.each(testDatabases())('on-call load on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('counts pages per week, off-hours and sleeping-hours in the person’s zone (across DST), and time to acknowledge', async () => {
    const dana = await buildUser(t, { name: 'Dana' });
    const eli = await buildUser(t, { name: 'Eli' });
    await buildTeam(t, { name: 'Payments on call', members: [dana] });
    // Dana's zone: America/Chicago (CST −6 until 8 March 2026, CDT −5 after).
    await t.call(dana, 'PUT', '/api/v1/me/notification-settings', {
      quietHours: { start: '23:00', end: '06:00', timeZone: 'America/Chicago' },
    });
    const page = (id: string, ackedBy: string | null, ackedAt: string | null) => ({
      id,
      incident_id: null,
      alert_id: null,
      service_id: null,
      policy_id: null,
      target: null,
      title: id,
      message: null,
      source: 'alert',
      created_by: null,
      status: ackedBy ? 'acknowledged' : 'open',
      plan: '{"repeat":0,"steps":[]}',
      generation: 0,
      step: 0,
      round: 0,
      next_step_at: null,
      acked_by: ackedBy,
      acked_at: ackedAt,
      acked_via: ackedBy ? 'api' : null,
      ended_at: null,
      end_reason: null,
      created_at: '2026-03-01T00:00:00.000Z',
    });
    const note = (id: string, pageId: string, due: string, status = 'sent') => ({
      id,
      page_id: pageId,
      user_id: dana.id,
      contact_method_id: null,
      generation: 0,
      round: 0,
      step: 0,
      status,
      due_at: due,
      sent_at: due,
      error: null,
      dedupe_key: id,
      created_at: due,
    });
    await transaction(t.deps, async (tx) => {
      await tx.db
        .insertInto('pages')
        .values([
          page('p1', dana.id, '2026-03-02T04:05:00.000Z'), // first at Sun 1 Mar 22:00 CST: weekend, sleeping; 300 s
          page('p2', dana.id, '2026-03-03T15:01:00.000Z'), // Tue 09:00 CST: working hours; 60 s
          page('p3', eli.id, '2026-03-04T01:30:00.000Z'), // Tue 19:00 CST: off hours; acknowledged by Eli
          page('p4', dana.id, '2026-03-10T12:20:00.000Z'), // Tue 10 Mar 07:00 CDT: off hours, not sleeping; 1200 s
          page('p5', null, null), // outside the span
        ])
        .execute();
      await tx.db
        .insertInto('page_notifications')
        .values([
          note('n1', 'p1', '2026-03-02T04:00:00.000Z'),
          note('n1b', 'p1', '2026-03-02T04:02:00.000Z'), // a second notification of the same page counts once
          note('n2', 'p2', '2026-03-03T15:00:00.000Z'),
          note('n3', 'p3', '2026-03-04T01:00:00.000Z'),
          note('n4', 'p4', '2026-03-10T12:00:00.000Z'),
          note('n5', 'p5', '2026-03-20T12:00:00.000Z'),
          note('n6', 'p5', '2026-03-05T12:00:00.000Z', 'cancelled'), // never sent: not an interruption
        ])
        .execute();
    });
    const res = await t.call(
      t.responder,
      'GET',
      '/api/v1/oncall/load?from=2026-03-01T00:00:00Z&to=2026-03-15T00:00:00Z&team=Payments%20on%20call',
    );
    expect(res.statusCode, res.body).toBe(200);
    const { data } = res.json();
    expect(data.weeks).toBe(2);
    expect(data.rows).toEqual([
      {
        user: { id: dana.id, name: 'Dana' },
        timeZone: 'America/Chicago',
        pages: 4,
        pagesPerWeek: 2,
        offHours: 3,
        sleepingHours: 1,
        acknowledged: 3,
        ackP50Seconds: 300,
        ackP90Seconds: 1200,
        weeks: [
          { weekStart: '2026-02-23', pages: 1, offHours: 1, sleepingHours: 1 },
          { weekStart: '2026-03-02', pages: 2, offHours: 1, sleepingHours: 0 },
          { weekStart: '2026-03-09', pages: 1, offHours: 1, sleepingHours: 0 },
        ],
      },
    ]);
    const bad = await t.call(t.responder, 'GET', '/api/v1/oncall/load?from=2026-03-15T00:00:00Z&to=2026-03-01T00:00:00Z');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^to: must be after from/);
    expect((await t.call(t.viewer, 'GET', '/api/v1/oncall/load?from=2026-03-01T00:00:00Z&to=2026-03-15T00:00:00Z')).statusCode).toBe(403);
  });
});
