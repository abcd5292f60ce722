import { audit, auditNow } from '../audit/index.ts';
import type { Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { UnauthenticatedError } from '../platform/errors.ts';
import { hashSecret, newSecret } from '../platform/ids.ts';
import { verifyPassword } from './passwords.ts';
import { deleteSession, getUser, getUserByEmail, insertSession, type UserRow, userBySession } from './store.ts';

/**
 * Checks e-mail and password and opens a web session; returns the cookie secret. A refused attempt
 * is audited (`auth.signin_failed`, with the e-mail tried and why, never the password) in its own
 * transaction, since no change commits with it.
 */
export async function login(
  deps: Deps,
  email: string,
  password: string,
  request: RequestInfo | null = null,
): Promise<{ user: UserRow; secret: string }> {
  const user = await getUserByEmail(reader(deps), email.trim());
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok || user.disabled_at) {
    const reason = !user ? 'unknown_user' : !ok ? 'wrong_password' : 'disabled';
    const tried = email.trim().toLowerCase().slice(0, 320);
    await auditNow(
      deps,
      { clock: deps.clock, user: null, request },
      {
        action: 'auth.signin_failed',
        target: { type: 'user', id: user?.id ?? tried, label: tried },
        details: { method: 'password', reason },
      },
    );
    throw new UnauthenticatedError('Wrong e-mail or password');
  }
  return { user, secret: await openSession(deps, user.id, { request, method: 'password' }) };
}

/**
 * Opens a web session for a user who has proven who they are; audited as `auth.signin` with how
 * (`method`: password, setup, oidc…) in the same transaction.
 */
export async function openSession(
  deps: Deps,
  userId: string,
  how: { request?: RequestInfo | null; method: string } = { method: 'password' },
): Promise<string> {
  const secret = newSecret('fbs');
  const now = deps.clock.now();
  await transaction(deps, async (tx) => {
    await insertSession(tx, {
      id_hash: hashSecret(secret),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.config.sessionDays * 86_400_000).toISOString(),
    });
    const user = await getUser(tx, userId);
    await audit(
      tx,
      { clock: deps.clock, user: user ?? null, request: how.request },
      { action: 'auth.signin', target: { type: 'user', id: userId, label: user?.email ?? null }, details: { method: how.method } },
    );
  });
  return secret;
}

export const logout = (deps: Deps, secret: string, request: RequestInfo | null = null) =>
  transaction(deps, async (tx) => {
    const user = await userBySession(tx, hashSecret(secret), deps.clock.now().toISOString());
    await deleteSession(tx, hashSecret(secret));
    if (user) {
      tx.events.push({ type: 'access', userId: user.id });
      await audit(
        tx,
        { clock: deps.clock, user, request },
        { action: 'auth.signout', target: { type: 'user', id: user.id, label: user.email } },
      );
    }
  });
