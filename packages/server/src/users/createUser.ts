import type { UserRole } from '@firebreak/shared';
import type { Deps } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword } from './passwords.ts';
import { getUserByEmail, insertUser, type UserRow } from './store.ts';

/** Creates a user; the e-mail is unique (case-insensitive). */
export async function createUser(deps: Deps, input: { email: string; name?: string; role: UserRole; password?: string }): Promise<UserRow> {
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
    return row;
  });
}
