import type { StatusSnapshot } from '@firebreak/shared';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { notModified, pick } from './encoding.ts';
import { derived, derivedNow } from './snapshot.ts';
import {
  type Serialised,
  SpComponentsBody,
  SpIncidentsBody,
  SpMaintenancesBody,
  SpStatusBody,
  SpSummaryBody,
  type StatuspageEndpoint,
  serialise,
  statuspageBody,
} from './statuspage.ts';

const tags = ['status page (public)'];
const ENDPOINTS: { path: StatuspageEndpoint; summary: string; body: z.ZodType }[] = [
  {
    path: 'summary.json',
    summary: 'Statuspage-compatible summary: page, status, components, open incidents, maintenance',
    body: SpSummaryBody,
  },
  { path: 'status.json', summary: 'Statuspage-compatible overall status (indicator and description)', body: SpStatusBody },
  { path: 'components.json', summary: 'Statuspage-compatible components (groups included)', body: SpComponentsBody },
  { path: 'incidents.json', summary: 'Statuspage-compatible incidents: the 50 most recent', body: SpIncidentsBody },
  { path: 'incidents/unresolved.json', summary: 'Statuspage-compatible unresolved incidents', body: SpIncidentsBody },
  {
    path: 'scheduled-maintenances.json',
    summary: 'Statuspage-compatible scheduled maintenances: the 50 most recent',
    body: SpMaintenancesBody,
  },
  { path: 'scheduled-maintenances/upcoming.json', summary: 'Statuspage-compatible upcoming maintenances', body: SpMaintenancesBody },
  { path: 'scheduled-maintenances/active.json', summary: 'Statuspage-compatible active maintenances', body: SpMaintenancesBody },
];

/** How long browsers, widgets and proxies may keep an answer (the server's own copy is at most this old too). */
const CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=10';

/**
 * Atlassian Statuspage's public JSON at /api/v2/… (no sign-in): each body is serialised once per
 * snapshot and sent as bytes with an ETag (If-None-Match answers 304); CORS is open, as Statuspage's
 * is, so widgets on other sites can read it. 404 while the page is switched off.
 */
export const statuspageRoutes =
  (deps: Deps): FastifyPluginAsync =>
  async (root) => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    for (const e of ENDPOINTS) {
      app.get(
        `/api/v2/${e.path}`,
        { config: { auth: 'public' }, schema: { tags, summary: e.summary, response: { 200: e.body } } },
        async (req, reply) => {
          const key = `statuspage:${e.path}`;
          const make = (s: StatusSnapshot) => (s.page.enabled ? serialise(statuspageBody(s, e.path)) : null);
          const out = derivedNow<Serialised | null>(deps, key, make) ?? (await derived<Serialised | null>(deps, key, make));
          if (!out) throw new NotFoundError('This installation has no public status page', 'status_page_disabled');
          const sent = pick(out, req.headers['accept-encoding']);
          reply
            .header('cache-control', CACHE_CONTROL)
            .header('etag', sent.etag)
            .header('vary', 'accept-encoding')
            .header('access-control-allow-origin', '*');
          // Not modified: the typed reply knows only the documented 200.
          if (notModified(req.headers['if-none-match'], sent.etag)) return (reply as unknown as FastifyReply).status(304).send();
          if (sent.encoding) reply.header('content-encoding', sent.encoding);
          return reply.type('application/json; charset=utf-8').send(sent.body);
        },
      );
    }
  };
