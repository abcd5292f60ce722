import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import { mailDomain, mailFromAddress } from '../platform/mail.ts';
import { dataDirSecret } from '../platform/secrets.ts';

/**
 * The addresses the SMTP listener answers for (the local part decides; any domain routed to it):
 * - `report@…`: a new incident in triage;
 * - `incident+INC-42@…` or, with its secret token, `incident+INC-42.<token>@…`: a comment on INC-42;
 * - the local part of FIREBREAK_MAIL_FROM (`firebreak@…`): replies to Firebreak's mail, a comment
 *   on the incident named by In-Reply-To/References or by `[INC-42]` in the subject;
 * - `alert+<integration key>@…`: an alert of an integration of format `email`;
 * - `page+<notification>.<token>@…`: a reply to a page e-mail ("ack" acknowledges it).
 */
export type MailTarget =
  | { kind: 'report' }
  | { kind: 'incident'; ref: string; token: string | null }
  | { kind: 'reply' }
  | { kind: 'alert'; key: string }
  | { kind: 'page'; local: string };

const TOKEN_CHARS = 16;

/** What a recipient address is for, or null when the listener does not know it (550 at RCPT TO). */
export function targetOf(address: string, config: Pick<Config, 'mailFrom'>): MailTarget | null {
  const at = address.lastIndexOf('@');
  const local = (at < 0 ? address : address.slice(0, at)).toLowerCase();
  if (local === 'report' || /^report\+[\w.-]{1,64}$/.test(local)) return { kind: 'report' };
  const incident = /^incident\+(?:inc-)?(\d{1,9})(?:\.([0-9a-f]{16}))?$/.exec(local);
  if (incident) return { kind: 'incident', ref: `INC-${incident[1]}`, token: incident[2] ?? null };
  // `page+<notification>.<token>@…`: the Reply-To of a page e-mail (paging/); "ack" acknowledges.
  if (/^page\+[0-9a-f]{32}\.[0-9a-f]{16}$/.test(local)) return { kind: 'page', local };
  const alert = /^alert\+([0-9a-z]{8,200})$/.exec(local);
  if (alert) return { kind: 'alert', key: alert[1] };
  const own = mailFromAddress(config).toLowerCase();
  if (local === own.slice(0, own.lastIndexOf('@'))) return { kind: 'reply' };
  return null;
}

/** The secret token of an incident's address: an HMAC of its id under a key kept in the data directory. */
export function incidentToken(config: Pick<Config, 'dataDir'>, incidentId: string): string {
  const key = dataDirSecret(config, 'mail-in-address.key', 'e-mail address key');
  return createHmac('sha256', key).update(`incident:${incidentId}`).digest('hex').slice(0, TOKEN_CHARS);
}

/** Whether a token from an address is the incident's (constant time). */
export function tokenFits(config: Pick<Config, 'dataDir'>, incidentId: string, token: string): boolean {
  const want = Buffer.from(incidentToken(config, incidentId));
  const got = Buffer.from(token.toLowerCase());
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The address that comments on an incident, with its token: `incident+INC-42.<token>@domain`. */
export function incidentAddress(config: Pick<Config, 'dataDir' | 'mailFrom'>, incident: { id: string; number: number }): string {
  return `incident+INC-${incident.number}.${incidentToken(config, incident.id)}@${mailDomain(config)}`;
}
