import type { Tx } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { getUser, getUserByEmail, type UserRow } from './store.ts';

/** Finds an active user by id or e-mail; a clear 400 names the field when there is none. */
export async function resolveUser(tx: Tx, ref: string, field = 'user'): Promise<UserRow> {
  const u = ref.includes('@') ? await getUserByEmail(tx, ref) : await getUser(tx, ref);
  if (!u || u.disabled_at) throw new InputError(`${field}: no active user ${ref}`, { field }, 'unknown_user');
  return u;
}
