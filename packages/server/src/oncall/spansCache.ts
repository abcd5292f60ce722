import { finalSchedule, gapMessage, type OnCallSpan } from '@firebreak/shared';
import { engineSchedule, type Schedule } from './schedules.ts';
import type { OverrideRow } from './store.ts';

/**
 * "Who is on call now" asks the engine about the same schedules over and over (every page, every
 * GET /oncall, every escalation step). Its answers for a window depend only on the schedule's zone,
 * layers and overrides, so they are kept here keyed by exactly that content (no invalidation: a
 * changed schedule or override is a different key, in every process of a fleet) for a window of
 * whole UTC days around the instant asked about: two weeks before the day to two weeks after it.
 */

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 14;
const MAX_ENTRIES = 5000;
const cache = new Map<string, OnCallSpan[]>();

/** The window (whole UTC days) the cached answers for `at` cover; load overrides for exactly this. */
export function windowAround(at: Date): [Date, Date] {
  const day = Math.floor(at.getTime() / DAY_MS) * DAY_MS;
  return [new Date(day - WINDOW_DAYS * DAY_MS), new Date(day + (WINDOW_DAYS + 1) * DAY_MS)];
}

/** The final spans of the schedule over `windowAround(at)`, from the cache when the content is the same. */
export function finalAround(s: Schedule, overrides: OverrideRow[], at: Date): OnCallSpan[] {
  const [from, to] = windowAround(at);
  const key = JSON.stringify([
    s.timeZone,
    s.layers,
    overrides.map((o) => [o.user_id, o.replaces_user_id, o.start_at, o.end_at]),
    from.getTime(),
  ]);
  const hit = cache.get(key);
  if (hit) return hit;
  const spans = finalSchedule(engineSchedule(s, overrides), from, to).final;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, spans);
  return spans;
}

/** Stretches of [from, to) (inside the window) with nobody on call, from final spans. */
export function gapsIn(final: OnCallSpan[], from: Date, to: Date, zone: string) {
  const f = from.getTime();
  const t = to.getTime();
  const out: { start: string; end: string; message: string }[] = [];
  let cursor = f;
  for (const span of final) {
    const st = Math.max(span.start.getTime(), f);
    const en = Math.min(span.end.getTime(), t);
    if (en <= f || st >= t) continue;
    if (st > cursor)
      out.push({ start: new Date(cursor).toISOString(), end: new Date(st).toISOString(), message: gapMessage(cursor, st, zone) });
    cursor = Math.max(cursor, en);
  }
  if (cursor < t) out.push({ start: new Date(cursor).toISOString(), end: new Date(t).toISOString(), message: gapMessage(cursor, t, zone) });
  return out;
}
