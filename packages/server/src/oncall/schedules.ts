import {
  finalSchedule,
  type OnCallSchedule,
  type OnCallSpan,
  type ScheduleLayer,
  type ScheduleOverride,
  whoIsOnCall,
} from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { allSchedules, type OverrideRow, overridesOverlapping, type ScheduleRow, scheduleByIdOrName } from './store.ts';

/**
 * Schedules as the rest of the server sees them: rows turned into the engine's shape. Overrides are
 * loaded only for the range a question is about (a schedule collects them for years).
 */

const DAY_MS = 86_400_000;
/** How far around an instant "who is on call" looks (the engine's window). */
const WINDOW_MS = 14 * DAY_MS;

export type Schedule = {
  id: string;
  name: string;
  description: string;
  teamId: string | null;
  timeZone: string;
  /** Lowest first, participants as user ids. */
  layers: ScheduleLayer[];
  createdAt: string;
  updatedAt: string;
};

export const toSchedule = (row: ScheduleRow): Schedule => ({
  id: row.id,
  name: row.name,
  description: row.description,
  teamId: row.team_id,
  timeZone: row.time_zone,
  layers: JSON.parse(row.layers) as ScheduleLayer[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toEngineOverride = (o: OverrideRow): ScheduleOverride => ({
  id: o.id,
  userId: o.user_id,
  start: o.start_at,
  end: o.end_at,
  ...(o.replaces_user_id ? { replacesUserId: o.replaces_user_id } : {}),
});

/** The engine's input: the schedule with the overrides given (those overlapping the range asked about). */
export const engineSchedule = (s: Schedule, overrides: OverrideRow[]): OnCallSchedule => ({
  timeZone: s.timeZone,
  layers: s.layers,
  overrides: overrides.map(toEngineOverride),
});

/** A schedule by id or name, or undefined. */
export async function getSchedule(tx: Tx, idOrName: string): Promise<Schedule | undefined> {
  const row = await scheduleByIdOrName(tx, idOrName);
  return row ? toSchedule(row) : undefined;
}

/** Every schedule, by name. */
export async function listSchedules(tx: Tx): Promise<Schedule[]> {
  return (await allSchedules(tx)).map(toSchedule);
}

/** Overrides of each schedule overlapping [from, to), keyed by schedule id. */
export async function overridesFor(tx: Tx, scheduleIds: string[], from: Date, to: Date): Promise<Map<string, OverrideRow[]>> {
  const out = new Map<string, OverrideRow[]>(scheduleIds.map((id) => [id, []]));
  for (const o of await overridesOverlapping(tx, scheduleIds, from.toISOString(), to.toISOString())) out.get(o.schedule_id)?.push(o);
  return out;
}

/** The span of who is on call at `at` (null: nobody), from the schedule and its overrides around `at`. */
export function spanAt(s: Schedule, overrides: OverrideRow[], at: Date): OnCallSpan | null {
  return whoIsOnCall(engineSchedule(s, overrides), at);
}

/** Who is on call on the schedule at `at`: user ids (empty when nobody; one person otherwise). Unknown schedule: []. */
export async function onCallAt(tx: Tx, scheduleId: string, at: Date): Promise<string[]> {
  const s = await getSchedule(tx, scheduleId);
  if (!s) return [];
  const around = await overridesFor(tx, [s.id], new Date(at.getTime() - WINDOW_MS), new Date(at.getTime() + WINDOW_MS));
  const span = spanAt(s, around.get(s.id) ?? [], at);
  return span ? [span.userId] : [];
}

/** One shift change: who hands over to whom (null: nobody on call on that side). */
export type ShiftChange = { scheduleId: string; at: Date; from: string | null; to: string | null };

/** The final spans of a schedule over [from, to), with its overrides loaded for that range. */
export async function spansBetween(tx: Tx, s: Schedule, from: Date, to: Date) {
  const overrides = (await overridesFor(tx, [s.id], from, to)).get(s.id) ?? [];
  return { spans: finalSchedule(engineSchedule(s, overrides), from, to), overrides };
}

/** Shift changes in (from, to] on one schedule. The range may be at most 366 days. */
export async function shiftChangesOf(tx: Tx, s: Schedule, from: Date, to: Date): Promise<ShiftChange[]> {
  // Look a little before `from` to know who was on call just before it.
  const lookFrom = new Date(from.getTime() - 1);
  const { spans } = await spansBetween(tx, s, lookFrom, new Date(to.getTime() + 1));
  const out: ShiftChange[] = [];
  let prev: OnCallSpan | null = null;
  let cursor = lookFrom.getTime();
  for (const span of spans.final) {
    const st = span.start.getTime();
    if (st > cursor && prev) {
      // A gap after prev: prev hands over to nobody.
      if (cursor > from.getTime() && cursor <= to.getTime())
        out.push({ scheduleId: s.id, at: new Date(cursor), from: prev.userId, to: null });
      prev = null;
    }
    if (st > from.getTime() && st <= to.getTime() && (prev?.userId ?? null) !== span.userId)
      out.push({ scheduleId: s.id, at: span.start, from: prev?.userId ?? null, to: span.userId });
    prev = span;
    cursor = span.end.getTime();
  }
  const end = to.getTime() + 1;
  if (prev && cursor < end && cursor > from.getTime() && cursor <= to.getTime())
    out.push({ scheduleId: s.id, at: new Date(cursor), from: prev.userId, to: null });
  return out;
}

/** Shift changes in (from, to] across every schedule, by time. */
export async function shiftChangesBetween(tx: Tx, from: Date, to: Date): Promise<ShiftChange[]> {
  const out: ShiftChange[] = [];
  for (const s of await listSchedules(tx)) out.push(...(await shiftChangesOf(tx, s, from, to)));
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.scheduleId.localeCompare(b.scheduleId));
}
