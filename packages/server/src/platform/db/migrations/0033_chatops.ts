import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Chat-ops (issue 16, slice chatops/): connections to Slack, Mattermost and Teams (their secrets
 * sealed with platform/secrets.ts#seal as one JSON blob), the channel each incident got per
 * connection, inbound replay keys, the chat messages already mirrored or pinned (idempotency), and
 * the outbox: every call to a platform as a row, sent in order per connection and incident by jobs,
 * marked done once it succeeded so a retry never posts it again.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('chat_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('external_team_id', 'text')
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('api_base_url', 'text')
    .addColumn('secrets_sealed', 'text', (c) => c.notNull())
    .addColumn('secret_names', 'text', (c) => c.notNull())
    .addColumn('last_test', 'text')
    /** JSON ChatCapabilities as the adapter said when the connection was saved or tested */
    .addColumn('capabilities', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();
  await db.schema.createIndex('chat_connections_team').on('chat_connections').columns(['platform', 'external_team_id']).execute();
  await db.schema
    .createTable('chat_incident_channels')
    .addColumn('connection_id', 'text', (c) => c.notNull().references('chat_connections.id'))
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('channel_name', 'text', (c) => c.notNull())
    .addColumn('mirror', 'integer', (c) => c.notNull())
    /** JSON array of the Firebreak user ids invited so far (an invite adds only the others) */
    .addColumn('invited', 'text', (c) => c.notNull())
    /** The topic last set (unchanged topics are not set again) */
    .addColumn('topic', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addPrimaryKeyConstraint('chat_incident_channels_pk', ['connection_id', 'incident_id'])
    .execute();
  await db.schema
    .createIndex('chat_incident_channels_channel')
    .on('chat_incident_channels')
    .columns(['connection_id', 'channel_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('chat_replay_keys')
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('chat_replay_keys_pk', ['connection_id', 'key'])
    .execute();
  await db.schema.createIndex('chat_replay_keys_seen').on('chat_replay_keys').column('seen_at').execute();
  await db.schema
    .createTable('chat_message_marks')
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    /** mirror | pin */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('chat_message_marks_pk', ['connection_id', 'channel_id', 'message_id', 'kind'])
    .execute();
  await db.schema
    .createTable('chat_outbox')
    .addColumn('id', serial, (c) => c.primaryKey().$call((col) => (dialect === 'sqlite' ? col.autoIncrement() : col)))
    .addColumn('connection_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    /** create_channel | invite | topic | post | archive */
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    /** The same work is queued once (e.g. `entry:123:channel`). */
    .addColumn('dedupe_key', 'text')
    /** pending | done | failed */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    /** While a job sends this operation: the stream's runner, so two jobs never send it twice */
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema.createIndex('chat_outbox_stream').on('chat_outbox').columns(['connection_id', 'incident_id', 'state', 'id']).execute();
  await db.schema
    .createIndex('chat_outbox_dedupe')
    .on('chat_outbox')
    .column('dedupe_key')
    .unique()
    .where(sql.ref('dedupe_key'), 'is not', null)
    .execute();
}
