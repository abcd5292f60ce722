import { describe, expect, it } from 'vitest';
import { instantAt, percentOf, rangeAround, rangeTitle, shiftRange } from './timeline.ts';

describe('schedule timeline geometry', () => {
  it('a week starts on Monday at local midnight; the DST week is an hour shorter', () => {
    // 2026-03-08 is the US spring-forward Sunday.
    const r = rangeAround('week', Date.parse('2026-03-05T12:00:00Z'), 'America/Chicago');
    expect(new Date(r.from).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(new Date(r.to).toISOString()).toBe('2026-03-09T05:00:00.000Z');
    expect(r.days.map((d) => d.label)).toEqual(['Mon 2', 'Tue 3', 'Wed 4', 'Thu 5', 'Fri 6', 'Sat 7', 'Sun 8']);
    expect(r.days.filter((d) => d.weekend)).toHaveLength(2);
    expect((r.to - r.from) / 3_600_000).toBe(167);
    expect(rangeTitle('week', r, 'America/Chicago')).toBe('2–8 Mar 2026');
  });

  it('a month has its days; next and previous move whole months', () => {
    const r = rangeAround('month', Date.parse('2026-02-10T12:00:00Z'), 'Europe/London');
    expect(r.days).toHaveLength(28);
    expect(rangeTitle('month', r, 'Europe/London')).toBe('February 2026');
    expect(rangeTitle('month', shiftRange('month', r, 1, 'Europe/London'), 'Europe/London')).toBe('March 2026');
    expect(rangeTitle('month', shiftRange('month', r, -1, 'Europe/London'), 'Europe/London')).toBe('January 2026');
  });

  it('places instants and snaps a pointer to local whole hours, also in a half-hour zone', () => {
    const r = rangeAround('week', Date.parse('2026-03-05T12:00:00Z'), 'Asia/Kolkata');
    expect(percentOf(r, r.from)).toBe(0);
    expect(percentOf(r, r.to + 1)).toBe(100);
    const t = instantAt(r, 0.5 / 7 + 0.001); // just after Monday noon
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t),
    ).toBe('12:00');
  });
});
