import { abilitiesFrom, type TokenScope, type TokenView, USER_ABILITIES, type UserRole, type UserView } from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';
import { can } from './policy.ts';
import type { TokenRow, UserRow } from './store.ts';

export function presentUser(viewer: Actor, u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as UserRole,
    disabled: !!u.disabled_at,
    hasPassword: !!u.password_hash,
    createdAt: u.created_at,
    abilities: abilitiesFrom(USER_ABILITIES, (a) => can(viewer, a, u)),
  };
}

export const presentToken = (t: TokenRow, now: string): TokenView => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scope: t.scope as TokenScope,
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  lastUsedAt: t.last_used_at,
  revoked: !!t.revoked_at,
  active: !t.revoked_at && (!t.expires_at || t.expires_at > now),
});
