import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * API tokens get a scope (read, ingest, responder, admin). Tokens made before scopes existed keep
 * doing what they did: each gets the scope of its owner's role (`admin` for admins, else `responder`,
 * which for a viewer means what a viewer may do), and
 * their expiry is left as it was (none, for most).
 *
 * Sessions get an opaque public id (what the API shows and revokes by; the cookie secret is only
 * ever stored hashed, as `id_hash`), when they were last seen, and the browser and address.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('api_tokens')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('read'))
    .execute();
  await sql`update api_tokens set scope = coalesce((select case users.role when 'admin' then 'admin' else 'responder' end from users where users.id = api_tokens.user_id), 'read')`.execute(
    db,
  );

  await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('client_address', 'text').execute();
  const rows = (await sql<{ id_hash: string }>`select id_hash from sessions`.execute(db)).rows;
  for (const r of rows) await sql`update sessions set id = ${randomUUID()} where id_hash = ${r.id_hash}`.execute(db);
  await sql`update sessions set last_seen_at = created_at`.execute(db);
  await db.schema.createIndex('sessions_id').unique().on('sessions').column('id').execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'created_at']).execute();
}
