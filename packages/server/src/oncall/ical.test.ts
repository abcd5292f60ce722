import { finalSchedule, nextShifts, type OnCallScheduleInput } from '@firebreak/shared';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icalFeed } from './ical.ts';

/** Parses with a real iCalendar parser (ical.js) and returns what a calendar client would see. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: cal.getFirstPropertyValue('x-wr-calname'),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        utc: e.startDate.zone?.tzid === 'UTC' && e.endDate.zone?.tzid === 'UTC',
        url: v.getFirstPropertyValue('url'),
        stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      };
    }),
  };
}

const london: OnCallScheduleInput = {
  timeZone: 'Europe/London',
  layers: [{ participants: ['ann', 'bob'], rotation: { unit: 'days', length: 1 }, handoffTime: '09:00', startDate: '2026-03-01' }],
};
const stamp = new Date('2026-03-01T12:00:00Z');

describe('icalFeed', () => {
  it('writes UTC shift instants that survive a real parser across the London spring change', () => {
    const { final } = finalSchedule(london, new Date('2026-03-28T09:00Z'), new Date('2026-03-31T08:00Z'));
    const text = icalFeed(final, { name: 'Payments on call', url: 'https://fb.example/schedules/s1', stamp, uidScope: 's1' });
    expect(text).toContain('DTSTART:20260328T090000Z');
    const lines = text.split('\r\n');
    for (const header of ['X-PUBLISHED-TTL:PT1H', 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'METHOD:PUBLISH'])
      expect(lines.filter((l) => l === header)).toHaveLength(1);
    const cal = parse(text);
    expect(cal.name).toBe('Payments on call');
    expect(cal.events.map((e) => [e.start, e.end, e.summary])).toEqual([
      ['2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', 'On call: bob'], // 23 h: the clocks went forward
      ['2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z', 'On call: ann'],
      ['2026-03-30T08:00:00.000Z', '2026-03-31T08:00:00.000Z', 'On call: bob'],
    ]);
    expect(cal.events.every((e) => e.utc && e.url === 'https://fb.example/schedules/s1' && e.stamp === stamp.toISOString())).toBe(true);
  });

  it('Chicago fall back and a 01:30 handoff in the repeated hour: a 25-hour event at the first 01:30', () => {
    const chicago: OnCallScheduleInput = {
      ...london,
      timeZone: 'America/Chicago',
      layers: [{ ...london.layers[0], handoffTime: '01:30' }],
    };
    const mine = nextShifts(chicago, 'ann', new Date('2026-10-30T00:00Z'), 2);
    const cal = parse(icalFeed(mine, { name: 'My shifts', stamp, uidScope: 'ann' }));
    expect(cal.events.map((e) => [e.start, e.end])).toEqual([
      ['2026-10-30T00:00:00.000Z', '2026-10-30T06:30:00.000Z'],
      ['2026-10-31T06:30:00.000Z', '2026-11-01T06:30:00.000Z'],
    ]);
    const bob = nextShifts(chicago, 'bob', new Date('2026-11-01T00:00Z'), 1);
    expect(parse(icalFeed(bob, { name: 'x', stamp, uidScope: 'bob' })).events.map((e) => [e.start, e.end])).toEqual([
      ['2026-11-01T06:30:00.000Z', '2026-11-02T07:30:00.000Z'], // 25 h
    ]);
  });

  it('Lord Howe: the 23.5-hour shift reads back exactly', () => {
    const lh: OnCallScheduleInput = { ...london, timeZone: 'Australia/Lord_Howe' };
    const { final } = finalSchedule(lh, new Date('2026-10-02T22:30Z'), new Date('2026-10-04T22:00Z'));
    expect(parse(icalFeed(final, { name: 'LH', stamp, uidScope: 'lh' })).events.map((e) => [e.start, e.end])).toEqual([
      ['2026-10-02T22:30:00.000Z', '2026-10-03T22:00:00.000Z'],
      ['2026-10-03T22:00:00.000Z', '2026-10-04T22:00:00.000Z'],
    ]);
  });

  it('UIDs are unique per shift and stable across fetches', () => {
    const a = finalSchedule(london, new Date('2026-03-20T00:00Z'), new Date('2026-04-20T00:00Z')).final;
    const b = finalSchedule(london, new Date('2026-03-20T00:00Z'), new Date('2026-05-20T00:00Z')).final;
    const first = parse(icalFeed(a, { name: 'x', stamp, uidScope: 's1' })).events.map((e) => e.uid);
    const later = parse(icalFeed(b, { name: 'x', stamp: new Date('2026-03-02T00:00Z'), uidScope: 's1' })).events.map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(later.slice(0, first.length - 1)).toEqual(first.slice(0, -1)); // the last of `a` was clipped at its end
    expect(parse(icalFeed(a, { name: 'x', stamp, uidScope: 's2' })).events[0].uid).not.toBe(first[0]);
  });

  it('escapes text and folds lines at 75 octets without breaking characters', () => {
    const name = 'Zoë Ångström-Ñúñez, Platform; “Europe” \\ nights\nsecond line — ☎️ 日本語チーム'.repeat(2);
    const span = { start: new Date('2026-06-01T08:00Z'), end: new Date('2026-06-02T08:00Z'), userId: 'u1', layer: 0 as const };
    const text = icalFeed([span], { name, stamp, uidScope: 's1', title: () => name, description: () => `Covers ${name}` });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    const cal = parse(text);
    expect(cal.name).toBe(name.replace(/\n/g, ' '));
    expect(cal.events[0].summary).toBe(name);
    expect(cal.events[0].description).toBe(`Covers ${name}`);
  });

  it('an empty feed is still a valid calendar', () => {
    const cal = parse(icalFeed([], { name: 'Nobody yet', stamp, uidScope: 's1' }));
    expect(cal).toEqual({ name: 'Nobody yet', events: [] });
  });
});
