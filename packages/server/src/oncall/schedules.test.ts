import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reader, transaction } from '../platform/context.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { getSchedule, listSchedules, onCallAt, shiftChangesBetween } from './index.ts';
import { insertOverride, insertSchedule } from './store.ts';

describe.each(testDatabases())('on-call reads for other slices on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('answers who is on call, the schedule, the list and shift changes (overrides included)', async () => {
    const now = '2026-03-01T00:00:00.000Z';
    await transaction(t.deps, async (tx) => {
      await insertSchedule(tx, {
        id: 'sched-1',
        name: 'Payments primary',
        description: '',
        team_id: null,
        time_zone: 'America/Chicago',
        layers: JSON.stringify([
          {
            participants: [t.responder.id, t.responder2.id],
            rotation: { unit: 'days', length: 1 },
            handoffTime: '09:00',
            startDate: '2026-03-01',
            restrictions: [],
          },
        ]),
        created_by: t.admin.id,
        created_at: now,
        updated_at: now,
        handovers_through: now,
      });
      await insertOverride(tx, {
        id: 'ov-1',
        schedule_id: 'sched-1',
        user_id: t.admin.id,
        replaces_user_id: null,
        start_at: '2026-03-03T18:00:00.000Z',
        end_at: '2026-03-03T20:00:00.000Z',
        note: '',
        created_by: t.admin.id,
        created_at: now,
      });
    });
    const tx = reader(t.deps);
    // 09:00 CST = 15:00Z: day 0 is responder, day 1 responder2 (DST starts 8 Mar).
    expect(await onCallAt(tx, 'sched-1', new Date('2026-03-01T16:00:00Z'))).toEqual([t.responder.id]);
    expect(await onCallAt(tx, 'sched-1', new Date('2026-03-02T16:00:00Z'))).toEqual([t.responder2.id]);
    expect(await onCallAt(tx, 'sched-1', new Date('2026-03-01T14:59:00Z'))).toEqual([]);
    expect(await onCallAt(tx, 'sched-1', new Date('2026-03-03T19:00:00Z'))).toEqual([t.admin.id]);
    expect(await onCallAt(tx, 'nope', new Date('2026-03-03T19:00:00Z'))).toEqual([]);
    expect((await getSchedule(tx, 'Payments primary'))?.timeZone).toBe('America/Chicago');
    expect((await listSchedules(tx)).map((s) => s.id)).toEqual(['sched-1']);
    const changes = await shiftChangesBetween(tx, new Date('2026-03-03T00:00:00Z'), new Date('2026-03-04T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.from, c.to])).toEqual([
      ['2026-03-03T15:00:00.000Z', t.responder2.id, t.responder.id],
      ['2026-03-03T18:00:00.000Z', t.responder.id, t.admin.id],
      ['2026-03-03T20:00:00.000Z', t.admin.id, t.responder.id],
    ]);
  });
});
