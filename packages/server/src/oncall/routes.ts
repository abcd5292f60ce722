import {
  CreateOverrideBody,
  CreateScheduleBody,
  dataOf,
  ListQuery,
  MyOnCallSchema,
  OnCallAtQuery,
  OnCallNowSchema,
  OverrideListQuery,
  OverrideParams,
  OverrideViewSchema,
  pageOf,
  ScheduleParams,
  ScheduleViewSchema,
  ShiftsQuery,
  ShiftsSchema,
  UpdateScheduleBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { createSchedule, deleteScheduleCommand, findSchedule, loadSchedule, updateScheduleCommand } from './manage.ts';
import { createOverride, removeOverride } from './overrides.ts';
import { presentOverrides, presentSchedules } from './present.ts';
import { myOnCall, onCallNow, onCallOn, shiftsOf } from './read.ts';
import { type Schedule, toSchedule } from './schedules.ts';
import { overridesOverlapping, pageOfSchedules, scheduleOrder } from './store.ts';

const tags = ['on-call'];
const One = { 200: dataOf(ScheduleViewSchema) };
const one = async (ctx: Ctx, s: Schedule) => ({ data: (await presentSchedules(reader(ctx), ctx.user, [s], ctx.clock.now()))[0] });
/** Far enough ahead for "every future override". */
const FOREVER = '9999-12-31T00:00:00.000Z';

export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/schedules',
    {
      schema: {
        tags,
        summary: 'List on-call schedules with who is on call now and next, and coverage gaps',
        querystring: ListQuery,
        response: { 200: pageOf(ScheduleViewSchema) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const rows = await pageOfSchedules(tx, { limit: req.query.limit, after: scheduleOrder.decode(req.query.cursor) });
      const { page, nextCursor } = scheduleOrder.page(rows, req.query.limit);
      return { data: await presentSchedules(tx, req.ctx.user, page.map(toSchedule), req.ctx.clock.now()), nextCursor };
    },
  );
  app.post(
    '/schedules',
    { schema: { tags, summary: 'Create an on-call schedule', body: CreateScheduleBody, response: { 201: dataOf(ScheduleViewSchema) } } },
    async (req, reply) => reply.status(201).send(await one(req.ctx, await createSchedule(req.ctx, req.body))),
  );
  app.get(
    '/schedules/:schedule',
    { schema: { tags, summary: 'Get a schedule (by id or name)', params: ScheduleParams, response: One } },
    async (req) => one(req.ctx, await findSchedule(req.ctx, req.params.schedule)),
  );
  app.patch(
    '/schedules/:schedule',
    {
      schema: {
        tags,
        summary: 'Change a schedule (layers are replaced whole)',
        params: ScheduleParams,
        body: UpdateScheduleBody,
        response: One,
      },
    },
    async (req) => one(req.ctx, await updateScheduleCommand(req.ctx, req.params.schedule, req.body)),
  );
  app.delete(
    '/schedules/:schedule',
    { schema: { tags, summary: 'Delete a schedule with its overrides, feed and handovers', params: ScheduleParams } },
    async (req, reply) => {
      await deleteScheduleCommand(req.ctx, req.params.schedule);
      return reply.status(204).send();
    },
  );
  app.get(
    '/schedules/:schedule/oncall',
    {
      schema: {
        tags,
        summary: 'Who is on call at a time (default now), and next',
        params: ScheduleParams,
        querystring: OnCallAtQuery,
        response: { 200: dataOf(OnCallNowSchema) },
      },
    },
    async (req) => ({
      data: await onCallOn(req.ctx, req.params.schedule, req.query.at ? new Date(req.query.at) : req.ctx.clock.now()),
    }),
  );
  app.get(
    '/schedules/:schedule/shifts',
    {
      schema: {
        tags,
        summary: "Each layer's spans, the final spans (overrides marked) and gaps over a range (at most 366 days)",
        params: ScheduleParams,
        querystring: ShiftsQuery,
        response: { 200: dataOf(ShiftsSchema) },
      },
    },
    async (req) => ({ data: await shiftsOf(req.ctx, req.params.schedule, new Date(req.query.from), new Date(req.query.to)) }),
  );
  app.get(
    '/schedules/:schedule/overrides',
    {
      schema: {
        tags,
        summary: 'Overrides of a schedule (default: those not yet over)',
        params: ScheduleParams,
        querystring: OverrideListQuery,
        response: { 200: dataOf(z.array(OverrideViewSchema)) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const s = await loadSchedule(tx, req.params.schedule);
      const from = req.query.from ? new Date(req.query.from).toISOString() : req.ctx.clock.now().toISOString();
      const to = req.query.to ? new Date(req.query.to).toISOString() : FOREVER;
      return { data: await presentOverrides(tx, await overridesOverlapping(tx, [s.id], from, to)) };
    },
  );
  app.post(
    '/schedules/:schedule/overrides',
    {
      schema: {
        tags,
        summary: 'Add an override: someone covers a span ("take this shift" with replaces)',
        params: ScheduleParams,
        body: CreateOverrideBody,
        response: { 201: dataOf(OverrideViewSchema) },
      },
    },
    async (req, reply) => {
      const row = await createOverride(req.ctx, req.params.schedule, req.body);
      return reply.status(201).send({ data: (await presentOverrides(reader(req.ctx), [row]))[0] });
    },
  );
  app.delete(
    '/schedules/:schedule/overrides/:override',
    { schema: { tags, summary: 'Remove an override', params: OverrideParams } },
    async (req, reply) => {
      await removeOverride(req.ctx, req.params.schedule, req.params.override);
      return reply.status(204).send();
    },
  );
  app.get(
    '/oncall',
    {
      schema: {
        tags,
        summary: 'Who is on call now (or at a time) on every schedule',
        querystring: OnCallAtQuery,
        response: { 200: dataOf(z.array(OnCallNowSchema)) },
      },
    },
    async (req) => ({ data: await onCallNow(req.ctx, req.query.at ? new Date(req.query.at) : req.ctx.clock.now()) }),
  );
  app.get(
    '/me/oncall',
    { schema: { tags, summary: 'My current on-call and next shifts across schedules', response: { 200: dataOf(MyOnCallSchema) } } },
    async (req) => ({ data: await myOnCall(req.ctx) }),
  );
};
