import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { note, out, table } from '../output.ts';

type Where = { dataDir?: string };

/** The configured installation (FIREBREAK_* variables, or --data-dir), and the server modules, loaded on demand. */
async function installation(opts: Where) {
  const ops = await import('../offline.ts');
  const env = { ...process.env, ...(opts.dataDir ? { FIREBREAK_DATA_DIR: opts.dataDir } : {}) };
  try {
    return { ops, config: ops.loadConfig(env) };
  } catch (err) {
    throw new CliError((err as Error).message, 'invalid_config', EXIT.usage);
  }
}

const PG_DUMP = `The database is PostgreSQL: back it up with PostgreSQL's own tools, e.g.
  pg_dump --format=custom --file=firebreak.dump "$FIREBREAK_DATABASE_URL"
and restore with
  pg_restore --clean --if-exists --no-owner --dbname="$FIREBREAK_DATABASE_URL" firebreak.dump
(see docs/operations.md, "Backups"). Copy the data directory's secrets/ as well.`;

/** Runs an operation, turning its refusals into the CLI's `error: … (code)` lines. */
async function guarded<T>(ops: { OpsError: new (...a: never[]) => Error & { code: string } }, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ops.OpsError) throw new CliError(err.message, err.code, err.code === 'usage' ? EXIT.usage : EXIT.failed);
    throw err;
  }
}

export function registerOps(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite database (and the data directory secrets) to a file, while the server keeps running')
    .argument('<file>', 'where to write the backup (refused if it exists, unless --force)')
    .option('--data-dir <dir>', 'the installation (FIREBREAK_DATA_DIR, default ./data)')
    .option('--force', 'overwrite <file> (and <file>.secrets) if they exist')
    .option('--no-secrets', 'leave the data directory secrets out (keep them some other way: restores need the answer key)')
    .action(async (file: string, opts: Where & { force?: boolean; secrets: boolean }) => {
      const { ops, config } = await installation(opts);
      if (/^postgres/.test(config.database)) throw new CliError(PG_DUMP, 'use_pg_dump', EXIT.usage);
      const r = await guarded(ops, () =>
        ops.backupSqlite({
          database: config.database,
          dataDir: config.dataDir,
          file: resolve(file),
          force: opts.force,
          secrets: opts.secrets,
        }),
      );
      out(`Backed up ${config.database} to ${r.file} (${r.bytes} bytes, ${r.migrations} migrations applied)`);
      if (r.secrets)
        out(`Secrets (the retrospective answer key) copied to ${r.secrets}: keep it with the backup, and as private as the data directory`);
      else note('No secrets copied: keep a copy of the data directory secrets/ some other way; a restore needs the answer key');
    });

  program
    .command('restore')
    .description('replace the SQLite database with a backup (the server must be stopped)')
    .argument('<file>', 'a file written by `firebreak backup` (its <file>.secrets directory is restored too)')
    .option('--data-dir <dir>', 'the installation (FIREBREAK_DATA_DIR, default ./data)')
    .option(
      '--without-answer-key',
      'restore although the answer key of its anonymous retrospective answers is missing (their authors lose them)',
    )
    .action(async (file: string, opts: Where & { withoutAnswerKey?: boolean }) => {
      const { ops, config } = await installation(opts);
      if (/^postgres/.test(config.database)) throw new CliError(PG_DUMP, 'use_pg_restore', EXIT.usage);
      const r = await guarded(ops, () =>
        ops.restoreSqlite({
          database: config.database,
          dataDir: config.dataDir,
          file: resolve(file),
          withoutAnswerKey: opts.withoutAnswerKey,
        }),
      );
      out(`Restored ${resolve(file)} into ${config.database}`);
      if (r.before) out(`The replaced database is kept as ${r.before}`);
      if (r.migrated.length) out(`Brought up to date with this version (${r.migrated.join(', ')})`);
      out(
        r.secrets === 'backup'
          ? 'Secrets restored from the backup (the previous ones are in secrets.before-restore)'
          : 'Secrets: kept those of the data directory',
      );
      if (r.answerKey === 'mismatch')
        note('Anonymous retrospective answers are no longer linked to their authors (restored --without-answer-key)');
    });

  program
    .command('migrate')
    .description('copy this SQLite installation into an empty PostgreSQL database and verify the copy')
    .requiredOption('--to <url>', 'postgres://user:password@host/database (search_path in the URL picks a schema)')
    .option('--data-dir <dir>', 'the installation (FIREBREAK_DATA_DIR, default ./data)')
    .option('--batch-size <n>', 'rows per INSERT', '500')
    .action(async (opts: Where & { to: string; batchSize: string }) => {
      const { ops, config } = await installation(opts);
      if (/^postgres/.test(config.database))
        throw new CliError('This installation already uses PostgreSQL (FIREBREAK_DATABASE_URL)', 'already_postgres', EXIT.usage);
      const batchSize = Number.parseInt(opts.batchSize, 10);
      if (!(batchSize >= 1)) throw new CliError('--batch-size must be a positive number', 'usage', EXIT.usage);
      const r = await guarded(ops, () =>
        ops.moveToPostgres({ source: config.database, target: opts.to, dataDir: config.dataDir, batchSize, log: note }),
      );
      table(
        ['TABLE', 'SQLITE ROWS', 'POSTGRES ROWS', 'SQLITE CHECKSUM', 'POSTGRES CHECKSUM', 'RESULT'],
        r.tables.map((t) => [
          t.table,
          String(t.sourceRows),
          String(t.targetRows),
          t.sourceChecksum,
          t.targetChecksum,
          t.ok ? 'ok' : 'MISMATCH',
        ]),
      );
      const bad = r.tables.filter((t) => !t.ok);
      if (bad.length) {
        throw new CliError(
          `The copy differs from the original in ${bad.map((t) => t.table).join(', ')}: do not switch to it`,
          'verify_failed',
          EXIT.failed,
        );
      }
      const rows = r.tables.reduce((n, t) => n + t.sourceRows, 0);
      out(`All ${r.tables.length} tables (${rows} rows) copied and verified.`);
      out(
        `Next: keep ${config.dataDir}/secrets with every server (same FIREBREAK_DATA_DIR content), then start Firebreak with FIREBREAK_DATABASE_URL set to the target.`,
      );
    });
}
