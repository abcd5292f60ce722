import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addChannel, type FakeMattermost, startFakeMattermost } from '../../test/fakes/mattermostApi.ts';
import { startFakeReceiver } from '../../test/fakes/receiver.ts';
import { clientFor } from '../platforms.ts';
import { ChatApiError, type ChatConnection } from '../types.ts';
import { actionSignatureMatches, commandResponse, MattermostClient } from './client.ts';

const SETTINGS = {
  commandName: 'incident',
  channelPattern: 'inc-{ref}',
  announcementsChannel: null,
  archiveOnClose: true,
  mirrorByDefault: true,
  pinEmoji: 'pushpin',
};

describe('Mattermost client against a fake Mattermost API v4', () => {
  let mm: FakeMattermost;
  let conn: ChatConnection;
  beforeEach(async () => {
    mm = await startFakeMattermost();
    conn = {
      id: 'conn-1',
      platform: 'mattermost',
      name: 'Acme Mattermost',
      externalTeamId: mm.teamId,
      secrets: { baseUrl: mm.url, botToken: mm.token, commandToken: 'cmdtoken', actionSecret: 'action-secret-1' },
      settings: SETTINGS,
      apiBaseUrl: null,
    };
  });
  afterEach(async () => {
    expect(mm.problems).toEqual([]);
    await mm.close();
  });

  it('is registered for the mattermost platform and tests the credentials', async () => {
    const client = clientFor(conn);
    expect(client).toBeInstanceOf(MattermostClient);
    expect(client.capabilities).toEqual({ channels: true, modals: true });
    expect(await client.test()).toBe(`Connected to ${new URL(mm.url).host} as @firebreak (bot account)`);
  });

  it('creates a private incident channel, invites people, sets its header and posts into it', async () => {
    const ana = mm.addUser('ana', 'ana@example.com');
    const bo = mm.addUser('bo', 'bo@example.com');
    const client = new MattermostClient(conn, 'https://firebreak.example.com/api/v1/chat/mattermost/actions');
    const ch = await client.createChannel('INC-7 Checkout is down!', { private: true });
    expect(ch.name).toBe('inc-7-checkout-is-down');
    await client.invite(ch.id, [ana.id, bo.id, ana.id]);
    await client.setTopic(ch.id, 'SEV1 · Investigating · Commander: Ana · https://firebreak.example.com/incidents/INC-7');
    const { messageId } = await client.post(ch.id, {
      text: 'INC-7 declared: Checkout is down',
      title: 'INC-7 Checkout is down',
      body: 'Payments fail for every customer.',
      fields: [
        { label: 'Severity', value: 'SEV1' },
        { label: 'Status', value: 'Investigating' },
      ],
      link: { label: 'Open INC-7', url: 'https://firebreak.example.com/incidents/INC-7' },
      buttons: [{ actionId: 'handover_ack', label: 'Acknowledge', value: 'h-1', style: 'primary' }],
      context: 'Firebreak',
    });

    const stored = mm.channelNamed('inc-7-checkout-is-down');
    expect(stored).toMatchObject({ type: 'P', display_name: 'INC-7 Checkout is down!' });
    expect(stored?.members).toEqual([mm.bot.id, ana.id, bo.id]);
    expect(stored?.header).toContain('SEV1 · Investigating');
    const [post] = mm.postsIn(ch.id);
    expect(post.id).toBe(messageId);
    expect(post.message).toBe('INC-7 declared: Checkout is down');
    const att = (post.props as { attachments: Record<string, unknown>[] }).attachments[0];
    expect(att).toMatchObject({
      title: 'INC-7 Checkout is down',
      title_link: 'https://firebreak.example.com/incidents/INC-7',
      text: 'Payments fail for every customer.',
      fields: [
        { title: 'Severity', value: 'SEV1', short: true },
        { title: 'Status', value: 'Investigating', short: true },
      ],
      footer: 'Firebreak',
    });
    const [button] = att.actions as { name: string; integration: { url: string; context: Record<string, string> } }[];
    expect(button.name).toBe('Acknowledge');
    expect(button.integration.url).toBe('https://firebreak.example.com/api/v1/chat/mattermost/actions');
    const ctx = button.integration.context as { connection: string; action: string; value: string; sig: string };
    expect(ctx).toMatchObject({ connection: 'conn-1', action: 'handover_ack', value: 'h-1' });
    expect(actionSignatureMatches('action-secret-1', ctx)).toBe(true);
    expect(actionSignatureMatches('action-secret-1', { ...ctx, value: 'h-2' })).toBe(false);
    expect(actionSignatureMatches('another-secret', ctx)).toBe(false);

    await client.archive(ch.id);
    expect(mm.channelNamed('inc-7-checkout-is-down')?.delete_at).toBeGreaterThan(0);
  });

  it('maps users by e-mail both ways; unknown ones are null', async () => {
    const ana = mm.addUser('ana', 'ana@example.com');
    const client = new MattermostClient(conn);
    expect(await client.userIdByEmail('ana@example.com')).toBe(ana.id);
    expect(await client.userIdByEmail('nobody@example.com')).toBeNull();
    expect(await client.emailOfUser(ana.id)).toBe('ana@example.com');
    expect(await client.emailOfUser('zzzzzzzzzzzzzzzzzzzzzzzzzz')).toBeNull();
  });

  it('a 429 becomes a retryable error with Retry-After; nothing is posted until the retry', async () => {
    const town = addChannel(mm, 'announcements');
    const client = new MattermostClient(conn);
    mm.rateLimitNext = 1;
    const e = await client.post(town.id, { text: 'hello' }).catch((x) => x);
    expect(e).toBeInstanceOf(ChatApiError);
    expect(e).toMatchObject({ retryAfterMs: 1000, permanent: false, code: 'rate_limited' });
    expect(mm.postsIn(town.id)).toHaveLength(0);
    await client.post(town.id, { text: 'hello' });
    expect(mm.postsIn(town.id).map((p) => p.message)).toEqual(['hello']);
  });

  it("a wrong token, a missing channel or an unknown team are permanent errors with Mattermost's reason", async () => {
    const bad = new MattermostClient({ ...conn, secrets: { ...conn.secrets, botToken: 'wrong' } });
    await expect(bad.test()).rejects.toMatchObject({ permanent: true, message: expect.stringContaining('Invalid or expired session') });
    const client = new MattermostClient(conn);
    await expect(client.post('zzzzzzzzzzzzzzzzzzzzzzzzzz', { text: 'x' })).rejects.toMatchObject({
      permanent: true,
      code: 'app.channel.get.existing.app_error',
    });
    const otherTeam = new MattermostClient({ ...conn, externalTeamId: 'aaaaaaaaaaaaaaaaaaaaaaaaaa' });
    await expect(otherTeam.createChannel('inc-1', { private: false })).rejects.toMatchObject({ permanent: true });
    mm.down = true;
    await expect(client.test()).rejects.toMatchObject({ permanent: false });
    mm.down = false;
  });

  it('without a team id on the connection, channels go to the bot account’s only team', async () => {
    const client = new MattermostClient({ ...conn, externalTeamId: null });
    const ch = await client.createChannel('inc-30', { private: false });
    expect(mm.channels.find((c) => c.id === ch.id)?.team_id).toBe(mm.teamId);
  });

  it('a channel name already used in the team is name_taken, so the core tries the next name', async () => {
    const client = new MattermostClient(conn);
    await client.createChannel('inc-12', { private: false });
    await expect(client.createChannel('inc-12', { private: false })).rejects.toMatchObject({ code: 'name_taken', permanent: true });
    expect((await client.createChannel('inc-12-2', { private: false })).name).toBe('inc-12-2');
  });

  it('answers later through a response_url in the slash command response format', async () => {
    const hook = await startFakeReceiver('/hooks/commands/abc');
    try {
      await new MattermostClient(conn).respond(hook.url, { visibility: 'channel', message: { text: 'INC-4 is Monitoring' } });
      const [r] = hook.received;
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toBe('application/json');
      expect(JSON.parse(r.body)).toEqual({ response_type: 'in_channel', text: 'INC-4 is Monitoring' });
      hook.answer = () => ({ status: 404, body: '{"id":"web.command_webhook.invalid.app_error","message":"Unable to find the webhook."}' });
      await expect(new MattermostClient(conn).respond(hook.url, { visibility: 'ephemeral', message: { text: 'x' } })).rejects.toMatchObject(
        {
          permanent: true,
          message: expect.stringContaining('Unable to find the webhook'),
        },
      );
    } finally {
      await hook.close();
    }
  });

  it('renders replies as slash command responses', () => {
    expect(commandResponse({ visibility: 'ephemeral', message: { text: 'Only you see this' } })).toEqual({
      response_type: 'ephemeral',
      text: 'Only you see this',
    });
    expect(
      commandResponse({ visibility: 'channel', message: { text: 'INC-3 is resolved', fields: [{ label: 'Status', value: 'Resolved' }] } }),
    ).toEqual({
      response_type: 'in_channel',
      text: 'INC-3 is resolved',
      attachments: [{ fallback: 'INC-3 is resolved', fields: [{ short: true, title: 'Status', value: 'Resolved' }] }],
    });
  });
});
