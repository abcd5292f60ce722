import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { onAlertRouted } from './index.ts';
import { closeEndedWindows } from './maintenance.ts';

const api = '/api/v1';
type AlertJson = {
  id: string;
  dedupKey: string;
  status: string;
  incident: { ref: string } | null;
  resolvedAt: string | null;
  suppressedBy: { id: string; reason: string } | null;
};

/** Every alert a reaction (notifications, paging) was handed, by dedup key. */
const reacted: string[] = [];
onAlertRouted('test:maintenance-spy', async (_tx, _ctx, alert) => void reacted.push(alert.dedup_key));

describe.each(testDatabases())('maintenance windows on %s', (kind) => {
  let t: TestApp;
  const minutes = (n: number) => new Date(t.clock.now().getTime() + n * 60_000).toISOString();
  const integration = async (name: string, format: string, service?: string) => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, { name, format, ...(service ? { service } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; key: string };
  };
  const pd = (key: string, dedup: string, severity = 'critical', extra: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v2/enqueue',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        routing_key: key,
        event_action: 'trigger',
        dedup_key: dedup,
        payload: { summary: `Alert ${dedup}`, source: 'db-1', severity, ...extra },
      }),
    });
  const alertOf = async (dedup: string) =>
    ((await t.call(t.viewer, 'GET', `${api}/alerts?limit=200`)).json().data as AlertJson[]).filter((a) => a.dedupKey === dedup);
  const plan = (body: Record<string, unknown>, as = t.responder) => t.call(as, 'POST', `${api}/maintenance-windows`, body);

  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('an alert inside a window of its service is suppressed: listed with the window, no incident, no reaction', async () => {
    reacted.length = 0;
    const svc = await buildService(t, { name: `core-mw-${kind}`, criticality: 'critical' });
    const i = await integration(`pd-mw-${kind}`, 'pagerduty', svc.name);
    const created = await plan({ service: svc.name, startsAt: minutes(-1), endsAt: minutes(60), reason: 'Database upgrade' });
    expect(created.statusCode, created.body).toBe(201);
    const w = created.json().data;
    expect(w).toMatchObject({
      state: 'active',
      reason: 'Database upgrade',
      service: { name: svc.name },
      createdBy: { id: t.responder.id },
    });

    expect((await pd(i.key, 'mw-in')).statusCode).toBe(202);
    const [a] = await alertOf('mw-in');
    expect(a).toMatchObject({ status: 'suppressed', incident: null, suppressedBy: { id: w.id, reason: 'Database upgrade' } });
    expect(reacted).not.toContain('mw-in');
    const incidents = (await t.call(t.admin, 'GET', `${api}/incidents?limit=100`)).json().data as { title: string }[];
    expect(incidents.map((x) => x.title)).not.toContain('Alert mw-in');
    // Repeats during the window count on the same suppressed alert.
    await pd(i.key, 'mw-in');
    expect(await alertOf('mw-in')).toHaveLength(1);
    expect((await t.call(t.viewer, 'GET', `${api}/alerts?status=suppressed`)).json().data.map((x: AlertJson) => x.dedupKey)).toContain(
      'mw-in',
    );
    expect((await t.call(t.viewer, 'GET', `${api}/maintenance-windows/${w.id}`)).json().data.suppressedAlerts).toBe(1);

    // Ended early: its alerts close, and the source still firing opens a new alert that routes (declares) as usual.
    const ended = await t.call(t.responder, 'POST', `${api}/maintenance-windows/${w.id}/end`, { note: 'Done early' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().data).toMatchObject({ state: 'past', endedEarlyAt: t.clock.now().toISOString() });
    const [closed] = await alertOf('mw-in');
    expect(closed).toMatchObject({ status: 'suppressed', resolvedAt: t.clock.now().toISOString() });
    t.clock.advance(1000);
    await pd(i.key, 'mw-in');
    const after = await alertOf('mw-in');
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ status: 'triggered', suppressedBy: null });
    expect(after[0].incident).not.toBeNull();
    expect(reacted).toContain('mw-in');
    // Past windows stay: they cannot be ended again or deleted.
    expect((await t.call(t.responder, 'POST', `${api}/maintenance-windows/${w.id}/end`, {})).statusCode).toBe(409);
    expect((await t.call(t.admin, 'DELETE', `${api}/maintenance-windows/${w.id}`)).statusCode).toBe(409);
    expect((await t.call(t.viewer, 'GET', `${api}/maintenance-windows?state=past`)).json().data.map((x: { id: string }) => x.id)).toContain(
      w.id,
    );
  });

  it('outside a window (before it starts, other services) alerts route normally; an upcoming window can be deleted', async () => {
    const svc = await buildService(t, { name: `api-mw-${kind}`, criticality: 'critical' });
    const other = await buildService(t, { name: `web-mw-${kind}`, criticality: 'critical' });
    const i = await integration(`pd-out-${kind}`, 'pagerduty', svc.name);
    const io = await integration(`pd-other-${kind}`, 'pagerduty', other.name);
    const w = (await plan({ service: svc.name, startsAt: minutes(30), endsAt: minutes(90), reason: 'Planned failover' })).json().data;
    expect(w.state).toBe('upcoming');
    await pd(i.key, 'before-window');
    expect((await alertOf('before-window'))[0]).toMatchObject({ status: 'triggered', suppressedBy: null });
    expect((await alertOf('before-window'))[0].incident).not.toBeNull();

    t.clock.advance(31 * 60_000); // now inside: the cached copy needs no reload to see it start
    await pd(i.key, 'in-window');
    expect((await alertOf('in-window'))[0].status).toBe('suppressed');
    await pd(io.key, 'other-service');
    expect((await alertOf('other-service'))[0].status).toBe('triggered');

    t.clock.advance(60 * 60_000); // past its end: routed again, and the sweep closes what it suppressed
    await pd(i.key, 'after-window');
    expect((await alertOf('after-window'))[0].status).toBe('triggered');
    expect(await closeEndedWindows(t.deps)).toBe(1);
    expect((await alertOf('in-window'))[0].resolvedAt).toBe(w.endsAt);

    const upcoming = (await plan({ service: svc.name, startsAt: minutes(60), endsAt: minutes(120), reason: 'Oops' })).json().data;
    expect((await t.call(t.viewer, 'DELETE', `${api}/maintenance-windows/${upcoming.id}`)).statusCode).toBe(403);
    expect((await t.call(t.responder, 'DELETE', `${api}/maintenance-windows/${upcoming.id}`)).statusCode).toBe(204);
    expect((await t.call(t.viewer, 'GET', `${api}/maintenance-windows/${upcoming.id}`)).json().error.code).toBe(
      'maintenance_window_not_found',
    );
  });

  it('a window by labels suppresses only the alerts whose fields all match', async () => {
    const am = await integration(`am-mw-${kind}`, 'alertmanager');
    const w = (
      await plan({ match: { cluster: 'eu-1', team: 'storage' }, startsAt: minutes(0), endsAt: minutes(30), reason: 'Kernel patching' })
    ).json().data;
    expect(w.match).toEqual({ cluster: 'eu-1', team: 'storage' });
    const fire = (labels: Record<string, string>, fingerprint: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/ingest/alertmanager/${am.key}`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({
          version: '4',
          status: 'firing',
          receiver: 'firebreak',
          groupLabels: {},
          commonLabels: {},
          commonAnnotations: {},
          externalURL: 'http://am',
          alerts: [{ status: 'firing', labels: { alertname: 'DiskFull', ...labels }, annotations: {}, fingerprint }],
        }),
      });
    expect((await fire({ cluster: 'eu-1', team: 'storage' }, `lab-match-${kind}`)).statusCode).toBe(200);
    await fire({ cluster: 'eu-1', team: 'web' }, `lab-other-${kind}`);
    await fire({ cluster: 'eu-1' }, `lab-missing-${kind}`);
    expect((await alertOf(`lab-match-${kind}`))[0].suppressedBy?.id).toBe(w.id);
    expect((await alertOf(`lab-other-${kind}`))[0].status).toBe('triggered');
    expect((await alertOf(`lab-missing-${kind}`))[0].status).toBe('triggered');
    // PagerDuty's payload fields match too (source, component), and severity.
    const i = await integration(`pd-lab-${kind}`, 'pagerduty');
    const w2 = (
      await plan({ match: { component: 'kafka', severity: 'warning' }, endsAt: minutes(10), startsAt: minutes(0), reason: 'x' })
    ).json().data;
    await pd(i.key, 'kafka-warn', 'warning', { component: 'kafka' });
    await pd(i.key, 'kafka-crit', 'critical', { component: 'kafka' });
    expect((await alertOf('kafka-warn'))[0].suppressedBy?.id).toBe(w2.id);
    expect((await alertOf('kafka-crit'))[0].status).toBe('triggered');
  });

  it('refuses bad windows with the field named; viewers read but cannot plan', async () => {
    const svc = await buildService(t, { name: `bad-mw-${kind}` });
    const bad = async (body: Record<string, unknown>, field: string, code = 'invalid_input') => {
      const res = await plan({ service: svc.name, startsAt: minutes(0), endsAt: minutes(60), reason: 'r', ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(JSON.stringify(res.json().error)).toContain(field);
    };
    await bad({ startsAt: minutes(60), endsAt: minutes(0) }, 'endsAt'); // inverted
    await bad({ startsAt: minutes(10), endsAt: minutes(10) }, 'endsAt'); // empty
    await bad({ startsAt: minutes(-120), endsAt: minutes(-60) }, 'endsAt'); // all in the past
    await bad({ endsAt: minutes(15 * 24 * 60) }, 'endsAt'); // longer than 14 days
    await bad({ service: 'no-such-service' }, 'service', 'unknown_service');
    await bad({ service: undefined }, 'service'); // nothing to match: would suppress everything
    await bad({ reason: '   ' }, 'reason', 'invalid_input');
    await bad({ startsAt: 'tomorrow' }, 'startsAt', 'invalid_input');
    expect((await plan({ service: svc.name, startsAt: minutes(0), endsAt: minutes(5), reason: 'r' }, t.viewer)).statusCode).toBe(403);
    expect((await t.call(t.viewer, 'GET', `${api}/maintenance-windows`)).statusCode).toBe(200);
    const audit = await t.call(t.admin, 'GET', `${api}/audit?action=maintenance.`);
    expect((audit.json().data as { action: string }[]).map((r) => r.action)).toContain('maintenance.created');
  });
});
