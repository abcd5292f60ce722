import type { Fixture, RouteCase } from './routes.ts';

/** Authorization-matrix rows for webhook and chat destinations (admins only), spread into test/routes.ts ROUTES. */
const api = '/api/v1';

/** A destination made by an admin (no worker runs in route tests, so nothing is sent to it). */
async function destination(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/webhooks`, {
    name: `Fixture hook ${fx.seq()}`,
    kind: 'webhook',
    url: 'https://hooks.example.com/firebreak',
  });
  if (res.statusCode !== 201) throw new Error(`fixture: webhook ${res.statusCode} ${res.body}`);
  return res.json().data.id as string;
}

export const WEBHOOK_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/webhooks`, access: 'admin', build: () => ({ url: `${api}/webhooks` }) },
  {
    method: 'POST',
    route: `${api}/webhooks`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({
      url: `${api}/webhooks`,
      body: { name: `Chat ${fx.seq()}`, kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/abc', events: ['declared'] },
    }),
  },
  {
    method: 'GET',
    route: `${api}/webhooks/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/webhooks/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}`, body: { enabled: false, audience: 'stakeholders' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/webhooks/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}` }),
  },
  {
    method: 'POST',
    route: `${api}/webhooks/:id/rotate-secret`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}/rotate-secret`, body: { reason: 'scheduled rotation' } }),
  },
  {
    method: 'POST',
    route: `${api}/webhooks/:id/test`,
    access: 'admin',
    ok: 201,
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}/test`, body: { message: 'Checked by the fixture' } }),
  },
  {
    method: 'GET',
    route: `${api}/webhooks/:id/deliveries`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/webhooks/${await destination(fx)}/deliveries?limit=10` }),
  },
];
