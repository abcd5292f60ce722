import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { publicIncident, publicSnapshot } from './index.ts';

const api = '/api/v1';
const JSON_ENDPOINTS = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
];

/**
 * The privacy matrix: a private incident, a public incident nobody published, a published incident
 * made private afterwards, internal titles, war-room comments and stakeholder updates not marked for
 * the page — none of their words appear in the snapshot, the history read or any of the public JSON;
 * only what was published does.
 */
describe.each(testDatabases())('what the public never sees, on %s', (kind) => {
  let t: TestApp;
  let published: { id: string; ref: string };
  let madePrivate: { id: string; ref: string };
  let secret: { id: string; ref: string };
  let unpublished: { id: string; ref: string };
  const SECRETS = [
    'PRIVSECRET-title',
    'UNPUBLISHED-title',
    'INTERNAL-title',
    'WARROOM-comment',
    'STAKEHOLDER-only',
    'MADEPRIVATE-public',
    'MADEPRIVATE-update',
  ];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    const ok = async (method: string, url: string, body?: unknown) => {
      const res = await t.call(t.admin, method, url, body);
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    await ok('PUT', `${api}/status-page/settings`, { enabled: true, organisationName: 'Acme' });
    const comp = (await ok('POST', `${api}/status-page/components`, { name: 'API' })).data;
    // a private incident: refused, so nothing of it is ever stored for the page
    secret = await declare(t, t.responder, { title: 'PRIVSECRET-title', private: true });
    const refused = await t.call(t.responder, 'POST', `${api}/incidents/${secret.ref}/status-page`, {
      publicTitle: 'PRIVSECRET-public',
      impacts: [{ componentId: comp.id, status: 'major_outage' }],
      update: { status: 'investigating', body: 'PRIVSECRET-update' },
    });
    expect(refused.statusCode).toBe(409);
    const viaUpdate = await t.call(t.responder, 'POST', `${api}/incidents/${secret.ref}/updates`, {
      body: 'PRIVSECRET-stakeholder',
      publishToStatusPage: true,
    });
    expect(viaUpdate.statusCode).toBe(409);
    // a public incident nobody published (its stakeholder update, not marked, stays off the page too)
    unpublished = await declare(t, t.responder, { title: 'UNPUBLISHED-title' });
    await ok('POST', `${api}/incidents/${unpublished.ref}/updates`, { body: 'STAKEHOLDER-only about the unpublished one' });
    const notPublished = await t.call(t.responder, 'POST', `${api}/incidents/${unpublished.ref}/updates`, {
      body: 'UNPUBLISHED-stakeholder',
      publishToStatusPage: true,
    });
    expect([notPublished.statusCode, notPublished.json().error.code]).toEqual([409, 'status_page_not_published']);
    // a published one, with internal talk beside its public updates
    published = await declare(t, t.responder, { title: 'INTERNAL-title' });
    await ok('POST', `${api}/incidents/${published.ref}/status-page`, {
      publicTitle: 'Public title',
      impacts: [{ componentId: comp.id, status: 'partial_outage' }],
      update: { status: 'investigating', body: 'Public words.' },
    });
    await ok('POST', `${api}/incidents/${published.ref}/comments`, { body: 'WARROOM-comment on the published one' });
    await ok('POST', `${api}/incidents/${published.ref}/updates`, { body: 'STAKEHOLDER-only on the published one' });
    // published, then made private: it leaves the page at once, history included
    madePrivate = await declare(t, t.responder, { title: 'MADEPRIVATE-internal' });
    await ok('POST', `${api}/incidents/${madePrivate.ref}/status-page`, {
      publicTitle: 'MADEPRIVATE-public',
      impacts: [{ componentId: comp.id, status: 'major_outage' }],
      update: { status: 'investigating', body: 'MADEPRIVATE-update' },
    });
    expect(JSON.stringify(await publicSnapshot(t.deps))).toContain('MADEPRIVATE-public');
    await ok('PATCH', `${api}/incidents/${madePrivate.ref}`, { private: true });
    // one resolved after a while, so the history lists and uptime bars are exercised too
    t.clock.advance(10 * 60_000);
    await ok('POST', `${api}/incidents/${published.ref}/status`, { status: 'resolved' });
  });
  afterAll(() => t.close());

  const leaks = (text: string) => SECRETS.filter((s) => text.includes(s));

  it('the snapshot holds only what was published', async () => {
    const snap = await publicSnapshot(t.deps);
    expect(leaks(JSON.stringify(snap))).toEqual([]);
    expect(snap.recentIncidents.map((i) => i.title)).toEqual(['Public title']);
    expect(snap.incidents).toEqual([]);
    // the incident made private no longer colours the component or its history
    expect(snap.components[0].status).toBe('operational');
    expect(snap.components[0].days.at(-1)?.incidentIds).toEqual([published.id]);
    expect(snap.recentIncidents[0].updates.map((u) => u.body)).toEqual(['Public words.']);
  });

  it('every Statuspage-compatible endpoint holds only what was published', async () => {
    for (const path of JSON_ENDPOINTS) {
      const res = await t.call(null, 'GET', `/api/v2/${path}`);
      expect(res.statusCode, path).toBe(200);
      expect(leaks(res.body), path).toEqual([]);
    }
    const incidents = (await t.call(null, 'GET', '/api/v2/incidents.json')).json().incidents;
    expect(incidents.map((i: { name: string }) => i.name)).toEqual(['Public title']);
  });

  it('the history read answers null for private and unpublished incidents', async () => {
    expect(await publicIncident(t.deps, secret.id)).toBeNull();
    expect(await publicIncident(t.deps, unpublished.id)).toBeNull();
    expect(await publicIncident(t.deps, madePrivate.id)).toBeNull();
    const shown = await publicIncident(t.deps, published.id);
    expect(shown?.title).toBe('Public title');
    expect(leaks(JSON.stringify(shown))).toEqual([]);
  });
});
