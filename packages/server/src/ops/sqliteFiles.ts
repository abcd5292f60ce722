import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../platform/db/index.ts';
import { knownMigrations } from '../platform/db/migrate.ts';
import { answerKeyFits, readAnswerSecret } from '../retros/index.ts';

/** A refusal or failure of an operations command, with a stable code (the CLI prints both). */
export class OpsError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const tmpName = (path: string, what: string) => `${path}.${what}-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Makes a rename or a new file durable: fsync of the directory that lists it. */
function syncDir(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform lets a directory be opened for fsync; the data itself was synced.
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether some process has the SQLite database open (a running server keeps two connections open
 * for its whole life). A connection in WAL mode holds a shared lock on the database file while it is
 * open, so an exclusive lock, asked for without waiting, is refused exactly then. The lock belongs
 * to the process: a server that crashed or was killed holds nothing, so there is no stale pid file
 * to clean up. Works across processes and containers on one host (POSIX locks), not reliably over
 * network file systems (which SQLite's WAL mode does not support anyway).
 */
export function sqliteInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (err) {
    if (/locked|busy/i.test((err as Error).message)) return true;
    throw err;
  } finally {
    db.close();
  }
}

export type DatabaseFileInfo = {
  /** Migrations the file has applied. */
  applied: string[];
  /** Known migrations it has not applied yet (they run when it is opened). */
  pending: string[];
};

/**
 * Checks that a file is a Firebreak SQLite database this code can run: the SQLite header, an
 * intact file (quick_check), Firebreak's migration table, and no migration this code does not
 * know (a database from a newer Firebreak). Writes nothing to it.
 */
export function inspectDatabaseFile(file: string): DatabaseFileInfo {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new OpsError('not_a_backup', `${file} is not a SQLite database`);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
  } catch (err) {
    throw new OpsError('not_a_backup', `${file} cannot be opened as a SQLite database: ${(err as Error).message}`);
  }
  try {
    let check: { quick_check: string }[];
    try {
      check = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    } catch (err) {
      throw new OpsError('damaged_backup', `${file} is damaged: ${(err as Error).message}`);
    }
    if (check[0]?.quick_check !== 'ok') {
      throw new OpsError('damaged_backup', `${file} is damaged: ${check.map((c) => c.quick_check).join('; ')}`);
    }
    const hasMigrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
    if (!hasMigrations)
      throw new OpsError('not_a_backup', `${file} is a SQLite database but not a Firebreak one (it has no migration table)`);
    const applied = (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    const known = knownMigrations();
    const newer = applied.filter((name) => !known.includes(name));
    if (newer.length) {
      throw new OpsError(
        'newer_database',
        `${file} comes from a newer Firebreak (it has migrations this version does not know: ${newer.join(', ')}); upgrade Firebreak first`,
      );
    }
    return { applied, pending: known.filter((name) => !applied.includes(name)) };
  } finally {
    db.close();
  }
}

/** What the answer key check needs: every answer's retrospective and author key, and every user id. */
function answerRows(file: string) {
  const db = new DatabaseSync(file);
  try {
    const hasAnswers = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retro_answers'").get();
    if (!hasAnswers) return { answers: [], userIds: [] };
    return {
      answers: db.prepare('SELECT retro_id, author_key FROM retro_answers ORDER BY id LIMIT 50').all() as {
        retro_id: string;
        author_key: string;
      }[],
      userIds: (db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id),
    };
  } finally {
    db.close();
  }
}

/** Whether the answer key in a secrets directory is the one a database's retrospective answers were written with. */
export function answerKeyStatus(databaseFile: string, secretsDir: string): 'none' | 'fits' | 'mismatch' {
  const { answers, userIds } = answerRows(databaseFile);
  return answerKeyFits(readAnswerSecret(secretsDir), answers, userIds);
}

function copySecrets(from: string, to: string): void {
  cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
  chmodSync(to, 0o700);
  for (const name of readdirSync(to)) chmodSync(join(to, name), 0o600);
}

export type BackupResult = { file: string; bytes: number; migrations: number; secrets: string | null };

/**
 * An online backup of a SQLite installation: `VACUUM INTO` copies the database as one read
 * transaction, so the copy is the consistent state of one moment (every transaction committed
 * before it, none after) while the server goes on reading and writing; it never restarts under a
 * steady stream of writes (the page-by-page backup API does). Written to a temporary name, checked,
 * synced and renamed, so `file` is either absent or complete. The data directory's `secrets/`
 * (the retrospective answer key) goes next to it as `<file>.secrets/`, unless `secrets` is false.
 */
export function backupSqlite(opts: { database: string; dataDir: string; file: string; force?: boolean; secrets?: boolean }): BackupResult {
  const { database, dataDir, file } = opts;
  if (!existsSync(database))
    throw new OpsError('not_found', `There is no database at ${database} (FIREBREAK_DATA_DIR or FIREBREAK_DATABASE_URL)`);
  const secretsFrom = join(dataDir, 'secrets');
  const secretsTo = `${file}.secrets`;
  const withSecrets = opts.secrets !== false && existsSync(secretsFrom);
  if (!opts.force) {
    if (existsSync(file)) throw new OpsError('backup_exists', `${file} exists; choose another name or pass --force to overwrite it`);
    if (withSecrets && existsSync(secretsTo))
      throw new OpsError('backup_exists', `${secretsTo} exists; choose another name or pass --force to overwrite it`);
  }
  const tmp = tmpName(file, 'partial');
  try {
    const source = new DatabaseSync(database);
    try {
      source.exec('PRAGMA busy_timeout = 10000');
      source.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      source.close();
    }
    // One self-contained file (no -wal beside it), checked before it takes the backup's name.
    const copy = new DatabaseSync(tmp);
    let migrations = 0;
    try {
      copy.exec('PRAGMA journal_mode = DELETE');
      const check = copy.prepare('PRAGMA quick_check').get() as { quick_check: string };
      if (check.quick_check !== 'ok') throw new OpsError('backup_failed', `The backup failed its integrity check: ${check.quick_check}`);
      migrations = (copy.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    syncFile(tmp);
    renameSync(tmp, file);
    syncDir(file);
    if (withSecrets) {
      rmSync(secretsTo, { recursive: true, force: true });
      copySecrets(secretsFrom, secretsTo);
    }
    return { file, bytes: statSync(file).size, migrations, secrets: withSecrets ? secretsTo : null };
  } finally {
    rmSync(tmp, { force: true });
  }
}

export type RestoreResult = {
  /** Where the replaced database was kept (null: there was none). */
  before: string | null;
  /** Migrations applied to the restored database (it came from an older Firebreak). */
  migrated: string[];
  /** Where the secrets came from: the backup's `<file>.secrets/`, or those already in the data directory. */
  secrets: 'backup' | 'kept';
  answerKey: 'none' | 'fits' | 'mismatch';
};

/**
 * Replaces a SQLite installation's database with a backup. Refuses while anything has the database
 * open (a running server), checks the backup (a Firebreak database, intact, not from a newer
 * version), migrates it if it is older, and keeps the replaced database as `<db>.before-restore`
 * (and the replaced secrets as `secrets.before-restore`). The backup's `<file>.secrets/` is restored
 * with it; if the answer key then in place is not the one the backup's retrospective answers were
 * written with, it refuses unless `withoutAnswerKey`: those answers stay anonymous either way, but
 * their authors would no longer be recognised (they could not edit or withdraw them, and could
 * answer a second time), which must be a decision, not an accident.
 */
export async function restoreSqlite(opts: {
  database: string;
  dataDir: string;
  file: string;
  withoutAnswerKey?: boolean;
}): Promise<RestoreResult> {
  const { database, dataDir, file } = opts;
  if (!existsSync(file)) throw new OpsError('not_found', `There is no backup at ${file}`);
  const running = () => {
    if (sqliteInUse(database)) {
      throw new OpsError(
        'server_running',
        `${database} is open in another process (a running Firebreak server?); stop it, then restore (a restore under a running server would be overwritten or corrupt it)`,
      );
    }
  };
  running();
  const before = `${database}.before-restore`;
  const liveSecrets = join(dataDir, 'secrets');
  const backupSecrets = `${file}.secrets`;
  const secretsBefore = `${liveSecrets}.before-restore`;
  const fromBackup = existsSync(backupSecrets);
  for (const path of [before, ...(fromBackup ? [secretsBefore] : [])]) {
    if (existsSync(path))
      throw new OpsError(
        'before_restore_exists',
        `${path} is left from an earlier restore; move it away first (it may be the only copy of that data)`,
      );
  }
  mkdirSync(dirname(database), { recursive: true });
  const staging = tmpName(database, 'restoring');
  try {
    copyFileSync(file, staging);
    // A database copied by hand from a stopped server may have committed transactions in its -wal.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${staging}-wal`);
    const { pending } = inspectDatabaseFile(staging);
    const answerKey = answerKeyStatus(staging, fromBackup ? backupSecrets : liveSecrets);
    if (answerKey === 'mismatch' && !opts.withoutAnswerKey) {
      throw new OpsError(
        'answer_key_mismatch',
        `The backup has anonymous retrospective answers, but ${fromBackup ? backupSecrets : `${liveSecrets} (the backup has no .secrets beside it)`} does not hold the key they were written with. ` +
          `Put the backup's secrets directory next to it as ${backupSecrets}, or pass --without-answer-key: the answers stay anonymous, but their authors can no longer edit or withdraw them`,
      );
    }
    if (pending.length) {
      // Migrated before it replaces anything: a migration that fails leaves the installation as it was.
      const opened = await openDatabase(staging);
      await opened.close();
    }
    const staged = new DatabaseSync(staging);
    staged.exec('PRAGMA journal_mode = DELETE');
    staged.close();
    syncFile(staging);

    running();
    let kept: string | null = null;
    if (existsSync(database)) {
      // Fold a WAL left by a crashed server into the file first, so `.before-restore` is complete on its own.
      const live = new DatabaseSync(database);
      live.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      live.exec('PRAGMA journal_mode = DELETE');
      live.close();
      renameSync(database, before);
      kept = before;
    }
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${database}${suffix}`, { force: true });
    renameSync(staging, database);
    syncDir(database);
    if (fromBackup) {
      if (existsSync(liveSecrets)) renameSync(liveSecrets, secretsBefore);
      copySecrets(backupSecrets, liveSecrets);
    }
    return { before: kept, migrated: pending, secrets: fromBackup ? 'backup' : 'kept', answerKey };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staging}${suffix}`, { force: true });
  }
}
