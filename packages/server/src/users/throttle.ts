import { isIP } from 'node:net';
import { z } from 'zod';
import type { Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { RateLimitedError } from '../platform/errors.ts';
import { hashSecret } from '../platform/ids.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { countSigninFailure, forgiveSignin, lockSignins, pruneSigninCounts } from './store.ts';

/**
 * Sign-in throttling, shared by every instance through the `signin_throttle` table (a fleet counts
 * together; nothing grows in memory). Two budgets per fixed 15-minute window:
 *  - per account (a burst at one e-mail from many addresses): 10 failed attempts, then locked;
 *  - per client address (one address spraying many e-mails): 20 failed attempts, then locked.
 *    IPv6 clients are counted per /64, the smallest block a host usually gets.
 * An attempt is counted BEFORE the password is checked, so a burst of parallel guesses cannot all
 * pass the check before the first failure is written; a successful sign-in takes its attempt back
 * (and clears the account's count). A locked key answers 429 with Retry-After for 15 minutes, even
 * with the right password. The client address is `req.ip`, which honours X-Forwarded-For only from
 * proxies listed in FIREBREAK_TRUST_PROXY.
 */
export const SIGNIN_LIMITS = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  perAccount: 10,
  perClient: 20,
} as const;

export type SigninKeys = { account: string; client: string };

/** The counting unit of a client address: IPv4 as is (IPv4-mapped IPv6 too), IPv6 by its /64. */
export function clientUnit(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ''] = ip.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

export const signinKeys = (email: string, ip: string): SigninKeys => ({
  account: hashSecret(`account:${email.trim().toLowerCase()}`),
  client: hashSecret(`client:${clientUnit(ip)}`),
});

async function countAttempt(tx: Tx, key: string, limit: number, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() - SIGNIN_LIMITS.windowMs).toISOString();
  const row = await countSigninFailure(tx, key, nowIso, cutoff);
  const lockedMs = row.locked_until ? new Date(row.locked_until).getTime() - now.getTime() : 0;
  if (lockedMs > 0) return lockedMs;
  if (Number(row.failures) > limit) {
    const until = new Date(now.getTime() + SIGNIN_LIMITS.lockMs).toISOString();
    await lockSignins(tx, key, until);
    return SIGNIN_LIMITS.lockMs;
  }
  return 0;
}

/**
 * Counts one sign-in attempt against the account and the client; throws 429 (Retry-After) when
 * either is over its budget or locked — then the password is not checked at all.
 */
export async function admitSignin(deps: Deps, keys: SigninKeys): Promise<void> {
  const now = deps.clock.now();
  // A fixed key order (by value) so concurrent attempts on PostgreSQL lock rows in one order.
  const budgets = [
    [keys.account, SIGNIN_LIMITS.perAccount],
    [keys.client, SIGNIN_LIMITS.perClient],
  ] as const;
  const waitMs = await transaction(deps, async (tx) => {
    let wait = 0;
    for (const [key, limit] of [...budgets].sort((a, b) => a[0].localeCompare(b[0])))
      wait = Math.max(wait, await countAttempt(tx, key, limit, now));
    return wait;
  });
  if (waitMs > 0) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new RateLimitedError(`Too many sign-in attempts; try again in ${Math.ceil(seconds / 60)} minutes`, seconds);
  }
}

/** A successful sign-in: the account starts afresh, and the client gets its attempt back. */
export async function signinSucceeded(deps: Deps, keys: SigninKeys): Promise<void> {
  await transaction(deps, (tx) => forgiveSignin(tx, keys.account, keys.client));
}

/** Deletes counts whose window and lock have both passed (every 10 minutes, once per fleet). */
export async function pruneSigninThrottle(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - SIGNIN_LIMITS.windowMs).toISOString();
  return transaction(deps, (tx) => pruneSigninCounts(tx, cutoff, now.toISOString()));
}

export const pruneSigninThrottleJob = defineJob({
  kind: 'signin.prune',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    await pruneSigninThrottle(ctx);
  },
});

definePeriodic({ name: 'signin.prune', everyMs: 10 * 60_000, job: pruneSigninThrottleJob });
