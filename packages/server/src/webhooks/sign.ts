import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a generic webhook request (docs/webhooks.md): HMAC-SHA256 with the destination's
 * signing secret over `<timestamp>.<raw body>`, where the timestamp is the `Firebreak-Timestamp`
 * header (Unix seconds). Sent as `Firebreak-Signature: v1=<hex>`. The timestamp is inside the MAC so
 * a receiver can refuse replays older than a few minutes.
 */
export const HEADERS = {
  delivery: 'firebreak-delivery',
  event: 'firebreak-event',
  timestamp: 'firebreak-timestamp',
  signature: 'firebreak-signature',
} as const;

export const signature = (secret: string, timestamp: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** What a receiver does (and what the test fakes do): recompute and compare in constant time, within a tolerance. */
export function verifySignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds || !headers.signature) return false;
  const expected = Buffer.from(signature(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
