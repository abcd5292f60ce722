import { DateTime } from 'luxon';
import { type OnCallSchedule, type OnCallScheduleInput, type ScheduleLayer, type ScheduleOverride, ScheduleSchema } from './schemas.ts';
import { calendarDate, localDateOf, localInstant } from './time.ts';

/**
 * The on-call schedule engine (issue 13): pure functions from a schedule and a time range to who is on
 * call. Shared by the server (paging, API, iCal feeds) and the web timeline.
 *
 * Semantics (also in docs/oncall.md, "Schedule semantics"):
 *
 * - Layers. `layers[0]` is the lowest; a later layer overrides every layer before it wherever it has
 *   someone on call. Where a layer has nobody (before its start date, or outside its restrictions) the
 *   layers below show through.
 * - Rotations. Shift k of a layer belongs to `participants[k % n]`. Shift 0 starts at `handoffTime` on
 *   `startDate` in the schedule's time zone; nobody in that layer is on call before it.
 *   - `days` / `weeks`: shift k starts at `handoffTime` local wall time on `startDate + k·length` days
 *     (×7 for weeks). A daily 09:00 handoff stays 09:00 local across DST, so the shift that spans a
 *     clock change lasts 23 or 25 real hours (23.5 / 24.5 in Australia/Lord_Howe) — never skipped
 *     or doubled.
 *   - `hours`: shifts are `length` real elapsed hours from the first handoff; they do not follow the
 *     wall clock across DST (use a `days` layer with restrictions for fixed local hours).
 * - Wall times that do not exist or exist twice: a handoff or restriction time inside the missing
 *   hour (spring forward) resolves forward by the length of the gap, as Luxon does (02:30 in
 *   America/Chicago on 2026-03-08 is 03:30 CDT). One inside the repeated hour (fall back) is its first
 *   occurrence (01:30 on 2026-11-01 in Chicago is 01:30 CDT, 06:30Z). See `time.ts`.
 * - Restrictions. A layer with restrictions is on call only inside their weekly local windows
 *   (`days`, `start`–`end`; `end <= start` runs past midnight). The rotation keeps turning underneath:
 *   a restriction hides time, it does not shift whose turn it is.
 * - Overrides beat every layer for [start, end). One with `replacesUserId` applies only while the
 *   layers would have that user on call ("take this shift"); without it, it applies throughout, also
 *   over gaps.
 * - Spans are half-open [start, end) real instants, clipped to the requested range, ordered, and merged
 *   when the same user from the same source continues. A span covers real elapsed time.
 * - Bounded work: a range may be at most `MAX_RANGE_DAYS` long; longer ranges throw `ScheduleRangeError`.
 *   Schedules are validated with `ScheduleSchema` first; invalid input throws its `ZodError`.
 */

export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type SpanSource = number | 'override';

export interface OnCallSpan {
  start: Date;
  end: Date;
  userId: string;
  /** Index into `schedule.layers`, or 'override'. */
  layer: SpanSource;
}

export interface ScheduleSpans {
  /** Each layer's own spans, `layers[i]` for `schedule.layers[i]`, after its restrictions. */
  layers: OnCallSpan[][];
  /** Who is actually on call: layers by precedence, then overrides. */
  final: OnCallSpan[];
}

export interface CoverageGap {
  start: Date;
  end: Date;
  /** E.g. "nobody on call Sat 7 Mar 02:00–09:00 (Europe/London)". */
  message: string;
}

export class ScheduleRangeError extends Error {
  override name = 'ScheduleRangeError';
}

interface Seg {
  s: number;
  e: number;
  userId: string;
  layer: SpanSource;
}

function checkRange(from: Date, to: Date): [number, number] {
  const f = from.getTime();
  const t = to.getTime();
  if (!Number.isFinite(f) || !Number.isFinite(t)) throw new ScheduleRangeError('The range needs valid start and end times');
  if (t <= f) throw new ScheduleRangeError('The range must end after it starts');
  if (t - f > MAX_RANGE_DAYS * DAY_MS)
    throw new ScheduleRangeError(`The range may be at most ${MAX_RANGE_DAYS} days long; ask for less at a time`);
  return [f, t];
}

function parse(schedule: OnCallScheduleInput | OnCallSchedule): OnCallSchedule {
  return ScheduleSchema.parse(schedule);
}

/** Merges touching segments of the same user and source; input ordered and non-overlapping. */
function merge(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const g of segs) {
    const last = out[out.length - 1];
    if (last && last.e === g.s && last.userId === g.userId && last.layer === g.layer) last.e = g.e;
    else if (g.e > g.s) out.push({ ...g });
  }
  return out;
}

const toSpan = (g: Seg): OnCallSpan => ({ start: new Date(g.s), end: new Date(g.e), userId: g.userId, layer: g.layer });

/** The instant at which shift k of a layer starts. */
function shiftStarter(layer: ScheduleLayer, zone: string): (k: number) => number {
  const first = localInstant(zone, calendarDate(layer.startDate), layer.handoffTime).toMillis();
  const { unit, length } = layer.rotation;
  if (unit === 'hours') return (k) => first + k * length * HOUR_MS;
  const stepDays = unit === 'weeks' ? length * 7 : length;
  const start = calendarDate(layer.startDate);
  return (k) => (k === 0 ? first : localInstant(zone, start.plus({ days: k * stepDays }), layer.handoffTime).toMillis());
}

function rotationSegs(layer: ScheduleLayer, index: number, zone: string, f: number, t: number): Seg[] {
  const startOf = shiftStarter(layer, zone);
  const first = startOf(0);
  const { unit, length } = layer.rotation;
  const approxMs = (unit === 'hours' ? HOUR_MS : unit === 'weeks' ? 7 * DAY_MS : DAY_MS) * length;
  let k = Math.max(0, Math.floor((f - first) / approxMs));
  // The estimate is off by at most one shift around clock changes: walk to the shift containing f.
  while (k > 0 && startOf(k) > f) k--;
  while (startOf(k + 1) <= f) k++;
  const n = layer.participants.length;
  const segs: Seg[] = [];
  for (let s = startOf(k); s < t; k++) {
    const e = startOf(k + 1);
    const lo = Math.max(s, f);
    const hi = Math.min(e, t);
    if (hi > lo) segs.push({ s: lo, e: hi, userId: layer.participants[k % n], layer: index });
    s = e;
  }
  return segs;
}

/** The layer's restriction windows in [f, t), ordered and merged; null when unrestricted. */
function restrictionWindows(layer: ScheduleLayer, zone: string, f: number, t: number): Array<[number, number]> | null {
  if (layer.restrictions.length === 0) return null;
  const raw: Array<[number, number]> = [];
  const last = localDateOf(t, zone);
  for (let d = localDateOf(f, zone).minus({ days: 1 }); d <= last; d = d.plus({ days: 1 })) {
    for (const r of layer.restrictions) {
      if (!r.days.includes(d.weekday)) continue;
      const s = localInstant(zone, d, r.start).toMillis();
      const endDay = r.end <= r.start ? d.plus({ days: 1 }) : d;
      const e = localInstant(zone, endDay, r.end).toMillis();
      const lo = Math.max(s, f);
      const hi = Math.min(e, t);
      if (hi > lo) raw.push([lo, hi]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const w of raw) {
    const prev = out[out.length - 1];
    if (prev && w[0] <= prev[1]) prev[1] = Math.max(prev[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out;
}

function layerSegs(layer: ScheduleLayer, index: number, zone: string, f: number, t: number): Seg[] {
  const segs = rotationSegs(layer, index, zone, f, t);
  const windows = restrictionWindows(layer, zone, f, t);
  if (!windows) return merge(segs);
  const out: Seg[] = [];
  let w = 0;
  for (const g of segs) {
    while (w < windows.length && windows[w][1] <= g.s) w++;
    for (let i = w; i < windows.length && windows[i][0] < g.e; i++) {
      const lo = Math.max(g.s, windows[i][0]);
      const hi = Math.min(g.e, windows[i][1]);
      if (hi > lo) out.push({ ...g, s: lo, e: hi });
    }
  }
  return merge(out);
}

/** Who is on call at each instant of [from, to): each layer's spans and the final result. */
export function finalSchedule(schedule: OnCallScheduleInput | OnCallSchedule, from: Date, to: Date): ScheduleSpans {
  const [f, t] = checkRange(from, to);
  const s = parse(schedule);
  const layers = s.layers.map((layer, i) => layerSegs(layer, i, s.timeZone, f, t));
  const overrides = s.overrides
    .map((o) => ({ o, s: Math.max(Date.parse(o.start), f), e: Math.min(Date.parse(o.end), t) }))
    .filter((x) => x.e > x.s)
    .sort((a, b) => a.s - b.s);

  const cuts = new Set<number>([f, t]);
  for (const segs of layers) for (const g of segs) cuts.add(g.s).add(g.e);
  for (const x of overrides) cuts.add(x.s).add(x.e);
  const points = [...cuts].sort((a, b) => a - b);

  const at = layers.map(() => 0);
  let active: Array<{ o: ScheduleOverride; s: number; e: number }> = [];
  let nextOverride = 0;
  const final: Seg[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const lo = points[p];
    const hi = points[p + 1];
    let base: Seg | null = null;
    for (let i = layers.length - 1; i >= 0; i--) {
      const segs = layers[i];
      while (at[i] < segs.length && segs[at[i]].e <= lo) at[i]++;
      const g = segs[at[i]];
      if (!base && g && g.s <= lo) base = g;
    }
    while (nextOverride < overrides.length && overrides[nextOverride].s <= lo) active.push(overrides[nextOverride++]);
    active = active.filter((x) => x.e > lo);
    const cover = active.find((x) => !x.o.replacesUserId || x.o.replacesUserId === base?.userId);
    if (cover) final.push({ s: lo, e: hi, userId: cover.o.userId, layer: 'override' });
    else if (base) final.push({ s: lo, e: hi, userId: base.userId, layer: base.layer });
  }
  return { layers: layers.map((segs) => segs.map(toSpan)), final: merge(final).map(toSpan) };
}

/** How far around `at` whoIsOnCall looks to report the span's start and end. */
export const WHO_IS_ON_CALL_WINDOW_DAYS = 14;

/**
 * Who is on call at `at`, or null when nobody is. The span's start and end are exact unless the
 * shift runs more than `WHO_IS_ON_CALL_WINDOW_DAYS` days before or after `at`; then they are clipped.
 */
export function whoIsOnCall(schedule: OnCallScheduleInput | OnCallSchedule, at: Date): OnCallSpan | null {
  const ms = at.getTime();
  const w = WHO_IS_ON_CALL_WINDOW_DAYS * DAY_MS;
  const { final } = finalSchedule(schedule, new Date(ms - w), new Date(ms + w));
  return final.find((span) => span.start.getTime() <= ms && ms < span.end.getTime()) ?? null;
}

/**
 * The user's next `n` final spans from `from` (one in progress at `from` comes first, starting at
 * `from`), looking at most `MAX_RANGE_DAYS` ahead.
 */
export function nextShifts(schedule: OnCallScheduleInput | OnCallSchedule, userId: string, from: Date, n: number): OnCallSpan[] {
  if (!Number.isInteger(n) || n < 1) return [];
  const s = parse(schedule);
  const f = from.getTime();
  const horizon = f + MAX_RANGE_DAYS * DAY_MS;
  const chunk = 31 * DAY_MS;
  const mine: Seg[] = [];
  for (let lo = f; lo < horizon; lo += chunk) {
    const hi = Math.min(lo + chunk, horizon);
    for (const span of finalSchedule(s, new Date(lo), new Date(hi)).final) {
      if (span.userId !== userId) continue;
      const g = { s: span.start.getTime(), e: span.end.getTime(), userId, layer: span.layer };
      const last = mine[mine.length - 1];
      if (last && last.e === g.s && last.layer === g.layer) last.e = g.e;
      else mine.push(g);
    }
    // The last span may continue into the next chunk; any before it are complete.
    if (mine.length > n) break;
  }
  return mine.slice(0, n).map(toSpan);
}

/** The stretches of [from, to) when nobody is on call, with a warning in the schedule's local time. */
export function gaps(schedule: OnCallScheduleInput | OnCallSchedule, from: Date, to: Date): CoverageGap[] {
  const s = parse(schedule);
  const [f, t] = checkRange(from, to);
  const { final } = finalSchedule(s, from, to);
  const out: CoverageGap[] = [];
  let cursor = f;
  for (const span of [...final, { start: new Date(t), end: new Date(t) }]) {
    const st = span.start.getTime();
    if (st > cursor) out.push({ start: new Date(cursor), end: new Date(st), message: gapMessage(cursor, st, s.timeZone) });
    cursor = Math.max(cursor, span.end.getTime());
  }
  return out;
}

/** "nobody on call Sat 7 Mar 02:00–09:00 (Europe/London)", or "… Sat 7 Mar 22:00 – Mon 9 Mar 09:00 (…)". */
export function gapMessage(startMs: number, endMs: number, zone: string): string {
  const a = DateTime.fromMillis(startMs, { zone }).setLocale('en-GB');
  const b = DateTime.fromMillis(endMs, { zone }).setLocale('en-GB');
  const day = (d: DateTime) => d.toFormat('ccc d LLL');
  const range = a.hasSame(b, 'day')
    ? `${day(a)} ${a.toFormat('HH:mm')}–${b.toFormat('HH:mm')}`
    : `${day(a)} ${a.toFormat('HH:mm')} – ${day(b)} ${b.toFormat('HH:mm')}`;
  return `nobody on call ${range} (${zone})`;
}
