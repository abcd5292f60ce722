import { ackToken } from '../paging/link.ts';
import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/** Authorization-matrix rows for escalation policies, contact methods, pages and on-call load, spread into test/routes.ts ROUTES. */
const api = '/api/v1';

async function ok(res: { statusCode: number; body: string; json(): { data: { id: string } } }, what: string): Promise<string> {
  if (res.statusCode >= 300) throw new Error(`fixture: ${what} ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}

/** A policy paging the bystander, made by an admin. */
const policy = async (fx: Fixture) =>
  ok(
    await fx.t.call(fx.t.admin, 'POST', `${api}/escalation-policies`, {
      name: `Matrix policy ${fx.seq()}`,
      steps: [{ delayMinutes: 5, targets: [{ kind: 'user', id: fx.bystander.id }] }],
    }),
    'policy',
  );

/** A contact method of this person. */
const method = async (fx: Fixture, as: TestUser) =>
  ok(
    await fx.t.call(as, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: `pager${fx.seq()}@example.com` }),
    'contact method',
  );

/** A page of the bystander (who has a contact method) about the fixture incident. */
async function page(fx: Fixture): Promise<string> {
  await method(fx, fx.bystander);
  return ok(
    await fx.t.call(fx.t.admin, 'POST', `${api}/incidents/${fx.incident.ref}/pages`, { target: { kind: 'user', id: fx.bystander.id } }),
    'page',
  );
}

export const PAGING_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/escalation-policies`, access: 'signedIn', build: () => ({ url: `${api}/escalation-policies` }) },
  {
    method: 'POST',
    route: `${api}/escalation-policies`,
    access: 'worker',
    ok: 201,
    build: (fx) => ({
      url: `${api}/escalation-policies`,
      body: { name: `Policy ${fx.seq()}`, repeat: 1, steps: [{ delayMinutes: 5, targets: [{ kind: 'user', id: fx.bystander.email }] }] },
    }),
  },
  {
    method: 'GET',
    route: `${api}/escalation-policies/:id`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/escalation-policies/${await policy(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/escalation-policies/:id`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/escalation-policies/${await policy(fx)}`, body: { repeat: 2 } }),
  },
  {
    method: 'DELETE',
    route: `${api}/escalation-policies/:id`,
    access: 'worker',
    ok: 204,
    build: async (fx) => ({ url: `${api}/escalation-policies/${await policy(fx)}` }),
  },
  {
    method: 'PUT',
    route: `${api}/services/:service/escalation-policy`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/services/${fx.service}/escalation-policy`, body: { policy: await policy(fx) } }),
  },
  { method: 'GET', route: `${api}/me/paging`, access: 'signedIn', build: () => ({ url: `${api}/me/paging` }) },
  {
    method: 'POST',
    route: `${api}/me/contact-methods`,
    access: 'signedIn',
    ok: 201,
    build: (fx) => ({ url: `${api}/me/contact-methods`, body: { kind: 'email', label: 'Work', address: `me${fx.seq()}@example.com` } }),
  },
  {
    method: 'PATCH',
    route: `${api}/me/contact-methods/:id`,
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/me/contact-methods/${await method(fx, as)}`, body: { label: 'Phone e-mail' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/me/contact-methods/:id`,
    access: 'signedIn',
    ok: 204,
    build: async (fx, as) => ({ url: `${api}/me/contact-methods/${await method(fx, as)}` }),
  },
  {
    method: 'POST',
    route: `${api}/me/contact-methods/:id/test`,
    access: 'signedIn',
    ok: 202,
    build: async (fx, as) => ({ url: `${api}/me/contact-methods/${await method(fx, as)}/test`, body: {} }),
  },
  {
    method: 'POST',
    route: `${api}/me/paging-rules`,
    access: 'signedIn',
    ok: 201,
    build: async (fx, as) => ({ url: `${api}/me/paging-rules`, body: { contactMethod: await method(fx, as), delayMinutes: 2 } }),
  },
  {
    method: 'DELETE',
    route: `${api}/me/paging-rules/:id`,
    access: 'signedIn',
    ok: 204,
    build: async (fx, as) => {
      const rule = await ok(
        await fx.t.call(as, 'POST', `${api}/me/paging-rules`, { contactMethod: await method(fx, as), delayMinutes: 0 }),
        'rule',
      );
      return { url: `${api}/me/paging-rules/${rule}` };
    },
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/page-suggestions`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/page-suggestions` }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/pages`,
    access: 'incidentWork',
    ok: 201,
    build: async (fx) => {
      await method(fx, fx.bystander);
      return { url: `${api}/incidents/${fx.incident.ref}/pages`, body: { target: { kind: 'user', id: fx.bystander.email } } };
    },
  },
  { method: 'GET', route: `${api}/pages`, access: 'signedIn', build: () => ({ url: `${api}/pages?mine=1&status=open` }) },
  {
    method: 'GET',
    route: `${api}/pages/:id`,
    access: 'incidentRead',
    hiddenCode: 'page_not_found',
    build: async (fx) => ({ url: `${api}/pages/${await page(fx)}` }),
  },
  {
    method: 'POST',
    route: `${api}/pages/:id/ack`,
    access: 'incidentWork',
    hiddenCode: 'page_not_found',
    build: async (fx) => ({ url: `${api}/pages/${await page(fx)}/ack`, body: { via: 'web' } }),
  },
  {
    method: 'POST',
    route: `${api}/pages/:id/escalate`,
    access: 'incidentWork',
    hiddenCode: 'page_not_found',
    build: async (fx) => {
      const id = await ok(
        await fx.t.call(fx.t.admin, 'POST', `${api}/incidents/${fx.incident.ref}/pages`, {
          target: { kind: 'policy', id: await policy(fx) },
        }),
        'policy page',
      );
      await method(fx, fx.bystander);
      return { url: `${api}/pages/${id}/escalate` };
    },
  },
  {
    method: 'POST',
    route: `${api}/pages/:id/reassign`,
    access: 'incidentWork',
    hiddenCode: 'page_not_found',
    build: async (fx) => ({ url: `${api}/pages/${await page(fx)}/reassign`, body: { target: { kind: 'user', id: fx.bystander.id } } }),
  },
  {
    method: 'GET',
    route: `${api}/page-ack/:token`,
    access: 'public',
    build: async (fx) => ({
      url: `${api}/page-ack/${ackToken(fx.t.deps.config, await page(fx), fx.bystander.id, new Date(Date.UTC(2030, 0, 1)))}`,
    }),
  },
  {
    method: 'POST',
    route: `${api}/page-ack/:token`,
    access: 'public',
    build: async (fx) => ({
      url: `${api}/page-ack/${ackToken(fx.t.deps.config, await page(fx), fx.bystander.id, new Date(Date.UTC(2030, 0, 1)))}`,
    }),
  },
  {
    method: 'GET',
    route: `${api}/oncall/load`,
    access: 'worker',
    build: () => ({ url: `${api}/oncall/load?from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z` }),
  },
];
