import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Replay on the incident page: the slider shows the ticket and timeline as they were at a moment.

let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let a: Page;
let ref: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  desktop = await newContext(browser, server.url);
  a = await desktop.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(chromiumMissing())('Replay: how it looked at the time', () => {
  it('slides back to the declaration and forward to now', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout errors', severity: 'SEV3' });
    ref = inc.ref;
    // The slider's first position is the declaration itself, before the changes made a moment later.
    await apiCall(a.request, 'patch', `/incidents/${ref}`, {
      title: 'Checkout returns 500 in the EU',
      severity: 'SEV1',
      symptoms: 'HTTP 500 on POST /checkout',
    });
    await apiCall(a.request, 'post', `/incidents/${ref}/status`, { status: 'investigating' });

    await a.goto(`/incidents/${ref}`);
    await a.getByRole('button', { name: 'Replay: how it looked at the time' }).click();
    const drawer = a.getByRole('dialog', { name: `${ref} as it was` });
    await drawer.getByRole('heading', { name: 'Checkout returns 500 in the EU' }).waitFor();
    await drawer.getByText('Investigating', { exact: true }).waitFor();

    const slider = drawer.getByRole('slider', { name: 'Moment to show' });
    await slider.focus();
    await a.keyboard.press('Home');
    await drawer.getByRole('heading', { name: 'Checkout errors' }).waitFor();
    await drawer.getByText('Triage', { exact: true }).waitFor();
    await drawer.getByText('SEV3', { exact: true }).waitFor();
    await expect(drawer.getByRole('list', { name: 'Timeline up to then' }).getByRole('listitem').count()).resolves.toBe(1);
    await expectAccessible(a, 'replay drawer');
    await screenshot(a, 'replay-desktop');

    await a.keyboard.press('End');
    await drawer.getByRole('heading', { name: 'Checkout returns 500 in the EU' }).waitFor();
  }, 150_000);

  it('opens at a moment from a link (as a retrospective line does), on a phone', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    await phone.addCookies(await desktop.cookies());
    const p = await phone.newPage();
    const declared = (await (await p.request.get(`/api/v1/incidents/${ref}/replay`)).json()).data.declaredAt as string;
    await p.goto(`/incidents/${ref}?asOf=${encodeURIComponent(declared)}`);
    const drawer = p.getByRole('dialog', { name: `${ref} as it was` });
    await drawer.getByRole('heading', { name: 'Checkout errors' }).waitFor();
    await expectNoHorizontalScroll(p, 'replay on a phone');
    await screenshot(p, 'replay-phone');
    await drawer.getByRole('button', { name: /close/i }).click();
    await p.waitForURL((u) => !u.search.includes('asOf'));
    await phone.close();
  }, 90_000);
});
