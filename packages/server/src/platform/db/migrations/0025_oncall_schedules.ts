import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * On-call schedules (issue 13). A schedule's layers are one JSON column in the engine's own shape
 * (`shared/oncall/schemas.ts#LayerSchema`): they are read and written whole, and the engine validates
 * them. Overrides are rows (listed, added and removed one by one). `oncall_feeds` holds the hashes of
 * the secret calendar-feed tokens (one per schedule, one per person). `oncall_handovers` is one row
 * per schedule and shift change (unique: the periodic job writes each once, also after a restart);
 * `handovers_through` on the schedule is how far that job has looked.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('oncall_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    // JSON: LayerSchema[] (lowest first)
    .addColumn('layers', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('handovers_through', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oncall_schedules_team').on('oncall_schedules').column('team_id').execute();

  await db.schema
    .createTable('oncall_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('oncall_schedules.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('replaces_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oncall_overrides_span').on('oncall_overrides').columns(['schedule_id', 'end_at']).execute();

  await db.schema
    .createTable('oncall_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // schedule:<id> | user:<id>: one live feed each; a new one replaces it
    .addColumn('scope', 'text', (c) => c.notNull().unique())
    .addColumn('schedule_id', 'text', (c) => c.references('oncall_schedules.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('oncall_handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('oncall_schedules.id').onDelete('cascade'))
    // the instant the shift changed hands
    .addColumn('changed_at', 'text', (c) => c.notNull())
    // when the outgoing person's shift began (clipped to a week)
    .addColumn('shift_start', 'text', (c) => c.notNull())
    .addColumn('outgoing_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('incoming_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // JSON: what happened in the shift (incidents, alerts, pages) when it was written
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('oncall_handovers_once', ['schedule_id', 'changed_at'])
    .execute();
  await db.schema.createIndex('oncall_handovers_outgoing').on('oncall_handovers').columns(['outgoing_user_id', 'changed_at']).execute();
  await db.schema.createIndex('oncall_handovers_incoming').on('oncall_handovers').columns(['incoming_user_id', 'changed_at']).execute();
}
