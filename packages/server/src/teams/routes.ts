import { CreateTeamBody, dataOf, ListQuery, pageOf, TeamSchema, type TeamView, UpdateTeamBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { createTeam, findTeam, membersOf, updateTeamCommand } from './manage.ts';
import { listTeams, type TeamRow, teamOrder } from './store.ts';

const Params = z.object({ team: z.string().min(1).max(100) });
const One = { 200: dataOf(TeamSchema) };

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = async (req: { ctx: Parameters<typeof reader>[0] }, rows: TeamRow[]): Promise<TeamView[]> => {
    const members = await membersOf(
      reader(req.ctx),
      rows.map((t) => t.id),
    );
    return rows.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      createdAt: t.created_at,
      members: members.get(t.id) ?? [],
    }));
  };
  app.get(
    '/teams',
    { schema: { tags: ['catalog'], summary: 'List teams with members', querystring: ListQuery, response: { 200: pageOf(TeamSchema) } } },
    async (req) => {
      const rows = await listTeams(reader(req.ctx), { limit: req.query.limit, after: teamOrder.decode(req.query.cursor) });
      const { page, nextCursor } = teamOrder.page(rows, req.query.limit);
      return { data: await present(req, page), nextCursor };
    },
  );
  app.post(
    '/teams',
    { schema: { tags: ['catalog'], summary: 'Create a team', body: CreateTeamBody, response: { 201: dataOf(TeamSchema) } } },
    async (req, reply) => {
      const team = await createTeam(req.ctx, req.body);
      return reply.status(201).send({ data: (await present(req, [team]))[0] });
    },
  );
  app.get(
    '/teams/:team',
    { schema: { tags: ['catalog'], summary: 'Get a team by id or name', params: Params, response: One } },
    async (req) => ({
      data: (await present(req, [await findTeam(req.ctx, req.params.team)]))[0],
    }),
  );
  app.patch(
    '/teams/:team',
    { schema: { tags: ['catalog'], summary: 'Update a team', params: Params, body: UpdateTeamBody, response: One } },
    async (req) => ({
      data: (await present(req, [await updateTeamCommand(req.ctx, req.params.team, req.body)]))[0],
    }),
  );
};
