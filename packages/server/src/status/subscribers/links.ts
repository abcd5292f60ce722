import type { Config } from '../../config.ts';
import { subscriberToken } from './tokens.ts';

/**
 * Where the status page is for people outside: its own host (FIREBREAK_STATUS_HOST, with the scheme
 * of FIREBREAK_PUBLIC_URL) when set, since the rest of Firebreak may not be reachable from outside;
 * else `/status` under the public URL. Links in subscriber mail start here.
 */
export function statusPageUrl(config: Pick<Config, 'publicUrl' | 'statusHost'>): string {
  if (config.statusHost) return `${new URL(config.publicUrl).protocol}//${config.statusHost}`;
  return `${config.publicUrl.replace(/\/$/, '')}/status`;
}

type LinkConfig = Pick<Config, 'publicUrl' | 'statusHost' | 'dataDir' | 'secretKey'>;

export const confirmUrl = (config: LinkConfig, id: string) => `${statusPageUrl(config)}/confirm/${subscriberToken(config, 'confirm', id)}`;
export const manageUrl = (config: LinkConfig, id: string) => `${statusPageUrl(config)}/manage/${subscriberToken(config, 'manage', id)}`;
export const unsubscribeUrl = (config: LinkConfig, id: string) =>
  `${statusPageUrl(config)}/unsubscribe/${subscriberToken(config, 'manage', id)}`;
