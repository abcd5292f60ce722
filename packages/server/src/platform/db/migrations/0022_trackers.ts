import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Follow-ups in a team's tracker (issue 11): one connection per team at a time (GitHub, GitLab, Jira
 * or Linear; its credential and webhook secret encrypted, see platform/secrets.ts#seal), and the
 * link from a follow-up to the issue it became there (one per follow-up).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('tracker_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('token_sealed', 'text', (c) => c.notNull())
    .addColumn('token_last4', 'text', (c) => c.notNull())
    .addColumn('webhook_secret_sealed', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('disconnected_at', 'text')
    .execute();
  await db.schema
    .createIndex('tracker_connections_team')
    .on('tracker_connections')
    .column('team_id')
    .unique()
    .where(sql.ref('disconnected_at'), 'is', null)
    .execute();
  await db.schema
    .createTable('tracker_links')
    .addColumn('action_id', 'text', (c) => c.primaryKey().references('actions.id'))
    .addColumn('connection_id', 'text', (c) => c.notNull().references('tracker_connections.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('minimal', 'integer', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('external_key', 'text')
    .addColumn('external_url', 'text')
    .addColumn('external_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('synced_at', 'text')
    .execute();
  await db.schema.createIndex('tracker_links_external').on('tracker_links').columns(['connection_id', 'external_id']).execute();
}
