import { z } from 'zod';

/** Job states as admins see them; `retrying` is a queued job that failed before. */
export const JOB_STATES = ['queued', 'retrying', 'running', 'done', 'dead', 'discarded'] as const;
export type JobStateView = (typeof JOB_STATES)[number];

export const JobsQuery = z.object({
  state: z.enum(JOB_STATES).optional(),
  kind: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const JobParams = z.object({ id: z.string().min(1).max(64) });

export const RetryJobBody = z.strictObject({
  resetAttempts: z.boolean().default(true).describe('Start a fresh set of attempts (false: only the attempts it had left)'),
});

export const TestJobBody = z.strictObject({
  delayMs: z.number().int().min(0).max(30_000).default(0).describe('How long the no-op job takes'),
});

/** One background job as the admin API presents it (payload included: it holds ids, never secrets). */
export const JobView = z.object({
  id: z.string().describe('Also the delivery id receivers use to drop duplicates'),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.string(),
  leaseUntil: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  payload: z.unknown(),
  abilities: z.object({ retry: z.boolean(), discard: z.boolean() }),
});
export type JobView = z.infer<typeof JobView>;

export const JobSummaryView = z.object({
  counts: z.record(z.enum(JOB_STATES), z.number().int()),
  /** When the oldest job that is due now was due (null when nothing waits). */
  oldestDueAt: z.string().nullable(),
});
export type JobSummaryView = z.infer<typeof JobSummaryView>;
