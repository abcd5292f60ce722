import {
  AddWhyBody,
  AnswerBody,
  AnswerSchema,
  DepthBody,
  EditWhyBody,
  MeetingBody,
  MeetingNotesBody,
  ProposeFollowUpBody,
  RetroViewSchema,
  ShareBody,
  WhyEndingBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { agendaFor, meetingIcs } from './agenda.ts';
import { deleteAnswer, myAnswer, saveAnswer } from './answers.ts';
import { decideDepth } from './depth.ts';
import { proposeFollowUp } from './followUps.ts';
import { cancelMeeting, saveMeetingNotes, scheduleMeeting } from './meeting.ts';
import { RetroParams } from './routes.ts';
import { createShare, revokeShare } from './share.ts';
import { readRetro } from './view.ts';
import { addWhy, editWhy, endWhy, removeWhy } from './whys.ts';

const tags = ['retrospectives'];
const ViewResponse = { 200: z.object({ data: RetroViewSchema }) };
const WhyParams = RetroParams.extend({ why: z.string().min(1).max(64) });
const view = async (ctx: Ctx, ref: string) => ({ data: await readRetro(ctx, ref) });

/** Working on a retrospective: five whys, everyone's view, depth, the review meeting, sharing, follow-ups. */
export const retroWorkRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---- five whys ----
  app.post(
    '/retros/:id/whys',
    {
      schema: {
        tags,
        summary: 'Add a why: parentId null starts a chain at an immediate cause; siblings are contributing factors',
        params: RetroParams,
        body: AddWhyBody,
        response: { 201: z.object({ data: RetroViewSchema, whyId: z.string() }) },
      },
    },
    async (req, reply) => {
      const whyId = await addWhy(req.ctx, req.params.id, req.body);
      return reply.status(201).send({ ...(await view(req.ctx, req.params.id)), whyId });
    },
  );
  app.patch(
    '/retros/:id/whys/:why',
    { schema: { tags, summary: 'Reword a why', params: WhyParams, body: EditWhyBody, response: ViewResponse } },
    async (req) => {
      await editWhy(req.ctx, req.params.id, req.params.why, req.body.text);
      return view(req.ctx, req.params.id);
    },
  );
  app.delete(
    '/retros/:id/whys/:why',
    { schema: { tags, summary: 'Remove a why and the whys below it', params: WhyParams, response: ViewResponse } },
    async (req) => {
      await removeWhy(req.ctx, req.params.id, req.params.why);
      return view(req.ctx, req.params.id);
    },
  );
  app.put(
    '/retros/:id/whys/:why/ending',
    {
      schema: {
        tags,
        summary: 'End a chain in a follow-up with an owner (link or create), accept it with a reason, or re-open it',
        params: WhyParams,
        body: WhyEndingBody,
        response: ViewResponse,
      },
    },
    async (req) => {
      await endWhy(req.ctx, req.params.id, req.params.why, req.body);
      return view(req.ctx, req.params.id);
    },
  );

  // ---- everyone's view ----
  app.get(
    '/retros/:id/answers',
    {
      schema: {
        tags,
        summary: "Everyone's answers (anonymous ones without author)",
        params: RetroParams,
        response: { 200: z.object({ data: z.array(AnswerSchema) }) },
      },
    },
    async (req) => ({
      data: (await readRetro(req.ctx, req.params.id)).answers,
    }),
  );
  app.get(
    '/retros/:id/answers/mine',
    { schema: { tags, summary: 'Your own answer', params: RetroParams, response: { 200: z.object({ data: AnswerSchema }) } } },
    async (req) => ({
      data: await myAnswer(req.ctx, reader(req.ctx), req.params.id),
    }),
  );
  app.put(
    '/retros/:id/answers/mine',
    {
      schema: {
        tags,
        summary: 'Give (or change) your view, attributed or anonymous',
        params: RetroParams,
        body: AnswerBody,
        response: { 200: z.object({ data: AnswerSchema }) },
      },
    },
    async (req) => ({ data: await saveAnswer(req.ctx, req.params.id, req.body) }),
  );
  app.delete('/retros/:id/answers/mine', { schema: { tags, summary: 'Withdraw your answer', params: RetroParams } }, async (req, reply) => {
    await deleteAnswer(req.ctx, req.params.id);
    return reply.status(204).send();
  });

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

  // ---- review meeting ----
  app.put(
    '/retros/:id/meeting',
    { schema: { tags, summary: 'Schedule or move the review meeting', params: RetroParams, body: MeetingBody, response: ViewResponse } },
    async (req) => {
      await scheduleMeeting(req.ctx, req.params.id, req.body);
      return view(req.ctx, req.params.id);
    },
  );
  app.delete(
    '/retros/:id/meeting',
    { schema: { tags, summary: 'Cancel the review meeting', params: RetroParams, response: ViewResponse } },
    async (req) => {
      await cancelMeeting(req.ctx, req.params.id);
      return view(req.ctx, req.params.id);
    },
  );
  app.put(
    '/retros/:id/meeting/notes',
    {
      schema: {
        tags,
        summary: 'Save meeting notes (baseRevision; stale saves answer 409 with both versions)',
        params: RetroParams,
        body: MeetingNotesBody,
        response: { 200: z.object({ data: z.object({ notes: z.string(), notesRevision: z.number().int() }) }) },
      },
    },
    async (req) => ({ data: await saveMeetingNotes(req.ctx, req.params.id, req.body) }),
  );
  app.get(
    '/retros/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Generated agenda: timeline summary, themes, surprises, open whys, proposed follow-ups',
        params: RetroParams,
        response: {
          200: z.object({
            data: z.object({
              retroId: z.string(),
              incidentRef: z.string(),
              durationMinutes: z.number().int(),
              markdown: z.string(),
              items: z.array(
                z.object({
                  title: z.string(),
                  minutes: z.number().int(),
                  points: z.array(z.string()),
                  links: z.object({ entryIds: z.array(z.number().int()), whyIds: z.array(z.string()), actionIds: z.array(z.string()) }),
                }),
              ),
            }),
          }),
        },
      },
    },
    async (req) => ({ data: await agendaFor(req.ctx, req.params.id) }),
  );
  app.get(
    '/retros/:id/meeting.ics',
    { schema: { tags, summary: 'The review meeting as a calendar invite (.ics)', params: RetroParams, produces: ['text/calendar'] } },
    async (req, reply) => {
      const { filename, ics } = await meetingIcs(req.ctx, req.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(ics);
    },
  );

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
};
