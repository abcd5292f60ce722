import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { finalSchedule, gaps, whoIsOnCall } from './engine.ts';
import { type OnCallSchedule, type OnCallScheduleInput, ScheduleSchema } from './schemas.ts';
import { calendarDate, localInstant } from './time.ts';

/**
 * An independent, slow statement of the rules for one instant, straight from docs/oncall.md: which
 * shift of each layer contains t, whether a restriction window contains t, then overrides.
 */
function oracle(input: OnCallScheduleInput, t: number): [string, number | 'override'] | null {
  const s: OnCallSchedule = ScheduleSchema.parse(input);
  const zone = s.timeZone;
  let base: [string, number] | null = null;
  for (let i = s.layers.length - 1; i >= 0 && !base; i--) {
    const l = s.layers[i];
    const start = calendarDate(l.startDate);
    const shiftStart = (k: number) =>
      l.rotation.unit === 'hours'
        ? localInstant(zone, start, l.handoffTime).toMillis() + k * l.rotation.length * HOUR
        : localInstant(zone, start.plus({ days: k * l.rotation.length * (l.rotation.unit === 'weeks' ? 7 : 1) }), l.handoffTime).toMillis();
    if (t < shiftStart(0)) continue;
    let k = 0;
    while (shiftStart(k + 1) <= t) k++;
    const local = DateTime.fromMillis(t, { zone });
    const inWindow =
      l.restrictions.length === 0 ||
      l.restrictions.some((r) =>
        [0, 1].some((back) => {
          const day = calendarDate(local.toISODate() as string).minus({ days: back });
          if (!r.days.includes(day.weekday)) return false;
          const from = localInstant(zone, day, r.start).toMillis();
          const to = localInstant(zone, r.end <= r.start ? day.plus({ days: 1 }) : day, r.end).toMillis();
          return from <= t && t < to;
        }),
      );
    if (inWindow) base = [l.participants[k % l.participants.length], i];
  }
  const cover = s.overrides.find(
    (o) => Date.parse(o.start) <= t && t < Date.parse(o.end) && (!o.replacesUserId || o.replacesUserId === base?.[0]),
  );
  if (cover) return [cover.userId, 'override'];
  return base;
}

const ZONES = ['America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'UTC', 'Asia/Kolkata'];
const USERS = ['ann', 'bob', 'cy', 'dee'];
const BASE = Date.parse('2026-02-20T00:00:00Z');
const HOUR = 3_600_000;
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const layer = fc.record({
  participants: fc.array(fc.constantFrom(...USERS), { minLength: 1, maxLength: 4 }),
  rotation: fc.oneof(
    fc.record({ unit: fc.constant('hours' as const), length: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ unit: fc.constant('days' as const), length: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ unit: fc.constant('weeks' as const), length: fc.integer({ min: 1, max: 2 }) }),
  ),
  handoffTime: hhmm,
  startDate: fc.integer({ min: 0, max: 40 }).map((d) => new Date(BASE + d * 24 * HOUR).toISOString().slice(0, 10)),
  restrictions: fc.array(
    fc
      .record({ days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), start: hhmm, end: hhmm })
      .filter((r) => r.start !== r.end),
    { maxLength: 2 },
  ),
});

// Overrides laid end to end (never overlapping), each optionally "take this shift".
const overrides = fc
  .array(
    fc.record({
      gapHours: fc.integer({ min: 0, max: 200 }),
      hours: fc.integer({ min: 1, max: 72 }),
      userId: fc.constantFrom(...USERS),
      replaces: fc.option(fc.constantFrom(...USERS), { nil: undefined }),
    }),
    { maxLength: 4 },
  )
  .map((list) => {
    let t = BASE + 10 * 24 * HOUR;
    return list.map((o) => {
      const start = t + o.gapHours * HOUR;
      t = start + o.hours * HOUR;
      return { userId: o.userId, start: new Date(start).toISOString(), end: new Date(t).toISOString(), replacesUserId: o.replaces };
    });
  });

const schedule: fc.Arbitrary<OnCallScheduleInput> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  layers: fc.array(layer, { minLength: 1, maxLength: 3 }),
  overrides,
});
// A 60-day window around the March clock changes, starting on a quarter hour or anywhere.
const range = fc.tuple(fc.integer({ min: 0, max: 30 * 24 * 4 }), fc.integer({ min: 1, max: 30 * 24 * 4 })).map(([a, len]) => {
  const from = BASE + a * 15 * 60_000 + 7_000;
  return [new Date(from), new Date(from + len * 15 * 60_000)] as const;
});

describe('final spans (property)', () => {
  it('never overlap, cover exactly [from, to) minus the gaps, and agree with whoIsOnCall', () => {
    fc.assert(
      fc.property(
        schedule,
        range,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (s, [from, to], probes) => {
          ScheduleSchema.parse(s);
          const { final, layers } = finalSchedule(s, from, to);
          const holes = gaps(s, from, to);
          // Ordered, non-empty, non-overlapping, inside the range, merged.
          for (const [i, span] of final.entries()) {
            expect(span.end.getTime()).toBeGreaterThan(span.start.getTime());
            expect(span.start.getTime()).toBeGreaterThanOrEqual(from.getTime());
            expect(span.end.getTime()).toBeLessThanOrEqual(to.getTime());
            const prev = final[i - 1];
            if (prev) {
              expect(span.start.getTime()).toBeGreaterThanOrEqual(prev.end.getTime());
              if (span.start.getTime() === prev.end.getTime()) expect([prev.userId, prev.layer]).not.toEqual([span.userId, span.layer]);
            }
          }
          // Spans and gaps tile the range exactly.
          const tiles = [
            ...final.map((x) => [x.start.getTime(), x.end.getTime()]),
            ...holes.map((x) => [x.start.getTime(), x.end.getTime()]),
          ].sort((a, b) => a[0] - b[0]);
          let cursor = from.getTime();
          for (const [a, b] of tiles) {
            expect(a).toBe(cursor);
            cursor = b;
          }
          expect(cursor).toBe(to.getTime());
          // Every layer's spans are ordered and inside the range too.
          for (const spans of layers)
            for (let i = 1; i < spans.length; i++) expect(spans[i].start.getTime()).toBeGreaterThanOrEqual(spans[i - 1].end.getTime());
          // Probe instants (and every span edge) against whoIsOnCall.
          const instants = [
            ...probes.map((p) => Math.floor(from.getTime() + p * (to.getTime() - from.getTime() - 1))),
            ...final.slice(0, 3).map((x) => x.start.getTime()),
          ];
          for (const t of instants) {
            const span = final.find((x) => x.start.getTime() <= t && t < x.end.getTime());
            const who = whoIsOnCall(s, new Date(t));
            expect(who ? [who.userId, who.layer] : null).toEqual(span ? [span.userId, span.layer] : null);
            expect(oracle(s, t)).toEqual(span ? [span.userId, span.layer] : null);
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000); // about 7 s on an idle machine; generous for a loaded one

  it("without overrides and restrictions, the top layer's spans appear unchanged in the final schedule", () => {
    fc.assert(
      fc.property(schedule, range, (s, [from, to]) => {
        const plain = { ...s, overrides: [], layers: s.layers.map((l) => ({ ...l, restrictions: [] })) };
        const { final, layers } = finalSchedule(plain, from, to);
        const top = layers[layers.length - 1];
        for (const span of top) expect(final).toContainEqual(span);
      }),
      { numRuns: 100 },
    );
  });
});
