import { z } from 'zod';
import { abilitiesSchema, UserBriefSchema } from '../views.ts';
import { LayerSchema, MAX_SCHEDULE_LAYERS, TimeZoneName } from './schemas.ts';

/**
 * The on-call schedules API (issue 13): request and response shapes of `/api/v1/schedules…`,
 * `/api/v1/oncall`, `/api/v1/me/oncall`, the calendar feeds and handovers. The server validates and
 * serialises with these, the web app and the CLI use the same types. Layers are the engine's
 * `LayerSchema`; in requests a participant may be named by id or e-mail, in responses it is the user
 * id (the schedule's `people` has their names).
 */

const Line = (max = 200) => z.string().trim().min(1).max(max);
const Instant = z.iso
  .datetime({ offset: true, error: 'Use an ISO-8601 time with an offset, like "2026-03-08T09:00:00-06:00"' })
  .describe('ISO-8601 time with offset');

// ---- requests ----
export const ScheduleLayers = z
  .array(LayerSchema)
  .min(1, 'A schedule needs at least one layer with participants: a schedule with nobody in it pages nobody')
  .max(MAX_SCHEDULE_LAYERS)
  .describe('Lowest first: a later layer overrides the ones before it');

export const CreateScheduleBody = z.strictObject({
  name: Line(100),
  description: z.string().max(5_000).default(''),
  team: Line(100).nullable().optional().describe('Team id or name; its members (and admins) manage the schedule'),
  timeZone: TimeZoneName,
  layers: ScheduleLayers,
});
export type CreateScheduleInput = z.input<typeof CreateScheduleBody>;
export const UpdateScheduleBody = z.strictObject({
  name: Line(100).optional(),
  description: z.string().max(5_000).optional(),
  team: Line(100).nullable().optional(),
  timeZone: TimeZoneName.optional(),
  layers: ScheduleLayers.optional(),
});
export type UpdateScheduleInput = z.input<typeof UpdateScheduleBody>;

export const ScheduleParams = z.object({ schedule: z.string().min(1).max(100).describe('Schedule id or name') });
export const OverrideParams = ScheduleParams.extend({ override: z.string().min(1).max(100) });
export const HandoverParams = z.object({ handover: z.string().min(1).max(100) });

export const OnCallAtQuery = z.object({ at: Instant.optional().describe('Defaults to now') });
export const ShiftsQuery = z.object({ from: Instant, to: Instant.describe('At most 366 days after from') });
export const OverrideListQuery = z.object({
  from: Instant.optional().describe('Overrides ending after this (default: now)'),
  to: Instant.optional().describe('Overrides starting before this'),
});

export const CreateOverrideBody = z
  .strictObject({
    user: Line(320).describe('Who takes the shift: user id or e-mail'),
    start: Instant,
    end: Instant,
    replaces: Line(320).optional().describe('Only while this person would be on call ("take this shift"); id or e-mail'),
    note: z.string().max(2_000).default(''),
  })
  .superRefine((o, ctx) => {
    const s = Date.parse(o.start);
    const e = Date.parse(o.end);
    if (e < s) ctx.addIssue({ code: 'custom', path: ['end'], message: 'An override must end after it starts (end is before start)' });
    else if (e === s) ctx.addIssue({ code: 'custom', path: ['end'], message: 'An override must not be empty (end equals start)' });
  });
export type CreateOverrideInput = z.input<typeof CreateOverrideBody>;

export const HandoverNotesBody = z.strictObject({ notes: z.string().max(20_000) });
export const HandoverListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

// ---- responses ----
export const SCHEDULE_ABILITIES = ['update', 'delete', 'override', 'feed'] as const;
export const HANDOVER_ABILITIES = ['edit', 'acknowledge'] as const;

const SpanLayer = z.union([z.number().int(), z.literal('override')]).describe("Index into layers, or 'override'");
/** One stretch of time with one person on call (half-open [start, end), ISO-8601 UTC). */
export const OnCallSpanSchema = z.object({
  start: z.string(),
  end: z.string(),
  userId: z.string(),
  layer: SpanLayer,
  overrideId: z.string().nullable().describe('The override this span comes from, if any'),
});
export type OnCallSpanView = z.infer<typeof OnCallSpanSchema>;

export const CoverageGapSchema = z.object({
  start: z.string(),
  end: z.string(),
  message: z.string().describe('e.g. "nobody on call Sat 7 Mar 02:00–09:00 (Europe/London)"'),
});
export type CoverageGapView = z.infer<typeof CoverageGapSchema>;

const ScheduleBriefSchema = z.object({ id: z.string(), name: z.string(), timeZone: z.string() });

export const ScheduleViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  timeZone: z.string(),
  layers: z.array(
    z.object({
      name: z.string().optional(),
      participants: z.array(z.string()),
      rotation: z.object({ unit: z.enum(['hours', 'days', 'weeks']), length: z.number().int() }),
      handoffTime: z.string(),
      startDate: z.string(),
      restrictions: z.array(z.object({ days: z.array(z.number().int()), start: z.string(), end: z.string() })),
    }),
  ),
  people: z.array(UserBriefSchema).describe('Everyone the layers, current and next spans name'),
  current: OnCallSpanSchema.nullable().describe('Who is on call now'),
  next: OnCallSpanSchema.nullable().describe('The next span after the current one'),
  gaps: z.array(CoverageGapSchema).describe('Nobody on call in the next 14 days: shown as warnings'),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesSchema(SCHEDULE_ABILITIES),
});
export type ScheduleView = z.infer<typeof ScheduleViewSchema>;

export const OnCallNowSchema = z.object({
  schedule: ScheduleBriefSchema,
  at: z.string(),
  current: OnCallSpanSchema.nullable(),
  next: OnCallSpanSchema.nullable(),
  people: z.array(UserBriefSchema),
});
export type OnCallNowView = z.infer<typeof OnCallNowSchema>;

export const ShiftsSchema = z.object({
  schedule: ScheduleBriefSchema,
  from: z.string(),
  to: z.string(),
  layers: z.array(z.object({ index: z.number().int(), name: z.string().nullable(), spans: z.array(OnCallSpanSchema) })),
  final: z.array(OnCallSpanSchema).describe('Who is actually on call; override spans have layer "override"'),
  gaps: z.array(CoverageGapSchema),
  people: z.array(UserBriefSchema),
});
export type ShiftsView = z.infer<typeof ShiftsSchema>;

export const OverrideViewSchema = z.object({
  id: z.string(),
  scheduleId: z.string(),
  user: UserBriefSchema,
  replaces: UserBriefSchema.nullable(),
  start: z.string(),
  end: z.string(),
  note: z.string(),
  createdBy: UserBriefSchema.nullable(),
  createdAt: z.string(),
});
export type OverrideView = z.infer<typeof OverrideViewSchema>;

export const MyOnCallSchema = z.object({
  current: z.array(z.object({ schedule: ScheduleBriefSchema, span: OnCallSpanSchema })).describe('Schedules I am on call for now'),
  next: z
    .array(z.object({ schedule: ScheduleBriefSchema, span: OnCallSpanSchema }))
    .describe('My next shifts across schedules, soonest first (current ones included)'),
});
export type MyOnCallView = z.infer<typeof MyOnCallSchema>;

export const CalendarFeedSchema = z.object({
  url: z.string().describe('The secret feed URL: shown once, keep it private'),
  createdAt: z.string(),
});
export type CalendarFeedView = z.infer<typeof CalendarFeedSchema>;

export const HandoverSummarySchema = z.object({
  incidents: z.array(z.object({ id: z.string(), ref: z.string(), title: z.string(), status: z.string() })),
  alerts: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), service: z.string().nullable() })),
  pages: z.array(z.object({ id: z.string(), title: z.string(), at: z.string(), status: z.string() })),
  pagesAvailable: z.boolean().describe('false until paging is installed: the pages list is then always empty'),
});
export type HandoverSummary = z.infer<typeof HandoverSummarySchema>;

export const HandoverSchema = z.object({
  id: z.string(),
  schedule: ScheduleBriefSchema,
  changedAt: z.string().describe('When the shift changed hands'),
  shiftStart: z.string().describe("When the outgoing person's shift began"),
  outgoing: UserBriefSchema.nullable(),
  incoming: UserBriefSchema.nullable(),
  summary: HandoverSummarySchema,
  notes: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: UserBriefSchema.nullable(),
  abilities: abilitiesSchema(HANDOVER_ABILITIES),
});
export type HandoverView = z.infer<typeof HandoverSchema>;
