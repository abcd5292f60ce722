import {
  abilitiesFrom,
  finalSchedule,
  gaps,
  type OnCallSpan,
  type OnCallSpanView,
  type OverrideView,
  SCHEDULE_ABILITIES,
  type ScheduleView,
  type UserBrief,
} from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';
import { briefs } from './people.ts';
import { canManage } from './policy.ts';
import { engineSchedule, overridesFor, type Schedule } from './schedules.ts';
import { type OverrideRow, teamById } from './store.ts';

const DAY_MS = 86_400_000;
/** How far ahead a schedule's gap warnings look. */
export const GAP_HORIZON_DAYS = 14;

/** The API form of an engine span; override spans name the override they come from. */
export function spanView(span: OnCallSpan, overrides: OverrideRow[]): OnCallSpanView {
  const start = span.start.toISOString();
  const from =
    span.layer === 'override' ? overrides.find((o) => o.user_id === span.userId && o.start_at <= start && start < o.end_at) : undefined;
  return { start, end: span.end.toISOString(), userId: span.userId, layer: span.layer, overrideId: from?.id ?? null };
}

/** Who is on call at `at` and the span after it, looking two weeks each way. */
export function currentAndNext(
  s: Schedule,
  overrides: OverrideRow[],
  at: Date,
): { current: OnCallSpanView | null; next: OnCallSpanView | null } {
  const ms = at.getTime();
  const { final } = finalSchedule(
    engineSchedule(s, overrides),
    new Date(ms - GAP_HORIZON_DAYS * DAY_MS),
    new Date(ms + GAP_HORIZON_DAYS * DAY_MS),
  );
  const i = final.findIndex((x) => x.start.getTime() <= ms && ms < x.end.getTime());
  const current = i >= 0 ? final[i] : null;
  const next = i >= 0 ? (final[i + 1] ?? null) : (final.find((x) => x.start.getTime() > ms) ?? null);
  return { current: current && spanView(current, overrides), next: next && spanView(next, overrides) };
}

/** Overrides that can matter for "now" and the next two weeks. */
export const aroundNow = (now: Date) =>
  [new Date(now.getTime() - GAP_HORIZON_DAYS * DAY_MS), new Date(now.getTime() + GAP_HORIZON_DAYS * DAY_MS)] as const;

/** Schedules with who is on call now and next, the next two weeks' gaps, names of everyone named, and what the caller may do. */
export async function presentSchedules(tx: Tx, user: Actor, list: Schedule[], now: Date): Promise<ScheduleView[]> {
  const [from, to] = aroundNow(now);
  const overrides = await overridesFor(
    tx,
    list.map((s) => s.id),
    from,
    to,
  );
  const teams = new Map(
    (await teamById(tx, [...new Set(list.map((s) => s.teamId).filter((x): x is string => !!x))])).map((t) => [t.id, t]),
  );
  const partial = list.map((s) => {
    const ov = overrides.get(s.id) ?? [];
    const { current, next } = currentAndNext(s, ov, now);
    const warnings = gaps(engineSchedule(s, ov), now, to).map((g) => ({
      start: g.start.toISOString(),
      end: g.end.toISOString(),
      message: g.message,
    }));
    return { s, current, next, warnings };
  });
  const people = await briefs(
    tx,
    partial.flatMap(({ s, current, next }) => [...s.layers.flatMap((l) => l.participants), current?.userId, next?.userId]),
  );
  const out: ScheduleView[] = [];
  const manageByTeam = new Map<string | null, boolean>();
  for (const { s, current, next, warnings } of partial) {
    if (!manageByTeam.has(s.teamId)) manageByTeam.set(s.teamId, await canManage(tx, user, s.teamId));
    const manage = manageByTeam.get(s.teamId) ?? false;
    const named = new Set([...s.layers.flatMap((l) => l.participants), current?.userId, next?.userId].filter((x): x is string => !!x));
    const team = s.teamId ? teams.get(s.teamId) : undefined;
    out.push({
      id: s.id,
      name: s.name,
      description: s.description,
      team: team ? { id: team.id, name: team.name } : null,
      timeZone: s.timeZone,
      layers: s.layers,
      people: [...named].map((id) => people.get(id)).filter((p): p is UserBrief => !!p),
      current,
      next,
      gaps: warnings,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      abilities: abilitiesFrom(SCHEDULE_ABILITIES, () => manage),
    });
  }
  return out;
}

/** Overrides with the people they name. */
export async function presentOverrides(tx: Tx, rows: OverrideRow[]): Promise<OverrideView[]> {
  const people = await briefs(
    tx,
    rows.flatMap((o) => [o.user_id, o.replaces_user_id, o.created_by]),
  );
  const unknown = (id: string): UserBrief => ({ id, name: '(removed user)', email: '' });
  return rows.map((o) => ({
    id: o.id,
    scheduleId: o.schedule_id,
    user: people.get(o.user_id) ?? unknown(o.user_id),
    replaces: o.replaces_user_id ? (people.get(o.replaces_user_id) ?? unknown(o.replaces_user_id)) : null,
    start: o.start_at,
    end: o.end_at,
    note: o.note,
    createdBy: o.created_by ? (people.get(o.created_by) ?? null) : null,
    createdAt: o.created_at,
  }));
}
