import { RetroViewSchema, ShareBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestInfo } from '../../platform/auth.ts';
import type { Deps } from '../../platform/context.ts';
import { RetroParams } from '../routes.ts';
import { auditExport, exportName, HTML_EXPORT_HEADERS, toHtml, toMarkdown } from './export.ts';
import { createShare, readShared, revokeShare } from './share.ts';

const tags = ['retrospectives'];
const TokenParams = z.object({ token: z.string().min(1).max(200) });
const SharedView = RetroViewSchema.omit({ abilities: true, depth: true }).extend({
  depth: z.object({ decision: RetroViewSchema.shape.depth.shape.decision }),
  publishedAt: z.string(),
});

/** Sharing a published retrospective: the share link (create, revoke) and what it opens without signing in. */
export function retroSharingRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- share link ----
    app.post(
      '/retros/:id/share',
      {
        schema: {
          tags,
          summary: 'Create (or replace) the share link to the latest published revision; shown once',
          params: RetroParams,
          body: ShareBody,
          response: {
            201: z.object({
              data: z.object({
                token: z.string(),
                url: z.string(),
                markdownUrl: z.string(),
                htmlUrl: z.string(),
                createdAt: z.string(),
                allowsPrivate: z.boolean(),
              }),
            }),
          },
        },
      },
      async (req, reply) => reply.status(201).send({ data: await createShare(req.ctx, req.params.id, req.body) }),
    );
    app.delete('/retros/:id/share', { schema: { tags, summary: 'Revoke the share link', params: RetroParams } }, async (req, reply) => {
      await revokeShare(req.ctx, req.params.id);
      return reply.status(204).send();
    });

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
        await auditExport(
          deps,
          { clock: deps.clock, user: null, actorLabel: 'share link', request: requestInfo(req) },
          v,
          'markdown',
          'share_link',
        );
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
        await auditExport(
          deps,
          { clock: deps.clock, user: null, actorLabel: 'share link', request: requestInfo(req) },
          v,
          'html',
          'share_link',
        );
        return reply.headers(HTML_EXPORT_HEADERS).send(toHtml(v));
      },
    );
  };
}
