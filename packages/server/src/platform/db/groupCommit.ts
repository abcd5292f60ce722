import { AsyncLocalStorage } from 'node:async_hooks';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
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
 * The fsync of a batch's COMMIT runs off the event loop (`WalSync`): the batch commits with
 * synchronous=NORMAL (in WAL mode: the commit is written to the WAL, not fsynced), then the WAL file
 * is fdatasync'ed on libuv's thread pool, and only then do the batch's callers hear back. node:sqlite
 * is synchronous, so with synchronous=FULL every commit's fsync (a few ms) blocked the whole process:
 * no request could be read or answered meanwhile. NORMAL is set only around the batch (a pragma that
 * cannot change inside a transaction): any other write on the connection stays FULL.
 */
const DATABASE_FILE = CompiledQuery.raw('pragma database_list');
const JOURNAL_MODE = CompiledQuery.raw('pragma journal_mode');
const SYNC_NORMAL = CompiledQuery.raw('pragma synchronous = normal');
const SYNC_FULL = CompiledQuery.raw('pragma synchronous = full');

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
 * promise settles only after the shared COMMIT is durable (one fsync of the WAL for the batch, off the
 * event loop: `WalSync`), and if that COMMIT or its fsync fails, every transaction of the batch fails
 * with it. Nothing is acknowledged early. The next batch commits after the previous one's fsync, and
 * gathers the transactions that arrive meanwhile.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private running = false;
  /** Durable commits made, and transactions they carried (for tests and the bench). */
  readonly stats = { commits: 0, transactions: 0 };
  private db: Kysely<DB>;
  /** Whether the database has migration 0032's deferred full-text indexing (checked until it has). */
  private ftsDeferred = false;
  /** The WAL's fsync off the event loop; null for a database not in WAL mode (in memory): FULL, in COMMIT. Undefined until the first batch. */
  private wal: WalSync | null | undefined;
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
      while (this.queue.length) {
        // The next batch commits once the previous one's fsync is done: its callers could not hear
        // back sooner anyway (their fsync would start after that one), and meanwhile more
        // transactions join it, so a commit and an fsync carry more of them (less CPU per transaction).
        if (this.wal) await this.wal.settled();
        await this.batch();
      }
    } finally {
      this.running = false;
    }
  }

  private async batch(): Promise<void> {
    const done: { p: Pending; ok: boolean; value: unknown }[] = [];
    const taken: Pending[] = [];
    let durable: Promise<void> | null = null;
    try {
      await this.db.connection().execute(async (conn) => {
        if (this.wal === undefined) {
          const mode = (await conn.executeQuery<{ journal_mode: string }>(JOURNAL_MODE)).rows[0]?.journal_mode;
          const file = (await conn.executeQuery<{ name: string; file: string }>(DATABASE_FILE)).rows.find((r) => r.name === 'main')?.file;
          this.wal = mode === 'wal' && file ? new WalSync(`${file}-wal`) : null;
        }
        const wal = this.wal;
        if (wal) await conn.executeQuery(SYNC_NORMAL);
        try {
          await this.transactions(conn, done, taken);
        } finally {
          if (wal) await conn.executeQuery(SYNC_FULL);
        }
        // Started after the COMMIT, so it covers it. Not awaited here: the event loop reads and
        // answers requests while the thread pool syncs, and this batch's callers hear back when it is done.
        if (wal) durable = wal.sync();
      });
    } catch (err) {
      for (const p of taken) p.reject(err);
      return;
    }
    const settle = () => {
      for (const d of done) (d.ok ? d.p.resolve : d.p.reject)(d.value);
    };
    if (!durable) return settle();
    (durable as Promise<void>).then(settle, (err: unknown) => {
      for (const p of taken) p.reject(err);
    });
  }

  /** BEGIN, the queued transactions each in its savepoint, the full-text flush, COMMIT (or ROLLBACK and throw). */
  private async transactions(conn: Kysely<DB>, done: { p: Pending; ok: boolean; value: unknown }[], taken: Pending[]): Promise<void> {
    await conn.executeQuery(BEGIN);
    try {
      if (!this.ftsDeferred) this.ftsDeferred = (await conn.executeQuery(HAS_FTS_STATE)).rows.length > 0;
      if (this.ftsDeferred) await conn.executeQuery(FTS_DEFER);
      // Transactions that arrive while this batch runs join it, up to MAX_BATCH. Before the
      // COMMIT we yield once, so requests already waiting in socket buffers can reach their
      // transaction and share this commit (and its fsync).
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
  }
}

/**
 * fdatasync of a WAL file on the thread pool, shared: a sync asked for while one is in flight waits
 * for the next one (which starts after the current ends, so it covers every COMMIT before the ask),
 * and all who ask meanwhile share it. The first sync also syncs the directory, which holds the WAL's
 * name (SQLite syncs it at the WAL's first sync under FULL). A WAL that is gone was checkpointed into
 * the database file and removed (SQLite syncs the database file before that): nothing left to sync.
 */
class WalSync {
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private dirSynced = false;
  private file: FileHandle | null = null;
  private idle: NodeJS.Timeout | null = null;
  private readonly path: string;
  constructor(path: string) {
    this.path = path;
  }

  /** Resolves when no sync is in flight (whatever its outcome: its callers hear of a failure). */
  settled(): Promise<void> {
    return Promise.all([this.inFlight, this.queued]).then(
      () => {},
      () => {},
    );
  }

  sync(): Promise<void> {
    if (!this.inFlight) {
      const run = this.fsync().finally(() => {
        if (this.inFlight === run) this.inFlight = null;
      });
      this.inFlight = run;
      return run;
    }
    if (!this.queued) {
      const after = this.inFlight;
      this.queued = after
        .catch(() => {})
        .then(() => {
          this.queued = null;
          return this.sync();
        });
    }
    return this.queued;
  }

  private async fsync(): Promise<void> {
    if (!this.dirSynced) {
      const dir = await open(dirname(this.path), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
      this.dirSynced = true;
    }
    if (!this.file) {
      try {
        this.file = await open(this.path, 'r+');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
    }
    const file = this.file;
    if (this.idle) clearTimeout(this.idle);
    try {
      await file.datasync();
    } catch (err) {
      this.file = null;
      await file.close().catch(() => {});
      throw err;
    }
    // Kept open while commits follow one another (opening and closing it per commit showed as a few %
    // of the ingest profile); closed after a second without a sync, so an idle database holds no handle.
    this.idle = setTimeout(() => this.closeIdle(), 1000);
    this.idle.unref();
  }

  private closeIdle(): void {
    if (this.inFlight) return; // that sync re-arms the timer
    const file = this.file;
    this.file = null;
    void file?.close().catch(() => {});
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
