import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for alert routing (rules, dry run, settings): admins only. Rules made here
 * are disabled, so they never change what the other rows' alerts do.
 */
const api = '/api/v1';

async function ruleId(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/alert-rules`, {
    name: `fx-rule-${fx.seq()}`,
    enabled: false,
    conditions: [{ field: 'labels.fixture', op: 'equals', value: 'never' }],
    actions: { severity: 'SEV2' },
  });
  if (res.statusCode !== 201) throw new Error(`fixture: rule answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

export const ALERT_ROUTING_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/alert-rules`, access: 'admin', build: () => ({ url: `${api}/alert-rules` }) },
  {
    method: 'POST',
    route: `${api}/alert-rules`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({
      url: `${api}/alert-rules`,
      body: {
        name: `new-rule-${fx.seq()}`,
        enabled: false,
        conditions: [{ field: 'labels.team', op: 'regex', value: '^pay' }],
        actions: { drop: true },
      },
    }),
  },
  {
    method: 'PUT',
    route: `${api}/alert-rules/order`,
    access: 'admin',
    build: async (fx) => {
      await ruleId(fx);
      const ids = ((await fx.t.call(fx.t.admin, 'GET', `${api}/alert-rules`)).json().data as { id: string }[]).map((r) => r.id);
      return { url: `${api}/alert-rules/order`, body: { ids: ids.reverse() } };
    },
  },
  {
    method: 'POST',
    route: `${api}/alert-rules/test`,
    access: 'admin',
    build: () => ({
      url: `${api}/alert-rules/test`,
      body: { format: 'generic', payload: { title: 'Disk full', metadata: { host: 'db-1' } } },
    }),
  },
  {
    method: 'GET',
    route: `${api}/alert-rules/:id`,
    access: 'admin',
    hiddenCode: 'alert_rule_not_found',
    build: async (fx) => ({ url: `${api}/alert-rules/${await ruleId(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/alert-rules/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/alert-rules/${await ruleId(fx)}`, body: { name: `renamed-rule-${fx.seq()}` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/alert-rules/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/alert-rules/${await ruleId(fx)}` }),
  },
  { method: 'GET', route: `${api}/alert-routing`, access: 'admin', build: () => ({ url: `${api}/alert-routing` }) },
  {
    method: 'PUT',
    route: `${api}/alert-routing`,
    access: 'admin',
    build: () => ({
      url: `${api}/alert-routing`,
      body: { joinWindowMinutes: 60, autoDeclare: { enabled: true, atOrAbove: null, criticalities: ['critical'] } },
    }),
  },
];
