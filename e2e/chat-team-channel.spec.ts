import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackFake, startSlack } from '../packages/server/src/test/fakes/slackApi.ts';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { freePort, type RunningServer, startServer } from './lib/server.ts';

// Chat connections that work, and the team's channel for on-call handovers: an admin connects Slack
// through Settings → Chat against the local fake of Slack's Web API (the test of the connection
// succeeds), then sets, changes and removes the channel a team's handovers are posted to on the
// Teams page, at desktop and phone widths; Microsoft Teams asks for no channel. A viewer only reads.

const VICTOR = { name: 'Victor Viewer', email: 'victor@example.com', password: 'viewer password 123' };

let server: RunningServer;
let browser: Browser;
let slack: SlackFake;
let admin: BrowserContext;
let a: Page;
let nobody: string;

beforeAll(async () => {
  [server, browser, slack] = await Promise.all([startServer(), launchBrowser(), startSlack()]);
  nobody = `http://127.0.0.1:${await freePort()}`;
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await slack?.close();
});

const card = (p: Page, name: string) => p.getByRole('list', { name: 'Chat connections' }).getByRole('listitem', { name });
/** The team's card on the Teams page, a region named after the team. */
const teamCard = (p: Page, team: string) => p.getByRole('region', { name: team, exact: true });
const channels = (scope: ReturnType<typeof teamCard>) => scope.getByRole('list', { name: 'Chat channel for handovers' });

describe.skipIf(chromiumMissing())('Chat: a working connection, and the team channel for handovers', () => {
  it('connects Slack and the test of the connection succeeds, against the fake Slack API', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await a.goto('/settings/chat');
    await a.getByRole('button', { name: 'Connect Slack' }).click();
    const dialog = a.getByRole('dialog', { name: 'Connect Slack' });
    await field(dialog, 'Name').fill('Acme Slack');
    await field(dialog, 'Workspace id').fill(slack.teamId);
    await dialog.getByLabel('Bot token').fill(slack.token);
    await dialog.getByLabel('Signing secret').fill('e2e-signing-secret-0123456789');
    await field(dialog, 'Slack API address (optional)').fill(slack.url);
    await dialog.getByRole('button', { name: 'Connect Slack' }).click();

    const done = a.getByRole('dialog', { name: 'Slack connected' });
    await done.getByRole('button', { name: 'Test the connection' }).click();
    const result = done.getByRole('status');
    await result.getByText('connected', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toContain('Connected to Acme as @firebreak');
    await expectAccessible(a, 'settings: Slack connected, test passed');
    await screenshot(a, 'settings-chat-test-ok');
    await done.getByRole('button', { name: 'Done' }).click();

    // The card keeps the result as the last test; the fake saw one documented call with the bot token.
    const c = card(a, 'Acme Slack');
    await eventually(async () => expect(await c.getByRole('status').textContent()).toContain('Last test: connected'));
    expect(slack.callsOf('auth.test').length).toBe(1);
    expect(slack.problems).toEqual([]);

    // The settings sections stand in a grouped column beside the panel; each tab still answers by name.
    const sections = a.getByRole('tablist', { name: 'Settings sections' });
    expect(await sections.getByRole('tab').count()).toBeGreaterThanOrEqual(12);
    for (const group of ['Incidents', 'People', 'Alerts', 'System']) await sections.getByText(group, { exact: true }).waitFor();
    // The keyboard reaches every section: from Chat, the arrow key goes on to the next one.
    await a.getByRole('tab', { name: 'Chat', exact: true }).focus();
    await a.keyboard.press('ArrowDown');
    await a.waitForURL(/\/settings\/webhooks$/);
    await a.getByRole('tab', { name: 'Background jobs' }).click();
    await a.waitForURL(/\/settings\/jobs$/);
    await a.getByRole('tab', { name: 'Chat', exact: true }).click();
    await c.waitFor();
    await expectNoHorizontalScroll(a, 'settings (desktop)');
    await screenshot(a, 'settings-tabs');
  }, 90_000);

  it('sets, changes and removes a team’s Slack channel on the Teams page (desktop), with refusals beside the field', async () => {
    await apiCall(a.request, 'post', '/chat/connections', {
      platform: 'teams',
      name: 'Contoso Teams',
      secrets: { outgoingSecret: 'dGVhbXMtZTJlLXNlY3JldA==', workflowUrl: `${nobody}/workflows/e2e` },
    });
    await apiCall(a.request, 'post', '/teams', { name: 'Payments', members: [] });
    await apiCall(a.request, 'post', '/users', { ...VICTOR, role: 'viewer' });

    await a.goto('/teams');
    const team = teamCard(a, 'Payments');
    await team.getByText('None: handovers are only e-mailed.').waitFor();
    await team.getByRole('button', { name: 'Set a chat channel for Payments' }).click();
    const dialog = a.getByRole('dialog', { name: 'Chat channel for Payments’s handovers' });
    await dialog.getByRole('combobox', { name: 'Chat connection' }).click();
    await a.getByRole('option', { name: 'Acme Slack (Slack)' }).click();
    await dialog.getByText('the Channel ID (C…) is at the bottom of About').waitFor();

    // The server's refusal stands under the field it is about.
    const channel = field(dialog, 'Channel id');
    await channel.fill('payments on call');
    await dialog.getByRole('button', { name: 'Save channel' }).click();
    await eventually(async () => expect(await channel.getAttribute('aria-invalid')).toBe('true'));
    await dialog.getByText('a channel id has no spaces').waitFor();
    await expectAccessible(a, 'teams: chat channel form, refused');
    await screenshot(a, 'teams-chat-channel-form');

    await channel.fill('C0PAYMENTS');
    await dialog.getByRole('button', { name: 'Save channel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const slackRow = channels(team).getByRole('listitem', { name: 'Slack: Acme Slack' });
    expect(await slackRow.textContent()).toContain('C0PAYMENTS');
    await expectAccessible(a, 'teams: chat channel set');
    await expectNoHorizontalScroll(a, 'teams (desktop)');
    await team.scrollIntoViewIfNeeded();
    await screenshot(a, 'teams-chat-channel');

    // Change it: the form opens on this connection with its channel filled in.
    await slackRow.getByRole('button', { name: 'Change the Slack channel of Payments' }).click();
    const change = a.getByRole('dialog', { name: 'Chat channel for Payments’s handovers' });
    expect(await field(change, 'Channel id').inputValue()).toBe('C0PAYMENTS');
    await field(change, 'Channel id').fill('C0ONCALL');
    await change.getByRole('button', { name: 'Save channel' }).click();
    await change.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await slackRow.textContent()).toContain('C0ONCALL'));

    // Saved for everyone: the API answers the same, and a viewer reads it without any button.
    const saved = await (await a.request.get('/api/v1/teams/Payments/chat-channel')).json();
    expect(saved.channels.map((c: { platform: string; channelId: string }) => `${c.platform} ${c.channelId}`)).toEqual(['slack C0ONCALL']);
    const viewer = await newContext(browser, server.url);
    const v = await viewer.newPage();
    await signIn(v, VICTOR.email, VICTOR.password);
    await v.goto('/teams');
    const seen = channels(teamCard(v, 'Payments')).getByRole('listitem', { name: 'Slack: Acme Slack' });
    expect(await seen.textContent()).toContain('C0ONCALL');
    expect(
      await teamCard(v, 'Payments')
        .getByRole('button', { name: /chat channel|Remove|Change/ })
        .count(),
    ).toBe(0);
    await viewer.close();
  }, 90_000);

  it('on a phone: Microsoft Teams asks for no channel id; removing asks first', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/teams');
    const team = teamCard(p, 'Payments');
    await team.getByRole('button', { name: 'Set a chat channel for Payments' }).click();
    const dialog = p.getByRole('dialog', { name: 'Chat channel for Payments’s handovers' });
    // Only the connection without a channel yet is offered first; Teams has no channel to name.
    expect(await dialog.getByRole('combobox', { name: 'Chat connection' }).inputValue()).toBe('Contoso Teams (Microsoft Teams)');
    await dialog.getByText('Microsoft Teams has no channels to choose').waitFor();
    expect(await field(dialog, 'Channel id').count()).toBe(0);
    await expectAccessible(p, 'teams: chat channel form for Teams, phone');
    await screenshot(p, 'teams-chat-channel-form-phone');
    await dialog.getByRole('button', { name: 'Save channel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const list = channels(team);
    expect(await list.getByRole('listitem', { name: 'Microsoft Teams: Contoso Teams' }).textContent()).toContain('the workflow’s channel');
    await list.getByRole('listitem', { name: 'Slack: Acme Slack' }).waitFor();
    await team.scrollIntoViewIfNeeded();
    await expectAccessible(p, 'teams: two chat channels, phone');
    await expectNoHorizontalScroll(p, 'teams (phone)');
    await screenshot(p, 'teams-chat-channel-phone');

    // Remove the Slack channel: asked first, then gone, and the API agrees.
    const slackRow = list.getByRole('listitem', { name: 'Slack: Acme Slack' });
    await slackRow.getByRole('button', { name: 'Remove the Slack channel of Payments' }).click();
    await slackRow.getByRole('button', { name: 'Keep' }).click();
    await slackRow.getByRole('button', { name: 'Remove the Slack channel of Payments' }).click();
    await slackRow.getByRole('button', { name: 'Stop posting to Slack' }).click();
    await slackRow.waitFor({ state: 'detached' });
    await list.getByRole('listitem', { name: 'Microsoft Teams: Contoso Teams' }).waitFor();
    const saved = await (await p.request.get('/api/v1/teams/Payments/chat-channel')).json();
    expect(saved.channels.map((c: { platform: string; channelId: string }) => `${c.platform} ${c.channelId}`)).toEqual(['teams ']);
    await eventually(async () =>
      expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Set a chat channel for Payments'),
    );

    // The settings on a phone keep the grouped picker instead of the column of tabs.
    await p.goto('/settings/chat');
    await p.getByRole('combobox', { name: 'Settings section' }).waitFor();
    expect(await p.getByRole('tab', { name: 'Chat', exact: true }).isVisible()).toBe(false);
    await phone.close();
  }, 90_000);
});
