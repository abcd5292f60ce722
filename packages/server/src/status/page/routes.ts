import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { type AppError, NotFoundError } from '../../platform/errors.ts';
import { statusPageUrl } from '../subscribers/links.ts';
import { atom, rss } from './feeds.ts';
import { baseFor } from './host.ts';
import { html } from './html.ts';
import { type Base, layout, paths } from './layout.ts';
import type { PageModel } from './model.ts';
import { renderHistory, renderHome, renderIncident } from './render.ts';
import { sendCached, sendErrorPage } from './respond.ts';
import { disabled, findItem, pageOrPlain, type Rendered, rendered } from './source.ts';
import { stylesheet } from './styles.ts';

const tags = ['status page'];
const pub = { auth: 'public' as const };
const ItemParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.-]+$/),
});
const HTML = 'text/html; charset=utf-8';

/** A 404 for a browser (a page in the page's look) or an API client (the envelope). */
export async function notFound(deps: Deps, req: FastifyRequest, reply: FastifyReply, err: AppError, title: string) {
  const m = await pageOrPlain(deps);
  const base = baseFor(deps.config, req.headers.host);
  return sendErrorPage(req, reply, err, () =>
    layout(m, base, `Not found · ${m.name} status`, html`<h1>${title}</h1><p><a href="${paths(base).home}">Current status</a></p>`),
  );
}

/**
 * The public status page (docs/status-page.md), server-rendered without any script, at `/status`
 * and, on FIREBREAK_STATUS_HOST, at `/` (`host.ts#statusHostRewrite`). Pages and feeds are rendered
 * once per snapshot (the status slice's cached public snapshot, `derived`) and per host, and served
 * from memory with an ETag; the snapshot holds only what responders published.
 */
export function statusPublicPageRoutes(deps: Deps): FastifyPluginAsyncZod {
  const cached = async (
    req: FastifyRequest,
    reply: FastifyReply,
    key: string,
    type: string,
    make: (m: PageModel, base: Base) => string,
  ) => {
    const base = baseFor(deps.config, req.headers.host);
    const r: Rendered | null = await rendered(deps, `${key}${base}`, (m) => make(m, base));
    if (!r) return notFound(deps, req, reply, disabled(), 'There is no status page here');
    return sendCached(req, reply, r, type);
  };
  const doc = (summary: string, type = 'text/html') => ({ config: pub, schema: { tags, summary, security: [], produces: [type] } });

  return async (app) => {
    // The pages' stylesheet: the same bytes until Firebreak is upgraded (its URL names its version), also while the page is off.
    app.get('/status/page.css', doc("The status pages' stylesheet (kept a year: its URL names its version)", 'text/css'), (req, reply) =>
      sendCached(req, reply, stylesheet, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'),
    );
    app.get('/status', doc('The public status page (HTML, no sign-in)'), (req, reply) => cached(req, reply, 'home', HTML, renderHome));
    app.get('/status/history', doc('Past public incidents and maintenance (HTML)'), (req, reply) =>
      cached(req, reply, 'history', HTML, renderHistory),
    );
    for (const [ext, type, make] of [
      ['rss', 'application/rss+xml; charset=utf-8', rss],
      ['atom', 'application/atom+xml; charset=utf-8', atom],
    ] as const) {
      app.get(
        `/status/history.${ext}`,
        doc(`Incident history as ${ext === 'rss' ? 'RSS 2.0' : 'Atom'} (like Statuspage's history.${ext})`, type.split(';')[0]),
        (req, reply) =>
          cached(req, reply, ext, type, (m, base) =>
            make(m, base === '' ? statusPageUrl(deps.config) : `${deps.config.publicUrl.replace(/\/$/, '')}/status`),
          ),
      );
    }
    for (const kind of ['incident', 'maintenance'] as const) {
      app.get(
        `/status/${kind}s/:id`,
        {
          config: pub,
          schema: {
            tags,
            summary: `One public ${kind} with its public updates (HTML)`,
            params: ItemParams,
            security: [],
            produces: ['text/html'],
          },
        },
        async (req, reply) => {
          const item = await findItem(deps, kind, req.params.id);
          if (!item)
            return notFound(deps, req, reply, new NotFoundError(`No such ${kind} on the status page`, 'not_found'), `No such ${kind}`);
          return cached(req, reply, `${kind}:${item.id}:${item.updatedAt}`, HTML, (m, base) => renderIncident(m, item, base));
        },
      );
    }
    // On the status page's own host every path lands under /status/: what is not the page's is a 404
    // here (a page for browsers), never the web app's fallback.
    await app.register(
      async (scope) => {
        scope.setNotFoundHandler((req, reply) =>
          notFound(
            deps,
            req,
            reply,
            new NotFoundError(`No route ${req.method} ${req.url.split('?')[0]}`, 'route_not_found'),
            'Page not found',
          ),
        );
      },
      { prefix: '/status' },
    );
  };
}
