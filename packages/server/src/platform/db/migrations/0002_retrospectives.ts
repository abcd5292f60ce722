import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Retrospectives: templates, one retrospective per incident with per-section revisions, published
 * revisions (immutable snapshots), five-whys trees, everyone's answers (anonymous ones unlinkable
 * from their author in the row), follow-ups proposed in the retrospective, and the keys of imported
 * chat messages (so a re-import adds nothing).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  const entryId = dialect === 'postgres' ? 'bigint' : 'integer';

  await s
    .createTable('retro_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await s
    .createTable('retros')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().unique().references('incidents.id').onDelete('cascade'))
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_published_at', 'text')
    .addColumn('depth_decision', 'text')
    .addColumn('depth_reason', 'text')
    .addColumn('depth_decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('depth_decided_at', 'text')
    .addColumn('meeting_starts_at', 'text')
    .addColumn('meeting_duration_minutes', 'integer')
    .addColumn('meeting_location', 'text')
    .addColumn('meeting_attendees', 'text')
    .addColumn('meeting_sequence', 'integer', (c) => c.notNull())
    .addColumn('meeting_notes', 'text', (c) => c.notNull())
    .addColumn('meeting_notes_revision', 'integer', (c) => c.notNull())
    .addColumn('share_token_hash', 'text', (c) => c.unique())
    .addColumn('share_created_at', 'text')
    .addColumn('share_created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('share_allows_private', 'integer', (c) => c.notNull())
    .execute();
  await s.createIndex('retros_status').on('retros').columns(['status', 'updated_at']).execute();

  await s
    .createTable('retro_sections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('items', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('logged_by', 'text')
    .addColumn('logged_at', 'text')
    .addUniqueConstraint('retro_sections_key', ['retro_id', 'key'])
    .execute();

  await s
    .createTable('retro_revisions')
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_revisions_pk', ['retro_id', 'revision'])
    .execute();

  await s
    .createTable('retro_whys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('retro_whys.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ending', 'text')
    .addColumn('action_id', 'text', (c) => c.references('actions.id').onDelete('set null'))
    .addColumn('accepted_reason', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('retro_whys_retro').on('retro_whys').column('retro_id').execute();

  // No author column: anonymous answers carry only author_key = HMAC(server secret, retro + user),
  // which lets the author find their own answer but does not name them in a database dump.
  await s
    .createTable('retro_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('surprised', 'text', (c) => c.notNull())
    .addColumn('stuck', 'text', (c) => c.notNull())
    .addColumn('would_have_helped', 'text', (c) => c.notNull())
    .addColumn('updated_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('retro_answers_author', ['retro_id', 'author_key'])
    .execute();

  await s
    .createTable('retro_follow_ups')
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_follow_ups_pk', ['retro_id', 'action_id'])
    .execute();
  await s.createIndex('retro_follow_ups_action').on('retro_follow_ups').column('action_id').execute();

  await s
    .createTable('chat_message_keys')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('entry_id', entryId, (c) => c.notNull())
    .addPrimaryKeyConstraint('chat_message_keys_pk', ['incident_id', 'key'])
    .execute();
}
