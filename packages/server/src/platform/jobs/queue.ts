import type { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Deps, Tx } from '../context.ts';
import { newId } from '../ids.ts';
import { insertJob, insertJobs, type JobRow } from './store.ts';

/** What a job's handler gets: the app's dependencies, the job's stable delivery id and attempt, and a signal that fires at its deadline. */
export type JobContext = Deps & { job: { id: string; kind: string; attempt: number; runAt: string }; signal: AbortSignal };

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
export type BatchContext = Deps & { signal: AbortSignal };

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
    state: 'queued',
    run_at: (item.runAt ?? now).toISOString(),
    attempts: 0,
    max_attempts: item.maxAttempts ?? def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    lease_until: null,
    locked_by: null,
    last_error: null,
    idempotency_key: item.key ?? null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    finished_at: null,
  }));
  const inserted = await insertJobs(tx, rows);
  if (rows.some((r) => inserted.has(r.id) && Date.parse(r.run_at) <= now.getTime())) tx.events.push({ type: 'jobs' });
  return rows.map((r) => (inserted.has(r.id) ? r.id : null));
}

/** Delay before retry n (1-based): exponential from 2 s, capped at an hour, with jitter so retries spread out. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(2000 * 2 ** (attempt - 1), 3_600_000);
  return Math.round(base / 2 + (random() * base) / 2);
}
