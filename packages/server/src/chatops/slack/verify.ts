import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../platform/context.ts';
import { findConnection, firstSeen } from '../connections.ts';
import type { ChatConnection } from '../types.ts';

/**
 * Slack's request signing (https://api.slack.com/authentication/verifying-requests-from-slack):
 * `X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:{X-Slack-Request-Timestamp}:{raw body}" under the
 * app's signing secret>`. Timestamps more than five minutes from our clock are refused, so a captured
 * request cannot be replayed later; within those five minutes the routes refuse a signature seen before
 * (the core's `firstSeen`).
 */

export const MAX_SKEW_MS = 5 * 60 * 1000;

export type SlackHeaders = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The signature Slack sends for a body at a timestamp (seconds). */
export function slackSignature(secret: string, timestamp: string | number, raw: Buffer | string): string {
  const mac = createHmac('sha256', secret);
  mac.update(`v0:${timestamp}:`);
  mac.update(raw);
  return `v0=${mac.digest('hex')}`;
}

/** Why a request is not Slack's (a sentence for the 401), or null when it is signed with `secret` and fresh. */
export function signatureProblem(secret: string, headers: SlackHeaders, raw: Buffer, now: Date): string | null {
  const timestamp = one(headers['x-slack-request-timestamp']);
  const signature = one(headers['x-slack-signature']);
  if (!timestamp || !signature) return 'The request is not signed (X-Slack-Signature and X-Slack-Request-Timestamp are required)';
  if (!/^\d{1,12}$/.test(timestamp)) return 'X-Slack-Request-Timestamp is not a Unix time';
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > MAX_SKEW_MS)
    return 'The request is too old (X-Slack-Request-Timestamp more than five minutes away)';
  const expected = Buffer.from(slackSignature(secret, timestamp, raw));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return "The signature does not match this Slack connection's signing secret";
  return null;
}

export type SlackAuth =
  | { ok: true; connection: ChatConnection }
  | { ok: false; reason: 'unknown_workspace' | 'bad_signature' | 'replayed'; message: string };

/**
 * Authenticates an inbound request: the connection of the workspace named in the body (`team_id`),
 * that connection's signing secret over the raw body, a fresh timestamp, and a signature not seen
 * before (a captured request sent again within the five minutes is refused).
 */
export async function authenticateSlack(deps: Deps, teamId: string | null, headers: SlackHeaders, raw: Buffer): Promise<SlackAuth> {
  const connection = await findConnection(deps, 'slack', teamId);
  if (!connection)
    return {
      ok: false,
      reason: 'unknown_workspace',
      message: `This Slack workspace${teamId ? ` (${teamId})` : ''} is not connected to Firebreak. An admin connects it under Settings → Chat.`,
    };
  const problem = signatureProblem(connection.secrets.signingSecret ?? '', headers, raw, deps.clock.now());
  if (problem) return { ok: false, reason: 'bad_signature', message: problem };
  if (!(await firstSeen(deps, connection.id, `slack-signature:${one(headers['x-slack-signature'])}`)))
    return { ok: false, reason: 'replayed', message: 'This request was received before (a replayed Slack request)' };
  return { ok: true, connection };
}
