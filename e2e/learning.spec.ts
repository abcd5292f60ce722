import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Similar and recurring incidents against the real server and its in-process worker (encoder off:
// lexical similarity, as on a small server). Three past checkout incidents with one root cause,
// fixed for real once; a new one shows them, why they match and what was done, flagged recurring;
// the declare form suggests them as the title is typed; the Learning page lists the group and the
// resolved-not-solved incident.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
const refs: Record<string, string> = {};

/**
 * Vectors and groups are computed by debounced jobs (30 s and 60 s windows). Rather than wait for the
 * window, the admin API discards the waiting jobs of `kind` and runs them again at once.
 */
async function runNow(api: APIRequestContext, kind: string) {
  const waiting = (await (await api.get(`/api/v1/jobs?kind=${kind}&state=queued&limit=200`)).json()).data as { id: string }[];
  for (const j of waiting) {
    // A job that fell due since the list is already running (discarding it is refused): it finishes on its own.
    if (!(await api.delete(`/api/v1/jobs/${j.id}`)).ok()) continue;
    await apiCall(api, 'post', `/jobs/${j.id}/retry`, { resetAttempts: true });
  }
  await eventually(async () => {
    const left = (await (await api.get(`/api/v1/jobs?kind=${kind}&limit=200`)).json()).data as { state: string }[];
    expect(left.filter((j) => j.state !== 'done')).toEqual([]);
  }, 30_000);
}

async function declare(key: string, title: string, ticket: Record<string, unknown>, services = ['checkout']) {
  const inc = await apiCall(a.request, 'post', '/incidents', {
    title,
    severity: 'SEV2',
    services,
    originalRequest: title,
    source: 'alert',
  });
  refs[key] = inc.ref;
  await apiCall(a.request, 'patch', `/incidents/${inc.ref}`, ticket);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ FIREBREAK_EMBEDDINGS: 'off' }), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(chromiumMissing())('Similar and recurring incidents', () => {
  it('shows what was done last time on the incident page, flagged recurring', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    for (const name of ['checkout', 'search']) await apiCall(a.request, 'post', '/services', { name });
    await declare('first', 'Checkout 500: database connection pool exhausted', {
      rootCauses: 'The database connection pool was exhausted by leaked connections',
      fixesForSymptoms: 'Restarted the checkout pods to free the pool',
      rootCauseFix: { state: 'done', description: 'Close connections in the order path' },
    });
    await declare('second', 'Checkout failing, connection pool exhausted again', {
      rootCauses: 'Connection pool exhausted: connections leaked in the order path',
      fixesForSymptoms: 'Raised the pool size for the night',
    });
    await apiCall(a.request, 'post', `/incidents/${refs.second}/status`, { status: 'resolved' });
    await apiCall(a.request, 'patch', `/incidents/${refs.second}`, { rootCauseFix: { state: 'waived', reason: 'Replaced next quarter' } });
    await declare('other', 'Search results slow for German queries', { rootCauses: 'Stemmer disabled in the search index' }, ['search']);
    await declare('now', 'Checkout errors: DB connection pool ran dry', {
      rootCauses: 'Database pool connections leaked and the pool was exhausted',
    });
    await runNow(a.request, 'learning.vectorize');
    await runNow(a.request, 'learning.cluster');

    await a.goto(`/incidents/${refs.now}`);
    const panel = a.getByRole('region', { name: /Similar past incidents/ });
    await eventually(async () => expect(await panel.getByTestId('similar-item').count()).toBe(2), 20_000);
    const first = panel.getByTestId('similar-item').filter({ hasText: refs.first });
    await first.getByText(/Why: same service: checkout · shared words: .*pool/).waitFor();
    await first.getByText('Restarted the checkout pods to free the pool').waitFor();
    await first.getByText('Close connections in the order path').waitFor();
    await first.getByText('Root cause fixed').waitFor();
    const second = panel.getByTestId('similar-item').filter({ hasText: refs.second });
    await second.getByText('Not fixed for real').waitFor();
    await second.getByText(/Fix for real \(Waived\)/).waitFor();
    expect(await panel.getByText(refs.other).count()).toBe(0);
    await panel.getByText('Recurring incident').waitFor();
    await panel.getByText(/One of 3 alike incidents/).waitFor();
    await expectAccessible(a, 'incident page with similar incidents');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(a, 'similar-incidents');

    await panel.getByRole('link', { name: 'See the group' }).click();
    await a.getByRole('heading', { name: 'Learning', level: 1 }).waitFor();
    const group = a.getByTestId('recurring-group');
    await eventually(async () => expect(await group.count()).toBe(1));
    await group.getByText(/3 incidents · first/).waitFor();
    await group.getByText('Root cause fixed').waitFor();
    for (const r of [refs.first, refs.second, refs.now]) await group.getByRole('link', { name: new RegExp(r) }).waitFor();
    await expectAccessible(a, 'recurring incidents');
    await screenshot(a, 'learning-recurring');

    await a.getByRole('tab', { name: 'Resolved, not solved' }).click();
    const checkout = a.getByRole('region', { name: 'checkout' });
    await checkout.getByRole('link', { name: new RegExp(refs.second) }).waitFor();
    await checkout.getByText('Fix for real waived').waitFor();
    await checkout.getByText('Waived because: Replaced next quarter').waitFor();
    await a.getByText('By owner').click();
    await a.getByRole('region', { name: 'No owner' }).waitFor();
    await expectAccessible(a, 'resolved, not solved');
    await screenshot(a, 'learning-unsolved');
  }, 180_000);

  it('suggests past incidents on the declare form as the title is typed', async () => {
    await a.goto('/incidents');
    await a
      .getByRole('button', { name: /Declare/ })
      .first()
      .click();
    const dialog = a.getByRole('dialog', { name: 'Declare an incident' });
    await dialog.getByRole('textbox', { name: /What is broken/ }).pressSequentially('checkout connection pool exhausted', { delay: 20 });
    const past = dialog.getByRole('region', { name: 'Similar past incidents' });
    await eventually(async () => expect(await past.getByTestId('similar-item').count()).toBeGreaterThanOrEqual(2), 15_000);
    await past.getByText('Last time: Restarted the checkout pods to free the pool').waitFor();
    await expectAccessible(a, 'declare form with past incidents');
    await screenshot(a, 'declare-similar');
    await past.getByRole('link', { name: new RegExp(refs.first) }).click();
    await a.getByRole('heading', { name: 'Checkout 500: database connection pool exhausted', level: 1 }).waitFor();
  }, 60_000);

  it('works at phone width and in the dark', async () => {
    const phone = await newContext(browser, server.url, { phone: true, dark: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto(`/incidents/${refs.now}`);
    await p.getByRole('tab', { name: 'Ticket and actions' }).click();
    const panel = p.getByRole('region', { name: /Similar past incidents/ });
    await eventually(async () => expect(await panel.getByTestId('similar-item').count()).toBe(2), 20_000);
    await panel.scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(p, 'similar incidents (phone)');
    await expectAccessible(p, 'similar incidents, phone, dark');
    await screenshot(p, 'similar-incidents-phone-dark');
    await p.goto('/learning/recurring');
    await p.getByTestId('recurring-group').waitFor();
    await expectNoHorizontalScroll(p, 'recurring (phone)');
    await expectAccessible(p, 'recurring, phone, dark');
    await screenshot(p, 'learning-recurring-phone-dark');
    await p.goto('/learning/unsolved');
    await p.getByRole('region', { name: 'checkout' }).waitFor();
    await expectNoHorizontalScroll(p, 'unsolved (phone)');
    await screenshot(p, 'learning-unsolved-phone-dark');
    await phone.close();
  }, 90_000);
});
