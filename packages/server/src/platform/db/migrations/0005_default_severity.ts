import type { Kysely } from 'kysely';

/** The severity new incidents start at unless the person declaring picks another: an admin setting (none set: the least severe). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('severities')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
