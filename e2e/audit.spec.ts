import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Settings → Audit log against the real server: what the admin and a stranger did shows up with who,
// what, which and from where; filters, paging and the CSV download of the same filter.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;

beforeAll(async () => {
  // As behind a reverse proxy on this host: the sixty guesses below come from sixty clients (the
  // sign-in throttle allows one client address 20 failures per 15 minutes, and that is not what
  // this screen is about).
  process.env.FIREBREAK_TRUST_PROXY = 'loopback';
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const auditTab = (p: Page) => p.getByRole('tab', { name: 'Audit log' });
const rows = (p: Page) => p.locator('table.fb-audit-table tbody tr');

/** A sign-in with a wrong password, from outside the browser (as a stranger guessing would). */
async function failSignIn(email: string, from?: string): Promise<void> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'curl/8.5.0', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ email, password: 'not the password' }),
  });
  expect(res.status).toBe(401);
}

describe.skipIf(chromiumMissing())('Audit log screen', () => {
  it('shows who did what, from where; filters by area; pages; downloads the same filter as CSV', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/users', { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' });
    await failSignIn('ada@example.com');

    await a.getByRole('link', { name: 'Settings' }).click();
    await auditTab(a).click();
    await a.waitForURL(/\/settings\/audit$/);
    await eventually(async () => expect(await rows(a).count()).toBeGreaterThanOrEqual(4));
    const text = await a.locator('table.fb-audit-table').textContent();
    for (const action of ['auth.setup_completed', 'auth.signin', 'user.created', 'auth.signin_failed']) expect(text).toContain(action);
    // Newest first: the failed guess, by nobody, from the loopback address.
    const first = rows(a).first();
    expect(await first.textContent()).toContain('auth.signin_failed');
    expect(await first.textContent()).toContain('anonymous');
    expect(await first.textContent()).toMatch(/127\.0\.0\.1|::1/);
    await first.getByText('Details').click();
    expect(await first.textContent()).toContain('wrong_password');
    expect(await first.textContent()).toContain('curl/8.5.0');
    expect(await first.textContent()).not.toContain('not the password');
    await expectAccessible(a, 'settings: audit log');
    await expectNoHorizontalScroll(a, 'audit log (desktop)');
    await screenshot(a, 'settings-audit');

    // Sixty guesses at other accounts: more than a page of entries.
    for (let i = 0; i < 60; i++) await failSignIn(`guess${i}@example.com`, `203.0.113.${i + 1}`);
    // An admin opens the log after the guesses (the page does not update live).
    await a.reload();
    await choose(a, a, 'Action', 'Sign-ins (all)');
    await a.waitForURL(/action=auth\./);
    await eventually(async () => expect(await rows(a).count()).toBe(50));
    expect(await a.locator('table.fb-audit-table').textContent()).not.toContain('user.created');
    await a.getByRole('button', { name: 'Show older entries' }).click();
    // 61 failed, the admin's setup and sign-in: every one once, none lost at the page boundary.
    await eventually(async () => expect(await rows(a).count()).toBe(63));
    await a.getByRole('button', { name: 'Show older entries' }).waitFor({ state: 'detached' });

    const href = (await a.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) as string;
    expect(href).toBe('/api/v1/audit.csv?action=auth.');
    const csv = await a.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^at,actor_id,actor,/);
    expect(lines).toHaveLength(64);
    expect(lines.filter((l) => l.includes('auth.signin_failed'))).toHaveLength(61);

    // Narrow to one person: their sign-in attempts only.
    await a.getByRole('textbox', { name: 'Who' }).fill(ADMIN.email);
    await a.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => expect(await rows(a).count()).toBe(2));
    await a.getByRole('button', { name: 'Clear' }).click();
    await eventually(async () => expect(await rows(a).count()).toBe(50));
  }, 90_000);

  it('reads on a phone without scrolling sideways, one card per entry', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/audit');
    await eventually(async () => expect(await rows(p).count()).toBeGreaterThan(5));
    expect(await rows(p).first().textContent()).toContain('auth.signin');
    // Entries first: only the area filter shows until asked for more.
    expect(await p.getByRole('textbox', { name: 'Who' }).count()).toBe(0);
    await expectNoHorizontalScroll(p, 'audit log (phone)');
    await expectAccessible(p, 'settings: audit log, phone');
    await screenshot(p, 'settings-audit-phone');
    await p.getByRole('button', { name: 'More filters' }).click();
    await p.getByRole('textbox', { name: 'Target' }).fill('guess7@example.com');
    await p.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => expect(await rows(p).count()).toBe(1));
    expect(await rows(p).first().textContent()).toContain('auth.signin_failed');
    await expectNoHorizontalScroll(p, 'audit log filtered (phone)');
    await phone.close();
  }, 60_000);
});
