import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Escalation and paging through the browser: Sam sets up how he is reached (an e-mail address, with
// a test); Ada writes an escalation policy that pages the checkout schedule's on-call, chooses it on
// the checkout service, and from an incident on checkout pages the suggested on-call, Sam. Sam sees
// the page on "My on-call" (on a phone) and acknowledges it; the incident shows who acknowledged.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let samCtx: BrowserContext;
let s: Page;
let incidentRef = '';
const SAM = { name: 'Sam Rivera', email: 'sam@example.com', password: 'sam-password-123' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(chromiumMissing())('On-call paging', () => {
  it('a responder adds a contact method, sends a test, and sees the rules', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    const sam = await apiCall(a.request, 'post', '/users', { ...SAM, role: 'responder' });
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Takes payments' });
    const today = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await apiCall(a.request, 'post', '/schedules', {
      name: 'Checkout primary',
      timeZone: 'Europe/London',
      layers: [{ participants: [sam.id], rotation: { unit: 'weeks', length: 1 }, handoffTime: '09:00', startDate: today }],
    });

    samCtx = await newContext(browser, server.url, { phone: true });
    s = await samCtx.newPage();
    await signIn(s, SAM.email, SAM.password);
    await s.goto('/oncall/me');
    await s.getByRole('heading', { name: 'My on-call', level: 1 }).waitFor();
    await s.getByText('Nothing is paging you.').waitFor();
    await s.getByRole('list', { name: 'My next shifts' }).getByText('Checkout primary').waitFor();
    await s.getByText('You cannot be reached yet').waitFor();
    await field(s, 'E-mail address').fill('sam@example.com');
    await s.getByRole('button', { name: 'Add contact method' }).click();
    const methods = s.getByRole('list', { name: 'Contact methods' });
    await methods.getByText('sam@example.com').first().waitFor();
    await s.getByRole('button', { name: 'Send test to sam@example.com' }).click();
    await s.getByText('Test sent: check that it arrived.').waitFor();
    await expectNoHorizontalScroll(s, 'my on-call on a phone');
    await expectAccessible(s, 'my on-call on a phone');
    await screenshot(s, 'oncall-me-390-light');
  }, 120_000);

  it('an admin writes an escalation policy and chooses it for a service', async () => {
    await a.reload();
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.goto('/oncall/policies');
    await a.getByText('No escalation policies yet').waitFor();
    await a.getByRole('link', { name: 'New policy' }).click();
    await a.getByRole('heading', { name: 'New escalation policy', level: 1 }).waitFor();
    // A step that pages nobody is named before anything is sent.
    await a.getByRole('button', { name: 'Create policy' }).click();
    await a.getByText('Give the policy a name').waitFor();
    await a.getByText('Step 1 pages nobody').waitFor();
    await field(a, 'Name').fill('Checkout critical');
    await choose(a, a, 'Add to step 1', 'Checkout primary');
    await a.getByRole('button', { name: 'Add step' }).click();
    await choose(a, a, 'Step 2 target kind', 'Person');
    await choose(a, a, 'Add to step 2', 'Ada Admin');
    await a.getByLabel('Repeat the whole policy').fill('1');
    await expectAccessible(a, 'policy editor');
    await screenshot(a, 'oncall-policy-editor-1440-light');
    await a.getByRole('button', { name: 'Create policy' }).click();
    await a.getByRole('heading', { name: 'Checkout critical', level: 1 }).waitFor();
    await a.getByText('On call: Checkout primary').waitFor();

    await a.goto('/services/checkout');
    await a.getByRole('heading', { name: 'checkout', level: 1 }).waitFor();
    await choose(a, a, 'Escalation policy', 'Checkout critical');
    await a.getByText('Saved.').waitFor();
    await a.goto('/oncall/policies');
    await a
      .getByRole('row', { name: /Checkout critical/ })
      .getByText('checkout', { exact: true })
      .waitFor();
    await expectAccessible(a, 'policies list');
    await screenshot(a, 'oncall-policies-1440-light');
  }, 120_000);

  it('pages the suggested on-call from an incident; the responder acknowledges on a phone', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout returns 500', severity: 'SEV2', services: ['checkout'] });
    incidentRef = inc.ref;
    await a.goto(`/incidents/${incidentRef}`);
    await a.getByText('Nobody has been paged about this incident.').waitFor();
    await a.getByRole('button', { name: 'Page', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: `Page someone about ${incidentRef}` });
    const suggested = dialog.getByRole('list', { name: 'Suggested people and teams' });
    await suggested.getByText('On call now').first().waitFor();
    await expectAccessible(a, 'page dialog');
    await screenshot(a, 'oncall-page-dialog-1440-light');
    await dialog.getByLabel('Message (optional)').fill('Checkout is failing for EU customers');
    await suggested.getByRole('button', { name: 'Page Sam Rivera' }).first().click();
    await dialog.getByText(/^Paged Sam Rivera/).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const pages = a.getByRole('article', { name: /^Page: / });
    await pages.first().getByText('Not acknowledged').waitFor();

    // Sam, on his phone: the page waits on "My on-call"; one tap acknowledges it.
    await s.goto('/oncall/me');
    const page = s.getByRole('article', { name: /^Page: / }).first();
    await page.getByText('Checkout is failing for EU customers').waitFor();
    await screenshot(s, 'oncall-me-page-390-light');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('Acknowledged', { exact: true }).waitFor();
    await expectAccessible(s, 'my on-call with an acknowledged page');

    await a.reload();
    await a
      .getByRole('article', { name: /^Page: / })
      .first()
      .getByText(/Acknowledged by Sam Rivera/)
      .waitFor();
    expect(await a.getByRole('article', { name: /^Page: / }).count()).toBe(1);
    await expectAccessible(a, 'incident page with a page');
    await screenshot(a, 'oncall-incident-pages-1440-light');
  }, 120_000);

  it('reassigns a page from a phone and from the incident page: a person who cannot be reached is refused in the dialog', async () => {
    const read = async (url: string) => (await (await a.request.get(`/api/v1${url}`)).json()).data;
    const sam = (await read('/users?q=sam')).find((u: { email: string }) => u.email === SAM.email);
    await apiCall(a.request, 'post', `/incidents/${incidentRef}/pages`, {
      target: { kind: 'user', id: sam.id },
      message: 'Card declines spiking',
    });

    // Sam, on his phone, hands it to Ada, who has no contact method yet: the dialog says so and stays open.
    await s.goto('/oncall/me');
    const card = s.getByRole('article', { name: /^Page: / }).filter({ hasText: 'Card declines spiking' });
    await card.getByRole('button', { name: 'Reassign' }).click();
    const dialog = s.getByRole('dialog', { name: 'Reassign "Checkout returns 500"' });
    await dialog.getByText('Now with Sam Rivera.', { exact: false }).waitFor();
    await choose(s, dialog, 'Person', 'Ada Admin');
    await expectNoHorizontalScroll(s, 'reassign dialog on a phone');
    await expectAccessible(s, 'reassign dialog on a phone');
    await screenshot(s, 'oncall-reassign-390-light');
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
    await dialog.getByRole('alert').getByText('Ada Admin has no contact method, so a page cannot reach them', { exact: false }).waitFor();

    // Once Ada can be reached, the same choice goes through; the card says where the page went.
    await apiCall(a.request, 'post', '/me/contact-methods', { kind: 'email', address: 'ada@example.com' });
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByRole('status').getByText('Reassigned to Ada Admin: the page starts again from their first step.').waitFor();
    await card.getByText(/· to Ada Admin ·/).waitFor();

    // Ada, at her desk, passes it back to the checkout schedule from the incident's Pages section.
    await a.goto(`/incidents/${incidentRef}`);
    const onIncident = a.getByRole('article', { name: /^Page: / }).filter({ hasText: 'Card declines spiking' });
    await onIncident.getByText(/^to Ada Admin ·/).waitFor();
    await onIncident.getByRole('button', { name: 'Reassign' }).click();
    const desk = a.getByRole('dialog', { name: 'Reassign "Checkout returns 500"' });
    await desk.getByText('Schedule', { exact: true }).click();
    await choose(a, desk, 'Schedule', 'Checkout primary');
    await expectAccessible(a, 'reassign dialog');
    await screenshot(a, 'oncall-reassign-1440-light');
    await desk.getByRole('button', { name: 'Reassign', exact: true }).click();
    await desk.waitFor({ state: 'detached' });
    await onIncident.getByText(/^to Checkout primary ·/).waitFor();
    const pages = await read(`/pages?incident=${incidentRef}&status=open`);
    expect(pages.map((p: { message: string; target: { name: string } }) => [p.message, p.target.name])).toEqual([
      ['Card declines spiking', 'Checkout primary'],
    ]);
  }, 120_000);

  it('shows the on-call load report', async () => {
    await a.goto('/oncall/load');
    await a.getByRole('heading', { name: 'On-call load', level: 1 }).waitFor();
    // Sam's acknowledged page counts once its notification went out; before that the period is quiet.
    await a.getByRole('table', { name: 'On-call load by person' }).or(a.getByText('No pages in this period')).first().waitFor();
    await expectAccessible(a, 'on-call load');
    await screenshot(a, 'oncall-load-1440-light');
    const dark = await newContext(browser, server.url, { dark: true, phone: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/oncall/load');
    await d.getByRole('table', { name: 'On-call load by person' }).or(d.getByText('No pages in this period')).first().waitFor();
    await expectNoHorizontalScroll(d, 'on-call load on a phone');
    await expectAccessible(d, 'on-call load on a phone (dark)');
    await screenshot(d, 'oncall-load-390-dark');
    await dark.close();
  }, 120_000);
});
