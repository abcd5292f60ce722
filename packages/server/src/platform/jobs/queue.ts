import type { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Deps, Tx } from '../context.ts';
import { newId } from '../ids.ts';
import { insertJob, insertJobs, type JobRow, settleJobs } from './store.ts';

/**
 * A worker's claim on the job(s) a handler runs: which worker, and until when its lease holds. A
 * handler may enqueue follow-up work under it (`EnqueueOptions.claim`) and do it at once.
 */
export type Claim = { by: string; leaseUntil: Date };

/**
 * What a job's handler gets: the app's dependencies, the job's stable delivery id and attempt, a
 * signal that fires at its deadline, and (when a worker runs it) the worker's claim.
 */
export type JobContext = Deps & { job: { id: string; kind: string; attempt: number; runAt: string }; signal: AbortSignal; claim?: Claim };

/** A kind of background work: its payload schema (checked when it runs), retry policy and handler. */
export type JobKind<P> = {
  kind: string;
  payload: z.ZodType<P>;
  /** Attempts before the job is dead (default 8). */
  maxAttempts?: number;
  /** How long one attempt may take; past it the attempt fails and another worker may take over (default 60 s). */
  timeoutMs?: number;
  run(ctx: JobContext, payload: P): Promise<void>;
  /**
   * Optional: runs up to `max` due jobs of this kind at once (the worker claims them together and
   * settles them in one transaction), e.g. many steps in one database transaction. Returns, per item
   * in order, null when it is done or the error it failed with (that item alone is retried).
   */
  batch?: { max: number; run(ctx: BatchContext, items: { job: JobContext['job']; payload: P }[]): Promise<(Error | null)[]> };
};

/** What a batch handler gets: like JobContext, without a single job (each item carries its own). */
export type BatchContext = Deps & { signal: AbortSignal; claim?: Claim };

const registry = new Map<string, JobKind<unknown>>();

/** Declares a job kind; slices call it at load time, workers look kinds up by name. */
export function defineJob<P>(def: JobKind<P>): JobKind<P> {
  registry.set(def.kind, def as JobKind<unknown>);
  return def;
}

export const jobKind = (kind: string): JobKind<unknown> | undefined => registry.get(kind);

/** Work that runs once per period across the whole fleet (the worker enqueues it keyed by period). */
export type Periodic = { name: string; everyMs: number; job: JobKind<{ tick: string }> };
const periodicRegistry = new Map<string, Periodic>();

/** Declares periodic work; slices call it at load time, like `defineJob`, and every worker schedules it. */
export function definePeriodic(p: Periodic): Periodic {
  periodicRegistry.set(p.name, p);
  return p;
}

/** Every periodic job declared so far (main.ts hands them to its worker). */
export const periodicJobs = (): Periodic[] => [...periodicRegistry.values()];

export const DEFAULT_MAX_ATTEMPTS = 8;
export const DEFAULT_TIMEOUT_MS = 60_000;

export type EnqueueOptions = {
  /** When it should run (default: now). */
  runAt?: Date;
  /** Work with the same key is enqueued once, ever (e.g. `reminder:INC-42:2026-03-01T12:00Z`). */
  key?: string;
  maxAttempts?: number;
  /**
   * Enqueued already claimed, its first attempt under way: the handler that enqueues it does the
   * work right after its transaction commits (no second trip through the queue) and settles it with
   * `settleClaimed`. If that worker dies first, the lease runs out and any worker takes the job over
   * as its second attempt, as with any job whose worker died.
   */
  claim?: Claim;
};

/**
 * Enqueues a job inside the caller's transaction: it commits with the change that causes it, or not
 * at all. Returns the job's id (its delivery id), or null when a job with the same key exists.
 */
export async function enqueue<P>(
  tx: Tx,
  who: { clock: Clock },
  def: JobKind<P>,
  payload: P,
  opts: EnqueueOptions = {},
): Promise<string | null> {
  const checked = def.payload.parse(payload); // a bad payload is our bug: fail the change, not the worker later
  const now = who.clock.now();
  const runAt = opts.runAt ?? now;
  const id = newId();
  const inserted = await insertJob(tx, {
    id,
    kind: def.kind,
    payload: JSON.stringify(checked),
    state: 'queued',
    run_at: runAt.toISOString(),
    attempts: 0,
    max_attempts: opts.maxAttempts ?? def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    lease_until: null,
    locked_by: null,
    last_error: null,
    idempotency_key: opts.key ?? null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    finished_at: null,
  });
  if (!inserted) return null;
  if (runAt.getTime() <= now.getTime()) tx.events.push({ type: 'jobs' });
  return id;
}

/**
 * Enqueues many jobs of one kind in one statement, in the caller's transaction (like `enqueue`, for
 * work that makes hundreds at once). Returns, per item in order, the job's id or null when its key was taken.
 */
export async function enqueueMany<P>(
  tx: Tx,
  who: { clock: Clock },
  def: JobKind<P>,
  items: ({ payload: P } & EnqueueOptions)[],
): Promise<(string | null)[]> {
  if (!items.length) return [];
  const now = who.clock.now();
  const rows: JobRow[] = items.map((item) => ({
    id: newId(),
    kind: def.kind,
    payload: JSON.stringify(def.payload.parse(item.payload)),
    state: item.claim ? 'running' : 'queued',
    run_at: (item.runAt ?? now).toISOString(),
    attempts: item.claim ? 1 : 0,
    max_attempts: item.maxAttempts ?? def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    lease_until: item.claim ? item.claim.leaseUntil.toISOString() : null,
    locked_by: item.claim ? item.claim.by : null,
    last_error: null,
    idempotency_key: item.key ?? null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    finished_at: null,
  }));
  const inserted = await insertJobs(tx, rows);
  if (rows.some((r) => inserted.has(r.id) && r.state === 'queued' && Date.parse(r.run_at) <= now.getTime()))
    tx.events.push({ type: 'jobs' });
  return rows.map((r) => (inserted.has(r.id) ? r.id : null));
}

/**
 * Settles jobs enqueued claimed (`EnqueueOptions.claim`) after their first attempt, in the caller's
 * transaction: done, or failed with its error (retried with backoff like any job; dead if the kind
 * allows one attempt). Each unless another worker has taken it over since (its lease ran out).
 */
export async function settleClaimed(
  tx: Tx,
  who: { clock: Clock },
  def: JobKind<unknown>,
  jobs: { id: string; error: string | null }[],
): Promise<void> {
  const now = who.clock.now();
  const iso = now.toISOString();
  const first = jobs.map((j) => ({ id: j.id, attempts: 1 }));
  const done = jobs.filter((j) => j.error === null);
  if (done.length)
    await settleJobs(
      tx,
      first.filter((j) => done.some((d) => d.id === j.id)),
      { state: 'done', lease_until: null, last_error: null, updated_at: iso, finished_at: iso },
    );
  const final = (def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) <= 1;
  for (const j of jobs) {
    if (j.error === null) continue;
    const last_error = j.error.slice(0, 2000);
    await settleJobs(
      tx,
      [{ id: j.id, attempts: 1 }],
      final
        ? { state: 'dead', lease_until: null, locked_by: null, last_error, updated_at: iso, finished_at: iso }
        : {
            state: 'queued',
            lease_until: null,
            locked_by: null,
            last_error,
            updated_at: iso,
            run_at: new Date(now.getTime() + backoffMs(1)).toISOString(),
          },
    );
  }
}

/** Delay before retry n (1-based): exponential from 2 s, capped at an hour, with jitter so retries spread out. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(2000 * 2 ** (attempt - 1), 3_600_000);
  return Math.round(base / 2 + (random() * base) / 2);
}
