import type { DurationStats, FollowUpCounts, INSIGHT_TABLES, Insights } from '@firebreak/shared';
import { csvText } from '../platform/csv.ts';

type Table = (typeof INSIGHT_TABLES)[number];

const durationHeader = [
  'group',
  'key',
  'incidents',
  ...['mttd', 'mtta', 'mttm', 'mttr'].flatMap((m) => [`${m}_n`, `${m}_p50_min`, `${m}_p90_min`]),
];
const durationCells = (s: DurationStats) => [s.mttd, s.mtta, s.mttm, s.mttr].flatMap((x) => [x.n, x.p50, x.p90]) as (number | null)[];
const followUpHeader = ['group', 'key', 'total', 'done', 'open', 'overdue', 'wont_do', 'completion_rate'];
const followUpCells = (c: FollowUpCounts) => [c.total, c.done, c.open, c.overdue, c.dropped, c.completionRate];

/** One table of the insights as CSV, with the same figures the page shows. */
export function insightsCsv(i: Insights, table: Table): string {
  switch (table) {
    case 'durations':
      return csvText([
        durationHeader,
        ['all', '', i.durations.overall.incidents, ...durationCells(i.durations.overall)],
        ...i.durations.bySeverity.map((s) => ['severity', s.label, s.incidents, ...durationCells(s)]),
        ...i.durations.byService.map((s) => ['service', s.label, s.incidents, ...durationCells(s)]),
        ...i.durations.byPeriod.map((s) => [i.range.period, s.label, s.incidents, ...durationCells(s)]),
      ]);
    case 'counts': {
      const severities = [...new Set(i.counts.flatMap((c) => Object.keys(c.bySeverity)))];
      return csvText([
        [i.range.period, 'total', ...severities],
        ...i.counts.map((c) => [c.period, c.total, ...severities.map((s) => c.bySeverity[s] ?? 0)]),
      ]);
    }
    case 'services':
      return csvText([['service', 'incidents', 'impact_minutes'], ...i.topServices.map((s) => [s.name, s.incidents, s.impactMinutes])]);
    case 'follow-ups':
      return csvText([
        followUpHeader,
        ['all', '', ...followUpCells(i.followUps)],
        ...i.followUps.byTeam.map((t) => ['team', t.label, ...followUpCells(t)]),
        ...i.followUps.byOwner.map((o) => ['owner', o.label, ...followUpCells(o)]),
      ]);
    case 'retros':
      return csvText([
        ['required', 'published', 'completion_rate', 'hours_to_publish_n', 'hours_to_publish_p50', 'hours_to_publish_p90'],
        [
          i.retros.required,
          i.retros.published,
          i.retros.completionRate,
          i.retros.hoursToPublish.n,
          i.retros.hoursToPublish.p50,
          i.retros.hoursToPublish.p90,
        ],
      ]);
  }
}
