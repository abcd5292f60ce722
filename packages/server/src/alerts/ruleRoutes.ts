import {
  AlertRoutingSettingsSchema,
  AlertRuleSchema,
  AlertTestResultSchema,
  CreateAlertRuleBody,
  dataOf,
  PutAlertRoutingSettingsBody,
  ReorderAlertRulesBody,
  TestAlertRulesBody,
  UpdateAlertRuleBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { testRules } from './dryRun.ts';
import { presentRule } from './present.ts';
import {
  createRule,
  deleteRule,
  findRule,
  listRules,
  putRoutingSettings,
  reorderRules,
  routingSettings,
  updateRule,
} from './rulesAdmin.ts';

const tags = ['alerts'];
const RuleParams = z.object({ id: z.string().min(1).max(64) });
const Rules = { 200: dataOf(z.array(AlertRuleSchema)) };

/** Routing rules and routing settings (admins), under /api/v1. */
export const alertRoutingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/alert-rules',
    { schema: { tags, summary: 'Routing rules, in the order they are tried (admins)', response: Rules } },
    async (req) => ({
      data: (await listRules(req.ctx)).map(presentRule),
    }),
  );
  app.post(
    '/alert-rules',
    {
      schema: {
        tags,
        summary: 'Add a routing rule: conditions (all must match) and actions (service, severity, or drop)',
        body: CreateAlertRuleBody,
        response: { 201: dataOf(AlertRuleSchema) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: presentRule(await createRule(req.ctx, req.body)) }),
  );
  app.put(
    '/alert-rules/order',
    { schema: { tags, summary: 'Reorder the routing rules (every id once)', body: ReorderAlertRulesBody, response: Rules } },
    async (req) => ({ data: (await reorderRules(req.ctx, req.body)).map(presentRule) }),
  );
  app.post(
    '/alert-rules/test',
    {
      schema: {
        tags,
        summary: 'Dry run: which rule matches a sample payload and what would happen to it (writes nothing)',
        body: TestAlertRulesBody,
        response: { 200: dataOf(AlertTestResultSchema) },
      },
    },
    async (req) => ({ data: await testRules(req.ctx, req.body) }),
  );
  app.get(
    '/alert-rules/:id',
    { schema: { tags, summary: 'A routing rule', params: RuleParams, response: { 200: dataOf(AlertRuleSchema) } } },
    async (req) => ({ data: presentRule(await findRule(req.ctx, req.params.id)) }),
  );
  app.patch(
    '/alert-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change a routing rule',
        params: RuleParams,
        body: UpdateAlertRuleBody,
        response: { 200: dataOf(AlertRuleSchema) },
      },
    },
    async (req) => ({ data: presentRule(await updateRule(req.ctx, req.params.id, req.body)) }),
  );
  app.delete('/alert-rules/:id', { schema: { tags, summary: 'Remove a routing rule', params: RuleParams } }, async (req, reply) => {
    await deleteRule(req.ctx, req.params.id);
    return reply.status(204).send();
  });
  app.get(
    '/alert-routing',
    {
      schema: {
        tags,
        summary: 'Routing settings: join window, auto-declare threshold (admins)',
        response: { 200: dataOf(AlertRoutingSettingsSchema) },
      },
    },
    async (req) => ({ data: await routingSettings(req.ctx) }),
  );
  app.put(
    '/alert-routing',
    {
      schema: {
        tags,
        summary: 'Change the routing settings',
        body: PutAlertRoutingSettingsBody,
        response: { 200: dataOf(AlertRoutingSettingsSchema) },
      },
    },
    async (req) => ({ data: await putRoutingSettings(req.ctx, req.body) }),
  );
};
