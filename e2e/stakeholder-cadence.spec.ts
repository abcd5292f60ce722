import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Stakeholder-update cadence against the real server and its worker: SEV1 set to an update every
// minute and no grace, so the periodic reminders job (every minute) reminds Dana, the communications
// lead, and tells Ada, the commander, within about two minutes; the incident page says so. The
// composer starts from a template and warns about technical text with the shared rules and the
// admin's word list (Settings → Communication).

const DANA = { name: 'Dana Lead', email: 'dana@example.com', password: 'a long password for dana' };

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let ref: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const composer = (p: Page) => p.getByRole('textbox', { name: 'Stakeholder update' });

describe.skipIf(chromiumMissing())('Stakeholder-update cadence', () => {
  it('the composer starts from a template and warns about technical text, each warning with a suggestion', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/users', { ...DANA, role: 'responder' });
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Takes payments' });
    const severities = (await (await a.request.get('/api/v1/severities')).json()).data as Record<string, unknown>[];
    await apiCall(a.request, 'put', '/severities', {
      severities: severities.map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        color: s.color,
        updateCadenceMinutes: s.name === 'SEV1' ? 1 : s.updateCadenceMinutes,
        retrospectiveRequired: s.retrospectiveRequired,
        isDefault: s.isDefault,
      })),
    });
    await apiCall(a.request, 'put', '/settings/communication', { graceMinutes: 0 });
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout is slow', severity: 'SEV1', services: ['checkout'] });
    ref = inc.ref;
    await apiCall(a.request, 'post', `/incidents/${ref}/roles`, { role: 'commander', user: ADMIN.email });
    await apiCall(a.request, 'post', `/incidents/${ref}/roles`, { role: 'comms_lead', user: DANA.email });

    await a.goto(`/incidents/${ref}`);
    await a.getByRole('heading', { name: 'Checkout is slow', level: 1 }).waitFor();
    await a.getByRole('tab', { name: 'Stakeholder update' }).click();
    await a.getByRole('button', { name: 'Start from template' }).click();
    await a.getByRole('menuitem', { name: /Investigating \(now\)/ }).click();
    const text = await composer(a).inputValue();
    expect(text).toContain('affecting checkout: Checkout is slow');
    expect(text).toMatch(/We will share more by \d{2}:\d{2}/);
    await expectAccessible(a, 'composer with a template');

    await composer(a).fill('Checkout calls to pay-7.eu1.internal fail with HTTP 503 since the deploy.');
    const warnings = a.getByTestId('plain-language-warnings');
    await warnings.getByText('Hostname').waitFor();
    await warnings.getByText('Error code').waitFor();
    await warnings.getByText(/Say "release" instead of "deploy"/).waitFor();
    await expectAccessible(a, 'composer with plain-language warnings');
    await screenshot(a, 'stakeholder-composer-warnings');
  }, 120_000);

  it('the incident page shows who was reminded when the update is overdue', async () => {
    // Reminders are not timeline entries: the page polls, and a reload reads them at once.
    await eventually(async () => {
      await a.reload();
      await a.getByTestId('update-reminders').waitFor({ timeout: 2_000 });
      expect(await a.getByTestId('update-due').first().textContent()).toMatch(/Stakeholder update overdue/);
      expect(await a.getByTestId('update-reminders').first().textContent()).toMatch(
        /reminded Dana \d{2}:\d{2}, commander told \d{2}:\d{2}/,
      );
    }, 180_000);
    const notes = (await (await a.request.get('/api/v1/me/notifications')).json()).data as { kind: string; title: string }[];
    expect(notes.map((n) => n.kind)).toContain('update_due');
    await expectAccessible(a, 'incident page with an overdue update');
    await screenshot(a, 'stakeholder-cadence-desktop');
    await a.setViewportSize({ width: 390, height: 844 });
    await a.reload();
    await a.getByTestId('update-reminders').first().waitFor();
    await expectNoHorizontalScroll(a, 'incident page (phone)');
    await screenshot(a, 'stakeholder-cadence-phone');
    await a.setViewportSize({ width: 1440, height: 900 });
  }, 240_000);

  it('Settings → Communication edits the word list the composer uses', async () => {
    await a.setViewportSize({ width: 1440, height: 900 });
    await a.goto('/settings/communication');
    await a.getByRole('heading', { name: 'Internal jargon' }).waitFor();
    await expectAccessible(a, 'communication settings');
    await screenshot(a, 'settings-communication');
    const list = a.getByRole('textbox', { name: 'Words and phrases' });
    await list.fill(`${await list.inputValue()}\nProject Falcon = the new checkout`);
    await a.getByRole('button', { name: 'Save word list' }).click();
    await a.getByRole('status').getByText('Jargon list saved').waitFor();

    await a.goto(`/incidents/${ref}`);
    await a.getByRole('tab', { name: 'Stakeholder update' }).click();
    await composer(a).fill('Project Falcon is paused while we look into it.');
    await a
      .getByTestId('plain-language-warnings')
      .getByText(/Say "the new checkout" instead of "Project Falcon"/)
      .waitFor();
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await p.request.post('/api/v1/auth/login', { data: { email: ADMIN.email, password: ADMIN.password } });
    await p.goto('/settings/communication');
    await p.getByRole('heading', { name: 'Update templates' }).waitFor();
    await expectNoHorizontalScroll(p, 'communication settings (phone)');
    await screenshot(p, 'settings-communication-phone');
    await phone.close();
  }, 90_000);
});
