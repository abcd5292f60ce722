import {
  MarkAllReadBody,
  MarkReadBody,
  NotificationParams,
  NotificationSettingsBody,
  NotificationSettingsView,
  NotificationsQuery,
  NotificationView,
  RefParams,
  ServiceParams,
  StakeholderBody,
  StakeholderParams,
  StakeholderView,
  SubscriptionBody,
  SubscriptionParams,
  SubscriptionView,
  UnsubscribeBody,
  UnsubscribeParams,
  UpdateReminderView,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Deps, reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { serveStream } from '../platform/sse.ts';
import {
  addServiceStakeholder,
  listStakeholders,
  markAllRead,
  markNotificationRead,
  presentSubscriptions,
  readNotifications,
  removeServiceStakeholder,
  subscribe,
  unreadCount,
  unsubscribeAddress,
  unsubscribeFrom,
} from './manage.ts';
import { updateReminder } from './reminderView.ts';
import { readSettings, updateSettings } from './settings.ts';
import { verifyUnsubscribeToken } from './unsubscribeLink.ts';

const tags = ['notifications'];
const invalidLink = () =>
  new NotFoundError('This unsubscribe link is not valid: use the link from the e-mail as it is', 'unsubscribe_link_invalid');
const Unread = z.object({ data: z.object({ unread: z.number().int() }) });
const Subs = { 200: z.object({ data: z.array(SubscriptionView) }) };
const Stakeholders = { 200: z.object({ data: z.array(StakeholderView) }) };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#212529"><main><h1 style="font-size:1.4rem">${esc(title)}</h1>${body}</main></body></html>`;

/** The signed-in person's notifications, subscriptions and settings; service stakeholder lists; the public unsubscribe link. */
export function notificationRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // RFC 8058 one-click unsubscribe posts a form body (List-Unsubscribe=One-Click); nothing else here takes forms.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    app.get(
      '/me/notifications',
      {
        schema: {
          tags,
          summary: 'My notifications, newest first (keyset cursor; unread=true for unread only)',
          querystring: NotificationsQuery,
          response: { 200: z.object({ data: z.array(NotificationView), nextCursor: z.string().nullable(), unread: z.number().int() }) },
        },
      },
      async (req) =>
        readNotifications(req.ctx, {
          unread: req.query.unread === 'true' || req.query.unread === '1',
          limit: req.query.limit,
          cursor: req.query.cursor,
        }),
    );
    app.get(
      '/incidents/:ref/update-reminder',
      {
        schema: {
          tags,
          summary: 'Stakeholder-update cadence of an incident: when the next update is due, who was reminded or told, when',
          params: RefParams,
          response: { 200: z.object({ data: UpdateReminderView }) },
        },
      },
      async (req) => ({ data: await updateReminder(req.ctx, req.params.ref) }),
    );
    app.get(
      '/me/notifications/unread',
      { schema: { tags, summary: 'How many of my notifications are unread', response: { 200: Unread } } },
      async (req) => ({ data: { unread: await unreadCount(req.ctx) } }),
    );
    app.get(
      '/me/notifications/stream',
      {
        exposeHeadRoute: false,
        schema: { tags, summary: 'My unread count, live (Server-Sent Events `unread` with {unread}); references only, never content' },
      },
      async (req, reply) => {
        const ctx = req.ctx;
        const send = async (stream: { send(id: number | null, event: string, data: unknown): void }) =>
          stream.send(null, 'unread', { unread: await unreadCount(ctx) });
        await serveStream(ctx, req, reply, {
          start: send,
          onEvent: async (ev, stream) => {
            // Membership changes can hide a private incident's notifications from the count.
            if (
              (ev.type === 'notification' && ev.userId === ctx.user.id) ||
              ev.type === 'resync' ||
              (ev.type === 'timeline' && ev.kinds.member_removed)
            )
              await send(stream);
          },
        });
      },
    );
    app.post(
      '/me/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one notification read (or unread again)',
          params: NotificationParams,
          body: MarkReadBody,
          response: { 200: Unread },
        },
      },
      async (req) => ({ data: { unread: await markNotificationRead(req.ctx, req.params.id, req.body.read) } }),
    );
    app.post(
      '/me/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark all my notifications read (up to `upTo`, the newest id the reader saw)',
          body: MarkAllReadBody,
          response: { 200: Unread },
        },
      },
      async (req) => ({ data: { unread: await markAllRead(req.ctx, req.body.upTo) } }),
    );

    app.get(
      '/me/notification-settings',
      {
        schema: {
          tags,
          summary: 'My channels per kind of event and quiet hours',
          response: { 200: z.object({ data: NotificationSettingsView }) },
        },
      },
      async (req) => ({ data: await readSettings(req.ctx) }),
    );
    app.put(
      '/me/notification-settings',
      {
        schema: {
          tags,
          summary: 'Choose channels per kind of event and quiet hours (e-mail waits until they end; in-app does not)',
          body: NotificationSettingsBody,
          response: { 200: z.object({ data: NotificationSettingsView }) },
        },
      },
      async (req) => ({ data: await updateSettings(req.ctx, req.body) }),
    );

    app.get('/me/subscriptions', { schema: { tags, summary: 'What I watch', response: Subs } }, async (req) => ({
      data: await presentSubscriptions(reader(req.ctx), req.ctx),
    }));
    app.post(
      '/me/subscriptions',
      {
        schema: {
          tags,
          summary: 'Watch an incident, a service, or everything at or above a severity',
          body: SubscriptionBody,
          response: Subs,
        },
      },
      async (req) => ({ data: await subscribe(req.ctx, req.body.target, req.body.id) }),
    );
    app.delete(
      '/me/subscriptions/:target/:id',
      { schema: { tags, summary: 'Stop watching', params: SubscriptionParams, response: Subs } },
      async (req) => ({ data: await unsubscribeFrom(req.ctx, req.params.target, req.params.id) }),
    );

    app.get(
      '/services/:service/stakeholders',
      {
        schema: {
          tags,
          summary: "A service's stakeholder list (told of declarations, updates and retrospectives)",
          params: ServiceParams,
          response: Stakeholders,
        },
      },
      async (req) => ({ data: await listStakeholders(req.ctx, req.params.service) }),
    );
    app.post(
      '/services/:service/stakeholders',
      {
        schema: {
          tags,
          summary: 'Add an address to a service stakeholder list (no account needed; responders and admins)',
          params: ServiceParams,
          body: StakeholderBody,
          response: Stakeholders,
        },
      },
      async (req) => ({ data: await addServiceStakeholder(req.ctx, req.params.service, req.body.email) }),
    );
    app.delete(
      '/services/:service/stakeholders/:stakeholderId',
      { schema: { tags, summary: 'Remove an address from a service stakeholder list', params: StakeholderParams, response: Stakeholders } },
      async (req) => ({ data: await removeServiceStakeholder(req.ctx, req.params.service, req.params.stakeholderId) }),
    );

    const pub = { auth: 'public' as const };
    app.get(
      '/unsubscribe/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'The unsubscribe confirmation page of an e-mail link',
          params: UnsubscribeParams,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const email = verifyUnsubscribeToken(deps.config, req.params.token);
        if (!email) throw invalidLink();
        reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
        return reply.send(
          page(
            'Unsubscribe from Firebreak e-mail',
            `<p>Stop sending notification e-mail to <strong>${esc(email)}</strong>?</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
          ),
        );
      },
    );
    app.post(
      '/unsubscribe/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'One-click unsubscribe (RFC 8058)',
          params: UnsubscribeParams,
          body: UnsubscribeBody,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const email = verifyUnsubscribeToken(deps.config, req.params.token);
        if (!email) throw invalidLink();
        reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store');
        await unsubscribeAddress(deps, email);
        return reply.send(
          page(
            'You are unsubscribed',
            `<p>${esc(email)} gets no more notification e-mail from Firebreak. People with an account can turn e-mail back on in their account settings.</p>`,
          ),
        );
      },
    );
  };
}
