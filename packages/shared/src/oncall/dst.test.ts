import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { finalSchedule, gaps, whoIsOnCall } from './engine.ts';
import type { OnCallScheduleInput } from './schemas.ts';

/**
 * Time-zone correctness across the 2026 clock changes: a local handoff stays at its local time, the shift
 * spanning the change is shorter or longer by the size of the change, and no shift is skipped or doubled.
 */

const people = ['ann', 'bob', 'cy'];
const dailyAt = (timeZone: string, handoffTime: string, startDate: string): OnCallScheduleInput => ({
  timeZone,
  layers: [{ participants: people, rotation: { unit: 'days', length: 1 }, handoffTime, startDate }],
});

/** Shifts whose start lies in [from, to), as [UTC start, hours, user]. */
function shifts(s: OnCallScheduleInput, from: string, to: string) {
  const spans = finalSchedule(s, new Date(from), new Date(to)).final;
  // The range starts and ends on handoffs, so every span is a whole shift.
  return spans.map((x) => [x.start.toISOString().slice(0, 16), (x.end.getTime() - x.start.getTime()) / 3_600_000, x.userId]);
}

const cases: Array<{
  name: string;
  zone: string;
  handoff: string;
  /** Four consecutive handoffs (UTC), the second and third around the change. */
  handoffs: [string, string, string, string];
  hours: [number, number, number];
}> = [
  // America/Chicago: 2026-03-08 02:00 CST → 03:00 CDT; 2026-11-01 02:00 CDT → 01:00 CST.
  {
    name: 'Chicago spring forward, 09:00',
    zone: 'America/Chicago',
    handoff: '09:00',
    handoffs: ['2026-03-07T15:00', '2026-03-08T14:00', '2026-03-09T14:00', '2026-03-10T14:00'],
    hours: [23, 24, 24],
  },
  {
    name: 'Chicago fall back, 09:00',
    zone: 'America/Chicago',
    handoff: '09:00',
    handoffs: ['2026-10-31T14:00', '2026-11-01T15:00', '2026-11-02T15:00', '2026-11-03T15:00'],
    hours: [25, 24, 24],
  },
  // 02:30 does not exist on 2026-03-08: that handoff happens at 03:30 CDT.
  {
    name: 'Chicago handoff 02:30 inside the missing hour',
    zone: 'America/Chicago',
    handoff: '02:30',
    handoffs: ['2026-03-07T08:30', '2026-03-08T08:30', '2026-03-09T07:30', '2026-03-10T07:30'],
    hours: [24, 23, 24],
  },
  {
    name: 'Chicago handoff 02:00 at the missing hour',
    zone: 'America/Chicago',
    handoff: '02:00',
    handoffs: ['2026-03-07T08:00', '2026-03-08T08:00', '2026-03-09T07:00', '2026-03-10T07:00'],
    hours: [24, 23, 24],
  },
  // 01:30 happens twice on 2026-11-01: the handoff is at the first, 01:30 CDT (06:30Z).
  {
    name: 'Chicago handoff 01:30 inside the repeated hour',
    zone: 'America/Chicago',
    handoff: '01:30',
    handoffs: ['2026-10-31T06:30', '2026-11-01T06:30', '2026-11-02T07:30', '2026-11-03T07:30'],
    hours: [24, 25, 24],
  },
  {
    name: 'Chicago handoff 02:00 just after the repeated hour',
    zone: 'America/Chicago',
    handoff: '02:00',
    handoffs: ['2026-10-31T07:00', '2026-11-01T08:00', '2026-11-02T08:00', '2026-11-03T08:00'],
    hours: [25, 24, 24],
  },
  // Europe/London: 2026-03-29 01:00 GMT → 02:00 BST; 2026-10-25 02:00 BST → 01:00 GMT.
  {
    name: 'London spring forward, 09:00',
    zone: 'Europe/London',
    handoff: '09:00',
    handoffs: ['2026-03-28T09:00', '2026-03-29T08:00', '2026-03-30T08:00', '2026-03-31T08:00'],
    hours: [23, 24, 24],
  },
  {
    name: 'London fall back, 09:00',
    zone: 'Europe/London',
    handoff: '09:00',
    handoffs: ['2026-10-24T08:00', '2026-10-25T09:00', '2026-10-26T09:00', '2026-10-27T09:00'],
    hours: [25, 24, 24],
  },
  {
    name: 'London handoff 01:30 inside the missing hour',
    zone: 'Europe/London',
    handoff: '01:30',
    handoffs: ['2026-03-28T01:30', '2026-03-29T01:30', '2026-03-30T00:30', '2026-03-31T00:30'],
    hours: [24, 23, 24],
  },
  {
    name: 'London handoff 01:30 inside the repeated hour',
    zone: 'Europe/London',
    handoff: '01:30',
    handoffs: ['2026-10-24T00:30', '2026-10-25T00:30', '2026-10-26T01:30', '2026-10-27T01:30'],
    hours: [24, 25, 24],
  },
  // Australia/Lord_Howe moves 30 minutes: 2026-04-05 02:00 (+11) → 01:30 (+10:30); 2026-10-04 02:00 (+10:30) → 02:30 (+11).
  {
    name: 'Lord Howe fall back, 09:00',
    zone: 'Australia/Lord_Howe',
    handoff: '09:00',
    handoffs: ['2026-04-03T22:00', '2026-04-04T22:30', '2026-04-05T22:30', '2026-04-06T22:30'],
    hours: [24.5, 24, 24],
  },
  {
    name: 'Lord Howe spring forward, 09:00',
    zone: 'Australia/Lord_Howe',
    handoff: '09:00',
    handoffs: ['2026-10-02T22:30', '2026-10-03T22:00', '2026-10-04T22:00', '2026-10-05T22:00'],
    hours: [23.5, 24, 24],
  },
  {
    name: 'Lord Howe handoff 01:45 inside the repeated half hour',
    zone: 'Australia/Lord_Howe',
    handoff: '01:45',
    handoffs: ['2026-04-03T14:45', '2026-04-04T14:45', '2026-04-05T15:15', '2026-04-06T15:15'],
    hours: [24, 24.5, 24],
  },
  {
    name: 'Lord Howe handoff 02:15 inside the missing half hour',
    zone: 'Australia/Lord_Howe',
    handoff: '02:15',
    handoffs: ['2026-10-02T15:45', '2026-10-03T15:45', '2026-10-04T15:15', '2026-10-05T15:15'],
    hours: [24, 23.5, 24],
  },
];

describe('daily handoffs across DST', () => {
  for (const c of cases) {
    it(c.name, () => {
      // Start the rotation well before, so the turn order shows nothing was skipped or doubled.
      const s = dailyAt(c.zone, c.handoff, '2026-01-01');
      const got = shifts(s, `${c.handoffs[0]}Z`, `${c.handoffs[3]}Z`);
      const turn = (iso: string) => {
        const local = DateTime.fromISO(`${iso}Z`, { zone: c.zone });
        // Local date of the handoff; a handoff resolved forward out of the missing hour stays on its date.
        return people[Math.round(local.startOf('day').diff(DateTime.fromISO('2026-01-01', { zone: c.zone }), 'days').days) % 3];
      };
      expect(got).toEqual([
        [c.handoffs[0], c.hours[0], turn(c.handoffs[0])],
        [c.handoffs[1], c.hours[1], turn(c.handoffs[1])],
        [c.handoffs[2], c.hours[2], turn(c.handoffs[2])],
      ]);
      expect(new Set(got.map((g) => g[2])).size).toBe(3);
      // Each handoff happens at the local handoff time, or, on the day that time does not exist, as
      // far after it as the clocks jumped (Luxon's forward resolution).
      for (const h of c.handoffs) {
        const local = DateTime.fromISO(`${h}Z`, { zone: c.zone });
        const wanted = DateTime.fromISO(`${local.toISODate()}T${c.handoff}`, { zone: c.zone });
        expect(local.toFormat('HH:mm')).toBe(wanted.toFormat('HH:mm'));
      }
    });
  }

  it('a year of daily 09:00 handoffs in each zone: all at 09:00 local, 365 shifts, lengths only 23–25 h', () => {
    for (const [zone, short, long] of [
      ['America/Chicago', 23, 25],
      ['Europe/London', 23, 25],
      ['Australia/Lord_Howe', 23.5, 24.5],
    ] as const) {
      const s = dailyAt(zone, '09:00', '2026-01-01');
      const first = DateTime.fromISO('2026-01-01T09:00', { zone });
      const spans = finalSchedule(s, first.toJSDate(), first.plus({ days: 365 }).toJSDate()).final;
      expect(spans).toHaveLength(365);
      const lengths = spans.map((x) => (x.end.getTime() - x.start.getTime()) / 3_600_000);
      expect(lengths.filter((h) => h !== 24).sort()).toEqual([short, long].sort());
      expect(new Set(spans.map((x) => DateTime.fromJSDate(x.start, { zone }).toFormat('HH:mm')))).toEqual(new Set(['09:00']));
      expect(spans.map((x) => x.userId)).toEqual(spans.map((_, i) => people[i % 3]));
    }
  });
});

describe('other rotations across DST', () => {
  it('weekly shifts spanning a change are 167 or 169 hours', () => {
    const s: OnCallScheduleInput = {
      timeZone: 'Europe/London',
      layers: [{ participants: ['ann', 'bob'], rotation: { unit: 'weeks', length: 1 }, handoffTime: '09:00', startDate: '2026-03-23' }],
    };
    expect(shifts(s, '2026-03-23T09:00Z', '2026-04-06T08:00Z')).toEqual([
      ['2026-03-23T09:00', 167, 'ann'],
      ['2026-03-30T08:00', 168, 'bob'],
    ]);
  });

  it('hourly shifts count real hours: none skipped in the missing hour, none doubled in the repeated one', () => {
    const s: OnCallScheduleInput = {
      timeZone: 'America/Chicago',
      layers: [{ participants: ['ann', 'bob'], rotation: { unit: 'hours', length: 1 }, handoffTime: '00:00', startDate: '2026-11-01' }],
    };
    const day = shifts(s, '2026-11-01T05:00Z', '2026-11-02T06:00Z');
    expect(day).toHaveLength(25);
    expect(day.every(([, h]) => h === 1)).toBe(true);
    expect(day.map(([, , u]) => u)).toEqual(day.map((_, i) => (i % 2 ? 'bob' : 'ann')));
  });

  it('restriction windows stay at local time and gap warnings speak local time across the change', () => {
    const s: OnCallScheduleInput = {
      timeZone: 'Europe/London',
      layers: [
        {
          participants: ['ann'],
          rotation: { unit: 'weeks', length: 1 },
          handoffTime: '09:00',
          startDate: '2026-03-23',
          restrictions: [{ days: [6, 7], start: '09:00', end: '01:30' }],
        },
      ],
    };
    const from = new Date('2026-03-28T12:00Z');
    const to = new Date('2026-03-30T12:00Z');
    expect(shifts(s, from.toISOString(), to.toISOString())).toEqual([
      // Sat 12:00 GMT until Sun 01:30, which does not exist and so is 02:30 BST (01:30Z).
      ['2026-03-28T12:00', 13.5, 'ann'],
      // Sun 09:00 BST until Mon 01:30 BST.
      ['2026-03-29T08:00', 16.5, 'ann'],
    ]);
    expect(gaps(s, from, to).map((g) => g.message)).toEqual([
      'nobody on call Sun 29 Mar 02:30–09:00 (Europe/London)',
      'nobody on call Mon 30 Mar 01:30–13:00 (Europe/London)',
    ]);
    expect(whoIsOnCall(s, new Date('2026-03-29T01:29Z'))?.userId).toBe('ann');
    expect(whoIsOnCall(s, new Date('2026-03-29T01:30Z'))).toBeNull();
  });
});
