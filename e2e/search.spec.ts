import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Search as a person uses it: the command palette finds words in a war-room comment (with the
// matched word marked), and the results page narrows by facets, on desktop and on a phone.

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

describe.skipIf(chromiumMissing())('search', () => {
  it('the palette finds a comment by its words and shows the snippet; the results page filters by facets', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/services', { name: 'ledger-api' });
    const ledger = await apiCall(a.request, 'post', '/incidents', {
      title: 'Ledger writes stall',
      severity: 'SEV2',
      services: ['ledger-api'],
      summary: 'Ledger writes stalled behind a vacuum on the primary.',
    });
    await apiCall(a.request, 'post', `/incidents/${ledger.ref}/comments`, {
      body: 'The autovacuum on ledger_entries held a lock for 40 minutes',
    });
    await apiCall(a.request, 'post', '/incidents', { title: 'Checkout autovacuum alarm', severity: 'SEV3' });
    await apiCall(a.request, 'post', '/incidents', { title: 'Unrelated login loop', severity: 'SEV3' });

    await a.keyboard.press('Control+k');
    await a.getByRole('textbox', { name: 'Search incidents or commands' }).fill('autovacuum lock');
    const hit = a.getByRole('button', { name: new RegExp(`${ledger.ref} · Ledger writes stall.*comment: .*autovacuum`) });
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['autovacuum', 'lock']);
    await expectAccessible(a, 'command palette with search results');
    await screenshot(a, 'search-palette-1440-light');
    await a.getByRole('button', { name: 'Search everything for "autovacuum lock"' }).click();
    await a.waitForURL(/\/search\?q=autovacuum/);
    await a.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    // Back to one word: two incidents match, the facets count them.
    await a.getByRole('searchbox', { name: 'Search for' }).fill('autovacuum');
    await a.getByRole('button', { name: 'Search', exact: true }).click();
    await a.getByText('2 matches').waitFor();
    const results = a.getByRole('list', { name: 'Results' });
    expect(await results.getByRole('listitem').count()).toBe(2);
    await expectAccessible(a, 'search results');
    await screenshot(a, 'search-1440-light');

    const filters = a.getByRole('navigation', { name: 'Filters' });
    await filters.getByRole('button', { name: /SEV2\s*1/ }).click();
    await a.getByText('1 match').waitFor();
    expect(await filters.getByRole('button', { name: /SEV2/ }).getAttribute('aria-pressed')).toBe('true');
    await results.getByRole('link', { name: `${ledger.ref} · Ledger writes stall` }).waitFor();
    expect(a.url()).toContain('severity=');
    await results.getByRole('link', { name: `${ledger.ref} · Ledger writes stall` }).click();
    await a.waitForURL(new RegExp(`/incidents/${ledger.ref}`));

    // A query with nothing left to find says so in words.
    await a.goto('/search?q=-autovacuum');
    await a
      .getByRole('alert')
      .getByText(/besides the excluded/)
      .waitFor();
  });

  it('works on a phone: filters fold away behind a button, nothing scrolls sideways', async () => {
    const phone = await newContext(browser, server.url, { phone: true, dark: true });
    await phone.addCookies(await admin.cookies());
    const p = await phone.newPage();
    await p.goto('/search?q=autovacuum');
    await p.getByText('2 matches').waitFor();
    const toggle = p.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectNoHorizontalScroll(p, 'search on a phone');
    await expectAccessible(p, 'search on a phone');
    await screenshot(p, 'search-390-dark');
    await toggle.click();
    await p
      .getByRole('navigation', { name: 'Filters' })
      .getByRole('button', { name: /Incidents\s*1/ }) // of the two matches, one incident and one comment
      .waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await screenshot(p, 'search-filters-390-dark');
    await phone.close();
  });

  it('says so when more than 300 texts match: the count is "300+" and results and facets are over the newest 300', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Flamingo queue backlog', severity: 'SEV3' });
    const two = (n: number) => String(n).padStart(2, '0');
    const text = Array.from(
      { length: 305 },
      (_, i) => `[${two(Math.floor(i / 60) % 24)}:${two(i % 60)}] sam: flamingo queue check ${i}`,
    ).join('\n');
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/chat-imports`, { format: 'transcript', text });
    await a.goto('/search?q=flamingo');
    await a.getByText('300+ matches').waitFor();
    await a.getByRole('navigation', { name: 'Filters' }).getByText('Ranked and counted over the 300 newest matches.').waitFor();
    await screenshot(a, 'search-capped-1440-light');

    const phone = await newContext(browser, server.url, { phone: true });
    await phone.addCookies(await admin.cookies());
    const p = await phone.newPage();
    await p.goto('/search?q=flamingo');
    await p.getByText('300+ matches').waitFor();
    await p.getByRole('button', { name: /^Filters/ }).click();
    await p.getByRole('navigation', { name: 'Filters' }).getByText('Ranked and counted over the 300 newest matches.').waitFor();
    await expectNoHorizontalScroll(p, 'capped search on a phone');
    await screenshot(p, 'search-capped-390-light');
    await phone.close();
  });
});
