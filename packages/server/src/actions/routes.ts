import { ActionListQuery, ActionSchema, CreateActionBody, csv, dataOf, pageOf, RefParams, UpdateActionBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { resolveUser } from '../users/index.ts';
import { createAction, updateActionCommand } from './manage.ts';
import { presentAction } from './present.ts';
import { actionOrder, getAction, listActions } from './store.ts';

const tags = ['actions'];
const One = { 200: dataOf(ActionSchema) };
const Page = { 200: pageOf(ActionSchema) };

const one = async (ctx: Ctx, id: string) => {
  const a = await getAction(reader(ctx), id);
  if (!a) throw new NotFoundError(`No action ${id}`, 'action_not_found');
  return { data: presentAction(ctx.user, a, ctx.clock.now().toISOString()) };
};

async function list(ctx: Ctx, query: z.output<typeof ActionListQuery>, incidentId?: string) {
  const tx = reader(ctx);
  const ownerId = query.owner ? (query.owner === 'me' ? ctx.user.id : (await resolveUser(tx, query.owner, 'owner')).id) : undefined;
  const after = actionOrder.decode(query.cursor);
  const statuses = csv(query.status);
  const rows = await listActions(tx, ctx.user, {
    incidentId,
    kind: query.kind,
    statuses,
    ownerId,
    limit: query.limit,
    after,
  });
  const { page, nextCursor } = actionOrder.page(rows, query.limit);
  const now = ctx.clock.now().toISOString();
  return { data: page.map((a) => presentAction(ctx.user, a, now)), nextCursor };
}

export const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/:ref/actions',
    { schema: { tags, summary: "An incident's actions and follow-ups", params: RefParams, querystring: ActionListQuery, response: Page } },
    async (req) => {
      const incident = await loadIncident(reader(req.ctx), req.ctx.user, req.params.ref);
      return list(req.ctx, req.query, incident.id);
    },
  );
  app.post(
    '/incidents/:ref/actions',
    {
      schema: {
        tags,
        summary: 'Add a next action or follow-up',
        params: RefParams,
        body: CreateActionBody,
        response: { 201: dataOf(ActionSchema) },
      },
    },
    async (req, reply) => reply.status(201).send(await one(req.ctx, await createAction(req.ctx, req.params.ref, req.body))),
  );
  app.get(
    '/actions',
    { schema: { tags, summary: 'Actions across visible incidents (e.g. owner=me)', querystring: ActionListQuery, response: Page } },
    async (req) => list(req.ctx, req.query),
  );
  const IdParams = z.object({ id: z.string().min(1).max(64) });
  app.get('/actions/:id', { schema: { tags, summary: 'Read an action', params: IdParams, response: One } }, async (req) => {
    const a = await getAction(reader(req.ctx), req.params.id);
    if (a)
      await loadIncident(reader(req.ctx), req.ctx.user, a.incident_id).catch(() => {
        throw new NotFoundError(`No action ${req.params.id}`, 'action_not_found');
      });
    return one(req.ctx, req.params.id);
  });
  app.patch(
    '/actions/:id',
    { schema: { tags, summary: 'Change an action (status, owner, due date…)', params: IdParams, body: UpdateActionBody, response: One } },
    async (req) => one(req.ctx, await updateActionCommand(req.ctx, req.params.id, req.body)),
  );
};
