import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident } from '../test/factories.ts';
import { type Installation, populate, startInstallation } from '../test/installation.ts';
import { moveToPostgres, OpsError, verifyCopy } from './index.ts';

const url = process.env.FIREBREAK_TEST_DATABASE_URL;
const schemaName = (what: string) => `${what}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}
const dropSchema = (s: string) => admin(`BEGIN; SELECT pg_advisory_xact_lock(731942117); DROP SCHEMA IF EXISTS "${s}" CASCADE; COMMIT;`);

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof OpsError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

/** The same requests as the same people, answered by the server on SQLite and on its PostgreSQL copy. */
async function views(i: Installation, refs: string[], retroRef: string) {
  const { t } = i;
  const out: Record<string, string> = {};
  const urls = [
    '/api/v1/incidents',
    '/api/v1/incidents?status=closed',
    '/api/v1/incidents/stats',
    '/api/v1/follow-ups',
    '/api/v1/users',
    '/api/v1/teams',
    '/api/v1/services',
    '/api/v1/severities',
    '/api/v1/jobs',
    `/api/v1/retros/${retroRef}`,
    `/api/v1/retros/${retroRef}/answers`,
    `/api/v1/retros/${retroRef}/answers/mine`,
    ...refs.flatMap((r) => [`/api/v1/incidents/${r}`, `/api/v1/incidents/${r}/timeline`, `/api/v1/incidents/${r}/actions`]),
  ];
  for (const user of [t.admin, t.responder, t.responder2, t.viewer]) {
    for (const u of urls) {
      const res = await t.call(user, 'GET', u);
      out[`${user.email} ${u}`] = `${res.statusCode} ${res.body}`;
    }
  }
  return out;
}

describe.runIf(url)('firebreak migrate --to postgres:// (SQLite → PostgreSQL)', () => {
  let dir: string;
  let source: Installation;
  let refs: string[];
  let retroRef: string;
  let users: Pick<Installation['t'], 'admin' | 'responder' | 'responder2' | 'viewer'>;
  let onSqlite: Record<string, string>;
  const schemas: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'firebreak-move-'));
    source = await startInstallation(join(dir, 'data'));
    ({ refs, retroRef } = await populate(source.t));
    users = { admin: source.t.admin, responder: source.t.responder, responder2: source.t.responder2, viewer: source.t.viewer };
    onSqlite = await views(source, refs, retroRef);
  }, 180_000);
  afterAll(async () => {
    await source.stop().catch(() => {});
    for (const s of schemas) await dropSchema(s);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses while the SQLite server is running', async () => {
    const schema = schemaName('mv');
    schemas.push(schema);
    expect((await refusal(moveToPostgres({ source: source.database, target: url as string, schema }))).code).toBe('server_running');
  });

  it('copies everything, verifies every table, and the server on the copy answers exactly as on SQLite', async () => {
    await source.stop();
    const schema = schemaName('mv');
    schemas.push(schema);
    const log: string[] = [];
    const r = await moveToPostgres({
      source: source.database,
      target: url as string,
      schema,
      dataDir: source.dataDir,
      batchSize: 7,
      log: (l) => log.push(l),
    });
    expect(r.ok).toBe(true);
    expect(r.answerKey).toBe('fits'); // the servers on PostgreSQL keep using this data directory's secrets/
    // Every table of the schema, none skipped, and the populated ones really hold rows.
    const sqlite = new DatabaseSync(source.database, { readOnly: true });
    const tables = (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' AND name <> 'audit_log_prune'" +
            " AND name <> 'search_docs' AND name <> 'search_incident_fields' AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'incident_fts%'",
        ) // SQLite-only, empty between transactions
        .all() as { name: string }[]
    ).map((t) => t.name);
    sqlite.close();
    expect(r.tables.map((t) => t.table).sort()).toEqual(tables.sort());
    const rows = Object.fromEntries(r.tables.map((t) => [t.table, t.targetRows]));
    for (const t of [
      'users',
      'incidents',
      'timeline_entries',
      'actions',
      'retros',
      'retro_answers',
      'jobs',
      'teams',
      'services',
      'api_tokens',
    ]) {
      expect(rows[t], t).toBeGreaterThan(0);
    }
    expect(r.tables.every((t) => t.sourceRows === t.targetRows && t.sourceChecksum === t.targetChecksum)).toBe(true);
    // Parents were copied before the tables that refer to them.
    const order = r.tables.map((t) => t.table);
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('incidents'));
    expect(order.indexOf('incidents')).toBeLessThan(order.indexOf('timeline_entries'));
    expect(order.indexOf('retros')).toBeLessThan(order.indexOf('retro_answers'));

    const moved = await startInstallation(join(dir, 'data'), { database: url as string, schema, users });
    try {
      expect(moved.t.kind).toBe('postgres');
      const onPostgres = await views(moved, refs, retroRef);
      expect(Object.keys(onPostgres).length).toBeGreaterThan(100);
      const ok = Object.entries(onSqlite).filter(([, body]) => body.startsWith('200 '));
      expect(
        ok.length,
        Object.keys(onSqlite)
          .filter((k) => !onSqlite[k].startsWith('200 '))
          .join('\n'),
      ).toBeGreaterThan(90);
      expect(onSqlite[`priya@example.com /api/v1/incidents/${refs[0]}`]).toContain('Payments fail');
      for (const [key, body] of Object.entries(onSqlite)) expect(onPostgres[key], key).toBe(body);
      // And it goes on from where SQLite stopped: the next incident number and timeline ids follow on.
      const before = (await moved.t.call(moved.t.admin, 'GET', '/api/v1/incidents')).json().data as { number: number }[];
      const next = await buildIncident(moved.t);
      expect(next.number).toBe(Math.max(...before.map((i) => i.number)) + 1);
      const timeline = (await moved.t.call(moved.t.admin, 'GET', `/api/v1/incidents/${next.ref}/timeline`)).json().data as { id: number }[];
      expect(timeline.length).toBeGreaterThan(0);
    } finally {
      await moved.stop();
    }

    // The target now holds data: a second move into it is refused, nothing is copied twice.
    expect((await refusal(moveToPostgres({ source: source.database, target: url as string, schema }))).code).toBe('target_not_empty');
  }, 180_000);

  it('verification catches a tampered row, a missing row and a changed number', async () => {
    const schema = schemaName('mv');
    schemas.push(schema);
    expect((await moveToPostgres({ source: source.database, target: url as string, schema })).ok).toBe(true);
    const tamper = async (sql: string) => {
      const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
      await c.connect();
      await c.query(sql);
      await c.end();
    };
    await tamper("UPDATE incidents SET title = title || '.' WHERE id = (SELECT min(id) FROM incidents)");
    let report = await verifyCopy({ source: source.database, target: url as string, schema });
    expect(report.filter((t) => !t.ok).map((t) => t.table)).toEqual(['incidents']);
    const incidents = report.find((t) => t.table === 'incidents');
    expect(incidents?.sourceRows).toBe(incidents?.targetRows); // same count, different content
    await tamper(
      'DELETE FROM retro_follow_ups; DELETE FROM actions WHERE id = (SELECT max(id) FROM actions WHERE id NOT IN (SELECT action_id FROM retro_whys WHERE action_id IS NOT NULL))',
    );
    await tamper('UPDATE jobs SET attempts = attempts + 1 WHERE id = (SELECT min(id) FROM jobs)');
    report = await verifyCopy({ source: source.database, target: url as string, schema });
    expect(report.filter((t) => !t.ok).map((t) => t.table)).toEqual(expect.arrayContaining(['incidents', 'actions', 'jobs']));
    expect(report.find((t) => t.table === 'users')?.ok).toBe(true);
  }, 180_000);

  it('fails loudly on tables it cannot order (a foreign-key cycle), before copying anything', async () => {
    const schema = schemaName('mv');
    schemas.push(schema);
    const copy = join(dir, 'cyclic.sqlite');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(source.database, copy);
    const db = new DatabaseSync(copy);
    db.exec(
      'CREATE TABLE zz_a (id TEXT PRIMARY KEY, b_id TEXT REFERENCES zz_b(id)); CREATE TABLE zz_b (id TEXT PRIMARY KEY, a_id TEXT REFERENCES zz_a(id))',
    );
    db.close();
    // The same tables on the target (as a migration would have made them), still empty.
    await admin(
      `CREATE SCHEMA "${schema}"; SET search_path = "${schema}"; CREATE TABLE zz_a (id text PRIMARY KEY, b_id text); CREATE TABLE zz_b (id text PRIMARY KEY, a_id text REFERENCES zz_a(id)); ALTER TABLE zz_a ADD FOREIGN KEY (b_id) REFERENCES zz_b(id);`,
    );
    const err = await refusal(moveToPostgres({ source: copy, target: url as string, schema }));
    expect(err.code).toBe('cannot_order');
    expect(err.message).toMatch(/zz_a, zz_b.*cycle/);
    const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await c.connect();
    expect(Number((await c.query('SELECT count(*) AS n FROM users')).rows[0].n)).toBe(0);
    await c.end();
  }, 180_000);
});
