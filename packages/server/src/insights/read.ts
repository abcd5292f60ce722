import {
  boundOf,
  csv,
  type DurationStats,
  durationStats,
  durationsOf,
  type FollowUpCounts,
  groupBy,
  INSIGHT_DEFINITIONS,
  type Insights,
  type InsightsQuery,
  isOpenActionStatus,
  isValidZone,
  periodOf,
  periodsBetween,
  stat,
} from '@firebreak/shared';
import type { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { getService } from '../services/index.ts';
import { settings } from '../severities/index.ts';
import { getTeam } from '../teams/index.ts';
import { followUpRows, followUpTeamRows, type InsightFilter, incidentRows, incidentServiceRows, retroRows } from './store.ts';

const DAY = 86_400_000;
/** The longest range one request may cover. */
export const MAX_RANGE_DAYS = 3 * 366;

type Query = z.output<typeof InsightsQuery>;

/** Insights over the incidents the caller may see, per INSIGHT_DEFINITIONS. */
export async function insights(ctx: Ctx, q: Query): Promise<Insights> {
  const tx = reader(ctx);
  const now = ctx.clock.now();
  const tz = q.tz ?? 'UTC';
  if (!isValidZone(tz)) throw new InputError(`tz: unknown time zone ${tz}`, { field: 'tz' });
  const to = q.to ? boundOf(q.to, tz, true) : now;
  const from = q.from ? boundOf(q.from, tz, false) : new Date(to.getTime() - 90 * DAY);
  if (from >= to) throw new InputError('from: must be before to', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
    throw new InputError(`to: at most ${MAX_RANGE_DAYS} days after from`, { field: 'to' });

  const severities = (await settings(tx)).severities;
  const f: InsightFilter = { from: from.toISOString(), to: to.toISOString() };
  const empty = emptyInsights(f, tz, q.period);
  const sevNames = csv(q.severity).map((s) => s.toLowerCase());
  if (sevNames.length) {
    f.severityIds = severities.filter((s) => sevNames.includes(s.name.toLowerCase()) || sevNames.includes(s.id)).map((s) => s.id);
    if (!f.severityIds.length) return empty;
  }
  if (q.service) {
    const svc = await getService(tx, q.service);
    if (!svc) return empty;
    f.serviceId = svc.id;
  }
  if (q.team) {
    const team = await getTeam(tx, q.team);
    if (!team) return empty;
    f.teamId = team.id;
  }

  const [incidents, services, followUps, followUpTeams, retros] = await Promise.all([
    incidentRows(tx, ctx.user, f),
    incidentServiceRows(tx, ctx.user, f),
    followUpRows(tx, ctx.user, f),
    followUpTeamRows(tx, ctx.user, f),
    retroRows(tx, ctx.user, f),
  ]);
  const severityName = new Map(severities.map((s) => [s.id, s.name]));
  const severityOrder = severities.map((s) => s.name);
  const servicesOf = groupBy(services, (s) => [s.incident_id]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const withDurations = incidents.map((i) => ({ ...i, d: durationsOf(i), period: periodOf(i.declared_at, q.period, tz) }));
  const keyed = (groups: Map<string, typeof withDurations>, label: (k: string) => string) =>
    [...groups].map(([key, list]) => ({ key, label: label(key), ...durationStats(list.map((i) => i.d)) }));

  const bySeverity = keyed(
    groupBy(withDurations, (i) => [i.severity_id]),
    (k) => severityName.get(k) ?? k,
  ).sort((a, b) => severityOrder.indexOf(a.label) - severityOrder.indexOf(b.label));
  const byService = keyed(
    groupBy(withDurations, (i) => (servicesOf.get(i.id) ?? []).map((s) => s.id)),
    (k) => serviceName.get(k) ?? k,
  ).sort((a, b) => b.incidents - a.incidents || a.label.localeCompare(b.label));
  const periods = periodsBetween(f.from, f.to, q.period, tz);
  const perPeriod = groupBy(withDurations, (i) => [i.period]);
  const byPeriod = periods.map((p) => ({ key: p, label: p, ...durationStats((perPeriod.get(p) ?? []).map((i) => i.d)) }));

  const counts = periods.map((p) => {
    const list = perPeriod.get(p) ?? [];
    const bySev: Record<string, number> = {};
    for (const i of list) {
      const name = severityName.get(i.severity_id) ?? i.severity_id;
      bySev[name] = (bySev[name] ?? 0) + 1;
    }
    return { period: p, total: list.length, bySeverity: bySev };
  });

  const nowIso = now.toISOString();
  const impactMinutes = (i: (typeof withDurations)[number]) => i.d.ttr ?? (i.resolved_at ? 0 : minutesSinceStart(i, nowIso));
  const topServices = [...groupBy(withDurations, (i) => (servicesOf.get(i.id) ?? []).map((s) => s.id))]
    .map(([id, list]) => ({
      id,
      name: serviceName.get(id) ?? id,
      incidents: list.length,
      impactMinutes: Math.round(list.reduce((sum, i) => sum + impactMinutes(i), 0)),
    }))
    .sort((a, b) => b.incidents - a.incidents || b.impactMinutes - a.impactMinutes || a.name.localeCompare(b.name))
    .slice(0, 10);

  const followUpById = new Map(followUps.map((a) => [a.id, a]));
  const countsOf = (list: readonly (typeof followUps)[number][]): FollowUpCounts => {
    const done = list.filter((a) => a.status === 'done').length;
    const dropped = list.filter((a) => a.status === 'wont_do').length;
    const open = list.filter((a) => isOpenActionStatus(a.status));
    const countable = list.length - dropped;
    return {
      total: list.length,
      done,
      open: open.length,
      overdue: open.filter((a) => a.due_at !== null && a.due_at < nowIso).length,
      dropped,
      completionRate: countable ? Math.round((done / countable) * 1000) / 1000 : null,
    };
  };
  const teamName = new Map(followUpTeams.map((t) => [t.id, t.name]));
  const teamsOf = groupBy(followUpTeams, (t) => [t.action_id]);
  const byTeam = [...groupBy(followUps, (a) => (teamsOf.get(a.id) ?? []).map((t) => t.id))]
    .map(([key, list]) => ({ key, label: teamName.get(key) ?? key, ...countsOf(list) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const byOwner = [...groupBy(followUps, (a) => [a.owner_id ?? ''])]
    .map(([key, list]) => ({ key: key || 'unowned', label: followUpById.get(list[0].id)?.owner_name ?? 'No owner', ...countsOf(list) }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.label.localeCompare(b.label));

  const published = retros.filter((r) => r.first_published_at);
  const hours = published
    .map((r) => (Date.parse(r.first_published_at as string) - Date.parse(r.resolved_at as string)) / 3_600_000)
    .filter((h) => h >= 0);

  return {
    ...empty,
    durations: { overall: durationStats(withDurations.map((i) => i.d)), bySeverity, byService, byPeriod },
    counts,
    topServices,
    followUps: { ...countsOf(followUps), byTeam, byOwner },
    retros: {
      required: retros.length,
      published: published.length,
      completionRate: retros.length ? Math.round((published.length / retros.length) * 1000) / 1000 : null,
      hoursToPublish: stat(hours),
    },
  };
}

function minutesSinceStart(i: { impact_started_at: string | null; detected_at: string | null; declared_at: string }, now: string) {
  const start = i.impact_started_at ?? i.detected_at ?? i.declared_at;
  return Math.max(0, (Date.parse(now) - Date.parse(start)) / 60_000);
}

const noStats = (): DurationStats => durationStats([]);

function emptyInsights(f: InsightFilter, tz: string, period: Query['period']): Insights {
  const periods = periodsBetween(f.from, f.to, period, tz);
  return {
    range: { from: f.from, to: f.to, tz, period },
    definitions: { ...INSIGHT_DEFINITIONS },
    durations: {
      overall: noStats(),
      bySeverity: [],
      byService: [],
      byPeriod: periods.map((p) => ({ key: p, label: p, ...noStats() })),
    },
    counts: periods.map((p) => ({ period: p, total: 0, bySeverity: {} })),
    topServices: [],
    followUps: { total: 0, done: 0, open: 0, overdue: 0, dropped: 0, completionRate: null, byTeam: [], byOwner: [] },
    retros: { required: 0, published: 0, completionRate: null, hoursToPublish: stat([]) },
  };
}
