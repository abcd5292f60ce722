import type { IncomingMessage } from 'node:http';
import type { Config } from '../../config.ts';
import type { Base } from './layout.ts';

/** Whether a Host header names the status page's own host (FIREBREAK_STATUS_HOST; without a port there, any port). */
export function isStatusHost(config: Pick<Config, 'statusHost'>, host: string | undefined): boolean {
  if (!config.statusHost || !host) return false;
  const h = host.trim().toLowerCase();
  return config.statusHost.includes(':') ? h === config.statusHost : h.replace(/:\d+$/, '') === config.statusHost;
}

export const baseFor = (config: Pick<Config, 'statusHost'>, host: string | undefined): Base =>
  isStatusHost(config, host) ? '' : '/status';

/**
 * Fastify's `rewriteUrl` for FIREBREAK_STATUS_HOST: on that host every path is the status page's
 * (`/` → `/status`, `/history.rss` → `/status/history.rss`, `/confirm/…` → `/status/confirm/…`),
 * except Statuspage's JSON API at `/api/v2/…`, which widgets call on the page's host. Nothing else of
 * the app (the web app, `/api/v1`, sign-in) can be reached there: its paths land under `/status/`,
 * where only the status page's routes (and its 404 page) are. Other hosts are untouched.
 */
export function statusHostRewrite(config: Pick<Config, 'statusHost'>): ((req: IncomingMessage) => string) | undefined {
  if (!config.statusHost) return undefined;
  return (req) => {
    const url = req.url ?? '/';
    if (!isStatusHost(config, req.headers.host) || url.startsWith('/api/v2/')) return url;
    return url === '/' || url.startsWith('/?') ? `/status${url.slice(1)}` : `/status${url}`;
  };
}
