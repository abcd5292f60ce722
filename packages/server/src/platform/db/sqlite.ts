import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

type Param = null | number | bigint | string | Uint8Array;

/** A value as node:sqlite binds it (also for the read thread, readThread.ts). */
export const toParam = (v: unknown): Param => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string' || v instanceof Uint8Array) return v;
  return JSON.stringify(v);
};

/**
 * Adapts node:sqlite (built into Node, no native addon) to the interface Kysely's SqliteDialect
 * expects from better-sqlite3. Prepared statements are cached: the same SQL is compiled once.
 */
export function openSqlite(path: string): SqliteDatabase & { raw: DatabaseSync } {
  const raw = new DatabaseSync(path);
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA synchronous = FULL');
  raw.exec('PRAGMA foreign_keys = ON');
  raw.exec('PRAGMA busy_timeout = 5000');
  // 64 MiB of page cache per connection (SQLite's default is 2 MiB), taken only as pages are read:
  // with a large store (search's index and documents are most of it) the default cache made every
  // row a read from the OS, which tripled the time of queries that join a few thousand rows.
  raw.exec('PRAGMA cache_size = -65536');
  const cache = new Map<string, SqliteStatement>();
  const wrap = (stmt: StatementSync): SqliteStatement => {
    const reader = stmt.columns().length > 0;
    return {
      reader,
      all: (params) => stmt.all(...params.map(toParam)) as unknown[],
      run: (params) => {
        const r = stmt.run(...params.map(toParam));
        return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
      },
      iterate: (params) => stmt.iterate(...params.map(toParam)) as IterableIterator<unknown>,
    };
  };
  return {
    raw,
    close: () => raw.close(),
    prepare: (sql) => {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = wrap(raw.prepare(sql));
        if (cache.size > 500) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
