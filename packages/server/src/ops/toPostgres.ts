import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { openDatabase } from '../platform/db/index.ts';
import { answerKeyStatus, inspectDatabaseFile, OpsError, sqliteInUse } from './sqliteFiles.ts';

/**
 * Moving a SQLite installation into PostgreSQL (`firebreak migrate --to postgres://…`): the target
 * gets the same migrations, then every table is copied in foreign-key order, in batches, in one
 * PostgreSQL transaction (all or nothing), sequences are set past the copied ids, and each table is
 * verified by its row count and a checksum computed the same way on both sides.
 *
 * The list of tables, their columns, keys and order all come from the databases' own catalogs, so a
 * table added by a later migration is copied without changing this file; a table it cannot order
 * (foreign keys in a cycle, a non-nullable reference to its own table, a reference to a table that
 * is not there) or a column type it cannot compare stops the move before anything is copied.
 */

type Column = { name: string; type: string };
export type TablePlan = {
  name: string;
  columns: Column[];
  /** Primary key columns in key order (empty: rows are ordered by every column). */
  key: string[];
  /** Nullable columns referring to the table's own rows: copied as NULL, then filled in. */
  selfRefs: string[];
};
export type TableReport = {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
};
export type MoveResult = {
  tables: TableReport[];
  ok: boolean;
  migrated: string[];
  /** Whether `<dataDir>/secrets` holds the key the anonymous answers were written with (the PostgreSQL servers need it too). */
  answerKey: 'none' | 'fits' | 'mismatch' | 'unchecked';
};

/**
 * SQLite's own tables, the migrator's, and tables only the SQLite schema has because SQLite lacks a
 * feature PostgreSQL uses instead (they hold nothing between transactions): `audit_log_prune` is the
 * retention job's cut-off, which PostgreSQL keeps in a transaction-local setting.
 */
const SQLITE_ONLY = new Set(['audit_log_prune']);
/**
 * The search index (migration 0027) is derived: the target's triggers rebuild `search_docs` and
 * `search_incident_fields` (migration 0044) as the rows that own them are copied, and `search_fts*`
 * and `incident_fts*` (migration 0036) are SQLite's FTS5 tables, their shadow tables and the list
 * index's rowid map.
 */
const DERIVED = (name: string) =>
  name === 'search_docs' || name === 'search_incident_fields' || name.startsWith('search_fts') || name.startsWith('incident_fts');
const IGNORED = (name: string) =>
  name.startsWith('sqlite_') || name.startsWith('kysely_migration') || SQLITE_ONLY.has(name) || DERIVED(name);
const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** How a PostgreSQL column type is normalised for the checksum; an unknown type fails loudly. */
function normaliser(table: string, col: Column): (v: unknown) => string | null {
  switch (col.type) {
    case 'integer':
    case 'bigint':
    case 'smallint':
      return (v) => (v === null || v === undefined ? null : typeof v === 'bigint' ? v.toString() : String(Number(v)));
    case 'real':
      // PostgreSQL's real is single precision: that is what the copy holds and what the server will read.
      return (v) => (v === null || v === undefined ? null : String(Math.fround(Number(v))));
    case 'double precision':
    case 'numeric':
      return (v) => (v === null || v === undefined ? null : String(Number(v)));
    case 'text':
    case 'character varying':
      return (v) => (v === null || v === undefined ? null : String(v));
    default:
      throw new OpsError(
        'unknown_column_type',
        `Cannot compare ${table}.${col.name}: column type ${col.type} is not one this tool normalises`,
      );
  }
}

const targetClient = async (url: string, schema?: string) => {
  const client = new pg.Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  client.on('error', () => {});
  await client.connect();
  return client;
};

/** Tables, columns (typed as the PostgreSQL target declares them), keys and copy order. */
async function plan(source: DatabaseSync, target: pg.Client): Promise<TablePlan[]> {
  const sourceTables = (source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !IGNORED(n));
  const targetTables = (
    await target.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).rows
    .map((r) => r.table_name)
    .filter((n) => !IGNORED(n));
  const onlySource = sourceTables.filter((t) => !targetTables.includes(t));
  const onlyTarget = targetTables.filter((t) => !sourceTables.includes(t));
  if (onlySource.length || onlyTarget.length) {
    throw new OpsError(
      'schema_mismatch',
      `The two schemas differ after migrating both: only in SQLite: ${onlySource.join(', ') || '-'}; only in PostgreSQL: ${onlyTarget.join(', ') || '-'}`,
    );
  }
  const targetColumns = (
    await target.query<{ table_name: string; column_name: string; data_type: string }>(
      'SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position',
    )
  ).rows;

  const plans = new Map<string, TablePlan>();
  const parents = new Map<string, Set<string>>();
  for (const table of sourceTables) {
    const info = source.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string; notnull: number; pk: number }[];
    const columns = targetColumns.filter((c) => c.table_name === table).map((c) => ({ name: c.column_name, type: c.data_type }));
    const sourceNames = info.map((c) => c.name).sort();
    const targetNames = columns.map((c) => c.name).sort();
    if (sourceNames.join() !== targetNames.join()) {
      throw new OpsError(
        'schema_mismatch',
        `Table ${table} has columns (${sourceNames.join(', ')}) in SQLite but (${targetNames.join(', ')}) in PostgreSQL`,
      );
    }
    for (const c of columns) normaliser(table, c);
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const fks = source.prepare(`PRAGMA foreign_key_list(${q(table)})`).all() as { table: string; from: string }[];
    const selfRefs: string[] = [];
    const mine = new Set<string>();
    for (const fk of fks) {
      if (fk.table === table) {
        const col = info.find((c) => c.name === fk.from);
        if (!col || col.notnull || key.length !== 1) {
          throw new OpsError(
            'cannot_order',
            `Cannot order the rows of ${table}: ${fk.from} refers to its own table and cannot be filled in afterwards`,
          );
        }
        selfRefs.push(fk.from);
      } else if (!sourceTables.includes(fk.table)) {
        throw new OpsError('cannot_order', `Cannot order ${table}: it refers to ${fk.table}, which is not a table of this database`);
      } else mine.add(fk.table);
    }
    parents.set(table, mine);
    plans.set(table, { name: table, columns, key, selfRefs });
  }

  // Parents before children; ties by name, so the order is the same on every run.
  const ordered: TablePlan[] = [];
  const done = new Set<string>();
  while (done.size < sourceTables.length) {
    const ready = sourceTables.filter((t) => !done.has(t) && [...(parents.get(t) ?? [])].every((p) => done.has(p)));
    if (!ready.length) {
      const stuck = sourceTables.filter((t) => !done.has(t));
      throw new OpsError('cannot_order', `Cannot order tables ${stuck.join(', ')}: their foreign keys form a cycle`);
    }
    for (const t of ready) {
      done.add(t);
      ordered.push(plans.get(t) as TablePlan);
    }
  }
  return ordered;
}

function orderBy(t: TablePlan, dialect: 'sqlite' | 'postgres'): string {
  const cols = t.key.length ? t.key : t.columns.map((c) => c.name);
  return cols
    .map((name) => {
      const type = t.columns.find((c) => c.name === name)?.type;
      const text = type === 'text' || type === 'character varying';
      // Byte order on both sides: SQLite's BINARY collation and PostgreSQL's "C" compare UTF-8 bytes.
      return dialect === 'postgres' ? `${q(name)}${text ? ' COLLATE "C"' : ''} ASC NULLS FIRST` : `${q(name)} ASC`;
    })
    .join(', ');
}

/** Row count and checksum of one table's rows in key order, values normalised by column type. */
class TableHash {
  private hash = createHash('sha256');
  rows = 0;
  private readonly norm: ((v: unknown) => string | null)[];
  private readonly t: TablePlan;
  constructor(t: TablePlan) {
    this.t = t;
    this.norm = t.columns.map((c) => normaliser(t.name, c));
  }
  add(row: Record<string, unknown>): void {
    this.rows++;
    this.hash.update(`${JSON.stringify(this.t.columns.map((c, i) => this.norm[i](row[c.name])))}\n`);
  }
  digest(): string {
    return this.hash.digest('hex').slice(0, 16);
  }
}

function hashSqlite(source: DatabaseSync, t: TablePlan): TableHash {
  const h = new TableHash(t);
  const stmt = source.prepare(`SELECT ${t.columns.map((c) => q(c.name)).join(', ')} FROM ${q(t.name)} ORDER BY ${orderBy(t, 'sqlite')}`);
  for (const row of stmt.iterate()) h.add(row as Record<string, unknown>);
  return h;
}

async function hashPostgres(target: pg.Client, t: TablePlan): Promise<TableHash> {
  const h = new TableHash(t);
  await target.query('BEGIN READ ONLY');
  try {
    await target.query(
      `DECLARE firebreak_verify NO SCROLL CURSOR FOR SELECT ${t.columns.map((c) => q(c.name)).join(', ')} FROM ${q(t.name)} ORDER BY ${orderBy(t, 'postgres')}`,
    );
    for (;;) {
      const { rows } = await target.query('FETCH 2000 FROM firebreak_verify');
      for (const row of rows) h.add(row);
      if (rows.length < 2000) break;
    }
  } finally {
    await target.query('COMMIT');
  }
  return h;
}

/** Compares every table of a SQLite database and a PostgreSQL copy: row counts and checksums. */
export async function verifyCopy(opts: { source: string; target: string; schema?: string }): Promise<TableReport[]> {
  const source = new DatabaseSync(opts.source);
  const target = await targetClient(opts.target, opts.schema);
  try {
    return await verifyWith(source, target, await plan(source, target));
  } finally {
    source.close();
    await target.end();
  }
}

async function verifyWith(source: DatabaseSync, target: pg.Client, tables: TablePlan[]): Promise<TableReport[]> {
  const reports: TableReport[] = [];
  for (const t of tables) {
    const s = hashSqlite(source, t);
    const d = await hashPostgres(target, t);
    const [sourceChecksum, targetChecksum] = [s.digest(), d.digest()];
    reports.push({
      table: t.name,
      sourceRows: s.rows,
      targetRows: d.rows,
      sourceChecksum,
      targetChecksum,
      ok: s.rows === d.rows && sourceChecksum === targetChecksum,
    });
  }
  return reports;
}

async function copyTable(source: DatabaseSync, target: pg.Client, t: TablePlan, batchSize: number): Promise<void> {
  const names = t.columns.map((c) => c.name);
  const perBatch = Math.max(1, Math.min(batchSize, Math.floor(60_000 / names.length)));
  const insert = async (rows: Record<string, unknown>[]) => {
    if (!rows.length) return;
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const marks = names.map((n) => {
        const v = t.selfRefs.includes(n) ? null : row[n];
        params.push(v === undefined ? null : v instanceof Uint8Array ? Buffer.from(v) : v);
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await target.query(`INSERT INTO ${q(t.name)} (${names.map(q).join(', ')}) VALUES ${tuples.join(', ')}`, params);
  };
  const stmt = source.prepare(`SELECT ${names.map(q).join(', ')} FROM ${q(t.name)} ORDER BY ${orderBy(t, 'sqlite')}`);
  let batch: Record<string, unknown>[] = [];
  for (const row of stmt.iterate()) {
    batch.push(row as Record<string, unknown>);
    if (batch.length >= perBatch) {
      await insert(batch);
      batch = [];
    }
  }
  await insert(batch);

  // References to rows of the same table, now that every row exists.
  const [key] = t.key;
  const keyType = t.columns.find((c) => c.name === key)?.type as string;
  for (const col of t.selfRefs) {
    const colType = t.columns.find((c) => c.name === col)?.type as string;
    const refs = source.prepare(`SELECT ${q(key)} AS k, ${q(col)} AS v FROM ${q(t.name)} WHERE ${q(col)} IS NOT NULL`).all() as {
      k: unknown;
      v: unknown;
    }[];
    for (let i = 0; i < refs.length; i += 1000) {
      const part = refs.slice(i, i + 1000);
      const params = part.flatMap((r) => [r.k, r.v]);
      const values = part.map((_, j) => `($${2 * j + 1}::${keyType}, $${2 * j + 2}::${colType})`).join(', ');
      await target.query(`UPDATE ${q(t.name)} AS t SET ${q(col)} = v.c FROM (VALUES ${values}) AS v(k, c) WHERE t.${q(key)} = v.k`, params);
    }
  }
}

/** Sets every sequence (bigserial ids) past the highest id copied, or past SQLite's own AUTOINCREMENT counter if that is higher. */
async function fixSequences(source: DatabaseSync, target: pg.Client): Promise<void> {
  const serials = (
    await target.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')",
    )
  ).rows;
  const hasSeq = source.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
  for (const { table_name: table, column_name: column } of serials) {
    if (IGNORED(table)) continue;
    const max = Number((await target.query(`SELECT COALESCE(max(${q(column)}), 0) AS m FROM ${q(table)}`)).rows[0]?.m ?? 0);
    const counter = hasSeq
      ? Number((source.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as { seq?: number } | undefined)?.seq ?? 0)
      : 0;
    const next = Math.max(max, counter);
    await target.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)`, [q(table), column, Math.max(next, 1), next >= 1]);
  }
}

/** Tables of the target schema that already hold rows (a target must be empty). */
async function nonEmptyTables(target: pg.Client): Promise<string[]> {
  const tables = (
    await target.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    )
  ).rows
    .map((r) => r.table_name)
    .filter((n) => !IGNORED(n));
  const full: string[] = [];
  for (const t of tables) {
    if ((await target.query(`SELECT 1 FROM ${q(t)} LIMIT 1`)).rowCount) full.push(t);
  }
  return full;
}

/**
 * Copies the SQLite database at `source` into the PostgreSQL database (and schema) at `target`.
 * Refuses if the SQLite database is open elsewhere (a running server would keep writing where the
 * copy no longer looks) or if the target already holds data. Returns the verification table;
 * `ok` is false when any table differs.
 */
export async function moveToPostgres(opts: {
  source: string;
  target: string;
  schema?: string;
  /** The installation's data directory: its answer key is checked against the copied answers. */
  dataDir?: string;
  batchSize?: number;
  log?: (line: string) => void;
}): Promise<MoveResult> {
  const log = opts.log ?? (() => {});
  if (!/^postgres(ql)?:\/\//.test(opts.target)) throw new OpsError('usage', '--to must be a postgres:// or postgresql:// URL');
  if (!existsSync(opts.source)) throw new OpsError('not_found', `There is no SQLite database at ${opts.source}`);
  if (sqliteInUse(opts.source)) {
    throw new OpsError(
      'server_running',
      `${opts.source} is open in another process (a running Firebreak server?); stop it first: what it writes after the copy would be lost`,
    );
  }
  const { pending } = inspectDatabaseFile(opts.source);
  if (pending.length) {
    log(`Bringing the SQLite database up to date first (${pending.join(', ')})`);
    await (await openDatabase(opts.source)).close();
  }

  const target = await targetClient(opts.target, opts.schema);
  try {
    if (opts.schema) await target.query(`CREATE SCHEMA IF NOT EXISTS ${q(opts.schema)}`);
    const full = await nonEmptyTables(target);
    if (full.length) {
      throw new OpsError(
        'target_not_empty',
        `The PostgreSQL target already holds data (${full.slice(0, 5).join(', ')}${full.length > 5 ? ', …' : ''}); migrate into an empty database or schema`,
      );
    }
  } catch (err) {
    await target.end();
    throw err;
  }
  log('Creating the tables in PostgreSQL (migrations)');
  await (await openDatabase(opts.target, { schema: opts.schema })).close();

  const source = new DatabaseSync(opts.source);
  try {
    const tables = await plan(source, target);
    source.exec('BEGIN'); // one snapshot of the source for the whole copy
    await target.query('BEGIN');
    try {
      for (const t of tables) {
        log(`Copying ${t.name}`);
        await copyTable(source, target, t, opts.batchSize ?? 500);
      }
      await fixSequences(source, target);
      await target.query('COMMIT');
    } catch (err) {
      await target.query('ROLLBACK').catch(() => {});
      throw new OpsError('copy_failed', `The copy failed and was rolled back (the target is empty again): ${(err as Error).message}`);
    } finally {
      source.exec('COMMIT');
    }
    log('Verifying row counts and checksums');
    const reports = await verifyWith(source, target, tables);
    const answerKey = opts.dataDir ? answerKeyStatus(opts.source, join(opts.dataDir, 'secrets')) : 'unchecked';
    return { tables: reports, ok: reports.every((r) => r.ok), migrated: pending, answerKey };
  } finally {
    source.close();
    await target.end();
  }
}
