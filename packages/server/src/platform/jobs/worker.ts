import type { Deps } from '../context.ts';
import { reader, transaction } from '../context.ts';
import { newId } from '../ids.ts';
import { backoffMs, DEFAULT_TIMEOUT_MS, enqueue, jobKind, type Periodic } from './queue.ts';
import { buryAbandoned, claimJobs, type JobRow, nextDue, settleJob, settleJobs } from './store.ts';

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

type Outcome = { ok: true } | { ok: false; error: string; permanent: boolean };
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
      const { units } = await this.claimUnits(this.opts.concurrency);
      if (!units.length) return ran;
      await Promise.all(units.map((u) => this.runUnit(u)));
      ran += units.reduce((n, u) => n + u.length, 0);
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
          const { claimed, units } = await this.claimUnits(free);
          for (const u of units) this.track(this.runUnit(u));
          if (claimed === free) continue; // there may be more
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

  private claim(limit: number, kind?: string): Promise<JobRow[]> {
    const now = this.deps.clock.now();
    return transaction(this.deps, async (tx) => {
      if (!kind) await buryAbandoned(tx, now.toISOString());
      return claimJobs(tx, this.id, now.toISOString(), new Date(now.getTime() + this.opts.leaseMs).toISOString(), limit, kind);
    });
  }

  /**
   * Claims up to `limit` due jobs as units of work: one job each, except kinds with a batch handler.
   * Each job of such a kind in the first claim stands for a free slot that kind may fill with a whole
   * batch: the kind's due jobs are topped up, in one more claim, to `max` per slot and run as units
   * of up to `max`. So a burst (a thousand steps due in the same second) is claimed in two statements
   * and its batches run side by side, rather than one batch after another, each waiting for the claim before it.
   */
  private async claimUnits(limit: number): Promise<{ claimed: number; units: JobRow[][] }> {
    const jobs = await this.claim(limit);
    const units: JobRow[][] = [];
    const groups = new Map<string, JobRow[]>();
    for (const j of jobs) {
      if (jobKind(j.kind)?.batch) groups.set(j.kind, [...(groups.get(j.kind) ?? []), j]);
      else units.push([j]);
    }
    for (const [kind, group] of groups) {
      const max = Math.max(1, jobKind(kind)?.batch?.max ?? 1);
      const room = max * group.length - group.length;
      if (room > 0) group.push(...(await this.claim(room, kind)));
      for (let i = 0; i < group.length; i += max) units.push(group.slice(i, i + max));
    }
    return { claimed: jobs.length, units };
  }

  private runUnit(unit: JobRow[]): Promise<void> {
    return jobKind(unit[0].kind)?.batch ? this.runBatch(unit) : this.run(unit[0]);
  }

  private async run(job: JobRow): Promise<void> {
    const startedAt = this.deps.clock.now();
    const outcome = await this.attempt(job);
    await this.settle([[job, outcome]], startedAt);
  }

  /** Runs jobs of one batchable kind through its batch handler, then settles them all in one transaction. */
  private async runBatch(jobs: JobRow[]): Promise<void> {
    const startedAt = this.deps.clock.now();
    const def = jobKind(jobs[0].kind);
    const outcomes = new Map<JobRow, Outcome>();
    const items: { job: JobRow; payload: unknown }[] = [];
    for (const job of jobs) {
      const parsed = this.parse(job);
      if ('error' in parsed) outcomes.set(job, { ok: false, error: parsed.error, permanent: true });
      else items.push({ job, payload: parsed.payload });
    }
    if (def?.batch && items.length) {
      const batch = def.batch;
      try {
        const leaseUntil = new Date(Math.min(...items.map((i) => Date.parse(i.job.lease_until ?? startedAt.toISOString()))));
        const results = await this.withDeadline(def.timeoutMs, (signal) =>
          batch.run(
            { ...this.deps, signal, claim: { by: this.id, leaseUntil } },
            items.map((i) => ({
              job: { id: i.job.id, kind: i.job.kind, attempt: i.job.attempts, runAt: i.job.run_at },
              payload: i.payload,
            })),
          ),
        );
        items.forEach((i, k) => {
          const err = results[k];
          outcomes.set(i.job, err ? { ok: false, error: err.message || String(err), permanent: false } : { ok: true });
        });
      } catch (err) {
        for (const i of items)
          outcomes.set(i.job, { ok: false, error: err instanceof Error ? err.message : String(err), permanent: false });
      }
    }
    await this.settle(
      jobs.map((j) => [j, outcomes.get(j) ?? { ok: false, error: 'Not run', permanent: false }]),
      startedAt,
    );
  }

  /** Records the outcomes of jobs this worker ran, in one transaction. */
  private async settle(results: [JobRow, Outcome][], startedAt: Date): Promise<void> {
    const now = this.deps.clock.now();
    const iso = now.toISOString();
    const settled: [JobRow, Partial<JobRow>, 'done' | 'retry' | 'dead'][] = [];
    for (const [job, outcome] of results) {
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
      settled.push([job, patch, result]);
    }
    try {
      // If our lease ran out and another worker took a job, its outcome counts, not ours.
      const mine = await transaction(this.deps, async (tx) => {
        // Jobs done in one batch get the same patch: one statement for them all.
        const done = settled.filter(([, , result]) => result === 'done');
        const doneIds =
          done.length > 1
            ? await settleJobs(
                tx,
                done.map(([job]) => job),
                done[0][1],
              )
            : null;
        const out: boolean[] = [];
        for (const [job, patch, result] of settled)
          out.push(doneIds && result === 'done' ? doneIds.has(job.id) : await settleJob(tx, job, patch));
        return out;
      });
      settled.forEach(([job, patch, result], k) => {
        if (mine[k]) this.opts.onSettled?.({ ...job, ...patch }, result, startedAt);
      });
    } catch (err) {
      this.opts.log.warn(
        `could not record the outcome of job(s) ${settled.map(([j]) => j.id).join(', ')}; they run again after their lease: ${(err as Error).message}`,
      );
    }
  }

  private parse(job: JobRow): { payload: unknown } | { error: string } {
    const def = jobKind(job.kind);
    if (!def) return { error: `No handler for job kind "${job.kind}"` };
    try {
      return { payload: def.payload.parse(JSON.parse(job.payload)) };
    } catch (err) {
      const msg =
        err instanceof SyntaxError
          ? err.message
          : ((err as { issues?: { path: unknown[]; message: string }[] }).issues ?? [])
              .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
              .join('; ');
      return { error: `Invalid payload: ${msg || String(err)}` };
    }
  }

  private async attempt(job: JobRow): Promise<Outcome> {
    const def = jobKind(job.kind);
    const parsed = this.parse(job);
    if (!def || 'error' in parsed) return { ok: false, error: 'error' in parsed ? parsed.error : 'No handler', permanent: true };
    const payload = parsed.payload;
    try {
      await this.withDeadline(def.timeoutMs, (signal) =>
        def.run(
          {
            ...this.deps,
            job: { id: job.id, kind: job.kind, attempt: job.attempts, runAt: job.run_at },
            signal,
            claim: { by: this.id, leaseUntil: new Date(job.lease_until ?? this.deps.clock.now().toISOString()) },
          },
          payload,
        ),
      );
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err), permanent: false };
    }
  }

  /**
   * Runs work under the job kind's timeout: an attempt must end before its lease does, or a second
   * worker could run it at the same time. On timeout the signal aborts and the promise rejects.
   */
  private async withDeadline<T>(kindTimeoutMs: number | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const timeoutMs = Math.min(kindTimeoutMs ?? DEFAULT_TIMEOUT_MS, Math.floor(this.opts.leaseMs * 0.9));
    const ac = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        ac.abort();
        reject(new Error(`Timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([work(ac.signal), deadline]);
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
