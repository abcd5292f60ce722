import { type CreateOverrideBody, MAX_RANGE_DAYS } from '@firebreak/shared';
import type { z } from 'zod';
import { requireRole } from '../platform/auth.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { loadSchedule } from './manage.ts';
import { userIdOf } from './people.ts';
import { requireManage } from './policy.ts';
import { deleteOverride, insertOverride, lockSchedule, type OverrideRow, overrideById, overridesOverlapping } from './store.ts';

const DAY_MS = 86_400_000;
const iso = (s: string) => new Date(s).toISOString();

/**
 * Two overrides clash when they overlap in time, unless each only replaces a different named person
 * (then at most one applies at any instant) — the engine's rule (shared/oncall/schemas.ts).
 */
const clashes = (a: { replaces: string | null }, b: OverrideRow) =>
  !(a.replaces && b.replaces_user_id && a.replaces !== b.replaces_user_id);

/**
 * Someone covers the schedule for [start, end): throughout, or with `replaces` only while that person
 * would be on call ("take this shift"). An override clashing with an existing one is a 409 naming it.
 */
export async function createOverride(ctx: Ctx, ref: string, input: z.output<typeof CreateOverrideBody>): Promise<OverrideRow> {
  requireRole(ctx, 'admin', 'responder');
  const start = iso(input.start);
  const end = iso(input.end);
  if (Date.parse(end) - Date.parse(start) > MAX_RANGE_DAYS * DAY_MS)
    throw new InputError(`end: an override may last at most ${MAX_RANGE_DAYS} days`, { field: 'end' });
  return transaction(ctx, async (tx) => {
    const s = await loadSchedule(tx, ref);
    await requireManage(tx, ctx.user, s.teamId);
    await lockSchedule(tx, s.id);
    const userId = await userIdOf(tx, input.user, 'user');
    const replaces = input.replaces ? await userIdOf(tx, input.replaces, 'replaces') : null;
    if (replaces === userId) throw new InputError('replaces: a person cannot take a shift from themselves', { field: 'replaces' });
    const clash = (await overridesOverlapping(tx, [s.id], start, end)).find((o) => clashes({ replaces }, o));
    if (clash)
      throw new ConflictError(
        `This override (${start} – ${end}) overlaps an existing one (${clash.start_at} – ${clash.end_at}); remove that one first or choose a span that does not overlap`,
        { overrideId: clash.id, start: clash.start_at, end: clash.end_at },
        'override_overlaps',
      );
    const row: OverrideRow = {
      id: newId(),
      schedule_id: s.id,
      user_id: userId,
      replaces_user_id: replaces,
      start_at: start,
      end_at: end,
      note: input.note,
      created_by: ctx.user.id,
      created_at: ctx.clock.now().toISOString(),
    };
    await insertOverride(tx, row);
    return row;
  });
}

/** Removes an override. */
export async function removeOverride(ctx: Ctx, ref: string, overrideId: string): Promise<void> {
  requireRole(ctx, 'admin', 'responder');
  await transaction(ctx, async (tx) => {
    const s = await loadSchedule(tx, ref);
    const o = await overrideById(tx, s.id, overrideId);
    if (!o) throw new NotFoundError(`No override ${overrideId} on ${s.name}`, 'override_not_found');
    await requireManage(tx, ctx.user, s.teamId);
    await deleteOverride(tx, o.id);
  });
}
