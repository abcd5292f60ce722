import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database, Dialect } from './index.ts';
import * as m0001 from './migrations/0001_core.ts';

export type MigrationModule = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

const MIGRATIONS: Record<string, MigrationModule> = {
  '0001_core': m0001,
};

/** Applies pending migrations in name order; each runs in its own transaction. */
export async function migrate(database: Database): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, mod] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (db) => mod.up(db, database.dialect) };
  }
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}
