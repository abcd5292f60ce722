import {
  CreateWebhookBody,
  RotateWebhookSecretBody,
  UpdateWebhookBody,
  WebhookDeliveriesQuery,
  WebhookDeliveryView,
  WebhookParams,
  WebhookTestBody,
  WebhookView,
  WebhookWithSecretView,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createWebhook,
  deleteWebhook,
  deliveryLog,
  listWebhooks,
  readWebhook,
  rotateWebhookSecret,
  sendTest,
  updateWebhook,
} from './manage.ts';

const tags = ['webhooks'];
const One = { 200: z.object({ data: WebhookView }) };

/** Webhook and chat destinations (admins): what Firebreak sends where, and the log of what it sent. */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/webhooks',
    {
      schema: { tags, summary: 'List webhook and chat destinations (admin)', response: { 200: z.object({ data: z.array(WebhookView) }) } },
    },
    async (req) => ({ data: await listWebhooks(req.ctx) }),
  );
  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Add a destination; a generic webhook’s signing secret is in this answer only (admin)',
        body: CreateWebhookBody,
        response: { 201: z.object({ data: WebhookWithSecretView }) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await createWebhook(req.ctx, req.body) }),
  );
  app.get(
    '/webhooks/:id',
    { schema: { tags, summary: 'Read one destination (admin)', params: WebhookParams, response: One } },
    async (req) => ({
      data: await readWebhook(req.ctx, req.params.id),
    }),
  );
  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change a destination: name, URL, filter, audience, on or off (admin)',
        params: WebhookParams,
        body: UpdateWebhookBody,
        response: One,
      },
    },
    async (req) => ({ data: await updateWebhook(req.ctx, req.params.id, req.body) }),
  );
  app.delete(
    '/webhooks/:id',
    { schema: { tags, summary: 'Delete a destination and its delivery log (admin)', params: WebhookParams } },
    async (req, reply) => {
      await deleteWebhook(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Replace a generic webhook’s signing secret; the new one is in this answer only (admin)',
        params: WebhookParams,
        body: RotateWebhookSecretBody,
        response: { 200: z.object({ data: WebhookWithSecretView }) },
      },
    },
    async (req) => ({ data: await rotateWebhookSecret(req.ctx, req.params.id, req.body.reason) }),
  );
  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a test message (a `ping` event) through the delivery queue (admin)',
        params: WebhookParams,
        body: WebhookTestBody,
        response: { 201: z.object({ data: WebhookDeliveryView }) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await sendTest(req.ctx, req.params.id, req.body.message) }),
  );
  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log of a destination, newest first: request, answer, timing, attempts (admin)',
        params: WebhookParams,
        querystring: WebhookDeliveriesQuery,
        response: { 200: z.object({ data: z.array(WebhookDeliveryView) }) },
      },
    },
    async (req) => ({ data: await deliveryLog(req.ctx, req.params.id, req.query) }),
  );
};
