import {
  CursorParam,
  csv,
  DepthBody,
  DraftRetroBody,
  OpenFindingSchema,
  ProposeFollowUpBody,
  PublishBody,
  pageOf,
  RefParams,
  RetroHistoryEntrySchema,
  RetroListItemSchema,
  RetroSectionSchema,
  type RetroStatus,
  RetroStatusBody,
  RetroTaskSchema,
  RetroViewSchema,
  SaveSectionBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWork, formatRef } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { NotAllowedError } from '../platform/errors.ts';
import { decideDepth } from './depth.ts';
import { draftRetro } from './draft.ts';
import { proposeFollowUp } from './followUps.ts';
import { historyOf } from './history.ts';
import { streamRetro } from './live.ts';
import { loadRetro } from './policy.ts';
import { amendRetro, openFindings, publishRetro, setRetroStatus } from './publish.ts';
import { readRetro } from './read.ts';
import { saveSection } from './sections.ts';
import { auditExport, exportName, HTML_EXPORT_HEADERS, toHtml, toMarkdown } from './sharing/export.ts';
import { listRetros, retroOrder, revisionsOf } from './store.ts';
import { retroTasks } from './tasks.ts';

const tags = ['retrospectives'];
export const RetroParams = z.object({ id: z.string().min(1).max(64).describe('Retrospective id, or its incident reference (INC-42)') });
const RevisionQuery = z.object({
  // At most 2^31-1: revisions are 32-bit integers in PostgreSQL, where a larger one is a 500, not a 404.
  revision: z.coerce.number().int().min(1).max(2_147_483_647).optional().describe('A published revision; default: the working copy'),
});
/** The answer of every route that changes a retrospective: the retrospective as the caller now reads it. */
export const ViewResponse = { 200: z.object({ data: RetroViewSchema }) };
const CreatedResponse = { 201: z.object({ data: RetroViewSchema }) };

export const view = async (ctx: Ctx, ref: string) => ({ data: await readRetro(ctx, ref) });

/** The retrospective itself: drafting, reading, sections, review, publishing, revisions, exports, live stream, depth, proposed follow-ups, and each person's retrospective tasks. */
export const retroRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/retros',
    {
      schema: {
        tags,
        summary: 'List retrospectives of visible incidents (most recently changed first)',
        querystring: z.object({
          status: z.string().max(100).optional().describe('Comma-separated: draft, in_review, published'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: CursorParam,
        }),
        response: { 200: z.object({ data: z.array(RetroListItemSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { limit, cursor, status } = req.query;
      const after = retroOrder.decode(cursor);
      const rows = await listRetros(reader(req.ctx), req.ctx.user, { statuses: csv(status), limit, after });
      const { page, nextCursor } = retroOrder.page(rows, limit);
      // Viewers read the latest published revision (GET /retros/{id}), so their list says that one,
      // never the status or revision of a working copy they cannot open.
      const viewer = req.ctx.user.role === 'viewer';
      return {
        data: page.map((r) => {
          const publishedRevision = r.published_revision === null ? null : Number(r.published_revision);
          return {
            id: r.id,
            incident: { ref: formatRef(r.incident_number), title: r.incident_title, private: !!r.incident_private },
            status: viewer ? 'published' : (r.status as RetroStatus),
            revision: viewer ? (publishedRevision ?? r.revision) : r.revision,
            publishedRevision,
            required: !!r.required,
            template: { id: r.template_id, name: r.template_name },
            published: !!r.first_published_at,
            meetingStartsAt: r.meeting_starts_at,
            createdAt: r.created_at,
            updatedAt: viewer ? (r.last_published_at ?? r.updated_at) : r.updated_at,
          };
        }),
        nextCursor,
      };
    },
  );
  app.post(
    '/incidents/:ref/retro',
    {
      schema: {
        tags,
        summary: "Draft the incident's retrospective now (any severity), pre-filled from the ticket",
        params: RefParams,
        body: DraftRetroBody,
        response: CreatedResponse,
      },
    },
    async (req, reply) => reply.status(201).send(await view(req.ctx, (await draftRetro(req.ctx, req.params.ref, req.body)).id)),
  );
  app.get(
    '/incidents/:ref/retro',
    { schema: { tags, summary: "The incident's retrospective", params: RefParams, response: ViewResponse } },
    async (req) => view(req.ctx, req.params.ref),
  );
  app.get(
    '/retros/:id',
    {
      schema: {
        tags,
        summary: 'Read a retrospective (working copy, or a published revision)',
        params: RetroParams,
        querystring: RevisionQuery,
        response: ViewResponse,
      },
    },
    async (req) => ({ data: await readRetro(req.ctx, req.params.id, req.query.revision) }),
  );
  app.put(
    '/retros/:id/sections/:key',
    {
      schema: {
        tags,
        summary: 'Save one section (carries baseRevision; a stale save answers 409 edit_conflict with yours and theirs)',
        params: RetroParams.extend({ key: z.string().min(1).max(40) }),
        body: SaveSectionBody,
        response: { 200: z.object({ data: RetroSectionSchema }) },
      },
    },
    async (req) => ({ data: await saveSection(req.ctx, req.params.id, req.params.key, req.body) }),
  );
  app.post(
    '/retros/:id/status',
    { schema: { tags, summary: 'Send for review, or back to draft', params: RetroParams, body: RetroStatusBody, response: ViewResponse } },
    async (req) => {
      await setRetroStatus(req.ctx, req.params.id, req.body);
      return view(req.ctx, req.params.id);
    },
  );
  app.post(
    '/retros/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish the revision under review (409 language_findings unless confirm; 409 if someone else published first)',
        params: RetroParams,
        body: PublishBody,
        response: ViewResponse,
      },
    },
    async (req) => {
      await publishRetro(req.ctx, req.params.id, req.body);
      return view(req.ctx, req.params.id);
    },
  );
  app.post(
    '/retros/:id/amend',
    {
      schema: {
        tags,
        summary: 'Start a new revision from the published one (which stays as it was)',
        params: RetroParams,
        body: z.strictObject({ message: z.string().max(2000).optional() }).optional(),
        response: ViewResponse,
      },
    },
    async (req) => {
      await amendRetro(req.ctx, req.params.id, req.body?.message);
      return view(req.ctx, req.params.id);
    },
  );
  app.get(
    '/retros/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Published revisions (history)',
        params: RetroParams,
        response: { 200: z.object({ data: RetroViewSchema.shape.revisions }) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const { retro } = await loadRetro(tx, req.ctx.user, req.params.id);
      return {
        data: (await revisionsOf(tx, retro.id)).map((r) => ({
          revision: r.revision,
          publishedAt: r.published_at,
          publishedBy: r.published_by ? { id: r.published_by, name: r.published_by_name ?? 'Unknown' } : null,
        })),
      };
    },
  );
  app.get(
    '/retros/:id/history',
    {
      schema: {
        tags,
        summary:
          "The retrospective's own history, newest first: every save, why, answer, decision, meeting and share-link change (responders and admins)",
        params: RetroParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), cursor: CursorParam }),
        response: { 200: pageOf(RetroHistoryEntrySchema) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const { retro } = await loadRetro(tx, req.ctx.user, req.params.id);
      // Working history shows drafts being written: not for stakeholders, who read published revisions.
      if (!canWork(req.ctx.user)) throw new NotAllowedError('Viewers read published retrospectives, not their working history');
      return historyOf(tx, retro.id, req.query);
    },
  );
  app.get(
    '/retros/:id/findings',
    {
      schema: {
        tags,
        summary: 'Open blame-aware language findings, by section, why and answer',
        params: RetroParams,
        response: { 200: z.object({ data: z.array(OpenFindingSchema) }) },
      },
    },
    async (req) => {
      const v = await readRetro(req.ctx, req.params.id);
      return { data: openFindings(v) };
    },
  );
  app.get(
    '/retros/:id/export.md',
    { schema: { tags, summary: 'Export as Markdown', params: RetroParams, querystring: RevisionQuery, produces: ['text/markdown'] } },
    async (req, reply) => {
      const v = await readRetro(req.ctx, req.params.id, req.query.revision);
      await auditExport(req.ctx, req.ctx, v, 'markdown', 'signed_in');
      return reply
        .header('content-type', 'text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportName(v.incident.ref, v.revision, 'md')}"`)
        .send(toMarkdown(v));
    },
  );
  app.get(
    '/retros/:id/export.html',
    {
      schema: {
        tags,
        summary: 'Export as a printable HTML page',
        params: RetroParams,
        querystring: RevisionQuery,
        produces: ['text/html'],
      },
    },
    async (req, reply) => {
      const v = await readRetro(req.ctx, req.params.id, req.query.revision);
      await auditExport(req.ctx, req.ctx, v, 'html', 'signed_in');
      return reply.headers(HTML_EXPORT_HEADERS).send(toHtml(v));
    },
  );
  app.get(
    '/retros/:id/events',
    {
      exposeHeadRoute: false, // a HEAD would run the stream and never finish
      schema: {
        tags,
        summary:
          'Live changes (Server-Sent Events): section (with the saved section), retro, whys, answers, actions, meeting, depth, share',
        params: RetroParams,
      },
    },
    async (req, reply) => {
      const { retro } = await loadRetro(reader(req.ctx), req.ctx.user, req.params.id);
      await streamRetro(req.ctx, retro, req, reply);
    },
  );

  // ---- depth ----
  app.get(
    '/retros/:id/depth',
    {
      schema: {
        tags,
        summary: 'Should this incident get a deep investigation? (suggestion with reasons, and the decision)',
        params: RetroParams,
        response: { 200: z.object({ data: RetroViewSchema.shape.depth }) },
      },
    },
    async (req) => ({
      data: (await readRetro(req.ctx, req.params.id)).depth,
    }),
  );
  app.put(
    '/retros/:id/depth',
    {
      schema: { tags, summary: 'Record the decision on investigation depth', params: RetroParams, body: DepthBody, response: ViewResponse },
    },
    async (req) => {
      await decideDepth(req.ctx, req.params.id, req.body);
      return view(req.ctx, req.params.id);
    },
  );

  // ---- follow-ups ----
  app.post(
    '/retros/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Propose a follow-up (owner, due date, priority); without an owner it stays a draft',
        params: RetroParams,
        body: ProposeFollowUpBody,
        response: { 201: z.object({ data: RetroViewSchema, actionId: z.string() }) },
      },
    },
    async (req, reply) => {
      const actionId = await proposeFollowUp(req.ctx, req.params.id, req.body);
      return reply.status(201).send({ ...(await view(req.ctx, req.params.id)), actionId });
    },
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
};
