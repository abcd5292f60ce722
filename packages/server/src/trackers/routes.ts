import {
  CreateTrackerBody,
  dataOf,
  PushFollowUpBody,
  RefParams,
  TrackerCreatedSchema,
  TrackerLinkSchema,
  TrackerSchema,
  TrackerTestSchema,
  UpdateTrackerBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { getTeam } from '../teams/index.ts';
import { connectTracker, disconnectTracker, findTracker, mayManage, testTracker, updateTracker } from './manage.ts';
import { presentLink, presentTracker } from './present.ts';
import { pushFollowUp } from './push.ts';
import { getLink, linksOfIncident, listConnections } from './store.ts';

const tags = ['trackers'];
const TeamParams = z.object({ team: z.string().min(1).max(100) });
const IdParams = z.object({ id: z.string().min(1).max(64) });
const ListQuery = z.object({ team: z.string().min(1).max(100).optional().describe('Team id or name') });

const one = async (ctx: Ctx, id: string) => {
  const row = await findTracker(reader(ctx), id);
  return presentTracker(ctx.config, row, await mayManage(reader(ctx), ctx.user, row.team_id));
};

export const trackerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trackers',
    {
      schema: {
        tags,
        summary: "Teams' connected trackers (never their credentials)",
        querystring: ListQuery,
        response: { 200: z.object({ data: z.array(TrackerSchema) }) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      let teamId: string | undefined;
      if (req.query.team) {
        const team = await getTeam(tx, req.query.team);
        if (!team) throw new NotFoundError(`No team ${req.query.team}`, 'team_not_found');
        teamId = team.id;
      }
      const rows = await listConnections(tx, teamId);
      return {
        data: await Promise.all(rows.map(async (r) => presentTracker(req.ctx.config, r, await mayManage(tx, req.ctx.user, r.team_id)))),
      };
    },
  );
  app.post(
    '/teams/:team/trackers',
    {
      schema: {
        tags,
        summary: "Connect the team's tracker; the credential is encrypted and never shown again",
        params: TeamParams,
        body: CreateTrackerBody,
        response: { 201: dataOf(TrackerCreatedSchema) },
      },
    },
    async (req, reply) => {
      const { id, webhookSecret } = await connectTracker(req.ctx, req.params.team, req.body);
      return reply.status(201).send({ data: { ...(await one(req.ctx, id)), webhookSecret } });
    },
  );
  app.get(
    '/trackers/:id',
    { schema: { tags, summary: 'A tracker connection', params: IdParams, response: { 200: dataOf(TrackerSchema) } } },
    async (req) => ({
      data: await one(req.ctx, req.params.id),
    }),
  );
  app.patch(
    '/trackers/:id',
    {
      schema: {
        tags,
        summary: 'Replace the credential or the webhook secret',
        params: IdParams,
        body: UpdateTrackerBody,
        response: { 200: dataOf(TrackerSchema) },
      },
    },
    async (req) => ({ data: await one(req.ctx, await updateTracker(req.ctx, req.params.id, req.body)) }),
  );
  app.delete(
    '/trackers/:id',
    { schema: { tags, summary: 'Disconnect (the credentials are erased)', params: IdParams } },
    async (req, reply) => {
      await disconnectTracker(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/trackers/:id/test',
    {
      schema: {
        tags,
        summary: 'Test the connection with a cheap read at the tracker',
        params: IdParams,
        body: z.strictObject({
          timeoutSeconds: z.number().int().min(1).max(30).default(20).describe('How long to wait for the tracker'),
        }),
        response: { 200: dataOf(TrackerTestSchema) },
      },
    },
    async (req) => ({ data: await testTracker(req.ctx, req.params.id, req.body.timeoutSeconds) }),
  );
  app.post(
    '/actions/:id/push',
    {
      schema: {
        tags,
        summary: "Create the follow-up as an issue in a team's tracker (a job; its link is answered at once, pending)",
        params: IdParams,
        body: PushFollowUpBody,
        response: { 202: dataOf(TrackerLinkSchema) },
      },
    },
    async (req, reply) => {
      await pushFollowUp(req.ctx, req.params.id, req.body);
      const link = await getLink(reader(req.ctx), req.params.id);
      const row = link && (await findTracker(reader(req.ctx), link.connection_id));
      if (!link || !row) throw new NotFoundError(`No action ${req.params.id}`, 'action_not_found');
      return reply.status(202).send({ data: presentLink({ ...link, kind: row.kind }) });
    },
  );
  app.get(
    '/incidents/:ref/tracker-links',
    {
      schema: {
        tags,
        summary: "Where an incident's follow-ups are in teams' trackers",
        params: RefParams,
        response: { 200: z.object({ data: z.array(TrackerLinkSchema) }) },
      },
    },
    async (req) => {
      const incident = await loadIncident(reader(req.ctx), req.ctx.user, req.params.ref);
      return { data: (await linksOfIncident(reader(req.ctx), incident.id)).map(presentLink) };
    },
  );
};
