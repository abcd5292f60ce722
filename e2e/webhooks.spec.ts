import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeReceiver, startFakeReceiver } from '../packages/server/src/test/fakes/receiver.ts';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, signIn } from './lib/flows.ts';
import { ADMIN, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Settings → Webhooks & chat against the real server and a local receiver (the server is told
// private addresses are fine, as an operator with receivers on their own network would).

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let rx: FakeReceiver;

beforeAll(async () => {
  process.env.FIREBREAK_WEBHOOKS_ALLOW_PRIVATE = 'on';
  rx = await startFakeReceiver('/services/T000/B000/abcdSECRETwxyz');
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rx?.close();
});

const tab = (p: Page) => p.getByRole('tab', { name: 'Webhooks & chat' });
const card = (p: Page, name: string) => p.getByRole('list', { name: 'Destinations' }).getByRole('listitem', { name });

async function add(p: Page, name: string, kind: string, url: string) {
  await p.getByRole('button', { name: 'Add destination' }).click();
  const dialog = p.getByRole('dialog', { name: 'Add a destination' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await choose(p, dialog, 'Kind', kind);
  await dialog.getByRole('textbox', { name: 'Incoming webhook URL' }).fill(url);
  await dialog.getByRole('button', { name: 'Add destination' }).click();
}

describe.skipIf(chromiumMissing())('Webhooks & chat settings', () => {
  it('admin finds it under Settings, empty at first', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await a.getByRole('link', { name: 'Settings' }).click();
    await tab(a).click();
    await a.waitForURL(/\/settings\/webhooks$/);
    await a.getByText('No destinations yet').waitFor();
    await expectAccessible(a, 'settings: webhooks, empty');
  }, 60_000);

  it('creates a signed webhook (secret shown once) and a Slack destination (URL masked)', async () => {
    await add(a, 'Ops automation', 'Webhook (signed JSON)', rx.url.replace('/services/T000/B000/abcdSECRETwxyz', '/firebreak'));
    const secret = a.getByRole('dialog', { name: /Signing secret of “Ops automation”/ });
    await secret.waitFor();
    expect(await secret.getByLabel('Signing secret', { exact: true }).textContent()).toMatch(/^whsec_/);
    await expectAccessible(a, 'settings: webhooks, secret shown once');
    await secret.getByRole('button', { name: 'Done' }).click();

    await add(a, '#incidents', 'Slack', rx.url);
    const slack = card(a, '#incidents');
    await slack.waitFor();
    expect(await a.getByRole('dialog').count()).toBe(0); // no secret for chat destinations
    const text = (await slack.textContent()) ?? '';
    expect(text).not.toContain('abcdSECRETwxyz');
    expect(text).toContain('…wxyz');
  }, 60_000);

  it('sends a test message and shows it in the delivery log with its request body', async () => {
    await card(a, '#incidents').getByRole('button', { name: 'Send test' }).click();
    const log = a.getByRole('dialog', { name: 'Delivery log of “#incidents”' });
    await log.waitFor();
    await log.getByText('delivered').waitFor({ timeout: 15_000 });
    await log.getByText('HTTP 200').first().waitFor();
    await rx.waitFor(1);
    expect(JSON.parse(rx.received[0].body).text).toContain('Test message from Firebreak');
    await log.locator('summary').first().click();
    await log.getByText('Request body').waitFor();
    expect(await log.locator('pre').first().textContent()).toContain('"attachments"');
    await expectAccessible(a, 'settings: webhooks, delivery log');
    await screenshot(a, 'settings-webhooks-log');
    await a.keyboard.press('Escape');
    await log.waitFor({ state: 'hidden' });
  }, 60_000);

  it('shows why a destination was turned off automatically, and turns it on again', async () => {
    const db = new DatabaseSync(join(server.dataDir, 'firebreak.sqlite'), { timeout: 5000 });
    try {
      db.prepare(
        `UPDATE webhook_destinations SET enabled = 0, disabled_at = ?, disabled_reason = 'Turned off after 3 deliveries in a row failed 5 attempts each (last: The receiver answered 500)' WHERE name = '#incidents'`,
      ).run(new Date().toISOString());
    } finally {
      db.close();
    }
    await a.reload();
    const slack = card(a, '#incidents');
    await slack.getByText(/Turned off after 3 deliveries in a row/).waitFor();
    expect(await slack.getByRole('switch', { name: 'Send to #incidents' }).isChecked()).toBe(false);
    await expectAccessible(a, 'settings: webhooks, auto-disabled');
    await expectNoHorizontalScroll(a, 'webhooks (desktop)');
    await screenshot(a, 'settings-webhooks');

    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/settings/webhooks');
    await card(d, '#incidents').waitFor();
    await expectAccessible(d, 'settings: webhooks, dark');
    await screenshot(d, 'settings-webhooks-dark');
    await dark.close();

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/webhooks');
    await card(p, '#incidents').waitFor();
    await expectAccessible(p, 'settings: webhooks, phone');
    await expectNoHorizontalScroll(p, 'webhooks (phone)');
    await screenshot(p, 'settings-webhooks-phone');
    await phone.close();

    await slack.getByRole('switch', { name: 'Send to #incidents' }).click({ force: true });
    await eventually(async () => expect(await slack.getByText(/Turned off after/).count()).toBe(0));
    expect(await slack.getByRole('switch', { name: 'Send to #incidents' }).isChecked()).toBe(true);
  }, 90_000);
});
