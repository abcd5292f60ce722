import type { Kysely } from 'kysely';

/**
 * Heartbeat runs (alerts slice, issue 12): healthchecks.io's `/start` signal. `started_at` is when
 * the job said it started and has not finished since (a check-in or a failure report clears it);
 * while it is set the alert is due by start + grace at the latest, so a job that hangs alerts
 * without waiting for its next period. `last_run_ms` is how long the last run that sent a start
 * took, shown beside the heartbeat.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('heartbeats').addColumn('started_at', 'text').execute();
  await db.schema.alterTable('heartbeats').addColumn('last_run_ms', 'bigint').execute();
}
