import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Alerts in, through the browser: Ada adds an integration (its key shown once, with set-up to
// paste), a script sends alerts to the real ingest endpoint and they appear in the open list without
// a reload; she filters, acknowledges two at once, reads one alert's events, and declares an
// incident from a waiting one, whose page shows the deploy made on its service an hour before.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let key = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What a monitoring script does: POST to the generic endpoint with the key in the path. */
async function send(title: string, extra: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/api/v1/ingest/generic/${key}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, ...extra }),
  });
  expect(res.status).toBe(202);
}

const rows = (p: Page) => p.getByRole('list', { name: 'Alerts' }).getByRole('listitem');

describe.skipIf(chromiumMissing())('Alerts', () => {
  it('an admin adds an integration: the key is shown once, with set-up snippets for this server', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Takes payments' });
    await a.reload(); // the service catalog the page read at sign-in did not have it yet
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.getByRole('link', { name: 'Alerts' }).first().click();
    await a.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    await a.getByText('No open alerts').waitFor();
    await a.getByRole('link', { name: 'Integrations' }).click();
    await a.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
    await a.getByText('No integrations yet').waitFor();

    await field(a, 'Name').fill('nightly-scripts');
    await choose(a, a, 'Format', 'Generic JSON');
    await choose(a, a, 'Service', 'checkout');
    await a.getByRole('button', { name: 'Add integration' }).click();
    const dialog = a.getByRole('dialog', { name: /Integration “nightly-scripts” created/ });
    key = (await dialog.getByLabel('Integration key').innerText()).trim();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    await dialog.getByText(`${server.url}/api/v1/ingest/generic/${key}`).waitFor();
    await dialog.getByRole('button', { name: 'Copy key' }).waitFor();
    await expectAccessible(a, 'integration created: key once');
    await screenshot(a, 'integrations-key-once-1440-light');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Once closed, the key is nowhere: not in the list, not in the set-up, not in the API.
    const row = a.getByRole('row', { name: /nightly-scripts/ });
    await row.getByText('Generic JSON').waitFor();
    expect(await a.content()).not.toContain(key);
    await row.getByRole('button', { name: 'Set-up of nightly-scripts' }).click();
    const setup = a.getByRole('dialog', { name: /Set up “nightly-scripts”/ });
    await setup.getByText(`${server.url}/api/v1/ingest/generic/<KEY>`).waitFor();
    expect(await a.content()).not.toContain(key);
    await a.keyboard.press('Escape');
    await setup.waitFor({ state: 'hidden' });
    expect(JSON.stringify(await (await a.request.get('/api/v1/integrations')).json())).not.toContain(key);

    // An Alertmanager integration's set-up is the receiver YAML with this server's URL and the key.
    await field(a, 'Name').fill('prometheus-prod');
    await choose(a, a, 'Format', 'Alertmanager');
    await a.getByRole('button', { name: 'Add integration' }).click();
    const am = a.getByRole('dialog', { name: /Integration “prometheus-prod” created/ });
    const yaml = await am.locator('pre').filter({ hasText: 'webhook_configs' }).innerText();
    const amKey = (await am.getByLabel('Integration key').innerText()).trim();
    expect(yaml).toContain(`url: ${server.url}/api/v1/ingest/alertmanager`);
    expect(yaml).toContain(`credentials: ${amKey}`);
    await am.getByRole('button', { name: 'Done' }).click();
    await expectAccessible(a, 'integrations page');
    await screenshot(a, 'integrations-1440-light');
  }, 120_000);

  it('alerts sent to the ingest endpoint appear live; filters live in the URL; bulk acknowledge', async () => {
    await a.goto('/alerts');
    await a.getByText('No open alerts').waitFor();
    await send('Nightly backup failed', { deduplication_key: 'backup', severity: 'error', description: 'pg_dump exited with 1' });
    await send('Disk 91% full on db-1', { deduplication_key: 'disk', severity: 'warning' });
    await send('TLS certificate expires in 3 days', { deduplication_key: 'cert', severity: 'info' });
    await send('Disk 91% full on db-1', { deduplication_key: 'disk', severity: 'warning' }); // a repeat counts, no new row
    // No reload: the alert stream brings them.
    await eventually(async () => expect(await rows(a).count()).toBe(3), 15_000);
    await rows(a).filter({ hasText: 'Disk 91% full' }).getByText('2 times').waitFor();

    await choose(a, a, 'Source', 'Alertmanager');
    await a.getByText('No alerts match these filters').waitFor();
    expect(new URL(a.url()).searchParams.get('source')).toBe('alertmanager');
    await a.getByRole('button', { name: 'Clear filters' }).click();
    await choose(a, a, 'Service', 'checkout');
    await eventually(async () => expect(await rows(a).count()).toBe(3));
    expect(new URL(a.url()).searchParams.get('service')).toBe('checkout');
    // A filtered list survives a reload: the filters are in the URL.
    await a.reload();
    await eventually(async () => expect(await rows(a).count()).toBe(3));

    await a.getByRole('checkbox', { name: 'Select alert: Disk 91% full on db-1' }).check();
    await a.getByRole('checkbox', { name: 'Select alert: TLS certificate expires in 3 days' }).check();
    await a.getByText('2 selected').waitFor();
    await expectAccessible(a, 'alert list with a selection');
    await screenshot(a, 'alerts-1440-light');
    await a.getByRole('button', { name: /^Acknowledge/ }).click();
    await a.getByText('2 alerts acknowledged').waitFor();
    await eventually(async () => expect(await rows(a).filter({ hasText: 'Acknowledged' }).count()).toBe(2));
    await rows(a).filter({ hasText: 'Nightly backup failed' }).getByText('Triggered').waitFor();
    await a.getByRole('radiogroup', { name: 'Status' }).getByText('Acknowledged', { exact: true }).click();
    await eventually(async () => expect(await rows(a).count()).toBe(2));
    expect(new URL(a.url()).searchParams.get('status')).toBe('acknowledged');
  }, 120_000);

  it('an alert page shows its summary and every event with its raw payload', async () => {
    await a.goto('/alerts?status=all');
    await a.getByRole('link', { name: 'Disk 91% full on db-1' }).click();
    await a.getByRole('heading', { name: 'Disk 91% full on db-1', level: 1 }).waitFor();
    const summary = a.getByRole('region', { name: 'Summary' });
    await summary.getByText('nightly-scripts (Generic JSON)').waitFor();
    await summary.getByRole('link', { name: 'checkout' }).waitFor();
    const events = a.getByRole('region', { name: /Events received \(3\)/ });
    // Two triggers, then Ada's acknowledgement, in the order received.
    await eventually(async () =>
      expect((await events.locator('summary').allInnerTexts()).map((t) => t.split(/\s/)[0])).toEqual([
        'Triggered',
        'Triggered',
        'Acknowledged',
      ]),
    );
    await events.locator('summary').first().click();
    const payload = await events.locator('pre').first().innerText();
    expect(JSON.parse(payload)).toMatchObject({ title: 'Disk 91% full on db-1', deduplication_key: 'disk' });
    expect(
      await events
        .locator('pre')
        .first()
        .evaluate((e) => getComputedStyle(e).fontFamily),
    ).toMatch(/mono/i);
    await a.getByRole('button', { name: 'Resolve' }).waitFor();
    expect(await a.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    await expectAccessible(a, 'alert page');
    await screenshot(a, 'alert-1440-light');
  }, 60_000);

  it('declaring an incident from a waiting alert takes one click; the incident shows the recent deploy', async () => {
    // A deploy an hour ago on the service, sent as a PagerDuty change event.
    const pd = await apiCall(a.request, 'post', '/integrations', { name: 'deploys', format: 'pagerduty', service: 'checkout' });
    const change = await fetch(`${server.url}/v2/change/enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        routing_key: pd.key,
        payload: { summary: 'Deployed checkout v2.3', source: 'ci', timestamp: new Date(Date.now() - 3_600_000).toISOString() },
        links: [{ href: 'https://ci.example.com/builds/230', text: 'build 230' }],
      }),
    });
    expect(change.status).toBe(202);

    await a.goto('/alerts');
    const backup = rows(a).filter({ hasText: 'Nightly backup failed' });
    await backup.getByRole('button', { name: 'Declare incident from alert: Nightly backup failed' }).click();
    await a.getByRole('heading', { name: 'Nightly backup failed', level: 1 }).waitFor();
    expect(a.url()).toMatch(/\/incidents\/INC-\d+$/);
    const changes = a.getByRole('region', { name: /Recent changes/ });
    await changes.getByText('Deployed checkout v2.3').waitFor();
    await changes.getByRole('link', { name: 'build 230' }).waitFor();
    await expectAccessible(a, 'incident declared from an alert, with recent changes');
    await changes.scrollIntoViewIfNeeded();
    await screenshot(a, 'incident-recent-changes-1440-light');

    // The alert now links to its incident and offers no second declaration.
    await a.goto('/alerts?status=all');
    const linked = rows(a).filter({ hasText: 'Nightly backup failed' });
    await linked.getByRole('link', { name: /^INC-\d+$/ }).waitFor();
    expect(await linked.getByRole('button', { name: /Declare incident/ }).count()).toBe(0);
  }, 90_000);

  it('dark theme and phone width', async () => {
    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/alerts?status=all');
    await eventually(async () => expect(await rows(d).count()).toBe(3));
    await expectAccessible(d, 'alert list, dark');
    await screenshot(d, 'alerts-1440-dark');
    await dark.close();

    for (const theme of ['light', 'dark'] as const) {
      const phone = await newContext(browser, server.url, { phone: true, dark: theme === 'dark' });
      const p = await phone.newPage();
      await signIn(p, ADMIN.email, ADMIN.password);
      await p.goto('/alerts?status=all');
      await eventually(async () => expect(await rows(p).count()).toBe(3));
      await expectNoHorizontalScroll(p, `alert list (phone, ${theme})`);
      await expectAccessible(p, `alert list, phone, ${theme}`);
      await screenshot(p, `alerts-390-${theme}`);
      if (theme === 'light') {
        await p.getByRole('link', { name: 'Disk 91% full on db-1' }).click();
        await p.getByRole('heading', { name: 'Disk 91% full on db-1', level: 1 }).waitFor();
        await expectNoHorizontalScroll(p, 'alert page (phone)');
        await expectAccessible(p, 'alert page, phone');
        await screenshot(p, 'alert-390-light');
        await p.goto('/alerts/integrations');
        await p.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
        await expectNoHorizontalScroll(p, 'integrations (phone)');
        await screenshot(p, 'integrations-390-light');
      }
      await phone.close();
    }
  }, 120_000);
});
