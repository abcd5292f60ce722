import { MAX_TOKEN_DAYS, scopeOfRole, scopesForRole, type TokenScope } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Actor, Ctx, Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { getToken, getUser, insertToken, listTokens, revokeToken, type TokenRow } from './store.ts';

const DAY_MS = 86_400_000;

/**
 * Issues an API token for a user. The secret is returned once; only its hash is stored. Without
 * `expiresAt` it lasts FIREBREAK_TOKEN_DAYS; `null` never expires. Without `scope` it gets the
 * scope of its owner's role. The caller decides who may ask for what (see createToken). Audited as
 * done by `deps.user` when it is a request's context, else by "system".
 */
export async function issueToken(
  deps: Deps & { user?: Actor; request?: RequestInfo },
  userId: string,
  input: { name: string; scope?: TokenScope; expiresAt?: string | null },
) {
  const now = deps.clock.now();
  const at = now.toISOString();
  if (input.expiresAt && input.expiresAt <= at) throw new InputError('expiresAt: must be in the future', { field: 'expiresAt' });
  const secret = newSecret('fbt');
  return transaction(deps, async (tx) => {
    let scope = input.scope;
    if (!scope) {
      const owner = await getUser(tx, userId);
      scope = owner ? scopeOfRole(owner.role as never) : 'read';
    }
    const row: TokenRow = {
      id: newId(),
      user_id: userId,
      name: input.name,
      token_hash: hashSecret(secret),
      prefix: secret.slice(0, 10),
      scope,
      created_at: at,
      expires_at: input.expiresAt === undefined ? new Date(now.getTime() + deps.config.tokenDays * DAY_MS).toISOString() : input.expiresAt,
      revoked_at: null,
      last_used_at: null,
    };
    await insertToken(tx, row);
    await audit(tx, deps.user ? deps : { ...deps, actorLabel: 'system' }, {
      action: 'token.created',
      target: { type: 'token', id: row.id, label: row.name },
      details: { ownerId: userId, scope, expiresAt: row.expires_at },
    });
    return { row, secret };
  });
}

/**
 * A person creates a token for themselves: its scope at most what the role they act with allows
 * (a responder-scoped token cannot mint an admin one), an expiry at most MAX_TOKEN_DAYS ahead, and
 * "never" only for admins.
 */
export async function createToken(
  ctx: Ctx,
  input: { name: string; scope?: TokenScope; expiresAt?: string | null; expiresInDays?: number },
) {
  const allowed = scopesForRole(ctx.user.role);
  const scope = input.scope ?? scopeOfRole(ctx.user.role);
  if (!allowed.includes(scope))
    throw new NotAllowedError(
      `You act as ${ctx.user.role} and may give a token the scope ${allowed.join(', ')}; not ${scope}`,
      'scope_denied',
    );
  const now = ctx.clock.now().getTime();
  let expiresAt = input.expiresAt;
  if (input.expiresInDays !== undefined) expiresAt = new Date(now + input.expiresInDays * DAY_MS).toISOString();
  if (expiresAt === null && ctx.user.role !== 'admin')
    throw new InputError('expiresAt: only admins may create tokens that never expire; pick a date at most 365 days ahead', {
      field: 'expiresAt',
    });
  if (expiresAt && Date.parse(expiresAt) > now + MAX_TOKEN_DAYS * DAY_MS)
    throw new InputError(`expiresAt: at most ${MAX_TOKEN_DAYS} days ahead`, { field: 'expiresAt' });
  return issueToken(ctx, ctx.user.id, { name: input.name, scope, expiresAt });
}

export const listOwnTokens = (ctx: Ctx) => listTokens(reader(ctx), ctx.user.id);

/** Revokes one of the caller's tokens (admins may revoke anyone's). */
export async function revokeOwnToken(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const t = await getToken(tx, id);
    if (!t || (t.user_id !== ctx.user.id && ctx.user.role !== 'admin')) throw new NotFoundError(`No token ${id}`, 'token_not_found');
    if (!t.revoked_at) {
      await revokeToken(tx, id, ctx.clock.now().toISOString());
      await audit(tx, ctx, { action: 'token.revoked', target: { type: 'token', id, label: t.name }, details: { ownerId: t.user_id } });
      tx.events.push({ type: 'access', userId: t.user_id });
    }
    return (await getToken(tx, id)) as TokenRow;
  });
}
