import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../test/factories.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { publicSnapshot } from './index.ts';

const api = '/api/v1';

describe.each(testDatabases())('status page responder API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const ok = async (user: TestApp['admin'], method: string, url: string, body?: unknown, status = 200) => {
    const res = await t.call(user, method, url, body);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBe(status);
    return res.statusCode === 204 ? null : res.json();
  };
  const component = async (name: string, extra: Record<string, unknown> = {}) =>
    (await ok(t.admin, 'POST', `${api}/status-page/components`, { name, ...extra }, 201)).data as { id: string; status: string };

  it('starts switched off, and admins set it up', async () => {
    const before = await ok(t.viewer, 'GET', `${api}/status-page/settings`);
    expect(before.data.enabled).toBe(false);
    expect((await t.call(null, 'GET', '/api/v2/summary.json')).statusCode).toBe(404);
    expect((await t.call(t.responder, 'PUT', `${api}/status-page/settings`, { enabled: true })).statusCode).toBe(403);
    const after = await ok(t.admin, 'PUT', `${api}/status-page/settings`, {
      enabled: true,
      organisationName: 'Acme',
      brandColor: '#1f6feb',
      supportUrl: 'https://acme.example/help',
    });
    expect(after.data).toMatchObject({ enabled: true, organisationName: 'Acme', brandColor: '#1f6feb' });
    expect(after.data.pageId).toMatch(/^[a-z0-9]{12}$/);
    const bad = await t.call(t.admin, 'PUT', `${api}/status-page/settings`, { brandColor: 'red' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_input');
  });

  it('publishes an incident: components follow its impacts, the JSON and the snapshot show it, resolving ends the impact', async () => {
    const service = await buildService(t, { name: `payments-${kind}` });
    const api1 = await component('API', { groupName: 'Platform', service: service.name });
    const web = await component('Website', { groupName: 'Platform' });
    await component('Docs', { manualStatus: 'degraded_performance' });
    const incident = await declare(t, t.responder, { title: 'db-7 disk full on payments primary' });

    // viewers read the publication state but cannot publish
    const state = await ok(t.viewer, 'GET', `${api}/incidents/${incident.ref}/status-page`);
    expect(state.data).toMatchObject({ published: false, eligible: true, updates: [] });
    const body = {
      publicTitle: 'Payments are failing',
      impacts: [
        { componentId: api1.id, status: 'major_outage' },
        { componentId: web.id, status: 'degraded_performance' },
      ],
      update: { status: 'investigating', body: 'Some payments fail. We are on it.' },
    };
    expect((await t.call(t.viewer, 'POST', `${api}/incidents/${incident.ref}/status-page`, body)).statusCode).toBe(403);
    const published = await ok(t.responder, 'POST', `${api}/incidents/${incident.ref}/status-page`, body, 201);
    expect(published.data).toMatchObject({
      published: true,
      publicTitle: 'Payments are failing',
      status: 'investigating',
      impact: 'critical',
    });
    expect(published.data.updates.map((u: { body: string }) => u.body)).toEqual(['Some payments fail. We are on it.']);
    const again = await t.call(t.responder, 'POST', `${api}/incidents/${incident.ref}/status-page`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('status_page_published');

    const components = (await ok(t.viewer, 'GET', `${api}/status-page/components`)).data as { name: string; status: string }[];
    expect(Object.fromEntries(components.map((c) => [c.name, c.status]))).toEqual({
      API: 'major_outage',
      Website: 'degraded_performance',
      Docs: 'degraded_performance',
    });

    const summary = await t.call(null, 'GET', '/api/v2/summary.json');
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['cache-control']).toMatch(/max-age=/);
    const json = summary.json();
    expect(json.page).toMatchObject({ name: 'Acme', url: 'http://firebreak.test/status', time_zone: 'Etc/UTC' });
    expect(json.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0]).toMatchObject({ name: 'Payments are failing', status: 'investigating', impact: 'critical' });
    expect(json.incidents[0].incident_updates[0]).toMatchObject({ status: 'investigating', body: 'Some payments fail. We are on it.' });
    expect(JSON.stringify(json)).not.toContain('db-7');
    const group = json.components.find((c: { name: string }) => c.name === 'Platform');
    expect(group).toMatchObject({ group: true, status: 'major_outage' });
    expect(group.components).toEqual([api1.id, web.id]);
    expect(json.components.find((c: { name: string }) => c.name === 'API').group_id).toBe(group.id);
    const notModified = await t.app.inject({
      method: 'GET',
      url: '/api/v2/summary.json',
      headers: { 'if-none-match': summary.headers.etag as string },
    });
    expect(notModified.statusCode).toBe(304);

    // a stakeholder update marked "also publish" is posted on the page in the same request
    const update = await t.call(t.responder, 'POST', `${api}/incidents/${incident.ref}/updates`, {
      body: 'Payments work again for most customers.',
      publishToStatusPage: true,
      publicStatus: 'monitoring',
    });
    expect(update.statusCode, update.body).toBe(201);
    const monitoring = await ok(t.viewer, 'GET', `${api}/incidents/${incident.ref}/status-page`);
    expect(monitoring.data.status).toBe('monitoring');
    expect(monitoring.data.updates[0]).toMatchObject({ status: 'monitoring', body: 'Payments work again for most customers.' });
    expect(monitoring.data.updates[0].timelineEntryId).toBe(update.json().data.id);
    const unresolved = (await t.call(null, 'GET', '/api/v2/incidents/unresolved.json')).json();
    expect(unresolved.incidents[0].status).toBe('monitoring');
    expect(unresolved.incidents[0].monitoring_at).not.toBeNull();

    // resolving the incident ends its impact on the page without a public update
    t.clock.advance(60 * 60_000);
    const resolved = await t.call(t.responder, 'POST', `${api}/incidents/${incident.ref}/status`, { status: 'resolved' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const snap = await publicSnapshot(t.deps);
    expect(snap.incidents).toEqual([]);
    expect(snap.recentIncidents.map((i) => i.title)).toEqual(['Payments are failing']);
    expect(snap.recentIncidents[0].status).toBe('resolved');
    expect(snap.recentIncidents[0].updates).toHaveLength(2);
    const byName = Object.fromEntries(snap.components.map((c) => [c.name, c]));
    expect(byName.API.status).toBe('operational');
    expect(byName.Docs.status).toBe('degraded_performance');
    expect(byName.API.days).toHaveLength(90);
    expect(byName.API.days.at(-1)).toMatchObject({ status: 'major_outage', majorMinutes: 60, incidentIds: [incident.id] });
    expect(byName.API.uptimePercent).toBeLessThan(100);
    expect(byName.Website.uptimePercent).toBe(100);
    expect(snap.status).toEqual({ indicator: 'minor', description: 'Minor Service Outage' });

    // every change is on the incident's timeline
    const timeline = await ok(t.responder, 'GET', `${api}/incidents/${incident.ref}/timeline?limit=200`);
    const kinds = (timeline.data as { kind: string }[]).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['status_page_published', 'status_page_update']));
  });

  it('changes the public title, impacts and impact; unpublishing takes it off the page with its history', async () => {
    const comp = await component('Search');
    const incident = await declare(t, t.responder, { title: 'es cluster red' });
    const url = `${api}/incidents/${incident.ref}/status-page`;
    expect((await t.call(t.responder, 'PATCH', url, { publicTitle: 'x' })).json().error.code).toBe('status_page_not_published');
    await ok(
      t.responder,
      'POST',
      url,
      {
        publicTitle: 'Search is slow',
        impacts: [{ componentId: comp.id, status: 'degraded_performance' }],
        update: { status: 'investigating', body: 'Looking.' },
      },
      201,
    );
    const unknown = await t.call(t.responder, 'PATCH', url, { impacts: [{ componentId: 'nope', status: 'major_outage' }] });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'status_component_not_found']);
    t.clock.advance(10 * 60_000);
    const changed = await ok(t.responder, 'PATCH', url, {
      publicTitle: 'Search is down',
      impacts: [{ componentId: comp.id, status: 'major_outage' }],
    });
    expect(changed.data).toMatchObject({ publicTitle: 'Search is down', impact: 'critical', impactOverride: null });
    const overridden = await ok(t.responder, 'PATCH', url, { impact: 'minor' });
    expect(overridden.data).toMatchObject({ impact: 'minor', impactOverride: 'minor' });
    let snap = await publicSnapshot(t.deps);
    expect(snap.incidents.find((i) => i.id === incident.id)).toMatchObject({ title: 'Search is down', impact: 'minor' });
    expect(snap.components.find((c) => c.id === comp.id)?.status).toBe('major_outage');
    t.clock.advance(10 * 60_000);
    const gone = await ok(t.responder, 'DELETE', url);
    expect(gone.data).toMatchObject({ published: false, updates: [] });
    snap = await publicSnapshot(t.deps);
    expect(snap.incidents.find((i) => i.id === incident.id)).toBeUndefined();
    const search = snap.components.find((c) => c.id === comp.id);
    expect(search?.status).toBe('operational');
    expect(search?.days.at(-1)).toMatchObject({ status: 'operational', majorMinutes: 0, incidentIds: [] });
    const kinds = ((await ok(t.responder, 'GET', `${api}/incidents/${incident.ref}/timeline?limit=200`)).data as { kind: string }[]).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(['status_page_published', 'status_page_changed', 'status_page_unpublished']));
    const audit = await ok(t.admin, 'GET', `${api}/audit?action=status_page.`);
    expect((audit.data as { action: string }[]).map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'status_page.incident_published',
        'status_page.incident_changed',
        'status_page.incident_unpublished',
        'status_page.component_created',
      ]),
    );
  });

  it('keeps one copy of the page per instance until a `cache status-page` event (as another instance sends) drops it', async () => {
    const before = await publicSnapshot(t.deps);
    expect(await publicSnapshot(t.deps)).toBe(before);
    // a write this instance did not hear about (another instance's, before its NOTIFY arrives)
    await t.deps.db.updateTable('status_page_settings').set({ organisation_name: 'Acme Elsewhere' }).execute();
    expect((await publicSnapshot(t.deps)).page.name).toBe(before.page.name);
    t.deps.bus.publish([{ type: 'cache', name: 'status-page' }]);
    expect((await publicSnapshot(t.deps)).page.name).toBe('Acme Elsewhere');
  });

  it('never publishes a private incident', async () => {
    const incident = await declare(t, t.responder, { title: 'Secret thing', private: true });
    const state = await ok(t.responder, 'GET', `${api}/incidents/${incident.ref}/status-page`);
    expect(state.data).toMatchObject({ published: false, eligible: false });
    const res = await t.call(t.admin, 'POST', `${api}/incidents/${incident.ref}/status-page`, {
      publicTitle: 'Trouble',
      impacts: [],
      update: { status: 'investigating', body: 'Looking.' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'status_page_private', message: 'Private incidents never appear on the status page' });
  });
});
