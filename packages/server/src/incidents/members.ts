import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { record } from '../timeline/index.ts';
import { resolveUser } from '../users/index.ts';
import { reactToAccessChange } from './hooks.ts';
import { loadIncident } from './policy.ts';
import { addMembers, removeMember, rolesOf } from './store.ts';

/** Adds a responder (participant) or a watcher; recorded on the timeline. */
export async function addMember(ctx: Ctx, ref: string, input: { user: string; kind: 'participant' | 'watcher' }) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const user = await resolveUser(tx, input.user === 'me' ? ctx.user.id : input.user);
    const changed = await addMembers(tx, incident.id, [user.id], input.kind, ctx.clock.now().toISOString());
    if (changed.length) {
      await record(tx, ctx, incident, { kind: 'member_added', data: { user: { id: user.id, name: user.name }, kind: input.kind } });
      await reactToAccessChange(tx, ctx, incident, { kind: 'member_added', user, memberKind: input.kind });
    }
    return incident;
  });
}

/** Removes a participant or watcher; role holders must hand their role over first. */
export async function removeMemberCommand(ctx: Ctx, ref: string, userRef: string) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const user = await resolveUser(tx, userRef === 'me' ? ctx.user.id : userRef);
    const role = (await rolesOf(tx, [incident.id])).find((r) => r.id === user.id);
    if (role) throw new NotFoundError(`${user.name} holds the ${role.role_key} role; hand it over first`, 'member_holds_role');
    const r = await removeMember(tx, incident.id, user.id);
    if (Number(r.numDeletedRows) === 0) throw new NotFoundError(`${user.name} is not on this incident`, 'member_not_found');
    await record(tx, ctx, incident, { kind: 'member_removed', data: { user: { id: user.id, name: user.name } } });
    await reactToAccessChange(tx, ctx, incident, { kind: 'member_removed', user });
    return incident;
  });
}
