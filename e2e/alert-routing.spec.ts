import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Settings → Alert routing against the real server: the admin sets the join window, writes rules
// with condition rows, reorders them, tries a payload in the dry run and sees a bad regex refused.

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

const rules = (p: Page) => p.getByRole('list', { name: 'Routing rules in order' });
const editor = (p: Page, name: string) => p.getByRole('region', { name });

async function addRule(
  p: Page,
  name: string,
  cond: { field: string; op?: RegExp; value?: string },
  then: (e: ReturnType<typeof editor>) => Promise<void>,
) {
  await p.getByRole('button', { name: 'Add rule' }).click();
  const e = editor(p, 'New rule');
  await e.getByRole('textbox', { name: 'Name' }).fill(name);
  const row = e.getByRole('group', { name: 'Condition 1' });
  await row.getByRole('textbox', { name: 'Field' }).fill(cond.field);
  if (cond.op) await choose(p, row, 'Operator', cond.op);
  if (cond.value !== undefined) await row.getByRole('textbox', { name: 'Value' }).fill(cond.value);
  await then(e);
  await e.getByRole('button', { name: 'Save rule' }).click();
}

describe.skipIf(chromiumMissing())('Alert routing settings', () => {
  it('admin sets the join window and the auto-declare threshold', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/services', { name: 'payments', criticality: 'critical' });
    await apiCall(a.request, 'post', '/integrations', { name: 'prometheus-prod', format: 'alertmanager' });
    await a.goto('/settings/alert-routing');
    await a.getByRole('heading', { name: 'Routing rules', level: 2 }).waitFor();
    await a.getByText('No rules: alerts go to').waitFor();
    const window = a.getByRole('textbox', { name: 'Join window (minutes)' });
    expect(await window.inputValue()).toBe('60');
    await window.fill('30');
    await a.getByRole('button', { name: 'Save routing settings' }).click();
    await a.getByRole('status').getByText('Routing settings saved.').waitFor();
    await expectAccessible(a, 'settings: alert routing, no rules');
  }, 120_000);

  it('adds rules with condition rows, reorders them, and refuses a bad regex next to the form', async () => {
    await addRule(a, 'Payments team', { field: 'labels.team', value: 'payments' }, async (e) => {
      await choose(a, e, 'Set service', 'payments');
      await choose(a, e, 'Set severity', 'SEV1');
    });
    await rules(a).getByRole('listitem', { name: 'Rule 1: Payments team' }).waitFor();
    expect(await rules(a).getByRole('listitem').first().textContent()).toContain('When labels.team equals “payments”');
    await addRule(a, 'Drop test envs', { field: 'labels.env', value: 'test' }, async (e) => {
      await e.getByRole('checkbox', { name: 'Drop the alert' }).check();
    });
    await rules(a).getByRole('listitem', { name: 'Rule 2: Drop test envs' }).waitFor();
    await a.getByRole('button', { name: 'Move Drop test envs up' }).click();
    await rules(a).getByRole('listitem', { name: 'Rule 1: Drop test envs' }).waitFor();
    await a.getByRole('status').getByText('Order saved.').waitFor();

    await addRule(a, 'Broken', { field: 'title', op: /matches regex/, value: '(a+)+' }, async (e) => {
      await e.getByRole('checkbox', { name: 'Drop the alert' }).check();
    });
    await editor(a, 'New rule')
      .getByRole('alert')
      .getByText(/conditions\[0\]\.value: the pattern repeats a group/)
      .waitFor();
    await expectAccessible(a, 'settings: alert routing, editor with an error');
    await editor(a, 'New rule').getByRole('button', { name: 'Cancel' }).click();
    expect(await rules(a).getByRole('listitem').count()).toBe(2);
  }, 120_000);

  it('the dry run shows which rule matched and what would happen', async () => {
    await a.getByRole('button', { name: 'Run dry run' }).click();
    const result = a.getByRole('region', { name: 'Dry run result' });
    await result.getByText('Declares an incident').waitFor();
    expect(await result.textContent()).toContain('Matched: Payments team (service, severity)');
    expect(await result.textContent()).toContain('Service payments · Severity SEV1');
    await expectAccessible(a, 'settings: alert routing, dry run');
    await a.getByRole('heading', { name: 'Routing rules', level: 2 }).scrollIntoViewIfNeeded();
    await screenshot(a, 'settings-alert-routing');

    // Editing a rule and testing only it.
    await a.getByRole('button', { name: 'Edit Drop test envs' }).click();
    await editor(a, 'Edit “Drop test envs”').getByRole('button', { name: 'Test this rule' }).click();
    await a.getByText('Testing only the rule “Drop test envs”').waitFor();
    await a
      .getByRole('textbox', { name: 'Sample payload (JSON)' })
      .fill(JSON.stringify({ alerts: [{ status: 'firing', labels: { alertname: 'X', env: 'test' } }] }));
    await a.getByRole('button', { name: 'Run dry run' }).click();
    await eventually(async () => expect(await result.textContent()).toContain('Dropped: counted, not opened'));
    await editor(a, 'Edit “Drop test envs”').getByRole('button', { name: 'Cancel' }).click();
  }, 120_000);

  it('reads at phone width and in the dark', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/alert-routing');
    await rules(p).getByRole('listitem', { name: 'Rule 1: Drop test envs' }).waitFor();
    await expectNoHorizontalScroll(p, 'alert routing (phone)');
    await expectAccessible(p, 'settings: alert routing, phone');
    await rules(p).scrollIntoViewIfNeeded();
    await screenshot(p, 'settings-alert-routing-phone');
    await phone.close();

    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/settings/alert-routing');
    await rules(d).getByRole('listitem', { name: 'Rule 2: Payments team' }).waitFor();
    await expectAccessible(d, 'settings: alert routing, dark');
    await screenshot(d, 'settings-alert-routing-dark');
    await dark.close();
  }, 120_000);
});
