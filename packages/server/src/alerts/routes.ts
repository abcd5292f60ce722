import {
  AlertDetailSchema,
  AlertListQuery,
  AlertSchema,
  BulkAlertBody,
  BulkAlertResultSchema,
  ChangeEventSchema,
  CreateIntegrationBody,
  DeclareFromAlertBody,
  dataOf,
  IntegrationSchema,
  IntegrationWithKeySchema,
  pageOf,
  RotateIntegrationKeyBody,
  UpdateIntegrationBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatRef } from '../incidents/index.ts';
import { requireRole } from '../platform/auth.ts';
import { reader } from '../platform/context.ts';
import { archiveIntegration, createIntegration, findIntegration, rotateIntegrationKey, updateIntegrationCommand } from './integrations.ts';
import { streamAlerts } from './live.ts';
import { changeAlerts, changesAround, declareIncidentFromAlert, eventsOf, findAlert, listAlerts } from './manage.ts';
import { presentAlert, presentAlertDetail, presentChange, presentIntegration } from './present.ts';
import { alertRoutingRoutes } from './ruleRoutes.ts';
import { alertOrder, listIntegrations } from './store.ts';

const IntegrationParams = z.object({ integration: z.string().min(1).max(200) });
const AlertParams = z.object({ id: z.string().min(1).max(64) });
const RefParams = z.object({ ref: z.string().min(1).max(64) });
const ChangesQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** The admin API over integrations, and the alert list people work from (under /api/v1). */
export const alertRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(alertRoutingRoutes);
  app.get(
    '/integrations',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List integrations (admins)',
        response: { 200: z.object({ data: z.array(IntegrationSchema) }) },
      },
    },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await listIntegrations(reader(req.ctx))).map(presentIntegration) };
    },
  );
  app.post(
    '/integrations',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Add an integration; its key is in this answer only',
        body: CreateIntegrationBody,
        response: { 201: dataOf(IntegrationWithKeySchema) },
      },
    },
    async (req, reply) => {
      const { row, key } = await createIntegration(req.ctx, req.body);
      return reply.status(201).send({ data: { ...presentIntegration(row), key } });
    },
  );
  app.get(
    '/integrations/:integration',
    {
      schema: { tags: ['alerts'], summary: 'Get an integration', params: IntegrationParams, response: { 200: dataOf(IntegrationSchema) } },
    },
    async (req) => ({ data: presentIntegration(await findIntegration(req.ctx, req.params.integration)) }),
  );
  app.patch(
    '/integrations/:integration',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Rename an integration, bind it to a service, set its signing secret',
        params: IntegrationParams,
        body: UpdateIntegrationBody,
        response: { 200: dataOf(IntegrationSchema) },
      },
    },
    async (req) => ({ data: presentIntegration(await updateIntegrationCommand(req.ctx, req.params.integration, req.body)) }),
  );
  app.post(
    '/integrations/:integration/rotate',
    {
      schema: {
        tags: ['alerts'],
        summary: 'New key (in this answer only); the old one keeps working for overlapMinutes',
        params: IntegrationParams,
        body: RotateIntegrationKeyBody,
        response: { 200: dataOf(IntegrationWithKeySchema) },
      },
    },
    async (req) => {
      const { row, key } = await rotateIntegrationKey(req.ctx, req.params.integration, req.body);
      return { data: { ...presentIntegration(row), key } };
    },
  );
  app.delete(
    '/integrations/:integration',
    { schema: { tags: ['alerts'], summary: 'Archive an integration: its keys stop working, its alerts stay', params: IntegrationParams } },
    async (req, reply) => {
      await archiveIntegration(req.ctx, req.params.integration);
      return reply.status(204).send();
    },
  );

  app.get(
    '/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List alerts, newest first',
        querystring: AlertListQuery,
        response: { 200: pageOf(AlertSchema) },
      },
    },
    async (req) => {
      const { limit, cursor, status, service, source } = req.query;
      const rows = await listAlerts(req.ctx, { limit, after: alertOrder.decode(cursor), status, service, source });
      const { page, nextCursor } = alertOrder.page(rows, limit);
      return { data: page.map((r) => presentAlert(req.ctx.user, r)), nextCursor };
    },
  );
  app.get(
    '/alerts/stream',
    {
      exposeHeadRoute: false, // a HEAD would run the stream and never finish
      schema: {
        tags: ['alerts'],
        summary: 'Live: an `alerts` event (no data) when alerts may have changed; re-read the list then (Server-Sent Events)',
      },
    },
    async (req, reply) => streamAlerts(req.ctx, req, reply),
  );
  app.get(
    '/incidents/:ref/changes',
    {
      schema: {
        tags: ['alerts'],
        summary: "Changes reported on the incident's services, from 24 hours before its declaration until now, newest first",
        params: RefParams,
        querystring: ChangesQuery,
        response: { 200: z.object({ data: z.array(ChangeEventSchema) }) },
      },
    },
    async (req) => ({ data: (await changesAround(req.ctx, req.params.ref, req.query.limit)).map(presentChange) }),
  );
  app.get(
    '/alerts/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'An alert with every event received for it',
        params: AlertParams,
        response: { 200: dataOf(AlertDetailSchema) },
      },
    },
    async (req) => {
      const row = await findAlert(req.ctx, req.params.id);
      return { data: presentAlertDetail(req.ctx.user, row, await eventsOf(req.ctx, row.id)) };
    },
  );
  app.post(
    '/alerts/bulk',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Acknowledge or resolve several alerts',
        body: BulkAlertBody,
        response: { 200: dataOf(BulkAlertResultSchema) },
      },
    },
    async (req) => ({ data: await changeAlerts(req.ctx, req.body.ids, req.body.action) }),
  );
  app.post(
    '/alerts/:id/declare',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Declare an incident from a waiting alert (its first event kept as the original report)',
        params: AlertParams,
        body: DeclareFromAlertBody,
        response: { 201: dataOf(z.object({ incident: z.object({ id: z.string(), ref: z.string() }), alert: AlertSchema })) },
      },
    },
    async (req, reply) => {
      const incident = await declareIncidentFromAlert(req.ctx, req.params.id, req.body);
      const alert = await findAlert(req.ctx, req.params.id);
      return reply
        .status(201)
        .send({ data: { incident: { id: incident.id, ref: formatRef(incident.number) }, alert: presentAlert(req.ctx.user, alert) } });
    },
  );
};
