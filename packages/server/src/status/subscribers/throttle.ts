import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';
import { RateLimitedError } from '../../platform/errors.ts';
import { hashSecret } from '../../platform/ids.ts';
import { defineJob, definePeriodic } from '../../platform/jobs/queue.ts';
import { clientUnit } from '../../users/index.ts';
import { countRequest, pruneThrottle, pruneUnconfirmed } from './store.ts';

/** Unconfirmed e-mail subscriptions are forgotten after a week. */
export const UNCONFIRMED_DAYS = 7;

/**
 * Abuse protection of the public subscribe form (no sign-in): a stranger must not be able to make
 * Firebreak mail someone over and over, nor mail many addresses. Counted in the database (a fleet
 * counts together) per fixed one-hour window: per address (3 confirmation mails), per client address
 * (10 requests; IPv6 per /64, as sign-in throttling counts), and for the whole installation (300
 * subscribe requests). Keys are SHA-256 hashes, so the table holds no address in the clear.
 * Counted before anything is written or sent; over a budget answers 429 with Retry-After.
 */
export const SUBSCRIBE_LIMITS = { windowMs: 60 * 60_000, perAddress: 3, perClient: 10, installation: 300 } as const;

export type SubscribeKeys = { address?: string; client: string };

export const subscribeKeys = (address: string | null, ip: string): SubscribeKeys => ({
  ...(address ? { address: hashSecret(`status-address:${address}`) } : {}),
  client: hashSecret(`status-client:${clientUnit(ip)}`),
});

/** Counts one subscribe request; throws 429 when any budget is spent. */
export async function admitSubscribe(deps: Deps, keys: SubscribeKeys): Promise<void> {
  const now = deps.clock.now();
  const windowStart = new Date(now.getTime() - SUBSCRIBE_LIMITS.windowMs).toISOString();
  const budgets: [string, number][] = [
    [keys.client, SUBSCRIBE_LIMITS.perClient],
    [hashSecret('status-installation'), SUBSCRIBE_LIMITS.installation],
  ];
  if (keys.address) budgets.push([keys.address, SUBSCRIBE_LIMITS.perAddress]);
  // One key order, so concurrent requests on PostgreSQL lock rows in the same order.
  budgets.sort((a, b) => a[0].localeCompare(b[0]));
  const over = await transaction(deps, async (tx) => {
    let spent = false;
    for (const [key, limit] of budgets) if ((await countRequest(tx, key, now.toISOString(), windowStart)) > limit) spent = true;
    return spent;
  });
  if (over) throw new RateLimitedError('Too many subscription requests; try again in an hour', Math.ceil(SUBSCRIBE_LIMITS.windowMs / 1000));
}

export const pruneSubscribeThrottleJob = defineJob({
  kind: 'status.subscribers_prune',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    const now = ctx.clock.now().getTime();
    await transaction(ctx, async (tx) => {
      await pruneThrottle(tx, new Date(now - SUBSCRIBE_LIMITS.windowMs).toISOString());
      await pruneUnconfirmed(tx, new Date(now - UNCONFIRMED_DAYS * 86_400_000).toISOString());
    });
  },
});

definePeriodic({ name: 'status.subscribers_prune', everyMs: 60 * 60_000, job: pruneSubscribeThrottleJob });
