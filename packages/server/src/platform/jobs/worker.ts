import type { Deps } from '../context.ts';
import { reader, transaction } from '../context.ts';
import { newId } from '../ids.ts';
import { backoffMs, DEFAULT_TIMEOUT_MS, enqueue, jobKind, type Periodic } from './queue.ts';
import { buryAbandoned, claimJobs, type JobRow, nextDue, settleJob } from './store.ts';

export type WorkerLog = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
export type { Periodic } from './queue.ts';
export type WorkerOptions = {
  /** Jobs run at once by this worker (default 8). */
  concurrency?: number;
  /** Longest idle wait between looks at the queue (default 1 s); enqueues wake it sooner. */
  pollMs?: number;
  /** How long a claim holds a job before another worker may take it (default 65 s); attempts time out just before. */
  leaseMs?: number;
  /** Work that runs once per period across the whole fleet. */
  periodic?: Periodic[];
  log?: WorkerLog;
  /** Called after each job settles (metrics, tests). */
  onSettled?: (job: JobRow, outcome: 'done' | 'retry' | 'dead', startedAt: Date) => void;
};

const quiet: WorkerLog = { info() {}, warn() {}, error() {} };
const MAX_ERROR = 2000;

/**
 * Runs jobs from the queue. Claims take a lease; a worker that dies (kill -9) leaves its jobs
 * running until the lease ends, then any worker takes them again. Failures retry with backoff and
 * jitter until `max_attempts`, then the job is dead with its last error. A job whose kind is
 * unknown or whose payload does not parse is dead at once: it never crashes or blocks the worker.
 * Periodic work is enqueued with a key per period, so each period runs once across the fleet.
 */
export class Worker {
  /** Names this worker in `locked_by` (kept on done jobs: which worker ran it). */
  readonly id = `w-${process.pid}-${newId().slice(0, 6)}`;
  private deps: Deps;
  private opts: Required<Omit<WorkerOptions, 'onSettled'>> & Pick<WorkerOptions, 'onSettled'>;
  private inFlight = new Set<Promise<void>>();
  private stopped = true;
  private wake: () => void = () => {};
  private loopDone: Promise<void> = Promise.resolve();
  private unsubscribe: () => void = () => {};
  private lastTick = new Map<string, number>();
  private failing = false;

  constructor(deps: Deps, opts: WorkerOptions = {}) {
    this.deps = deps;
    this.opts = { concurrency: 8, pollMs: 1000, periodic: [], log: quiet, leaseMs: DEFAULT_TIMEOUT_MS + 5000, ...opts };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.deps.bus.subscribe((e) => {
      if (e.type === 'jobs') this.wake();
    });
    this.loopDone = this.loop();
  }

  /** Stops claiming and waits for the jobs in hand (their leases cover a hard stop). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    this.wake();
    await this.loopDone;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Runs everything due now (by the injected clock), one batch after another; for tests and tools. */
  async runDue(): Promise<number> {
    let ran = 0;
    await this.enqueuePeriodic();
    for (;;) {
      const jobs = await this.claim(this.opts.concurrency);
      if (!jobs.length) return ran;
      await Promise.all(jobs.map((j) => this.run(j)));
      ran += jobs.length;
    }
  }

  private async loop(): Promise<void> {
    let backoff = 0;
    while (!this.stopped) {
      let waitMs = this.opts.pollMs;
      try {
        await this.enqueuePeriodic();
        const free = this.opts.concurrency - this.inFlight.size;
        if (free > 0) {
          const jobs = await this.claim(free);
          for (const j of jobs) this.track(this.run(j));
          if (jobs.length === free) continue; // there may be more
        }
        waitMs = await this.idleFor();
        if (this.failing) this.opts.log.info('job queue reachable again');
        this.failing = false;
        backoff = 0;
      } catch (err) {
        // The database went away: back off (up to 10 s) and try again; nothing is lost, leases cover it.
        backoff = Math.min(backoff ? backoff * 2 : 250, 10_000);
        waitMs = backoff;
        if (!this.failing) this.opts.log.warn(`job queue unavailable, retrying: ${(err as Error).message}`);
        this.failing = true;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(10, waitMs));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    p.finally(() => {
      this.inFlight.delete(p);
      this.wake(); // a slot is free
    });
  }

  /** How long to sleep: until the next job is due or a lease ends, at most pollMs. */
  private async idleFor(): Promise<number> {
    if (this.inFlight.size >= this.opts.concurrency) return this.opts.pollMs;
    const next = await nextDue(reader(this.deps));
    const periodMs = Math.min(this.opts.pollMs, ...this.opts.periodic.map((p) => p.everyMs));
    if (!next) return periodMs;
    return Math.min(periodMs, Math.max(0, Date.parse(next) - this.deps.clock.now().getTime()));
  }

  private claim(limit: number): Promise<JobRow[]> {
    const now = this.deps.clock.now();
    return transaction(this.deps, async (tx) => {
      await buryAbandoned(tx, now.toISOString());
      return claimJobs(tx, this.id, now.toISOString(), new Date(now.getTime() + this.opts.leaseMs).toISOString(), limit);
    });
  }

  private async run(job: JobRow): Promise<void> {
    const startedAt = this.deps.clock.now();
    const outcome = await this.attempt(job);
    const now = this.deps.clock.now();
    const iso = now.toISOString();
    let result: 'done' | 'retry' | 'dead';
    let patch: Partial<JobRow>;
    if (outcome.ok) {
      result = 'done';
      patch = { state: 'done', lease_until: null, last_error: null, updated_at: iso, finished_at: iso };
    } else {
      const error = outcome.error.slice(0, MAX_ERROR);
      const final = outcome.permanent || job.attempts >= job.max_attempts;
      result = final ? 'dead' : 'retry';
      patch = final
        ? { state: 'dead', lease_until: null, locked_by: null, last_error: error, updated_at: iso, finished_at: iso }
        : {
            state: 'queued',
            lease_until: null,
            locked_by: null,
            last_error: error,
            updated_at: iso,
            run_at: new Date(now.getTime() + backoffMs(job.attempts)).toISOString(),
          };
      if (final) this.opts.log.warn(`job ${job.kind} ${job.id} is dead after ${job.attempts} attempt(s): ${error}`);
    }
    try {
      // If our lease ran out and another worker took the job, its outcome counts, not ours.
      if (await transaction(this.deps, (tx) => settleJob(tx, job, patch))) this.opts.onSettled?.({ ...job, ...patch }, result, startedAt);
    } catch (err) {
      this.opts.log.warn(`could not record the outcome of job ${job.id}; it runs again after its lease: ${(err as Error).message}`);
    }
  }

  private async attempt(job: JobRow): Promise<{ ok: true } | { ok: false; error: string; permanent: boolean }> {
    const def = jobKind(job.kind);
    if (!def) return { ok: false, error: `No handler for job kind "${job.kind}"`, permanent: true };
    let payload: unknown;
    try {
      payload = def.payload.parse(JSON.parse(job.payload));
    } catch (err) {
      const msg =
        err instanceof SyntaxError
          ? err.message
          : ((err as { issues?: { path: unknown[]; message: string }[] }).issues ?? [])
              .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
              .join('; ');
      return { ok: false, error: `Invalid payload: ${msg || String(err)}`, permanent: true };
    }
    // An attempt must end before its lease does, or a second worker could run it at the same time.
    const timeoutMs = Math.min(def.timeoutMs ?? DEFAULT_TIMEOUT_MS, Math.floor(this.opts.leaseMs * 0.9));
    const ac = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        ac.abort();
        reject(new Error(`Timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([
        def.run(
          { ...this.deps, job: { id: job.id, kind: job.kind, attempt: job.attempts, runAt: job.run_at }, signal: ac.signal },
          payload,
        ),
        deadline,
      ]);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err), permanent: false };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Enqueues each periodic job once per period; the key makes the other instances' enqueue a no-op. */
  private async enqueuePeriodic(): Promise<void> {
    if (!this.opts.periodic.length) return;
    const now = this.deps.clock.now().getTime();
    const due = this.opts.periodic.filter((p) => this.lastTick.get(p.name) !== Math.floor(now / p.everyMs));
    if (!due.length) return;
    await transaction(this.deps, async (tx) => {
      for (const p of due) {
        const start = new Date(Math.floor(now / p.everyMs) * p.everyMs);
        await enqueue(tx, this.deps, p.job, { tick: start.toISOString() }, { runAt: start, key: `${p.name}@${start.toISOString()}` });
      }
    });
    for (const p of due) this.lastTick.set(p.name, Math.floor(now / p.everyMs));
  }
}
