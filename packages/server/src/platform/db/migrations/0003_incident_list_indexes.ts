import type { Kysely } from 'kysely';

/**
 * Filtered incident lists (?status=active&severity=SEV1) walked the severity index in number order
 * through thousands of closed incidents (4.4 ms a query at 100k). With (status, severity_id, number)
 * they seek the few active ones and sort them (0.9 ms); a severity-only filter walks the number
 * index instead (1 ms), so no severity-leading index is kept — SQLite would prefer it and be slow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('incidents_status_severity_number').on('incidents').columns(['status', 'severity_id', 'number']).execute();
  await db.schema.dropIndex('incidents_severity').execute();
}
