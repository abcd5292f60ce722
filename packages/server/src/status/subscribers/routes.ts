import {
  EmptyBody,
  StatusManageBody,
  StatusSubscribeBody,
  StatusSubscribePending,
  StatusSubscriberList,
  StatusSubscribersQuery,
  StatusSubscriberView,
  StatusUnsubscribeBody,
  StatusWebhookSubscribed,
  UpdateStatusSubscriberBody,
} from '@firebreak/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { AppError, InputError } from '../../platform/errors.ts';
import { baseFor } from '../page/host.ts';
import { paths } from '../page/layout.ts';
import { sendErrorPage, sendPrivate } from '../page/respond.ts';
import { pageOrPlain } from '../page/source.ts';
import { listStatusSubscribers, removeStatusSubscriber, setStatusSubscriberEnabled } from './admin.ts';
import { manageUrl } from './links.ts';
import {
  isResultCode,
  type ResultCode,
  renderConfirm,
  renderInvalidLink,
  renderManage,
  renderSubscribe,
  renderUnsubscribe,
  renderWebhookCreated,
} from './pages.ts';
import { changeComponents, confirmSubscription, subscribeEmail, subscriberFromLink, subscribeWebhook, unsubscribe } from './subscribe.ts';
import { webhookSecret } from './tokens.ts';

const tags = ['status page'];
const pub = { auth: 'public' as const };
const TokenParams = z.object({ token: z.string().min(1).max(200) });
const ResultQuery = z.object({ result: z.string().max(40).optional() });
const FORM = 'application/x-www-form-urlencoded';

/** Forms post `application/x-www-form-urlencoded`; a repeated field (`components`) becomes an array. */
function parseForm(_req: FastifyRequest, body: string, done: (err: Error | null, body?: unknown) => void) {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  done(null, out);
}

const isForm = (req: FastifyRequest) => String(req.headers['content-type'] ?? '').startsWith(FORM);

/** The components chosen: null for everything (scope=all, or JSON without `components`). */
function chosen(body: { scope?: 'all' | 'some'; components?: string | string[] }): string[] | null {
  if (body.scope === 'all') return null;
  if (body.components === undefined) {
    if (body.scope === 'some') throw new InputError('Choose at least one component, or everything', { field: 'components' });
    return null;
  }
  return Array.isArray(body.components) ? body.components : [body.components];
}

/** What an error means to a person who used the form (a message code; nothing they typed is echoed). */
function resultOf(err: unknown): ResultCode | null {
  if (!(err instanceof AppError)) return null;
  if (err.code === 'rate_limited') return 'throttled';
  if (err.code === 'status_subscriber_exists') return 'exists';
  if (err.code === 'webhook_url_not_allowed') return 'invalid_webhook';
  const field = (err.details as { field?: string } | undefined)?.field;
  if (field === 'email') return 'invalid_email';
  if (field === 'webhook') return 'invalid_webhook';
  if (field === 'components') return 'invalid_components';
  return null;
}

const ip = (req: FastifyRequest) => req.ip || '0.0.0.0';

/**
 * Subscribing to the public status page (no sign-in): the form (works without JavaScript: POST,
 * then a redirect with a message) and JSON; confirmation, manage and one-click unsubscribe links.
 */
export function statusSubscriberRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 16 * 1024 }, parseForm);

    const base = (req: FastifyRequest) => baseFor(deps.config, req.headers.host);
    const invalid = async (req: FastifyRequest, reply: FastifyReply, err: AppError) => {
      const m = await pageOrPlain(deps);
      return sendErrorPage(req, reply, err, () => renderInvalidLink(m, base(req)));
    };

    app.get(
      '/status/subscribe',
      {
        config: pub,
        schema: {
          tags,
          summary: 'The subscribe page (e-mail, webhook, feeds; HTML)',
          querystring: ResultQuery,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const m = await pageOrPlain(deps);
        const result = isResultCode(req.query.result) ? req.query.result : null;
        return sendPrivate(reply, renderSubscribe(m, base(req), result));
      },
    );

    app.post(
      '/status/subscribe',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Subscribe by e-mail (double opt-in: a confirmation mail first) or webhook; a form post is redirected with a message',
          body: StatusSubscribeBody,
          security: [],
          response: { 201: StatusWebhookSubscribed, 202: StatusSubscribePending },
        },
      },
      async (req, reply) => {
        const form = isForm(req);
        const p = paths(base(req));
        try {
          const components = chosen(req.body);
          if (req.body.webhook !== undefined && req.body.email === undefined) {
            const row = await subscribeWebhook(deps, { url: req.body.webhook, components }, ip(req));
            const secret = webhookSecret(deps.config, row.id);
            const manage = manageUrl(deps.config, row.id);
            if (form) return sendPrivate(reply, renderWebhookCreated(await pageOrPlain(deps), base(req), secret, manage), 201);
            return reply.code(201).send({
              data: {
                kind: 'webhook' as const,
                id: row.id,
                url: row.address,
                components: row.component_ids && JSON.parse(row.component_ids),
                secret,
                manageUrl: manage,
              },
            });
          }
          if (req.body.email === undefined || req.body.webhook !== undefined)
            throw new InputError('Give either an e-mail address or a webhook URL', { field: 'email' });
          await subscribeEmail(deps, { email: req.body.email, components }, ip(req));
          if (form) return reply.header('cache-control', 'no-store').redirect(`${p.subscribe}?result=pending`, 303 as 202);
          return reply.code(202).send({
            data: {
              kind: 'email' as const,
              status: 'pending' as const,
              message: 'Check your inbox: a link to confirm was sent to this address',
            },
          });
        } catch (err) {
          const result = form ? resultOf(err) : null;
          if (!result) throw err;
          return reply.header('cache-control', 'no-store').redirect(`${p.subscribe}?result=${result}`, 303 as 202);
        }
      },
    );

    app.get(
      '/status/confirm/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'The confirmation link of a subscription: a page with the button that confirms',
          params: TokenParams,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        try {
          const row = await subscriberFromLink(deps, 'confirm', req.params.token);
          return sendPrivate(
            reply,
            renderConfirm(await pageOrPlain(deps), base(req), req.params.token, row.address, row.confirmed_at !== null),
          );
        } catch (err) {
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );
    app.post(
      '/status/confirm/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Confirms a subscription (double opt-in)',
          params: TokenParams,
          body: EmptyBody,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        try {
          const row = await confirmSubscription(deps, req.params.token);
          return sendPrivate(reply, renderConfirm(await pageOrPlain(deps), base(req), req.params.token, row.address, true));
        } catch (err) {
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );

    app.get(
      '/status/manage/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: "A subscription's manage page: components, unsubscribe",
          params: TokenParams,
          querystring: ResultQuery,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        try {
          const row = await subscriberFromLink(deps, 'manage', req.params.token);
          const result = isResultCode(req.query.result) ? req.query.result : null;
          const ids = row.component_ids ? (JSON.parse(row.component_ids) as string[]) : null;
          return sendPrivate(reply, renderManage(await pageOrPlain(deps), base(req), req.params.token, row.address, ids, result));
        } catch (err) {
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );
    app.post(
      '/status/manage/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Changes which components a subscription covers',
          params: TokenParams,
          body: StatusManageBody,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const to = `${paths(base(req)).manage(req.params.token)}?result=`;
        try {
          await changeComponents(deps, req.params.token, chosen(req.body));
          return reply.header('cache-control', 'no-store').redirect(`${to}saved`, 303);
        } catch (err) {
          const result = resultOf(err);
          if (result) return reply.header('cache-control', 'no-store').redirect(`${to}${result}`, 303);
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );

    app.get(
      '/status/unsubscribe/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'The unsubscribe link of a subscriber e-mail: a page with the button',
          params: TokenParams,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        try {
          await subscriberFromLink(deps, 'manage', req.params.token);
          return sendPrivate(reply, renderUnsubscribe(await pageOrPlain(deps), base(req), req.params.token));
        } catch (err) {
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );
    app.post(
      '/status/unsubscribe/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Unsubscribes (RFC 8058 one-click, and the page button)',
          params: TokenParams,
          body: StatusUnsubscribeBody,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        try {
          await unsubscribe(deps, req.params.token);
          return sendPrivate(reply, renderUnsubscribe(await pageOrPlain(deps), base(req), null));
        } catch (err) {
          if (err instanceof AppError) return invalid(req, reply, err);
          throw err;
        }
      },
    );
  };
}

/** Admins: who subscribed to the status page, turning a webhook subscriber on again, and removing a subscriber. */
export const statusSubscriberAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/status-page/subscribers',
    {
      schema: {
        tags,
        summary: 'Status page subscribers: counts and the newest (admins)',
        querystring: StatusSubscribersQuery,
        response: { 200: StatusSubscriberList },
      },
    },
    async (req) => listStatusSubscribers(req.ctx, req.query.limit),
  );
  app.patch(
    '/status-page/subscribers/:id',
    {
      schema: {
        tags,
        summary: 'Turns a status page subscriber on again after repeated failures (or off) (admins; audited)',
        params: z.object({ id: z.string().min(1).max(100) }),
        body: UpdateStatusSubscriberBody,
        response: { 200: z.object({ data: StatusSubscriberView }) },
      },
    },
    async (req) => ({ data: await setStatusSubscriberEnabled(req.ctx, req.params.id, req.body.enabled) }),
  );
  app.delete(
    '/status-page/subscribers/:id',
    {
      schema: { tags, summary: 'Removes a status page subscriber (admins; audited)', params: z.object({ id: z.string().min(1).max(100) }) },
    },
    async (req, reply) => {
      await removeStatusSubscriber(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  );
};
