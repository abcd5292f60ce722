import { z } from 'zod';
import { type Deps, transaction } from '../platform/context.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { pruneMessages } from './store.ts';

/** How long a handled Message-ID is remembered: far longer than any sender keeps retrying (RFC 5321 suggests 4–5 days). */
export const REMEMBER_MESSAGES_MS = 30 * 24 * 3_600_000;

/** Forgets Message-IDs handled more than 30 days ago. */
export async function pruneReceivedMail(deps: Deps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - REMEMBER_MESSAGES_MS).toISOString();
  return transaction(deps, (tx) => pruneMessages(tx, before));
}

export const pruneReceivedMailJob = defineJob({
  kind: 'mailin.prune',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    await pruneReceivedMail(ctx);
  },
});

definePeriodic({ name: 'mailin.prune', everyMs: 6 * 3_600_000, job: pruneReceivedMailJob });
