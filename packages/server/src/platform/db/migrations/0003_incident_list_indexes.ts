import type { Kysely } from 'kysely';

/**
 * Filtered incident lists (?status=active&severity=SEV1) walked the severity index and sorted;
 * these let both databases read the newest matching incidents in index order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('incidents_status_severity_number').on('incidents').columns(['status', 'severity_id', 'number']).execute();
  await db.schema.createIndex('incidents_severity_number').on('incidents').columns(['severity_id', 'number']).execute();
  await db.schema.dropIndex('incidents_severity').execute();
}
