import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { listRoleTypes } from '../severities/index.ts';
import { record } from '../timeline/index.ts';
import { resolveUser } from '../users/index.ts';
import { reactToAccessChange } from './hooks.ts';
import { loadIncident } from './policy.ts';
import { addMembers, rolesOf, setRole, updateIncident } from './store.ts';

/** Assigns, hands over or clears a role; the new holder joins as a participant. */
export async function assignRole(ctx: Ctx, ref: string, input: { role: string; user: string | null; message?: string }) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'assignRoles', { forUpdate: true });
    const types = await listRoleTypes(tx);
    const type = types.find((t) => t.key === input.role || t.name.toLowerCase() === input.role.toLowerCase());
    if (!type)
      throw new InputError(
        `role: unknown role ${input.role} (known: ${types.map((t) => t.key).join(', ')})`,
        { field: 'role' },
        'unknown_role',
      );
    const userRef = input.user === 'me' ? ctx.user.id : input.user;
    const user = userRef ? await resolveUser(tx, userRef) : null;
    if (user && user.role === 'viewer')
      throw new InputError(`user: ${user.email} is a viewer and cannot hold incident roles`, { field: 'user' });
    const current = (await rolesOf(tx, [incident.id])).find((r) => r.role_key === type.key);
    if ((current?.id ?? null) === (user?.id ?? null)) return incident;
    const now = ctx.clock.now().toISOString();
    await setRole(tx, incident.id, type.key, user?.id ?? null, now);
    // A role holder who was not a member yet gains access (to a private incident: audited).
    const joined = user ? await addMembers(tx, incident.id, [user.id], 'participant', now) : [];
    if (user && joined.length) await reactToAccessChange(tx, ctx, incident, { kind: 'member_added', user, memberKind: 'participant' });
    await updateIncident(tx, incident.id, { updated_at: now });
    await record(tx, ctx, incident, {
      kind: user ? 'role_assigned' : 'role_unassigned',
      body: input.message ?? null,
      data: {
        role: type.key,
        roleName: type.name,
        to: user ? { id: user.id, name: user.name } : null,
        from: current ? { id: current.id, name: current.name } : null,
        handover: !!(current && user),
      },
    });
    return incident;
  });
}
