import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { dayRuns } from './render.ts';
import { ok, publicUpdate, publishIncident, setUpPage } from './testSetup.ts';

const browser = { accept: 'text/html,application/xhtml+xml' };

describe('daily bars', () => {
  it('are one item per run of quiet or maintenance days; a day with outage minutes stays on its own', () => {
    const d = (date: string, status: 'operational' | 'major_outage' | 'under_maintenance', note: string | null = null) => ({
      date,
      status,
      note,
    });
    const runs = dayRuns([
      d('2026-03-01', 'operational'),
      d('2026-03-02', 'operational'),
      d('2026-03-03', 'major_outage', '1440 min major outage'),
      d('2026-03-04', 'major_outage', '1440 min major outage'),
      d('2026-03-05', 'under_maintenance'),
      d('2026-03-06', 'under_maintenance'),
      d('2026-03-07', 'operational'),
    ]);
    expect(runs.map((r) => [r.first, r.n, r.status])).toEqual([
      ['2026-03-01', 2, 'operational'],
      ['2026-03-03', 1, 'major_outage'],
      ['2026-03-04', 1, 'major_outage'],
      ['2026-03-05', 2, 'under_maintenance'],
      ['2026-03-07', 1, 'operational'],
    ]);
    expect(runs.reduce((n, r) => n + r.n, 0)).toBe(7);
  });
});

describe.each(testDatabases())('the public status page on %s', (kind) => {
  let t: TestApp;
  let ids: { api: string; web: string };
  let incident: { id: string; ref: string };
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('is not there until an admin switches it on', async () => {
    const api = await get('/status');
    expect([api.statusCode, api.json().error.code]).toEqual([404, 'status_page_disabled']);
    const page = await get('/status', browser);
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect((await get('/status/history.rss')).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/status/subscribe', { email: 'early@example.org' })).json().error.code).toBe(
      'status_page_disabled',
    );
  });

  it('shows the overall state, grouped components with 90 daily bars in words, and current incidents with public updates newest first', async () => {
    ids = await setUpPage(t);
    incident = await publishIncident(t, {
      internalTitle: 'db-7 primary OOM, failover stuck',
      publicTitle: 'Payments fail <script>alert(1)</script>',
      body: 'Some card payments fail. We are looking into it.',
      impacts: [{ componentId: ids.api, status: 'partial_outage' }],
    });
    t.clock.advance(5 * 60_000);
    await publicUpdate(t, incident.ref, 'monitoring', 'A fix is in place & we are watching.');
    const res = await get('/status', browser);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('<title>Acme &lt;Cloud&gt; status</title>');
    expect(body).toContain('Payments fail &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('db-7 primary OOM');
    expect(body).toMatch(/class="banner (minor|major|critical)"/);
    expect(body).toContain('<h3>Platform</h3>');
    expect(body).toMatch(/<h3>Public API<\/h3><span class="st partial_outage">Partial outage<\/span>/);
    expect(body).toMatch(/<h3>Dashboard<\/h3><span class="st operational">Operational<\/span>/);
    expect(body.indexOf('A fix is in place &amp; we are watching.')).toBeLessThan(body.indexOf('Some card payments fail.'));
    const bars = /<ol class="bars" aria-label="Public API: daily status, last 90 days">(.*?)<\/ol>/.exec(body)?.[1] ?? '';
    // Days in a row with the same status are one item spanning that many bars, its words naming the days.
    const items = [...bars.matchAll(/<li class="(\w+)"(?: style="--n:(\d+)")? title="([^"]*)">([^<]*)<\/li>/g)];
    expect(items.map((m) => m[0]).join('')).toBe(bars);
    expect(items.reduce((n, m) => n + Number(m[2] ?? 1), 0)).toBe(90);
    expect(items.map((m) => [m[1], m[2] ?? '1', m[3]])).toEqual([
      ['operational', '89', '2 Dec 2025 – 28 Feb 2026 (89 days): no incidents'],
      ['partial_outage', '1', expect.stringMatching(/^1 Mar 2026: Partial outage/)],
    ]);
    expect(items.every((m) => m[3] === m[4])).toBe(true);
    expect(body).toContain('href="/status/history.rss"');
    expect(body).toContain('--brand:#1f6feb');
    // The no-JavaScript subscribe form.
    expect(body).toMatch(/<form class="subscribe" method="post" action="\/status\/subscribe">/);
  });

  it('is cacheable: public max-age, an ETag answered with 304, no script allowed', async () => {
    const res = await get('/status', browser);
    expect(res.headers['cache-control']).toBe('public, max-age=5');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/status', { ...browser, 'if-none-match': etag });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    // A change to the page is seen on the next request (the snapshot is dropped by the change).
    await publicUpdate(t, incident.ref, 'monitoring', 'Payments are recovering.');
    const changed = await get('/status', { ...browser, 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('Payments are recovering.');
  });

  it('links one stylesheet that browsers keep (its URL names its version), served with the security headers', async () => {
    const page = await get('/status', browser);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)?.[1] ?? '';
    expect(href).toMatch(/^\/status\/page\.css\?v=[\w-]{10}$/);
    expect(page.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    const css = await get(href);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['x-content-type-options']).toBe('nosniff');
    expect(css.body).toContain('prefers-color-scheme:dark');
    expect(css.body).toContain('ol.bars li');
    expect((await get(href, { 'if-none-match': css.headers.etag as string })).statusCode).toBe(304);
    const head = await t.app.inject({ method: 'HEAD', url: href });
    expect([head.statusCode, head.headers['content-length']]).toEqual([200, css.headers['content-length']]);
  });

  it('has a page per incident and, once resolved, history and RSS/Atom feeds a feed reader can parse', async () => {
    const page = await get(`/status/incidents/${incident.id}`, browser);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Payments fail &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page.body).toContain('Payments are recovering.');
    expect(page.body).toContain('Affects: Public API');
    t.clock.advance(10 * 60_000);
    await publicUpdate(t, incident.ref, 'resolved', 'All payments go through again.');
    const history = await get('/status/history', browser);
    expect(history.body).toContain(`href="/status/incidents/${incident.id}"`);
    expect(history.body).toContain('All payments go through again.');

    const rss = await get('/status/history.rss');
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const feed = parseFeed(rss.body);
    expect(feed.title).toBe('Acme <Cloud> Status - Incident History');
    expect(feed.items.map((i) => i.title)).toEqual(['Payments fail <script>alert(1)</script>']);
    expect(feed.items[0].url).toBe(`http://firebreak.test/status/incidents/${incident.id}`);
    expect(feed.items[0].description).toContain('<strong>Resolved</strong> - All payments go through again.');
    expect(feed.items[0].description).toContain('Some card payments fail.');
    const atom = parseFeed((await get('/status/history.atom')).body);
    expect(atom.items.map((i) => i.url)).toEqual([`http://firebreak.test/status/incidents/${incident.id}`]);
    expect(atom.items[0].content).toContain('All payments go through again.');

    const missing = await get('/status/incidents/nope', browser);
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('No such incident');
  });

  it('shows scheduled maintenance with its window and a page of its own', async () => {
    const at = (m: number) => new Date(t.clock.now().getTime() + m * 60_000).toISOString();
    const m = await ok<{ id: string }>(
      await t.call(t.admin, 'POST', '/api/v1/status-page/maintenances', {
        title: 'Database upgrade',
        body: 'The dashboard may be slow for a few minutes.',
        componentIds: [ids.web],
        scheduledFor: at(60),
        scheduledUntil: at(120),
      }),
      'maintenance',
    );
    const body = (await get('/status', browser)).body;
    expect(body).toContain('<h2 id="maintenance">Scheduled maintenance</h2>');
    expect(body).toContain(`href="/status/maintenances/${m.id}"`);
    const page = await get(`/status/maintenances/${m.id}`, browser);
    expect(page.body).toContain('The dashboard may be slow for a few minutes.');
    expect(page.body).toMatch(/Scheduled <time datetime="[^"]+">1 Mar 2026, 13:\d\d UTC<\/time> to/);
  });

  it('serves only the status page on FIREBREAK_STATUS_HOST, at /', async () => {
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, statusHost: 'status.acme.test' } }, { webDir: '/nonexistent' });
    try {
      const on = (url: string, headers: Record<string, string> = {}) =>
        app.inject({ method: 'GET', url, headers: { host: 'status.acme.test', ...headers } });
      const home = await on('/', browser);
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('href="/history"');
      expect(home.body).toContain('action="/subscribe"');
      expect(home.body).not.toContain('href="/status/');
      const css = /<link rel="stylesheet" href="([^"]+)">/.exec(home.body)?.[1] ?? '';
      expect(css).toMatch(/^\/page\.css\?v=/);
      expect((await on(css)).headers['content-type']).toBe('text/css; charset=utf-8');
      expect((await on('/history', browser)).body).toContain(`href="/incidents/${incident.id}"`);
      const rss = parseFeed((await on('/history.rss')).body);
      expect(rss.items.map((i) => i.url)).toContain(`http://status.acme.test/incidents/${incident.id}`);
      expect((await on(`/incidents/${incident.id}`, browser)).statusCode).toBe(200);
      expect((await on('/api/v2/summary.json')).statusCode).toBe(200);
      // Nothing else of the app answers on that host.
      for (const path of ['/api/v1/incidents', '/api/v1/openapi.json', '/login', '/status', '/healthz', '/metrics'])
        expect((await on(path)).statusCode, path).toBe(404);
      const admin = await app.inject({
        method: 'GET',
        url: '/api/v1/incidents',
        headers: { host: 'status.acme.test', authorization: `Bearer ${t.admin.token}` },
      });
      expect(admin.statusCode).toBe(404);
      // The main host is unchanged.
      expect((await app.inject({ method: 'GET', url: '/status', headers: { host: 'firebreak.test', ...browser } })).body).toContain(
        'href="/status/history"',
      );
      expect(
        (
          await app.inject({
            method: 'GET',
            url: '/api/v1/incidents',
            headers: { host: 'firebreak.test', authorization: `Bearer ${t.admin.token}` },
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await app.close();
    }
  });
});
