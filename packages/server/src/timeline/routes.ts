import {
  CommentBody,
  csv,
  dataOf,
  EditEntryBody,
  PinBody,
  PlainLanguageWarningSchema,
  pageOf,
  RefParams,
  RemoveEntryQuery,
  StakeholderUpdateBody,
  TimelineEntryBody,
  TimelineEntrySchema,
  TimelineQuery,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plainWarnings } from '../comms/index.ts';
import { comment, loadIncident, tellStakeholders } from '../incidents/index.ts';
import { reader } from '../platform/context.ts';
import { lastEventId } from '../platform/sse.ts';
import { tellStakeholdersAndPublish } from '../status/index.ts';
import { addNote, editEntry, pinEntry, readTimeline, removeEntry } from './notes.ts';
import { entryOrder } from './store.ts';
import { streamAll, streamIncident } from './stream.ts';

const tags = ['timeline'];
const Created = { 201: dataOf(TimelineEntrySchema) };
const UpdateCreated = {
  201: z.object({
    data: TimelineEntrySchema,
    warnings: z
      .array(PlainLanguageWarningSchema)
      .describe('The plain-language check of the update (technical text, jargon), each with a suggestion; the update was posted anyway'),
  }),
};

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/:ref/timeline',
    {
      schema: {
        tags,
        summary: 'Read the timeline in recorded order',
        params: RefParams,
        querystring: TimelineQuery,
        response: { 200: pageOf(TimelineEntrySchema) },
      },
    },
    async (req) => {
      const { limit, after, kind, cursor } = req.query;
      // `after` (an entry id, as in Last-Event-ID) and the opaque cursor name the same key.
      const key = entryOrder.decode(cursor);
      const from = after ?? (key ? Number(key[0]) : undefined);
      const { entries, nextCursor } = await readTimeline(req.ctx, req.params.ref, { after: from, limit, kinds: csv(kind) });
      return { data: entries, nextCursor };
    },
  );
  app.post(
    '/incidents/:ref/timeline',
    {
      schema: { tags, summary: 'Add a note (may be back-dated and pinned)', params: RefParams, body: TimelineEntryBody, response: Created },
    },
    async (req, reply) => reply.status(201).send({ data: await addNote(req.ctx, req.params.ref, req.body) }),
  );
  app.post(
    '/incidents/:ref/timeline/:entry/pin',
    {
      schema: {
        tags,
        summary: 'Pin or unpin a key moment',
        params: RefParams.extend({ entry: z.coerce.number().int().min(1) }),
        body: PinBody,
        response: { 200: dataOf(TimelineEntrySchema) },
      },
    },
    async (req) => ({ data: await pinEntry(req.ctx, req.params.ref, req.params.entry, req.body.pinned) }),
  );
  const EntryParams = RefParams.extend({ entry: z.coerce.number().int().min(1) });
  app.patch(
    '/incidents/:ref/timeline/:entry',
    {
      schema: {
        tags,
        summary: 'Correct a comment, note or stakeholder update (its author, or an admin); the change is kept on the timeline',
        params: EntryParams,
        body: EditEntryBody,
        response: { 200: dataOf(TimelineEntrySchema) },
      },
    },
    async (req) => ({ data: await editEntry(req.ctx, req.params.ref, req.params.entry, req.body.body) }),
  );
  app.delete(
    '/incidents/:ref/timeline/:entry',
    {
      schema: {
        tags,
        summary: 'Delete a comment or note, or retract a stakeholder update (which leaves a visible "retracted" marker)',
        params: EntryParams,
        querystring: RemoveEntryQuery,
        response: { 200: dataOf(TimelineEntrySchema) },
      },
    },
    async (req) => ({ data: await removeEntry(req.ctx, req.params.ref, req.params.entry, req.query.reason) }),
  );
  app.post(
    '/incidents/:ref/comments',
    {
      config: { scope: 'ingest' },
      schema: { tags, summary: 'War-room comment (technical, internal)', params: RefParams, body: CommentBody, response: Created },
    },
    async (req, reply) => reply.status(201).send({ data: await comment(req.ctx, req.params.ref, req.body.body) }),
  );
  app.post(
    '/incidents/:ref/updates',
    {
      config: { scope: 'ingest' },
      schema: {
        tags,
        summary:
          'Stakeholder update (plain language), optionally also posted on the status page; answers with the warnings of the plain-language check, which never block',
        params: RefParams,
        body: StakeholderUpdateBody,
        response: UpdateCreated,
      },
    },
    async (req, reply) => {
      const { body, publishToStatusPage, publicStatus } = req.body;
      const data = publishToStatusPage
        ? await tellStakeholdersAndPublish(req.ctx, req.params.ref, body, publicStatus)
        : await tellStakeholders(req.ctx, req.params.ref, body);
      return reply.status(201).send({ data, warnings: await plainWarnings(reader(req.ctx), req.body.body) });
    },
  );
  app.get(
    '/incidents/:ref/events',
    {
      exposeHeadRoute: false, // a HEAD would run the stream and never finish
      schema: {
        tags,
        summary: 'Live timeline (Server-Sent Events); resume with Last-Event-ID',
        params: RefParams,
        querystring: z.object({ lastEventId: z.coerce.number().int().min(0).optional() }),
      },
    },
    async (req, reply) => {
      const incident = await loadIncident(reader(req.ctx), req.ctx.user, req.params.ref);
      await streamIncident(req.ctx, incident, req, reply, lastEventId(req, req.query));
    },
  );
  app.get(
    '/events',
    {
      exposeHeadRoute: false,
      schema: {
        tags,
        summary: 'Live changes across visible incidents (Server-Sent Events); resume with Last-Event-ID',
        querystring: z.object({ lastEventId: z.coerce.number().int().min(0).optional() }),
      },
    },
    async (req, reply) => {
      await streamAll(req.ctx, req, reply, lastEventId(req, req.query));
    },
  );
};
