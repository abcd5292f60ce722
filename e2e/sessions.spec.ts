import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Account page: where you are signed in (and signing other browsers out), API tokens with a scope
// and an expiry; People settings: an admin sees and ends a person's sessions. Real server, real
// browsers: a desktop and a phone signed in as the same responder.

const PRIYA = { name: 'Priya Responder', email: 'priya@example.com', password: 'another long password' };

let server: RunningServer;
let browser: Browser;
let adminCtx: BrowserContext;
let desktopCtx: BrowserContext;
let phoneCtx: BrowserContext;
let a: Page;
let d: Page;
let p: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  adminCtx = await newContext(browser, server.url);
  a = await adminCtx.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const sessionRows = (page: Page) => page.getByRole('table').filter({ hasText: 'Last seen' }).getByRole('row');

async function openAccount(page: Page): Promise<void> {
  await page.goto('/account');
  await page.getByRole('heading', { name: 'Where you are signed in', level: 2 }).waitFor();
}

describe.skipIf(chromiumMissing())('Sessions and scoped tokens', () => {
  it('a responder signed in on a desktop and a phone sees both, this device marked', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(adminCtx.request, 'post', '/users', {
      email: PRIYA.email,
      name: PRIYA.name,
      role: 'responder',
      password: PRIYA.password,
    });
    desktopCtx = await newContext(browser, server.url);
    d = await desktopCtx.newPage();
    phoneCtx = await newContext(browser, server.url, { phone: true });
    p = await phoneCtx.newPage();
    await signIn(p, PRIYA.email, PRIYA.password);
    await signIn(d, PRIYA.email, PRIYA.password);

    await openAccount(d);
    await eventually(async () => expect(await sessionRows(d).count()).toBe(3)); // header + 2
    const current = d.getByRole('row').filter({ hasText: 'This device' });
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('button').count()).toBe(0); // you sign this one out with "Sign out"
    expect(await d.getByRole('row').filter({ hasText: '127.0.0.1' }).count()).toBe(2);
    await d.getByRole('button', { name: 'Sign out everywhere else' }).waitFor();
    await expectAccessible(d, 'account: sessions and tokens');
    await screenshot(d, 'account-sessions');

    await openAccount(p);
    await eventually(async () => expect(await sessionRows(p).count()).toBe(3));
    await expectNoHorizontalScroll(p, 'account (phone)');
    await expectAccessible(p, 'account, phone');
    await p.getByRole('heading', { name: 'Where you are signed in' }).scrollIntoViewIfNeeded();
    await screenshot(p, 'account-sessions-phone');
  }, 60_000);

  it('creates a read-only token that expires in 30 days and lists its scope and expiry', async () => {
    await openAccount(d);
    await field(d, 'Token name').fill('Grafana dashboard');
    await choose(d, d, 'Scope', 'Read only');
    await d.getByText('Reads and live streams of everything you can see').waitFor();
    await choose(d, d, 'Expires', 'In 30 days');
    // "Never" is for admins only
    await d.getByRole('combobox', { name: 'Expires', exact: true }).click();
    expect(await d.getByRole('option', { name: 'Never' }).count()).toBe(0);
    await d.keyboard.press('Escape');
    await d.getByRole('button', { name: 'Create token' }).click();
    const dialog = d.getByRole('dialog', { name: /Token “Grafana dashboard” created/ });
    await dialog.waitFor();
    const secret = (await dialog.getByLabel('New API token').textContent()) ?? '';
    expect(secret).toMatch(/^fbt_/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    const row = d.getByRole('row').filter({ hasText: 'Grafana dashboard' });
    await row.getByText('Read only').waitFor();
    await row.getByText(/Expires in (29 d 23 h|30 d)/).waitFor();
    await expectAccessible(d, 'account: token created');
    await d.getByRole('heading', { name: 'API tokens' }).scrollIntoViewIfNeeded();
    await screenshot(d, 'account-tokens');

    // the token reads, and cannot write
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    expect((await api('GET', '/incidents')).status).toBe(200);
    const denied = await api('POST', '/incidents', { title: 'Not with a read token', severity: 'SEV3' });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('scope_denied');
  }, 40_000);

  it('an admin sees where a person is signed in (People settings)', async () => {
    await a.goto('/settings/users');
    await a.getByRole('button', { name: `Sessions of ${PRIYA.name}` }).click();
    const dialog = a.getByRole('dialog', { name: `Where ${PRIYA.name} is signed in` });
    await dialog.waitFor();
    await eventually(async () => expect(await dialog.getByRole('row').count()).toBe(3));
    expect(await dialog.getByText('This device').count()).toBe(0);
    await expectAccessible(a, 'settings: a person’s sessions');
    await screenshot(a, 'settings-user-sessions');
    await a.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }, 30_000);

  it('signing the phone out from the desktop ends it there', async () => {
    await openAccount(d);
    const phoneRow = d
      .getByRole('row')
      .filter({ hasText: /Chrome on (Android|Linux)|Mobile|iPhone/ })
      .filter({ hasNotText: 'This device' });
    await phoneRow.getByRole('button', { name: /^Sign out/ }).click();
    const confirm = d.getByRole('dialog', { name: /^Sign out/ });
    await confirm.waitFor();
    await expectAccessible(d, 'sign-out confirmation');
    await confirm.getByRole('button', { name: 'Sign out' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await sessionRows(d).count()).toBe(2));
    expect(await d.getByRole('button', { name: 'Sign out everywhere else' }).count()).toBe(0);

    await p.reload();
    await p.waitForURL(/\/login/);
    // the desktop is still signed in
    await d.reload();
    await d.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
  }, 30_000);
});
