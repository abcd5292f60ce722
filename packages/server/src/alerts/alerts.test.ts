import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../test/factories.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = '/api/v1';
type AlertJson = {
  id: string;
  dedupKey: string;
  status: string;
  title: string;
  severity: string;
  count: number;
  firstSeenAt: string;
  lastSeenAt: string;
  incident: { id: string; ref: string } | null;
};

describe.each(testDatabases())('alerts in on %s', (kind) => {
  let t: TestApp;
  let base: string;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const integration = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; key: string; name: string };
  };
  const alerts = async (qs = '') => (await t.call(t.admin, 'GET', `${api}/alerts?limit=200${qs}`)).json().data as AlertJson[];
  const pd = (key: string, action: string, dedup?: string, payload: Record<string, unknown> = {}) =>
    post('/v2/enqueue', {
      routing_key: key,
      event_action: action,
      ...(dedup ? { dedup_key: dedup } : {}),
      ...(action === 'trigger' ? { payload: { summary: 'Disk full on db-1', source: 'db-1', severity: 'warning', ...payload } } : {}),
    });

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('never keeps a PagerDuty routing key: not in the event payload, the verbatim report, or a change event', async () => {
    const svc = await buildService(t, { name: 'keyless', criticality: 'critical' });
    const i = await integration({ name: 'pd-redact', format: 'pagerduty', service: svc.name });
    expect((await pd(i.key, 'trigger', 'redact-1', { severity: 'critical' })).statusCode).toBe(202);
    const change = await post('/v2/change/enqueue', { routing_key: i.key, payload: { summary: 'Deployed v2', source: 'ci' } });
    expect(change.statusCode, change.body).toBe(202);
    const [alert] = (await alerts()).filter((a) => a.dedupKey === 'redact-1');
    const detail = await t.call(t.responder, 'GET', `${api}/alerts/${alert.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('[integration key]');
    expect(detail.body).not.toContain(i.key);
    // The alert declared an incident on the critical service: its original report is the body, without the key.
    expect(alert.incident).not.toBeNull();
    const incident = await t.call(t.responder, 'GET', `${api}/incidents/${alert.incident?.ref}`);
    expect(incident.body).toContain('Disk full on db-1');
    expect(incident.body).not.toContain(i.key);
    for (const table of ['alert_events', 'change_events', 'incidents'] as const) {
      const rows = await t.deps.db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(i.key);
    }
  });

  it('integrations: the key is shown once, stored hashed, admins only, rotation keeps the old key for the overlap', async () => {
    expect((await t.call(t.responder, 'POST', `${api}/integrations`, { name: 'x', format: 'pagerduty' })).statusCode).toBe(403);
    const i = await integration({ name: 'pd-rotate', format: 'pagerduty' });
    expect(i.key).toMatch(/^[0-9a-f]{32}$/);
    const read = await t.call(t.admin, 'GET', `${api}/integrations/${i.id}`);
    expect(read.body).not.toContain(i.key);
    const stored = await t.deps.db.selectFrom('integrations').selectAll().where('id', '=', i.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(i.key);
    expect((await pd(i.key, 'trigger', 'rot-1')).statusCode).toBe(202);

    const rotated = await t.call(t.admin, 'POST', `${api}/integrations/${i.id}/rotate`, { overlapMinutes: 10 });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const newKey = rotated.json().data.key as string;
    expect(newKey).not.toBe(i.key);
    expect((await pd(newKey, 'trigger', 'rot-2')).statusCode).toBe(202);
    expect((await pd(i.key, 'trigger', 'rot-3')).statusCode).toBe(202); // within the overlap
    t.clock.advance(11 * 60_000);
    const late = await pd(i.key, 'trigger', 'rot-4');
    expect(late.statusCode).toBe(400);
    expect(late.json()).toEqual({ status: 'invalid event', message: 'Event object is invalid', errors: ['Invalid routing key'] });
    expect((await pd(newKey, 'trigger', 'rot-5')).statusCode).toBe(202);
    expect((await t.call(t.admin, 'DELETE', `${api}/integrations/${i.id}`)).statusCode).toBe(204);
    expect((await pd(newKey, 'trigger', 'rot-6')).statusCode).toBe(400);
    // The key's life is in the audit log, by whom; never a key.
    const audited = await t.call(t.admin, 'GET', `${api}/audit?targetType=integration&targetId=${i.id}`);
    const rows = audited.json().data as { action: string; actor: { label: string } }[];
    expect(rows.map((r) => r.action).sort()).toEqual(['integration.archived', 'integration.created', 'integration.key_rotated']);
    expect(rows.every((r) => r.actor.label === 'admin@example.com')).toBe(true);
    expect(audited.body).not.toContain(i.key);
    expect(audited.body).not.toContain(newKey);
  });

  it('PagerDuty Events v2: trigger, repeat, acknowledge, resolve, trigger again; unknown keys dropped; history in order', async () => {
    const i = await integration({ name: 'pd-main', format: 'pagerduty' });
    const first = await pd(i.key, 'trigger', 'disk-db-1', {
      severity: 'critical',
      timestamp: '2026-03-01T11:59:00.000+0000',
      component: 'postgres',
      group: 'prod-datapipe',
      class: 'disk',
      custom_details: { free: '0%' },
    });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'disk-db-1' });
    t.clock.advance(1000);
    expect((await pd(i.key, 'trigger', 'disk-db-1')).statusCode).toBe(202);
    let [a] = (await alerts('&source=pagerduty')).filter((x) => x.dedupKey === 'disk-db-1');
    expect(a).toMatchObject({ status: 'triggered', count: 2, title: 'Disk full on db-1', severity: 'warning' });
    expect(a.lastSeenAt > a.firstSeenAt).toBe(true);
    expect((await pd(i.key, 'acknowledge', 'disk-db-1')).json().dedup_key).toBe('disk-db-1');
    expect((await pd(i.key, 'resolve', 'disk-db-1')).statusCode).toBe(202);
    [a] = (await alerts()).filter((x) => x.dedupKey === 'disk-db-1');
    expect(a.status).toBe('resolved');
    // Acknowledge/resolve of a key nobody triggered: accepted, dropped.
    const before = await t.deps.db
      .selectFrom('alert_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect((await pd(i.key, 'resolve', 'never-seen')).statusCode).toBe(202);
    expect((await pd(i.key, 'acknowledge', 'never-seen')).statusCode).toBe(202);
    const after = await t.deps.db
      .selectFrom('alert_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // A trigger after resolve opens a new alert.
    expect((await pd(i.key, 'trigger', 'disk-db-1')).statusCode).toBe(202);
    const both = (await alerts()).filter((x) => x.dedupKey === 'disk-db-1');
    expect(both.map((x) => x.status).sort()).toEqual(['resolved', 'triggered']);
    const detail = (await t.call(t.admin, 'GET', `${api}/alerts/${a.id}`)).json().data;
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['trigger', 'trigger', 'acknowledge', 'resolve']);
    expect(detail.events[0].payload.payload.custom_details).toEqual({ free: '0%' });
    // No dedup_key: PagerDuty makes one and answers it.
    const anon = await pd(i.key, 'trigger');
    expect(anon.json().dedup_key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('PagerDuty: invalid events get 400 in its format, 413 over 512 KB, nothing written, never a 500', async () => {
    const i = await integration({ name: 'pd-bad', format: 'pagerduty' });
    const count = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('alerts')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    const cases: [unknown, string][] = [
      [{ routing_key: i.key, event_action: 'explode' }, "'event_action' is invalid"],
      [
        { routing_key: i.key, event_action: 'trigger', payload: { source: 'x', severity: 'info' } },
        "'payload.summary' is missing or blank",
      ],
      [
        { routing_key: i.key, event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'fatal' } },
        "'payload.severity' is invalid",
      ],
      [{ routing_key: i.key, event_action: 'resolve' }, "'dedup_key' is missing or blank"],
      [
        { routing_key: 'short', event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'info' } },
        "Length of 'routing_key'",
      ],
      [[1, 2], 'Event object is invalid'],
      [
        { routing_key: i.key, event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'info', class: 5 } },
        "'payload.class'",
      ],
    ];
    for (const [body, msg] of cases) {
      const res = await post('/v2/enqueue', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' });
      expect(res.json().errors.join(' ')).toContain(msg);
    }
    const notJson = await post('/v2/enqueue', '{"routing_key": ');
    expect([notJson.statusCode, notJson.json()]).toEqual([
      400,
      { status: 'Unrecognized object', message: 'Event object format is unrecognized', errors: ['JSON parse error'] },
    ]);
    const big = await post('/v2/enqueue', {
      routing_key: i.key,
      event_action: 'trigger',
      payload: { summary: 's', source: 'x', severity: 'info', custom_details: { blob: 'x'.repeat(600_000) } },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().status).toBe('invalid event');
    expect(await count()).toBe(n);
  });

  it('PagerDuty change events are recorded on the service', async () => {
    const svc = await buildService(t, { name: `payments-${kind}` });
    const i = await integration({ name: 'pd-change', format: 'pagerduty', service: svc.name });
    const res = await post('/v2/change/enqueue', {
      routing_key: i.key,
      payload: { summary: 'Deployed v1.2.3', source: 'ci', timestamp: '2026-03-01T11:00:00Z', custom_details: { build: 42 } },
      links: [{ href: 'https://ci.example.com/42', text: 'build' }],
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ status: 'success', message: 'Change event processed' });
    const rows = await t.deps.db.selectFrom('change_events').selectAll().where('service_id', '=', svc.id).execute();
    expect(rows.map((r) => [r.summary, r.occurred_at])).toEqual([['Deployed v1.2.3', '2026-03-01T11:00:00.000Z']]);
  });

  it('Opsgenie: create by alias, repeat, acknowledge and close by alias or id, notes; its 401 and 422 bodies', async () => {
    const i = await integration({ name: 'og', format: 'opsgenie' });
    const auth = { authorization: `GenieKey ${i.key}` };
    const created = await post(
      '/v2/alerts',
      { message: 'API latency high', alias: 'api-latency', priority: 'P1', tags: ['api'], details: { p99: '3s' } },
      auth,
    );
    expect(created.statusCode, created.body).toBe(202);
    expect(created.json()).toMatchObject({ result: 'Request will be processed' });
    expect(typeof created.json().took).toBe('number');
    expect(created.json().requestId).toMatch(/^[0-9a-f-]{36}$/);
    await post('/v2/alerts', { message: 'API latency high', alias: 'api-latency' }, auth);
    let [a] = (await alerts('&source=opsgenie')).filter((x) => x.dedupKey === 'api-latency');
    expect(a).toMatchObject({ count: 2, status: 'triggered', title: 'API latency high' });
    expect((await post('/v2/alerts/api-latency/acknowledge?identifierType=alias', { user: 'ops', note: 'looking' }, auth)).statusCode).toBe(
      202,
    );
    expect((await post(`/v2/alerts/api-latency/notes?identifierType=alias`, { note: 'still slow' }, auth)).statusCode).toBe(202);
    expect((await post(`/v2/alerts/${a.id}/close?identifierType=id`, {}, auth)).statusCode).toBe(202);
    [a] = (await alerts()).filter((x) => x.id === a.id);
    expect(a.status).toBe('resolved');
    const detail = (await t.call(t.admin, 'GET', `${api}/alerts/${a.id}`)).json().data;
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['trigger', 'trigger', 'acknowledge', 'note', 'resolve']);
    // Closing something unknown is accepted (Opsgenie processes asynchronously) and changes nothing.
    expect((await post('/v2/alerts/nope/close?identifierType=alias', {}, auth)).statusCode).toBe(202);

    const unauth = await post('/v2/alerts', { message: 'x' }, { authorization: 'GenieKey 00000000000000000000000000000000' });
    expect(unauth.statusCode).toBe(401);
    expect(unauth.json()).toMatchObject({ message: 'Could not authenticate' });
    expect(typeof unauth.json().requestId).toBe('string');
    const missing = await post('/v2/alerts', { description: 'no message' }, auth);
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      message: 'Request body is not processable. Please check the errors.',
      errors: { message: 'Message can not be empty.' },
    });
    expect((await post('/v2/alerts', { message: 'm', priority: 'P9' }, auth)).statusCode).toBe(422);
    expect((await post('/v2/alerts', '{not json', auth)).statusCode).toBe(400);
    expect((await post('/v2/alerts/x/notes?identifierType=alias', {}, auth)).statusCode).toBe(422);
    const big = await post('/v2/alerts', { message: 'm', description: 'x'.repeat(600_000) }, auth);
    expect(big.statusCode).toBe(413);
    expect(typeof big.json().message).toBe('string');
  });

  it('Alertmanager webhook: a group of alerts by bearer or URL key; resolved ones close; severity label mapped', async () => {
    const i = await integration({ name: 'am', format: 'alertmanager' });
    const group = (status: 'firing' | 'resolved') => ({
      version: '4',
      groupKey: '{}:{alertname="HighLoad"}',
      truncatedAlerts: 0,
      status,
      receiver: 'firebreak',
      groupLabels: { alertname: 'HighLoad' },
      commonLabels: { alertname: 'HighLoad' },
      commonAnnotations: {},
      externalURL: 'http://am.example:9093',
      alerts: ['a', 'b', 'c'].map((h) => ({
        status,
        labels: { alertname: 'HighLoad', instance: h, severity: h === 'a' ? 'critical' : 'warning' },
        annotations: { summary: `Load high on ${h}` },
        startsAt: '2026-03-01T11:00:00Z',
        endsAt: status === 'resolved' ? '2026-03-01T11:30:00Z' : '0001-01-01T00:00:00Z',
        generatorURL: 'http://prom.example/graph',
        fingerprint: `fp-${h}`,
      })),
    });
    const res = await post(`${api}/ingest/alertmanager`, group('firing'), { authorization: `Bearer ${i.key}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().received).toBe(3);
    const open = (await alerts('&source=alertmanager&status=open')).sort((x, y) => (x.dedupKey < y.dedupKey ? -1 : 1));
    expect(open.map((x) => [x.dedupKey, x.title, x.severity])).toEqual([
      ['fp-a', 'Load high on a', 'critical'],
      ['fp-b', 'Load high on b', 'warning'],
      ['fp-c', 'Load high on c', 'warning'],
    ]);
    expect((await post(`${api}/ingest/alertmanager/${i.key}`, group('resolved'))).statusCode).toBe(200);
    expect(await alerts('&source=alertmanager&status=open')).toEqual([]);
    const wrong = await post(`${api}/ingest/alertmanager`, group('firing'), { authorization: 'Bearer nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('unauthenticated');
    const bad = await post(`${api}/ingest/alertmanager/${i.key}`, { alerts: [{ status: 'weird', labels: {} }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_input');
    // A PagerDuty key does not open the Alertmanager endpoint.
    const other = await integration({ name: 'pd-not-am', format: 'pagerduty' });
    expect((await post(`${api}/ingest/alertmanager/${other.key}`, group('firing'))).statusCode).toBe(401);
  });

  it('Grafana webhook: verifies X-Grafana-Alerting-Signature when a secret is set', async () => {
    const i = await integration({ name: 'graf', format: 'grafana', signingSecret: 'grafana-secret-1' });
    const body = JSON.stringify({
      receiver: 'firebreak',
      status: 'firing',
      orgId: 1,
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'CPU', grafana_folder: 'infra' },
          annotations: { summary: 'CPU at 99%' },
          startsAt: '2026-03-01T11:00:00Z',
          endsAt: '0001-01-01T00:00:00Z',
          generatorURL: 'http://grafana/alerting/1',
          fingerprint: 'g1',
          silenceURL: 'http://grafana/silence',
          dashboardURL: '',
          panelURL: '',
          values: { A: 99 },
          valueString: '[ var=A value=99 ]',
        },
      ],
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      externalURL: 'http://grafana/',
      version: '1',
      groupKey: '{}:{}',
      truncatedAlerts: 0,
      title: '[FIRING:1] CPU',
      state: 'alerting',
      message: 'CPU at 99%',
    });
    const sig = createHmac('sha256', 'grafana-secret-1').update(body).digest('hex');
    const url = `${api}/ingest/grafana/${i.key}`;
    expect((await post(url, body)).statusCode).toBe(401);
    expect((await post(url, body, { 'x-grafana-alerting-signature': 'ab'.repeat(32) })).statusCode).toBe(401);
    expect((await post(url, body, { 'x-grafana-alerting-signature': sig })).statusCode).toBe(200);
    const signedAt = (secondsAgo: number) => {
      const ts = String(Math.floor(t.clock.now().getTime() / 1000) - secondsAgo);
      return {
        'x-grafana-alerting-signature': createHmac('sha256', 'grafana-secret-1').update(`${ts}:${body}`).digest('hex'),
        'x-grafana-alerting-signature-timestamp': ts,
      };
    };
    expect((await post(url, body, signedAt(30))).statusCode).toBe(200);
    // A signed request captured and replayed later is refused, whatever its signature.
    const replayed = await post(url, body, signedAt(600));
    expect([replayed.statusCode, replayed.json().error.message]).toEqual([
      401,
      "The signed timestamp is more than 300 s from this server's clock (a replayed request, or a clock to set right)",
    ]);
    const [a] = await alerts('&source=grafana');
    expect(a).toMatchObject({ dedupKey: 'g1', title: 'CPU at 99%', count: 2 });
  });

  it('generic JSON: title, dedup key, firing/resolved; Firebreak error envelope', async () => {
    const i = await integration({ name: 'gen', format: 'generic' });
    const res = await post(`${api}/ingest/generic/${i.key}`, {
      title: 'Backup failed',
      description: 'nightly',
      deduplication_key: 'backup',
      status: 'firing',
      metadata: { host: 'b1' },
      source_url: 'https://cron.example/1',
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().data).toMatchObject({ dedupKey: 'backup', status: 'triggered' });
    const resolved = await post(
      `${api}/ingest/generic`,
      { title: 'Backup failed', deduplication_key: 'backup', status: 'resolved' },
      { authorization: `Bearer ${i.key}` },
    );
    expect(resolved.json().data.alertId).toBe(res.json().data.alertId);
    const bad = await post(`${api}/ingest/generic/${i.key}`, { title: 5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_input' });
    expect((await post(`${api}/ingest/generic/${i.key}`, 'nope')).json().error.code).toBe('invalid_input');
    const big = await post(`${api}/ingest/generic/${i.key}`, { title: 'x', description: 'y'.repeat(600_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });

  it('routing: joins the open incident of its service, declares on critical services at critical severity, else waits', async () => {
    const crit = await buildService(t, { name: `core-${kind}`, criticality: 'critical' });
    const low = await buildService(t, { name: `wiki-${kind}`, criticality: 'low' });
    const ic = await integration({ name: 'pd-core', format: 'pagerduty', service: crit.name });
    const il = await integration({ name: 'pd-wiki', format: 'pagerduty', service: low.name });
    // Critical service, critical alert, no open incident: declared automatically, the request kept verbatim
    // but for the routing key (the integration's secret).
    const raw = {
      routing_key: ic.key,
      event_action: 'trigger',
      dedup_key: 'core-down',
      payload: { summary: 'Core API down', source: 'lb', severity: 'critical' },
    };
    expect((await post('/v2/enqueue', raw)).statusCode).toBe(202);
    const [declared] = (await alerts()).filter((x) => x.dedupKey === 'core-down');
    expect(declared.incident).not.toBeNull();
    const inc = (await t.call(t.admin, 'GET', `${api}/incidents/${declared.incident?.ref}`)).json().data;
    expect(inc.source).toBe('alert');
    expect(JSON.parse(inc.originalRequest)).toEqual({ ...raw, routing_key: '[integration key]' });
    // A second alert on that service joins it, with a timeline entry linking the alert.
    expect((await pd(ic.key, 'trigger', 'core-slow', { severity: 'warning' })).statusCode).toBe(202);
    const [joined] = (await alerts()).filter((x) => x.dedupKey === 'core-slow');
    expect(joined.incident?.ref).toBe(declared.incident?.ref);
    const timeline = (await t.call(t.admin, 'GET', `${api}/incidents/${declared.incident?.ref}/timeline`)).json().data as {
      kind: string;
      data: Record<string, unknown>;
    }[];
    expect(timeline.filter((e) => e.kind === 'alert_joined').map((e) => e.data.alertId)).toEqual([declared.id, joined.id]);
    // Low-criticality service: waits; declared by hand from the list.
    expect((await pd(il.key, 'trigger', 'wiki-slow', { severity: 'critical' })).statusCode).toBe(202);
    const [waiting] = (await alerts()).filter((x) => x.dedupKey === 'wiki-slow');
    expect(waiting.incident).toBeNull();
    expect((await t.call(t.viewer, 'POST', `${api}/alerts/${waiting.id}/declare`, {})).statusCode).toBe(403);
    const decl = await t.call(t.responder, 'POST', `${api}/alerts/${waiting.id}/declare`, { private: true });
    expect(decl.statusCode, decl.body).toBe(201);
    expect((await t.call(t.responder, 'POST', `${api}/alerts/${waiting.id}/declare`, {})).statusCode).toBe(409);
    // Two people declaring from one alert at once: one incident.
    const other = await buildService(t, { name: `docs-${kind}`, criticality: 'low' });
    const io = await integration({ name: 'pd-docs', format: 'pagerduty', service: other.name });
    expect((await pd(io.key, 'trigger', 'wiki-race', { severity: 'info' })).statusCode).toBe(202);
    const [race] = (await alerts()).filter((x) => x.dedupKey === 'wiki-race');
    const both = await Promise.all([t.responder, t.responder2].map((u) => t.call(u, 'POST', `${api}/alerts/${race.id}/declare`, {})));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    // Joined to a private incident: only members (and admins) see the alert.
    expect((await t.call(t.responder2, 'GET', `${api}/alerts/${waiting.id}`)).statusCode).toBe(404);
    const listed = (await t.call(t.responder2, 'GET', `${api}/alerts?limit=200`)).json().data as { id: string }[];
    expect(listed.some((x) => x.id === waiting.id)).toBe(false);
    expect((await t.call(t.responder, 'GET', `${api}/alerts/${waiting.id}`)).statusCode).toBe(200);
  });

  it('an existing open incident of the service is joined only within the window', async () => {
    const svc = await buildService(t, { name: `search-${kind}`, criticality: 'medium' });
    const i = await integration({ name: 'pd-search', format: 'pagerduty', service: svc.name });
    const inc = await declare(t, t.responder, { services: [svc.name] });
    await pd(i.key, 'trigger', 'search-1');
    expect((await alerts()).find((x) => x.dedupKey === 'search-1')?.incident?.ref).toBe(inc.ref);
    t.clock.advance(2 * 60 * 60_000);
    await pd(i.key, 'trigger', 'search-2');
    expect((await alerts()).find((x) => x.dedupKey === 'search-2')?.incident).toBeNull();
  });

  it('bulk acknowledge and resolve; list filters and keyset cursor', async () => {
    const i = await integration({ name: 'gen-bulk', format: 'generic' });
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      t.clock.advance(1000);
      ids.push((await post(`${api}/ingest/generic/${i.key}`, { title: `bulk ${n}`, deduplication_key: `bulk-${n}` })).json().data.alertId);
    }
    expect((await t.call(t.viewer, 'POST', `${api}/alerts/bulk`, { ids, action: 'resolve' })).statusCode).toBe(403);
    const ack = await t.call(t.responder, 'POST', `${api}/alerts/bulk`, { ids: ids.slice(0, 2), action: 'acknowledge' });
    expect(ack.json().data.changed).toEqual(ids.slice(0, 2));
    const res = await t.call(t.responder, 'POST', `${api}/alerts/bulk`, { ids, action: 'resolve' });
    expect(res.json().data.changed.sort()).toEqual([...ids].sort());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string }[]; nextCursor: string | null } = (
        await t.call(t.admin, 'GET', `${api}/alerts?limit=2&source=generic${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.data.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(ids.every((id) => seen.includes(id))).toBe(true);
  });

  it('concurrent triggers with one dedup key from many connections give exactly one open alert', async () => {
    const i = await integration({ name: 'pd-race', format: 'pagerduty' });
    const body = JSON.stringify({
      routing_key: i.key,
      event_action: 'trigger',
      dedup_key: 'race',
      payload: { summary: 'race', source: 's', severity: 'info' },
    });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(answers.every((s) => s === 202)).toBe(true);
    const rows = await t.deps.db.selectFrom('alerts').selectAll().where('dedup_key', '=', 'race').execute();
    expect(rows.map((r) => [r.status, Number(r.count)])).toEqual([['triggered', 40]]);
    const events = await t.deps.db.selectFrom('alert_events').select('id').where('alert_id', '=', rows[0].id).execute();
    expect(events).toHaveLength(40);
  });
});
