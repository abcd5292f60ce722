import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import { dataDirSecret } from '../platform/secrets.ts';

/** The key that signs unsubscribe links (like the retrospective answer key, in the data directory). */
const unsubscribeSecret = (config: Pick<Config, 'dataDir'>) => dataDirSecret(config, 'unsubscribe-key', 'unsubscribe key');

const mac = (config: Pick<Config, 'dataDir'>, email: string) =>
  createHmac('sha256', unsubscribeSecret(config)).update(`unsubscribe\0${email}`).digest('base64url');

/** `<address>.<signature>`, both base64url: the link needs no sign-in and cannot be made for another address. */
export function unsubscribeToken(config: Pick<Config, 'dataDir'>, email: string): string {
  const e = email.toLowerCase();
  return `${Buffer.from(e).toString('base64url')}.${mac(config, e)}`;
}

/** The address a token was made for, or null when it was not signed by us. */
export function verifyUnsubscribeToken(config: Pick<Config, 'dataDir'>, token: string): string | null {
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const email = Buffer.from(m[1], 'base64url').toString('utf8');
  const want = Buffer.from(mac(config, email));
  const got = Buffer.from(m[2]);
  return want.length === got.length && timingSafeEqual(want, got) ? email : null;
}

export const unsubscribeUrl = (config: Pick<Config, 'dataDir' | 'publicUrl'>, email: string) =>
  `${config.publicUrl.replace(/\/$/, '')}/api/v1/unsubscribe/${unsubscribeToken(config, email)}`;
