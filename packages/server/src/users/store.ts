import { type Selectable, sql } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { ApiTokensTable, OidcLoginsTable, SessionsTable, UserIdentitiesTable, UsersTable } from '../platform/db/schema.ts';

export type UserRow = Selectable<UsersTable>;
export type TokenRow = Selectable<ApiTokensTable>;

export const getUser = (tx: Tx, id: string) => tx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const getUserByEmail = (tx: Tx, email: string) =>
  tx.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

/** Active accounts whose display name is exactly this (case-insensitive): chat platforms that name people but give no e-mail (Teams). */
export const activeUsersNamed = (tx: Tx, name: string) =>
  tx.db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where('disabled_at', 'is', null)
    .limit(2)
    .execute();

export const getUsersByIds = (tx: Tx, ids: string[]) =>
  ids.length ? tx.db.selectFrom('users').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

export const countUsers = async (tx: Tx) =>
  Number(
    (
      await tx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** By e-mail address; the id breaks ties. */
export const userOrder = keyset<{ email: string; id: string }>('users', [
  { column: 'users.email', dir: 'asc', type: 'string', of: (r) => r.email },
  { column: 'users.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);

export async function listUsers(tx: Tx, opts: { limit: number; after?: Cursor; q?: string }) {
  let q = tx.db
    .selectFrom('users')
    .selectAll()
    .$call(userOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(userOrder.after(opts.after));
  if (opts.q) q = q.where((eb) => eb.or([eb('email', 'like', `%${opts.q}%`), eb('name', 'like', `%${opts.q}%`)]));
  return q.execute();
}

export const insertUser = (tx: Tx, row: UserRow) => tx.db.insertInto('users').values(row).execute();

export const updateUser = (tx: Tx, id: string, patch: Partial<UserRow>) =>
  tx.db.updateTable('users').set(patch).where('id', '=', id).execute();

export type SessionRow = Selectable<SessionsTable>;

export const insertSession = (tx: Tx, row: SessionRow) => tx.db.insertInto('sessions').values(row).execute();

/** Someone's sessions that have not expired, newest first. */
export const listSessions = (tx: Tx, userId: string, now: string) =>
  tx.db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const getSessionById = (tx: Tx, id: string) => tx.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const deleteSessionById = (tx: Tx, id: string) => tx.db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();

/** Ends every session of a person but one (the caller's own, when signing out everywhere else). */
export const deleteOtherSessions = (tx: Tx, userId: string, keepId: string | null) => {
  let q = tx.db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  return q.executeTakeFirst();
};

export const touchSession = (
  tx: Tx,
  idHash: string,
  patch: { last_seen_at: string; client_address: string | null; user_agent: string | null },
) => tx.db.updateTable('sessions').set(patch).where('id_hash', '=', idHash).execute();

export const touchToken = (tx: Tx, id: string, at: string) =>
  tx.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();

export const deleteSession = (tx: Tx, idHash: string) => tx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();

export const deleteUserSessions = (tx: Tx, userId: string) => tx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();

export const userBySession = (tx: Tx, idHash: string, now: string) =>
  tx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.expires_at as session_expires_at', 'sessions.id as session_id', 'sessions.last_seen_at as session_last_seen_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();

export const userByToken = (tx: Tx, tokenHash: string) =>
  tx.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.scope as token_scope',
      'api_tokens.expires_at as token_expires_at',
      'api_tokens.revoked_at as token_revoked_at',
      'api_tokens.last_used_at as token_last_used_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();

export const insertToken = (tx: Tx, row: TokenRow) => tx.db.insertInto('api_tokens').values(row).execute();

export const listTokens = (tx: Tx, userId: string) =>
  tx.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();

export const getToken = (tx: Tx, id: string) => tx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();

export const revokeToken = (tx: Tx, id: string, now: string) =>
  tx.db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute();

/** Admins who can sign in: before the first one sets a password, setup is not finished. */
export const countAdminsWithPassword = async (tx: Tx) =>
  Number(
    (
      await tx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', 'admin')
        .where('password_hash', 'is not', null)
        .where('disabled_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertSetupLink = (tx: Tx, row: { token_hash: string; user_id: string; created_at: string; expires_at: string }) =>
  tx.db
    .insertInto('setup_links')
    .values({ ...row, used_at: null })
    .execute();

export const getSetupLink = (tx: Tx, tokenHash: string) =>
  tx.db.selectFrom('setup_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const useSetupLink = (tx: Tx, tokenHash: string, now: string) =>
  tx.db
    .updateTable('setup_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();

export const insertOidcLogin = (tx: Tx, row: Selectable<OidcLoginsTable>) => tx.db.insertInto('oidc_logins').values(row).execute();

/** Takes a sign-in under way (once: it is deleted; of two callbacks racing, only the one that deleted it gets it), if it has not expired. */
export async function takeOidcLogin(tx: Tx, idHash: string, now: string) {
  const row = await tx.db.selectFrom('oidc_logins').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const { numDeletedRows } = await tx.db.deleteFrom('oidc_logins').where('id_hash', '=', idHash).executeTakeFirst();
  return Number(numDeletedRows) === 1 && row.expires_at > now ? row : undefined;
}

export const countOidcLogins = async (tx: Tx) =>
  Number(
    (
      await tx.db
        .selectFrom('oidc_logins')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Sign-ins never finished (the person closed the tab) are dropped when the next one starts. */
export const pruneOidcLogins = (tx: Tx, now: string) => tx.db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();

export const userByIdentity = (tx: Tx, issuer: string, subject: string) =>
  tx.db
    .selectFrom('user_identities')
    .innerJoin('users', 'users.id', 'user_identities.user_id')
    .selectAll('users')
    .where('user_identities.issuer', '=', issuer)
    .where('user_identities.subject', '=', subject)
    .executeTakeFirst();

export const insertIdentity = (tx: Tx, row: Selectable<UserIdentitiesTable>) => tx.db.insertInto('user_identities').values(row).execute();

// ---- sign-in throttle (throttle.ts) ----

/**
 * Counts one failure against a key in its window (a window older than `windowStart` starts again at
 * 1), atomically; returns the count and any lock.
 */
export const countSigninFailure = (tx: Tx, key: string, now: string, windowStart: string) =>
  tx.db
    .insertInto('signin_throttle')
    .values({ key, failures: 1, window_start: now, locked_until: null, updated_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN signin_throttle.window_start <= ${windowStart} THEN 1 ELSE signin_throttle.failures + 1 END`,
        window_start: sql<string>`CASE WHEN signin_throttle.window_start <= ${windowStart} THEN ${now} ELSE signin_throttle.window_start END`,
        updated_at: now,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();

export const lockSignins = (tx: Tx, key: string, until: string) =>
  tx.db.updateTable('signin_throttle').set({ locked_until: until }).where('key', '=', key).execute();

/** A successful sign-in: the account's count goes, the client's goes down by one. */
export async function forgiveSignin(tx: Tx, accountKey: string, clientKey: string): Promise<void> {
  await tx.db.deleteFrom('signin_throttle').where('key', '=', accountKey).execute();
  await tx.db
    .updateTable('signin_throttle')
    .set({ failures: sql<number>`failures - 1` })
    .where('key', '=', clientKey)
    .where('failures', '>', 0)
    .execute();
}

/** Deletes counts whose window started at or before `windowStart` and whose lock (if any) has ended. */
export const pruneSigninCounts = async (tx: Tx, windowStart: string, now: string) =>
  Number(
    (
      await tx.db
        .deleteFrom('signin_throttle')
        .where('window_start', '<=', windowStart)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .executeTakeFirst()
    ).numDeletedRows,
  );
