import { audit } from '../audit/index.ts';
import type { Actor, Ctx, Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { getToken, insertToken, listTokens, revokeToken, type TokenRow } from './store.ts';

/**
 * Issues an API token for a user. The secret is returned once; only its hash is stored. Audited as
 * done by `deps.user` when it is a request's context, else by "system".
 */
export async function issueToken(
  deps: Deps & { user?: Actor; request?: RequestInfo },
  userId: string,
  input: { name: string; expiresAt?: string | null },
) {
  const now = deps.clock.now().toISOString();
  if (input.expiresAt && input.expiresAt <= now) throw new InputError('expiresAt: must be in the future', { field: 'expiresAt' });
  const secret = newSecret('fbt');
  const row: TokenRow = {
    id: newId(),
    user_id: userId,
    name: input.name,
    token_hash: hashSecret(secret),
    prefix: secret.slice(0, 10),
    created_at: now,
    expires_at: input.expiresAt ?? null,
    revoked_at: null,
    last_used_at: null,
  };
  await transaction(deps, async (tx) => {
    await insertToken(tx, row);
    await audit(tx, deps.user ? deps : { ...deps, actorLabel: 'system' }, {
      action: 'token.created',
      target: { type: 'token', id: row.id, label: row.name },
      details: { ownerId: userId, expiresAt: row.expires_at },
    });
  });
  return { row, secret };
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
