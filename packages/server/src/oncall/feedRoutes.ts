import { CalendarFeedSchema, dataOf, EmptyBody, ScheduleParams } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { calendarFor, createPersonFeed, createScheduleFeed, revokePersonFeed, revokeScheduleFeed } from './feeds.ts';

const tags = ['on-call'];
const Created = { 201: dataOf(CalendarFeedSchema) };
const TokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(200)
    .regex(/^[\w-]+$/, 'Not a feed token'),
});

/** Secret calendar feeds: made and revoked signed in, read by calendar apps with the token alone. */
export function calendarFeedRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/schedules/:schedule/calendar-feed',
      {
        schema: {
          tags,
          summary: 'A secret iCalendar feed URL of this schedule for you (shown once; replaces your previous one)',
          params: ScheduleParams,
          body: EmptyBody,
          response: Created,
        },
      },
      async (req, reply) => reply.status(201).send({ data: await createScheduleFeed(req.ctx, req.params.schedule) }),
    );
    app.delete(
      '/schedules/:schedule/calendar-feed',
      { schema: { tags, summary: 'Revoke your feed of this schedule (its URL stops working)', params: ScheduleParams } },
      async (req, reply) => {
        await revokeScheduleFeed(req.ctx, req.params.schedule);
        return reply.status(204).send();
      },
    );
    app.post(
      '/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'A secret iCalendar feed URL of your own shifts (shown once; replaces the previous one)',
          body: EmptyBody,
          response: Created,
        },
      },
      async (req, reply) => reply.status(201).send({ data: await createPersonFeed(req.ctx) }),
    );
    app.delete('/me/calendar-feed', { schema: { tags, summary: 'Revoke your own shifts feed' } }, async (req, reply) => {
      await revokePersonFeed(req.ctx);
      return reply.status(204).send();
    });
    app.get(
      '/calendar/:token.ics',
      {
        config: { auth: 'public' as const },
        schema: {
          tags,
          summary: 'An on-call calendar (iCalendar; the secret token is the access)',
          params: TokenParams,
          security: [],
          produces: ['text/calendar'],
        },
      },
      async (req, reply) =>
        reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .header('referrer-policy', 'no-referrer')
          .send(await calendarFor(deps, req.params.token)),
    );
  };
}
