import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Chat-ops handovers (issue 16, slice chatops/): the channel per team and connection where the
 * team's on-call handovers are posted, and outbox streams that are not an incident's: a row now
 * belongs to an incident or to a handover (`handover_id`), so `incident_id` may be empty. SQLite
 * cannot drop a NOT NULL, so it rebuilds the (queue-only) outbox table with its rows.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('chat_team_channels')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('connection_id', 'text', (c) => c.notNull().references('chat_connections.id'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('chat_team_channels_pk', ['team_id', 'connection_id'])
    .execute();
  if (dialect === 'postgres') {
    await db.schema
      .alterTable('chat_outbox')
      .alterColumn('incident_id', (c) => c.dropNotNull())
      .execute();
    await db.schema.alterTable('chat_outbox').addColumn('handover_id', 'text').execute();
  } else {
    await db.schema
      .createTable('chat_outbox_new')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('connection_id', 'text', (c) => c.notNull())
      .addColumn('incident_id', 'text')
      .addColumn('handover_id', 'text')
      .addColumn('op', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('result', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .execute();
    await sql`insert into chat_outbox_new (id, connection_id, incident_id, handover_id, op, payload, dedupe_key, state, attempts, next_attempt_at, lease_until, last_error, result, created_at, done_at)
      select id, connection_id, incident_id, null, op, payload, dedupe_key, state, attempts, next_attempt_at, lease_until, last_error, result, created_at, done_at from chat_outbox`.execute(
      db,
    );
    await db.schema.dropTable('chat_outbox').execute();
    await db.schema.alterTable('chat_outbox_new').renameTo('chat_outbox').execute();
    await db.schema.createIndex('chat_outbox_stream').on('chat_outbox').columns(['connection_id', 'incident_id', 'state', 'id']).execute();
    await db.schema
      .createIndex('chat_outbox_dedupe')
      .on('chat_outbox')
      .column('dedupe_key')
      .unique()
      .where(sql.ref('dedupe_key'), 'is not', null)
      .execute();
  }
  await db.schema
    .createIndex('chat_outbox_handover_stream')
    .on('chat_outbox')
    .columns(['connection_id', 'handover_id', 'state', 'id'])
    .execute();
}
