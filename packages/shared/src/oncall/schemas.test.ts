import { describe, expect, it } from 'vitest';
import { ScheduleSchema, scheduleProblems } from './schemas.ts';

const layer = {
  participants: ['ann'],
  rotation: { unit: 'days', length: 1 },
  handoffTime: '09:00',
  startDate: '2026-06-01',
};
const ok = { timeZone: 'Europe/London', layers: [layer] };

describe('ScheduleSchema', () => {
  it('accepts a valid schedule and defaults restrictions and overrides', () => {
    const s = ScheduleSchema.parse(ok);
    expect(s.overrides).toEqual([]);
    expect(s.layers[0].restrictions).toEqual([]);
    expect(scheduleProblems(ok)).toEqual([]);
  });

  it('explains each kind of bad input', () => {
    expect(scheduleProblems({ ...ok, timeZone: 'Europe/Londn' })).toEqual([
      'timeZone: Unknown time zone "Europe/Londn": use an IANA name like "Europe/London"',
    ]);
    expect(scheduleProblems({ ...ok, layers: [] })).toEqual([
      'layers: A schedule needs at least one layer with participants: a schedule with nobody in it pages nobody',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, participants: [] }] })).toEqual([
      'layers.0.participants: A layer needs at least one participant: a schedule with nobody in it pages nobody',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, rotation: { unit: 'hours', length: 0 } }] })).toEqual([
      'layers.0.rotation.length: Shift length must be at least 1 hour: a zero-length shift would hand off forever',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, rotation: { unit: 'weeks', length: 1.5 } }] })).toEqual([
      'layers.0.rotation.length: Shift length must be a whole number',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, handoffTime: '9am' }] })).toEqual([
      'layers.0.handoffTime: Use a 24-hour local time like "09:00"',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, restrictions: [{ days: [1], start: '09:00', end: '09:00' }] }] })).toEqual([
      'layers.0.restrictions.0.end: A restriction window must not be empty: start and end are the same time',
    ]);
    expect(scheduleProblems({ ...ok, layers: [{ ...layer, restrictions: [{ days: [], start: '09:00', end: '17:00' }] }] })).toEqual([
      'layers.0.restrictions.0.days: A restriction needs at least one weekday (1 = Monday … 7 = Sunday)',
    ]);
  });

  it('rejects inverted, empty and overlapping overrides', () => {
    const o = (userId: string, start: string, end: string, replacesUserId?: string) => ({ userId, start, end, replacesUserId });
    expect(scheduleProblems({ ...ok, overrides: [o('bob', '2026-06-02T10:00:00Z', '2026-06-02T09:00:00Z')] })).toEqual([
      'overrides.0.end: An override must end after it starts (end is before start)',
    ]);
    expect(scheduleProblems({ ...ok, overrides: [o('bob', '2026-06-02T10:00:00Z', '2026-06-02T10:00:00Z')] })).toEqual([
      'overrides.0.end: An override must not be empty (end equals start)',
    ]);
    expect(scheduleProblems({ ...ok, overrides: [o('bob', '2026-06-02T10:00', '2026-06-02T11:00:00Z')] })).toEqual([
      'overrides.0.start: Use an ISO-8601 time with an offset, like "2026-03-08T09:00:00-06:00"',
    ]);
    expect(
      scheduleProblems({
        ...ok,
        overrides: [o('bob', '2026-06-02T10:00:00Z', '2026-06-02T12:00:00Z'), o('cy', '2026-06-02T11:00:00+00:00', '2026-06-02T13:00:00Z')],
      }),
    ).toEqual([
      'overrides.1: Override 2 (cy, 2026-06-02T11:00:00+00:00 – 2026-06-02T13:00:00Z) overlaps override 1 (bob, 2026-06-02T10:00:00Z – 2026-06-02T12:00:00Z); remove one or make them not overlap',
    ]);
    // Touching is fine; overlapping is fine when each replaces a different named user.
    expect(
      scheduleProblems({
        ...ok,
        overrides: [
          o('bob', '2026-06-02T10:00:00Z', '2026-06-02T12:00:00Z', 'ann'),
          o('cy', '2026-06-02T11:00:00Z', '2026-06-02T13:00:00Z', 'dan'),
          o('eve', '2026-06-02T13:00:00Z', '2026-06-02T14:00:00Z'),
        ],
      }),
    ).toEqual([]);
    expect(
      scheduleProblems({
        ...ok,
        overrides: [
          o('bob', '2026-06-02T10:00:00Z', '2026-06-02T12:00:00Z', 'ann'),
          o('cy', '2026-06-02T11:00:00Z', '2026-06-02T13:00:00Z', 'ann'),
        ],
      }),
    ).toHaveLength(1);
  });
});
