import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Fastify from 'fastify';
import { measureLoop, type Sample } from './lib.ts';
import { httpLoad, type LoadResult } from './load.ts';

/** The HTTP ceiling: a bare Fastify route under exactly the load the app routes get. */
export async function bareFastify(): Promise<LoadResult> {
  const app = Fastify({ logger: false });
  app.get('/ok', async () => ({ ok: true }));
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    return await httpLoad({ url: `${address}/ok` });
  } finally {
    await app.close();
  }
}

export type RawSqlite = { durable: Sample; batched: Sample & { rowsPerSec: number }; batchSize: number };

/**
 * The database ceiling: node:sqlite with the pragmas of packages/server/src/platform/db/sqlite.ts,
 * inserting timeline-shaped rows into a table with the same index, one row per commit (what every
 * API write pays) and many rows per commit.
 */
export async function rawSqlite(opts: { durationMs: number; batchSize?: number }): Promise<RawSqlite> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-raw-'));
  const db = new DatabaseSync(join(dir, 'raw.sqlite'));
  const batchSize = opts.batchSize ?? 1000;
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec(`CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL, kind TEXT NOT NULL,
      actor_id TEXT, body TEXT, data TEXT NOT NULL, visibility TEXT NOT NULL, occurred_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL, pinned INTEGER NOT NULL)`);
    db.exec('CREATE INDEX entries_incident_id ON entries (incident_id, id)');
    const insert = db.prepare(
      'INSERT INTO entries (incident_id, kind, actor_id, body, data, visibility, occurred_at, recorded_at, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const begin = db.prepare('BEGIN');
    const commit = db.prepare('COMMIT');
    const one = () => {
      const now = new Date().toISOString();
      insert.run(
        '0b6f3f2e-4c1e-4f57-9d3a-2f9e6c1d7a10',
        'note',
        'u1',
        'Rolled back deploy 4812; error rate falling',
        '{}',
        'internal',
        now,
        now,
        0,
      );
    };
    const durable = await measureLoop(
      () => {
        begin.run();
        one();
        commit.run();
      },
      { durationMs: opts.durationMs, warmupMs: 300 },
    );
    const batched = await measureLoop(
      () => {
        begin.run();
        for (let i = 0; i < batchSize; i++) one();
        commit.run();
      },
      { durationMs: opts.durationMs, warmupMs: 300 },
    );
    return { durable, batched: { ...batched, rowsPerSec: batched.perSec * batchSize }, batchSize };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
