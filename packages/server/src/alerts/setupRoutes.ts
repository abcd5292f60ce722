import {
  CreateHeartbeatBody,
  CreateMaintenanceWindowBody,
  dataOf,
  EndMaintenanceWindowBody,
  HeartbeatSchema,
  HeartbeatWithKeySchema,
  MaintenanceListQuery,
  MaintenanceWindowSchema,
  UpdateHeartbeatBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import {
  checkIn,
  createHeartbeat,
  deleteHeartbeatCommand,
  findHeartbeat,
  HEARTBEAT_PATH,
  listHeartbeatsFor,
  presentHeartbeat,
  reportFailure,
  startRun,
  updateHeartbeatCommand,
} from './heartbeats.ts';
import {
  createMaintenanceWindow,
  deleteMaintenanceWindowCommand,
  endMaintenanceWindowEarly,
  findMaintenanceWindow,
  listWindows,
  presentWindow,
} from './maintenance.ts';
import { INGEST_BODY_LIMIT } from './wire.ts';

const IdParams = z.object({ id: z.string().min(1).max(200) });
const now = (deps: Pick<Deps, 'clock'>) => deps.clock.now().toISOString();

/** Maintenance windows (anyone signed in reads them; responders and admins plan them) and heartbeats (admins), under /api/v1. */
export const alertSetupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/maintenance-windows',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List maintenance windows: upcoming, active, past (all when no state is given)',
        querystring: MaintenanceListQuery,
        response: { 200: z.object({ data: z.array(MaintenanceWindowSchema) }) },
      },
    },
    async (req) => {
      const rows = await listWindows(req.ctx, req.query.state, req.query.limit);
      return { data: rows.map((r) => presentWindow(r, now(req.ctx))) };
    },
  );
  app.post(
    '/maintenance-windows',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Plan a maintenance window: matching alerts are recorded as suppressed, page no one, declare nothing',
        body: CreateMaintenanceWindowBody,
        response: { 201: dataOf(MaintenanceWindowSchema) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: presentWindow(await createMaintenanceWindow(req.ctx, req.body), now(req.ctx)) }),
  );
  app.get(
    '/maintenance-windows/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Get a maintenance window',
        params: IdParams,
        response: { 200: dataOf(MaintenanceWindowSchema) },
      },
    },
    async (req) => ({ data: presentWindow(await findMaintenanceWindow(req.ctx, req.params.id), now(req.ctx)) }),
  );
  app.post(
    '/maintenance-windows/:id/end',
    {
      schema: {
        tags: ['alerts'],
        summary: 'End an active window now (the alerts it suppressed are closed)',
        params: IdParams,
        body: EndMaintenanceWindowBody,
        response: { 200: dataOf(MaintenanceWindowSchema) },
      },
    },
    async (req) => ({ data: presentWindow(await endMaintenanceWindowEarly(req.ctx, req.params.id, req.body.note), now(req.ctx)) }),
  );
  app.delete(
    '/maintenance-windows/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Delete a window that has not started (active ones are ended, past ones stay as history)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      await deleteMaintenanceWindowCommand(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/heartbeats',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List heartbeats (admins)',
        response: { 200: z.object({ data: z.array(HeartbeatSchema) }) },
      },
    },
    async (req) => ({ data: (await listHeartbeatsFor(req.ctx)).map((r) => presentHeartbeat(r, now(req.ctx))) }),
  );
  app.post(
    '/heartbeats',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Add a heartbeat; its key and check-in URL are in this answer only',
        body: CreateHeartbeatBody,
        response: { 201: dataOf(HeartbeatWithKeySchema) },
      },
    },
    async (req, reply) => {
      const { row, key } = await createHeartbeat(req.ctx, req.body);
      const pingUrl = `${req.ctx.config.publicUrl.replace(/\/+$/, '')}${HEARTBEAT_PATH}/${key}`;
      return reply.status(201).send({ data: { ...presentHeartbeat(row, now(req.ctx)), key, pingUrl } });
    },
  );
  app.get(
    '/heartbeats/:id',
    { schema: { tags: ['alerts'], summary: 'Get a heartbeat', params: IdParams, response: { 200: dataOf(HeartbeatSchema) } } },
    async (req) => ({ data: presentHeartbeat(await findHeartbeat(req.ctx, req.params.id), now(req.ctx)) }),
  );
  app.patch(
    '/heartbeats/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Change a heartbeat; {"paused": true|false} pauses or resumes it',
        params: IdParams,
        body: UpdateHeartbeatBody,
        response: { 200: dataOf(HeartbeatSchema) },
      },
    },
    async (req) => ({ data: presentHeartbeat(await updateHeartbeatCommand(req.ctx, req.params.id, req.body), now(req.ctx)) }),
  );
  app.delete(
    '/heartbeats/:id',
    { schema: { tags: ['alerts'], summary: 'Delete a heartbeat: its key stops working, its open alert is resolved', params: IdParams } },
    async (req, reply) => {
      await deleteHeartbeatCommand(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
};

const CheckInParams = z.object({ key: z.string().min(1).max(200) });
const SignalParams = z.object({
  key: z.string().min(1).max(200),
  signal: z
    .string()
    .regex(/^(start|fail|\d{1,3})$/, 'must be "start", "fail" or an exit status from 0 to 255')
    .refine((s) => !/^\d/.test(s) || Number(s) <= 255, 'must be "start", "fail" or an exit status from 0 to 255'),
});
/** Uptime Kuma's push monitors send `?status=up|down&msg=…`; other clients' query parameters are ignored. */
const CheckInQuery = z.looseObject({ status: z.string().optional(), msg: z.string().optional() });
const CheckedIn = z.object({ data: z.object({ status: z.literal('ok') }) });
/** How much of a failure's message (the request body, or `msg`) the alert keeps, like healthchecks.io's 10 KB. */
const MESSAGE_LIMIT = 10_000;

const messageOf = (body: unknown, msg: string | undefined): string => {
  const text = typeof body === 'string' ? body : body == null ? '' : JSON.stringify(body);
  return (text.trim() || msg?.trim() || '').slice(0, MESSAGE_LIMIT);
};

/**
 * The check-in URL a job calls (GET, HEAD or POST). No sign-in: the key in the path is the
 * credential. An unknown, deleted or malformed key is a plain 404 that does not say which.
 * `…/{key}/fail`, `…/{key}/{exit status}` (non-zero) and `?status=down` report a failure instead of a
 * success: the heartbeat is down at once and its alert says so, with the body (or `msg`) as the job's
 * message. `…/{key}/start` says the job has started (healthchecks.io's start signal): it must then
 * end (check-in or failure) within the grace time. A body sent as JSON must be JSON.
 */
export function heartbeatCheckInRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: INGEST_BODY_LIMIT }, (_req, body, done) => done(null, body));
    /** Every signal answers alike: ok, or a plain 404 for a key that names no heartbeat. */
    const answer = async (found: Promise<{ id: string } | null>) => {
      if (!(await found)) throw new NotFoundError('Not found');
      return { data: { status: 'ok' as const } };
    };
    const outcome = (key: string, failed: boolean, exitStatus: number | null, body: unknown, msg: string | undefined) =>
      answer(failed ? reportFailure(deps, key, { exitStatus, message: messageOf(body, msg) }) : checkIn(deps, key));
    const handler = async (req: { params: { key: string }; query: { status?: string; msg?: string }; body?: unknown }) =>
      outcome(req.params.key, req.query.status?.toLowerCase() === 'down', null, req.body, req.query.msg);
    const signalHandler = async (req: { params: { key: string; signal: string }; query: { msg?: string }; body?: unknown }) => {
      if (req.params.signal === 'start') return answer(startRun(deps, req.params.key));
      const exitStatus = req.params.signal === 'fail' ? null : Number(req.params.signal);
      return outcome(req.params.key, exitStatus !== 0, exitStatus, req.body, req.query.msg);
    };
    const schema = {
      tags: ['alerts in'],
      summary: 'Heartbeat check-in (the key is the one shown when the heartbeat was created); ?status=down reports a failure',
      params: CheckInParams,
      querystring: CheckInQuery,
      response: { 200: CheckedIn },
    };
    const signalSchema = {
      tags: ['alerts in'],
      summary:
        'Heartbeat signal: "start" (the job started: it must end within grace), "fail" or the job\'s exit status (0 is a check-in, anything else a failure)',
      params: SignalParams,
      querystring: CheckInQuery,
      response: { 200: CheckedIn },
    };
    app.get(`${HEARTBEAT_PATH}/:key`, { config: { auth: 'public' }, schema }, handler);
    app.post(`${HEARTBEAT_PATH}/:key`, { config: { auth: 'public' }, bodyLimit: INGEST_BODY_LIMIT, schema }, handler);
    app.get(`${HEARTBEAT_PATH}/:key/:signal`, { config: { auth: 'public' }, schema: signalSchema }, signalHandler);
    app.post(
      `${HEARTBEAT_PATH}/:key/:signal`,
      { config: { auth: 'public' }, bodyLimit: INGEST_BODY_LIMIT, schema: signalSchema },
      signalHandler,
    );
  };
}
