import type { Deps } from '../platform/context.ts';

/**
 * The per-integration rate limit (events per minute, off unless set): a token bucket per integration
 * that holds one minute's worth and refills continuously. A request is let in while the bucket is
 * not empty and takes one token per event it carries (an Alertmanager batch of 50 takes 50, and may
 * leave the bucket owing). Each instance keeps its own buckets in memory: with N instances behind a
 * load balancer an integration may send up to N × the limit. Nothing is written per request.
 */
type Bucket = { tokens: number; at: number; limit: number };
const buckets = new WeakMap<object, Map<string, Bucket>>();

/** Seconds to wait before trying again (the Retry-After), or 0 when the events are let in. */
export function overLimit(deps: Deps, integration: { id: string; rate_limit_per_minute: number | null }, events: number): number {
  const limit = integration.rate_limit_per_minute;
  if (!limit) return 0;
  let mine = buckets.get(deps.bus);
  if (!mine) {
    mine = new Map();
    buckets.set(deps.bus, mine);
  }
  const now = deps.clock.now().getTime();
  const perMs = limit / 60_000;
  let b = mine.get(integration.id);
  if (!b || b.limit !== limit) {
    if (mine.size > 10_000) mine.clear();
    b = { tokens: limit, at: now, limit };
    mine.set(integration.id, b);
  }
  b.tokens = Math.min(limit, b.tokens + Math.max(0, now - b.at) * perMs);
  b.at = Math.max(b.at, now);
  if (b.tokens < 1) return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
  b.tokens -= Math.max(1, events);
  return 0;
}
