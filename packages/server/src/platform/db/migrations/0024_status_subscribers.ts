import type { Kysely } from 'kysely';

/**
 * Status page subscribers (issue 15, public side): people who asked for e-mail about the public
 * status page (double opt-in: `confirmed_at` stays null until the link in the one confirmation mail
 * is followed, and nothing else is sent before), and webhook receivers (no confirmation; the URL
 * policy of the webhooks slice applies). `address` is the lower-cased e-mail or the URL, unique per
 * kind. `component_ids` is a JSON array of status page component ids, or null for everything.
 * `status_subscribe_throttle` counts subscribe requests per hashed key (an address, a client, the
 * whole installation) in fixed windows, like `signin_throttle`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_subscribers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // email | webhook
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('component_ids', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmation_sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('status_subscribers_address', ['kind', 'address'])
    .execute();
  await db.schema.createIndex('status_subscribers_confirmed').on('status_subscribers').columns(['confirmed_at']).execute();

  await db.schema
    .createTable('status_subscribe_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
