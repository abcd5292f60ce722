import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { field } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Issue 10, first run and small things: a fresh install from its root URL, the setup link used twice,
// the empty incident list of a new team, the default severity as an admin setting, counted nouns.

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

const setupPath = () => {
  const link = new URL(server.setupLink as string);
  return `${link.pathname}${link.search}`;
};

describe.skipIf(chromiumMissing())('A fresh install, as a newcomer meets it', () => {
  it('the root URL of a fresh install says to finish setting up with the printed link', async () => {
    await a.goto('/');
    await a.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    const hint = a.getByRole('alert').filter({ hasText: 'Finish setting up first' });
    await hint.getByText('/setup?token=…').waitFor();
    await expectAccessible(a, 'sign-in page before setup');
    await screenshot(a, 'newcomer-login-before-setup-1440');
  });

  it('after setup, the empty incident list walks a new team through its first steps', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    const steps = a.getByRole('region', { name: 'No incidents yet: get your team ready' });
    for (const link of ['Add the people who respond', 'Add your services', 'Add the teams that own them', 'Connect your alerts'])
      await steps.getByRole('link', { name: link }).waitFor();
    await steps.getByText('No incidents. Declare one with').waitFor();
    await expectAccessible(a, 'first steps');
    await screenshot(a, 'newcomer-first-steps-1440');
    await apiCall(a.request, 'post', '/services', { name: 'checkout', criticality: 'critical' });
    await a.reload();
    await steps.getByRole('listitem').filter({ hasText: 'Add your services' }).getByLabel('Done').waitFor();
    await steps.getByRole('link', { name: 'Add the people who respond' }).click();
    await a.getByText('1 person. Viewers are stakeholders').waitFor();
    await apiCall(a.request, 'post', '/users', { email: 'sam@example.com', name: 'Sam', role: 'responder', password: 'sam-password-123' });
    await a.reload();
    await a.getByText('2 people. Viewers are stakeholders').waitFor();
  });

  it('the setup link used a second time says so before its form; the sign-in page no longer asks for setup', async () => {
    const other = await newContext(browser, server.url);
    const p = await other.newPage();
    await p.goto(setupPath());
    await p.getByText('This setup link was already used').waitFor();
    expect(await p.getByRole('button', { name: 'Create admin account' }).count()).toBe(0);
    expect(await field(p, 'Password').count()).toBe(0);
    await expectAccessible(p, 'used setup link');
    await p.getByRole('link', { name: 'Go to sign-in' }).click();
    await p.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await p.getByRole('textbox', { name: 'E-mail' }).waitFor();
    expect(await p.getByText('Finish setting up first').count()).toBe(0);
    await other.close();
  });

  it('an admin makes SEV2 the default severity; the declare dialog starts there', async () => {
    await a.goto('/settings/severities');
    const sev2 = a.getByRole('group', { name: 'Severity SEV2' });
    await sev2.getByRole('switch', { name: 'Default for new incidents' }).check();
    await a.getByRole('button', { name: 'Save severities' }).click();
    await a.getByText('Severities saved.').waitFor();
    expect(
      await a.getByRole('group', { name: 'Severity SEV4' }).getByRole('switch', { name: 'Default for new incidents' }).isChecked(),
    ).toBe(false);
    await a.goto('/incidents');
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.keyboard.press('d');
    const declare = a.getByRole('dialog', { name: 'Declare an incident' });
    expect(await declare.getByRole('radio', { name: 'SEV2' }).isChecked()).toBe(true);
    await a.keyboard.press('Escape');
  });

  it('reads well on a phone, light and dark', async () => {
    for (const dark of [false, true]) {
      const phone = await newContext(browser, server.url, { phone: true, dark });
      const p = await phone.newPage();
      await p.goto('/login');
      await p.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      await p.getByRole('textbox', { name: 'E-mail' }).fill(ADMIN.email);
      await field(p, 'Password').fill(ADMIN.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
      await p.getByRole('region', { name: 'No incidents yet: get your team ready' }).waitFor();
      await expectNoHorizontalScroll(p, 'first steps on a phone');
      await expectAccessible(p, `first steps on a phone${dark ? ', dark' : ''}`);
      await screenshot(p, `newcomer-first-steps-390-${dark ? 'dark' : 'light'}`);
      await phone.close();
    }
  });
});
