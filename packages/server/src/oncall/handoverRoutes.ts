import { dataOf, EmptyBody, HandoverListQuery, HandoverNotesBody, HandoverParams, HandoverSchema, ScheduleParams } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acknowledgeHandover, getHandover, handoverHistory, writeHandoverNotes } from './handoverCommands.ts';

const tags = ['on-call'];
const One = { 200: dataOf(HandoverSchema) };

export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/schedules/:schedule/handovers',
    {
      schema: {
        tags,
        summary: "A schedule's handovers, newest first",
        params: ScheduleParams,
        querystring: HandoverListQuery,
        response: { 200: dataOf(z.array(HandoverSchema)) },
      },
    },
    async (req) => ({ data: await handoverHistory(req.ctx, req.params.schedule, req.query.limit) }),
  );
  app.get('/handovers/:handover', { schema: { tags, summary: 'One handover', params: HandoverParams, response: One } }, async (req) => ({
    data: await getHandover(req.ctx, req.params.handover),
  }));
  app.patch(
    '/handovers/:handover',
    { schema: { tags, summary: "The outgoing person's notes", params: HandoverParams, body: HandoverNotesBody, response: One } },
    async (req) => ({ data: await writeHandoverNotes(req.ctx, req.params.handover, req.body.notes) }),
  );
  app.post(
    '/handovers/:handover/ack',
    { schema: { tags, summary: 'The incoming person acknowledges the handover', params: HandoverParams, body: EmptyBody, response: One } },
    async (req) => ({ data: await acknowledgeHandover(req.ctx, req.params.handover) }),
  );
};
