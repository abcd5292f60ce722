import type { UserRole } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { hashPassword } from './passwords.ts';
import { can } from './policy.ts';
import { deleteUserSessions, getUser, type UserRow, updateUser } from './store.ts';

/** Admins change anyone; people change their own name and password. Role and disabling are admin-only (users/policy.ts). */
export async function updateUserCommand(
  ctx: Ctx,
  id: string,
  input: { name?: string; role?: UserRole; password?: string; disabled?: boolean },
): Promise<UserRow> {
  const self = id === ctx.user.id || id === 'me';
  const target = { id: self ? ctx.user.id : id };
  if (!can(ctx.user, 'update', target)) throw new NotAllowedError(`This needs the admin role; you are ${ctx.user.role}`);
  if ((input.role !== undefined || input.disabled !== undefined) && !can(ctx.user, 'changeRole', target)) {
    if (ctx.user.role !== 'admin') throw new NotAllowedError('Only admins change roles or disable users');
    // An admin may send their own role unchanged (a whole-form save); changing it or disabling themselves is refused.
    if ((input.role !== undefined && input.role !== ctx.user.role) || input.disabled) {
      throw new InputError('You cannot change your own role or disable yourself; ask another admin', {
        field: input.role ? 'role' : 'disabled',
      });
    }
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return transaction(ctx, async (tx) => {
    const user = await getUser(tx, self ? ctx.user.id : id);
    if (!user) throw new NotFoundError(`No user ${id}`, 'user_not_found');
    const patch: Partial<UserRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.role !== undefined) patch.role = input.role;
    if (passwordHash) patch.password_hash = passwordHash;
    if (input.disabled !== undefined) patch.disabled_at = input.disabled ? (user.disabled_at ?? ctx.clock.now().toISOString()) : null;
    if (Object.keys(patch).length) await updateUser(tx, user.id, patch);
    const ended = input.disabled || passwordHash ? Number((await deleteUserSessions(tx, user.id))[0]?.numDeletedRows ?? 0) : 0;
    const target = { type: 'user', id: user.id, label: user.email };
    if (patch.role !== undefined && patch.role !== user.role)
      await audit(tx, ctx, { action: 'user.role_changed', target, details: { from: user.role, to: patch.role } });
    if (input.disabled !== undefined && !!user.disabled_at !== input.disabled)
      await audit(tx, ctx, {
        action: input.disabled ? 'user.disabled' : 'user.enabled',
        target,
        details: input.disabled ? { sessionsEnded: ended } : {},
      });
    if (passwordHash) await audit(tx, ctx, { action: 'user.password_changed', target, details: { sessionsEnded: ended } });
    if (patch.name !== undefined && patch.name !== user.name)
      await audit(tx, ctx, { action: 'user.updated', target, details: { name: { from: user.name, to: patch.name } } });
    // Open streams of this person check their credentials again (and end if they no longer hold).
    // Every instance drops its cached credentials of this person; their open streams check theirs again.
    if (Object.keys(patch).length) tx.events.push({ type: 'access', userId: user.id });
    return { ...user, ...patch };
  });
}
