import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { statusPageUrl } from '../subscribers/links.ts';
import { RenderCache } from './cache.ts';
import { atom, rss } from './feeds.ts';
import { baseFor } from './host.ts';
import { html } from './html.ts';
import { layout, paths } from './layout.ts';
import { renderHistory, renderHome, renderIncident } from './render.ts';
import { sendCached, sendErrorPage } from './respond.ts';
import { incidentModel, pageModel } from './source.ts';

const tags = ['status page'];
const pub = { auth: 'public' as const };
const IncidentParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.-]+$/),
});

/**
 * The public status page (docs/status-page.md), server-rendered without any script, at `/status`
 * and, on FIREBREAK_STATUS_HOST, at `/` (platform: `host.ts#statusHostRewrite`). Every answer is
 * rendered once per snapshot version (the status slice's cached public snapshot) and served from
 * memory with an ETag.
 */
export function statusPageRoutes(deps: Deps): FastifyPluginAsyncZod {
  const cache = new RenderCache();
  return async (app) => {
    app.get(
      '/status',
      { config: pub, schema: { tags, summary: 'The public status page (HTML, no sign-in)', security: [], produces: ['text/html'] } },
      async (req, reply) => {
        const m = await pageModel(deps);
        const base = baseFor(deps.config, req.headers.host);
        return sendCached(
          req,
          reply,
          cache.get(m.version, `home${base}`, () => renderHome(m, base)),
          'text/html; charset=utf-8',
        );
      },
    );
    app.get(
      '/status/history',
      { config: pub, schema: { tags, summary: 'Past public incidents (HTML)', security: [], produces: ['text/html'] } },
      async (req, reply) => {
        const m = await pageModel(deps);
        const base = baseFor(deps.config, req.headers.host);
        return sendCached(
          req,
          reply,
          cache.get(m.version, `history${base}`, () => renderHistory(m, base)),
          'text/html; charset=utf-8',
        );
      },
    );
    app.get(
      '/status/incidents/:id',
      {
        config: pub,
        schema: {
          tags,
          summary: 'One public incident or maintenance with its public updates (HTML)',
          params: IncidentParams,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const m = await pageModel(deps);
        const base = baseFor(deps.config, req.headers.host);
        const incident = await incidentModel(deps, req.params.id);
        if (!incident) {
          const err = new NotFoundError('No such incident on the status page', 'not_found');
          return sendErrorPage(req, reply, err, () =>
            layout(
              m,
              base,
              `Not found · ${m.name} status`,
              html`<h1>No such incident</h1><p><a href="${paths(base).history}">Incident history</a></p>`,
            ),
          );
        }
        const r = cache.get(m.version, `incident${base}:${incident.id}:${incident.updatedAt}`, () => renderIncident(m, incident, base));
        return sendCached(req, reply, r, 'text/html; charset=utf-8');
      },
    );
    for (const [ext, type, make] of [
      ['rss', 'application/rss+xml; charset=utf-8', rss],
      ['atom', 'application/atom+xml; charset=utf-8', atom],
    ] as const) {
      app.get(
        `/status/history.${ext}`,
        {
          config: pub,
          schema: {
            tags,
            summary: `Incident history as ${ext === 'rss' ? 'RSS 2.0' : 'Atom'} (like Statuspage's history.${ext})`,
            security: [],
            produces: [type.split(';')[0]],
          },
        },
        async (req, reply) => {
          const m = await pageModel(deps);
          const base = baseFor(deps.config, req.headers.host);
          const absolute = base === '' ? statusPageUrl(deps.config) : `${deps.config.publicUrl.replace(/\/$/, '')}/status`;
          return sendCached(
            req,
            reply,
            cache.get(m.version, `${ext}${base}`, () => make(m, absolute)),
            type,
          );
        },
      );
    }
    // On the status page's own host every path lands under /status/: what is not the page's is a 404
    // here (a page for browsers), never the web app's fallback.
    await app.register(
      async (scope) => {
        scope.setNotFoundHandler(async (req, reply) => {
          const m = await pageModel(deps);
          const base = baseFor(deps.config, req.headers.host);
          return sendErrorPage(req, reply, new NotFoundError(`No route ${req.method} ${req.url.split('?')[0]}`, 'route_not_found'), () =>
            layout(
              m,
              base,
              `Not found · ${m.name} status`,
              html`<h1>Page not found</h1><p><a href="${paths(base).home}">Current status</a></p>`,
            ),
          );
        });
      },
      { prefix: '/status' },
    );
  };
}
