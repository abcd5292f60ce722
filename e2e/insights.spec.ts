import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// The insights page against a real server: figures from incidents whose milestones were set through
// the API, charts drawn, filters in the URL, CSV export, phone width.

let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let a: Page;

const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString();

/** An incident whose impact started `start` minutes ago, acknowledged `ack` minutes after detection. */
async function resolvedIncident(p: Page, title: string, severity: string, service: string, start: number, ack: number) {
  const inc = await apiCall(p.request, 'post', '/incidents', { title, severity, services: [service] });
  await apiCall(p.request, 'patch', `/incidents/${inc.ref}`, {
    milestones: { impactStarted: ago(start), detected: ago(start - 5), acknowledged: ago(start - 5 - ack), mitigated: ago(10) },
  });
  await apiCall(p.request, 'post', `/incidents/${inc.ref}/status`, { status: 'resolved', message: 'Recovered' });
  return inc.ref as string;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  desktop = await newContext(browser, server.url);
  a = await desktop.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(chromiumMissing())('Insights page', () => {
  it('shows durations, counts and tables from the incidents, with their definitions', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/services', { name: 'checkout', description: 'Payments at the till.' });
    await apiCall(a.request, 'post', '/services', { name: 'search', description: 'Product search.' });
    await resolvedIncident(a, 'Checkout fails for EU cards', 'SEV1', 'checkout', 120, 4);
    await resolvedIncident(a, 'Checkout slow at peak', 'SEV2', 'checkout', 90, 6);
    await resolvedIncident(a, 'Search returns nothing', 'SEV2', 'search', 60, 8);

    await a.getByRole('link', { name: 'Insights' }).first().click();
    await a.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    // Time to acknowledge 4, 6 and 8 minutes: the median is 6.
    const ackCard = a.locator('.mantine-Paper-root', { hasText: 'Time to acknowledge' }).first();
    await ackCard.getByText('6 min', { exact: true }).waitFor();
    await expect(ackCard.textContent()).resolves.toContain('3 incidents');
    // Both charts are drawn (SVG), and the severity table lists what happened.
    await a
      .getByRole('figure', { name: /Incidents per month/ })
      .locator('svg.recharts-surface')
      .waitFor();
    await a
      .getByRole('figure', { name: /Median durations/ })
      .locator('svg.recharts-surface')
      .waitFor();
    const bySeverity = a.getByRole('table').first();
    await expect(bySeverity.getByRole('rowheader').allTextContents()).resolves.toEqual(['SEV1', 'SEV2']);
    await a.evaluate(() => window.scrollTo(0, 0));
    await screenshot(a, 'insights-desktop');
    await a.getByRole('button', { name: 'How these figures are computed' }).click();
    await a
      .getByRole('region', { name: 'How these figures are computed' })
      .getByText(/Time to acknowledge: from detection/)
      .waitFor();
    await expectAccessible(a, 'insights');
  }, 90_000);

  it('filters through the URL and exports the same figures as CSV', async () => {
    // The service list was read before the services existed (the incident list, at sign-in): read it again.
    await a.reload();
    await a.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    await choose(a, a, 'Service', 'search');
    await eventually(async () => expect(a.url()).toContain('service=search'));
    const ackCard = a.locator('.mantine-Paper-root', { hasText: 'Time to acknowledge' }).first();
    await eventually(async () => expect(await ackCard.textContent()).toContain('1 incident'));
    await expect(ackCard.textContent()).resolves.toContain('8 min');

    const csv = await a.request.get('/api/v1/insights.csv?table=services&service=search');
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^"service","incidents","impact_minutes"\r\n"search","1","6\d"\r\n$/);
    await a.getByRole('button', { name: 'Export CSV' }).click();
    const link = a.getByRole('menuitem', { name: 'Top services' });
    expect(await link.getAttribute('href')).toContain('service=search');
  });

  it('reads on a phone without sideways scrolling, dark theme too', async () => {
    const phone = await newContext(browser, server.url, { phone: true, dark: true });
    await phone.addCookies(await desktop.cookies());
    const p = await phone.newPage();
    await p.goto('/insights?range=30&period=week');
    await p
      .getByRole('figure', { name: /Incidents per week/ })
      .locator('svg.recharts-surface')
      .waitFor();
    await expectNoHorizontalScroll(p, 'insights on a phone');
    await expectAccessible(p, 'insights, phone, dark');
    await screenshot(p, 'insights-phone-dark');
    await phone.close();
  }, 90_000);
});
