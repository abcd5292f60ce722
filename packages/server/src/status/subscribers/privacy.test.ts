import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../platform/mail.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { ok, publicUpdate, publishIncident, publishRetro, putSummary, setUpPage } from '../page/testSetup.ts';
import { statusNotifyJob } from './notify.ts';

/**
 * The privacy matrix: a private incident, an unpublished public one, and internal-only text on a
 * published one (internal title, war-room comment, stakeholder update not published) — none of it
 * may reach the page, the history, the feeds, subscriber e-mail or webhooks. Published text does.
 */
const SECRETS = [
  'SECRET-PRIVATE-TITLE',
  'SECRET-PRIVATE-COMMENT',
  'SECRET-UNPUBLISHED-TITLE',
  'SECRET-UNPUBLISHED-STAKEHOLDER',
  'SECRET-INTERNAL-TITLE',
  'SECRET-WAR-ROOM',
  'SECRET-STAKEHOLDER-NOT-PUBLISHED',
];

describe.each(testDatabases())('status page privacy on %s', (kind) => {
  let t: TestApp;
  let ids: { api: string; web: string };
  const hidden: string[] = [];
  let published: { id: string; ref: string };

  /** Runs the queued subscriber fan-outs as the worker would (without sending anything over the network). */
  async function fanOut() {
    const jobs = await t.deps.db.selectFrom('jobs').selectAll().where('kind', '=', 'status.notify').where('state', '=', 'queued').execute();
    for (const j of jobs) {
      await statusNotifyJob.run(
        { ...t.deps, job: { id: j.id, kind: j.kind, attempt: 1, runAt: j.run_at }, signal: new AbortController().signal },
        statusNotifyJob.payload.parse(JSON.parse(j.payload)),
      );
      await t.deps.db.updateTable('jobs').set({ state: 'done' }).where('id', '=', j.id).execute();
    }
  }
  const queued = async (kind: string) =>
    (await t.deps.db.selectFrom('jobs').select('payload').where('kind', '=', kind).execute()).map((r) => JSON.parse(r.payload));

  beforeAll(async () => {
    t = await makeTestApp(kind);
    ids = await setUpPage(t);
    // Subscribers: everything by e-mail (confirmed), only the Dashboard (confirmed), one never confirmed, and a webhook.
    for (const [email, components] of [
      ['all@example.org', undefined],
      ['dashboard@example.org', [ids.web]],
      ['unconfirmed@example.org', undefined],
    ] as const) {
      await ok(await t.call(null, 'POST', '/status/subscribe', { email, ...(components ? { components } : {}) }), 'subscribe');
      if (email === 'unconfirmed@example.org') continue;
      const mail = (await queued('mail.send')).find((m: MailMessage) => m.to[0] === email) as MailMessage;
      const token = /\/status\/confirm\/([\w.-]+)/.exec(mail.text)?.[1];
      const confirmed = await t.app.inject({
        method: 'POST',
        url: `/status/confirm/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
    }
    await ok(await t.call(null, 'POST', '/status/subscribe', { webhook: 'https://hooks.example.com/status' }), 'webhook');
    await t.deps.db.deleteFrom('jobs').where('kind', '=', 'mail.send').execute();

    // A private incident: it cannot be published at all.
    const priv = await ok<{ id: string; ref: string }>(
      await t.call(t.responder, 'POST', '/api/v1/incidents', { title: 'SECRET-PRIVATE-TITLE', severity: 'SEV1', private: true }),
      'private',
    );
    hidden.push(priv.id);
    await ok(await t.call(t.responder, 'POST', `/api/v1/incidents/${priv.ref}/comments`, { body: 'SECRET-PRIVATE-COMMENT' }), 'comment');
    const refused = await t.call(t.responder, 'POST', `/api/v1/incidents/${priv.ref}/status-page`, {
      publicTitle: 'SECRET-PRIVATE-TITLE',
      update: { status: 'investigating', body: 'SECRET-PRIVATE-COMMENT' },
    });
    expect(refused.statusCode).toBe(409);
    // A public incident nobody published, with a stakeholder update.
    const unpublished = await ok<{ id: string; ref: string }>(
      await t.call(t.responder, 'POST', '/api/v1/incidents', { title: 'SECRET-UNPUBLISHED-TITLE', severity: 'SEV2' }),
      'unpublished',
    );
    hidden.push(unpublished.id);
    await ok(
      await t.call(t.responder, 'POST', `/api/v1/incidents/${unpublished.ref}/updates`, { body: 'SECRET-UNPUBLISHED-STAKEHOLDER' }),
      'update',
    );
    // A published one, with internal-only text beside its public updates.
    published = await publishIncident(t, {
      internalTitle: 'SECRET-INTERNAL-TITLE',
      publicTitle: 'Dashboard is slow',
      body: 'PUBLIC-FIRST-UPDATE',
      impacts: [{ componentId: ids.web, status: 'degraded_performance' }],
    });
    await ok(await t.call(t.responder, 'POST', `/api/v1/incidents/${published.ref}/comments`, { body: 'SECRET-WAR-ROOM' }), 'comment');
    await ok(
      await t.call(t.responder, 'POST', `/api/v1/incidents/${published.ref}/updates`, { body: 'SECRET-STAKEHOLDER-NOT-PUBLISHED' }),
      'update',
    );
    await ok(
      await t.call(t.responder, 'POST', `/api/v1/incidents/${published.ref}/updates`, {
        body: 'PUBLIC-STAKEHOLDER-PUBLISHED',
        publishToStatusPage: true,
        publicStatus: 'identified',
      }),
      'published update',
    );
    await publicUpdate(t, published.ref, 'resolved', 'PUBLIC-RESOLVED');
    await fanOut();
  });
  afterAll(() => t.close());

  it('keeps every secret off the page, history, incident pages and feeds, and shows what was published', async () => {
    const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })).body;
    const surfaces: Record<string, string> = {
      page: await get('/status'),
      history: await get('/status/history'),
      incident: await get(`/status/incidents/${published.id}`),
      rss: await get('/status/history.rss'),
      atom: await get('/status/history.atom'),
    };
    for (const id of hidden) {
      const res = await t.app.inject({ method: 'GET', url: `/status/incidents/${id}`, headers: { accept: 'text/html' } });
      expect(res.statusCode, id).toBe(404);
      surfaces[`incident ${id}`] = res.body;
    }
    for (const [name, text] of Object.entries(surfaces)) for (const s of SECRETS) expect(text, `${s} on ${name}`).not.toContain(s);
    expect(surfaces.history).toContain('PUBLIC-RESOLVED');
    for (const name of ['incident', 'rss', 'atom'])
      for (const s of ['PUBLIC-FIRST-UPDATE', 'PUBLIC-STAKEHOLDER-PUBLISHED', 'PUBLIC-RESOLVED'])
        expect(surfaces[name], `${s} on ${name}`).toContain(s);
    expect(parseFeed(surfaces.rss).items.map((i) => i.title)).toEqual(['Dashboard is slow']);
    expect(parseFeed(surfaces.atom).items.map((i) => i.title)).toEqual(['Dashboard is slow']);
  });

  it('e-mails only confirmed subscribers of the touched components, with public text only and the unsubscribe headers', async () => {
    const mails = (await queued('mail.send')) as MailMessage[];
    const byAddress = (a: string) => mails.filter((m) => m.to[0] === a);
    // published, identified (the stakeholder update published), resolved: three events, to both confirmed addresses.
    expect(
      byAddress('all@example.org')
        .map((m) => m.subject)
        .sort(),
      JSON.stringify(await queued('status.notify')),
    ).toEqual(
      [
        '[Acme <Cloud> status] Identified: Dashboard is slow',
        '[Acme <Cloud> status] Investigating: Dashboard is slow',
        '[Acme <Cloud> status] Resolved: Dashboard is slow',
      ].sort(),
    );
    expect(byAddress('dashboard@example.org')).toHaveLength(3);
    expect(byAddress('unconfirmed@example.org')).toEqual([]);
    const text = JSON.stringify(mails);
    for (const s of SECRETS) expect(text, s).not.toContain(s);
    expect(text).toContain('PUBLIC-STAKEHOLDER-PUBLISHED');
    for (const m of mails) {
      expect(m.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(m.text).toMatch(/Unsubscribe: http:\/\/firebreak\.test\/status\/unsubscribe\//);
    }
  });

  it('leaves out subscribers of other components, and sends webhooks Statuspage-shaped bodies with public text only', async () => {
    await t.deps.db.deleteFrom('jobs').where('kind', 'in', ['mail.send', 'status.webhook']).execute();
    const api = await publishIncident(t, {
      internalTitle: 'SECRET-INTERNAL-TITLE',
      publicTitle: 'API errors',
      body: 'PUBLIC-API-UPDATE',
      impacts: [{ componentId: ids.api, status: 'major_outage' }],
    });
    await fanOut();
    const mails = (await queued('mail.send')) as MailMessage[];
    expect(mails.map((m) => m.to[0])).toEqual(['all@example.org']);
    const hooks = (await queued('status.webhook')) as { event: string; body: string }[];
    const bodies = hooks.map((h) => JSON.parse(h.body));
    const incident = bodies.find((b) => b.incident);
    expect(Object.keys(incident).sort()).toEqual(['incident', 'meta', 'page']);
    expect(incident.incident).toMatchObject({ id: api.id, name: 'API errors', status: 'investigating', impact: 'critical' });
    expect(incident.incident.incident_updates[0]).toMatchObject({ status: 'investigating', body: 'PUBLIC-API-UPDATE' });
    expect(incident.meta.unsubscribe).toMatch(/^http:\/\/firebreak\.test\/status\/unsubscribe\//);
    const component = bodies.find((b) => b.component_update);
    expect(component.component_update).toMatchObject({ component_id: ids.api, old_status: 'operational', new_status: 'major_outage' });
    expect(component.component).toMatchObject({ id: ids.api, name: 'Public API', status: 'major_outage' });
    for (const s of SECRETS) expect(JSON.stringify(hooks), s).not.toContain(s);
  });

  it("keeps the retrospective's summary off every surface unless it is published on a public incident", async () => {
    await t.deps.db.deleteFrom('jobs').where('kind', 'in', ['mail.send', 'status.webhook', 'status.notify']).execute();
    const summarySecrets = ['SECRET-SUMMARY-SAVED', 'SECRET-SUMMARY-TAKEN-DOWN', 'SECRET-SUMMARY-MADE-PRIVATE', 'SECRET-RETRO-INTRO'];
    // Saved but never published.
    const saved = await publishIncident(t, { internalTitle: 'Saved', publicTitle: 'PUBLIC-SAVED', body: 'PUBLIC-SAVED-UPDATE' });
    await ok(await putSummary(t, saved.ref, 'SECRET-SUMMARY-SAVED', false), 'saved');
    // Published, then taken down.
    const down = await publishIncident(t, { internalTitle: 'Down', publicTitle: 'PUBLIC-DOWN', body: 'PUBLIC-DOWN-UPDATE' });
    await publishRetro(t, down.ref, 'SECRET-RETRO-INTRO');
    await ok(await putSummary(t, down.ref, 'SECRET-SUMMARY-TAKEN-DOWN', true), 'published');
    await ok(await putSummary(t, down.ref, 'SECRET-SUMMARY-TAKEN-DOWN', false), 'taken down');
    // Published, then the incident made private.
    const gone = await publishIncident(t, { internalTitle: 'Gone', publicTitle: 'SECRET-SUMMARY-MADE-PRIVATE title', body: 'x' });
    await publishRetro(t, gone.ref);
    await ok(await putSummary(t, gone.ref, 'SECRET-SUMMARY-MADE-PRIVATE', true), 'published');
    expect((await t.app.inject({ method: 'GET', url: `/status/incidents/${gone.id}` })).body).toContain('SECRET-SUMMARY-MADE-PRIVATE');
    await ok(await t.call(t.responder, 'PATCH', `/api/v1/incidents/${gone.ref}`, { private: true }), 'private');
    // One that stays public, so the surfaces are known to carry summaries.
    const shown = await publishIncident(t, { internalTitle: 'Shown', publicTitle: 'PUBLIC-SHOWN', body: 'PUBLIC-SHOWN-UPDATE' });
    await publishRetro(t, shown.ref);
    await ok(await putSummary(t, shown.ref, 'PUBLIC-SUMMARY-SHOWN', true), 'published');
    for (const ref of [saved.ref, down.ref, shown.ref]) await publicUpdate(t, ref, 'resolved', 'PUBLIC-RESOLVED-AGAIN');
    await fanOut();

    const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })).body;
    const surfaces: Record<string, string> = {
      page: await get('/status'),
      history: await get('/status/history'),
      rss: await get('/status/history.rss'),
      atom: await get('/status/history.atom'),
      mails: JSON.stringify(await queued('mail.send')),
      webhooks: JSON.stringify(await queued('status.webhook')),
    };
    for (const i of [saved, down, gone, shown]) surfaces[`incident ${i.ref}`] = await get(`/status/incidents/${i.id}`);
    for (const path of ['summary.json', 'incidents.json', 'incidents/unresolved.json'])
      surfaces[path] = (await t.call(null, 'GET', `/api/v2/${path}`)).body;
    for (const [name, text] of Object.entries(surfaces))
      for (const x of [...SECRETS, ...summarySecrets]) expect(text, `${x} on ${name}`).not.toContain(x);
    expect(surfaces[`incident ${shown.ref}`]).toContain('PUBLIC-SUMMARY-SHOWN');
    expect(surfaces.rss).toContain('PUBLIC-SUMMARY-SHOWN');
    expect(surfaces.atom).toContain('PUBLIC-SUMMARY-SHOWN');
    expect(surfaces.history).toContain('Summary available');
    // Subscribers hear of the resolutions, not of summaries.
    expect(surfaces.mails).toContain('PUBLIC-RESOLVED-AGAIN');
    expect(surfaces.mails).not.toContain('PUBLIC-SUMMARY-SHOWN');
  });
});
