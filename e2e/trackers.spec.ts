import { createHmac } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHub } from '../packages/server/src/test/fakes/github.ts';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Team → Tracker against the real server and a local GitHub that checks every request against
// GitHub's documented API: connect (the secret shown once), test, create a follow-up there, and a
// signed webhook closing the issue closes the follow-up here.

const TOKEN = 'ghp_e2eSecretToken_abcdefWXYZ';
let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let github: GitHubFake;

beforeAll(async () => {
  [server, browser, github] = await Promise.all([
    startServer(),
    launchBrowser(),
    startGitHub({ owner: 'acme', repo: 'api', token: TOKEN }),
  ]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await github?.close();
});

describe.skipIf(chromiumMissing())('Trackers', () => {
  it('connects GitHub to a team, creates a follow-up there, and closing it on GitHub closes it here', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/teams', { name: 'Payments', description: 'Checkout and billing' });

    // A fresh load: the first-run page already asked for the teams before the API call made one.
    await a.goto('/teams');
    await a.getByRole('heading', { name: 'Payments' }).waitFor({ timeout: 30_000 });
    await a.getByRole('button', { name: 'Connect a tracker to Payments' }).click();
    const dialog = a.getByRole('dialog');
    await field(dialog, 'Owner').fill('acme');
    await field(dialog, 'Repository').fill('api');
    await dialog.getByLabel('Token').fill(TOKEN);
    await field(dialog, 'API URL (GitHub Enterprise only)').fill(github.url);
    await expectAccessible(a, 'connect a tracker');
    await dialog.getByRole('button', { name: 'Connect GitHub' }).click();
    await dialog.getByText('Shown once').waitFor();
    const secret = (await dialog.locator('code').nth(1).textContent()) ?? '';
    expect(secret).toMatch(/^fbwh_/);
    const webhookUrl = (await dialog.locator('code').first().textContent()) ?? '';
    expect(webhookUrl).toMatch(/\/api\/v1\/trackers\/[\w-]+\/webhook$/);
    await expectAccessible(a, 'tracker connected');
    await screenshot(a, 'team-tracker-connected-1440-light');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Never again: the card shows the last four characters only.
    await a.getByText('Credential ending …WXYZ').waitFor();
    expect(await a.content()).not.toContain(secret);
    expect(await a.content()).not.toContain(TOKEN);
    await a.getByRole('button', { name: 'Test connection' }).click();
    await a.getByRole('status').filter({ hasText: 'Connected to acme/api' }).waitFor();
    await expectAccessible(a, 'teams with a tracker');
    await screenshot(a, 'teams-tracker-1440-light');

    const incident = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout returns 500', severity: 'SEV2' });
    await apiCall(a.request, 'post', `/incidents/${incident.ref}/actions`, {
      title: 'Validate pool size in config CI',
      kind: 'follow_up',
      owner: ADMIN.email,
      addresses: 'root_cause',
    });
    await a.goto(`/incidents/${incident.ref}`);
    await a.getByRole('button', { name: 'Create in GitHub' }).click();
    const link = a.getByRole('link', { name: /GitHub #1/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${github.url}/acme/api/issues/1`);
    await a.getByText('Open in GitHub', { exact: true }).waitFor();
    expect(github.problems).toEqual([]);
    expect(github.issues[0].body).toContain(`/incidents/${incident.ref}`);
    await expectAccessible(a, 'incident with a follow-up in GitHub');
    await screenshot(a, 'incident-follow-up-github-1440-light');

    // Closed on GitHub, which tells us (signed with the secret shown once); the poll then agrees.
    github.setState(1, 'closed', 'octocat');
    const payload = JSON.stringify({ action: 'closed', issue: { number: 1, state: 'closed' }, sender: { login: 'octocat' } });
    const res = await fetch(webhookUrl.replace(/^https?:\/\/[^/]+/, server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(payload).digest('hex')}`,
      },
      body: payload,
    });
    expect(res.status).toBe(200);
    await a.reload();
    await a.getByText('Closed in GitHub', { exact: true }).waitFor();
    await a
      .getByText(/closed in GitHub by octocat/)
      .first()
      .waitFor();
    await eventually(async () => expect(await a.getByLabel('Status of Validate pool size in config CI').first().inputValue()).toBe('Done'));

    // On a phone.
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto(`/incidents/${incident.ref}`);
    // A phone opens on the timeline; the follow-up and its issue's badge are on the other tab.
    await p
      .getByText(/closed in GitHub by octocat/)
      .first()
      .waitFor();
    await p.getByRole('tab', { name: 'Ticket and actions' }).click();
    await p.getByText('Closed in GitHub', { exact: true }).scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(p, 'incident with a tracker link (phone)');
    await expectAccessible(p, 'incident with a tracker link (phone)');
    await screenshot(p, 'incident-follow-up-github-390-light');
    await p.goto('/teams');
    await p.getByText('Credential ending …WXYZ').waitFor();
    await expectNoHorizontalScroll(p, 'teams (phone)');
    await screenshot(p, 'teams-tracker-390-light');
    await phone.close();

    await a.goto('/teams');
    await a.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await a.getByRole('button', { name: 'Disconnect GitHub' }).click();
    await a.getByRole('button', { name: 'Connect a tracker to Payments' }).waitFor();
  }, 120_000);
});
