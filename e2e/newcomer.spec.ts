import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Issue 10, the incident page as a newcomer uses it: declaring (how it was reported), changing what was
// known at declaration (severity, services, title), correcting what people wrote, resolving with a final
// update for stakeholders, and the same page on a phone. Tests run in order on one server.

const VICTOR = { name: 'Victor Viewer', email: 'victor@example.com', password: 'victor-password-1' };
const TITLE = 'Checkout slow in the EU';
const RENAMED = 'Checkout times out for EU card payments';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let viewer: BrowserContext;
let v: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
  await setUpAdmin(a, server.setupLink, ADMIN);
  await apiCall(a.request, 'post', '/users', { email: VICTOR.email, name: VICTOR.name, role: 'viewer', password: VICTOR.password });
  await apiCall(a.request, 'post', '/services', { name: 'checkout', criticality: 'critical' });
  await apiCall(a.request, 'post', '/services', { name: 'payments-api', criticality: 'high' });
  viewer = await newContext(browser, server.url);
  v = await viewer.newPage();
  await signIn(v, VICTOR.email, VICTOR.password);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const header = (p: Page) => p.getByRole('main');
const entries = (p: Page) => p.getByRole('region', { name: 'Timeline entries' });
const entry = (p: Page, text: string | RegExp) => entries(p).getByRole('article').filter({ hasText: text });

describe.skipIf(chromiumMissing())('A newcomer works an incident', () => {
  it('declaring asks how it was reported, and the ticket says it', async () => {
    await a.goto('/incidents');
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.keyboard.press('d');
    const declare = a.getByRole('dialog', { name: 'Declare an incident' });
    await field(declare, 'What is broken?').fill(TITLE);
    await declare.getByRole('radio', { name: 'SEV3' }).check();
    await choose(a, declare, 'Affected services', 'checkout');
    await declare.getByRole('button', { name: 'Declare incident' }).click();
    await declare.getByText('say how it was reported').waitFor();
    const how = declare.getByRole('radiogroup', { name: /How was it reported/ });
    for (const option of ['E-mail', 'Chat', 'Phone', 'Alert', 'Monitoring', 'Other'])
      await how.getByRole('radio', { name: option }).waitFor();
    await how.getByRole('radio', { name: 'Phone' }).check();
    await expectAccessible(a, 'declare dialog with the report source');
    await declare.getByRole('button', { name: 'Declare incident' }).click();
    await a.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await a.getByText(/^Phone · reported by Ada Admin/).waitFor();
  });

  it('escalates SEV3 → SEV1 from the header, changes services from the palette, renames it', async () => {
    // How long it has lasted, in minutes: the page's clock ticks every 15 s, so it never shows seconds.
    expect(await a.locator('header .fb-meta').innerText()).toMatch(/under 1 min|\d+ min/);
    expect(await a.locator('header .fb-meta').innerText()).not.toMatch(/\d+ s\b/);
    await header(a).getByRole('button', { name: 'Severity SEV3: change severity' }).click();
    const dialog = a.getByRole('dialog', { name: 'INC-1: change severity' });
    await dialog.getByRole('radio', { name: 'SEV1' }).check();
    await field(dialog, 'Note for the timeline').fill('EU card payments fail, not just slow');
    await expectAccessible(a, 'change severity dialog');
    await dialog.getByRole('button', { name: 'Change to SEV1' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await header(a).getByRole('button', { name: 'Severity SEV1: change severity' }).waitFor();
    await entry(a, 'changed severity').getByText('SEV1').waitFor();

    await a.keyboard.press('Control+k');
    await a.getByRole('textbox', { name: 'Search incidents or commands' }).fill('services');
    await a
      .getByRole('dialog', { name: 'Command palette' })
      .getByRole('button', { name: /Change affected services/ })
      .click();
    const services = a.getByRole('dialog', { name: 'INC-1: change affected services' });
    await choose(a, services, 'Affected services', 'payments-api');
    await services.getByRole('button', { name: 'Save' }).click();
    await services.waitFor({ state: 'hidden' });
    await header(a).getByRole('link', { name: 'payments-api' }).waitFor();

    await header(a).getByRole('button', { name: 'Rename incident' }).click();
    const rename = a.getByRole('dialog', { name: 'INC-1: rename incident' });
    await field(rename, 'Title').fill(RENAMED);
    await rename.getByRole('button', { name: 'Save' }).click();
    await a.getByRole('heading', { name: RENAMED, level: 1 }).waitFor();
    await screenshot(a, 'newcomer-incident-header-1440');
  });

  it('a war-room comment is edited (the timeline keeps what it said) and deleted', async () => {
    await field(a, 'War-room comment').fill('p99 on db-primray 4.2 s');
    await a.getByRole('button', { name: 'Post to war room' }).click();
    const comment = entry(a, 'p99 on db-primray 4.2 s');
    await comment.hover();
    await comment.getByRole('button', { name: 'Change this comment' }).click();
    await a.getByRole('menuitem', { name: 'Edit comment' }).click();
    await entries(a).getByRole('textbox', { name: 'Edit comment' }).fill('p99 on db-primary 4.2 s');
    await entries(a).getByRole('button', { name: 'Save comment' }).click();
    const fixed = entry(a, /^(?!.*edited a).*p99 on db-primary 4\.2 s/);
    await fixed.getByText('· edited').waitFor();
    await entry(a, 'edited a war-room comment')
      .getByText(/it said “p99 on db-primray 4.2 s”/)
      .waitFor();

    await fixed.hover();
    await fixed.getByRole('button', { name: 'Change this comment' }).click();
    await a.getByRole('menuitem', { name: 'Delete comment' }).click();
    const confirm = a.getByRole('dialog', { name: 'Delete this comment?' });
    await confirm.getByRole('button', { name: 'Delete comment' }).click();
    await entries(a)
      .getByText(/^Deleted by Ada Admin/)
      .waitFor();
    await entry(a, 'deleted a war-room comment').waitFor();
  });

  it('a stakeholder update with a typo is corrected, another one retracted: stakeholders see both marked', async () => {
    await a.getByRole('tab', { name: 'Stakeholder update' }).click();
    await field(a, 'Stakeholder update').fill('Card payments in Europe are failling. Next update in 15 minutes.');
    await a.getByRole('button', { name: 'Send to stakeholders' }).click();
    const update = entry(a, 'failling');
    await update.hover();
    await update.getByRole('button', { name: 'Change this stakeholder update' }).click();
    await a.getByRole('menuitem', { name: 'Edit stakeholder update' }).click();
    await entries(a)
      .getByRole('textbox', { name: 'Edit stakeholder update' })
      .fill('Card payments in Europe are failing. Next update in 15 minutes.');
    await entries(a).getByRole('button', { name: 'Save stakeholder update' }).click();
    await entry(a, 'corrected a stakeholder update').waitFor();

    await field(a, 'Stakeholder update').fill('All clear (wrong incident).');
    await a.getByRole('button', { name: 'Send to stakeholders' }).click();
    const wrong = entry(a, 'All clear (wrong incident).');
    await wrong.hover();
    await wrong.getByRole('button', { name: 'Change this stakeholder update' }).click();
    await a.getByRole('menuitem', { name: 'Retract update' }).click();
    const retract = a.getByRole('dialog', { name: 'Retract this stakeholder update?' });
    await field(retract, 'Why (shown to stakeholders)').fill('Posted to the wrong incident');
    await expectAccessible(a, 'retract dialog');
    await retract.getByRole('button', { name: 'Retract update' }).click();
    await entries(a)
      .getByText(/^Retracted by Ada Admin .*: Posted to the wrong incident/)
      .waitFor();

    await v.goto('/incidents/INC-1/status-page');
    await v.getByText('Card payments in Europe are failing. Next update in 15 minutes.').waitFor();
    await v
      .getByText(/corrected/)
      .first()
      .waitFor();
    await v.getByText(/^Retracted .*: Posted to the wrong incident/).waitFor();
    expect(await v.getByText('failling').count()).toBe(0);
    expect(await v.getByText('All clear (wrong incident).').count()).toBe(0);
    await expectAccessible(v, 'status page with a corrected and a retracted update');
  });

  it('resolving offers the final stakeholder update; the closed status page says how long it lasted', async () => {
    await a.getByRole('button', { name: 'Resolve', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: /→ Resolved/ });
    const final = field(dialog, 'Final update for stakeholders');
    expect(await final.inputValue()).toContain(`Resolved: ${RENAMED}.`);
    await final.fill('Card payments in Europe work normally again. We will share what we learned.');
    await expectAccessible(a, 'resolve dialog with the final update');
    await screenshot(a, 'newcomer-resolve-1440');
    await dialog.getByRole('button', { name: 'Resolve and send update' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await entry(a, 'Card payments in Europe work normally again.').waitFor();

    await v.reload();
    await v.getByText('Card payments in Europe work normally again. We will share what we learned.').waitFor();
    await v.getByText(/Lasted (under 1 min|\d+ min)/).waitFor();
    await screenshot(v, 'newcomer-status-page-resolved-1440');
  });

  it('on a phone: the status button reads in full, the meta line keeps its separators, the timeline toolbar is one row', async () => {
    await apiCall(a.request, 'post', '/incidents', {
      title: 'Search results stale for some users',
      severity: 'SEV2',
      services: ['checkout'],
      status: 'investigating',
    });
    for (const dark of [false, true]) {
      const phone = await newContext(browser, server.url, { phone: true, dark });
      const p = await phone.newPage();
      await signIn(p, ADMIN.email, ADMIN.password);
      await p.goto('/incidents/INC-2');
      await p.getByRole('heading', { name: 'Search results stale for some users', level: 1 }).waitFor();
      const status = p.getByRole('button', { name: 'Change status' });
      expect(await status.evaluate((b) => [...b.querySelectorAll('*')].every((el) => el.scrollWidth <= el.clientWidth + 1))).toBe(true);
      const separators = await p
        .locator('header .fb-meta-part')
        .evaluateAll((parts) => parts.slice(0, -1).map((el) => getComputedStyle(el, '::after').content));
      expect(separators.length).toBeGreaterThan(2);
      expect(separators.every((c) => c.includes('·'))).toBe(true);
      const toolbar = p.getByRole('region', { name: 'Timeline' }).locator(':scope > div').first();
      expect((await toolbar.boundingBox())?.height ?? 99).toBeLessThan(44);
      await expectNoHorizontalScroll(p, 'incident on a phone');
      await expectAccessible(p, `incident on a phone${dark ? ', dark' : ''}`);
      await screenshot(p, `newcomer-incident-390-${dark ? 'dark' : 'light'}`);
      await phone.close();
    }
  });
});
