import type { CreateScheduleBody, ScheduleLayer, UpdateScheduleBody } from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { getTeam } from '../teams/index.ts';
import { userIdOf } from './people.ts';
import { requireManage } from './policy.ts';
import { type Schedule, toSchedule } from './schedules.ts';
import { deleteSchedule, insertSchedule, type ScheduleRow, scheduleByIdOrName, scheduleByName, updateSchedule } from './store.ts';

/** A schedule by id or name, or 404. */
export async function loadSchedule(tx: Tx, ref: string): Promise<Schedule> {
  const row = await scheduleByIdOrName(tx, ref);
  if (!row) throw new NotFoundError(`No schedule ${ref}`, 'schedule_not_found');
  return toSchedule(row);
}

export const findSchedule = (ctx: Ctx, ref: string) => loadSchedule(reader(ctx), ref);

/** Participants named by id or e-mail become user ids; someone who does not exist is a 400 naming where. */
async function resolveLayers(tx: Tx, layers: ScheduleLayer[]): Promise<ScheduleLayer[]> {
  const out: ScheduleLayer[] = [];
  for (const [i, layer] of layers.entries()) {
    const participants: string[] = [];
    for (const [j, ref] of layer.participants.entries()) participants.push(await userIdOf(tx, ref, `layers.${i}.participants.${j}`));
    out.push({ ...layer, participants });
  }
  return out;
}

async function teamIdOf(tx: Tx, ref: string | null | undefined): Promise<string | null> {
  if (!ref) return null;
  const team = await getTeam(tx, ref);
  if (!team) throw new InputError(`team: no team ${ref}`, { field: 'team' });
  return team.id;
}

async function nameFree(tx: Tx, name: string, self?: string) {
  const other = await scheduleByName(tx, name);
  if (other && other.id !== self) throw new ConflictError(`A schedule named ${name} exists`, { field: 'name' }, 'schedule_exists');
}

/** Creates a schedule (admins; responders for their own team's or a team-less schedule). */
export async function createSchedule(ctx: Ctx, input: z.output<typeof CreateScheduleBody>): Promise<Schedule> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const teamId = await teamIdOf(tx, input.team);
    await requireManage(tx, ctx.user, teamId, "this team's schedules");
    await nameFree(tx, input.name);
    const now = ctx.clock.now().toISOString();
    const row: ScheduleRow = {
      id: newId(),
      name: input.name,
      description: input.description,
      team_id: teamId,
      time_zone: input.timeZone,
      layers: JSON.stringify(await resolveLayers(tx, input.layers)),
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
      handovers_through: now,
    };
    await insertSchedule(tx, row);
    await audit(tx, ctx, { action: 'schedule.created', target: { type: 'schedule', id: row.id, label: row.name } });
    return toSchedule(row);
  });
}

/** Changes a schedule's name, team, time zone or layers (replaced whole). */
export async function updateScheduleCommand(ctx: Ctx, ref: string, input: z.output<typeof UpdateScheduleBody>): Promise<Schedule> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const s = await loadSchedule(tx, ref);
    await requireManage(tx, ctx.user, s.teamId);
    const patch: Partial<ScheduleRow> = {};
    if (input.name !== undefined && input.name !== s.name) {
      await nameFree(tx, input.name, s.id);
      patch.name = input.name;
    }
    if (input.description !== undefined) patch.description = input.description;
    if (input.team !== undefined) {
      patch.team_id = await teamIdOf(tx, input.team);
      // Moving a schedule to a team needs a say in that team too.
      await requireManage(tx, ctx.user, patch.team_id, "that team's schedules");
    }
    if (input.timeZone !== undefined) patch.time_zone = input.timeZone;
    if (input.layers !== undefined) patch.layers = JSON.stringify(await resolveLayers(tx, input.layers));
    patch.updated_at = ctx.clock.now().toISOString();
    await updateSchedule(tx, s.id, patch);
    await audit(tx, ctx, {
      action: 'schedule.updated',
      target: { type: 'schedule', id: s.id, label: patch.name ?? s.name },
      details: { changed: Object.keys(input) },
    });
    return toSchedule({
      id: s.id,
      name: patch.name ?? s.name,
      description: patch.description ?? s.description,
      team_id: patch.team_id !== undefined ? patch.team_id : s.teamId,
      time_zone: patch.time_zone ?? s.timeZone,
      layers: patch.layers ?? JSON.stringify(s.layers),
      created_by: null,
      created_at: s.createdAt,
      updated_at: patch.updated_at,
      handovers_through: '',
    });
  });
}

/** Deletes a schedule with its overrides, feeds and handovers. */
export async function deleteScheduleCommand(ctx: Ctx, ref: string): Promise<void> {
  requireRole(ctx, 'admin', 'responder');
  await transaction(ctx, async (tx) => {
    const s = await loadSchedule(tx, ref);
    await requireManage(tx, ctx.user, s.teamId);
    await deleteSchedule(tx, s.id);
    await audit(tx, ctx, { action: 'schedule.deleted', target: { type: 'schedule', id: s.id, label: s.name } });
  });
}
