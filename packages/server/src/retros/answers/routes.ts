import { AnswerBody, AnswerSchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../../platform/context.ts';
import { readRetro } from '../read.ts';
import { RetroParams } from '../routes.ts';
import { deleteAnswer, myAnswer, saveAnswer } from './answers.ts';

const tags = ['retrospectives'];

/** Everyone's view of the incident: each person's answer, attributed or anonymous. */
export const retroAnswerRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
