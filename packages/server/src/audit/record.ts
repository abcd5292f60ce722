import type { Clock } from '../platform/clock.ts';
import type { Deps, RequestInfo, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { insertAuditEntry } from './store.ts';

/**
 * Who did it. A `Ctx` (a signed-in request) fits as it is: its `user` and `request`. For things
 * without a signed-in person (a failed sign-in, a share link), pass `user: null` and the request;
 * `actorLabel` overrides how the actor is shown (e.g. "anonymous", an API token's name).
 */
export type AuditWho = {
  clock: Clock;
  user?: { id: string; email: string; name: string } | null;
  actorLabel?: string;
  request?: RequestInfo | null;
};

/** What happened to which thing. `details` is a small JSON object; secrets are never kept (see `scrub`). */
export type AuditEntry = {
  action: string;
  target: { type: string; id: string; label?: string | null };
  details?: Record<string, unknown>;
};

const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization|credential|api[_-]?key/i;
// What our own secrets look like (platform/ids.ts#newSecret): a short prefix and 43 base64url characters.
const SECRET_VALUE = /\b(fb[a-z]*_[A-Za-z0-9_-]{20,})/g;
const MAX_DETAILS = 8_000;

/**
 * Removes anything secret-looking from details: values under keys that name a secret are replaced by
 * "[redacted]", and strings that look like one of our secrets are masked. A caller's mistake must
 * not put a credential into a log that admins read and export.
 */
export function scrub(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[nested]';
  if (typeof value === 'string') return value.replace(SECRET_VALUE, '[redacted]').slice(0, 2_000);
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Names of things that are not secrets themselves (tokenId, tokenName) are kept.
      out[k] = SECRET_KEY.test(k) && typeof v !== 'boolean' && !/(id|name|prefix|count)$/i.test(k) ? '[redacted]' : scrub(v, depth + 1);
    }
    return out;
  }
  return value;
}

/**
 * Writes one audit row inside the caller's transaction, so the change and its record commit
 * together (or neither does). The only writer of `audit_log`.
 */
export async function audit(tx: Tx, who: AuditWho, entry: AuditEntry): Promise<void> {
  let details = JSON.stringify(scrub(entry.details ?? {}));
  if (details.length > MAX_DETAILS) details = JSON.stringify({ truncated: true });
  await insertAuditEntry(tx, {
    at: who.clock.now().toISOString(),
    actor_id: who.user?.id ?? null,
    actor_label: who.actorLabel ?? who.user?.email ?? 'anonymous',
    actor_name: who.user?.name ?? null,
    action: entry.action,
    target_type: entry.target.type,
    target_id: entry.target.id,
    target_label: entry.target.label ?? null,
    details,
    ip: who.request?.ip ?? null,
    user_agent: who.request?.userAgent ?? null,
  });
}

/** Audits something that happens outside any transaction (a failed sign-in): its own, durable, write. */
export async function auditNow(deps: Deps, who: AuditWho, entry: AuditEntry): Promise<void> {
  await transaction(deps, (tx) => audit(tx, who, entry));
}
