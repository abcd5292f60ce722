import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Database, Dialect } from './index.ts';
import * as m0001 from './migrations/0001_core.ts';
import * as m0002 from './migrations/0002_retrospectives.ts';
import * as m0003 from './migrations/0003_incident_list_indexes.ts';
import * as m0004 from './migrations/0004_jobs.ts';
import * as m0005 from './migrations/0005_default_severity.ts';
import * as m0006 from './migrations/0006_retro_review.ts';
import * as m0007 from './migrations/0007_whys_carried.ts';
import * as m0008 from './migrations/0008_retro_history.ts';
import * as m0009 from './migrations/0009_signin_throttle.ts';
import * as m0010 from './migrations/0010_oidc.ts';
import * as m0011 from './migrations/0011_token_scopes_sessions.ts';
import * as m0012 from './migrations/0012_audit_log.ts';
import * as m0013 from './migrations/0013_alerts.ts';
import * as m0014 from './migrations/0014_notifications.ts';
import * as m0015 from './migrations/0015_alert_routing.ts';
import * as m0016 from './migrations/0016_maintenance_heartbeats.ts';
import * as m0019 from './migrations/0019_webhooks.ts';
import * as m0020 from './migrations/0020_reminders.ts';
import * as m0021 from './migrations/0021_mail_in.ts';
import * as m0022 from './migrations/0022_trackers.ts';
import * as m0023 from './migrations/0023_status_page.ts';
import * as m0024 from './migrations/0024_status_subscribers.ts';
import * as m0025 from './migrations/0025_oncall_schedules.ts';
import * as m0026 from './migrations/0026_paging.ts';
import * as m0027 from './migrations/0027_search.ts';
import * as m0028 from './migrations/0028_learning.ts';
import * as m0029 from './migrations/0029_status_summaries.ts';
import * as m0031 from './migrations/0031_learning_incremental.ts';
import * as m0032 from './migrations/0032_fts_batch.ts';
import * as m0033 from './migrations/0033_chatops.ts';
import * as m0034 from './migrations/0034_chat_team_channels.ts';
import * as m0036 from './migrations/0036_search_incident_order.ts';
import * as m0037 from './migrations/0037_opsgenie_requests.ts';
import * as m0040 from './migrations/0040_incident_fts_prefixes.ts';
import * as m0043 from './migrations/0043_heartbeat_runs.ts';
import * as m0044 from './migrations/0044_search_incident_fields.ts';
import * as m0045 from './migrations/0045_review_vectors.ts';

export type MigrationModule = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

const MIGRATIONS: Record<string, MigrationModule> = {
  '0001_core': m0001,
  '0002_retrospectives': m0002,
  '0003_incident_list_indexes': m0003,
  '0004_jobs': m0004,
  '0005_default_severity': m0005,
  '0006_retro_review': m0006,
  '0007_whys_carried': m0007,
  '0008_retro_history': m0008,
  '0009_signin_throttle': m0009,
  '0010_oidc': m0010,
  '0011_token_scopes_sessions': m0011,
  '0012_audit_log': m0012,
  '0013_alerts': m0013,
  '0014_notifications': m0014,
  '0015_alert_routing': m0015,
  '0016_maintenance_heartbeats': m0016,
  '0020_reminders': m0020,
  '0021_mail_in': m0021,
  '0019_webhooks': m0019,
  '0022_trackers': m0022,
  '0023_status_page': m0023,
  '0025_oncall_schedules': m0025,
  '0027_search': m0027,
  '0028_learning': m0028,
  '0029_status_summaries': m0029,
  '0031_learning_incremental': m0031,
  '0026_paging': m0026,
  '0024_status_subscribers': m0024,
  '0032_fts_batch': m0032,
  '0033_chatops': m0033,
  '0034_chat_team_channels': m0034,
  '0036_search_incident_order': m0036,
  '0037_opsgenie_requests': m0037,
  '0040_incident_fts_prefixes': m0040,
  '0043_heartbeat_runs': m0043,
  '0044_search_incident_fields': m0044,
  '0045_review_vectors': m0045,
};

/** Every migration this code knows, in order: a database that has applied others is newer than this code. */
export const knownMigrations = (): string[] => Object.keys(MIGRATIONS).sort();

/** The advisory lock held while migrating or dropping a schema (PostgreSQL). */
export const SCHEMA_LOCK = 731_942_117;

/** Drops a schema (tests, clean-up) while no migration is looking at the catalog. */
export async function dropSchema(db: Kysely<unknown>, schema: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SCHEMA_LOCK})`.execute(trx);
    await sql.raw(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '')}" CASCADE`).execute(trx);
  });
}

/** Applies pending migrations in name order; each runs in its own transaction. `only`: just these (tests build older databases). */
export async function migrate(database: Database, only?: string[]): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, mod] of Object.entries(MIGRATIONS)) {
    if (only && !only.includes(name)) continue;
    migrations[name] = { up: (db) => mod.up(db, database.dialect) };
  }
  // Unless told the schema, Kysely finds its bookkeeping tables in *any* schema, so migrating a
  // database in one schema fails while another schema of the same PostgreSQL has them (parallel tests).
  const schema =
    database.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } =
    database.dialect === 'postgres'
      ? await database.db.connection().execute(async (conn) => {
          // One migration at a time in the whole database, and never beside a schema being dropped:
          // Kysely looks its bookkeeping tables up across *every* schema, and a schema dropped
          // meanwhile (another instance, a parallel test's clean-up) fails that lookup.
          await sql`select pg_advisory_lock(${SCHEMA_LOCK})`.execute(conn);
          try {
            return await migrator.migrateToLatest();
          } finally {
            await sql`select pg_advisory_unlock(${SCHEMA_LOCK})`.execute(conn);
          }
        })
      : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}
