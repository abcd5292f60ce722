import {
  CHAT_IMPORT_MAX_BYTES,
  ChatImportBody,
  ChatImportResultSchema,
  CreateTemplateBody,
  FollowUpItemSchema,
  FollowUpQuery,
  LanguageFindingSchema,
  LanguageReviewBody,
  RefParams,
  RetroTaskSchema,
  RetroViewSchema,
  TemplateSchema,
  ThemesQuery,
  ThemesSchema,
  UpdateTemplateBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import type { Deps } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { importChat } from './chatImport.ts';
import { exportName, HTML_EXPORT_HEADERS, toHtml, toMarkdown } from './export.ts';
import { followUpTracker } from './followUps.ts';
import { findingsOf } from './present.ts';
import { readShared } from './share.ts';
import { retroTasks } from './tasks.ts';
import { allTemplates, createTemplate, getTemplate, removeTemplate, updateTemplate } from './templates.ts';
import { incidentThemes } from './themes.ts';

const tags = ['retrospectives'];
const TemplateParams = z.object({ id: z.string().min(1).max(64) });
const TokenParams = z.object({ token: z.string().min(1).max(200) });
const SharedView = RetroViewSchema.omit({ abilities: true, depth: true }).extend({
  depth: z.object({ decision: RetroViewSchema.shape.depth.shape.decision }),
  publishedAt: z.string(),
});

/** Investigation aids, templates, task lists, the follow-up tracker and public share links. */
export function retroAidRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/language/review',
      {
        schema: {
          tags: ['language'],
          summary: 'Blame-aware language review of a text',
          body: LanguageReviewBody,
          response: { 200: z.object({ findings: z.array(LanguageFindingSchema) }) },
        },
      },
      async (req) => ({ findings: findingsOf(req.body.text) }),
    );

    app.post(
      '/incidents/:ref/chat-imports',
      {
        bodyLimit: CHAT_IMPORT_MAX_BYTES,
        schema: {
          tags: ['investigation'],
          summary: "Import the incident's chat log (Slack export or transcript) into its timeline; all or nothing, re-import adds nothing",
          params: RefParams,
          body: ChatImportBody,
          response: { 201: z.object({ data: ChatImportResultSchema }) },
        },
      },
      async (req, reply) => reply.status(201).send({ data: await importChat(req.ctx, req.params.ref, req.body) }),
    );
    app.get(
      '/incidents/:ref/themes',
      {
        schema: {
          tags: ['investigation'],
          summary: 'Themes from the timeline and chat: gaps without progress, stuck moments, people over time, handovers',
          params: RefParams,
          querystring: ThemesQuery,
          response: { 200: z.object({ data: ThemesSchema }) },
        },
      },
      async (req) => {
        const tx = reader(req.ctx);
        const incident = await loadIncident(tx, req.ctx.user, req.params.ref);
        return { data: await incidentThemes(tx, req.ctx.user, incident, req.query) };
      },
    );

    // ---- templates ----
    app.get(
      '/retro-templates',
      {
        schema: {
          tags: ['retro templates'],
          summary: 'Retrospective templates (default first)',
          querystring: z.object({ archived: z.enum(['true', 'false']).optional() }),
          response: { 200: z.object({ data: z.array(TemplateSchema) }) },
        },
      },
      async (req) => ({
        data: await allTemplates(reader(req.ctx), req.query.archived === 'true'),
      }),
    );
    app.get(
      '/retro-templates/:id',
      {
        schema: {
          tags: ['retro templates'],
          summary: 'Read a template',
          params: TemplateParams,
          response: { 200: z.object({ data: TemplateSchema }) },
        },
      },
      async (req) => ({
        data: await getTemplate(req.ctx, req.params.id),
      }),
    );
    app.post(
      '/retro-templates',
      {
        schema: {
          tags: ['retro templates'],
          summary: 'Create a template (admin); at least one section',
          body: CreateTemplateBody,
          response: { 201: z.object({ data: TemplateSchema }) },
        },
      },
      async (req, reply) => reply.status(201).send({ data: await createTemplate(req.ctx, req.body) }),
    );
    app.patch(
      '/retro-templates/:id',
      {
        schema: {
          tags: ['retro templates'],
          summary: 'Edit a template, built-in ones included (admin)',
          params: TemplateParams,
          body: UpdateTemplateBody,
          response: { 200: z.object({ data: TemplateSchema }) },
        },
      },
      async (req) => ({
        data: await updateTemplate(req.ctx, req.params.id, req.body),
      }),
    );
    app.delete(
      '/retro-templates/:id',
      {
        schema: {
          tags: ['retro templates'],
          summary: 'Archive a custom template, or reset a built-in one (admin)',
          params: TemplateParams,
          response: {
            200: z.object({
              data: z.object({
                reset: z.boolean().describe('true: a built-in template went back to its original; false: a custom one was archived'),
              }),
            }),
          },
        },
      },
      async (req) => ({
        data: await removeTemplate(req.ctx, req.params.id),
      }),
    );

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
    app.get(
      '/follow-ups',
      {
        schema: {
          tags: ['actions'],
          summary: 'Follow-up tracker across incidents: by owner, team, service, overdue',
          querystring: FollowUpQuery,
          response: { 200: z.object({ data: z.array(FollowUpItemSchema), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => followUpTracker(req.ctx, req.query),
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
