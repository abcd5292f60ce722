import type { SessionView } from '@firebreak/shared';
import { audit, auditNow } from '../audit/index.ts';
import type { Ctx, Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { NotAllowedError, NotFoundError, UnauthenticatedError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { verifyPassword } from './passwords.ts';
import {
  deleteOtherSessions,
  deleteSession,
  deleteSessionById,
  getSessionById,
  getUser,
  getUserByEmail,
  insertSession,
  listSessions,
  type SessionRow,
  type UserRow,
  userBySession,
} from './store.ts';

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
 * (`method`: password, setup, oidc…) in the same transaction. The browser and address it was
 * opened from are kept with it (shown to its owner and admins).
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
      id: newId(),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.config.sessionDays * 86_400_000).toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: how.request?.userAgent?.slice(0, 300) ?? null,
      client_address: how.request?.ip ?? null,
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

const presentSession = (s: SessionRow, currentId: string | null): SessionView => ({
  id: s.id,
  createdAt: s.created_at,
  lastSeenAt: s.last_seen_at,
  expiresAt: s.expires_at,
  userAgent: s.user_agent,
  address: s.client_address,
  current: s.id === currentId,
});

const currentSessionId = (ctx: Ctx) => (ctx.user.credential?.kind === 'session' ? ctx.user.credential.id : null);

/** Whose sessions the caller may see and end: their own, or anyone's for admins. */
async function subject(ctx: Ctx, userId: string): Promise<string> {
  const id = userId === 'me' ? ctx.user.id : userId;
  if (id !== ctx.user.id && ctx.user.role !== 'admin') throw new NotAllowedError("Only admins may see or end other people's sessions");
  if (!(await getUser(reader(ctx), id))) throw new NotFoundError(`No user ${userId}`, 'user_not_found');
  return id;
}

export async function sessionsOf(ctx: Ctx, userId: string): Promise<SessionView[]> {
  const id = await subject(ctx, userId);
  const rows = await listSessions(reader(ctx), id, ctx.clock.now().toISOString());
  return rows.map((s) => presentSession(s, currentSessionId(ctx)));
}

/**
 * Ends one session. The `access` event makes every instance drop the cached credential and re-check
 * the person's open streams, so that session's streams end within seconds.
 */
export async function endSession(ctx: Ctx, userId: string, sessionId: string): Promise<void> {
  const id = await subject(ctx, userId);
  await transaction(ctx, async (tx) => {
    const s = await getSessionById(tx, sessionId);
    if (!s || s.user_id !== id) throw new NotFoundError(`No session ${sessionId}`, 'session_not_found');
    await deleteSessionById(tx, sessionId);
    await audit(tx, ctx, { action: 'session.revoked', target: { type: 'session', id: sessionId }, details: { ownerId: id } });
    tx.events.push({ type: 'access', userId: id });
  });
}

/** Ends all of a person's sessions except the one this request came with ("sign out everywhere else"). */
export async function endOtherSessions(ctx: Ctx, userId: string): Promise<number> {
  const id = await subject(ctx, userId);
  return transaction(ctx, async (tx) => {
    const r = await deleteOtherSessions(tx, id, id === ctx.user.id ? currentSessionId(ctx) : null);
    const n = Number(r.numDeletedRows);
    if (n) {
      await audit(tx, ctx, {
        action: 'session.revoked',
        target: { type: 'user', id },
        details: { ownerId: id, sessionsEnded: n, allButCurrent: true },
      });
      tx.events.push({ type: 'access', userId: id });
    }
    return n;
  });
}
