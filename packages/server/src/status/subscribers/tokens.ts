import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';
import { dataDirSecret } from '../../platform/secrets.ts';

/**
 * Links in subscriber mail carry `<subscriber id>.<HMAC>`: nothing to store, and no link can be made
 * for another subscriber. The key is derived from FIREBREAK_SECRET_KEY when set (the same on every
 * instance of a fleet), else kept in `<data dir>/secrets/` like the unsubscribe key of notifications.
 * The purpose is inside the MAC: a manage link does not confirm, a confirmation link does not manage.
 * A webhook subscriber's signing secret is derived the same way (shown once, recomputed to sign).
 */
export type TokenPurpose = 'confirm' | 'manage' | 'webhook-secret';

function key(config: Pick<Config, 'dataDir' | 'secretKey'>): Buffer {
  if (config.secretKey) return createHmac('sha256', config.secretKey).update('firebreak status subscribers').digest();
  return dataDirSecret(config, 'status-subscribers-key', 'status subscribers key');
}

const mac = (config: Pick<Config, 'dataDir' | 'secretKey'>, purpose: TokenPurpose, id: string) =>
  createHmac('sha256', key(config)).update(`${purpose}\0${id}`).digest('base64url');

export const subscriberToken = (config: Pick<Config, 'dataDir' | 'secretKey'>, purpose: TokenPurpose, id: string): string =>
  `${id}.${mac(config, purpose, id)}`;

/** The subscriber id a token was made for with this purpose, or null. */
export function verifySubscriberToken(config: Pick<Config, 'dataDir' | 'secretKey'>, purpose: TokenPurpose, token: string): string | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const want = Buffer.from(mac(config, purpose, m[1]));
  const got = Buffer.from(m[2]);
  return want.length === got.length && timingSafeEqual(want, got) ? m[1] : null;
}

/** The signing secret of a webhook subscriber (shown once when it subscribes). */
export const webhookSecret = (config: Pick<Config, 'dataDir' | 'secretKey'>, id: string) => `whsec_${mac(config, 'webhook-secret', id)}`;
