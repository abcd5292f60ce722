import type { Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { UnauthenticatedError } from '../platform/errors.ts';
import { hashSecret, newSecret } from '../platform/ids.ts';
import { verifyPassword } from './passwords.ts';
import { deleteSession, getUserByEmail, insertSession, type UserRow, userBySession } from './store.ts';

/** Checks e-mail and password and opens a web session; returns the cookie secret. */
export async function login(deps: Deps, email: string, password: string): Promise<{ user: UserRow; secret: string }> {
  const user = await getUserByEmail(reader(deps), email.trim());
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok || user.disabled_at) throw new UnauthenticatedError('Wrong e-mail or password');
  return { user, secret: await openSession(deps, user.id) };
}

export async function openSession(deps: Deps, userId: string): Promise<string> {
  const secret = newSecret('fbs');
  const now = deps.clock.now();
  await transaction(deps, (tx) =>
    insertSession(tx, {
      id_hash: hashSecret(secret),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.config.sessionDays * 86_400_000).toISOString(),
    }),
  );
  return secret;
}

export const logout = (deps: Deps, secret: string) =>
  transaction(deps, async (tx) => {
    const user = await userBySession(tx, hashSecret(secret), deps.clock.now().toISOString());
    await deleteSession(tx, hashSecret(secret));
    if (user) tx.events.push({ type: 'access', userId: user.id });
  });
