import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { freePort, type RunningServer, startServer } from './lib/server.ts';

// Settings → Chat against the real server: an admin connects Mattermost and Microsoft Teams (no
// platform is running, so testing the connection fails, and must say so), sees that the secrets are
// never shown again, edits the settings and deletes. The incident page shows the incident's channels
// and the mirroring switch.

const BOT_TOKEN = 'mmbot-SECRET-e2e-7f3a9c';
const COMMAND_TOKEN = 'mmcmd-SECRET-e2e-41d2';
const TEAMS_SECRET = 'dGVhbXMtU0VDUkVULWUyZQ==';
const NEW_BOT_TOKEN = 'mmbot-SECRET-e2e-replaced-88';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let nobody: string; // an address where nothing listens

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  nobody = `http://127.0.0.1:${await freePort()}`;
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tab = (p: Page) => p.getByRole('tab', { name: 'Chat', exact: true });
const card = (p: Page, name: string) => p.getByRole('list', { name: 'Chat connections' }).getByRole('listitem', { name });

/** Everything the page shows and the list API answers: no secret value may be in either. */
async function expectNoSecrets(p: Page, secrets: string[]) {
  const html = await p.content();
  const api = await (await p.request.get('/api/v1/chat/connections')).text();
  for (const s of secrets) {
    expect(html, 'page').not.toContain(s);
    expect(api, 'GET /chat/connections').not.toContain(s);
  }
}

/** Writes the row a declaration from chat would have made for the incident's channel. */
function addChannel(connectionId: string, incidentId: string, name: string) {
  const db = new DatabaseSync(join(server.dataDir, 'firebreak.sqlite'), { timeout: 5000 });
  try {
    db.prepare(
      `INSERT INTO chat_incident_channels (connection_id, incident_id, channel_id, channel_name, mirror, invited, created_at, archived_at)
       VALUES (?, ?, ?, ?, 1, '[]', ?, NULL)`,
    ).run(connectionId, incidentId, `ch-${name}`, name, new Date().toISOString());
  } finally {
    db.close();
  }
}

describe.skipIf(chromiumMissing())('Chat settings and an incident’s chat channels', () => {
  it('admin finds Settings → Chat, empty at first', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await a.getByRole('link', { name: 'Settings' }).click();
    await tab(a).click();
    await a.waitForURL(/\/settings\/chat$/);
    await a.getByText('No chat connected yet').waitFor();
    for (const p of ['Slack', 'Mattermost', 'Microsoft Teams']) await a.getByRole('button', { name: `Connect ${p}` }).waitFor();
    await expectAccessible(a, 'settings: chat, empty');
  }, 60_000);

  it('connects Mattermost: errors beside their field, a live channel name preview, the addresses to paste, and a failed test said plainly', async () => {
    await a.getByRole('button', { name: 'Connect Mattermost' }).click();
    const dialog = a.getByRole('dialog', { name: 'Connect Mattermost' });
    await field(dialog, 'Name').fill('Acme Mattermost');
    await field(dialog, 'Team id').fill('zk8m4acmeteam00000000000000');
    await field(dialog, 'Mattermost URL').fill(nobody);
    await dialog.getByLabel('Bot access token').fill(BOT_TOKEN);
    await dialog.getByLabel('Slash command token').fill(COMMAND_TOKEN);
    // One field holds the tokens of the slash commands and the outgoing webhook; the form says how.
    await dialog
      .getByText(/With an \/oncall command or an outgoing webhook \(for mirroring\), paste all their tokens separated by spaces/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Generate a random one' }).click();
    expect(await dialog.getByLabel('Button secret').inputValue()).toMatch(/^[0-9a-f]{48}$/);

    // The preview follows the pattern as it is typed.
    const pattern = field(dialog, 'Channel name pattern');
    await pattern.fill('{date}-{ref}');
    const preview = dialog.locator('#channel-preview');
    expect(await preview.textContent()).toMatch(/#\d{4}-\d{2}-\d{2}-inc-42/);
    await pattern.fill('war-room-{slug}');
    // The server's rule, said as it is typed, under the field.
    await dialog.getByText('must contain {ref}, so every incident gets its own channel').waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');
    await pattern.fill('{ref}-{slug}');
    expect(await preview.textContent()).toContain('#inc-42-checkout-returns-500-for-eu-customers');
    await expectAccessible(a, 'settings: connect Mattermost');
    await screenshot(a, 'settings-chat-connect');

    // A command name the server refuses: its reason stands under that field, not somewhere else.
    const command = field(dialog, 'Command name');
    await command.fill('Incident Bot');
    await dialog.getByRole('button', { name: 'Connect Mattermost' }).click();
    await eventually(async () => expect(await command.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (await command.getAttribute('aria-describedby')) ?? '';
    const errorText = await a.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(errorText).toMatch(/lower-case letters/);
    expect(errorText).not.toMatch(/^body\./);
    await command.fill('incident');
    await dialog.getByRole('button', { name: 'Connect Mattermost' }).click();

    const done = a.getByRole('dialog', { name: 'Mattermost connected' });
    await done.waitFor();
    const addresses = done.getByRole('list', { name: 'Addresses to paste into Mattermost' });
    expect(await addresses.textContent()).toContain(`${server.url}/api/v1/chat/mattermost/`);
    expect(await addresses.getByRole('button', { name: /^Copy / }).count()).toBeGreaterThan(0);
    await done.getByRole('button', { name: 'Test the connection' }).click();
    const result = done.getByRole('status');
    await result.getByText('failed').waitFor({ timeout: 20_000 });
    expect((await result.textContent())?.length).toBeGreaterThan('Test: failed · '.length + 5);
    await expectAccessible(a, 'settings: Mattermost connected, test failed');
    await screenshot(a, 'settings-chat-connected');
    await done.getByRole('button', { name: 'Done' }).click();

    const mm = card(a, 'Acme Mattermost');
    await mm.getByText('Last test').waitFor();
    expect(await mm.getByRole('status').textContent()).toContain('failed');
    await expectNoSecrets(a, [BOT_TOKEN, COMMAND_TOKEN]);
  }, 90_000);

  it('connects Microsoft Teams, whose form asks only for what Teams has', async () => {
    await a.getByRole('button', { name: 'Connect Microsoft Teams' }).click();
    const dialog = a.getByRole('dialog', { name: 'Connect Microsoft Teams' });
    await field(dialog, 'Name').fill('Contoso Teams');
    expect(await dialog.getByRole('textbox', { name: /Team id|Workspace id|Channel name pattern/ }).count()).toBe(0);
    await dialog.getByLabel('Outgoing webhook security token').fill(TEAMS_SECRET);
    await field(dialog, 'Workflows webhook URL').fill(`${nobody}/workflows/abc`);
    await dialog.getByRole('button', { name: 'Connect Microsoft Teams' }).click();
    const done = a.getByRole('dialog', { name: 'Microsoft Teams connected' });
    await done.waitFor();
    expect(await done.textContent()).toContain('/api/v1/chat/teams/');
    await done.getByRole('button', { name: 'Done' }).click();
    await card(a, 'Contoso Teams').waitFor();
    await card(a, 'Contoso Teams').getByRole('button', { name: 'Test the connection' }).click();
    await card(a, 'Contoso Teams').getByRole('status').getByText('failed').waitFor({ timeout: 20_000 });
    await expectNoSecrets(a, [TEAMS_SECRET]);
    await expectAccessible(a, 'settings: chat, two connections');
    await expectNoHorizontalScroll(a, 'chat settings (desktop)');
    await screenshot(a, 'settings-chat');

    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto('/settings/chat');
    await card(d, 'Contoso Teams').getByText('Last test').waitFor();
    await expectAccessible(d, 'settings: chat, dark');
    await screenshot(d, 'settings-chat-dark');
    await dark.close();
  }, 60_000);

  it('edits: secrets only say "set" and can be replaced, settings change', async () => {
    const mm = card(a, 'Acme Mattermost');
    await mm.getByRole('button', { name: 'Edit' }).click();
    const dialog = a.getByRole('dialog', { name: 'Edit “Acme Mattermost”' });
    await dialog.getByRole('button', { name: 'Replace bot access token' }).waitFor();
    await dialog.getByRole('button', { name: 'Replace slash command token' }).waitFor();
    // Nothing secret is in the form: no filled password field, no value anywhere in it.
    expect(await dialog.locator('input[type="password"]').count()).toBe(0);
    expect(await dialog.innerHTML()).not.toContain(BOT_TOKEN);
    await expectAccessible(a, 'settings: edit chat connection');
    await screenshot(a, 'settings-chat-edit');

    await dialog.getByRole('button', { name: 'Replace bot access token' }).click();
    await dialog.getByLabel('New bot access token').fill(NEW_BOT_TOKEN);
    await field(dialog, 'Channel name pattern').fill('inc-{ref}');
    await field(dialog, 'Announcements channel id (optional)').fill('town-square-id');
    await dialog.getByRole('checkbox', { name: 'Mirror channel messages to the timeline' }).uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const text = async () => (await mm.textContent()) ?? '';
    await eventually(async () => expect(await text()).toContain('#inc-inc-42'));
    expect(await text()).toContain('town-square-id');
    expect(await text()).toContain('not mirrored');
    await expectNoSecrets(a, [BOT_TOKEN, NEW_BOT_TOKEN, COMMAND_TOKEN]);

    // Open again: the replaced token is "set", as the others.
    await mm.getByRole('button', { name: 'Edit' }).click();
    const again = a.getByRole('dialog', { name: 'Edit “Acme Mattermost”' });
    await again.getByRole('button', { name: 'Replace bot access token' }).waitFor();
    expect(await again.innerHTML()).not.toContain(NEW_BOT_TOKEN);
    await again.getByRole('button', { name: 'Cancel' }).click();
  }, 60_000);

  it('shows an incident’s channel and its mirroring switch on the incident page', async () => {
    const incident = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout returns 500 for EU customers' });
    const list = await (await a.request.get('/api/v1/chat/connections')).json();
    const conn = (list.data as { id: string; name: string }[]).find((c) => c.name === 'Acme Mattermost');
    if (!conn) throw new Error('no Acme Mattermost connection');
    // The channel a declaration from Mattermost would have made (no Mattermost runs here).
    const channel = `${incident.ref.toLowerCase()}-checkout-returns-500-for-eu-customers`;
    addChannel(conn.id, incident.id, channel);

    await a.goto(`/incidents/${incident.ref}`);
    const section = a.getByRole('region', { name: /^Chat/ });
    await section.getByRole('list', { name: 'Chat channels' }).getByText(`#${channel}`).waitFor();
    expect(await section.getByText('Mattermost').count()).toBe(1);
    const mirror = section.getByRole('switch', { name: 'Mirror channel messages to the timeline' });
    expect(await mirror.isChecked()).toBe(true);
    await expectAccessible(a, 'incident: chat channels');
    await section.scrollIntoViewIfNeeded();
    await screenshot(a, 'incident-chat');

    await mirror.click({ force: true });
    await eventually(async () => expect(await mirror.isChecked()).toBe(false));
    await section.getByText('Only pinned messages reach the timeline.').waitFor();
    const saved = await (await a.request.get(`/api/v1/incidents/${incident.ref}/chat`)).json();
    expect(saved.channels[0].mirror).toBe(false);
    await a.reload();
    await eventually(async () =>
      expect(await a.getByRole('switch', { name: 'Mirror channel messages to the timeline' }).isChecked()).toBe(false),
    );

    // An incident without channels has no Chat section at all.
    const plain = await apiCall(a.request, 'post', '/incidents', { title: 'Search is slow' });
    await a.goto(`/incidents/${plain.ref}`);
    await a.getByRole('heading', { name: 'Search is slow' }).waitFor();
    await a.getByRole('region', { name: /^Pages/ }).waitFor();
    await a.waitForLoadState('networkidle');
    expect(await a.getByRole('region', { name: /^Chat/ }).count()).toBe(0);

    // A channel made after the page loaded shows up once its first message is mirrored, without a reload.
    addChannel(conn.id, plain.id, `${plain.ref.toLowerCase()}-search-is-slow`);
    await apiCall(a.request, 'post', `/incidents/${plain.ref}/chat-imports`, {
      format: 'transcript',
      text: '[12:40] sam: search p99 is 9 s since the deploy',
    });
    await a.getByRole('region', { name: /^Chat/ }).getByText(`#${plain.ref.toLowerCase()}-search-is-slow`).waitFor();

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto(`/incidents/${incident.ref}`);
    await p.getByRole('tab', { name: 'Ticket and actions' }).click();
    const onPhone = p.getByRole('region', { name: /^Chat/ });
    await onPhone.getByRole('switch', { name: 'Mirror channel messages to the timeline' }).waitFor();
    await onPhone.scrollIntoViewIfNeeded();
    await expectAccessible(p, 'incident: chat channels, phone');
    await expectNoHorizontalScroll(p, 'incident chat (phone)');
    await screenshot(p, 'incident-chat-phone');
    await phone.close();
  }, 90_000);

  it('works on a phone: the list, and the connect form', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, ADMIN.email, ADMIN.password);
    await p.goto('/settings/chat');
    await card(p, 'Acme Mattermost').waitFor();
    await expectAccessible(p, 'settings: chat, phone');
    await expectNoHorizontalScroll(p, 'chat settings (phone)');
    await screenshot(p, 'settings-chat-phone');
    await p.getByRole('button', { name: 'Connect Slack' }).click();
    const dialog = p.getByRole('dialog', { name: 'Connect Slack' });
    await field(dialog, 'Workspace id').waitFor();
    await dialog.getByLabel('Signing secret').waitFor();
    await expectAccessible(p, 'settings: connect Slack, phone');
    await expectNoHorizontalScroll(p, 'connect Slack (phone)');
    await screenshot(p, 'settings-chat-connect-phone');
    await phone.close();
  }, 60_000);

  it('deletes a connection after asking', async () => {
    await a.goto('/settings/chat');
    const mm = card(a, 'Acme Mattermost');
    await mm.getByRole('button', { name: 'Delete' }).click();
    const confirm = a.getByRole('dialog', { name: 'Delete “Acme Mattermost”?' });
    await confirm.getByText('Commands from Mattermost stop working').waitFor();
    await expectAccessible(a, 'settings: delete chat connection');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await mm.waitFor();

    await mm.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete connection' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await mm.waitFor({ state: 'detached' });
    // Focus does not fall to the page's start with the deleted card: it waits on the first Connect button.
    await eventually(async () => expect(await a.evaluate(() => document.activeElement?.textContent)).toBe('Connect Slack'));
    await card(a, 'Contoso Teams').getByRole('button', { name: 'Delete' }).click();
    await a.getByRole('dialog', { name: 'Delete “Contoso Teams”?' }).getByRole('button', { name: 'Delete connection' }).click();
    await a.getByText('No chat connected yet').waitFor();
  }, 60_000);
});
