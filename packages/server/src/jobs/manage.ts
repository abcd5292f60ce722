import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import { noopJob } from '../platform/jobs/builtin.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { getJob, type JobRow, updateJob } from '../platform/jobs/store.ts';
import { presentJob } from './present.ts';

async function change(ctx: Ctx, id: string, what: 'retry' | 'discard', patch: (row: JobRow, now: string) => Partial<JobRow>) {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const row = await getJob(tx, id);
    if (!row) throw new NotFoundError(`No job ${id}`, 'job_not_found');
    if (!presentJob(row).abilities[what]) {
      throw new ConflictError(
        `A ${presentJob(row).state} job cannot be ${what === 'retry' ? 'retried' : 'discarded'}`,
        { state: presentJob(row).state },
        'job_state',
      );
    }
    const next = patch(row, ctx.clock.now().toISOString());
    await updateJob(tx, id, next);
    await audit(tx, ctx, {
      action: what === 'retry' ? 'job.retried' : 'job.discarded',
      target: { type: 'job', id, label: row.kind },
      details: { from: presentJob(row).state, attempts: row.attempts, ...(what === 'retry' ? { resetAttempts: next.attempts === 0 } : {}) },
    });
    if (next.state === 'queued') tx.events.push({ type: 'jobs' });
    return presentJob({ ...row, ...next });
  });
}

/**
 * Runs a dead or waiting job again now (its delivery id stays the same, so receivers still drop a
 * duplicate). With `resetAttempts` it gets a fresh set of attempts; otherwise one more at least.
 */
export const retryJob = (ctx: Ctx, id: string, resetAttempts = true) =>
  change(ctx, id, 'retry', (row, now) => ({
    state: 'queued',
    run_at: now,
    attempts: resetAttempts ? 0 : Math.min(row.attempts, row.max_attempts - 1),
    finished_at: null,
    updated_at: now,
  }));

/** Gives up on a job that has not run yet or is dead; it is kept (state discarded) until pruned. */
export const discardJob = (ctx: Ctx, id: string) =>
  change(ctx, id, 'discard', (_row, now) => ({ state: 'discarded', finished_at: now, updated_at: now }));

/** Enqueues a no-op job, to see that workers are alive and how fast the queue moves. */
export async function enqueueTestJob(ctx: Ctx, delayMs: number) {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const id = (await enqueue(tx, ctx, noopJob, { delayMs })) as string;
    return presentJob((await getJob(tx, id)) as JobRow);
  });
}
