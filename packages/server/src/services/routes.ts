import { CreateServiceBody, dataOf, ListQuery, pageOf, ServiceSchema, UpdateServiceBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { createService, findService, updateServiceCommand } from './manage.ts';
import { presentService } from './present.ts';
import { listServices, serviceOrder } from './store.ts';

const Params = z.object({ service: z.string().min(1).max(100) });
const One = { 200: dataOf(ServiceSchema) };

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/services',
    {
      schema: {
        tags: ['catalog'],
        summary: 'List services',
        querystring: ListQuery.extend({ q: z.string().max(100).optional(), team: z.string().max(100).optional() }),
        response: { 200: pageOf(ServiceSchema) },
      },
    },
    async (req) => {
      const { limit, cursor, q, team } = req.query;
      const rows = await listServices(reader(req.ctx), { limit, after: serviceOrder.decode(cursor), q, team });
      const { page, nextCursor } = serviceOrder.page(rows, limit);
      return { data: page.map(presentService), nextCursor };
    },
  );
  app.post(
    '/services',
    { schema: { tags: ['catalog'], summary: 'Add a service', body: CreateServiceBody, response: { 201: dataOf(ServiceSchema) } } },
    async (req, reply) => reply.status(201).send({ data: presentService(await createService(req.ctx, req.body)) }),
  );
  app.get(
    '/services/:service',
    { schema: { tags: ['catalog'], summary: 'Get a service by id or name', params: Params, response: One } },
    async (req) => ({
      data: presentService(await findService(req.ctx, req.params.service)),
    }),
  );
  app.patch(
    '/services/:service',
    { schema: { tags: ['catalog'], summary: 'Update a service', params: Params, body: UpdateServiceBody, response: One } },
    async (req) => ({ data: presentService(await updateServiceCommand(req.ctx, req.params.service, req.body)) }),
  );
};
