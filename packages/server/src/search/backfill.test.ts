import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema, knownMigrations, migrate } from '../platform/db/migrate.ts';
import { testDatabases } from '../test/harness.ts';
import { parseQuery } from './query.ts';
import { incidentsMatching, searchWindow } from './store.ts';

async function unmigrated(kind: 'sqlite' | 'postgres'): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === 'postgres') {
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const db = await openDatabase(process.env.FIREBREAK_TEST_DATABASE_URL as string, { schema, migrate: false });
    return {
      database: db,
      cleanup: async () => {
        await dropSchema(db.db as Kysely<unknown>, schema).catch(() => {});
        await db.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-search-'));
  const db = await openDatabase(join(dir, 'old.sqlite'), { migrate: false });
  return {
    database: db,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(testDatabases())('migrations 0027, 0036, 0040 and 0044 (search) on %s', (kind) => {
  it('indexes the incidents and timeline entries that existed before it', async () => {
    const { database, cleanup } = await unmigrated(kind);
    try {
      await migrate(
        database,
        knownMigrations().filter((n) => n < '0027'),
      );
      const db = database.db;
      const at = '2026-01-01T00:00:00.000Z';
      await db
        .insertInto('severities')
        .values({
          id: 'sev-old',
          rank: 1,
          name: 'SEV1',
          description: '',
          color: 'red',
          update_cadence_minutes: null,
          retrospective_required: 0,
        })
        .execute();
      await db
        .insertInto('incidents')
        .values({
          id: 'inc-old',
          number: 1,
          title: 'Old gramophone outage',
          summary: '',
          status: 'closed',
          severity_id: 'sev-old',
          private: 0,
          source: 'manual',
          original_request: '',
          reporter_id: null,
          reporter_name: null,
          created_by: null,
          symptoms: '',
          scope_customers: '',
          scope_regions: '',
          scope_user_share: null,
          customer_impact: '',
          root_causes: '',
          fixes_for_symptoms: '',
          root_cause_fix_state: 'unknown',
          root_cause_fix_description: '',
          root_cause_fix_reason: null,
          prevention: '',
          duplicate_of_id: null,
          created_at: at,
          updated_at: at,
          impact_started_at: null,
          detected_at: null,
          declared_at: at,
          acknowledged_at: null,
          identified_at: null,
          mitigated_at: null,
          resolved_at: null,
          closed_at: null,
          last_update_at: null,
        })
        .execute();
      await db
        .insertInto('timeline_entries')
        .values({
          incident_id: 'inc-old',
          kind: 'comment',
          actor_id: null,
          body: 'the gramophone needle snapped',
          data: '{}',
          visibility: 'internal',
          occurred_at: at,
          recorded_at: at,
          pinned: 0,
        })
        .execute();
      await migrate(database);
      const tx = { db, dialect: database.dialect, events: [] };
      const admin = { id: 'nobody', role: 'admin' } as Parameters<typeof searchWindow>[1];
      expect((await searchWindow(tx, admin, parseQuery('gramophone'), {}, 10, undefined, null)).rows).toHaveLength(2);
      expect((await searchWindow(tx, admin, parseQuery('needle'), {}, 10, undefined, null)).rows).toHaveLength(1);
      // Migration 0044 wrote the search fields of the incidents that existed: a responder finds their texts
      // (the access rule reads that privacy), filters and counts them by those fields.
      const responder = { id: 'nobody', role: 'responder' } as Parameters<typeof searchWindow>[1];
      const found = await searchWindow(tx, responder, parseQuery('gramophone'), {}, 10, undefined, { year: '2025-06-01T00:00:00.000Z' });
      expect(found.rows).toHaveLength(2);
      expect(found.facets).toEqual(
        expect.arrayContaining([
          { facet: 'status', value: 'closed', label: 'closed', n: 2 },
          { facet: 'severity', value: 'sev-old', label: 'SEV1', n: 2 },
          { facet: 'hasRetro', value: 'false', label: 'false', n: 2 },
        ]),
      );
      const filter = { statuses: ['closed'], severityIds: ['sev-old'], hasRetro: false };
      expect((await searchWindow(tx, responder, parseQuery('gramophone'), filter, 10, undefined, null)).rows).toHaveLength(2);
      // The incident list's ?q= (migration 0036's incident_fts on SQLite) finds it by its title, not by the comment.
      const listed = async (words: string) => {
        const { match, from } = await incidentsMatching(tx, admin, parseQuery(words, { prefixAll: true }))(null, 10);
        expect(from).toBeNull();
        return (await db.selectFrom('incidents').select('number').where(match).execute()).map((r) => Number(r.number));
      };
      expect(await listed('gramophone')).toEqual([1]);
      expect(await listed('needle')).toEqual([]);
      // Every word is a prefix, answered through migration 0040's prefix indexes (2 to 12 characters).
      expect(await listed('gramo')).toEqual([1]);
      expect(await listed('gramophones')).toEqual([1]);
      expect(await listed('gr outa')).toEqual([1]);
      expect(await listed('grama')).toEqual([]);
      // A text edited or removed in search_docs itself leaves the list's index in step.
      await db.updateTable('search_docs').set({ title: 'Old phonograph outage' }).where('source', '=', 'incident').execute();
      expect(await listed('gramophone')).toEqual([]);
      expect(await listed('phonograph')).toEqual([1]);
      await db.deleteFrom('search_docs').where('source', '=', 'incident').execute();
      expect(await listed('phonograph')).toEqual([]);
    } finally {
      await cleanup();
    }
  }, 60_000);
});
