import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCommitterFor } from '../platform/db/groupCommit.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

/**
 * Conformance of the inbound wire formats with the tools' published documents and the requests
 * their real clients send. Fixtures are the documents' own examples (the key replaced by ours):
 * - PagerDuty: developer-docs events-API-v2 (02-Trigger-Events.md, 03-Change-Events.md) and
 *   api-schema reference/events-v2/openapiv3.json; clients go-pagerduty (event_v2.go),
 *   python-pagerduty (events_api_v2_client.py), pdjs (src/events.ts, src/common.ts), pdpyras.
 * - Opsgenie: the Alert API document (create / close / acknowledge / add note / update message /
 *   get request status) and opsgenie-python-sdk's opsgenie-oas.yml; clients opsgenie-go-sdk-v2
 *   (client/client.go), Prometheus Alertmanager's notify/opsgenie/opsgenie.go.
 * - Alertmanager: the webhook_config payload of its configuration document; notify/webhook.
 * - Grafana: the webhook contact point's documented payload; grafana/alerting http/hmac.go.
 */

const api = '/api/v1';

describe.each(testDatabases())('alert wire formats as documented, on %s', (kind) => {
  let t: TestApp;
  const send = (method: 'POST' | 'PUT' | 'GET', url: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) => send('POST', url, body, headers);
  const integration = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; key: string };
  };
  type Alert = { id: string; dedupKey: string; status: string; title: string; severity: string; count: number; description?: string };
  const alertsOf = async (source: string) =>
    (await t.call(t.admin, 'GET', `${api}/alerts?limit=200&source=${source}`)).json().data as Alert[];
  const detail = async (id: string) => (await t.call(t.admin, 'GET', `${api}/alerts/${id}`)).json().data;

  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  describe('PagerDuty Events API v2', () => {
    it("the documents' trigger, acknowledge and resolve examples; every answer carries the dedup_key clients read", async () => {
      const i = await integration({ name: 'pd-doc', format: 'pagerduty' });
      // developer-docs 02-Trigger-Events.md "Trigger" example (timestamp with "+0000", images, links, client).
      const trigger = {
        payload: {
          summary: 'Example alert on host1.example.com',
          timestamp: '2015-07-17T08:42:58.315+0000',
          source: 'monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003',
          severity: 'info',
          component: 'postgres',
          group: 'prod-datapipe',
          class: 'deploy',
          custom_details: { 'ping time': '1500ms', 'load avg': 0.75 },
        },
        routing_key: i.key,
        dedup_key: 'samplekeyhere',
        images: [
          {
            src: 'https://www.pagerduty.com/wp-content/uploads/2016/05/pagerduty-logo-green.png',
            href: 'https://example.com/',
            alt: 'Example text',
          },
        ],
        links: [{ href: 'https://example.com/', text: 'Link text' }],
        event_action: 'trigger',
        client: 'Sample Monitoring Service',
        client_url: 'https://monitoring.example.com',
      };
      const res = await post('/v2/enqueue', trigger);
      expect(res.statusCode, res.body).toBe(202);
      // The OpenAPI "Success" example's shape; go-pagerduty decodes V2EventResponse{status,dedup_key,message}.
      expect(res.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'samplekeyhere' });
      const [a] = (await alertsOf('pagerduty')).filter((x) => x.dedupKey === 'samplekeyhere');
      expect(a).toMatchObject({ title: 'Example alert on host1.example.com', severity: 'info', status: 'triggered' });
      const d = await detail(a.id);
      expect(d.details).toMatchObject({
        component: 'postgres',
        group: 'prod-datapipe',
        class: 'deploy',
        client: 'Sample Monitoring Service',
        links: [{ href: 'https://example.com/', text: 'Link text' }],
        custom_details: { 'ping time': '1500ms', 'load avg': 0.75 },
      });
      // "Acknowledge" and "Resolve" examples: python-pagerduty's send_event raises unless the answer has dedup_key.
      for (const action of ['acknowledge', 'resolve']) {
        const r = await post('/v2/enqueue', { routing_key: i.key, dedup_key: 'samplekeyhere', event_action: action });
        expect([r.statusCode, r.json()]).toEqual([202, { status: 'success', message: 'Event processed', dedup_key: 'samplekeyhere' }]);
      }
      expect((await alertsOf('pagerduty')).find((x) => x.id === a.id)?.status).toBe('resolved');
      // Acknowledge / resolve of an unknown key: accepted and dropped, still with its dedup_key.
      const unknown = await post('/v2/enqueue', { routing_key: i.key, dedup_key: 'never-seen', event_action: 'resolve' });
      expect([unknown.statusCode, unknown.json().dedup_key]).toEqual([202, 'never-seen']);
    });

    it('the OpenAPI example event; a trigger without dedup_key gets one generated and returned; X-Routing-Key stands in for routing_key', async () => {
      const i = await integration({ name: 'pd-openapi', format: 'pagerduty' });
      const example = {
        payload: {
          summary: 'DISK at 99% on machine prod-datapipe03.example.com',
          timestamp: '2015-07-17T08:42:58.315+0000',
          severity: 'critical',
          source: 'prod-datapipe03.example.com',
          component: 'mysql',
          group: 'prod-datapipe',
          class: 'disk',
          custom_details: { 'free space': '1%', 'ping time': '1500ms', 'load avg': 0.75 },
        },
        routing_key: i.key,
        dedup_key: 'srv01/mysql',
        event_action: 'trigger',
        client: 'Sample Monitoring Service',
        client_url: 'https://monitoring.service.com',
        links: [{ href: 'http://pagerduty.example.com', text: 'An example link.' }],
        images: [
          {
            src: 'https://chart.googleapis.com/chart?chs=600x400&chd=t:6,2,9,5,2,5,7,4,8,2,1&cht=lc&chds=a&chxt=y&chm=D,0033FF,0,0,5,1',
            href: 'https://google.com',
            alt: 'An example link with an image',
          },
        ],
      };
      const res = await post('/v2/enqueue', example);
      expect([res.statusCode, res.json().dedup_key]).toEqual([202, 'srv01/mysql']);
      const { dedup_key: _, ...noKey } = example;
      const generated = await post('/v2/enqueue', { ...noKey, payload: { ...example.payload, summary: 'No key' } });
      expect(generated.statusCode).toBe(202);
      expect(generated.json().dedup_key).toMatch(/^[0-9a-f]{32}$/);
      // pdpyras' EventsAPISession sends the key in X-Routing-Key; PagerDuty accepts it there.
      const { routing_key: __, ...headerOnly } = example;
      const byHeader = await post('/v2/enqueue', { ...headerOnly, dedup_key: 'by-header' }, { 'x-routing-key': i.key });
      expect([byHeader.statusCode, byHeader.json().dedup_key]).toEqual([202, 'by-header']);
      const wrongHeader = await post('/v2/enqueue', { ...headerOnly, dedup_key: 'x' }, { 'x-routing-key': 'f'.repeat(32) });
      expect([wrongHeader.statusCode, wrongHeader.json()]).toEqual([
        400,
        { status: 'invalid event', message: 'Event object is invalid', errors: ['Invalid routing key'] },
      ]);
      const severities = (await alertsOf('pagerduty')).filter((x) => x.dedupKey === 'srv01/mysql').map((x) => x.severity);
      expect(severities).toEqual(['critical']);
    });

    it("errors in the documented shapes: the OpenAPI error example for bad JSON, 'invalid event' with errors[], 429 with Retry-After as JSON (pdjs reads every body as JSON)", async () => {
      const i = await integration({ name: 'pd-errors', format: 'pagerduty', rateLimitPerMinute: 2 });
      const bad = await post('/v2/enqueue', '{"routing_key": ');
      expect([bad.statusCode, bad.json()]).toEqual([
        400,
        { status: 'Unrecognized object', message: 'Event object format is unrecognized', errors: ['JSON parse error'] },
      ]);
      // The documents' "samplekeyhere" is not 32 characters: PagerDuty's own error.
      const short = await post('/v2/enqueue', { routing_key: 'samplekeyhere', event_action: 'trigger', payload: {} });
      expect(short.statusCode).toBe(400);
      expect(short.json()).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' });
      expect(short.json().errors).toEqual(
        expect.arrayContaining([
          "Length of 'routing_key' is incorrect (should be 32 characters)",
          "'payload.summary' is missing or blank",
          "'payload.source' is missing or blank",
          "'payload.severity' is missing or blank",
        ]),
      );
      // payload.severity is one of the four lowercase values the documents list.
      const upper = await post('/v2/enqueue', {
        routing_key: i.key,
        event_action: 'trigger',
        payload: { summary: 's', source: 'h', severity: 'CRITICAL' },
      });
      expect(upper.statusCode).toBe(400);
      expect(upper.json().errors[0]).toContain("'payload.severity' is invalid");
      // pdjs: 'Content-Type: application/json; charset=utf-8', a pdjs User-Agent; it retries 429s and parses every body.
      const pdjs = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'pdjs/2.0.0 (v24.0.0/linux)' };
      const event = { routing_key: i.key, event_action: 'trigger', payload: { summary: 'pdjs', source: 'h', severity: 'warning' } };
      const statuses: number[] = [];
      for (let n = 0; n < 3; n++) {
        const r = await post('/v2/enqueue', event, pdjs);
        statuses.push(r.statusCode);
        expect(typeof r.json()).toBe('object');
        if (r.statusCode === 429) {
          expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
          expect(r.json()).toMatchObject({ status: 'throttle exceeded', errors: [expect.any(String)] });
        }
      }
      expect(statuses).toEqual([202, 202, 429]);
    });

    it("change events: the document's example, and python-pagerduty's (images, microsecond timestamp)", async () => {
      const i = await integration({ name: 'pd-change', format: 'pagerduty' });
      const doc = {
        routing_key: i.key,
        payload: {
          summary: 'Build Success: Increase snapshot create timeout to 30 seconds',
          timestamp: '2020-07-17T08:42:58.315+0000',
          source: 'acme-build-pipeline-tool-default-i-9999',
          custom_details: { build_state: 'passed', build_number: '2', run_time: '1236s' },
        },
        links: [{ href: 'https://acme.pagerduty.dev/build/2', text: 'View more details in Acme!' }],
      };
      const res = await post('/v2/change/enqueue', doc);
      expect([res.statusCode, res.json()]).toEqual([202, { status: 'success', message: 'Change event processed' }]);
      const py = await post('/v2/change/enqueue', {
        routing_key: i.key,
        payload: { summary: 'Deployed 1.2.3', timestamp: '2026-03-01T11:59:58.123456Z', source: 'deployer' },
        images: [{ src: 'https://example.com/chart.png' }],
      });
      expect(py.statusCode, py.body).toBe(202);
      const rows = await t.deps.db
        .selectFrom('change_events')
        .select(['summary', 'occurred_at'])
        .where('integration_id', '=', i.id)
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { summary: doc.payload.summary, occurred_at: '2020-07-17T08:42:58.315Z' },
        { summary: 'Deployed 1.2.3', occurred_at: '2026-03-01T11:59:58.123Z' },
      ]);
    });
  });

  describe('PagerDuty Events API v1 (Alertmanager service_key, pdagent, Nagios and Zabbix scripts)', () => {
    it("the v1 document's trigger, acknowledge and resolve examples; its 400 example; 403 when rate limited", async () => {
      const i = await integration({ name: 'pd-v1', format: 'pagerduty', rateLimitPerMinute: 3 });
      const url = '/generic/2010-04-15/create_event.json';
      const trigger = {
        service_key: i.key,
        event_type: 'trigger',
        description: 'FAILURE for production/HTTP on machine srv01.acme.com',
        client: 'Sample Monitoring Service',
        client_url: 'https://monitoring.service.com',
        details: { 'ping time': '1500ms', 'load avg': 0.75 },
        contexts: [
          { type: 'link', href: 'http://acme.pagerduty.com', text: 'View in custom tool' },
          { type: 'link', href: 'http://acme.pagerduty.com', text: 'View the incident on PagerDuty' },
          {
            type: 'image',
            src: 'https://chart.googleapis.com/chart?chs=600x400&chd=t:6,2,9,5,2,5,7,4,8,2,1&cht=lc&chds=a&chxt=y&chm=D,0033FF,0,0,5,1',
          },
        ],
      };
      const res = await post(url, trigger);
      expect(res.statusCode, res.body).toBe(200);
      const incidentKey = res.json().incident_key as string;
      expect(res.json()).toEqual({ status: 'success', message: 'Event processed', incident_key: expect.stringMatching(/^[0-9a-f]{32}$/) });
      const [a] = (await alertsOf('pagerduty')).filter((x) => x.dedupKey === incidentKey);
      expect(a).toMatchObject({ title: trigger.description, status: 'triggered', severity: 'error' });
      expect((await detail(a.id)).details).toMatchObject({
        custom_details: trigger.details,
        links: [{ href: 'http://acme.pagerduty.com', text: 'View in custom tool' }, expect.any(Object)],
      });
      const ack = await post(url, { service_key: i.key, event_type: 'acknowledge', incident_key: incidentKey });
      expect([ack.statusCode, ack.json().incident_key]).toEqual([200, incidentKey]);
      const resolve = await post(url, { service_key: i.key, event_type: 'resolve', incident_key: incidentKey });
      expect([resolve.statusCode, resolve.json().incident_key]).toEqual([200, incidentKey]);
      expect((await alertsOf('pagerduty')).find((x) => x.id === a.id)?.status).toBe('resolved');
      const invalid = await post(url, { service_key: i.key, event_type: 'explode', incident_key: 'srv01/HTTP' });
      expect([invalid.statusCode, invalid.json()]).toEqual([
        400,
        {
          status: 'invalid event',
          message: 'Event object is invalid',
          errors: ['event_type is invalid (must be one of: trigger acknowledge resolve)'],
        },
      ]);
      const throttled = await post(url, { service_key: i.key, event_type: 'resolve', incident_key: 'srv01/HTTP' });
      expect(throttled.statusCode).toBe(403);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.json().status).toBe('throttle exceeded');
      // The key is never kept: not in the stored payload.
      const rows = await t.deps.db.selectFrom('alert_events').select('payload').where('alert_id', '=', a.id).execute();
      expect(JSON.stringify(rows)).not.toContain(i.key);
    });
  });

  describe('Opsgenie Alert API', () => {
    it("the document's create example; X-Request-Id and friends; its request status as opsgenie-go-sdk-v2 polls it", async () => {
      const i = await integration({ name: 'og-doc', format: 'opsgenie' });
      // What opsgenie-go-sdk-v2 sends (client.go buildHttpRequest).
      const sdk = {
        authorization: `GenieKey ${i.key}`,
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'opsgenie-go-sdk-2.0.0 go1.22 (linux/amd64)',
      };
      const create = {
        message: 'An example alert message',
        alias: 'Life is too short for no alias',
        description: 'Every alert needs a description',
        responders: [
          { id: '4513b7ea-3b91-438f-b7e4-e3e54af9147c', type: 'team' },
          { name: 'NOC', type: 'team' },
          { id: 'bb4d9938-c3c2-455d-aaab-727aa701c0d8', type: 'user' },
          { username: 'trinity@opsgenie.com', type: 'user' },
          { id: 'aee8a0de-c80f-4515-a232-501c0bc9d715', type: 'escalation' },
          { name: 'Nightwatch Escalation', type: 'escalation' },
          { id: '80564037-1984-4f38-b98e-8a1f662df552', type: 'schedule' },
          { name: 'First Responders Schedule', type: 'schedule' },
        ],
        visibleTo: [
          { id: '4513b7ea-3b91-438f-b7e4-e3e54af9147c', type: 'team' },
          { name: 'rocket_team', type: 'team' },
          { id: 'bb4d9938-c3c2-455d-aaab-727aa701c0d8', type: 'user' },
          { username: 'trinity@opsgenie.com', type: 'user' },
        ],
        actions: ['Restart', 'AnExampleAction'],
        tags: ['OverwriteQuietHours', 'Critical'],
        details: { key1: 'value1', key2: 'value2' },
        entity: 'An example entity',
        priority: 'P1',
      };
      const res = await post('/v2/alerts', create, sdk);
      expect(res.statusCode, res.body).toBe(202);
      const body = res.json();
      expect(body).toEqual({ result: 'Request will be processed', took: expect.any(Number), requestId: expect.any(String) });
      expect(body.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(body.took).toBeGreaterThan(0);
      // The SDK takes the request id from X-Request-Id and warns without X-RateLimit-State / X-Response-Time.
      expect(res.headers['x-request-id']).toBe(body.requestId);
      expect(res.headers['x-ratelimit-state']).toBe('OK');
      expect(Number(res.headers['x-response-time'])).toBeGreaterThan(0);
      const [a] = await alertsOf('opsgenie');
      expect(a).toMatchObject({ dedupKey: 'Life is too short for no alias', title: 'An example alert message', severity: 'critical' });

      // RetrieveStatus: GET with a form content type and no body (client.go Metadata for GET).
      const status = await send('GET', `/v2/alerts/requests/${body.requestId}`, undefined, {
        ...sdk,
        'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
      });
      expect(status.statusCode, status.body).toBe(200);
      expect(status.json()).toEqual({
        data: {
          success: true,
          action: 'Create',
          processedAt: t.clock.now().toISOString(),
          integrationId: i.id,
          isSuccess: true,
          status: 'Created alert',
          alertId: a.id,
          alias: 'Life is too short for no alias',
        },
        took: expect.any(Number),
        requestId: expect.any(String),
      });
      // Another integration's key does not see it; an unknown id is a 404 in Opsgenie's error shape.
      const other = await integration({ name: 'og-other', format: 'opsgenie' });
      const hidden = await send('GET', `/v2/alerts/requests/${body.requestId}`, undefined, { authorization: `GenieKey ${other.key}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toMatchObject({ message: expect.any(String), took: expect.any(Number), requestId: expect.any(String) });
      const noKey = await send('GET', `/v2/alerts/requests/${body.requestId}`, undefined, {});
      expect(noKey.statusCode).toBe(401);

      // The document's close body; its status says what happened; closing an unknown alias: "Alert does not exist".
      const action = { user: 'Monitoring Script', source: 'AWS Lambda', note: 'Action executed via Alert API' };
      const ack = await post(`/v2/alerts/${encodeURIComponent(create.alias)}/acknowledge?identifierType=alias`, action, sdk);
      expect(ack.statusCode).toBe(202);
      const close = await post(`/v2/alerts/${encodeURIComponent(create.alias)}/close?identifierType=alias`, action, sdk);
      expect(close.statusCode).toBe(202);
      const closed = (await send('GET', `/v2/alerts/requests/${close.json().requestId}`, undefined, sdk)).json().data;
      expect(closed).toMatchObject({ action: 'Close', isSuccess: true, status: 'Closed alert', alertId: a.id });
      const nothing = await post('/v2/alerts/no-such-alias/close?identifierType=alias', action, sdk);
      const missing = (await send('GET', `/v2/alerts/requests/${nothing.json().requestId}`, undefined, sdk)).json().data;
      expect(missing).toMatchObject({
        action: 'Close',
        isSuccess: false,
        status: 'Alert does not exist',
        alertId: '',
        alias: 'no-such-alias',
      });
      expect((await alertsOf('opsgenie')).find((x) => x.id === a.id)?.status).toBe('resolved');
    });

    it("what Alertmanager's Opsgenie notifier sends: create, then PUT message and description (update_alerts), close by alias", async () => {
      const i = await integration({ name: 'og-am', format: 'opsgenie' });
      const auth = { authorization: `GenieKey ${i.key}` };
      const alias = '6f1ca3b1c1d6c5b2f0a1e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7';
      const create = {
        alias,
        message: '[FIRING:1] HighLatency api (page)',
        description: 'Latency above 2s',
        details: { alertname: 'HighLatency', service: 'api' },
        source: '',
        tags: ['api', 'latency'],
        priority: 'P2',
      };
      expect((await post('/v2/alerts', create, auth)).statusCode).toBe(202);
      const message = await send(
        'PUT',
        `/v2/alerts/${alias}/message?identifierType=alias`,
        { message: '[FIRING:2] HighLatency api (page)' },
        auth,
      );
      expect(message.statusCode, message.body).toBe(202);
      expect(message.json()).toMatchObject({ result: 'Request will be processed' });
      const description = await send(
        'PUT',
        `/v2/alerts/${alias}/description?identifierType=alias`,
        { description: 'Latency above 2s on 2 pods' },
        auth,
      );
      expect(description.statusCode).toBe(202);
      const [a] = (await alertsOf('opsgenie')).filter((x) => x.dedupKey === alias);
      expect(a).toMatchObject({ title: '[FIRING:2] HighLatency api (page)', severity: 'error', status: 'triggered' });
      const d = await detail(a.id);
      expect(d.description).toBe('Latency above 2s on 2 pods');
      expect(d.events.map((e: { action: string }) => e.action)).toEqual(['trigger', 'update_message', 'update_description']);
      // Its close body is {"source": ""}.
      expect((await post(`/v2/alerts/${alias}/close?identifierType=alias`, { source: '' }, auth)).statusCode).toBe(202);
      expect((await alertsOf('opsgenie')).find((x) => x.id === a.id)?.status).toBe('resolved');
      // Updating a closed or unknown alert is accepted and changes nothing; a blank message is Opsgenie's 422.
      expect((await send('PUT', `/v2/alerts/${alias}/message?identifierType=alias`, { message: 'late' }, auth)).statusCode).toBe(202);
      expect((await alertsOf('opsgenie')).find((x) => x.id === a.id)?.title).toBe('[FIRING:2] HighLatency api (page)');
      const blank = await send('PUT', `/v2/alerts/${alias}/message?identifierType=alias`, { message: ' ' }, auth);
      expect([blank.statusCode, blank.json().errors]).toEqual([422, { message: 'Message can not be empty.' }]);
      expect((await send('PUT', `/v2/alerts/${alias}/message?identifierType=alias`, { message: 'x' }, {})).statusCode).toBe(401);
    });
  });

  describe('Opsgenie Alert API, request status', () => {
    it.runIf(kind === 'sqlite')(
      'each request and its status are one durable commit; the status is there the moment the 202 is',
      async () => {
        const i = await integration({ name: 'og-commits', format: 'opsgenie' });
        const auth = { authorization: `GenieKey ${i.key}` };
        const committer = groupCommitterFor(t.deps.db);
        const oneCommit = async (send: () => Promise<{ statusCode: number; json(): { requestId: string } }>) => {
          const before = committer.stats.commits;
          const res = await send();
          expect(res.statusCode).toBe(202);
          expect(committer.stats.commits - before).toBe(1);
          return (
            await t.deps.db.selectFrom('opsgenie_requests').selectAll().where('request_id', '=', res.json().requestId).executeTakeFirst()
          )?.action;
        };
        expect(await oneCommit(() => post('/v2/alerts', { message: 'Disk full', alias: 'disk-1' }, auth))).toBe('Create');
        expect(await oneCommit(() => post('/v2/alerts/disk-1/notes?identifierType=alias', { note: 'looking' }, auth))).toBe('AddNote');
        expect(await oneCommit(() => send('PUT', '/v2/alerts/disk-1/message?identifierType=alias', { message: 'Disk 95%' }, auth))).toBe(
          'UpdateMessage',
        );
        expect(await oneCommit(() => post('/v2/alerts/disk-1/close?identifierType=alias', {}, auth))).toBe('Close');
        expect(await oneCommit(() => post('/v2/alerts/ABC-1/close?identifierType=tiny', {}, auth))).toBe('Close');
      },
    );
  });

  describe('Opsgenie Heartbeat API', () => {
    it("the document's ping (GET, POST, PUT, PATCH) checks in the heartbeat of that name filed under the key's integration", async () => {
      const i = await integration({ name: 'og-heartbeats', format: 'opsgenie' });
      const other = await integration({ name: 'og-heartbeats-other', format: 'opsgenie' });
      const heartbeat = async (name: string, integrationName: string) => {
        const res = await t.call(t.admin, 'POST', `${api}/heartbeats`, { name, periodSeconds: 600, integration: integrationName });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().data.id as string;
      };
      const mine = await heartbeat('og-nightly', 'og-heartbeats');
      const theirs = await heartbeat('og-nightly-other', 'og-heartbeats-other');
      const status = async (id: string) => (await t.call(t.admin, 'GET', `${api}/heartbeats/${id}`)).json().data.status;
      const ping = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', name: string, key = i.key) =>
        t.app.inject({ method, url: `/v2/heartbeats/${encodeURIComponent(name)}/ping`, headers: { authorization: `GenieKey ${key}` } });

      const pong = await ping('GET', 'og-nightly');
      expect(pong.statusCode, pong.body).toBe(202);
      // The document's response: result, took, requestId (and the request id in its header, as on the Alert API).
      expect(pong.json()).toEqual({ result: 'PONG - Heartbeat received', took: expect.any(Number), requestId: expect.any(String) });
      expect(pong.headers['x-request-id']).toBe(pong.json().requestId);
      expect(await status(mine)).toBe('up');
      for (const method of ['POST', 'PUT', 'PATCH'] as const) expect((await ping(method, 'og-nightly')).statusCode).toBe(202);

      // Like Opsgenie, a name that does not exist (or belongs to another integration) still gets its PONG, and nothing changes.
      expect((await ping('GET', 'og-nightly-other')).json().result).toBe('PONG - Heartbeat received');
      expect((await ping('GET', 'no-such-heartbeat')).statusCode).toBe(202);
      expect(await status(theirs)).toBe('waiting');
      expect((await ping('GET', 'og-nightly-other', other.key)).statusCode).toBe(202);
      expect(await status(theirs)).toBe('up');

      const unauthenticated = await t.app.inject({ method: 'GET', url: '/v2/heartbeats/og-nightly/ping' });
      expect([unauthenticated.statusCode, unauthenticated.json().message]).toEqual([401, 'Could not authenticate']);
      expect((await ping('GET', 'og-nightly', 'not-a-key')).statusCode).toBe(401);
    });

    it("the key in each form Opsgenie's API documents: GenieKey, basic (the key, or curl's --user), the apiKey query parameter", async () => {
      const i = await integration({ name: 'og-key-forms', format: 'opsgenie' });
      const res = await t.call(t.admin, 'POST', `${api}/heartbeats`, { name: 'og-forms', periodSeconds: 600, integration: 'og-key-forms' });
      const id = res.json().data.id as string;
      const lastPing = async () => (await t.call(t.admin, 'GET', `${api}/heartbeats/${id}`)).json().data.lastPingAt;
      const b64 = (s: string) => Buffer.from(s).toString('base64');
      let before = await lastPing();
      expect(before).toBeNull();
      for (const [url, authorization] of [
        ['/v2/heartbeats/og-forms/ping', `Basic ${b64(i.key)}`],
        ['/v2/heartbeats/og-forms/ping', `basic ${b64(`:${i.key}`)}`],
        ['/v2/heartbeats/og-forms/ping', `Basic ${b64(`${i.key}:`)}`],
        [`/v2/heartbeats/og-forms/ping?apiKey=${i.key}`, undefined],
      ] as const) {
        t.clock.advance(1000);
        const pong = await t.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
        expect(pong.statusCode, `${url} ${authorization}`).toBe(202);
        const after = await lastPing();
        expect(after, `${url} ${authorization} checked in`).not.toBe(before);
        before = after;
      }
      for (const [url, authorization] of [
        ['/v2/heartbeats/og-forms/ping', `Basic ${b64(':wrong')}`],
        ['/v2/heartbeats/og-forms/ping', `Basic ${b64(':')}`],
        ['/v2/heartbeats/og-forms/ping?apiKey=wrong', undefined],
        ['/v2/heartbeats/og-forms/ping?apiKey=', undefined],
      ] as const) {
        const denied = await t.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
        expect([denied.statusCode, denied.json().message], `${url} ${authorization}`).toEqual([401, 'Could not authenticate']);
      }
      // The Alert API reads the same forms.
      const created = await t.app.inject({
        method: 'POST',
        url: `/v2/alerts?apiKey=${i.key}`,
        payload: { message: 'Queue stuck', alias: 'og-forms-queue' },
      });
      expect(created.statusCode, created.body).toBe(202);
      expect((await alertsOf('opsgenie')).some((a) => a.dedupKey === 'og-forms-queue')).toBe(true);
    });
  });

  describe('Opsgenie Alert API, limits', () => {
    it('a rate-limited request is 429 with Retry-After and X-RateLimit-State THROTTLED; updates by id work like by alias', async () => {
      const i = await integration({ name: 'og-limit', format: 'opsgenie', rateLimitPerMinute: 2 });
      const auth = { authorization: `GenieKey ${i.key}` };
      expect((await post('/v2/alerts', { message: 'Queue backlog', alias: 'queue' }, auth)).statusCode).toBe(202);
      const [a] = (await alertsOf('opsgenie')).filter((x) => x.dedupKey === 'queue');
      const byId = await send('PUT', `/v2/alerts/${a.id}/description?identifierType=id`, { description: 'Backlog 10k' }, auth);
      expect(byId.statusCode).toBe(202);
      expect((await detail(a.id)).description).toBe('Backlog 10k');
      const limited = await post('/v2/alerts', { message: 'Queue backlog', alias: 'queue' }, auth);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['x-ratelimit-state']).toBe('THROTTLED');
      expect(limited.headers['x-request-id']).toBe(limited.json().requestId);
      expect(limited.json()).toEqual({ message: expect.any(String), took: expect.any(Number), requestId: expect.any(String) });
      expect((await alertsOf('opsgenie')).find((x) => x.id === a.id)?.count).toBe(1);
    });
  });

  describe('Prometheus Alertmanager and Grafana webhooks', () => {
    const amDoc = (status: 'firing' | 'resolved') => ({
      version: '4',
      groupKey: '{}:{alertname="DiskFull"}',
      truncatedAlerts: 0,
      status,
      receiver: 'firebreak',
      groupLabels: { alertname: 'DiskFull' },
      commonLabels: { alertname: 'DiskFull', severity: 'page' },
      commonAnnotations: { summary: 'Disk almost full' },
      externalURL: 'http://alertmanager.example:9093',
      alerts: [
        {
          status,
          labels: { alertname: 'DiskFull', severity: 'page', instance: 'db-1:9100' },
          annotations: { summary: 'Disk almost full', description: '95% used' },
          startsAt: '2026-03-01T11:00:00Z',
          endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-03-01T11:30:00Z',
          generatorURL: 'http://prometheus.example:9090/graph?g0.expr=disk',
          fingerprint: 'a1b2c3d4e5f60718',
        },
      ],
    });

    it("Alertmanager's payload with each http_config: bearer (authorization / bearer_token_file), basic_auth (key as password or as username), a custom authorization type", async () => {
      const i = await integration({ name: 'am-auth', format: 'alertmanager' });
      const url = `${api}/ingest/alertmanager`;
      const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
      for (const authorization of [`Bearer ${i.key}`, basic('alertmanager', i.key), basic(i.key, ''), `Token ${i.key}`]) {
        const res = await post(url, amDoc('firing'), { authorization });
        expect(res.statusCode, `${authorization}: ${res.body}`).toBe(200);
      }
      const [a] = await alertsOf('alertmanager');
      expect(a).toMatchObject({ dedupKey: 'a1b2c3d4e5f60718', title: 'Disk almost full', severity: 'critical', count: 4 });
      expect((await post(url, amDoc('firing'), { authorization: basic('alertmanager', 'wrong') })).statusCode).toBe(401);
      expect((await post(url, amDoc('resolved'), { authorization: `Bearer ${i.key}` })).statusCode).toBe(200);
      expect((await alertsOf('alertmanager'))[0].status).toBe('resolved');
    });

    it("Grafana's documented payload, signed in a custom header with the timestamp variant (grafana/alerting http/hmac.go)", async () => {
      const i = await integration({ name: 'graf-doc', format: 'grafana', signingSecret: 'my-hmac-secret' });
      const body = JSON.stringify({
        receiver: 'My Super Webhook',
        status: 'firing',
        orgId: 1,
        alerts: [
          {
            status: 'firing',
            labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
            annotations: {
              description: 'The system has high memory usage',
              runbook_url: 'https://myrunbook.com/runbook/1234',
              summary: 'This alert was triggered for zone us-1',
            },
            startsAt: '2021-10-12T09:51:03.157076+02:00',
            endsAt: '0001-01-01T00:00:00Z',
            generatorURL: 'https://play.grafana.org/alerting/1afz29v7z/edit',
            fingerprint: 'c6eadffa33fcdf37',
            silenceURL:
              'https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%3DT2%2Cteam%3Dblue%2Czone%3Dus-1',
            dashboardURL: '',
            panelURL: '',
            values: { B: 44.23943737541908, C: 1 },
            valueString:
              "[ var='B' labels={__name__=go_memstats_alloc_bytes, instance=localhost:9090, job=prometheus} value=44.23943737541908 ], [ var='C' labels={__name__=go_memstats_alloc_bytes, instance=localhost:9090, job=prometheus} value=1 ]",
          },
        ],
        groupLabels: {},
        commonLabels: { team: 'blue' },
        commonAnnotations: {},
        externalURL: 'https://play.grafana.org/',
        version: '1',
        groupKey: '{}:{}',
        truncatedAlerts: 0,
        title: '[FIRING:1]  (blue)',
        state: 'alerting',
        message: '**Firing**',
      });
      // The clock's own time: a timestamp further than 5 minutes from it is refused as a replay (alerts.test.ts).
      const ts = String(Math.floor(t.clock.now().getTime() / 1000));
      const sig = createHmac('sha256', 'my-hmac-secret').update(`${ts}:${body}`).digest('hex');
      const url = `${api}/ingest/grafana`;
      const auth = { authorization: `Bearer ${i.key}` };
      expect((await post(url, body, { ...auth, 'x-webhook-signature': sig, 'x-webhook-timestamp': ts })).statusCode).toBe(200);
      expect(
        (await post(url, body, { ...auth, 'x-webhook-signature': sig, 'x-webhook-timestamp': String(Number(ts) + 1) })).statusCode,
      ).toBe(401);
      const [a] = await alertsOf('grafana');
      expect(a).toMatchObject({ dedupKey: 'c6eadffa33fcdf37', title: 'This alert was triggered for zone us-1' });
      expect((await detail(a.id)).details).toMatchObject({ values: { B: 44.23943737541908, C: 1 }, labels: { team: 'blue' } });
    });
  });
});
