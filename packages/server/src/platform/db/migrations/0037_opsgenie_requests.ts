import type { Kysely } from 'kysely';

/**
 * Opsgenie request status (alerts slice, issue 12): what each accepted Opsgenie request did, by the
 * `requestId` of its 202 answer, for `GET /v2/alerts/requests/{requestId}` (polled by
 * opsgenie-go-sdk-v2's `RetrieveStatus` and opsgenie-python-sdk's `get_request_status`). Kept for
 * a few days (alerts/opsgenie.ts removes older rows).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('opsgenie_requests')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('integration_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text')
    .addColumn('alias', 'text')
    .addColumn('processed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opsgenie_requests_processed').on('opsgenie_requests').column('processed_at').execute();
}
