import {
  finalSchedule,
  gaps,
  MAX_RANGE_DAYS,
  type MyOnCallView,
  nextShifts,
  type OnCallNowView,
  ScheduleRangeError,
  type ShiftsView,
  type UserBrief,
} from '@firebreak/shared';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { loadSchedule } from './manage.ts';
import { briefs } from './people.ts';
import { aroundNow, currentAndNext, spanView } from './present.ts';
import { engineSchedule, listSchedules, overridesFor, type Schedule } from './schedules.ts';

const DAY_MS = 86_400_000;
const brief = (s: Schedule) => ({ id: s.id, name: s.name, timeZone: s.timeZone });
const known = (people: Map<string, UserBrief>, ids: Iterable<string | undefined>) =>
  [...new Set([...ids].filter((x): x is string => !!x))].map((id) => people.get(id)).filter((p): p is UserBrief => !!p);

/** Who is on call on each schedule at `at` (default now) and next. */
export async function onCallNow(ctx: Ctx, at: Date, only?: Schedule[]): Promise<OnCallNowView[]> {
  const tx = reader(ctx);
  const list = only ?? (await listSchedules(tx));
  const [from, to] = aroundNow(at);
  const overrides = await overridesFor(
    tx,
    list.map((s) => s.id),
    from,
    to,
  );
  const rows = list.map((s) => ({ s, ...currentAndNext(s, overrides.get(s.id) ?? [], at) }));
  const people = await briefs(
    tx,
    rows.flatMap((r) => [r.current?.userId, r.next?.userId]),
  );
  return rows.map(({ s, current, next }) => ({
    schedule: brief(s),
    at: at.toISOString(),
    current,
    next,
    people: known(people, [current?.userId, next?.userId]),
  }));
}

/** One schedule's who-is-on-call at `at`. */
export async function onCallOn(ctx: Ctx, ref: string, at: Date): Promise<OnCallNowView> {
  const s = await loadSchedule(reader(ctx), ref);
  return (await onCallNow(ctx, at, [s]))[0];
}

/** Each layer's spans, the final spans (overrides marked) and the gaps of [from, to): the timeline. */
export async function shiftsOf(ctx: Ctx, ref: string, from: Date, to: Date): Promise<ShiftsView> {
  if (to.getTime() <= from.getTime()) throw new InputError('to: the range must end after it starts', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw new InputError(`to: ask for at most ${MAX_RANGE_DAYS} days at a time`, { field: 'to' });
  const tx = reader(ctx);
  const s = await loadSchedule(tx, ref);
  const overrides = (await overridesFor(tx, [s.id], from, to)).get(s.id) ?? [];
  const schedule = engineSchedule(s, overrides);
  let spans: ReturnType<typeof finalSchedule>;
  try {
    spans = finalSchedule(schedule, from, to);
  } catch (e) {
    if (e instanceof ScheduleRangeError) throw new InputError(e.message, { field: 'to' });
    throw e;
  }
  const layers = spans.layers.map((list, index) => ({
    index,
    name: s.layers[index]?.name ?? null,
    spans: list.map((x) => spanView(x, overrides)),
  }));
  const final = spans.final.map((x) => spanView(x, overrides));
  const people = await briefs(tx, [...s.layers.flatMap((l) => l.participants), ...final.map((x) => x.userId)]);
  return {
    schedule: brief(s),
    from: from.toISOString(),
    to: to.toISOString(),
    layers,
    final,
    gaps: gaps(schedule, from, to).map((g) => ({ start: g.start.toISOString(), end: g.end.toISOString(), message: g.message })),
    people: [...people.values()],
  };
}

/** How many of my next shifts "my on-call" lists. */
export const MY_NEXT_SHIFTS = 10;

/** The caller's current on-call and next shifts across every schedule they are in (or cover). */
export async function myOnCall(ctx: Ctx): Promise<MyOnCallView> {
  const tx = reader(ctx);
  const now = ctx.clock.now();
  const me = ctx.user.id;
  const list = await listSchedules(tx);
  const horizon = new Date(now.getTime() + MAX_RANGE_DAYS * DAY_MS);
  const overrides = await overridesFor(
    tx,
    list.map((s) => s.id),
    new Date(now.getTime() - 14 * DAY_MS),
    horizon,
  );
  const current: MyOnCallView['current'] = [];
  const next: MyOnCallView['next'] = [];
  for (const s of list) {
    const ov = overrides.get(s.id) ?? [];
    const mine = s.layers.some((l) => l.participants.includes(me)) || ov.some((o) => o.user_id === me);
    if (!mine) continue;
    const now2 = currentAndNext(s, ov, now);
    if (now2.current?.userId === me) current.push({ schedule: brief(s), span: now2.current });
    for (const span of nextShifts(engineSchedule(s, ov), me, now, MY_NEXT_SHIFTS))
      next.push({ schedule: brief(s), span: spanView(span, ov) });
  }
  next.sort((a, b) => a.span.start.localeCompare(b.span.start) || a.schedule.name.localeCompare(b.schedule.name));
  return { current, next: next.slice(0, MY_NEXT_SHIFTS) };
}
