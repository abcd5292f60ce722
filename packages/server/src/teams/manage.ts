import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { resolveUser } from '../users/index.ts';
import { getTeam, insertTeam, setTeamMembers, type TeamRow, updateTeam } from './store.ts';

type TeamInput = { name?: string; description?: string; members?: string[] };

async function memberIds(tx: Tx, refs: string[]) {
  const ids = new Set<string>();
  for (const [i, r] of refs.entries()) ids.add((await resolveUser(tx, r, `members.${i}`)).id);
  return [...ids];
}

/** Creates a team with its members (responders and admins). */
export async function createTeam(ctx: Ctx, input: Required<TeamInput>) {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    if (await getTeam(tx, input.name)) throw new ConflictError(`A team named ${input.name} exists`, { field: 'name' }, 'team_exists');
    const row: TeamRow = { id: newId(), name: input.name, description: input.description, created_at: ctx.clock.now().toISOString() };
    await insertTeam(tx, row);
    await setTeamMembers(tx, row.id, await memberIds(tx, input.members));
    return row;
  });
}

/** Renames a team, changes its description or replaces its members. */
export async function updateTeamCommand(ctx: Ctx, ref: string, input: TeamInput) {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const team = await getTeam(tx, ref);
    if (!team) throw new NotFoundError(`No team ${ref}`, 'team_not_found');
    if (input.name && input.name !== team.name && (await getTeam(tx, input.name))) {
      throw new ConflictError(`A team named ${input.name} exists`, { field: 'name' }, 'team_exists');
    }
    const patch: Partial<TeamRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.description !== undefined) patch.description = input.description;
    if (Object.keys(patch).length) await updateTeam(tx, team.id, patch);
    if (input.members) await setTeamMembers(tx, team.id, await memberIds(tx, input.members));
    return { ...team, ...patch };
  });
}

export async function findTeam(ctx: Ctx, ref: string) {
  const team = await getTeam(reader(ctx), ref);
  if (!team) throw new NotFoundError(`No team ${ref}`, 'team_not_found');
  return team;
}
