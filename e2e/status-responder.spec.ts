import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// The status page's responder controls against the real server: an admin turns the page on, brands
// it and adds components (one mapped to the incident's service); a responder publishes an incident
// with a public title and impact, posts a public update through the stakeholder composer's
// "also publish" checkbox, and the public page shows both; a private incident offers no publishing;
// scheduled maintenance is announced and started. Phone and desktop, axe on each screen.

const RAE = { name: 'Rae Responder', email: 'rae@example.com', password: 'a long password for rae' };
const PUBLIC_TITLE = 'Some card payments are failing';
const FIRST_UPDATE = 'Some customers cannot pay by card. We are looking into it and will update you within 30 minutes.';
const SECOND_UPDATE = 'We found the cause and are rolling out a fix. Card payments are recovering.';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let responder: BrowserContext;
let a: Page;
let r: Page;
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

const section = (p: Page) => p.getByRole('region', { name: 'Status page' });

/** The public page's words: status-public's HTML page when it is there, else Statuspage's JSON summary. */
async function publicText(p: Page): Promise<string> {
  const html = await p.request.get('/status');
  const text = html.ok() ? await html.text() : '';
  // The web app's shell (served for unknown paths) is not the public page.
  if ((html.headers()['content-type'] ?? '').includes('text/html') && !text.includes('<div id="root">')) return text;
  const json = await p.request.get('/api/v2/summary.json');
  expect(json.ok(), 'neither /status nor /api/v2/summary.json answers').toBe(true);
  return JSON.stringify(await json.json());
}

describe.skipIf(chromiumMissing())('Status page: responder controls', () => {
  it('an admin turns the page on, brands it and adds components', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/users', { ...RAE, role: 'responder' });
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Takes payments' });

    await a.goto('/settings');
    await a.getByRole('tab', { name: 'Status page' }).click();
    await a.waitForURL(/\/settings\/status-page$/);
    await a.getByText('No components yet').waitFor();

    const enable = a.getByRole('switch', { name: 'Publish the status page' });
    if (!(await enable.isChecked())) await enable.click({ force: true });
    await eventually(async () => expect(await enable.isChecked()).toBe(true));

    const branding = a.getByRole('region', { name: 'Branding' });
    await branding.getByRole('textbox', { name: 'Organisation name' }).fill('Acme Shop');
    await branding.getByRole('textbox', { name: 'Brand colour' }).fill('#0b7285');
    await branding.getByRole('button', { name: 'Save branding' }).click();
    await branding.getByRole('status').getByText('Branding saved.').waitFor();
    expect(await branding.getByRole('img', { name: "Preview of the public page's header" }).textContent()).toContain('Acme Shop status');

    const components = a.getByRole('region', { name: /^Components/ });
    const add = async (name: string, group: string, description: string, service?: string) => {
      await components.getByRole('textbox', { name: 'Public name' }).last().fill(name);
      await components.getByRole('combobox', { name: 'Group' }).last().fill(group);
      await components.getByRole('textbox', { name: 'Description' }).last().fill(description);
      if (service) await choose(a, components, 'Service', service);
      await components.getByRole('button', { name: 'Add component' }).click();
      await components.getByRole('listitem', { name: `Component ${name}` }).waitFor();
    };
    await add('Card payments', 'Payments', 'Paying for orders by card', 'checkout');
    await add('Website', 'Shop', 'Browsing and ordering on the web');
    const card = components.getByRole('listitem', { name: 'Component Card payments' });
    expect(await card.textContent()).toContain('Service checkout');
    expect(await card.textContent()).toContain('Operational');

    await expectAccessible(a, 'settings: status page');
    await expectNoHorizontalScroll(a, 'settings: status page (desktop)');
    await screenshot(a, 'status-settings-desktop');

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/status-page');
    await p.getByRole('listitem', { name: 'Component Card payments' }).waitFor();
    // Phones pick the settings section from one grouped list instead of a wall of tabs.
    expect(await p.getByRole('combobox', { name: 'Settings section' }).inputValue()).toBe('Status page');
    await expectAccessible(p, 'settings: status page (phone)');
    await expectNoHorizontalScroll(p, 'settings: status page (phone)');
    await screenshot(p, 'status-settings-phone');
    await phone.close();

    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/settings/status-page');
    await d.getByRole('listitem', { name: 'Component Card payments' }).waitFor();
    await expectAccessible(d, 'settings: status page (dark)');
    await screenshot(d, 'status-settings-dark');
    await dark.close();
  }, 240_000);

  it('a responder publishes an incident with a public title, impact and first update', async () => {
    responder = await newContext(browser, server.url);
    r = await responder.newPage();
    await signIn(r, RAE.email, RAE.password);
    const inc = await apiCall(r.request, 'post', '/incidents', {
      title: 'pay-7 returns 503 after deploy 1.4.2',
      severity: 'SEV1',
      services: ['checkout'],
    });
    ref = inc.ref;
    await r.goto(`/incidents/${ref}`);
    await r.getByRole('heading', { name: 'pay-7 returns 503 after deploy 1.4.2', level: 1 }).waitFor();
    const panel = section(r);
    await panel.scrollIntoViewIfNeeded();
    await panel.getByText('Not on the public status page.').waitFor();
    await panel.getByRole('button', { name: 'Publish on status page' }).click();

    const dialog = r.getByRole('dialog', { name: 'Publish on the status page' });
    const title = dialog.getByRole('textbox', { name: 'Public title' });
    expect(await title.inputValue()).toBe('pay-7 returns 503 after deploy 1.4.2');
    await title.fill(PUBLIC_TITLE);
    // The component of the incident's service is suggested; the responder makes it a major outage.
    expect(await dialog.getByRole('combobox', { name: 'Impact on Card payments' }).inputValue()).toBe('Partial outage');
    expect(await dialog.getByRole('combobox', { name: 'Impact on Website' }).inputValue()).toBe('Not affected');
    await choose(r, dialog, 'Impact on Card payments', 'Major outage');
    const text = dialog.getByRole('textbox', { name: 'First public update' });
    await text.fill('pay-7.eu1.internal answers HTTP 503 since the deploy.');
    await dialog.getByTestId('public-plain-warnings').getByText('Hostname').waitFor();
    await expectAccessible(r, 'publish dialog with plain-language warnings');
    await screenshot(r, 'status-publish-dialog-desktop');
    await text.fill(FIRST_UPDATE);
    await eventually(async () => expect(await dialog.getByTestId('public-plain-warnings').count()).toBe(0));
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.waitFor({ state: 'detached' });

    await panel.getByTestId('public-title').getByText(PUBLIC_TITLE).waitFor();
    await panel.getByText('Card payments:').waitFor();
    expect(await panel.textContent()).toContain('Major outage');
    await panel.getByRole('list', { name: 'Public updates' }).getByText(FIRST_UPDATE).waitFor();
    await expectAccessible(r, 'incident page, published');

    const page = await publicText(r);
    expect(page).toContain(PUBLIC_TITLE);
    expect(page).toContain(FIRST_UPDATE);
    // The internal title stays inside.
    expect(page).not.toContain('pay-7 returns 503');
  }, 240_000);

  it('a stakeholder update also goes to the status page when the checkbox says so', async () => {
    await r.getByRole('tab', { name: 'Stakeholder update' }).click();
    const also = r.getByRole('checkbox', { name: 'Also publish on the status page' });
    await also.check();
    await r.getByRole('combobox', { name: 'Public status' }).selectOption('identified');
    await r.getByRole('textbox', { name: 'Stakeholder update' }).fill(SECOND_UPDATE);
    await r.getByRole('button', { name: 'Send and publish' }).click();
    await eventually(async () => expect(await r.getByRole('textbox', { name: 'Stakeholder update' }).inputValue()).toBe(''));
    await section(r).getByRole('list', { name: 'Public updates' }).getByText(SECOND_UPDATE).waitFor();
    // Publishing is chosen each time: the box clears after sending.
    expect(await also.isChecked()).toBe(false);
    await r.getByText(/posted a public update \(Identified\) with the stakeholder update/).waitFor();
    await r.getByText(`published this on the status page as “${PUBLIC_TITLE}”`).waitFor();
    await expectAccessible(r, 'incident page after a public update');
    await screenshot(r, 'status-incident-desktop');

    await eventually(async () => {
      const page = await publicText(r);
      expect(page).toContain(SECOND_UPDATE);
    }, 15_000);

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, RAE.email, RAE.password);
    await p.goto(`/incidents/${ref}`);
    await p.getByRole('tab', { name: 'Ticket and actions' }).click();
    const panel = section(p);
    await panel.scrollIntoViewIfNeeded();
    await panel.getByTestId('public-title').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await expectAccessible(p, 'incident status page section (phone)');
    await expectNoHorizontalScroll(p, 'incident status page section (phone)');
    await screenshot(p, 'status-incident-phone');
    await phone.close();
  }, 240_000);

  it('a private incident explains that it never appears publicly and offers no publishing', async () => {
    const priv = await apiCall(r.request, 'post', '/incidents', { title: 'Payroll export leaked', severity: 'SEV2', private: true });
    await r.goto(`/incidents/${priv.ref}`);
    const panel = section(r);
    await panel.scrollIntoViewIfNeeded();
    await panel.getByText(/Private incidents never appear on the public status page/).waitFor();
    expect(await panel.getByRole('button', { name: 'Publish on status page' }).count()).toBe(0);
  }, 60_000);

  it('scheduled maintenance is announced, started and shown to customers', async () => {
    await r.goto('/status-page/maintenance');
    await r.getByText('No maintenance scheduled').waitFor();
    await r.getByRole('button', { name: 'Schedule maintenance' }).click();
    const form = r.getByRole('form', { name: 'Schedule maintenance' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Card payment provider upgrade');
    await form
      .getByRole('textbox', { name: 'What customers should expect' })
      .fill('Card payments may take up to a minute to confirm. Nothing is lost.');
    await choose(r, form, 'Components', 'Payments · Card payments');
    await r.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Schedule' }).click();
    const scheduled = r.getByRole('region', { name: 'Scheduled' });
    const row = scheduled.getByRole('listitem', { name: 'Maintenance: Card payment provider upgrade' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Card payments');
    await expectAccessible(r, 'scheduled maintenance');
    await screenshot(r, 'status-maintenance-desktop');

    await row.getByRole('button', { name: 'Start now' }).click();
    const active = r.getByRole('region', { name: 'In progress' });
    await active.getByRole('listitem', { name: 'Maintenance: Card payment provider upgrade' }).waitFor();
    await eventually(async () => expect(await publicText(r)).toContain('Card payment provider upgrade'), 15_000);

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, RAE.email, RAE.password);
    await p.goto('/status-page/maintenance');
    await p.getByRole('listitem', { name: 'Maintenance: Card payment provider upgrade' }).waitFor();
    await expectAccessible(p, 'scheduled maintenance (phone)');
    await expectNoHorizontalScroll(p, 'scheduled maintenance (phone)');
    await screenshot(p, 'status-maintenance-phone');
    await phone.close();
  }, 240_000);
});
