import { z } from 'zod';

/** Insights across incidents (issue 14): the query and the figures it answers with. */

const isoTime = z.iso.datetime({ offset: true }).describe('ISO-8601 time');
/** A time, or a whole day (`2026-11-30`) in the query's time zone. */
const timeOrDay = z.union([isoTime, z.iso.date()]);

export const INSIGHT_PERIODS = ['week', 'month'] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export const InsightsQuery = z.object({
  from: timeOrDay
    .optional()
    .describe('Incidents declared at or after this time, or from the start of this day in `tz` (default: 90 days ago)'),
  to: timeOrDay.optional().describe('Incidents declared before this time, or up to the end of this day in `tz` (default: now)'),
  severity: z.string().max(200).optional().describe('Comma-separated severity names or ids'),
  service: z.string().max(100).optional().describe('Service name or id'),
  team: z.string().max(100).optional().describe('Team name or id: incidents on services it owns'),
  period: z.enum(INSIGHT_PERIODS).default('month').describe('Bucket of the counts over time and of durations by period'),
  tz: z.string().max(64).optional().describe('IANA time zone for weeks and months (default UTC)'),
});
export type InsightsQueryInput = z.input<typeof InsightsQuery>;

/** How many figures there were, and their median and 90th percentile, in minutes; null without figures. */
export const StatSchema = z.object({ n: z.number().int(), p50: z.number().nullable(), p90: z.number().nullable() });
export type Stat = z.infer<typeof StatSchema>;

export const DurationStatsSchema = z.object({
  incidents: z.number().int(),
  mttd: StatSchema,
  mtta: StatSchema,
  mttm: StatSchema,
  mttr: StatSchema,
});
export type DurationStats = z.infer<typeof DurationStatsSchema>;

const Keyed = DurationStatsSchema.extend({ key: z.string(), label: z.string() });

const FollowUpCounts = z.object({
  total: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  dropped: z.number().int(),
  /** done / (total − dropped); null when nothing is countable. */
  completionRate: z.number().nullable(),
});
export type FollowUpCounts = z.infer<typeof FollowUpCounts>;

export const InsightsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), tz: z.string(), period: z.enum(INSIGHT_PERIODS) }),
  definitions: z.record(z.string(), z.string()),
  durations: z.object({
    overall: DurationStatsSchema,
    bySeverity: z.array(Keyed),
    byService: z.array(Keyed),
    byPeriod: z.array(Keyed),
  }),
  counts: z.array(z.object({ period: z.string(), total: z.number().int(), bySeverity: z.record(z.string(), z.number().int()) })),
  topServices: z.array(z.object({ id: z.string(), name: z.string(), incidents: z.number().int(), impactMinutes: z.number() })),
  followUps: FollowUpCounts.extend({
    byTeam: z.array(FollowUpCounts.extend({ key: z.string(), label: z.string() })),
    byOwner: z.array(FollowUpCounts.extend({ key: z.string(), label: z.string() })),
  }),
  retros: z.object({
    required: z.number().int(),
    published: z.number().int(),
    completionRate: z.number().nullable(),
    /** From resolution to first publication, in hours. */
    hoursToPublish: StatSchema,
  }),
});
export type Insights = z.infer<typeof InsightsSchema>;

export const INSIGHT_TABLES = ['durations', 'counts', 'services', 'follow-ups', 'retros'] as const;
export const InsightsCsvQuery = InsightsQuery.extend({
  table: z.enum(INSIGHT_TABLES).default('durations').describe('Which table to export'),
});
