import { PutRoleTypesBody, PutSeveritiesBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../platform/auth.ts';
import { reader } from '../platform/context.ts';
import { putRoleTypes, putSeverities } from './configure.ts';
import { presentRoleType, presentSeverity } from './present.ts';
import { listRoleTypes, listSeverities } from './store.ts';

export const severityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/severities', { schema: { tags: ['settings'], summary: 'List severities, most severe first' } }, async (req) => ({
    data: (await listSeverities(reader(req.ctx))).map(presentSeverity),
  }));
  app.put(
    '/severities',
    { schema: { tags: ['settings'], summary: 'Replace the severity list (admin); order is rank', body: PutSeveritiesBody } },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await putSeverities(req.ctx, req.body.severities)).map(presentSeverity) };
    },
  );
  app.get('/roles', { schema: { tags: ['settings'], summary: 'List incident role types' } }, async (req) => ({
    data: (await listRoleTypes(reader(req.ctx))).map(presentRoleType),
  }));
  app.put(
    '/roles',
    { schema: { tags: ['settings'], summary: 'Replace incident role types (admin)', body: PutRoleTypesBody } },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await putRoleTypes(req.ctx, req.body.roles)).map(presentRoleType) };
    },
  );
};
