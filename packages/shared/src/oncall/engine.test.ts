import { describe, expect, it } from 'vitest';
import { finalSchedule, gaps, nextShifts, ScheduleRangeError, whoIsOnCall } from './engine.ts';
import type { OnCallScheduleInput } from './schemas.ts';

const at = (s: string) => new Date(s);
const rows = (spans: Array<{ start: Date; end: Date; userId: string; layer: number | 'override' }>) =>
  spans.map((s) => `${s.start.toISOString().slice(0, 16)}–${s.end.toISOString().slice(0, 16)} ${s.userId} ${s.layer}`);

const daily = (extra: Partial<OnCallScheduleInput['layers'][number]> = {}) => ({
  participants: ['ann', 'bob', 'cy'],
  rotation: { unit: 'days' as const, length: 1 },
  handoffTime: '09:00',
  startDate: '2026-06-01',
  ...extra,
});

describe('rotations', () => {
  it('daily: hands off at the local handoff time in turn, nobody before the start date', () => {
    const s: OnCallScheduleInput = { timeZone: 'Europe/London', layers: [daily()] };
    expect(rows(finalSchedule(s, at('2026-05-31T00:00Z'), at('2026-06-04T12:00Z')).final)).toEqual([
      '2026-06-01T08:00–2026-06-02T08:00 ann 0',
      '2026-06-02T08:00–2026-06-03T08:00 bob 0',
      '2026-06-03T08:00–2026-06-04T08:00 cy 0',
      '2026-06-04T08:00–2026-06-04T12:00 ann 0',
    ]);
  });

  it('weekly and multi-day lengths; a range far from the start lands on the right person', () => {
    const weekly: OnCallScheduleInput = {
      timeZone: 'UTC',
      layers: [daily({ rotation: { unit: 'weeks', length: 1 }, startDate: '2026-01-05' })],
    };
    // 2026-06-01 is 21 weeks after 2026-01-05: 21 % 3 = 0 → ann's week starts that Monday 09:00.
    expect(rows(finalSchedule(weekly, at('2026-06-01T00:00Z'), at('2026-06-16T00:00Z')).final)).toEqual([
      '2026-06-01T00:00–2026-06-01T09:00 cy 0',
      '2026-06-01T09:00–2026-06-08T09:00 ann 0',
      '2026-06-08T09:00–2026-06-15T09:00 bob 0',
      '2026-06-15T09:00–2026-06-16T00:00 cy 0',
    ]);
    const threeDays: OnCallScheduleInput = { timeZone: 'UTC', layers: [daily({ rotation: { unit: 'days', length: 3 } })] };
    expect(rows(finalSchedule(threeDays, at('2026-06-01T09:00Z'), at('2026-06-07T09:00Z')).final)).toEqual([
      '2026-06-01T09:00–2026-06-04T09:00 ann 0',
      '2026-06-04T09:00–2026-06-07T09:00 bob 0',
    ]);
  });

  it('hourly: shifts of real elapsed hours', () => {
    const s: OnCallScheduleInput = {
      timeZone: 'Asia/Tokyo',
      layers: [daily({ participants: ['ann', 'bob'], rotation: { unit: 'hours', length: 8 }, handoffTime: '06:00' })],
    };
    expect(rows(finalSchedule(s, at('2026-05-31T21:00Z'), at('2026-06-01T21:00Z')).final)).toEqual([
      '2026-05-31T21:00–2026-06-01T05:00 ann 0',
      '2026-06-01T05:00–2026-06-01T13:00 bob 0',
      '2026-06-01T13:00–2026-06-01T21:00 ann 0',
    ]);
  });

  it('one participant is one merged span', () => {
    const s: OnCallScheduleInput = { timeZone: 'UTC', layers: [daily({ participants: ['ann'] })] };
    expect(rows(finalSchedule(s, at('2026-06-02T00:00Z'), at('2026-06-09T00:00Z')).final)).toEqual([
      '2026-06-02T00:00–2026-06-09T00:00 ann 0',
    ]);
  });
});

describe('restrictions and layers', () => {
  const sun = {
    timeZone: 'America/New_York',
    layers: [
      daily({ participants: ['base'], rotation: { unit: 'weeks', length: 1 } }),
      // Follow-the-sun: weekdays 09:00–17:00 New York time only.
      daily({ participants: ['ny1', 'ny2'], restrictions: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }] }),
    ],
  } satisfies OnCallScheduleInput;

  it('a restricted higher layer wins inside its windows, the lower layer shows through outside', () => {
    const spans = finalSchedule(sun, at('2026-06-05T12:00Z'), at('2026-06-09T00:00Z'));
    // Fri 2026-06-05, Mon 2026-06-08; New York is UTC-4 in June.
    expect(rows(spans.final)).toEqual([
      '2026-06-05T12:00–2026-06-05T13:00 base 0',
      '2026-06-05T13:00–2026-06-05T21:00 ny1 1',
      '2026-06-05T21:00–2026-06-08T13:00 base 0',
      '2026-06-08T13:00–2026-06-08T21:00 ny2 1',
      '2026-06-08T21:00–2026-06-09T00:00 base 0',
    ]);
    // The layer's own spans show the restriction, and the rotation keeps turning underneath (Sat, Sun
    // are skipped but still count as ny1/ny2 turns).
    expect(rows(spans.layers[1])).toEqual(['2026-06-05T13:00–2026-06-05T21:00 ny1 1', '2026-06-08T13:00–2026-06-08T21:00 ny2 1']);
  });

  it('windows that run past midnight and a gap warning in local time', () => {
    const nights: OnCallScheduleInput = {
      timeZone: 'Europe/London',
      layers: [daily({ participants: ['owl'], restrictions: [{ days: [5, 6], start: '22:00', end: '02:00' }] })],
    };
    const g = gaps(nights, at('2026-06-05T20:00Z'), at('2026-06-07T08:00Z'));
    expect(rows(finalSchedule(nights, at('2026-06-05T20:00Z'), at('2026-06-07T08:00Z')).final)).toEqual([
      '2026-06-05T21:00–2026-06-06T01:00 owl 0',
      '2026-06-06T21:00–2026-06-07T01:00 owl 0',
    ]);
    expect(g.map((x) => x.message)).toEqual([
      'nobody on call Fri 5 Jun 21:00–22:00 (Europe/London)',
      'nobody on call Sat 6 Jun 02:00–22:00 (Europe/London)',
      'nobody on call Sun 7 Jun 02:00–09:00 (Europe/London)',
    ]);
  });

  it('a multi-day gap names both days; a covered range has no gaps', () => {
    const weekdays: OnCallScheduleInput = {
      timeZone: 'Europe/London',
      layers: [daily({ participants: ['ann'], restrictions: [{ days: [1, 2, 3, 4, 5], start: '00:00', end: '24:00' }] })],
    };
    expect(gaps(weekdays, at('2026-06-05T12:00Z'), at('2026-06-09T00:00Z')).map((x) => x.message)).toEqual([
      'nobody on call Sat 6 Jun 00:00 – Mon 8 Jun 00:00 (Europe/London)',
    ]);
    expect(gaps({ timeZone: 'UTC', layers: [daily()] }, at('2026-06-02T00:00Z'), at('2026-07-02T00:00Z'))).toEqual([]);
  });
});

describe('overrides', () => {
  const base: OnCallScheduleInput = { timeZone: 'UTC', layers: [daily({ participants: ['ann', 'bob'] })] };

  it('beat every layer, including partial overlaps of shifts and of the range', () => {
    const s: OnCallScheduleInput = {
      ...base,
      overrides: [
        { userId: 'zed', start: '2026-06-02T05:00:00Z', end: '2026-06-02T12:00:00Z' },
        { userId: 'yan', start: '2026-06-02T20:00:00Z', end: '2026-06-10T00:00:00Z' },
      ],
    };
    expect(rows(finalSchedule(s, at('2026-06-02T00:00Z'), at('2026-06-03T00:00Z')).final)).toEqual([
      '2026-06-02T00:00–2026-06-02T05:00 ann 0',
      '2026-06-02T05:00–2026-06-02T12:00 zed override',
      '2026-06-02T12:00–2026-06-02T20:00 bob 0',
      '2026-06-02T20:00–2026-06-03T00:00 yan override',
    ]);
  });

  it('"take this shift" replaces only the named user, and an unconditional override fills a gap', () => {
    const s: OnCallScheduleInput = {
      timeZone: 'UTC',
      layers: [daily({ participants: ['ann', 'bob'], restrictions: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '21:00' }] })],
      overrides: [
        // Covers bob's whole two days, but only while bob would be on call.
        { userId: 'cat', start: '2026-06-02T00:00:00Z', end: '2026-06-03T21:00:00Z', replacesUserId: 'bob' },
        // Overlaps the above but replaces someone else: allowed.
        { userId: 'dan', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', replacesUserId: 'ann' },
        { userId: 'eve', start: '2026-06-03T22:00:00Z', end: '2026-06-03T23:00:00Z' },
      ],
    };
    expect(rows(finalSchedule(s, at('2026-06-02T00:00Z'), at('2026-06-04T00:00Z')).final)).toEqual([
      '2026-06-02T09:00–2026-06-02T21:00 cat override',
      '2026-06-03T09:00–2026-06-03T10:00 ann 0',
      '2026-06-03T10:00–2026-06-03T11:00 dan override',
      '2026-06-03T11:00–2026-06-03T21:00 ann 0',
      '2026-06-03T22:00–2026-06-03T23:00 eve override',
    ]);
  });
});

describe('now and next', () => {
  const s: OnCallScheduleInput = {
    timeZone: 'Europe/London',
    layers: [daily()],
    overrides: [{ userId: 'zed', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z' }],
  };

  it('whoIsOnCall gives the whole shift around the instant, or null', () => {
    expect(rows([whoIsOnCall(s, at('2026-06-02T23:00Z'))!])).toEqual(['2026-06-02T08:00–2026-06-03T08:00 bob 0']);
    expect(rows([whoIsOnCall(s, at('2026-06-03T10:30Z'))!])).toEqual(['2026-06-03T10:00–2026-06-03T11:00 zed override']);
    expect(whoIsOnCall(s, at('2026-05-01T00:00Z'))).toBeNull();
  });

  it('nextShifts lists a user’s coming shifts, the one in progress first, split around overrides', () => {
    expect(rows(nextShifts(s, 'cy', at('2026-06-03T09:00Z'), 3))).toEqual([
      '2026-06-03T09:00–2026-06-03T10:00 cy 0',
      '2026-06-03T11:00–2026-06-04T08:00 cy 0',
      '2026-06-06T08:00–2026-06-07T08:00 cy 0',
    ]);
    // Shifts that straddle the 31-day chunks the search works in come back whole.
    const weekly: OnCallScheduleInput = {
      timeZone: 'UTC',
      layers: [daily({ participants: ['solo'], rotation: { unit: 'weeks', length: 2 } })],
    };
    expect(rows(nextShifts(weekly, 'solo', at('2026-06-01T09:00Z'), 1))).toEqual(['2026-06-01T09:00–2027-06-02T09:00 solo 0']);
    expect(nextShifts(s, 'nobody-here', at('2026-06-01T00:00Z'), 2)).toEqual([]);
  });
});

describe('bad input', () => {
  const s: OnCallScheduleInput = { timeZone: 'UTC', layers: [daily()] };

  it('caps the range and rejects inverted ranges', () => {
    expect(() => finalSchedule(s, at('2026-01-01T00:00Z'), at('2027-01-03T00:00Z'))).toThrow(ScheduleRangeError);
    expect(() => finalSchedule(s, at('2026-01-01T00:00Z'), at('2027-01-03T00:00Z'))).toThrow(/at most 366 days/);
    expect(() => gaps(s, at('2026-01-02T00:00Z'), at('2026-01-01T00:00Z'))).toThrow('The range must end after it starts');
  });

  it('validates the schedule before using it', () => {
    expect(() => whoIsOnCall({ ...s, timeZone: 'Mars/Olympus_Mons' }, at('2026-06-02T00:00Z'))).toThrow(
      /Unknown time zone .{0,4}Mars\/Olympus_Mons/,
    );
  });
});
