import { Worker } from 'node:worker_threads';
import type { CompiledQuery, Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { toParam } from './sqlite.ts';

/**
 * A read-only SQLite connection on its own thread, for the few heavy reads that would otherwise hold
 * the event loop for milliseconds (search's window and snippets, FIREBREAK_SEARCH_THREAD). The main
 * thread compiles the statement, the thread runs it and sends the rows back, so the event loop keeps
 * answering other requests meanwhile (each statement is its own snapshot, as on the main thread's
 * read connection outside a transaction). PostgreSQL already runs queries off the event loop.
 *
 * The thread starts on first use, keeps the process alive only while a statement is in flight, and is
 * ended by the database's close (openDatabase). Should it die, the statements in flight fail and the
 * next one starts a new thread.
 */
export type ReadThread = {
  all<R>(query: CompiledQuery<R>): Promise<R[]>;
  /**
   * The statement's rows folded on the thread by `fold`, so only its result is copied back (a search
   * window's 301 rows cost both threads more to copy than to count). Rows are arrays of the columns
   * in the statement's order (building objects cost SQLite a fifth more). `fold` must be a
   * self-contained function (a declaration or an arrow): it is sent as its source and compiled on the
   * thread once per source, so it may use only its arguments and JavaScript's globals, no imports and
   * no variables around it. `arg` is copied to the thread with it.
   */
  fold<A, T>(query: CompiledQuery<unknown>, fold: (rows: unknown[][], arg: A) => T, arg: A): Promise<T>;
  /** Whether the thread is running (started and not yet closed or dead). */
  readonly running: boolean;
  close(): Promise<void>;
};

// Plain JavaScript evaluated in the thread: no module resolution, so it runs the same under tests,
// the CLI and the server. Statements are prepared once per SQL text, as on the main thread. Rows
// travel as arrays with the column names once (copying 301 objects between threads cost twice as much);
// a fold gets the arrays and only its result travels.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path, { readOnly: true });
db.exec('PRAGMA busy_timeout = 5000');
db.exec('PRAGMA cache_size = -65536');
const statements = new Map();
const folds = new Map();
parentPort.on('message', (m) => {
  if (m.close) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    let st = statements.get(m.sql);
    if (!st) {
      if (statements.size > 100) statements.clear();
      st = db.prepare(m.sql);
      st.setReturnArrays(true);
      st.names = st.columns().map((c) => c.name);
      statements.set(m.sql, st);
    }
    if (!m.fold) {
      parentPort.postMessage({ id: m.id, names: st.names, rows: st.all(...m.params) });
      return;
    }
    let fold = folds.get(m.fold);
    if (!fold) {
      if (folds.size > 100) folds.clear();
      fold = (0, eval)('(' + m.fold + ')');
      folds.set(m.fold, fold);
    }
    parentPort.postMessage({ id: m.id, result: fold(st.all(...m.params), m.arg) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String((err && err.message) || err) });
  }
});
`;

type Pending = { resolve(answer: unknown): void; reject(err: Error): void };

export function openReadThread(path: string): ReadThread {
  let worker: Worker | null = null;
  let closed = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const fail = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(THREAD_SOURCE, { eval: true, workerData: { path } });
    w.unref();
    w.on('message', (m: { id: number; names?: string[]; rows?: unknown[][]; result?: unknown; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      // Closing: referenced until it has exited (statements still in flight end before it does).
      if (!pending.size && !closed) w.unref();
      if (m.error !== undefined) return p.reject(new Error(m.error));
      if ('result' in m) return p.resolve(m.result);
      const names = m.names ?? [];
      p.resolve(
        (m.rows ?? []).map((values) => {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < names.length; i++) row[names[i]] = values[i];
          return row;
        }),
      );
    });
    w.on('error', (err) => fail(err));
    w.on('exit', () => {
      if (worker === w) worker = null;
      fail(new Error('the SQLite read thread stopped'));
    });
    return w;
  };
  const send = <T>(message: Record<string, unknown>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the database is closed'));
    worker ??= start();
    const w = worker;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      // In flight, the thread keeps the process alive (its answer is awaited); idle, it never does.
      if (pending.size === 1) w.ref();
      w.postMessage({ id, ...message });
    });
  };
  // A fold's source, once per function (Function#toString builds a new string each call).
  const sources = new WeakMap<object, string>();
  return {
    get running() {
      return worker !== null;
    },
    all<R>(query: CompiledQuery<R>): Promise<R[]> {
      return send<R[]>({ sql: query.sql, params: query.parameters.map(toParam) });
    },
    fold<A, T>(query: CompiledQuery<unknown>, fold: (rows: unknown[][], arg: A) => T, arg: A): Promise<T> {
      let source = sources.get(fold);
      if (source === undefined) {
        source = fold.toString();
        sources.set(fold, source);
      }
      return send<T>({ sql: query.sql, params: query.parameters.map(toParam), fold: source, arg });
    },
    async close() {
      closed = true;
      const w = worker;
      if (!w) return;
      const exited = new Promise((resolve) => w.once('exit', resolve));
      // Referenced until it has exited: an unreferenced thread's exit would not keep this await alive.
      w.ref();
      w.postMessage({ close: true });
      await exited;
    },
  };
}

const threads = new WeakMap<object, ReadThread>();

/** Registers the read thread of a SQLite read connection (openDatabase). */
export function setReadThread(db: Kysely<DB>, thread: ReadThread): void {
  threads.set(db, thread);
}

/** The read thread of this connection: only the read connection of a SQLite file has one. */
export const readThreadOf = (db: object): ReadThread | undefined => threads.get(db);
