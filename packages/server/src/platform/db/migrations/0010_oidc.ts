import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Single sign-on with OpenID Connect. `oidc_logins`: a sign-in under way (PKCE verifier, state, nonce),
 * keyed by the SHA-256 of a secret held in the browser's cookie, so it can only be finished in the
 * browser that started it, by any instance of a fleet; used once. `user_identities`: which account a
 * provider's subject signs in as (linked on the first sign-in, by verified e-mail or a new account).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('oidc_logins')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_logins_expiry').on('oidc_logins').column('expires_at').execute();
  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user').on('user_identities').column('user_id').execute();
}
