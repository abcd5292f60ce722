import { AsyncLocalStorage } from 'node:async_hooks';
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

type Work<T> = (db: Kysely<DB>) => Promise<T>;
type Pending = { work: Work<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };

/** Set while a transaction's work runs, to catch a transaction opened inside another (it would wait forever). */
const inTransaction = new AsyncLocalStorage<true>();

/** The batch's own statements, compiled once: they run for every transaction, thousands a second. */
const BEGIN = CompiledQuery.raw('begin immediate');
const SAVEPOINT = CompiledQuery.raw('savepoint fb_tx');
const RELEASE = CompiledQuery.raw('release fb_tx');
const ROLLBACK_TO = CompiledQuery.raw('rollback to fb_tx');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/**
 * The full-text index is brought up to date once per batch (migration 0032): FTS5 writes a segment at
 * every savepoint, so indexing each transaction's documents in its own savepoint cost one segment
 * (and its merges) per row. A batch marks itself as deferring right after BEGIN, and indexes every
 * document written since in one statement right before COMMIT, so the index commits with its rows.
 */
const HAS_FTS_STATE = CompiledQuery.raw("select 1 as x from sqlite_master where type = 'table' and name = 'search_fts_state'");
const FTS_DEFER = CompiledQuery.raw('update search_fts_state set deferring = 1, from_id = coalesce((select max(id) from search_docs), 0)');
const FTS_FLUSH = CompiledQuery.raw(
  'insert into search_fts (rowid, title, body) select id, title, body from search_docs where id > (select from_id from search_fts_state) order by id',
);
const FTS_RESUME = CompiledQuery.raw('update search_fts_state set deferring = 0');

/** Most transactions one durable commit may carry; bounds the latency a long queue adds. */
const MAX_BATCH = 256;

/**
 * Group commit for SQLite: transactions that arrive while a commit is being prepared run one after
 * another inside one `BEGIN IMMEDIATE … COMMIT`, each in its own savepoint. A failing transaction
 * rolls back to its savepoint and gets its own error; the others are unaffected. Every caller's
 * promise settles only after the shared COMMIT (synchronous=FULL: one fsync for the batch), and if
 * that COMMIT fails, every transaction of the batch fails with it. Nothing is acknowledged early.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private running = false;
  /** Durable commits made, and transactions they carried (for tests and the bench). */
  readonly stats = { commits: 0, transactions: 0 };
  private db: Kysely<DB>;
  /** Whether the database has migration 0032's deferred full-text indexing (checked until it has). */
  private ftsDeferred = false;
  constructor(db: Kysely<DB>) {
    this.db = db;
  }

  run<T>(work: Work<T>): Promise<T> {
    if (inTransaction.getStore()) {
      return Promise.reject(new Error('transaction() called inside a transaction: pass its tx down instead (it would wait for itself)'));
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length) await this.batch();
    } finally {
      this.running = false;
    }
  }

  private async batch(): Promise<void> {
    const done: { p: Pending; ok: boolean; value: unknown }[] = [];
    const taken: Pending[] = [];
    try {
      await this.db.connection().execute(async (conn) => {
        await conn.executeQuery(BEGIN);
        try {
          if (!this.ftsDeferred) this.ftsDeferred = (await conn.executeQuery(HAS_FTS_STATE)).rows.length > 0;
          if (this.ftsDeferred) await conn.executeQuery(FTS_DEFER);
          // Transactions that arrive while this batch runs join it, up to MAX_BATCH. Before the
          // COMMIT (which blocks the event loop for its fsync) we yield once, so requests already
          // waiting in socket buffers can reach their transaction and share this commit.
          for (;;) {
            if (!this.queue.length && done.length < MAX_BATCH) await new Promise<void>((r) => setImmediate(r));
            if (!this.queue.length || done.length >= MAX_BATCH) break;
            const p = this.queue.shift() as Pending;
            taken.push(p);
            await conn.executeQuery(SAVEPOINT);
            try {
              const value = await inTransaction.run(true, () => p.work(conn));
              await conn.executeQuery(RELEASE);
              done.push({ p, ok: true, value });
            } catch (err) {
              await conn.executeQuery(ROLLBACK_TO);
              await conn.executeQuery(RELEASE);
              done.push({ p, ok: false, value: err });
            }
          }
          if (this.ftsDeferred) {
            await conn.executeQuery(FTS_FLUSH);
            await conn.executeQuery(FTS_RESUME);
          }
          await conn.executeQuery(COMMIT);
          this.stats.commits++;
          this.stats.transactions += done.length;
        } catch (err) {
          await conn.executeQuery(ROLLBACK).catch(() => {});
          throw err;
        }
      });
    } catch (err) {
      for (const p of taken) p.reject(err);
      return;
    }
    for (const d of done) (d.ok ? d.p.resolve : d.p.reject)(d.value);
  }
}

const committers = new WeakMap<object, GroupCommitter>();

/** The group committer of a SQLite database (one per Kysely instance). */
export function groupCommitterFor(db: Kysely<DB>): GroupCommitter {
  let c = committers.get(db);
  if (!c) {
    c = new GroupCommitter(db);
    committers.set(db, c);
  }
  return c;
}
