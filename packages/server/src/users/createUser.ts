import type { UserRole } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Actor, Deps, RequestInfo } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword } from './passwords.ts';
import { getUserByEmail, insertUser, type UserRow } from './store.ts';

/**
 * Creates a user; the e-mail is unique (case-insensitive). Audited as done by `deps.user` when it is
 * a request's context, else by "system" (the CLI's offline `admin create-user`).
 */
export async function createUser(
  deps: Deps & { user?: Actor; request?: RequestInfo },
  input: { email: string; name?: string; role: UserRole; password?: string },
): Promise<UserRow> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return transaction(deps, async (tx) => {
    const email = input.email.trim().toLowerCase();
    if (await getUserByEmail(tx, email)) throw new ConflictError(`A user with e-mail ${email} exists`, { field: 'email' }, 'user_exists');
    const row: UserRow = {
      id: newId(),
      email,
      name: input.name?.trim() || email.split('@')[0],
      role: input.role,
      password_hash: passwordHash,
      created_at: deps.clock.now().toISOString(),
      disabled_at: null,
    };
    await insertUser(tx, row);
    await audit(tx, deps.user ? deps : { ...deps, actorLabel: 'system' }, {
      action: 'user.created',
      target: { type: 'user', id: row.id, label: row.email },
      details: { role: row.role, name: row.name, withPassword: !!passwordHash },
    });
    return row;
  });
}
