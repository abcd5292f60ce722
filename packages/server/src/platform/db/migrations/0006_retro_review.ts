import type { Kysely } from 'kysely';

/**
 * Whether a retrospective must go through review before it is published: a setting of its template
 * (none of the built-ins require it), copied into each retrospective when it is drafted. Without the
 * review step, an admin may publish a draft directly (a team of one has nobody to review it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('retro_templates')
    .addColumn('review_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('retros')
    .addColumn('review_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
