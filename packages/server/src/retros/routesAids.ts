import { RetroTaskSchema, RetroViewSchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { exportName, HTML_EXPORT_HEADERS, toHtml, toMarkdown } from './export.ts';
import { readShared } from './share.ts';
import { retroTasks } from './tasks.ts';

const tags = ['retrospectives'];
const TokenParams = z.object({ token: z.string().min(1).max(200) });
const SharedView = RetroViewSchema.omit({ abilities: true, depth: true }).extend({
  depth: z.object({ decision: RetroViewSchema.shape.depth.shape.decision }),
  publishedAt: z.string(),
});

/** Task lists and public share links. */
export function retroAidRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- people's lists ----
    app.get(
      '/me/retro-tasks',
      {
        schema: {
          tags,
          summary: 'Your retrospective tasks: give your view, attend review meetings',
          querystring: z.object({ all: z.enum(['true', 'false']).optional().describe('Include done tasks') }),
          response: { 200: z.object({ data: z.array(RetroTaskSchema) }) },
        },
      },
      async (req) => ({ data: await retroTasks(req.ctx, { all: req.query.all === 'true' }) }),
    );

    // ---- share links (no sign-in) ----
    const pub = { auth: 'public' as const };
    app.get(
      '/shared/retros/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'A shared retrospective (latest published revision; no sign-in)',
          params: TokenParams,
          security: [],
          response: { 200: z.object({ data: SharedView }) },
        },
      },
      async (req) => ({
        data: await readShared(deps, req.params.token),
      }),
    );
    app.get(
      '/shared/retros/:token/export.md',
      {
        config: pub,
        schema: { tags, summary: 'A shared retrospective as Markdown', params: TokenParams, security: [], produces: ['text/markdown'] },
      },
      async (req, reply) => {
        const v = await readShared(deps, req.params.token);
        return reply
          .header('content-type', 'text/markdown; charset=utf-8')
          .header('content-disposition', `inline; filename="${exportName(v.incident.ref, v.revision, 'md')}"`)
          .send(toMarkdown(v));
      },
    );
    app.get(
      '/shared/retros/:token/export.html',
      {
        config: pub,
        schema: { tags, summary: 'A shared retrospective as a printable page', params: TokenParams, security: [], produces: ['text/html'] },
      },
      async (req, reply) => {
        const v = await readShared(deps, req.params.token);
        return reply.headers(HTML_EXPORT_HEADERS).send(toHtml(v));
      },
    );
  };
}
