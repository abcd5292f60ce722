import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildService, buildTeam, buildUser } from '../test/factories.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';

const api = '/api/v1';
type AlertJson = {
  id: string;
  dedupKey: string;
  status: string;
  severity: string;
  count: number;
  service: { name: string } | null;
  incident: { id: string; ref: string } | null;
  details: Record<string, unknown>;
};

describe.each(testDatabases())('alert routing rules on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let worker: Worker;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  const integration = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; key: string; name: string };
  };
  const rule = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/alert-rules`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; position: number; name: string };
  };
  const alerts = async (qs = '') => (await t.call(t.admin, 'GET', `${api}/alerts?limit=200${qs}`)).json().data as AlertJson[];
  const alertByKey = async (key: string, qs = '') => (await alerts(qs)).find((a) => a.dedupKey === key);
  const incidentOf = async (ref: string) => (await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data;
  const am = (key: string, labels: Record<string, string>, fingerprint: string) =>
    post(`${api}/ingest/alertmanager/${key}`, {
      version: '4',
      status: 'firing',
      alerts: [{ status: 'firing', labels: { alertname: 'HighErrorRate', ...labels }, annotations: { summary: 'Errors' }, fingerprint }],
    });
  const pd = (key: string, dedup: string, payload: Record<string, unknown> = {}) =>
    post('/v2/enqueue', {
      routing_key: key,
      event_action: 'trigger',
      dedup_key: dedup,
      payload: { summary: 'Disk full', source: 'db-1', severity: 'warning', ...payload },
    });
  const og = (key: string, body: Record<string, unknown>) =>
    post('/v2/alerts', { message: 'Queue backlog', ...body }, { authorization: `GenieKey ${key}` });
  const generic = (key: string, body: Record<string, unknown>) => post(`${api}/ingest/generic/${key}`, { title: 'Backup failed', ...body });

  beforeAll(async () => {
    t = await makeTestApp(kind);
    smtp = await startSmtpCapture();
    t.deps.config.smtpUrl = smtp.url;
    worker = new Worker(t.deps);
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });
  beforeEach(async () => {
    // Rules are global: every test starts from none, and from the default settings.
    for (const r of (await t.call(t.admin, 'GET', `${api}/alert-rules`)).json().data as { id: string }[])
      expect((await t.call(t.admin, 'DELETE', `${api}/alert-rules/${r.id}`)).statusCode).toBe(204);
    const reset = await t.call(t.admin, 'PUT', `${api}/alert-routing`, {
      joinWindowMinutes: 60,
      autoDeclare: { enabled: true, atOrAbove: null, criticalities: ['critical'] },
    });
    expect(reset.statusCode, reset.body).toBe(200);
  });

  it('matches each format by its own fields, sets service and severity, first matching rule wins per action kind', async () => {
    const payments = await buildService(t, { name: `payments-${kind}`, criticality: 'critical' });
    const search = await buildService(t, { name: `search-${kind}`, criticality: 'low' });
    const amI = await integration({ name: `am-match-${kind}`, format: 'alertmanager' });
    const pdI = await integration({ name: `pd-match-${kind}`, format: 'pagerduty' });
    const ogI = await integration({ name: `og-match-${kind}`, format: 'opsgenie' });
    const genI = await integration({ name: `gen-match-${kind}`, format: 'generic' });
    await rule({
      name: 'payments team',
      conditions: [{ field: 'labels.team', op: 'equals', value: 'payments' }],
      actions: { service: payments.name },
    });
    await rule({
      name: 'EU database',
      integration: pdI.name,
      conditions: [
        { field: 'custom_details.region', op: 'regex', value: '^eu-' },
        { field: 'component', op: 'equals', value: 'postgres' },
      ],
      actions: { service: payments.id, severity: 'SEV1' },
    });
    await rule({
      name: 'search tag',
      conditions: [
        { field: 'tags', op: 'equals', value: 'team-search' },
        { field: 'details.owner', op: 'exists' },
      ],
      actions: { service: search.name },
    });
    await rule({ name: 'later service rule loses', conditions: [], actions: { service: search.name, severity: 'SEV4' } });

    // Alertmanager: labels.team → payments; the catch-all rule's severity applies (no earlier severity).
    expect((await am(amI.key, { team: 'payments', severity: 'warning' }, 'am-pay')).statusCode).toBe(200);
    const a1 = await alertByKey('am-pay');
    expect(a1?.service?.name).toBe(payments.name);
    expect(a1?.incident).toBeNull(); // SEV4 is below the auto-declare threshold (SEV1)

    // PagerDuty: both conditions hold → payments with SEV1: declared on the critical service.
    const r2 = await pd(pdI.key, 'pd-eu', { component: 'postgres', custom_details: { region: 'eu-west-1' } });
    expect(r2.statusCode, r2.body).toBe(202);
    const a2 = await alertByKey('pd-eu');
    expect(a2?.service?.name).toBe(payments.name);
    expect(a2?.severity).toBe('warning'); // the alert's own level is what the tool sent
    expect(a2?.incident).not.toBeNull();
    expect((await incidentOf(a2?.incident?.ref as string)).severity.name).toBe('SEV1');
    // One condition fails (us region) → the catch-all: search, SEV4.
    await pd(pdI.key, 'pd-us', { component: 'postgres', custom_details: { region: 'us-east-1' } });
    expect((await alertByKey('pd-us'))?.service?.name).toBe(search.name);

    // Opsgenie: a tag among several, and a details key that exists.
    await og(ogI.key, { alias: 'og-search', tags: ['prod', 'team-search'], details: { owner: 'ana' } });
    expect((await alertByKey('og-search'))?.service?.name).toBe(search.name);

    // Generic: metadata paths; the PagerDuty-only rule does not apply to other integrations.
    await generic(genI.key, { deduplication_key: 'gen-1', metadata: { region: 'eu-west-1' } });
    expect((await alertByKey('gen-1'))?.service?.name).toBe(search.name);
  });

  it('drops: acknowledged as the tool expects, counted as a dropped alert, never open, routed or declared', async () => {
    const svc = await buildService(t, { name: `critical-drop-${kind}`, criticality: 'critical' });
    const genI = await integration({ name: `gen-drop-${kind}`, format: 'generic', service: svc.name });
    const pdI = await integration({ name: `pd-drop-${kind}`, format: 'pagerduty', service: svc.name });
    const amI = await integration({ name: `am-drop-${kind}`, format: 'alertmanager', service: svc.name });
    const dropper = await rule({
      name: 'canaries are noise',
      conditions: [{ field: 'metadata.host', op: 'regex', value: '^canary-' }],
      actions: { drop: true },
    });
    await rule({ name: 'test envs', conditions: [{ field: 'labels.env', op: 'equals', value: 'test' }], actions: { drop: true } });
    await rule({ name: 'pd source', conditions: [{ field: 'source', op: 'equals', value: 'canary-db' }], actions: { drop: true } });

    for (let i = 0; i < 3; i++) {
      const res = await generic(genI.key, { deduplication_key: 'canary', severity: 'critical', metadata: { host: 'canary-3' } });
      expect(res.statusCode).toBe(202);
      expect(res.json().data).toEqual({ dedupKey: 'canary', alertId: null, status: 'dropped' });
    }
    const pdRes = await pd(pdI.key, 'pd-canary', { source: 'canary-db', severity: 'critical' });
    expect(pdRes.statusCode).toBe(202);
    expect(pdRes.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'pd-canary' });
    const amRes = await am(amI.key, { env: 'test', severity: 'critical' }, 'am-test');
    expect(amRes.json()).toMatchObject({ status: 'success', received: 1, alerts: [null] });

    // Not in the alert list, not open; visible with status=dropped, counted, with the rule that dropped it.
    expect(await alertByKey('canary')).toBeUndefined();
    expect(await alertByKey('canary', '&status=open')).toBeUndefined();
    const dropped = await alertByKey('canary', '&status=dropped');
    expect(dropped).toMatchObject({ status: 'dropped', count: 3, incident: null });
    expect(dropped?.details.droppedBy).toEqual({ rule: dropper.id, name: 'canaries are noise' });
    expect((await alertByKey('pd-canary', '&status=dropped'))?.status).toBe('dropped');
    expect((await alertByKey('am-test', '&status=dropped'))?.status).toBe('dropped');
    // Nothing was declared on the critical service.
    const list = (await t.call(t.admin, 'GET', `${api}/incidents?service=${svc.name}`)).json().data as unknown[];
    expect(list).toEqual([]);
    // The same key not matching the drop rule opens a real alert of its own.
    await generic(genI.key, { deduplication_key: 'canary', severity: 'info', metadata: { host: 'web-1' } });
    expect((await alertByKey('canary', '&status=open'))?.status).toBe('triggered');
  });

  it('severity mapping defaults per format, the auto-declare threshold and join window are settings', async () => {
    const svc = await buildService(t, { name: `mapping-${kind}`, criticality: 'high' });
    const ogI = await integration({ name: `og-map-${kind}`, format: 'opsgenie', service: svc.name });
    const amI = await integration({ name: `am-map-${kind}`, format: 'alertmanager', service: svc.name });
    // Defaults: only critical services auto-declare → a P1 on a "high" service waits.
    await og(ogI.key, { alias: 'og-p1', priority: 'P1' });
    expect((await alertByKey('og-p1'))?.incident).toBeNull();

    const put = await t.call(t.admin, 'PUT', `${api}/alert-routing`, {
      joinWindowMinutes: 5,
      autoDeclare: { enabled: true, atOrAbove: 'sev2', criticalities: ['critical', 'high'] },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().data).toMatchObject({
      joinWindowMinutes: 5,
      autoDeclare: { enabled: true, atOrAbove: { name: 'SEV2' }, criticalities: ['critical', 'high'] },
    });
    // P3 → warning → SEV3: below SEV2, waits. P2 → error → SEV2: declares, with SEV2.
    await og(ogI.key, { alias: 'og-p3', priority: 'P3' });
    expect((await alertByKey('og-p3'))?.incident).toBeNull();
    await og(ogI.key, { alias: 'og-p2', priority: 'P2' });
    const declared = await alertByKey('og-p2');
    expect(declared?.severity).toBe('error');
    expect((await incidentOf(declared?.incident?.ref as string)).severity.name).toBe('SEV2');
    // Within the 5-minute window the next alert joins it; after it, an Alertmanager "page" declares anew (SEV1).
    await am(amI.key, { severity: 'info' }, 'am-join');
    expect((await alertByKey('am-join'))?.incident?.ref).toBe(declared?.incident?.ref);
    t.clock.advance(6 * 60_000);
    await am(amI.key, { severity: 'info' }, 'am-late');
    expect((await alertByKey('am-late'))?.incident).toBeNull();
    await am(amI.key, { severity: 'page' }, 'am-page');
    const paged = await alertByKey('am-page');
    expect(paged?.incident?.ref).not.toBe(declared?.incident?.ref);
    expect((await incidentOf(paged?.incident?.ref as string)).severity.name).toBe('SEV1');
    // Switched off: nothing declares.
    await t.call(t.admin, 'PUT', `${api}/alert-routing`, {
      joinWindowMinutes: 5,
      autoDeclare: { enabled: false, atOrAbove: null, criticalities: ['high'] },
    });
    t.clock.advance(6 * 60_000);
    await am(amI.key, { severity: 'critical' }, 'am-off');
    expect((await alertByKey('am-off'))?.incident).toBeNull();
  });

  it('the rule cache: edits through the API apply at once; a change elsewhere applies when the cache event arrives', async () => {
    const a = await buildService(t, { name: `cache-a-${kind}` });
    const b = await buildService(t, { name: `cache-b-${kind}` });
    const genI = await integration({ name: `gen-cache-${kind}`, format: 'generic' });
    const r = await rule({
      name: 'route',
      conditions: [{ field: 'metadata.team', op: 'equals', value: 'x' }],
      actions: { service: a.name },
    });
    await generic(genI.key, { deduplication_key: 'c1', metadata: { team: 'x' } });
    expect((await alertByKey('c1'))?.service?.name).toBe(a.name);
    expect((await t.call(t.admin, 'PATCH', `${api}/alert-rules/${r.id}`, { actions: { service: b.name } })).statusCode).toBe(200);
    await generic(genI.key, { deduplication_key: 'c2', metadata: { team: 'x' } });
    expect((await alertByKey('c2'))?.service?.name).toBe(b.name);

    // Written behind the instance's back (as another instance would): the cached rules still apply…
    await t.deps.db.updateTable('alert_rules').set({ service_id: a.id }).where('id', '=', r.id).execute();
    await generic(genI.key, { deduplication_key: 'c3', metadata: { team: 'x' } });
    expect((await alertByKey('c3'))?.service?.name).toBe(b.name);
    // …until the cache event (what PgBus delivers from the other instance's commit).
    t.deps.bus.publish([{ type: 'cache', name: 'alert-routing' }]);
    await generic(genI.key, { deduplication_key: 'c4', metadata: { team: 'x' } });
    expect((await alertByKey('c4'))?.service?.name).toBe(a.name);
  });

  it('reorder changes which rule wins; the order must name every rule once', async () => {
    const a = await buildService(t, { name: `order-a-${kind}` });
    const b = await buildService(t, { name: `order-b-${kind}` });
    const genI = await integration({ name: `gen-order-${kind}`, format: 'generic' });
    const r1 = await rule({ name: 'to a', actions: { service: a.name } });
    const r2 = await rule({ name: 'to b', actions: { service: b.name } });
    await generic(genI.key, { deduplication_key: 'o1' });
    expect((await alertByKey('o1'))?.service?.name).toBe(a.name);
    const bad = await t.call(t.admin, 'PUT', `${api}/alert-rules/order`, { ids: [r2.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('every rule exactly once');
    const res = await t.call(t.admin, 'PUT', `${api}/alert-rules/order`, { ids: [r2.id, r1.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().data as { name: string; position: number }[]).map((x) => [x.position, x.name])).toEqual([
      [1, 'to b'],
      [2, 'to a'],
    ]);
    await generic(genI.key, { deduplication_key: 'o2' });
    expect((await alertByKey('o2'))?.service?.name).toBe(b.name);
    // Inserting at a position shifts the others.
    await rule({ name: 'first now', position: 1, actions: { service: a.name } });
    const names = ((await t.call(t.admin, 'GET', `${api}/alert-rules`)).json().data as { name: string }[]).map((x) => x.name);
    expect(names).toEqual(['first now', 'to b', 'to a']);
  });

  it('dry run: shows which rule matched and what would happen, for the saved set or one unsaved rule; writes nothing', async () => {
    const svc = await buildService(t, { name: `dry-${kind}`, criticality: 'critical' });
    const amI = await integration({ name: `am-dry-${kind}`, format: 'alertmanager' });
    await rule({ name: 'drop test env', conditions: [{ field: 'labels.env', op: 'equals', value: 'test' }], actions: { drop: true } });
    await rule({
      name: 'checkout',
      conditions: [{ field: 'labels.team', op: 'exists' }],
      actions: { service: svc.name, severity: 'SEV1' },
    });
    const before = (await alerts()).length;
    const sample = {
      alerts: [
        { status: 'firing', labels: { alertname: 'A', team: 'checkout', env: 'prod' }, annotations: { summary: 'Prod errors' } },
        { status: 'firing', labels: { alertname: 'B', team: 'checkout', env: 'test' } },
        { status: 'firing', labels: { alertname: 'C' } },
      ],
    };
    const res = await t.call(t.admin, 'POST', `${api}/alert-rules/test`, {
      format: 'alertmanager',
      integration: amI.name,
      payload: sample,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [prod, test, none] = res.json().data.events;
    expect(prod).toMatchObject({ title: 'Prod errors', outcome: 'declared', service: { name: svc.name }, severity: { name: 'SEV1' } });
    expect(prod.matched).toEqual([{ id: expect.any(String), name: 'checkout', applied: ['service', 'severity'] }]);
    expect(prod.fields['labels.team']).toBe('checkout');
    expect(test).toMatchObject({
      outcome: 'dropped',
      matched: [
        { name: 'drop test env', applied: ['drop'] },
        { name: 'checkout', applied: [] },
      ],
    });
    expect(none).toMatchObject({ outcome: 'not_routed', matched: [], service: null });
    // With an open incident of the service the outcome is "joined".
    const inc = await declare(t, t.responder, { services: [svc.name] });
    const joined = await t.call(t.admin, 'POST', `${api}/alert-rules/test`, { format: 'alertmanager', payload: sample });
    expect(joined.json().data.events[0]).toMatchObject({ outcome: 'joined', incident: { ref: inc.ref } });
    // An unsaved rule, alone; and what the format refuses comes back as errors.
    const single = await t.call(t.admin, 'POST', `${api}/alert-rules/test`, {
      format: 'pagerduty',
      payload: { dedup_key: 'x', payload: { summary: 'S', source: 'web-7', severity: 'info' } },
      rule: { name: 'web hosts', conditions: [{ field: 'source', op: 'regex', value: '^web-\\d+$' }], actions: { drop: true } },
    });
    expect(single.json().data.events[0]).toMatchObject({ outcome: 'dropped', matched: [{ id: null, name: 'web hosts' }] });
    const refused = await t.call(t.admin, 'POST', `${api}/alert-rules/test`, { format: 'pagerduty', payload: { payload: {} } });
    expect(refused.json().data.errors).toContain("'payload.summary' is missing or blank");
    expect((await alerts()).length).toBe(before);
  });

  it('bad input: invalid or unsafe regex, unknown service/severity/integration, conflicting actions, too many conditions or rules', async () => {
    const bad = async (body: Record<string, unknown>, message: string) => {
      const res = await t.call(t.admin, 'POST', `${api}/alert-rules`, { name: 'bad', ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain(message);
    };
    await bad(
      { conditions: [{ field: 'title', op: 'regex', value: '(unclosed' }], actions: { drop: true } },
      'conditions[0].value: the pattern is not a valid regular expression',
    );
    await bad({ conditions: [{ field: 'title', op: 'regex', value: '(a+)+$' }], actions: { drop: true } }, 'exponential time');
    await bad({ conditions: [{ field: 'title', op: 'regex', value: 'x'.repeat(201) }], actions: { drop: true } }, 'longer than 200');
    await bad({ conditions: [{ field: 'title', op: 'equals' }], actions: { drop: true } }, 'value: required for equals');
    await bad({ actions: { service: 'no-such-service' } }, 'unknown service no-such-service');
    await bad({ actions: { severity: 'SEV9' } }, 'unknown severity SEV9');
    await bad({ integration: 'nope', actions: { drop: true } }, 'unknown integration nope');
    await bad({ actions: { drop: true, severity: 'SEV1' } }, 'cannot also set');
    await bad({ actions: {} }, 'set a service, a severity, or drop');
    const many = Array.from({ length: 21 }, () => ({ field: 'title', op: 'exists' }));
    expect((await t.call(t.admin, 'POST', `${api}/alert-rules`, { name: 'x', conditions: many, actions: { drop: true } })).statusCode).toBe(
      400,
    );
    const dry = await t.call(t.admin, 'POST', `${api}/alert-rules/test`, {
      format: 'generic',
      payload: { title: 'x' },
      rule: { name: 'r', conditions: [{ field: 'title', op: 'regex', value: '[' }], actions: { drop: true } },
    });
    expect(dry.statusCode).toBe(400);
    expect(dry.json().error.message).toContain('rule.conditions[0].value');
    const settings = await t.call(t.admin, 'PUT', `${api}/alert-routing`, {
      joinWindowMinutes: 0,
      autoDeclare: { enabled: true, atOrAbove: null, criticalities: [] },
    });
    expect(settings.statusCode).toBe(400);
    const sev = await t.call(t.admin, 'PUT', `${api}/alert-routing`, {
      joinWindowMinutes: 10,
      autoDeclare: { enabled: true, atOrAbove: 'SEV9', criticalities: [] },
    });
    expect(sev.json().error.message).toContain('autoDeclare.atOrAbove: unknown severity SEV9');
    expect((await t.call(t.responder, 'GET', `${api}/alert-rules`)).statusCode).toBe(403);
    // The 200-rule cap (rows written directly: 200 requests would only slow the test).
    const now = t.clock.now().toISOString();
    await t.deps.db
      .insertInto('alert_rules')
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          id: `cap-${kind}-${i}`,
          position: i + 1,
          name: `cap ${i}`,
          enabled: 0,
          integration_id: null,
          conditions: '[]',
          service_id: null,
          severity_id: null,
          drop_event: 1,
          created_by: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await bad({ actions: { drop: true } }, 'At most 200 routing rules');
    await t.deps.db.deleteFrom('alert_rules').where('id', 'like', `cap-${kind}-%`).execute();
    t.deps.bus.publish([{ type: 'cache', name: 'alert-routing' }]);
  });

  it('rate limit per integration: 429 with Retry-After in each format, off by default, back after the wait', async () => {
    const pdI = await integration({ name: `pd-rl-${kind}`, format: 'pagerduty', rateLimitPerMinute: 2 });
    const ogI = await integration({ name: `og-rl-${kind}`, format: 'opsgenie', rateLimitPerMinute: 2 });
    const amI = await integration({ name: `am-rl-${kind}`, format: 'alertmanager', rateLimitPerMinute: 2 });
    const genI = await integration({ name: `gen-rl-${kind}`, format: 'generic' });
    const unlimited = await Promise.all(Array.from({ length: 5 }, (_, i) => generic(genI.key, { deduplication_key: `u${i}` })));
    expect(unlimited.map((r) => r.statusCode)).toEqual([202, 202, 202, 202, 202]);

    expect((await pd(pdI.key, 'rl-1')).statusCode).toBe(202);
    expect((await pd(pdI.key, 'rl-2')).statusCode).toBe(202);
    const pdOver = await pd(pdI.key, 'rl-3');
    expect(pdOver.statusCode).toBe(429);
    expect(Number(pdOver.headers['retry-after'])).toBe(30);
    expect(pdOver.json()).toMatchObject({
      status: 'throttle exceeded',
      errors: ['More than 2 events per minute for this integration; retry later'],
    });
    expect(await alertByKey('rl-3')).toBeUndefined();

    await og(ogI.key, { alias: 'og-rl-1' });
    await og(ogI.key, { alias: 'og-rl-2' });
    const ogOver = await og(ogI.key, { alias: 'og-rl-3' });
    expect(ogOver.statusCode).toBe(429);
    expect(ogOver.headers['retry-after']).toBeDefined();
    expect(ogOver.json()).toMatchObject({
      message: expect.stringContaining('More than 2 events per minute'),
      requestId: expect.any(String),
    });

    // Alertmanager: a batch takes one token per alert; then Firebreak's envelope.
    const batch = await post(`${api}/ingest/alertmanager/${amI.key}`, {
      alerts: [1, 2, 3].map((n) => ({ status: 'firing', labels: { alertname: 'X', n: String(n) } })),
    });
    expect(batch.statusCode).toBe(200);
    const amOver = await am(amI.key, {}, 'am-rl');
    expect(amOver.statusCode).toBe(429);
    expect(amOver.json().error.code).toBe('rate_limited');
    expect(Number(amOver.headers['retry-after'])).toBe(60); // owes one token: a full token's time
    const patched = await t.call(t.admin, 'PATCH', `${api}/integrations/${genI.id}`, { rateLimitPerMinute: 1 });
    expect(patched.json().data.rateLimitPerMinute).toBe(1);
    expect((await generic(genI.key, { deduplication_key: 'g-rl-1' })).statusCode).toBe(202);
    const genOver = await generic(genI.key, { deduplication_key: 'g-rl-2' });
    expect(genOver.statusCode).toBe(429);
    expect(genOver.headers['retry-after']).toBe('60');

    t.clock.advance(61_000);
    expect((await pd(pdI.key, 'rl-4')).statusCode).toBe(202);
    expect((await generic(genI.key, { deduplication_key: 'g-rl-3' })).statusCode).toBe(202);
    expect((await t.call(t.admin, 'PATCH', `${api}/integrations/${genI.id}`, { rateLimitPerMinute: 0 })).statusCode).toBe(400);
  });

  it('tells the owning team of the service by e-mail, an alert storm as one e-mail per person per minute', async () => {
    const member = await buildUser(t, { email: `oncall-${kind}@example.com`, name: 'Omar Oncall' });
    const optedOut = await buildUser(t, { email: `quiet-${kind}@example.com` });
    await t.call(optedOut, 'PUT', `${api}/me/notification-settings`, { channels: { alert: [] } });
    const outsider = await buildUser(t, { email: `outsider-${kind}@example.com` });
    const team = await buildTeam(t, { members: [member.email, optedOut.email] });
    const svc = await buildService(t, { name: `storm-${kind}`, ownerTeam: team.id });
    const amI = await integration({ name: `am-storm-${kind}`, format: 'alertmanager', service: svc.name });
    t.clock.advance(60_000 - (t.clock.now().getTime() % 60_000)); // start of a minute
    const storm = await post(`${api}/ingest/alertmanager/${amI.key}`, {
      alerts: Array.from({ length: 250 }, (_, n) => ({ status: 'firing', labels: { alertname: `Storm${n}`, severity: 'critical' } })),
    });
    expect(storm.statusCode).toBe(200);
    t.clock.advance(10_000);
    await am(amI.key, { alertname: 'Late' }, 'storm-late');
    await worker.runDue();
    expect(smtp.messages.filter((m) => m.envelope.to.includes(member.email))).toEqual([]); // the window is still open
    t.clock.advance(60_000);
    await worker.runDue();
    await worker.runDue();
    const mine = smtp.messages.filter((m) => m.envelope.to.includes(member.email));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toBe(`[Alerts] 251 new alerts on ${svc.name}`);
    expect(mine[0].text).toMatch(/- \[critical\] Storm\d+\n {2}http:\/\/firebreak.test\/alerts\//);
    expect(mine[0].text).toContain('and 231 more');
    expect(smtp.messages.filter((m) => m.envelope.to.includes(optedOut.email))).toEqual([]);
    expect(smtp.messages.filter((m) => m.envelope.to.includes(outsider.email))).toEqual([]);
    // The next minute's alerts are the next e-mail.
    await am(amI.key, { alertname: 'Next' }, 'storm-next');
    t.clock.advance(70_000);
    await worker.runDue();
    await worker.runDue();
    const after = smtp.messages.filter((m) => m.envelope.to.includes(member.email));
    expect(after).toHaveLength(2);
    expect(after[1].subject).toBe(`[Alerts] 1 new alert on ${svc.name}`);
  });
});
