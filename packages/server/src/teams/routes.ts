import { CreateTeamBody, dataOf, ListQuery, pageOf, TeamSchema, UpdateTeamBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { createTeam, findTeam, updateTeamCommand } from './manage.ts';
import { presentTeams } from './present.ts';
import { listTeams, type TeamRow, teamOrder } from './store.ts';

const Params = z.object({ team: z.string().min(1).max(100) });
const One = { 200: dataOf(TeamSchema) };

const one = async (ctx: Ctx, team: TeamRow) => ({ data: (await presentTeams(reader(ctx), [team]))[0] });

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/teams',
    { schema: { tags: ['catalog'], summary: 'List teams with members', querystring: ListQuery, response: { 200: pageOf(TeamSchema) } } },
    async (req) => {
      const rows = await listTeams(reader(req.ctx), { limit: req.query.limit, after: teamOrder.decode(req.query.cursor) });
      const { page, nextCursor } = teamOrder.page(rows, req.query.limit);
      return { data: await presentTeams(reader(req.ctx), page), nextCursor };
    },
  );
  app.post(
    '/teams',
    { schema: { tags: ['catalog'], summary: 'Create a team', body: CreateTeamBody, response: { 201: dataOf(TeamSchema) } } },
    async (req, reply) => reply.status(201).send(await one(req.ctx, await createTeam(req.ctx, req.body))),
  );
  app.get(
    '/teams/:team',
    { schema: { tags: ['catalog'], summary: 'Get a team by id or name', params: Params, response: One } },
    async (req) => one(req.ctx, await findTeam(req.ctx, req.params.team)),
  );
  app.patch(
    '/teams/:team',
    { schema: { tags: ['catalog'], summary: 'Update a team', params: Params, body: UpdateTeamBody, response: One } },
    async (req) => one(req.ctx, await updateTeamCommand(req.ctx, req.params.team, req.body)),
  );
};
