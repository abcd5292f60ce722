import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/index.ts';
import { knownMigrations, migrate } from '../platform/db/migrate.ts';
import { buildIncident } from '../test/factories.ts';
import { type Installation, populate, sqlitePath, startInstallation } from '../test/installation.ts';
import { backupSqlite, OpsError, restoreSqlite, sqliteInUse } from './index.ts';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const running: Installation[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'firebreak-ops-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const i of running.splice(0)) await i.stop().catch(() => {});
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const refusal = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof OpsError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
};

async function start(dataDir: string, users?: Installation['t']) {
  const i = await startInstallation(dataDir, users ? { users } : {});
  running.push(i);
  return i;
}
async function stop(i: Installation) {
  await i.stop();
  running.splice(running.indexOf(i), 1);
}

/** What a person sees of an installation: the same requests must answer the same after a restore. */
async function views(i: Installation, refs: string[], retroRef: string) {
  const { t } = i;
  const out: Record<string, string> = {};
  const urls = ['/api/v1/incidents', ...refs.flatMap((r) => [`/api/v1/incidents/${r}`, `/api/v1/incidents/${r}/timeline`])];
  for (const user of [t.admin, t.responder, t.viewer]) {
    for (const url of [...urls, `/api/v1/retros/${retroRef}`, `/api/v1/retros/${retroRef}/answers`]) {
      const res = await t.call(user, 'GET', url);
      out[`${user.email} ${url}`] = `${res.statusCode} ${res.body}`;
    }
  }
  return out;
}

describe('firebreak backup (SQLite online backup)', () => {
  it('is a consistent, openable copy with every row committed before it, while another process keeps writing', async () => {
    const dir = tempDir();
    const db = join(dir, 'data', 'firebreak.sqlite');
    await (await openDatabase(db)).close();
    const setup = new DatabaseSync(db);
    setup.exec('CREATE TABLE probe_a (n INTEGER PRIMARY KEY, pad TEXT NOT NULL); CREATE TABLE probe_b (n INTEGER PRIMARY KEY)');
    setup.close();
    // Another process (as a server would be) writes two rows per transaction, in two tables, and says how far it has committed.
    const script = join(dir, 'writer.mjs');
    writeFileSync(
      script,
      `import { DatabaseSync } from 'node:sqlite';
       const db = new DatabaseSync(process.argv[2]);
       db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL');
       const a = db.prepare('INSERT INTO probe_a (n, pad) VALUES (?, ?)');
       const b = db.prepare('INSERT INTO probe_b (n) VALUES (?)');
       let n = 0;
       const step = () => {
         for (let i = 0; i < 10; i++) { n++; db.exec('BEGIN IMMEDIATE'); a.run(n, 'x'.repeat(1000)); b.run(n); db.exec('COMMIT'); }
         process.stdout.write(n + '\\n');
         setImmediate(step);
       };
       step();`,
    );
    const writer = spawn(process.execPath, [script, db], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(writer);
    let committed = 0;
    writer.stdout.on('data', (b: Buffer) => {
      const last = b.toString().trim().split('\n').pop();
      if (last) committed = Number(last);
    });
    while (committed < 3000) await new Promise((r) => setTimeout(r, 20));

    expect(sqliteInUse(db)).toBe(true);
    const before = committed;
    const result = backupSqlite({ database: db, dataDir: join(dir, 'data'), file: join(dir, 'backup.sqlite') });
    await new Promise((r) => setTimeout(r, 200));
    const after = committed;
    writer.kill('SIGKILL');
    expect(after).toBeGreaterThan(before); // the writer never stopped

    expect(result.migrations).toBe(knownMigrations().length);
    const copy = new DatabaseSync(result.file, { readOnly: true });
    try {
      expect((copy.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
      const a = copy.prepare('SELECT count(*) AS c, min(n) AS lo, max(n) AS hi FROM probe_a').get() as {
        c: number;
        lo: number;
        hi: number;
      };
      const b = copy.prepare('SELECT count(*) AS c, max(n) AS hi FROM probe_b').get() as { c: number; hi: number };
      // Everything committed before the backup began, nothing half: both tables end at the same transaction, without gaps.
      expect(a.hi).toBeGreaterThanOrEqual(before);
      expect(a.hi).toBeLessThanOrEqual(after + 10);
      expect(a).toEqual({ c: a.hi, lo: 1, hi: a.hi });
      expect(b).toEqual({ c: a.hi, hi: a.hi });
      expect((copy.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('delete');
    } finally {
      copy.close();
    }
    expect(existsSync(`${result.file}-wal`)).toBe(false);
  }, 120_000);

  it('refuses to overwrite a backup unless forced, and copies the answer key beside it', async () => {
    const dir = tempDir();
    const i = await start(join(dir, 'data'));
    await populate(i.t); // an answer creates the key in secrets/
    const file = join(dir, 'nightly.sqlite');
    const first = backupSqlite({ database: i.database, dataDir: i.dataDir, file });
    expect(first.secrets).toBe(`${file}.secrets`);
    expect(readFileSync(join(first.secrets as string, 'retro-answer-key'), 'utf8')).toBe(
      readFileSync(join(i.dataDir, 'secrets', 'retro-answer-key'), 'utf8'),
    );
    const size = first.bytes;
    await buildIncident(i.t);
    expect(await refusal(() => backupSqlite({ database: i.database, dataDir: i.dataDir, file }))).toBe('backup_exists');
    expect(backupSqlite({ database: i.database, dataDir: i.dataDir, file, force: true }).bytes).toBeGreaterThanOrEqual(size);
    expect(
      backupSqlite({ database: i.database, dataDir: i.dataDir, file: join(dir, 'no-secrets.sqlite'), secrets: false }).secrets,
    ).toBeNull();
    expect(existsSync(join(dir, 'no-secrets.sqlite.secrets'))).toBe(false);
  }, 120_000);
});

describe('firebreak restore', () => {
  it('round trip: refuses under a running server, then brings back exactly what the backup held and keeps the replaced database', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    let i = await start(dataDir);
    const { refs, retroRef } = await populate(i.t);
    const users = { admin: i.t.admin, responder: i.t.responder, responder2: i.t.responder2, viewer: i.t.viewer };
    const saw = await views(i, refs, retroRef);
    const file = join(dir, 'backup.sqlite');
    backupSqlite({ database: i.database, dataDir, file });
    const later = await buildIncident(i.t, { title: 'Declared after the backup' });

    // The server (this process's app) has the database open.
    expect(sqliteInUse(i.database)).toBe(true);
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file }))).toBe('server_running');
    await stop(i);

    const r = await restoreSqlite({ database: i.database, dataDir, file });
    expect(r).toEqual({ before: `${i.database}.before-restore`, migrated: [], secrets: 'backup', answerKey: 'fits' });
    expect(existsSync(join(dataDir, 'secrets.before-restore', 'retro-answer-key'))).toBe(true);

    i = await start(dataDir, users as never);
    expect(await views(i, refs, retroRef)).toEqual(saw);
    expect((await i.t.call(i.t.admin, 'GET', `/api/v1/incidents/${later.ref}`)).statusCode).toBe(404);
    // The anonymous answer is still its author's (the answer key came back with the database).
    const mine = await i.t.call(i.t.responder, 'GET', `/api/v1/retros/${retroRef}/answers/mine`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data).toMatchObject({ anonymous: true, author: null, mine: true });
    await stop(i);

    // The replaced database is intact and holds what came after the backup.
    const kept = new DatabaseSync(`${i.database}.before-restore`, { readOnly: true });
    expect(kept.prepare('SELECT title FROM incidents WHERE id = ?').get(later.id)).toEqual({ title: 'Declared after the backup' });
    kept.close();
    // A second restore would overwrite that copy: refused until it is moved away.
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file }))).toBe('before_restore_exists');
  }, 120_000);

  it('does not silently lose the answer key: refuses without it, and --without-answer-key unlinks the answers from their authors', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    let i = await start(dataDir);
    const { retroRef } = await populate(i.t);
    const users = { admin: i.t.admin, responder: i.t.responder, responder2: i.t.responder2, viewer: i.t.viewer };
    const file = join(dir, 'backup.sqlite');
    backupSqlite({ database: i.database, dataDir, file, secrets: false });
    await stop(i);
    // Restored onto a new machine: a data directory without the old secrets/.
    const fresh = join(dir, 'fresh');
    const database = sqlitePath(fresh);
    expect(await refusal(restoreSqlite({ database, dataDir: fresh, file }))).toBe('answer_key_mismatch');
    expect(existsSync(database)).toBe(false);
    // With the key beside the backup it restores, and the answer is still its author's.
    const withKey = join(dir, 'with-key.sqlite');
    copyFileSync(file, withKey);
    backupSqlite({ database: i.database, dataDir, file: join(dir, 'keyed.sqlite') });
    const { cpSync } = await import('node:fs');
    cpSync(join(dir, 'keyed.sqlite.secrets'), `${withKey}.secrets`, { recursive: true });
    expect((await restoreSqlite({ database, dataDir: fresh, file: withKey })).answerKey).toBe('fits');
    rmSync(fresh, { recursive: true });

    const r = await restoreSqlite({ database, dataDir: fresh, file, withoutAnswerKey: true });
    expect(r.answerKey).toBe('mismatch');
    i = await start(fresh, users as never);
    const answers = (await i.t.call(i.t.responder, 'GET', `/api/v1/retros/${retroRef}/answers`)).json().data as {
      anonymous: boolean;
      mine: boolean;
      author: unknown;
    }[];
    expect(answers.find((a) => a.anonymous)).toMatchObject({ author: null, mine: false }); // still anonymous, no longer theirs
  }, 120_000);

  it('checks the file: not a database, not Firebreak, damaged, newer (refused) or older (migrated after restore)', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const i = await start(dataDir);
    await buildIncident(i.t);
    const file = join(dir, 'backup.sqlite');
    backupSqlite({ database: i.database, dataDir, file });
    await stop(i);
    const variant = (name: string, change: (db: DatabaseSync) => void) => {
      const path = join(dir, name);
      copyFileSync(file, path);
      const db = new DatabaseSync(path);
      change(db);
      db.close();
      return path;
    };
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some words');
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file: text }))).toBe('not_a_backup');
    const other = join(dir, 'other.sqlite');
    new DatabaseSync(other).exec('CREATE TABLE t (x)');
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file: other }))).toBe('not_a_backup');
    const newer = variant('newer.sqlite', (db) =>
      db.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', 'x')").run(),
    );
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file: newer }))).toBe('newer_database');
    expect(await refusal(restoreSqlite({ database: i.database, dataDir, file: join(dir, 'missing.sqlite') }))).toBe('not_found');
    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(damaged, bytes);
    expect(['damaged_backup', 'not_a_backup']).toContain(await refusal(restoreSqlite({ database: i.database, dataDir, file: damaged })));
    // Nothing was replaced by the refusals.
    expect(existsSync(`${i.database}.before-restore`)).toBe(false);

    // A backup from the version before the newest migration.
    const last = knownMigrations().at(-1) as string;
    const older = join(dir, 'older.sqlite');
    const old = await openDatabase(older, { migrate: false });
    await migrate(old, knownMigrations().slice(0, -1));
    await old.close();
    const r = await restoreSqlite({ database: i.database, dataDir, file: older });
    expect(r.migrated).toEqual([last]);
    const restored = new DatabaseSync(i.database, { readOnly: true });
    expect(restored.prepare('SELECT count(*) AS n FROM kysely_migration').get()).toEqual({ n: knownMigrations().length });
    restored.close();
  }, 120_000);
});
