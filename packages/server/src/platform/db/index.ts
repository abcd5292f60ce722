import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate.ts';
import { openReadThread, setReadThread } from './readThread.ts';
import type { DB } from './schema.ts';
import { openSqlite } from './sqlite.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Database = {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL: the connection URL and schema (the bus LISTENs on a channel named after them). */
  url?: string;
  schema?: string;
  close(): Promise<void>;
};

const readDbs = new WeakMap<object, Kysely<DB>>();

/** Where reads outside a transaction go: on SQLite a second connection (WAL readers never wait for the writer). */
export const readDbFor = (db: Kysely<DB>): Kysely<DB> => readDbs.get(db) ?? db;

// Postgres returns int8 (counts, bigserial ids) as strings by default; our ids fit in a double.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Opens the database named by a URL (postgres://…) or a SQLite file path, and migrates it. */
export async function openDatabase(target: string, opts: { schema?: string; migrate?: boolean } = {}): Promise<Database> {
  let database: Database;
  if (/^postgres(ql)?:\/\//.test(target)) {
    const pool = new pg.Pool({
      connectionString: target,
      max: 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    // A connection that dies (PostgreSQL restarted, network cut) emits 'error' on its client, idle or
    // checked out between queries; unheard, that would crash the process. The failure surfaces on the
    // next query instead (503 not_ready), and the pool opens new connections once the database is back.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    if (opts.schema) {
      const c = await pool.connect();
      try {
        await c.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema.replace(/"/g, '')}"`);
      } finally {
        c.release();
      }
    }
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const schema = opts.schema ?? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s;
    database = { db, dialect: 'postgres', url: target, schema, close: () => db.destroy() };
  } else {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const sqlite = openSqlite(target);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    const readSqlite = target === ':memory:' ? null : openSqlite(target);
    const read = readSqlite ? new Kysely<DB>({ dialect: new SqliteDialect({ database: readSqlite }) }) : db;
    if (read !== db) readDbs.set(db, read);
    // Started only when a read is sent to it (search, FIREBREAK_SEARCH_THREAD).
    const thread = target === ':memory:' ? null : openReadThread(target);
    if (thread) setReadThread(read, thread);
    database = {
      db,
      dialect: 'sqlite',
      close: async () => {
        await thread?.close();
        if (read !== db) await read.destroy();
        await db.destroy();
        // Kysely closes a connection only if it was ever used: one never read through would stay
        // open (and keep its lock on the file, which `firebreak restore` takes for a running server).
        for (const s of [sqlite, readSqlite]) if (s?.raw.isOpen) s.raw.close();
      },
    };
  }
  if (opts.migrate !== false) await migrate(database);
  return database;
}
