import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpCapture, startSmtpCapture } from '../packages/server/src/test/smtpCapture.ts';
import { DESKTOP, expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, PHONE, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// The public status page against the real server and its worker: Ada sets the page up and publishes
// an incident; a customer without JavaScript on a phone reads it, subscribes with the plain form and
// confirms through the e-mail; the page is checked with axe at desktop and phone width, light and dark.

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;
let admin: BrowserContext;
let a: Page;
let incidentId = '';

/** A reader's browser: JavaScript on or off, phone or desktop, light or dark. */
async function reader(opts: { js: boolean; phone?: boolean; dark?: boolean }): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: server.url,
    viewport: opts.phone ? PHONE : DESKTOP,
    deviceScaleFactor: 1,
    isMobile: !!opts.phone,
    hasTouch: !!opts.phone,
    colorScheme: opts.dark ? 'dark' : 'light',
    javaScriptEnabled: opts.js,
    locale: 'en-GB',
  });
  ctx.setDefaultTimeout(10_000);
  return ctx.newPage();
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // One after the other: on a busy machine both at once can keep the server from starting in time.
  server = await startServer({ FIREBREAK_SMTP_URL: smtp.url });
  browser = await launchBrowser();
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe.skipIf(chromiumMissing())('Public status page', () => {
  it('a responder sets up the page and publishes an incident; readers without JavaScript see it', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'put', '/status-page/settings', { enabled: true, organisationName: 'Acme Cloud', brandColor: '#0b5cad' });
    const api = await apiCall(a.request, 'post', '/status-page/components', {
      name: 'Public API',
      groupName: 'Platform',
      description: 'REST API and webhooks',
    });
    await apiCall(a.request, 'post', '/status-page/components', { name: 'Dashboard', groupName: 'Platform' });
    await apiCall(a.request, 'post', '/status-page/components', { name: 'Docs' });
    const incident = await apiCall(a.request, 'post', '/incidents', { title: 'db-7 primary OOM', severity: 'SEV1' });
    incidentId = incident.id;
    await apiCall(a.request, 'post', `/incidents/${incident.ref}/status-page`, {
      publicTitle: 'Some API requests fail',
      impacts: [{ componentId: api.id, status: 'partial_outage' }],
      update: { status: 'investigating', body: 'About one in ten API requests fail. We are looking into it.' },
    });
    await apiCall(a.request, 'post', `/incidents/${incident.ref}/status-page/updates`, {
      status: 'identified',
      body: 'A database node ran out of memory; we are moving traffic off it.',
    });
    const at = (h: number) => new Date(Date.parse('2030-01-01T00:00:00Z') + h * 3_600_000).toISOString();
    await apiCall(a.request, 'post', '/status-page/maintenances', {
      title: 'Dashboard database upgrade',
      body: 'The dashboard may be read-only for up to 30 minutes.',
      scheduledFor: at(2),
      scheduledUntil: at(3),
    });

    const p = await reader({ js: false, phone: true });
    await p.goto('/status');
    await p.getByRole('heading', { name: 'Current status', level: 1 }).waitFor();
    await p
      .getByText('Partial System Outage')
      .or(p.getByText('Minor Service Outage'))
      .or(p.getByText('Major Service Outage'))
      .first()
      .waitFor();
    const current = p.getByRole('region', { name: 'Current incidents' });
    await current.getByRole('link', { name: 'Some API requests fail' }).waitFor();
    const updates = await current.getByRole('listitem').allInnerTexts();
    expect(updates[0]).toContain('A database node ran out of memory');
    expect(updates[1]).toContain('About one in ten API requests fail');
    await p.getByRole('region', { name: 'Scheduled maintenance' }).getByText('Dashboard database upgrade').waitFor();
    await p.getByRole('list', { name: 'Public API: daily status, last 90 days' }).waitFor();
    expect(await p.content()).not.toContain('db-7 primary OOM');
    await expectNoHorizontalScroll(p, 'status page (phone, no JavaScript)');
    await p.getByRole('link', { name: 'Some API requests fail' }).click();
    await p.getByRole('heading', { name: 'Some API requests fail', level: 1 }).waitFor();
    await p.context().close();
  }, 90_000);

  it('subscribes with the plain form (no JavaScript) and confirms through the e-mail; updates then arrive by mail', async () => {
    const p = await reader({ js: false, phone: true });
    await p.goto('/status');
    await p.getByRole('textbox', { name: 'E-mail address' }).fill('customer@example.org');
    await p.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await p.waitForURL(/\/status\/subscribe/);
    expect(p.url(), (await p.content()).slice(0, 2000)).toMatch(/result=pending$/);
    await p.getByText('Check your inbox: we sent you a link to confirm.').waitFor();
    expect(new URL(p.url()).pathname).toBe('/status/subscribe');

    await smtp.waitFor(1, 20_000);
    const mail = smtp.messages.find((m) => m.envelope.to.includes('customer@example.org'));
    expect(mail?.subject).toBe('Confirm your subscription to Acme Cloud status');
    const link = /http:\/\/\S+\/status\/confirm\/\S+/.exec(mail?.text ?? '')?.[0] as string;
    await p.goto(new URL(link).pathname);
    await p.getByText('Send status updates of Acme Cloud to customer@example.org?').waitFor();
    await p.getByRole('button', { name: 'Confirm subscription' }).click();
    await p.getByText('Your subscription is confirmed.').waitFor();
    await p.context().close();

    // A public update now reaches the confirmed subscriber, with one-click unsubscribe.
    const incident = await (await a.request.get(`/api/v1/incidents/${incidentId}`)).json();
    await apiCall(a.request, 'post', `/incidents/${incident.data.ref}/status-page/updates`, {
      status: 'monitoring',
      body: 'Traffic is off the node; error rates are back to normal.',
    });
    await eventually(async () => {
      const update = smtp.messages.find((m) => m.subject?.includes('Monitoring: Some API requests fail'));
      expect(update?.text).toContain('Traffic is off the node');
      // mailparser folds List-* headers into its own shape; the raw lines say what was sent.
      const raw = (update?.headerLines ?? []).map((h) => h.line).join('\n');
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      expect(raw).toMatch(/^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/status\/unsubscribe\/[\w.-]+>$/m);
    }, 30_000);
  }, 90_000);

  it('is accessible and readable at desktop and phone width, light and dark (JavaScript on)', async () => {
    for (const [phone, dark] of [
      [false, false],
      [false, true],
      [true, false],
      [true, true],
    ] as const) {
      const p = await reader({ js: true, phone, dark });
      const name = `status-page-${phone ? 'phone' : 'desktop'}-${dark ? 'dark' : 'light'}`;
      await p.goto('/status');
      await p.getByRole('heading', { name: 'Current status', level: 1 }).waitFor();
      await expectAccessible(p, name);
      if (phone) await expectNoHorizontalScroll(p, name);
      await screenshot(p, name);
      if (!phone && !dark) {
        for (const path of [`/status/incidents/${incidentId}`, '/status/history', '/status/subscribe']) {
          await p.goto(path);
          await p.getByRole('heading', { level: 1 }).waitFor();
          await expectAccessible(p, path);
        }
        await screenshot(p, 'status-page-subscribe');
      }
      await p.context().close();
    }
  }, 300_000);
});
