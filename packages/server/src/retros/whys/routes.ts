import { AddWhyBody, EditWhyBody, RetroViewSchema, WhyEndingBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RetroParams, ViewResponse, view } from '../routes.ts';
import { addWhy, editWhy, endWhy, removeWhy } from './whys.ts';

const tags = ['retrospectives'];
const WhyParams = RetroParams.extend({ why: z.string().min(1).max(64) });

/** The retrospective's five whys: add, reword, remove, and end a chain (a follow-up with an owner, or an accepted risk). */
export const retroWhyRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
