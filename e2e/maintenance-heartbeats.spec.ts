import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Settings → Maintenance windows and Heartbeats against the real server: an admin plans a window for
// a service, an alert of that service arrives suppressed, the window is ended early; a heartbeat is
// added, its URL shown once with copy-paste lines, a check-in turns it up, pausing shows it paused.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const windowRow = (p: Page | Locator, reason: string) => p.getByRole('listitem', { name: `Window: ${reason}` });
const heartbeatRow = (p: Page | Locator, name: string) => p.getByRole('listitem', { name: `Heartbeat ${name}` });

describe.skipIf(chromiumMissing())('Maintenance windows and heartbeats screens', () => {
  it('plans a window that suppresses the alerts of its service, and ends it early', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/services', { name: 'checkout', criticality: 'critical' });
    const integration = await apiCall(a.request, 'post', '/integrations', { name: 'prom', format: 'pagerduty', service: 'checkout' });

    // A fresh load: the service list the incident list cached before the service existed is not reused.
    await a.goto('/settings');
    await a.getByRole('tab', { name: 'Maintenance windows' }).click();
    await a.waitForURL(/\/settings\/maintenance$/);
    await a.getByText('No maintenance windows yet').waitFor();
    const form = a.getByRole('form', { name: 'Plan a maintenance window' });
    await choose(a, form, 'Service', 'checkout');
    await form.getByRole('textbox', { name: 'Reason' }).fill('Database upgrade to PostgreSQL 17');
    await form.getByRole('button', { name: 'Plan window' }).click();
    const active = a.getByRole('region', { name: 'Active' });
    await windowRow(active, 'Database upgrade to PostgreSQL 17').waitFor();
    expect(await active.textContent()).toContain('Service checkout');

    // An alert of the service during the window: recorded as suppressed, no incident declared.
    const sent = await a.request.post('/v2/enqueue', {
      data: {
        routing_key: integration.key,
        event_action: 'trigger',
        dedup_key: 'db-down',
        payload: { summary: 'DB primary down', source: 'db-1', severity: 'critical' },
      },
    });
    expect(sent.status()).toBe(202);
    const alerts = (await (await a.request.get('/api/v1/alerts')).json()).data as {
      status: string;
      incident: unknown;
      suppressedBy: { reason: string };
    }[];
    expect(alerts[0]).toMatchObject({
      status: 'suppressed',
      incident: null,
      suppressedBy: { reason: 'Database upgrade to PostgreSQL 17' },
    });
    await a.reload();
    await eventually(async () => expect(await active.textContent()).toContain('1 alert suppressed'));

    // A label window, planned for later.
    await form.getByRole('textbox', { name: 'Labels to match' }).fill('cluster=eu-1, team=storage');
    await form.getByRole('textbox', { name: /^Starts/ }).fill('2099-01-01T10:00');
    await form.getByRole('textbox', { name: /^Ends/ }).fill('2099-01-01T12:00');
    await form.getByRole('textbox', { name: 'Reason' }).fill('Kernel patching');
    await form.getByRole('button', { name: 'Plan window' }).click();
    const upcoming = a.getByRole('region', { name: 'Upcoming' });
    await eventually(async () => expect(await upcoming.textContent()).toContain('cluster=eu-1 · team=storage'));
    // Inverted range: refused next to the field.
    await form.getByRole('textbox', { name: 'Labels to match' }).fill('cluster=eu-1');
    await form.getByRole('textbox', { name: /^Ends/ }).fill('2099-01-01T09:00');
    await form.getByRole('textbox', { name: 'Reason' }).fill('Backwards');
    await form.getByRole('button', { name: 'Plan window' }).click();
    await a.getByText('endsAt: must be after startsAt').waitFor();

    await expectAccessible(a, 'settings: maintenance windows');
    await expectNoHorizontalScroll(a, 'maintenance windows (desktop)');
    await screenshot(a, 'settings-maintenance');

    await active.getByRole('button', { name: 'End now' }).click();
    const past = a.getByRole('region', { name: 'Past' });
    await eventually(async () => expect(await past.textContent()).toContain('Database upgrade to PostgreSQL 17'));
    expect(await past.textContent()).toContain('(ended early)');
    await upcoming.getByRole('button', { name: 'Delete window: Kernel patching' }).click();
    await eventually(async () => expect(await upcoming.textContent()).toContain('No windows planned.'));
  }, 90_000);

  it('adds a heartbeat, shows its check-in URL once with copy-paste lines; a check-in turns it up; pause', async () => {
    const opsgenie = await apiCall(a.request, 'post', '/integrations', { name: 'legacy-opsgenie', format: 'opsgenie' });
    await a.goto('/settings/heartbeats');
    await a.getByText('No heartbeats yet').waitFor();
    const form = a.getByRole('form', { name: 'Add a heartbeat' });
    await form.getByRole('textbox', { name: 'Name' }).fill('nightly-backup');
    await form.getByRole('textbox', { name: 'Expected every (minutes)' }).fill('1440');
    await form.getByRole('textbox', { name: 'Grace (minutes)' }).fill('30');
    await choose(a, form, 'Service', 'checkout');
    await choose(a, form, 'Integration', 'legacy-opsgenie (opsgenie)');
    await form.getByRole('button', { name: 'Add heartbeat' }).click();
    const created = a.getByRole('status').filter({ hasText: 'Heartbeat "nightly-backup" created' });
    await created.waitFor();
    const text = (await created.textContent()) ?? '';
    const url = /(https?:\/\/\S+\/api\/v1\/ingest\/heartbeat\/[0-9a-f]{32})/.exec(text)?.[1] as string;
    expect(url).toBeTruthy();
    expect(text).toContain(
      `0 3 * * * curl -fsS --retry 3 ${url}/start > /dev/null; /usr/local/bin/your-job; curl -fsS --retry 3 ${url}/$? > /dev/null`,
    );
    expect(text).toContain(`ExecStartPre=-/usr/bin/curl -fsS --retry 3 ${url}/start`);
    expect(text).toContain(
      `ExecStopPost=/bin/sh -c 'if [ "$$SERVICE_RESULT" = success ]; then curl -fsS --retry 3 ${url}; else curl -fsS --retry 3 ${url}/fail; fi'`,
    );
    await expectAccessible(a, 'settings: heartbeat created');
    await screenshot(a, 'settings-heartbeat-created');
    await a.getByRole('button', { name: 'I have copied it' }).click();
    // Shown once: the list never carries the key.
    const row = heartbeatRow(a, 'nightly-backup');
    expect(await row.textContent()).toContain('Waiting for first check-in');
    expect(await a.content()).not.toContain(url.split('/').pop() as string);

    const ping = await fetch(`${server.url}${new URL(url).pathname}`);
    expect(ping.status).toBe(200);
    await a.reload();
    await eventually(async () => expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Up'));
    expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Last check-in');
    expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('filed under legacy-opsgenie');
    await expectAccessible(a, 'settings: heartbeats');
    await expectNoHorizontalScroll(a, 'heartbeats (desktop)');
    await screenshot(a, 'settings-heartbeats');

    // The crontab line says the job started, then reports its exit status: a failure is down at once, up again on the next check-in.
    expect((await fetch(`${server.url}${new URL(url).pathname}/start`)).status).toBe(200);
    await a.reload();
    await eventually(async () => expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Running'));
    expect(await heartbeatRow(a, 'nightly-backup').textContent()).toMatch(/started .+/);
    expect((await fetch(`${server.url}${new URL(url).pathname}/3`)).status).toBe(200);
    await a.reload();
    await eventually(async () => expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Down'));
    expect(await heartbeatRow(a, 'nightly-backup').textContent()).toMatch(/last run took \d+ s/);
    // A job still pinging through Opsgenie's Heartbeat API with the integration's key checks it in too.
    const pong = await fetch(`${server.url}/v2/heartbeats/nightly-backup/ping`, {
      method: 'POST',
      headers: { authorization: `GenieKey ${opsgenie.key}` },
    });
    expect([pong.status, (await pong.json()).result]).toEqual([202, 'PONG - Heartbeat received']);
    await a.reload();
    await eventually(async () => expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Up'));

    await heartbeatRow(a, 'nightly-backup').getByRole('button', { name: 'Pause nightly-backup' }).click();
    await eventually(async () => expect(await heartbeatRow(a, 'nightly-backup').textContent()).toContain('Paused'));
    expect((await fetch(`${server.url}/api/v1/ingest/heartbeat/${'0'.repeat(32)}`)).status).toBe(404);
  }, 60_000);

  it('reads on a phone without scrolling sideways', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/maintenance');
    await p.getByRole('region', { name: 'Past' }).getByText('Database upgrade to PostgreSQL 17').waitFor();
    await expectNoHorizontalScroll(p, 'maintenance windows (phone)');
    await expectAccessible(p, 'settings: maintenance windows, phone');
    await screenshot(p, 'settings-maintenance-phone');
    await p.goto('/settings/heartbeats');
    await heartbeatRow(p, 'nightly-backup').waitFor();
    await expectNoHorizontalScroll(p, 'heartbeats (phone)');
    await expectAccessible(p, 'settings: heartbeats, phone');
    await screenshot(p, 'settings-heartbeats-phone');
    await phone.close();
  }, 60_000);
});
