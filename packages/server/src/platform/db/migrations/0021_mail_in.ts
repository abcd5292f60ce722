import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * E-mail in (mailin/): files that came with a reported or commented e-mail, kept with the incident
 * (base64 text, so the row is the same on both databases and in `firebreak migrate --to`), and the
 * Message-IDs already handled, so a sender that retries after a lost 250 does not act twice.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('incident_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    // the sender's address as it came (the person may have no account)
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_attachments_incident').on('incident_attachments').columns(['incident_id', 'created_at']).execute();

  await db.schema
    .createTable('mail_received')
    // the Message-ID as sent, lower-cased, without angle brackets
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    // reported | commented | alert | refused | dropped
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_received_at').on('mail_received').column('received_at').execute();
}
