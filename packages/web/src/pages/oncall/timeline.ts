import { localDateOf, localInstant } from '@firebreak/shared/oncall/time.ts';

/**
 * The geometry of a schedule timeline: which stretch of time it shows (a week or a month starting
 * at local midnight in the schedule's time zone, so a DST day is 23 or 25 hours wide), where an
 * instant sits on it, and how a pointer position snaps to a time someone meant.
 */

export type TimelineView = 'week' | 'month';

export type TimelineRange = { from: number; to: number; days: { start: number; label: string; weekend: boolean }[] };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The range of `view` that contains `at` (weeks start on Monday), as local days in `zone`. */
export function rangeAround(view: TimelineView, at: number, zone: string): TimelineRange {
  const today = localDateOf(at, zone);
  const first = view === 'week' ? today.minus({ days: today.weekday - 1 }) : today.set({ day: 1 });
  const count = view === 'week' ? 7 : (first.daysInMonth ?? 30);
  const days: TimelineRange['days'] = [];
  for (let i = 0; i < count; i++) {
    const d = first.plus({ days: i });
    days.push({
      start: localInstant(zone, d, '00:00').toMillis(),
      label: view === 'week' ? `${WEEKDAYS[d.weekday - 1]} ${d.day}` : String(d.day),
      weekend: d.weekday >= 6,
    });
  }
  const to = localInstant(zone, first.plus({ days: count }), '00:00').toMillis();
  return { from: days[0].start, to, days };
}

/** The range before or after `range` (step -1 or +1). */
export function shiftRange(view: TimelineView, range: TimelineRange, step: -1 | 1, zone: string): TimelineRange {
  const probe = step < 0 ? range.from - 3_600_000 : range.to + 3_600_000;
  return rangeAround(view, probe, zone);
}

/** Percentage offset of `ms` on the range, clamped to [0, 100]. */
export function percentOf(range: { from: number; to: number }, ms: number): number {
  const p = ((ms - range.from) / (range.to - range.from)) * 100;
  return Math.min(100, Math.max(0, p));
}

/** The instant under a pointer at fraction `x` (0–1) of the track, snapped to the hour (counted from the range's local midnight, so half-hour zones snap to their own hours); the dialog refines it. */
export function instantAt(range: { from: number; to: number }, x: number): number {
  const hour = 3_600_000;
  const raw = Math.min(1, Math.max(0, x)) * (range.to - range.from);
  return Math.min(range.to, range.from + Math.round(raw / hour) * hour);
}

/** A heading for the range: "2–8 Mar 2026" or "March 2026", in the schedule's zone. */
export function rangeTitle(view: TimelineView, range: TimelineRange, zone: string): string {
  const a = localDateOf(range.from, zone).setLocale('en-GB');
  const b = localDateOf(range.to - 1, zone).setLocale('en-GB');
  if (view === 'month') return a.toFormat('LLLL yyyy');
  return a.month === b.month ? `${a.day}–${b.toFormat('d LLL yyyy')}` : `${a.toFormat('d LLL')} – ${b.toFormat('d LLL yyyy')}`;
}
