import type { OnCallLoadRow, OnCallLoadView } from '@firebreak/shared';
import { DateTime, IANAZone } from 'luxon';
import { notificationSettingsOf } from '../notifications/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { getTeam, memberIdsOfTeams } from '../teams/index.ts';
import { getUsersByIds } from '../users/index.ts';
import { pagesReaching } from './store.ts';

const WEEK_MS = 7 * 86_400_000;

/** Nearest-rank percentile (p in 0..1) of sorted numbers; null when there are none. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Outside 09:00–18:00 Monday–Friday, local time. */
export const isOffHours = (t: DateTime) => t.weekday > 5 || t.hour < 9 || t.hour >= 18;
/** Between 22:00 and 07:00, local time. */
export const isSleepingHours = (t: DateTime) => t.hour >= 22 || t.hour < 7;

/**
 * On-call load per person over [from, to): pages that reached them (each page once, at its first
 * notification to them), how many of those came off hours or in sleeping hours in the person's time
 * zone (their notification settings' zone; UTC without one), and time to acknowledge for the pages
 * they acknowledged. `team`: only its members (otherwise everyone a page reached).
 */
export async function onCallLoad(ctx: Ctx, q: { from: string; to: string; team?: string }): Promise<OnCallLoadView> {
  requireRole(ctx, 'admin', 'responder');
  if (q.from >= q.to) throw new InputError('to: must be after from', { field: 'to' });
  if (new Date(q.to).getTime() - new Date(q.from).getTime() > 366 * 86_400_000)
    throw new InputError('to: at most a year after from', { field: 'to' });
  const tx = reader(ctx);
  let userIds: string[] | null = null;
  if (q.team) {
    const team = await getTeam(tx, q.team);
    if (!team) throw new InputError(`team: no team ${q.team}`, { field: 'team' }, 'unknown_team');
    userIds = (await memberIdsOfTeams(tx, [team.id])).map((m) => m.user_id);
  }
  const rows = userIds ? await pagesReaching(tx, userIds, q.from, q.to) : await pagesReaching(tx, null, q.from, q.to);
  const ids = userIds ?? [...new Set(rows.map((r) => r.user_id))];
  const users = await getUsersByIds(tx, ids);
  const zones = new Map((await notificationSettingsOf(tx, ids)).map((z) => [z.user_id, z.time_zone]));
  const weeks = (new Date(q.to).getTime() - new Date(q.from).getTime()) / WEEK_MS;
  const out: OnCallLoadRow[] = users.map((u) => {
    const zone = zones.get(u.id) && IANAZone.isValidZone(zones.get(u.id) as string) ? (zones.get(u.id) as string) : 'UTC';
    const mine = rows.filter((r) => r.user_id === u.id);
    const byWeek = new Map<string, { pages: number; offHours: number; sleepingHours: number }>();
    let offHours = 0;
    let sleepingHours = 0;
    const ack: number[] = [];
    for (const r of mine) {
      const at = DateTime.fromISO(String(r.first_at), { zone });
      const off = isOffHours(at);
      const sleeping = isSleepingHours(at);
      if (off) offHours++;
      if (sleeping) sleepingHours++;
      const week = at.startOf('week').toISODate() as string;
      const w = byWeek.get(week) ?? { pages: 0, offHours: 0, sleepingHours: 0 };
      w.pages++;
      if (off) w.offHours++;
      if (sleeping) w.sleepingHours++;
      byWeek.set(week, w);
      if (r.acked_by === u.id && r.acked_at) ack.push((new Date(r.acked_at).getTime() - new Date(String(r.first_at)).getTime()) / 1000);
    }
    ack.sort((a, b) => a - b);
    return {
      user: { id: u.id, name: u.name },
      timeZone: zone,
      pages: mine.length,
      pagesPerWeek: Math.round((mine.length / weeks) * 100) / 100,
      offHours,
      sleepingHours,
      acknowledged: ack.length,
      ackP50Seconds: percentile(ack, 0.5),
      ackP90Seconds: percentile(ack, 0.9),
      weeks: [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, w]) => ({ weekStart, ...w })),
    };
  });
  out.sort((a, b) => b.pages - a.pages || a.user.name.localeCompare(b.user.name));
  return { from: q.from, to: q.to, weeks: Math.round(weeks * 100) / 100, rows: out };
}
