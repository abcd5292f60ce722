import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/harness.ts';
import { type Database, openDatabase } from './index.ts';
import { dropSchema, migrate } from './migrate.ts';
import * as m0001 from './migrations/0001_core.ts';
import * as m0002 from './migrations/0002_retrospectives.ts';
import * as m0003 from './migrations/0003_incident_list_indexes.ts';
import * as m0004 from './migrations/0004_jobs.ts';
import * as m0005 from './migrations/0005_default_severity.ts';
import * as m0006 from './migrations/0006_retro_review.ts';
import * as m0007 from './migrations/0007_whys_carried.ts';
import * as m0008 from './migrations/0008_retro_history.ts';

const BEFORE = { m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008 };
const NAMES = [
  '0001_core',
  '0002_retrospectives',
  '0003_incident_list_indexes',
  '0004_jobs',
  '0005_default_severity',
  '0006_retro_review',
  '0007_whys_carried',
  '0008_retro_history',
];

/** A database migrated only as far as before token scopes existed. */
async function oldDatabase(kind: 'sqlite' | 'postgres'): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  let database: Database;
  let cleanup: () => Promise<void>;
  let schema: string | undefined;
  if (kind === 'postgres') {
    schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const db = await openDatabase(process.env.FIREBREAK_TEST_DATABASE_URL as string, { schema, migrate: false });
    database = db;
    cleanup = async () => {
      await dropSchema(db.db as Kysely<unknown>, schema as string).catch(() => {});
      await db.close();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-mig-'));
    const db = await openDatabase(join(dir, 'old.sqlite'), { migrate: false });
    database = db;
    cleanup = async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const migrations: Record<string, Migration> = {};
  Object.values(BEFORE).forEach((mod, i) => {
    migrations[NAMES[i]] = { up: (db) => mod.up(db, database.dialect) };
  });
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return { database, cleanup };
}

describe.each(testDatabases())('migration 0011 (token scopes, sessions) on %s', (kind) => {
  it("gives existing tokens the scope of their owner's role and no new expiry, and existing sessions public ids", async () => {
    const { database, cleanup } = await oldDatabase(kind);
    try {
      const db = database.db as unknown as Kysely<unknown>;
      const at = '2026-01-01T00:00:00.000Z';
      for (const [id, role] of [
        ['u-admin', 'admin'],
        ['u-resp', 'responder'],
        ['u-view', 'viewer'],
      ])
        await sql`insert into users (id, email, name, role, password_hash, created_at, disabled_at) values (${id}, ${`${id}@example.com`}, ${id}, ${role}, null, ${at}, null)`.execute(
          db,
        );
      for (const [id, user, expires] of [
        ['t-admin', 'u-admin', null],
        ['t-resp', 'u-resp', '2027-06-01T00:00:00.000Z'],
        ['t-view', 'u-view', null],
      ])
        await sql`insert into api_tokens (id, user_id, name, token_hash, prefix, created_at, expires_at, revoked_at, last_used_at) values (${id}, ${user}, ${id}, ${`hash-${id}`}, 'fbt_xxxxxx', ${at}, ${expires}, null, null)`.execute(
          db,
        );
      for (const h of ['s1', 's2'])
        await sql`insert into sessions (id_hash, user_id, created_at, expires_at) values (${h}, 'u-resp', ${at}, '2027-01-01T00:00:00.000Z')`.execute(
          db,
        );

      await migrate(database);

      const tokens = (
        await sql<{
          id: string;
          scope: string;
          expires_at: string | null;
        }>`select id, scope, expires_at from api_tokens order by id`.execute(db)
      ).rows;
      expect(tokens).toEqual([
        { id: 't-admin', scope: 'admin', expires_at: null },
        { id: 't-resp', scope: 'responder', expires_at: '2027-06-01T00:00:00.000Z' },
        { id: 't-view', scope: 'responder', expires_at: null },
      ]);
      const sessions = (
        await sql<{ id: string; id_hash: string; last_seen_at: string }>`select id, id_hash, last_seen_at from sessions`.execute(db)
      ).rows;
      expect(sessions).toHaveLength(2);
      expect(new Set(sessions.map((s) => s.id)).size).toBe(2);
      for (const s of sessions) {
        expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(s.id).not.toBe(s.id_hash);
        expect(s.last_seen_at).toBe(at);
      }
    } finally {
      await cleanup();
    }
  });
});
