import type { Kysely } from 'kysely';

/**
 * One whys system: the ticket's whys are carried into the retrospective's five whys (a chain per
 * question, with its answer below it). `whys.retro_why_id` is the why a ticket question became;
 * carried whys are internal (war-room text) until a person rewords or keeps them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('whys').addColumn('retro_why_id', 'text').execute();
  await db.schema
    .alterTable('retro_whys')
    .addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
