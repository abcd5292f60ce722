import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * On-call schedules (issue 13): what a schedule is. The engine in `engine.ts` turns one into spans
 * of who is on call; docs/oncall.md "Schedule semantics" describes the rules in plain words.
 */

/** Weekdays as Luxon numbers them: 1 = Monday … 7 = Sunday. */
export const ONCALL_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const ROTATION_UNITS = ['hours', 'days', 'weeks'] as const;
export type RotationUnit = (typeof ROTATION_UNITS)[number];
/** Longest shift a rotation may have, per unit (a year). */
export const MAX_SHIFT_LENGTH: Record<RotationUnit, number> = { hours: 24 * 366, days: 366, weeks: 52 };
export const MAX_SCHEDULE_LAYERS = 10;
export const MAX_LAYER_PARTICIPANTS = 100;
export const MAX_SCHEDULE_OVERRIDES = 1000;

const UserId = z.string().trim().min(1, 'A user id must not be empty').max(100);
/** Local wall time "HH:MM" (00:00–23:59). */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour local time like "09:00"')
  .describe('Local wall time, HH:MM');
/** Like LocalTime, but "24:00" (end of day) is allowed: a window's end. */
const LocalEndTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a 24-hour local time like "17:00" (or "24:00" for midnight)')
  .describe('Local wall time, HH:MM; 24:00 is the end of the day');

export const TimeZoneName = z
  .string()
  .trim()
  .min(1, 'A time zone is required')
  .refine((tz) => IANAZone.isValidZone(tz), {
    error: (issue) => `Unknown time zone "${String(issue.input)}": use an IANA name like "Europe/London"`,
  })
  .describe('IANA time zone, e.g. Europe/London');

const Instant = z.iso
  .datetime({ offset: true, error: 'Use an ISO-8601 time with an offset, like "2026-03-08T09:00:00-06:00"' })
  .describe('ISO-8601 time with offset');

export const RotationSchema = z
  .strictObject({
    unit: z.enum(ROTATION_UNITS, { error: 'Shift length unit must be hours, days or weeks' }),
    length: z.number({ error: 'Shift length must be a number' }).int('Shift length must be a whole number'),
  })
  .superRefine((r, ctx) => {
    if (r.length < 1)
      ctx.addIssue({
        code: 'custom',
        path: ['length'],
        message: `Shift length must be at least 1 ${r.unit.replace(/s$/, '')}: a zero-length shift would hand off forever`,
      });
    else if (r.length > MAX_SHIFT_LENGTH[r.unit])
      ctx.addIssue({
        code: 'custom',
        path: ['length'],
        message: `Shift length must be at most ${MAX_SHIFT_LENGTH[r.unit]} ${r.unit}`,
      });
  });

/**
 * A weekly window in the schedule's local time during which a layer is active. `end <= start` means
 * the window runs past midnight into the next day (e.g. 22:00–06:00); `end === start` is an error.
 */
export const RestrictionSchema = z
  .strictObject({
    days: z
      .array(z.number().int().min(1).max(7), { error: 'days are weekday numbers, 1 = Monday … 7 = Sunday' })
      .min(1, 'A restriction needs at least one weekday (1 = Monday … 7 = Sunday)')
      .max(7),
    start: LocalTime,
    end: LocalEndTime,
  })
  .refine((r) => r.start !== r.end, {
    error: 'A restriction window must not be empty: start and end are the same time',
    path: ['end'],
  });

export const LayerSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  participants: z
    .array(UserId)
    .min(1, 'A layer needs at least one participant: a schedule with nobody in it pages nobody')
    .max(MAX_LAYER_PARTICIPANTS),
  rotation: RotationSchema,
  handoffTime: LocalTime.describe('Local wall time at which shifts change hands, HH:MM'),
  startDate: z.iso.date('Use a start date like "2026-03-02"').describe('Local date of the first handoff'),
  restrictions: z.array(RestrictionSchema).max(50).default([]),
});

export const OverrideSchema = z
  .strictObject({
    id: z.string().trim().min(1).max(100).optional(),
    userId: UserId,
    start: Instant,
    end: Instant,
    replacesUserId: UserId.optional().describe('Only take over while this user would be on call'),
  })
  .superRefine((o, ctx) => {
    const s = Date.parse(o.start);
    const e = Date.parse(o.end);
    if (e < s) ctx.addIssue({ code: 'custom', path: ['end'], message: 'An override must end after it starts (end is before start)' });
    else if (e === s) ctx.addIssue({ code: 'custom', path: ['end'], message: 'An override must not be empty (end equals start)' });
  });

/** Two overrides may overlap only when each replaces a different, named user: then at most one applies. */
function overridesClash(a: z.infer<typeof OverrideSchema>, b: z.infer<typeof OverrideSchema>): boolean {
  const overlap = Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
  if (!overlap) return false;
  return !(a.replacesUserId && b.replacesUserId && a.replacesUserId !== b.replacesUserId);
}

export const ScheduleSchema = z
  .strictObject({
    timeZone: TimeZoneName,
    layers: z
      .array(LayerSchema)
      .min(1, 'A schedule needs at least one layer with participants: a schedule with nobody in it pages nobody')
      .max(MAX_SCHEDULE_LAYERS)
      .describe('Lowest first: a later layer overrides the ones before it'),
    overrides: z.array(OverrideSchema).max(MAX_SCHEDULE_OVERRIDES).default([]),
  })
  .superRefine((s, ctx) => {
    const sorted = s.overrides
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => Date.parse(o.start) < Date.parse(o.end))
      .sort((x, y) => Date.parse(x.o.start) - Date.parse(y.o.start));
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length && Date.parse(sorted[b].o.start) < Date.parse(sorted[a].o.end); b++) {
        if (!overridesClash(sorted[a].o, sorted[b].o)) continue;
        const [first, second] = [sorted[a], sorted[b]].sort((x, y) => x.i - y.i);
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', second.i],
          message: `Override ${second.i + 1} (${second.o.userId}, ${second.o.start} – ${second.o.end}) overlaps override ${first.i + 1} (${first.o.userId}, ${first.o.start} – ${first.o.end}); remove one or make them not overlap`,
        });
      }
    }
  });

export type ScheduleRotation = z.infer<typeof RotationSchema>;
export type ScheduleRestriction = z.infer<typeof RestrictionSchema>;
export type ScheduleLayer = z.infer<typeof LayerSchema>;
export type ScheduleOverride = z.infer<typeof OverrideSchema>;
/** A validated schedule (restrictions and overrides defaulted). */
export type OnCallSchedule = z.infer<typeof ScheduleSchema>;
/** What callers may pass in (restrictions and overrides optional). */
export type OnCallScheduleInput = z.input<typeof ScheduleSchema>;

/** Plain-language problems with a schedule ("layers.0.participants: A layer needs …"), or [] when valid. */
export function scheduleProblems(input: unknown): string[] {
  const r = ScheduleSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}
