import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * A retrospective's own history: every edit, why, answer, depth decision, meeting and share-link
 * change, in order. The incident's timeline keeps only the meaningful steps (drafted, in review,
 * published, amended) instead of a line per save.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('retro_history')
    .addColumn('id', serial, (c) => c.primaryKey().$call((col) => (dialect === 'sqlite' ? col.autoIncrement() : col)))
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retro_history_retro').on('retro_history').columns(['retro_id', 'id']).execute();
}
