import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for the alerts slice (test/routes.ts spreads them into ROUTES). The ingest
 * endpoints are `integrationKey` routes: no sign-in, the integration key is in the request (body,
 * header or path), and bad input is answered in the imitated tool's own error format.
 */
const api = '/api/v1';

async function key(fx: Fixture, format: string): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/integrations`, {
    name: `fx-${format}-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
    format,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: integration answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.key as string;
}

async function integrationId(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/integrations`, {
    name: `fx-admin-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
    format: 'generic',
  });
  return res.json().data.id as string;
}

/** A fresh waiting alert (no service, so no incident), through the generic endpoint. */
async function waitingAlert(fx: Fixture): Promise<string> {
  const k = await key(fx, 'generic');
  const res = await fx.t.app.inject({
    method: 'POST',
    url: `${api}/ingest/generic/${k}`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ title: `Fixture alert ${fx.seq()}`, deduplication_key: `fx-${fx.seq()}` }),
  });
  return res.json().data.alertId as string;
}

const amBody = (n: number) => ({
  version: '4',
  groupKey: '{}:{alertname="Fixture"}',
  status: 'firing',
  receiver: 'firebreak',
  groupLabels: {},
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://am.example',
  alerts: [
    { status: 'firing', labels: { alertname: 'Fixture', n: String(n) }, annotations: { summary: 'fixture' }, fingerprint: `fx${n}` },
  ],
});

export const ALERT_ROUTES: RouteCase[] = [
  // ---- admin: integrations ----
  { method: 'GET', route: `${api}/integrations`, access: 'admin', build: () => ({ url: `${api}/integrations` }) },
  {
    method: 'POST',
    route: `${api}/integrations`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({ url: `${api}/integrations`, body: { name: `new-integration-${fx.seq()}`, format: 'pagerduty' } }),
  },
  {
    method: 'GET',
    route: `${api}/integrations/:integration`,
    access: 'admin',
    hiddenCode: 'integration_not_found',
    build: async (fx) => ({ url: `${api}/integrations/${await integrationId(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/integrations/:integration`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/integrations/${await integrationId(fx)}`, body: { name: `renamed-${fx.seq()}` } }),
  },
  {
    method: 'POST',
    route: `${api}/integrations/:integration/rotate`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/integrations/${await integrationId(fx)}/rotate`, body: { overlapMinutes: 5 } }),
  },
  {
    method: 'DELETE',
    route: `${api}/integrations/:integration`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/integrations/${await integrationId(fx)}` }),
  },
  // ---- alerts people work ----
  { method: 'GET', route: `${api}/alerts`, access: 'signedIn', build: () => ({ url: `${api}/alerts?limit=5` }) },
  { method: 'GET', route: `${api}/alerts/stream`, access: 'signedIn', stream: true, build: () => ({ url: `${api}/alerts/stream` }) },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/changes`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/changes` }),
  },
  {
    method: 'GET',
    route: `${api}/alerts/:id`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/alerts/${await waitingAlert(fx)}` }),
  },
  {
    method: 'POST',
    route: `${api}/alerts/bulk`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/alerts/bulk`, body: { ids: [await waitingAlert(fx)], action: 'acknowledge' } }),
  },
  {
    method: 'POST',
    route: `${api}/alerts/:id/declare`,
    access: 'worker',
    ok: 201,
    build: async (fx) => ({ url: `${api}/alerts/${await waitingAlert(fx)}/declare`, body: { private: false } }),
  },
  // ---- ingestion, by integration key ----
  {
    method: 'POST',
    route: '/v2/enqueue',
    access: 'integrationKey',
    ok: 202,
    build: async (fx) => ({
      url: '/v2/enqueue',
      body: {
        routing_key: await key(fx, 'pagerduty'),
        event_action: 'trigger',
        dedup_key: `fx-${fx.seq()}`,
        payload: { summary: 'Fixture', source: 'fixture', severity: 'info' },
      },
    }),
  },
  {
    method: 'POST',
    route: '/v2/change/enqueue',
    access: 'integrationKey',
    ok: 202,
    build: async (fx) => ({
      url: '/v2/change/enqueue',
      body: { routing_key: await key(fx, 'pagerduty'), payload: { summary: 'Deployed', source: 'ci' } },
    }),
  },
  {
    method: 'POST',
    route: '/generic/2010-04-15/create_event.json',
    access: 'integrationKey',
    build: async (fx) => ({
      url: '/generic/2010-04-15/create_event.json',
      body: { service_key: await key(fx, 'pagerduty'), event_type: 'trigger', incident_key: `fx-${fx.seq()}`, description: 'Fixture' },
    }),
  },
  {
    method: 'POST',
    route: '/v2/alerts',
    access: 'integrationKey',
    ok: 202,
    build: async (fx) => ({
      url: '/v2/alerts',
      headers: { authorization: `GenieKey ${await key(fx, 'opsgenie')}` },
      body: { message: 'Fixture', alias: `fx-${fx.seq()}`, priority: 'P3' },
    }),
  },
  ...(['close', 'acknowledge', 'notes'] as const).map(
    (action): RouteCase => ({
      method: 'POST',
      route: `/v2/alerts/:identifier/${action}`,
      access: 'integrationKey',
      ok: 202,
      build: async (fx) => ({
        url: `/v2/alerts/fx-alias-${fx.seq()}/${action}?identifierType=alias`,
        headers: { authorization: `GenieKey ${await key(fx, 'opsgenie')}` },
        body: { user: 'fixture', note: 'a note' },
      }),
    }),
  ),
  ...(['message', 'description'] as const).map(
    (field): RouteCase => ({
      method: 'PUT',
      route: `/v2/alerts/:identifier/${field}`,
      access: 'integrationKey',
      ok: 202,
      build: async (fx) => ({
        url: `/v2/alerts/fx-alias-${fx.seq()}/${field}?identifierType=alias`,
        headers: { authorization: `GenieKey ${await key(fx, 'opsgenie')}` },
        body: { [field]: 'Fixture text' },
      }),
    }),
  ),
  {
    method: 'GET',
    route: '/v2/alerts/requests/:requestId',
    access: 'integrationKey',
    build: async (fx) => {
      const authorization = `GenieKey ${await key(fx, 'opsgenie')}`;
      const created = await fx.t.app.inject({
        method: 'POST',
        url: '/v2/alerts',
        headers: { authorization, 'content-type': 'application/json' },
        payload: JSON.stringify({ message: 'Fixture', alias: `fx-${fx.seq()}` }),
      });
      return { url: `/v2/alerts/requests/${created.json().requestId}`, headers: { authorization } };
    },
  },
  ...(['GET', 'POST', 'PUT', 'PATCH'] as const).map(
    (method): RouteCase => ({
      method,
      route: '/v2/heartbeats/:name/ping',
      access: 'integrationKey',
      ok: 202,
      build: async (fx) => ({
        url: `/v2/heartbeats/fx-${fx.seq()}/ping`,
        headers: { authorization: `GenieKey ${await key(fx, 'opsgenie')}` },
        ...(method === 'GET' ? {} : { body: { description: 'a body the ping does not read' } }),
      }),
    }),
  ),
  ...(['alertmanager', 'grafana'] as const).flatMap((format): RouteCase[] => [
    {
      method: 'POST',
      route: `${api}/ingest/${format}`,
      access: 'integrationKey',
      build: async (fx) => ({
        url: `${api}/ingest/${format}`,
        headers: { authorization: `Bearer ${await key(fx, format)}` },
        body: amBody(fx.seq()),
      }),
    },
    {
      method: 'POST',
      route: `${api}/ingest/${format}/:key`,
      access: 'integrationKey',
      build: async (fx) => ({ url: `${api}/ingest/${format}/${await key(fx, format)}`, body: amBody(fx.seq()) }),
    },
  ]),
  ...(['', '/:key'] as const).map(
    (suffix): RouteCase => ({
      method: 'PUT',
      route: `${api}/ingest/grafana${suffix}`,
      access: 'integrationKey',
      build: async (fx) => {
        const k = await key(fx, 'grafana');
        return suffix
          ? { url: `${api}/ingest/grafana/${k}`, body: amBody(fx.seq()) }
          : { url: `${api}/ingest/grafana`, headers: { authorization: `Bearer ${k}` }, body: amBody(fx.seq()) };
      },
    }),
  ),
  {
    method: 'POST',
    route: `${api}/ingest/generic`,
    access: 'integrationKey',
    ok: 202,
    build: async (fx) => ({
      url: `${api}/ingest/generic`,
      headers: { authorization: `Bearer ${await key(fx, 'generic')}` },
      body: { title: 'Fixture', deduplication_key: `fx-${fx.seq()}` },
    }),
  },
  {
    method: 'POST',
    route: `${api}/ingest/generic/:key`,
    access: 'integrationKey',
    ok: 202,
    build: async (fx) => ({
      url: `${api}/ingest/generic/${await key(fx, 'generic')}`,
      body: { title: 'Fixture', deduplication_key: `fx-${fx.seq()}` },
    }),
  },
];
