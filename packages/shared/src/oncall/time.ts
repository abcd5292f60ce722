import { DateTime } from 'luxon';

/**
 * Local wall time → instant, with the DST rules the schedule engine promises (see engine.ts):
 * - a wall time inside the missing hour (spring forward) resolves forward by the length of the gap,
 *   as Luxon does: 02:30 on 2026-03-08 in America/Chicago is 03:30 CDT; 02:15 on 2026-10-04 in
 *   Australia/Lord_Howe (a 30-minute gap) is 02:45;
 * - a wall time inside the repeated hour (fall back) is its first occurrence: 01:30 on 2026-11-01 in
 *   America/Chicago is 01:30 CDT (06:30Z), not 01:30 CST. Luxon's own choice here varies by zone,
 *   so it is made explicit below.
 */

/** A calendar date as a DateTime at midnight UTC: only year/month/day matter. */
export type CalendarDate = DateTime;

export function calendarDate(isoDate: string): CalendarDate {
  return DateTime.fromISO(isoDate, { zone: 'utc' });
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, zone: string): CalendarDate {
  const local = DateTime.fromMillis(ms, { zone });
  return DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: 'utc' });
}

/** Largest clock changes in the tz database are 2 hours (Antarctica/Troll); Lord Howe moves 30 minutes. */
const CLOCK_CHANGES_MINUTES = [120, 60, 30] as const;

/** The instant at which the wall clock in `zone` first shows `time` ("HH:MM", or "24:00") on `date`. */
export function localInstant(zone: string, date: CalendarDate, time: string): DateTime {
  const [hh, mm] = time.split(':').map(Number);
  const day = hh === 24 ? date.plus({ days: 1 }) : date;
  const hour = hh === 24 ? 0 : hh;
  const wall = { year: day.year, month: day.month, day: day.day, hour, minute: mm };
  const resolved = DateTime.fromObject(wall, { zone });
  for (const minutes of CLOCK_CHANGES_MINUTES) {
    // Elapsed-time subtraction: if the wall clock showed the same time that much earlier, that is the
    // first occurrence of a repeated time.
    const earlier = resolved.minus({ minutes });
    if (
      earlier.year === wall.year &&
      earlier.month === wall.month &&
      earlier.day === wall.day &&
      earlier.hour === wall.hour &&
      earlier.minute === wall.minute
    )
      return earlier;
  }
  return resolved;
}
