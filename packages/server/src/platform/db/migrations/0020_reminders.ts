import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Reminders (issue 11): a notification may now be about something other than a timeline entry — a
 * stakeholder update that is due, an action due or overdue — so `notifications.entry_id` becomes
 * optional and such notifications carry a `notice_key` instead (unique per person, like the entry).
 * The list's order was the entry id; it is now `seq`: the entry id for entry notifications (so their
 * order is unchanged), and for a reminder the newest entry id when it was sent (after everything
 * recorded before it). `notification_notices` records each reminder once per due time (the periodic job's memory, and
 * what the incident page shows: "reminded Dana 10:32, commander told 10:37"). `comms_settings`
 * holds the installation's communication settings (grace period, jargon list, update templates).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table notifications alter column entry_id drop not null`.execute(db);
    await sql`alter table notifications add column notice_key text`.execute(db);
    await sql`alter table notifications add column seq bigint`.execute(db);
    await sql`update notifications set seq = entry_id`.execute(db);
    await sql`alter table notifications alter column seq set not null`.execute(db);
  } else {
    // SQLite cannot drop NOT NULL: rebuild the table with the same rows and ids.
    await db.schema
      .createTable('notifications_0020')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('entry_id', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .addColumn('notice_key', 'text')
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addUniqueConstraint('notifications_once', ['user_id', 'entry_id'])
      .execute();
    await sql`insert into notifications_0020 (id, user_id, incident_id, entry_id, kind, title, body, created_at, read_at, seq)
      select id, user_id, incident_id, entry_id, kind, title, body, created_at, read_at, entry_id from notifications`.execute(db);
    await sql`drop table notifications`.execute(db);
    await sql`alter table notifications_0020 rename to notifications`.execute(db);
    await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
  }
  await db.schema.createIndex('notifications_user_seq').on('notifications').columns(['user_id', 'seq']).execute();
  // A reminder reaches a person once (NULLs are distinct on both databases: entry notifications are unaffected).
  await db.schema.createIndex('notifications_notice_once').on('notifications').columns(['user_id', 'notice_key']).unique().execute();

  await db.schema
    .createTable('notification_notices')
    // e.g. update_due:{incident}:{due}:lead, action_due:{action}:{due}:overdue
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    // lead | commander | due_soon | overdue
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_notices_subject').on('notification_notices').columns(['subject_id', 'due_at']).execute();

  await db.schema
    .createTable('comms_settings')
    // grace_minutes | jargon | templates; value is JSON
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
