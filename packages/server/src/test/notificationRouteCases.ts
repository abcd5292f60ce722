import { unsubscribeToken } from '../notifications/index.ts';
import { transaction } from '../platform/context.ts';
import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/** Authorization-matrix rows for the notifications slice, spread into test/routes.ts ROUTES. */
const api = '/api/v1';

/** A notification of the fixture incident for the caller (no worker runs in route tests). */
async function ownNotification(fx: Fixture, as: TestUser): Promise<number> {
  const entryId = 1_000_000 + fx.seq();
  return transaction(fx.t.deps, async (tx) => {
    const r = await tx.db
      .insertInto('notifications')
      .values({
        user_id: as.id,
        incident_id: fx.incident.id,
        entry_id: entryId,
        seq: entryId,
        kind: 'change',
        title: 'Fixture notification',
        body: null,
        created_at: fx.t.clock.now().toISOString(),
        read_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  });
}

async function stakeholderId(fx: Fixture): Promise<string> {
  const email = `listed-${fx.seq()}@partner.example`;
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/services/${fx.service}/stakeholders`, { email });
  if (res.statusCode !== 200) throw new Error(`fixture: stakeholder ${res.statusCode} ${res.body}`);
  return (res.json().data as { id: string; email: string }[]).find((s) => s.email === email)?.id as string;
}

export const NOTIFICATION_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    route: `${api}/incidents/:ref/update-reminder`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/update-reminder` }),
  },
  { method: 'GET', route: `${api}/settings/communication`, access: 'signedIn', build: () => ({ url: `${api}/settings/communication` }) },
  {
    method: 'PUT',
    route: `${api}/settings/communication`,
    access: 'admin',
    build: (fx) => ({ url: `${api}/settings/communication`, body: { graceMinutes: 5 + (fx.seq() % 20) } }),
  },
  {
    method: 'POST',
    route: `${api}/comms/review`,
    access: 'signedIn',
    build: () => ({ url: `${api}/comms/review`, body: { text: 'Requests to api-3.prod.internal fail with HTTP 503' } }),
  },
  {
    method: 'GET',
    route: `${api}/me/notifications`,
    access: 'signedIn',
    build: () => ({ url: `${api}/me/notifications?unread=true&limit=5` }),
  },
  { method: 'GET', route: `${api}/me/notifications/unread`, access: 'signedIn', build: () => ({ url: `${api}/me/notifications/unread` }) },
  {
    method: 'GET',
    route: `${api}/me/notifications/stream`,
    access: 'signedIn',
    stream: true,
    build: () => ({ url: `${api}/me/notifications/stream` }),
  },
  {
    method: 'POST',
    route: `${api}/me/notifications/:id/read`,
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/me/notifications/${await ownNotification(fx, as)}/read`, body: { read: true } }),
  },
  {
    method: 'POST',
    route: `${api}/me/notifications/read-all`,
    access: 'signedIn',
    build: () => ({ url: `${api}/me/notifications/read-all`, body: { upTo: 2 ** 31 } }),
  },
  {
    method: 'GET',
    route: `${api}/me/notification-settings`,
    access: 'signedIn',
    build: () => ({ url: `${api}/me/notification-settings` }),
  },
  {
    method: 'PUT',
    route: `${api}/me/notification-settings`,
    access: 'signedIn',
    build: () => ({
      url: `${api}/me/notification-settings`,
      body: { channels: { mention: ['in_app'] }, quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } },
    }),
  },
  { method: 'GET', route: `${api}/me/subscriptions`, access: 'signedIn', build: () => ({ url: `${api}/me/subscriptions` }) },
  {
    method: 'POST',
    route: `${api}/me/subscriptions`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/me/subscriptions`, body: { target: 'incident', id: fx.incident.ref } }),
  },
  {
    method: 'POST',
    route: `${api}/me/subscriptions`,
    name: 'service',
    access: 'signedIn',
    build: (fx) => ({ url: `${api}/me/subscriptions`, body: { target: 'service', id: fx.service } }),
  },
  {
    method: 'DELETE',
    route: `${api}/me/subscriptions/:target/:id`,
    access: 'incidentRead',
    build: async (fx, as) => {
      // Watch first (as an admin may see it, write the row directly; the route under test decides visibility).
      await transaction(fx.t.deps, (tx) =>
        tx.db
          .insertInto('notification_subscriptions')
          .values({ user_id: as.id, target: 'incident', target_id: fx.incident.id, created_at: fx.t.clock.now().toISOString() })
          .onConflict((oc) => oc.doNothing())
          .execute(),
      );
      return { url: `${api}/me/subscriptions/incident/${fx.incident.ref}` };
    },
  },
  {
    method: 'GET',
    route: `${api}/services/:service/stakeholders`,
    access: 'worker',
    build: (fx) => ({ url: `${api}/services/${fx.service}/stakeholders` }),
  },
  {
    method: 'POST',
    route: `${api}/services/:service/stakeholders`,
    access: 'worker',
    build: (fx) => ({ url: `${api}/services/${fx.service}/stakeholders`, body: { email: `cfo-${fx.seq()}@customer.example` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/services/:service/stakeholders/:stakeholderId`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/services/${fx.service}/stakeholders/${await stakeholderId(fx)}` }),
  },
  {
    method: 'GET',
    route: `${api}/unsubscribe/:token`,
    access: 'public',
    build: (fx) => ({ url: `${api}/unsubscribe/${unsubscribeToken(fx.t.deps.config, 'reader@partner.example')}` }),
  },
  {
    method: 'POST',
    route: `${api}/unsubscribe/:token`,
    access: 'public',
    build: (fx) => ({
      url: `${api}/unsubscribe/${unsubscribeToken(fx.t.deps.config, `reader-${fx.seq()}@partner.example`)}`,
      body: { 'List-Unsubscribe': 'One-Click' },
    }),
  },
];
