import type { Kysely } from 'kysely';

/**
 * Failed sign-ins, counted per key (an account, or a client address) in a fixed window, shared by
 * every instance of a fleet. `key` is a SHA-256 of `account:<e-mail>` or `client:<address>`, so the
 * table holds no e-mail or address in the clear and every key has the same size. Rows whose window
 * and lock have both passed are pruned (`signin.prune`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signin_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signin_throttle_updated').on('signin_throttle').columns(['updated_at']).execute();
}
