import { dataOf, PutRoleTypesBody, PutSeveritiesBody, RoleTypeSchema, SeveritySchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../platform/auth.ts';
import { reader } from '../platform/context.ts';
import { putRoleTypes, putSeverities } from './configure.ts';
import { presentRoleType, presentSeverity } from './present.ts';
import { listRoleTypes, listSeverities } from './store.ts';

const tags = ['settings'];
const Severities = { 200: dataOf(z.array(SeveritySchema)) };
const Roles = { 200: dataOf(z.array(RoleTypeSchema)) };

export const severityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/severities', { schema: { tags, summary: 'List severities, most severe first', response: Severities } }, async (req) => ({
    data: (await listSeverities(reader(req.ctx))).map(presentSeverity),
  }));
  app.put(
    '/severities',
    { schema: { tags, summary: 'Replace the severity list (admin); order is rank', body: PutSeveritiesBody, response: Severities } },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await putSeverities(req.ctx, req.body.severities)).map(presentSeverity) };
    },
  );
  app.get('/roles', { schema: { tags, summary: 'List incident role types', response: Roles } }, async (req) => ({
    data: (await listRoleTypes(reader(req.ctx))).map(presentRoleType),
  }));
  app.put(
    '/roles',
    { schema: { tags, summary: 'Replace incident role types (admin)', body: PutRoleTypesBody, response: Roles } },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await putRoleTypes(req.ctx, req.body.roles)).map(presentRoleType) };
    },
  );
};
