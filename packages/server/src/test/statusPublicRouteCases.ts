import { transaction } from '../platform/context.ts';
import type { Fixture, RouteCase } from './routes.ts';

/** Authorization-matrix rows for the public status page and its subscribers, spread into test/routes.ts ROUTES. */
const api = '/api/v1';

/** A confirmed subscriber written directly (the subscribe route is throttled per client; the matrix calls it many times). */
async function subscriber(fx: Fixture, confirmed = true): Promise<{ id: string; confirm: string; manage: string }> {
  const { subscriberToken } = await import('../status/subscribers/tokens.ts');
  const id = crypto.randomUUID();
  const now = fx.t.clock.now().toISOString();
  await transaction(fx.t.deps, (tx) =>
    tx.db
      .insertInto('status_subscribers')
      .values({
        id,
        kind: 'email',
        address: `reader-${fx.seq()}-${id.slice(0, 6)}@example.org`,
        component_ids: null,
        confirmed_at: confirmed ? now : null,
        confirmation_sent_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute(),
  );
  const config = fx.t.deps.config;
  return { id, confirm: subscriberToken(config, 'confirm', id), manage: subscriberToken(config, 'manage', id) };
}

/** The page is off until an admin switches it on (then everything here answers; off, it is 404). */
async function enablePage(fx: Fixture): Promise<void> {
  const res = await fx.t.call(fx.t.admin, 'PUT', `${api}/status-page/settings`, { enabled: true, organisationName: 'Fixture Co' });
  if (res.statusCode !== 200) throw new Error(`fixture: settings answered ${res.statusCode} ${res.body.slice(0, 200)}`);
}
const on = (url: string) => async (fx: Fixture) => {
  await enablePage(fx);
  return { url };
};

export const STATUS_PUBLIC_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/status/page.css', access: 'public', build: async () => ({ url: '/status/page.css' }) },
  { method: 'GET', route: '/status', access: 'public', build: on('/status') },
  { method: 'GET', route: '/status/history', access: 'public', build: on('/status/history') },
  { method: 'GET', route: '/status/history.rss', access: 'public', build: on('/status/history.rss') },
  { method: 'GET', route: '/status/history.atom', access: 'public', build: on('/status/history.atom') },
  {
    method: 'GET',
    route: '/status/incidents/:id',
    access: 'public',
    ok: 404,
    build: on('/status/incidents/not-published'),
  },
  {
    method: 'GET',
    route: '/status/maintenances/:id',
    access: 'public',
    ok: 404,
    build: on('/status/maintenances/not-announced'),
  },
  { method: 'GET', route: '/status/subscribe', access: 'public', build: on('/status/subscribe?result=pending') },
  {
    method: 'POST',
    route: '/status/subscribe',
    access: 'public',
    ok: 202,
    // The matrix calls it many times from one client address: each call starts with fresh throttle counts.
    build: async (fx) => {
      await enablePage(fx);
      await fx.t.deps.db.deleteFrom('status_subscribe_throttle').execute();
      return { url: '/status/subscribe', body: { email: `someone-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}@example.org` } };
    },
  },
  {
    method: 'GET',
    route: '/status/confirm/:token',
    access: 'public',
    build: async (fx) => ({ url: `/status/confirm/${(await subscriber(fx, false)).confirm}` }),
  },
  {
    method: 'POST',
    route: '/status/confirm/:token',
    access: 'public',
    build: async (fx) => ({ url: `/status/confirm/${(await subscriber(fx, false)).confirm}`, body: {} }),
  },
  {
    method: 'GET',
    route: '/status/manage/:token',
    access: 'public',
    build: async (fx) => ({ url: `/status/manage/${(await subscriber(fx)).manage}` }),
  },
  {
    method: 'POST',
    route: '/status/manage/:token',
    access: 'public',
    ok: 303,
    build: async (fx) => ({ url: `/status/manage/${(await subscriber(fx)).manage}`, body: { scope: 'all' } }),
  },
  {
    method: 'GET',
    route: '/status/unsubscribe/:token',
    access: 'public',
    build: async (fx) => ({ url: `/status/unsubscribe/${(await subscriber(fx)).manage}` }),
  },
  {
    method: 'POST',
    route: '/status/unsubscribe/:token',
    access: 'public',
    build: async (fx) => ({ url: `/status/unsubscribe/${(await subscriber(fx)).manage}`, body: { 'List-Unsubscribe': 'One-Click' } }),
  },
  { method: 'GET', route: `${api}/status-page/subscribers`, access: 'admin', build: () => ({ url: `${api}/status-page/subscribers` }) },
  {
    method: 'PATCH',
    route: `${api}/status-page/subscribers/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/status-page/subscribers/${(await subscriber(fx)).id}`, body: { enabled: true } }),
  },
  {
    method: 'DELETE',
    route: `${api}/status-page/subscribers/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/status-page/subscribers/${(await subscriber(fx)).id}` }),
  },
];
