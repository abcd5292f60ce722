import { DateTime } from 'luxon';
import type { DurationStats, InsightPeriod, Stat } from './schemas.ts';

/**
 * The definitions every insight uses, shown on the page beside the figures. Times come from the
 * incident's milestones; people may back-date impact start, detection, acknowledgement, identification
 * and mitigation when they know better than the clock.
 */
export const INSIGHT_DEFINITIONS = {
  start: 'Impact start if known, else detection, else declaration.',
  mttd: 'Time to detect: from impact start to detection (detection defaults to declaration). Only incidents with a known impact start.',
  mtta: 'Time to acknowledge: from detection (or declaration) to the first acknowledgement (first move out of triage, or set by hand).',
  mttm: 'Time to mitigate: from start to mitigation (the first move to monitoring, or set by hand).',
  mttr: 'Time to resolve: from start to resolution.',
  impact: 'A service’s impact: from start to resolution of its incidents, or until now while unresolved.',
  percentiles:
    'p50 is the median and p90 the 90th percentile, linear between the nearest ranks (like percentile_cont); durations in minutes.',
  negative: 'A duration below zero (a back-dated milestone after the next one) is left out.',
  followUps:
    'Follow-ups (not drafts) on the incidents in range; overdue = open or in progress past its due date; completion = done ÷ (all − won’t do). A team’s follow-ups are those its members own or on services it owns.',
  retros: 'Retrospectives required for the incidents in range; time to publish is from resolution to first publication, in hours.',
} as const;

/** The milestones an incident's durations are computed from. */
export type MilestoneTimes = {
  declared_at: string;
  impact_started_at: string | null;
  detected_at: string | null;
  acknowledged_at: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
};

export type Durations = { ttd: number | null; tta: number | null; ttm: number | null; ttr: number | null };

const minutesBetween = (from: string | null, to: string | null): number | null => {
  if (!from || !to) return null;
  const m = (Date.parse(to) - Date.parse(from)) / 60_000;
  return m >= 0 ? m : null;
};

/** One incident's durations in minutes, per INSIGHT_DEFINITIONS; null when unknown or negative. */
export function durationsOf(i: MilestoneTimes): Durations {
  const detected = i.detected_at ?? i.declared_at;
  const start = i.impact_started_at ?? detected;
  return {
    ttd: i.impact_started_at ? minutesBetween(i.impact_started_at, detected) : null,
    tta: minutesBetween(detected, i.acknowledged_at),
    ttm: minutesBetween(start, i.mitigated_at),
    ttr: minutesBetween(start, i.resolved_at),
  };
}

/** The p-th percentile (0–1) with linear interpolation between closest ranks; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function stat(values: readonly number[]): Stat {
  return { n: values.length, p50: round1(percentile(values, 0.5)), p90: round1(percentile(values, 0.9)) };
}

/** p50/p90 of each duration over a set of incidents. */
export function durationStats(all: readonly Durations[]): DurationStats {
  const of = (k: keyof Durations) => stat(all.map((d) => d[k]).filter((v): v is number => v !== null));
  return { incidents: all.length, mttd: of('ttd'), mtta: of('tta'), mttm: of('ttm'), mttr: of('ttr') };
}

/** The week (ISO, Monday first) or month an instant falls in, in a time zone: `2026-W09` or `2026-03`. */
export function periodOf(iso: string, period: InsightPeriod, tz: string): string {
  const t = DateTime.fromISO(iso, { zone: tz });
  return period === 'month' ? t.toFormat('yyyy-MM') : t.toFormat("kkkk-'W'WW");
}

/** Every period from `from` to `to` (exclusive), so a chart shows empty weeks and months as zero. */
export function periodsBetween(from: string, to: string, period: InsightPeriod, tz: string): string[] {
  const out: string[] = [];
  const end = DateTime.fromISO(to, { zone: tz });
  let t = DateTime.fromISO(from, { zone: tz }).startOf(period === 'month' ? 'month' : 'week');
  while (t < end && out.length < 1_000) {
    out.push(periodOf(t.toISO() as string, period, tz));
    t = t.plus(period === 'month' ? { months: 1 } : { weeks: 1 });
  }
  return out;
}

/** Groups items by one or more keys each (an incident on two services counts for both). */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

/**
 * A range bound as an instant: an ISO time as it is, a day (`2026-11-30`) as its start in `tz`, or,
 * for the end of a range (`to`, exclusive), as the start of the next day, so the day is included.
 */
export function boundOf(value: string, tz: string, end: boolean): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  const day = DateTime.fromISO(value, { zone: tz }).startOf('day');
  return (end ? day.plus({ days: 1 }) : day).toJSDate();
}

export function isValidZone(tz: string): boolean {
  return DateTime.local().setZone(tz).isValid;
}
