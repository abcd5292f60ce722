import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, signIn } from './lib/flows.ts';
import { ADMIN, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// The admin "Background jobs" screen against the real server, whose job worker runs in-process.
// No job kind fails on demand, so dead jobs are written straight into the server's SQLite file, as a
// worker would have left them after the last failed attempt; retrying one runs the no-op job for real.

// A realistic last error: long, with a URL and markup that has no spaces to wrap at.
const ERROR_RETRIED =
  'POST https://hooks.example.com/services/T000/B000/firebreak-incident-updates answered 503 Service Unavailable after 10000 ms: ' +
  '<html><body>upstream_connect_error_or_disconnect/reset_before_headers.reset_reason:connection_termination</body></html>';
const ERROR_DISCARDED = 'connect ECONNREFUSED 10.0.12.7:443 (attempt 8 of 8)';

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

/** Writes a dead job into the running server's database, as the worker leaves one after its last attempt. */
function insertDeadJob(lastError: string, minutesAgo: number): string {
  const db = new DatabaseSync(join(server.dataDir, 'firebreak.sqlite'), { timeout: 5000 });
  try {
    const id = randomUUID();
    const created = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const finished = new Date(Date.now() - (minutesAgo - 1) * 60_000).toISOString();
    db.prepare(
      `INSERT INTO jobs (id, kind, payload, state, run_at, attempts, max_attempts, lease_until, locked_by, last_error,
                         idempotency_key, created_at, updated_at, finished_at)
       VALUES (?, 'noop', '{"delayMs":0}', 'dead', ?, 8, 8, NULL, NULL, ?, NULL, ?, ?, ?)`,
    ).run(id, finished, lastError, created, finished, finished);
    return id;
  } finally {
    db.close();
  }
}

const jobsTab = (p: Page) => p.getByRole('tab', { name: 'Background jobs' });
const countButton = (p: Page, state: string) =>
  p.getByRole('group', { name: /Jobs by state/ }).getByRole('button', { name: new RegExp(`^${state}`) });
const jobList = (p: Page, name: string) => p.getByRole('list', { name });
const started = (p: Page) => p.getByRole('region', { name: 'Started from this page' });

async function openJobs(p: Page): Promise<void> {
  await p.goto('/settings/jobs');
  await p.getByRole('heading', { name: /Dead jobs/, level: 2 }).waitFor();
}

describe.skipIf(chromiumMissing())('Background jobs screen', () => {
  it('admin finds it under Settings; nothing has died yet', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);

    await a.getByRole('link', { name: 'Settings' }).click();
    await jobsTab(a).click();
    await a.waitForURL(/\/settings\/jobs$/);
    await eventually(async () => expect(await jobsTab(a).getAttribute('aria-selected')).toBe('true'));
    // Problems first: the dead jobs are what it shows by default, and an empty list says what that means.
    await a.getByRole('heading', { name: /Dead jobs/, level: 2 }).waitFor();
    await a.getByText('No dead jobs: every delivery went through').waitFor();
    expect(await countButton(a, 'Dead').getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(a, 'settings: background jobs, empty');
  });

  it('a test job shows that the workers are alive', async () => {
    await a.getByRole('button', { name: 'Run a test job' }).click();
    const region = started(a);
    await region.waitFor();
    await region
      .getByRole('status')
      .getByText(/Done .* after it was queued: the workers are running/)
      .waitFor({ timeout: 15_000 });
    await region.getByText('Done', { exact: true }).waitFor();
    await eventually(async () => expect(await countButton(a, 'Done').textContent()).toMatch(/^Done [1-9]/), 15_000);
  }, 40_000);

  it('lists dead jobs with their error, at desktop and phone width, light and dark', async () => {
    insertDeadJob(ERROR_DISCARDED, 30);
    insertDeadJob(ERROR_RETRIED, 12);
    await openJobs(a);
    const dead = jobList(a, 'Dead jobs');
    await eventually(async () => expect(await dead.getByRole('listitem').count()).toBe(2));
    // Newest first; the whole error is there, attempts and when it gave up too.
    const first = dead.getByRole('listitem').first();
    expect(await first.locator('pre').first().textContent()).toBe(ERROR_RETRIED);
    expect(await first.textContent()).toContain('8 of 8 attempts');
    expect(await first.textContent()).toContain('Gave up 11 min ago');
    expect(await countButton(a, 'Dead').textContent()).toBe('Dead 2');
    await expectAccessible(a, 'settings: background jobs, dead jobs');
    await expectNoHorizontalScroll(a, 'background jobs (desktop)');
    await screenshot(a, 'settings-jobs');

    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await openJobs(d);
    await jobList(d, 'Dead jobs').getByText(ERROR_DISCARDED).waitFor();
    await expectAccessible(d, 'settings: background jobs, dark');
    await screenshot(d, 'settings-jobs-dark');
    await dark.close();

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await openJobs(p);
    await jobList(p, 'Dead jobs').getByText(ERROR_DISCARDED).waitFor();
    await expectNoHorizontalScroll(p, 'background jobs (phone)');
    await expectAccessible(p, 'settings: background jobs, phone');
    await screenshot(p, 'settings-jobs-phone');
    await phone.close();
  }, 60_000);

  it('retrying a dead job runs it again until it is done', async () => {
    const dead = jobList(a, 'Dead jobs');
    const row = dead.getByRole('listitem').filter({ hasText: ERROR_RETRIED });
    await row.getByRole('button', { name: /^Retry noop job/ }).click();
    const region = started(a);
    await region
      .getByRole('status')
      .getByText(/^Retry of noop: Done .* the workers are running/)
      .waitFor({ timeout: 15_000 });
    // It has left the dead list; the other one is still there.
    await eventually(async () => expect(await dead.getByRole('listitem').count()).toBe(1));
    expect(await countButton(a, 'Dead').textContent()).toBe('Dead 1');
    await expectAccessible(a, 'settings: background jobs after a retry');
  }, 40_000);

  it('discarding a dead job asks first, then keeps it under Discarded', async () => {
    const dead = jobList(a, 'Dead jobs');
    const row = dead.getByRole('listitem').filter({ hasText: ERROR_DISCARDED });
    await row.getByRole('button', { name: /^Discard noop job/ }).click();
    const dialog = a.getByRole('dialog', { name: /^Discard noop job/ });
    await dialog.waitFor();
    await expectAccessible(a, 'discard confirmation');
    // Keeping it changes nothing.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await dead.getByRole('listitem').count()).toBe(1);

    await row.getByRole('button', { name: /^Discard noop job/ }).click();
    await dialog.getByRole('button', { name: 'Discard job' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await a.getByText('No dead jobs: every delivery went through').waitFor();
    await eventually(async () => expect(await countButton(a, 'Discarded').textContent()).toBe('Discarded 1'));

    await countButton(a, 'Discarded').click();
    await a.waitForURL(/\?state=discarded$/);
    const discarded = jobList(a, 'Discarded jobs');
    const item = discarded.getByRole('listitem').filter({ hasText: ERROR_DISCARDED });
    await item.getByText('Discarded', { exact: true }).waitFor();
    // A discarded job may still be retried, but not discarded twice: the buttons follow the job's abilities.
    expect(await item.getByRole('button', { name: /^Retry/ }).count()).toBe(1);
    expect(await item.getByRole('button', { name: /^Discard/ }).count()).toBe(0);
  }, 40_000);
});
