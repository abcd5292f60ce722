import { FollowUpItemSchema, FollowUpQuery } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { followUpTracker } from './read.ts';

/** The follow-up tracker across incidents. */
export const followUpTrackerRoutes: FastifyPluginAsyncZod = async (app) => {
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
};
