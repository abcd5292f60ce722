import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Reaching people (notifications/): what each person watches, the stakeholder lists of services
 * (which may hold addresses without an account), each person's channels and quiet hours, the in-app
 * notifications, the e-mail lines waiting to be sent as one coalesced mail, and unsubscribed addresses.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const auto = <T extends { autoIncrement(): T }>(col: T) => (dialect === 'sqlite' ? col.autoIncrement() : col);
  await db.schema
    .createTable('notification_subscriptions')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // incident | service | severity (everything at or above that severity)
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_subscriptions_pk', ['user_id', 'target', 'target_id'])
    .execute();
  await db.schema
    .createIndex('notification_subscriptions_target')
    .on('notification_subscriptions')
    .columns(['target', 'target_id'])
    .execute();

  await db.schema
    .createTable('service_stakeholders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('services.id').onDelete('cascade'))
    // lower-cased; a person with an account is matched by it at send time
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_stakeholders_unique', ['service_id', 'email'])
    .execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // JSON {kind: ["in_app","email"]}; kinds not named use the defaults
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', serial, (c) => auto(c.primaryKey()))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('entry_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // nobody gets the same event twice in the app
    .addUniqueConstraint('notifications_once', ['user_id', 'entry_id'])
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('notification_mail_items')
    .addColumn('id', serial, (c) => auto(c.primaryKey()))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('entry_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('stakeholder_only', 'integer', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    // nobody gets the same event twice by e-mail
    .addUniqueConstraint('notification_mail_items_once', ['recipient', 'entry_id'])
    .execute();
  await db.schema
    .createIndex('notification_mail_items_pending')
    .on('notification_mail_items')
    .columns(['recipient', 'incident_id', 'sent_at'])
    .execute();

  await db.schema
    .createTable('mail_unsubscribes')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
