import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Notifications against the real server and its in-process worker: Sam watches a service from its
// page, Ada declares an incident on it, and Sam's bell counts it live; the popover, the page and the
// account settings, at desktop and phone width.

const SAM = { name: 'Sam Rivera', email: 'sam@example.com', password: 'another long password' };

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let sam: BrowserContext;
let a: Page;
let s: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const bell = (p: Page) => p.getByRole('button', { name: /^Notifications/ });

describe.skipIf(chromiumMissing())('Notifications', () => {
  it('watching a service from its page brings a live bell count when an incident is declared on it', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/users', { ...SAM, role: 'responder' });
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Takes payments' });
    sam = await newContext(browser, server.url);
    s = await sam.newPage();
    await signIn(s, SAM.email, SAM.password);
    expect(await bell(s).getAttribute('aria-label')).toBe('Notifications');

    await s.goto('/services/checkout');
    await s.getByRole('heading', { name: 'checkout', level: 1 }).waitFor();
    await s.getByRole('button', { name: 'Watch' }).click();
    await eventually(async () => expect(await s.getByRole('button', { name: 'Watching' }).getAttribute('aria-pressed')).toBe('true'));
    await expectAccessible(s, 'service page, watching');

    await apiCall(a.request, 'post', '/incidents', { title: 'Checkout returns 500', severity: 'SEV1', services: ['checkout'] });
    // The worker fans out; the bell hears it over the stream without a reload.
    await eventually(async () => expect(await bell(s).getAttribute('aria-label')).toBe('Notifications: 1 unread'), 20_000);

    await bell(s).click();
    const pop = s.getByRole('dialog', { name: /^Notifications/ });
    await pop.getByText(/Declared by Ada Admin: Checkout returns 500 \(SEV1\)/).waitFor();
    await expectAccessible(s, 'notification bell popover');
    await screenshot(s, 'notifications-bell');
    await pop.getByRole('link', { name: 'All notifications' }).click();
    await s.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await s.getByText('1 unread').waitFor();
    await expectAccessible(s, 'notifications page');
    await expectNoHorizontalScroll(s, 'notifications page (desktop)');
    await screenshot(s, 'notifications-page');

    // Opening it goes to the incident and marks it read; the incident page offers Watch too.
    await s.getByRole('button', { name: /Declared by Ada Admin/ }).click();
    await s.getByRole('heading', { name: 'Checkout returns 500', level: 1 }).waitFor();
    await eventually(async () => expect(await bell(s).getAttribute('aria-label')).toBe('Notifications'));
    await s.getByRole('button', { name: 'Watch' }).first().waitFor();
  }, 90_000);

  it('account settings choose channels per kind and quiet hours', async () => {
    await s.goto('/account');
    const section = s.getByRole('region', { name: 'Notifications' });
    await section.getByRole('checkbox', { name: 'Mentions: E-mail' }).uncheck();
    await section.getByRole('switch', { name: /Quiet hours/ }).check();
    await section.getByRole('textbox', { name: 'From' }).fill('22:00');
    await section.getByRole('textbox', { name: 'Until' }).fill('07:00');
    await section.getByRole('button', { name: 'Save notification settings' }).click();
    await section.getByRole('status').getByText('Saved').waitFor();
    await section.getByText('Service: checkout').waitFor();
    const saved = await (await s.request.get('/api/v1/me/notification-settings')).json();
    expect(saved.data.channels.mention).toEqual(['in_app']);
    expect(saved.data.quietHours).toEqual({ start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' });
    await expectAccessible(s, 'account: notification settings');
    await section.scrollIntoViewIfNeeded();
    await screenshot(s, 'account-notifications');
  }, 60_000);

  it('works at phone width', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, SAM.email, SAM.password);
    await p.goto('/notifications');
    await p.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await p.getByText(/Declared by Ada Admin/).waitFor();
    await expectNoHorizontalScroll(p, 'notifications (phone)');
    await expectAccessible(p, 'notifications page, phone');
    await screenshot(p, 'notifications-page-phone');
    await bell(p).click();
    await p
      .getByRole('dialog', { name: /^Notifications/ })
      .getByText(/Declared by Ada Admin/)
      .waitFor();
    await expectAccessible(p, 'notification popover, phone');
    await screenshot(p, 'notifications-bell-phone');
    await phone.close();
  }, 60_000);
});
