import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whether `given` (hex, optionally after a `sha256=` prefix) is the HMAC-SHA256 of the raw body with the secret. */
export function hmacMatches(secret: string, raw: Buffer, given: string | undefined, prefix = ''): boolean {
  if (!given?.startsWith(prefix)) return false;
  const hex = given.slice(prefix.length).trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  return timingSafeEqual(createHmac('sha256', secret).update(raw).digest(), Buffer.from(hex, 'hex'));
}

/** Constant-time comparison of a shared token (GitLab's X-Gitlab-Token). */
export function tokenMatches(secret: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = createHmac('sha256', 'cmp').update(secret).digest();
  const b = createHmac('sha256', 'cmp').update(given).digest();
  return timingSafeEqual(a, b);
}
