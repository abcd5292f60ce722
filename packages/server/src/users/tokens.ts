import type { Ctx, Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { getToken, insertToken, listTokens, revokeToken, type TokenRow } from './store.ts';

/** Issues an API token for a user. The secret is returned once; only its hash is stored. */
export async function issueToken(deps: Deps, userId: string, input: { name: string; expiresAt?: string | null }) {
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
  await transaction(deps, (tx) => insertToken(tx, row));
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
      tx.events.push({ type: 'access', userId: t.user_id });
    }
    return (await getToken(tx, id)) as TokenRow;
  });
}
