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
    // Save straight away with the colour picker still open: it opens upwards, so it never covers the button.
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

  it('once the retrospective is published, a responder publishes a summary for customers on the public incident page', async () => {
    const inc = await apiCall(r.request, 'post', `/incidents/${ref}/status`, { status: 'resolved' });
    expect(inc.status).toBe('resolved');
    // The retrospective (drafted on resolve, or now): its introduction is the starting point offered.
    const read = async () => a.request.get(`/api/v1/retros/${ref}`);
    if ((await read()).status() === 404) await apiCall(r.request, 'post', `/incidents/${ref}/retro`, {});
    const retro = (await (await read()).json()).data as { sections: { key: string; kind: string; revision: number }[] };
    const intro = retro.sections.find((x) => x.kind === 'markdown');
    if (!intro) throw new Error('the retrospective has no written section');
    await apiCall(a.request, 'put', `/retros/${ref}/sections/${intro.key}`, {
      baseRevision: intro.revision,
      body: 'A deploy of the payment service broke card payments for 40 minutes; we rolled it back.',
    });
    await apiCall(a.request, 'post', `/retros/${ref}/publish`, { confirm: true });

    await r.goto(`/incidents/${ref}`);
    const panel = section(r);
    await panel.scrollIntoViewIfNeeded();
    const summary = panel.getByTestId('public-summary');
    await summary.getByText('The retrospective is published.', { exact: false }).waitFor();
    await summary.getByRole('button', { name: 'Write summary' }).click();
    const text = summary.getByRole('textbox', { name: 'Summary for customers' });
    expect(await text.inputValue()).toBe('A deploy of the payment service broke card payments for 40 minutes; we rolled it back.');
    await text.fill(
      'A change to our payment service made **card payments fail for 40 minutes**. No payment was charged twice.\n\nWhat we changed:\n- Payment changes now reach customers gradually\n- We are alerted within 2 minutes when payments fail',
    );
    await summary.getByTestId('summary-preview').getByText('card payments fail for 40 minutes').waitFor();
    await expectAccessible(r, 'summary for customers, editing');
    await summary.scrollIntoViewIfNeeded();
    await screenshot(r, 'status-summary-editing-desktop');
    await summary.getByRole('button', { name: 'Publish summary' }).click();
    await summary.getByText('Public', { exact: true }).waitFor();
    await summary.getByText(/On the public incident page since/).waitFor();
    await r.getByText('published a summary of the retrospective for customers on the status page').waitFor();
    await summary.scrollIntoViewIfNeeded();
    await screenshot(r, 'status-summary-desktop');

    const pub = (await (await r.request.get(`/api/v1/incidents/${ref}/status-page`)).json()).data as { url: string; incidentId: string };
    const publicPage = await r.request.get(`/status/incidents/${pub.incidentId}`);
    const html = await publicPage.text();
    expect(html).toContain('<h2 id="summary">What happened</h2>');
    expect(html).toContain('<strong>card payments fail for 40 minutes</strong>');
    expect(await (await r.request.get('/status/history')).text()).toContain('Summary available');

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, RAE.email, RAE.password);
    await p.goto(`/incidents/${ref}`);
    await p.getByRole('tab', { name: 'Ticket and actions' }).click();
    // The section's code loads when it scrolls into view.
    await section(p).scrollIntoViewIfNeeded();
    const phoneSummary = section(p).getByTestId('public-summary');
    await phoneSummary.waitFor();
    await phoneSummary.scrollIntoViewIfNeeded();
    await phoneSummary.getByRole('button', { name: 'Edit summary' }).waitFor();
    await expectAccessible(p, 'summary for customers (phone)');
    await expectNoHorizontalScroll(p, 'summary for customers (phone)');
    await screenshot(p, 'status-summary-phone');
    // What customers see, on a phone, without script.
    await p.goto(`/status/incidents/${pub.incidentId}`);
    await p.getByRole('heading', { name: 'What happened' }).scrollIntoViewIfNeeded();
    await expectAccessible(p, 'public incident page with its summary (phone)');
    await expectNoHorizontalScroll(p, 'public incident page with its summary (phone)');
    await screenshot(p, 'status-public-summary-phone');
    await phone.close();
  }, 240_000);

  it('an admin sees a turned-off webhook subscriber with the reason and turns it on again', async () => {
    const hook = await a.request.post('/status/subscribe', { data: { webhook: 'https://hooks.example.com/acme-status' } });
    expect(hook.status()).toBe(201);
    const id = (await hook.json()).data.id as string;
    await apiCall(a.request, 'patch', `/status-page/subscribers/${id}`, { enabled: false });
    await a.goto('/settings/status-page');
    const subs = a.getByRole('region', { name: /^Subscribers/ });
    await subs.getByText('Turned off', { exact: true }).waitFor();
    await subs.getByText(`Turned off by ${ADMIN.name}`, { exact: false }).waitFor();
    await subs.scrollIntoViewIfNeeded();
    await expectAccessible(a, 'settings: turned-off subscriber');
    await screenshot(a, 'status-subscribers-off-desktop');

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/status-page');
    const phoneSubs = p.getByRole('region', { name: /^Subscribers/ });
    await phoneSubs.getByText('Turned off', { exact: true }).scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(p, 'settings: subscribers (phone)');
    await screenshot(p, 'status-subscribers-off-phone');
    await phone.close();

    await subs.getByRole('button', { name: 'Turn on again' }).click();
    await eventually(async () => expect(await subs.getByText('Turned off', { exact: true }).count()).toBe(0));
    await subs.getByText('Confirmed', { exact: true }).first().waitFor();
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
