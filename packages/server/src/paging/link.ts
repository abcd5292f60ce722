import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import { mailDomain } from '../platform/mail.ts';
import { dataDirSecret } from '../platform/secrets.ts';

/**
 * One-click acknowledgement: a page's message carries a link signed for (page, person, expiry),
 * so it needs no sign-in and cannot be made for another page or person. It is single use because
 * it acknowledges an open page only: once the page is acknowledged or ended, the link says so and
 * does nothing. The same key signs the reply address `page+<page id>.<token>@domain` (mailin/).
 */
export const ACK_LINK_TTL_MS = 24 * 3_600_000;
const key = (config: Pick<Config, 'dataDir'>) => dataDirSecret(config, 'page-ack.key', 'page acknowledgement key');
/** The key as a KeyObject, made once (preparing it from bytes on every signature cost more than the signature). */
const keyObjects = new WeakMap<Buffer, KeyObject>();
const keyObject = (config: Pick<Config, 'dataDir'>) => {
  const raw = key(config);
  let k = keyObjects.get(raw);
  if (!k) {
    k = createSecretKey(raw);
    keyObjects.set(raw, k);
  }
  return k;
};
const mac = (config: Pick<Config, 'dataDir'>, msg: string) => createHmac('sha256', keyObject(config)).update(msg).digest('base64url');
const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** `<page>.<user>.<expiry seconds>.<signature>`. */
export function ackToken(config: Pick<Config, 'dataDir'>, pageId: string, userId: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${pageId}.${userId}.${exp}.${mac(config, `page-ack\0${pageId}\0${userId}\0${exp}`)}`;
}

export type AckClaim = { pageId: string; userId: string; expiresAt: Date };
/** What a token is for, or null when we did not sign it (expiry is checked by the caller, against its clock). */
export function verifyAckToken(config: Pick<Config, 'dataDir'>, token: string): AckClaim | null {
  const m = /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  if (!same(mac(config, `page-ack\0${m[1]}\0${m[2]}\0${m[3]}`), m[4])) return null;
  return { pageId: m[1], userId: m[2], expiresAt: new Date(Number(m[3]) * 1000) };
}

export const ackUrl = (config: Pick<Config, 'dataDir' | 'publicUrl'>, pageId: string, userId: string, expiresAt: Date) =>
  `${config.publicUrl.replace(/\/$/, '')}/api/v1/page-ack/${ackToken(config, pageId, userId, expiresAt)}`;

/**
 * The reply address of a page's e-mail, `page+<notification id, 32 hex>.<16 chars>@domain` (54
 * characters, under the 64 a local part may have): a reply saying "ack" acknowledges the page as
 * the person that notification went to.
 */
const replyMac = (config: Pick<Config, 'dataDir'>, hex: string) =>
  createHmac('sha256', keyObject(config)).update(`page-reply\0${hex}`).digest('hex').slice(0, 16);
export function pageReplyAddress(config: Pick<Config, 'dataDir' | 'mailFrom'>, notificationId: string): string {
  const hex = notificationId.replace(/-/g, '').toLowerCase();
  return `page+${hex}.${replyMac(config, hex)}@${mailDomain(config)}`;
}
/** The notification a reply address's local part names, or null when we did not make it. */
export function notificationOfReplyAddress(config: Pick<Config, 'dataDir'>, local: string): string | null {
  const m = /^page\+([0-9a-f]{32})\.([0-9a-f]{16})$/.exec(local.toLowerCase());
  if (!m || !same(replyMac(config, m[1]), m[2])) return null;
  const h = m[1];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
