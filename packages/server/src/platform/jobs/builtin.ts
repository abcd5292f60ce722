import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { reader, transaction } from '../context.ts';
import { defineJob, definePeriodic } from './queue.ts';
import { pruneJobs } from './store.ts';

const DAY = 86_400_000;

/**
 * A job that does nothing (optionally for a while): admins enqueue it to check that workers are
 * alive and how fast the queue moves (`POST /api/v1/jobs/test`).
 */
export const noopJob = defineJob({
  kind: 'noop',
  payload: z.object({ delayMs: z.number().int().min(0).max(30_000).default(0) }),
  maxAttempts: 3,
  async run(ctx, { delayMs }) {
    if (delayMs) await sleep(delayMs, undefined, { signal: ctx.signal });
    await reader(ctx).db.selectFrom('counters').select('name').limit(1).execute();
  },
});

/** Deletes finished jobs: done or discarded after 7 days, dead after 30 (admins have seen them by then). */
export const pruneJobsJob = defineJob({
  kind: 'jobs.prune',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    const now = ctx.clock.now().getTime();
    await transaction(ctx, (tx) => pruneJobs(tx, new Date(now - 7 * DAY).toISOString(), new Date(now - 30 * DAY).toISOString()));
  },
});

definePeriodic({ name: 'jobs.prune', everyMs: 3_600_000, job: pruneJobsJob });
