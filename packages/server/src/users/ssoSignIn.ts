import { type SsoError, USER_ROLES, type UserRole } from '@firebreak/shared';
import type { OidcConfig } from '../config.ts';
import type { Deps } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { newId } from '../platform/ids.ts';
import { getUserByEmail, insertIdentity, insertUser, type UserRow, updateUser, userByIdentity } from './store.ts';

/** A single sign-on that ends without a session; the callback sends the browser to the login page with its code. */
export class SsoFailure extends Error {
  readonly code: SsoError;
  constructor(code: SsoError, detail?: string) {
    super(detail ?? code);
    this.code = code;
  }
}

export type Claims = Record<string, unknown>;

/** The groups in the role claim: an array of strings, or one string; `a.b` also reads nested claims (Keycloak's realm_access.roles). */
export function groupsOf(claims: Claims, claim: string): string[] {
  let value: unknown = claims[claim];
  if (value === undefined && claim.includes('.')) {
    value = claim
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), claims);
  }
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

/**
 * The role the provider's groups give: the highest role any mapped group grants, else the default.
 * Null when no mapping is configured: then roles are managed in Firebreak, and only a new account
 * gets the default role.
 */
export function mappedRole(oidc: OidcConfig, claims: Claims): UserRole | null {
  if (!oidc.roleMap.length) return null;
  const groups = new Set(groupsOf(claims, oidc.roleClaim));
  const granted = oidc.roleMap.filter(([group]) => groups.has(group)).map(([, role]) => role);
  // USER_ROLES is ordered from most to least powerful.
  return USER_ROLES.find((r) => granted.includes(r)) ?? oidc.defaultRole;
}

/**
 * Finds or creates the account a verified identity signs in as, and applies the role mapping:
 * 1. the account already linked to this issuer + subject;
 * 2. else the account with the same e-mail, if the provider says the e-mail is verified (then linked);
 * 3. else a new account (just in time) with the mapped or default role, linked.
 * Disabled accounts are refused. A role changed by the mapping is an `access` event, like an admin's
 * change: cached credentials are dropped and the person's open streams check their access again.
 */
export async function ssoSignIn(deps: Deps, oidc: OidcConfig, claims: Claims): Promise<UserRow> {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!subject) throw new SsoFailure('invalid_token', 'no sub claim');
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  const name = [claims.name, claims.preferred_username].find((n): n is string => typeof n === 'string' && n.trim() !== '')?.trim();
  const role = mappedRole(oidc, claims);
  const now = deps.clock.now().toISOString();

  return transaction(deps, async (tx) => {
    let user = await userByIdentity(tx, oidc.issuer, subject);
    if (!user) {
      if (!email) throw new SsoFailure('email_missing');
      if (!verified) throw new SsoFailure('email_unverified');
      user = await getUserByEmail(tx, email);
      if (!user) {
        user = {
          id: newId(),
          email,
          name: (name ?? email.split('@')[0]).slice(0, 200),
          role: role ?? oidc.defaultRole,
          password_hash: null,
          created_at: now,
          disabled_at: null,
        };
        await insertUser(tx, user);
      }
      await insertIdentity(tx, { issuer: oidc.issuer, subject, user_id: user.id, created_at: now });
    }
    if (user.disabled_at) throw new SsoFailure('account_disabled');
    if (role && role !== user.role) {
      await updateUser(tx, user.id, { role });
      tx.events.push({ type: 'access', userId: user.id });
      user = { ...user, role };
    }
    return user;
  });
}
