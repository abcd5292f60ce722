import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IntegrationFormat } from '@firebreak/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { AppError, InputError, RateLimitedError, UnauthenticatedError } from '../platform/errors.ts';
import { writtenAsBuilt } from '../platform/http.ts';
import {
  type Parsed,
  parseAlertmanager,
  parseGeneric,
  parseOpsgenieAction,
  parseOpsgenieCreate,
  parseOpsgenieUpdate,
  parsePagerDuty,
  parsePagerDutyChange,
  parsePagerDutyV1,
  screenJson,
  withoutKey,
} from './formats.ts';
import { checkInByName } from './heartbeats.ts';
import { type IncomingEvent, ingest, recordChange } from './ingest.ts';
import { integrationForKey } from './integrations.ts';
import { insertRequestStatus, type OgAction, opsgenieKey, recordRequest, requestStatus, updateAlertText } from './opsgenie.ts';
import { overLimit } from './rateLimit.ts';

/**
 * The endpoints monitoring tools send to, each in the wire format of the tool it imitates. They are
 * public as far as sign-in goes (`auth: 'public'`): each checks its integration key itself. The
 * PagerDuty and Opsgenie paths are where those tools' clients post (`/v2/...`), so a client only needs
 * its base URL changed; the others live under /api/v1/ingest/. Every 2xx is sent after the commit.
 */

/** Larger requests are refused with 413 in the tool's own format. */
export const INGEST_BODY_LIMIT = 512 * 1024;

const PdAccepted = z.object({ status: z.literal('success'), message: z.string(), dedup_key: z.string() });
const PdChangeAccepted = z.object({ status: z.literal('success'), message: z.string() });
const PdV1Accepted = z.object({ status: z.literal('success'), message: z.string(), incident_key: z.string() });
const OgAccepted = z.object({ result: z.string(), took: z.number(), requestId: z.string() });
const OgError = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
  took: z.number(),
  requestId: z.string(),
});
const OgResponses = { 202: OgAccepted, 400: OgError, 401: OgError, 413: OgError, 422: OgError, 429: OgError };
const OgRequestStatus = z.object({
  data: z.object({
    success: z.boolean(),
    action: z.string(),
    processedAt: z.string(),
    integrationId: z.string(),
    isSuccess: z.boolean(),
    status: z.string(),
    alertId: z.string(),
    alias: z.string(),
  }),
  took: z.number(),
  requestId: z.string(),
});
const OgRequestParams = z.object({ requestId: z.string().min(1).max(1000) });
const PdInvalid = z.object({ status: z.string(), message: z.string(), errors: z.array(z.string()) });
const HookAccepted = z.object({ status: z.literal('success'), received: z.number().int(), alerts: z.array(z.string().nullable()) });
const GenericAccepted = z.object({ data: z.object({ dedupKey: z.string(), alertId: z.string().nullable(), status: z.string() }) });
const KeyParam = z.object({ key: z.string().min(1).max(200) });
const OgParams = z.object({ identifier: z.string().min(1).max(512) });
const OgQuery = z.object({ identifierType: z.string().optional() });
const OgHeartbeatParams = z.object({ name: z.string().min(1).max(200) });

type Raw = { raw: string; bytes: Buffer };
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The imitated tool whose error format a route answers in. */
    wire?: 'pagerduty' | 'opsgenie';
  }
}

/** The body as sent: bad JSON is a problem of the tool's format, not a framework 400. */
function bodyOf(req: FastifyRequest): Raw & { json: unknown; problem: string | null } {
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const raw = bytes.toString('utf8');
  if (!raw.trim()) return { raw, bytes, json: undefined, problem: null };
  try {
    const json = JSON.parse(raw) as unknown;
    return { raw, bytes, json, problem: screenJson(json) };
  } catch {
    return { raw, bytes, json: undefined, problem: 'is not valid JSON' };
  }
}

// ---- the tools' error bodies ----

/** What PagerDuty's Events API v2 schema documents for a body that is not JSON (or not an event object). */
const pdUnrecognized = (reply: FastifyReply, problem: string) =>
  reply.status(400).send({
    status: 'Unrecognized object',
    message: 'Event object format is unrecognized',
    errors: [problem === 'is not valid JSON' ? 'JSON parse error' : `Event object ${problem}`],
  });

const pdInvalid = (reply: FastifyReply, errors: string[], status = 400, message = 'Event object is invalid') =>
  reply.status(status).send({ status: 'invalid event', message, errors });

/**
 * `took`: seconds since the request arrived, as Opsgenie reports it. The same request id and time
 * go in the headers Opsgenie documents on every answer (X-Request-Id, X-Response-Time,
 * X-RateLimit-State): opsgenie-go-sdk-v2 takes the request id from the header, and warns when
 * the rate-limit state is missing.
 */
const ogBody = (reply: FastifyReply, message: string, extra: Record<string, unknown> = {}, requestId: string = randomUUID()) => {
  const took = Math.max(0.001, Math.round(reply.elapsedTime * 1000) / 1e6);
  reply
    .header('x-request-id', requestId)
    .header('x-response-time', String(took))
    .header('x-ratelimit-state', reply.statusCode === 429 ? 'THROTTLED' : 'OK');
  return { message, ...extra, took, requestId };
};

/** Framework and database errors on the PagerDuty and Opsgenie routes, in those tools' formats. */
function wireError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const wire = req.routeOptions.config?.wire;
  const status = err instanceof AppError ? err.status : (err.statusCode ?? 500);
  const unavailable = status >= 500;
  if (unavailable) req.log.error({ err }, 'alert ingestion failed');
  const code = unavailable ? 503 : status;
  if (unavailable) reply.header('retry-after', '2');
  if (wire === 'pagerduty') {
    if (code === 413) return pdInvalid(reply, ['Event object is too large (at most 512 KB)'], 413, 'Request entity too large');
    if (unavailable)
      return reply.status(503).send({ status: 'unavailable', message: 'Try again shortly', errors: ['Service unavailable'] });
    return pdInvalid(reply, [err.message], code >= 400 && code < 500 ? (code === 404 ? 400 : code) : 400);
  }
  if (code === 413) return reply.status(413).send(ogBody(reply, 'Request entity too large.'));
  if (unavailable) return reply.status(503).send(ogBody(reply, 'Service unavailable, try again shortly.'));
  return reply.status(code >= 400 && code < 500 ? code : 400).send(ogBody(reply, err.message));
}

// ---- rate limit (per integration, per instance: rateLimit.ts) ----

const tooFast = (limit: number | null) => `More than ${limit} events per minute for this integration; retry later`;

/** PagerDuty documents 429 for events sent too fast; the body follows its error objects. */
const pdTooFast = (reply: FastifyReply, wait: number, limit: number | null) =>
  reply
    .status(429)
    .header('retry-after', String(wait))
    .send({ status: 'throttle exceeded', message: 'Requests for this integration are arriving too quickly', errors: [tooFast(limit)] });

const ogTooFast = (_req: FastifyRequest, reply: FastifyReply, wait: number, limit: number | null) =>
  reply
    .status(429)
    .header('retry-after', String(wait))
    .header('x-ratelimit-reason', 'INTEGRATION')
    .header('x-ratelimit-period-in-sec', String(wait))
    .send(ogBody(reply.status(429), tooFast(limit)));

/** Alertmanager, Grafana and generic: Firebreak's envelope (429 `rate_limited`, Retry-After). */
function checkLimit(deps: Deps, integration: { id: string; rate_limit_per_minute: number | null }, events: number) {
  const wait = overLimit(deps, integration, events);
  if (wait) throw new RateLimitedError(tooFast(integration.rate_limit_per_minute), wait);
}

// ---- keys ----

/**
 * The key from `Authorization`: `Bearer <key>` (Alertmanager's `http_config.authorization`, and
 * its `bearer_token_file`), any other scheme Grafana's "Authorization Header – Scheme" or
 * Alertmanager's `authorization.type` may name (`<scheme> <key>`), or HTTP Basic (Alertmanager's
 * `basic_auth`, Grafana's username/password): the password, or the username when the password is empty.
 */
function bearerOrBasic(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (h === undefined) return null;
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(String(h));
  if (!m) return null;
  if (m[1].toLowerCase() !== 'basic') return m[2];
  const decoded = Buffer.from(m[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return decoded || null;
  return decoded.slice(colon + 1) || decoded.slice(0, colon) || null;
}

async function hookIntegration(deps: Deps, req: FastifyRequest, key: string | undefined, format: IntegrationFormat) {
  const given = key ?? bearerOrBasic(req);
  if (!given)
    throw new UnauthenticatedError(
      `Send the integration key in the URL (/api/v1/ingest/${format}/<key>) or as "Authorization: Bearer <key>"`,
    );
  const integration = await integrationForKey(deps, given, [format]);
  if (!integration) throw new UnauthenticatedError(`This key is not the key of a ${format} integration (unknown, rotated out or archived)`);
  return integration;
}

/** How far a signed Grafana timestamp may be from our clock (replays of an old request are refused). */
export const GRAFANA_TIMESTAMP_TOLERANCE_S = 300;

/**
 * Grafana (grafana/alerting http/hmac.go) signs the body, or `<unix seconds>:<body>` when the contact
 * point names a timestamp header, with HMAC-SHA256 and sends the hex digest in
 * `X-Grafana-Alerting-Signature` — or in the header the contact point names instead: any header
 * whose name contains `signature` is tried, and any whose name contains `timestamp` as the timestamp.
 * A signature over a timestamp holds only within GRAFANA_TIMESTAMP_TOLERANCE_S of `nowMs`, so a
 * captured request cannot be replayed later. `stale`: the signature matched, the timestamp is too old.
 */
export function grafanaSignature(
  secret: string,
  bytes: Buffer,
  headers: FastifyRequest['headers'],
  nowMs: number,
): 'valid' | 'invalid' | 'stale' {
  const sigs: Buffer[] = [];
  const candidates: { data: Buffer; at: number | null }[] = [{ data: bytes, at: null }];
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') continue;
    if (/signature/i.test(name) && /^\s*[0-9a-f]{64}\s*$/i.test(value)) sigs.push(Buffer.from(value.trim().toLowerCase(), 'hex'));
    else if (/timestamp/i.test(name) && value.length <= 40)
      candidates.push({
        data: Buffer.concat([Buffer.from(`${value}:`), bytes]),
        at: /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN,
      });
  }
  // A few of each: a request stuffed with headers must not make us hash its body hundreds of times.
  if (sigs.length > 4 || candidates.length > 5) return 'invalid';
  if (!sigs.length) return 'invalid';
  const matched = candidates.filter(({ data }) => {
    const mac = createHmac('sha256', secret).update(data).digest();
    return sigs.some((want) => timingSafeEqual(mac, want));
  });
  if (!matched.length) return 'invalid';
  const fresh = (at: number | null) => at === null || Math.abs(nowMs / 1000 - at) <= GRAFANA_TIMESTAMP_TOLERANCE_S;
  return matched.some((m) => fresh(m.at)) ? 'valid' : 'stale';
}

export function alertIngestRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // Bodies are read as bytes (Grafana's signature is over them) and parsed here, whatever the content type.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: INGEST_BODY_LIMIT }, (_req, body, done) => done(null, body));
    const pd = { auth: 'public' as const, wire: 'pagerduty' as const };
    const og = { auth: 'public' as const, wire: 'opsgenie' as const };
    /** The opening the PagerDuty handlers share: the body (400), its fields (400) and the key (400), each in PagerDuty's format. */
    const pdRequest = async <T extends { routingKey: string }>(
      req: FastifyRequest,
      reply: FastifyReply,
      parse: (json: unknown) => Parsed<T>,
      badKey: string,
    ) => {
      const body = bodyOf(req);
      if (body.problem) return { sent: pdUnrecognized(reply, body.problem) };
      const parsed = parse(body.json);
      if (!parsed.ok) return { sent: pdInvalid(reply, parsed.errors) };
      const integration = await integrationForKey(deps, parsed.value.routingKey, ['pagerduty']);
      if (!integration) return { sent: pdInvalid(reply, [badKey]) };
      const raw = withoutKey(body.raw, parsed.value.routingKey);
      return { value: parsed.value, integration, raw, wait: overLimit(deps, integration, 1) };
    };

    // ---- PagerDuty Events API v2 ----
    app.post(
      '/v2/enqueue',
      {
        config: pd,
        errorHandler: wireError,
        // The hot ingest route: the zod pass over each answer was a few µs of every event's CPU.
        serializerCompiler: writtenAsBuilt,
        schema: {
          tags: ['alerts in'],
          summary: 'PagerDuty Events API v2: trigger, acknowledge or resolve an alert (routing_key = integration key)',
          response: { 202: PdAccepted, 400: PdInvalid, 413: PdInvalid, 429: PdInvalid },
        },
      },
      async (req, reply) => {
        const r = await pdRequest(req, reply, (json) => parsePagerDuty(json, routingKeyHeader(req)), 'Invalid routing key');
        if ('sent' in r) return r.sent;
        if (r.wait) return pdTooFast(reply, r.wait, r.integration.rate_limit_per_minute);
        const [out] = await ingest(deps, r.integration, [r.value.event], r.raw);
        return reply.status(202).send({ status: 'success', message: 'Event processed', dedup_key: out.dedupKey });
      },
    );
    app.post(
      '/v2/change/enqueue',
      {
        config: pd,
        errorHandler: wireError,
        schema: {
          tags: ['alerts in'],
          summary: 'PagerDuty Change Events: recorded on the service',
          response: { 202: PdChangeAccepted, 400: PdInvalid, 413: PdInvalid, 429: PdInvalid },
        },
      },
      async (req, reply) => {
        const r = await pdRequest(req, reply, (json) => parsePagerDutyChange(json, routingKeyHeader(req)), 'Invalid routing key');
        if ('sent' in r) return r.sent;
        if (r.wait) return pdTooFast(reply, r.wait, r.integration.rate_limit_per_minute);
        await recordChange(deps, r.integration, r.value, r.raw);
        return reply.status(202).send({ status: 'success', message: 'Change event processed' });
      },
    );

    // PagerDuty Events API v1: 200 with `incident_key`; its documented rate-limit answer is 403.
    app.post(
      '/generic/2010-04-15/create_event.json',
      {
        config: pd,
        errorHandler: wireError,
        schema: {
          tags: ['alerts in'],
          summary: 'PagerDuty Events API v1 (deprecated; service_key = integration key): trigger, acknowledge or resolve by incident_key',
          response: { 200: PdV1Accepted, 400: PdInvalid, 403: PdInvalid, 413: PdInvalid },
        },
      },
      async (req, reply) => {
        const r = await pdRequest(req, reply, parsePagerDutyV1, 'Service key is invalid');
        if ('sent' in r) return r.sent;
        if (r.wait)
          return reply
            .status(403)
            .header('retry-after', String(r.wait))
            .send({
              status: 'throttle exceeded',
              message: 'Requests for this service are arriving too quickly',
              errors: [tooFast(r.integration.rate_limit_per_minute)],
            });
        const [out] = await ingest(deps, r.integration, [r.value.event], r.raw);
        return reply.status(200).send({ status: 'success', message: 'Event processed', incident_key: out.dedupKey });
      },
    );

    // ---- Opsgenie Alert API ----
    const genieKey = async (req: FastifyRequest) => {
      const key = opsgenieKey(req.headers.authorization, req.url);
      return key ? integrationForKey(deps, key, ['opsgenie']) : null;
    };
    /** The opening both by-identifier handlers share: the key (401), `identifierType` (422) and the body (400), each in Opsgenie's format. */
    const genieRequest = async (req: FastifyRequest<{ Querystring: { identifierType?: string } }>, reply: FastifyReply) => {
      const integration = await genieKey(req);
      if (!integration) return { sent: reply.status(401).send(ogBody(reply, 'Could not authenticate')) };
      const type = req.query.identifierType ?? 'id';
      if (!['id', 'alias', 'tiny'].includes(type))
        return {
          sent: reply.status(422).send(
            ogBody(reply, 'Request body is not processable. Please check the errors.', {
              errors: { identifierType: 'identifierType should be one of [id, alias, tiny].' },
            }),
          ),
        };
      const body = bodyOf(req);
      if (body.problem) return { sent: reply.status(400).send(ogBody(reply, `Request body ${body.problem}`)) };
      return { integration, type, body };
    };
    app.post(
      '/v2/alerts',
      {
        config: og,
        errorHandler: wireError,
        schema: {
          tags: ['alerts in'],
          summary: 'Opsgenie Alert API: create an alert (alias = dedup key; Authorization: GenieKey <integration key>)',
          response: OgResponses,
        },
      },
      async (req, reply) => {
        const integration = await genieKey(req);
        if (!integration) return reply.status(401).send(ogBody(reply, 'Could not authenticate'));
        const body = bodyOf(req);
        if (body.problem) return reply.status(400).send(ogBody(reply, `Request body ${body.problem}`));
        const parsed = parseOpsgenieCreate(body.json);
        if (!parsed.ok)
          return reply
            .status(422)
            .send(ogBody(reply, 'Request body is not processable. Please check the errors.', { errors: parsed.errors }));
        const wait = overLimit(deps, integration, 1);
        if (wait) return ogTooFast(req, reply, wait, integration.rate_limit_per_minute);
        const requestId = randomUUID();
        await ingest(deps, integration, [parsed.value], body.raw, (tx, [out]) =>
          insertRequestStatus(tx, deps.clock.now(), integration, requestId, 'Create', out.alertId, out.dedupKey),
        );
        return reply.status(202).send(ogAccepted(reply, requestId));
      },
    );
    for (const action of ['close', 'acknowledge', 'notes'] as const) {
      app.post(
        `/v2/alerts/:identifier/${action}`,
        {
          config: og,
          errorHandler: wireError,
          schema: {
            tags: ['alerts in'],
            summary: `Opsgenie Alert API: ${action === 'notes' ? 'add a note to' : action} an alert by id or alias (identifierType)`,
            params: OgParams,
            querystring: OgQuery,
            response: OgResponses,
          },
        },
        async (req, reply) => {
          const opened = await genieRequest(req, reply);
          if ('sent' in opened) return opened.sent;
          const { integration, type, body } = opened;
          const parsed = parseOpsgenieAction(body.json, action === 'notes');
          if (!parsed.ok)
            return reply
              .status(422)
              .send(ogBody(reply, 'Request body is not processable. Please check the errors.', { errors: parsed.errors }));
          // Opsgenie processes these asynchronously: an unknown alert is accepted here too (and dropped).
          const wait = overLimit(deps, integration, 1);
          if (wait) return ogTooFast(req, reply, wait, integration.rate_limit_per_minute);
          const name: OgAction = action === 'close' ? 'Close' : action === 'acknowledge' ? 'Acknowledge' : 'AddNote';
          if (type === 'tiny') return reply.status(202).send(ogAccepted(reply, await recordRequest(deps, integration, name)));
          const event: IncomingEvent = {
            action: action === 'close' ? 'resolve' : action === 'acknowledge' ? 'acknowledge' : 'note',
            dedupKey: req.params.identifier,
            byAlertId: type === 'id',
            payload: parsed.value,
          };
          const requestId = randomUUID();
          await ingest(deps, integration, [event], body.raw, (tx, [out]) =>
            insertRequestStatus(
              tx,
              deps.clock.now(),
              integration,
              requestId,
              name,
              out.alertId,
              out.alertId ? out.dedupKey : type === 'alias' ? req.params.identifier : null,
            ),
          );
          return reply.status(202).send(ogAccepted(reply, requestId));
        },
      );
    }
    // Alertmanager's Opsgenie notifier sends these after each create when `update_alerts: true`.
    for (const field of ['message', 'description'] as const) {
      app.put(
        `/v2/alerts/:identifier/${field}`,
        {
          config: og,
          errorHandler: wireError,
          schema: {
            tags: ['alerts in'],
            summary: `Opsgenie Alert API: update the ${field} of an open alert by id or alias (identifierType)`,
            params: OgParams,
            querystring: OgQuery,
            response: OgResponses,
          },
        },
        async (req, reply) => {
          const opened = await genieRequest(req, reply);
          if ('sent' in opened) return opened.sent;
          const { integration, type, body } = opened;
          const parsed = parseOpsgenieUpdate(body.json, field);
          if (!parsed.ok)
            return reply
              .status(422)
              .send(ogBody(reply, 'Request body is not processable. Please check the errors.', { errors: parsed.errors }));
          const wait = overLimit(deps, integration, 1);
          if (wait) return ogTooFast(req, reply, wait, integration.rate_limit_per_minute);
          const name: OgAction = field === 'message' ? 'UpdateMessage' : 'UpdateDescription';
          if (type === 'tiny') return reply.status(202).send(ogAccepted(reply, await recordRequest(deps, integration, name)));
          const requestId = randomUUID();
          await updateAlertText(deps, integration, req.params.identifier, type === 'id', parsed.value, body.json, (tx, updated) =>
            insertRequestStatus(
              tx,
              deps.clock.now(),
              integration,
              requestId,
              name,
              updated?.id ?? null,
              updated?.alias ?? (type === 'alias' ? req.params.identifier : null),
            ),
          );
          return reply.status(202).send(ogAccepted(reply, requestId));
        },
      );
    }
    app.get(
      '/v2/alerts/requests/:requestId',
      {
        config: og,
        errorHandler: wireError,
        schema: {
          tags: ['alerts in'],
          summary: 'Opsgenie Alert API: the status of a request (the requestId of a 202 answer), as its SDKs poll it',
          params: OgRequestParams,
          response: { 200: OgRequestStatus, 401: OgError, 404: OgError },
        },
      },
      async (req, reply) => {
        const integration = await genieKey(req);
        if (!integration) return reply.status(401).send(ogBody(reply, 'Could not authenticate'));
        const data = await requestStatus(deps, integration, req.params.requestId);
        if (!data) return reply.status(404).send(ogBody(reply, 'Request not found. It might not be processed, yet.'));
        const { message: _, ...rest } = ogBody(reply, '');
        return reply.status(200).send({ data, ...rest });
      },
    );

    // Opsgenie's Heartbeat API ping: a check-in of the heartbeat of that name filed under the key's
    // integration. Opsgenie answers PONG without checking that the heartbeat exists; so does this.
    app.route({
      method: ['GET', 'POST', 'PUT', 'PATCH'],
      url: '/v2/heartbeats/:name/ping',
      config: og,
      errorHandler: wireError,
      schema: {
        tags: ['alerts in'],
        summary: 'Opsgenie Heartbeat API: ping the heartbeat of that name filed under the integration (Authorization: GenieKey <key>)',
        params: OgHeartbeatParams,
        response: { 202: OgAccepted, 400: OgError, 401: OgError, 413: OgError },
      },
      handler: async (req, reply) => {
        const integration = await genieKey(req);
        if (!integration) return reply.status(401).send(ogBody(reply, 'Could not authenticate'));
        // The ping reads no body, but one that is sent must be JSON (Opsgenie's 400 "Invalid JSON body").
        const body = bodyOf(req);
        if (body.problem) return reply.status(400).send(ogBody(reply, `Request body ${body.problem}`));
        await checkInByName(deps, integration.id, req.params.name);
        return reply.status(202).send(ogAccepted(reply, randomUUID(), 'PONG - Heartbeat received'));
      },
    });

    // ---- Alertmanager, Grafana, generic JSON (Firebreak error envelope) ----
    for (const format of ['alertmanager', 'grafana'] as const) {
      const handler = async (req: FastifyRequest<{ Params: { key?: string } }>, reply: FastifyReply) => {
        const integration = await hookIntegration(deps, req, req.params.key, format);
        const body = bodyOf(req);
        if (body.problem || body.json === undefined) throw new InputError(`body: ${body.problem ?? 'missing'}`, { field: 'body' });
        const signature = integration.signing_secret
          ? grafanaSignature(integration.signing_secret, body.bytes, req.headers, deps.clock.now().getTime())
          : 'valid';
        if (signature === 'invalid')
          throw new UnauthenticatedError(
            'X-Grafana-Alerting-Signature is missing or does not match the body (HMAC-SHA256 with the secret)',
          );
        if (signature === 'stale')
          throw new UnauthenticatedError(
            `The signed timestamp is more than ${GRAFANA_TIMESTAMP_TOLERANCE_S} s from this server's clock (a replayed request, or a clock to set right)`,
          );
        const parsed = parseAlertmanager(body.json);
        if (!parsed.ok) throw new InputError(parsed.errors[0], { errors: parsed.errors });
        checkLimit(deps, integration, parsed.value.length);
        const out = await ingest(deps, integration, parsed.value, body.raw);
        return reply.status(200).send({ status: 'success' as const, received: out.length, alerts: out.map((o) => o.alertId) });
      };
      const schema = {
        tags: ['alerts in'],
        summary: `${format === 'grafana' ? 'Grafana alerting' : 'Prometheus Alertmanager'} webhook (key in the path or Authorization: Bearer)`,
        response: { 200: HookAccepted },
      };
      // Grafana's contact point may be set to PUT instead of POST.
      const methods: ('POST' | 'PUT')[] = format === 'grafana' ? ['POST', 'PUT'] : ['POST'];
      for (const method of methods) {
        app.route({ method, url: `/api/v1/ingest/${format}`, config: { auth: 'public' }, schema, handler });
        app.route({
          method,
          url: `/api/v1/ingest/${format}/:key`,
          config: { auth: 'public' },
          schema: { ...schema, params: KeyParam },
          handler,
        });
      }
    }
    const generic = async (req: FastifyRequest<{ Params: { key?: string } }>, reply: FastifyReply) => {
      const integration = await hookIntegration(deps, req, req.params.key, 'generic');
      const body = bodyOf(req);
      if (body.problem || body.json === undefined) throw new InputError(`body: ${body.problem ?? 'missing'}`, { field: 'body' });
      const parsed = parseGeneric(body.json);
      if (!parsed.ok) throw new InputError(parsed.errors[0], { errors: parsed.errors });
      checkLimit(deps, integration, 1);
      const [out] = await ingest(deps, integration, [parsed.value], body.raw);
      const status = out.dropped ? 'dropped' : parsed.value.action === 'resolve' ? 'resolved' : 'triggered';
      return reply.status(202).send({ data: { dedupKey: out.dedupKey, alertId: out.alertId, status } });
    };
    const genericSchema = {
      tags: ['alerts in'],
      summary: 'Generic JSON alert: title, description, deduplication_key, status firing|resolved, severity, metadata, source_url',
      response: { 202: GenericAccepted },
    };
    app.post('/api/v1/ingest/generic', { config: { auth: 'public' }, schema: genericSchema }, generic);
    app.post('/api/v1/ingest/generic/:key', { config: { auth: 'public' }, schema: { ...genericSchema, params: KeyParam } }, generic);
  };
}

/** Opsgenie's 202, under the request id its status was recorded by (opsgenie.ts), in the request's own transaction. */
const ogAccepted = (reply: FastifyReply, requestId: string, result = 'Request will be processed') => {
  const { message, ...rest } = ogBody(reply, result, {}, requestId);
  return { result: message, ...rest };
};

/** The `X-Routing-Key` header some PagerDuty clients send instead of (or besides) `routing_key`. */
const routingKeyHeader = (req: FastifyRequest) => {
  const v = req.headers['x-routing-key'];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};
