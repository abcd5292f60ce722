import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for maintenance windows and heartbeats (alerts slice; test/routes.ts spreads
 * them into ROUTES). The heartbeat check-in is keyed by its path: POST is an `integrationKey` route;
 * GET (HEAD is its twin) carries no body to judge, so it is listed as `public`, which it is: no sign-in.
 */
const api = '/api/v1';
const inMinutes = (fx: Fixture, n: number) => new Date(fx.t.clock.now().getTime() + n * 60_000).toISOString();

async function window(fx: Fixture, startsIn: number): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/maintenance-windows`, {
    service: fx.service,
    startsAt: inMinutes(fx, startsIn),
    endsAt: inMinutes(fx, startsIn + 60),
    reason: `Fixture window ${fx.seq()}`,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: window answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

async function heartbeat(fx: Fixture): Promise<{ id: string; key: string }> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/heartbeats`, {
    name: `fx-heartbeat-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
    periodSeconds: 3600,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: heartbeat answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data;
}

export const MAINTENANCE_ROUTES: RouteCase[] = [
  // ---- maintenance windows: everyone reads, responders and admins plan ----
  {
    method: 'GET',
    route: `${api}/maintenance-windows`,
    access: 'signedIn',
    build: () => ({ url: `${api}/maintenance-windows?state=active` }),
  },
  {
    method: 'POST',
    route: `${api}/maintenance-windows`,
    access: 'worker',
    ok: 201,
    build: (fx) => ({
      url: `${api}/maintenance-windows`,
      body: { service: fx.service, startsAt: inMinutes(fx, 0), endsAt: inMinutes(fx, 30), reason: `Planned work ${fx.seq()}` },
    }),
  },
  {
    method: 'GET',
    route: `${api}/maintenance-windows/:id`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/maintenance-windows/${await window(fx, 10)}` }),
  },
  {
    method: 'POST',
    route: `${api}/maintenance-windows/:id/end`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/maintenance-windows/${await window(fx, 0)}/end`, body: { note: 'Work finished early' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/maintenance-windows/:id`,
    access: 'worker',
    ok: 204,
    build: async (fx) => ({ url: `${api}/maintenance-windows/${await window(fx, 10)}` }),
  },
  // ---- heartbeats: admins ----
  { method: 'GET', route: `${api}/heartbeats`, access: 'admin', build: () => ({ url: `${api}/heartbeats` }) },
  {
    method: 'POST',
    route: `${api}/heartbeats`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({ url: `${api}/heartbeats`, body: { name: `new-heartbeat-${fx.seq()}`, periodSeconds: 300, graceSeconds: 60 } }),
  },
  {
    method: 'GET',
    route: `${api}/heartbeats/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/heartbeats/${(await heartbeat(fx)).id}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/heartbeats/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/heartbeats/${(await heartbeat(fx)).id}`, body: { paused: true } }),
  },
  {
    method: 'DELETE',
    route: `${api}/heartbeats/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/heartbeats/${(await heartbeat(fx)).id}` }),
  },
  // ---- check-ins, by key in the path ----
  {
    method: 'GET',
    route: '/api/v1/ingest/heartbeat/:key',
    access: 'public',
    build: async (fx) => ({ url: `/api/v1/ingest/heartbeat/${(await heartbeat(fx)).key}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/ingest/heartbeat/:key',
    access: 'integrationKey',
    build: async (fx) => ({ url: `/api/v1/ingest/heartbeat/${(await heartbeat(fx)).key}`, body: { status: 'done' }, headers: {} }),
  },
  {
    method: 'GET',
    route: '/api/v1/ingest/heartbeat/:key/:signal',
    access: 'public',
    build: async (fx) => ({ url: `/api/v1/ingest/heartbeat/${(await heartbeat(fx)).key}/0` }),
  },
  {
    method: 'POST',
    route: '/api/v1/ingest/heartbeat/:key/:signal',
    access: 'integrationKey',
    build: async (fx) => ({ url: `/api/v1/ingest/heartbeat/${(await heartbeat(fx)).key}/fail`, body: { error: 'disk full' }, headers: {} }),
  },
];
