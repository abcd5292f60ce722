import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SlackFake, startSlack } from '../../test/fakes/slackApi.ts';
import { clientFor } from '../platforms.ts';
import { ChatApiError, type ChatConnection } from '../types.ts';
import { SlackClient, slackChannelName } from './client.ts';
import { escapeSlack, plainFromSlack, renderMessage } from './render.ts';
import { signatureProblem, slackSignature } from './verify.ts';

let slack: SlackFake;
const connection = (over: Partial<ChatConnection> = {}): ChatConnection => ({
  id: 'conn-1',
  platform: 'slack',
  name: 'Acme',
  externalTeamId: slack.teamId,
  secrets: { botToken: slack.token, signingSecret: 'shh' },
  settings: {
    commandName: 'incident',
    channelPattern: 'inc-{ref}',
    announcementsChannel: null,
    archiveOnClose: true,
    mirrorByDefault: true,
    pinEmoji: 'pushpin',
  },
  apiBaseUrl: slack.url,
  ...over,
});
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChatApiError);
  return err as ChatApiError;
};

beforeAll(async () => {
  slack = await startSlack();
});
afterAll(async () => {
  await slack.close();
});
afterEach(() => {
  expect(slack.problems).toEqual([]);
});

describe('SlackClient against the Slack Web API', () => {
  it('is registered for the slack platform and checks the bot token', async () => {
    const client = clientFor(connection());
    expect(client).toBeInstanceOf(SlackClient);
    expect(client.capabilities).toEqual({ channels: true, modals: true });
    expect(await client.test()).toBe('Connected to Acme as @firebreak');
    expect(slack.callsOf('auth.test').at(-1)?.contentType).toBe('application/x-www-form-urlencoded');
    const bad = await refusal(new SlackClient(connection({ secrets: { botToken: 'xoxb-wrong', signingSecret: 'x' } })).test());
    expect(bad).toMatchObject({ code: 'invalid_auth', permanent: true });
    expect(await new SlackClient(connection({ externalTeamId: 'T0OTHER' })).test()).toMatch(/belongs to Acme .*not to team T0OTHER/);
  });

  it('creates a channel under a Slack-valid name, and a taken name gets a suffix', async () => {
    const client = new SlackClient(connection());
    expect(slackChannelName('INC-42 Checkout: 500s für EU!')).toBe('inc-42-checkout-500s-fur-eu');
    expect(slackChannelName('x'.repeat(100))).toHaveLength(80);
    const first = await client.createChannel('inc-7 Payments down', { private: false });
    expect(first.name).toBe('inc-7-payments-down');
    const second = await client.createChannel('inc-7 payments down', { private: true });
    expect(second.name).toBe('inc-7-payments-down-2');
    expect(slack.channels.get(second.id)?.isPrivate).toBe(true);
    const long = await client.createChannel('y'.repeat(90), { private: false });
    const again = await client.createChannel('y'.repeat(90), { private: false });
    expect(long.name).toHaveLength(80);
    expect(again.name).toBe(`${'y'.repeat(78)}-2`);
  });

  it('invites, sets the topic (cut to 250), posts Block Kit and archives', async () => {
    const client = new SlackClient(connection());
    const ana = slack.addUser({ name: 'ana', email: 'ana@example.com' });
    const bo = slack.addUser({ name: 'bo', email: 'bo@example.com' });
    const ch = await client.createChannel('inc-9', { private: false });
    await client.invite(ch.id, [ana.id, bo.id, ana.id]);
    await client.invite(ch.id, [ana.id]); // already there: done, not an error
    expect([...(slack.channels.get(ch.id)?.members ?? [])]).toEqual(expect.arrayContaining([ana.id, bo.id, slack.botUserId]));
    await client.setTopic(ch.id, `SEV1 · investigating · ${'z'.repeat(300)}`);
    expect(Array.from(slack.channels.get(ch.id)?.topic ?? '')).toHaveLength(250);
    const { messageId } = await client.post(ch.id, {
      text: 'INC-9 declared: <script> & co',
      title: 'INC-9 Checkout <500> & friends',
      body: 'Customers see *errors* <@U123> & retries',
      fields: [
        { label: 'Severity', value: 'SEV1' },
        { label: 'Commander', value: 'Ana' },
      ],
      link: { label: 'Open INC-9', url: 'https://firebreak.example/incidents/INC-9' },
      buttons: [{ actionId: 'handover_ack', label: 'Acknowledge', value: 'h1', style: 'primary' }],
      context: 'Declared from Slack',
    });
    const posted = slack.channels.get(ch.id)?.messages.find((m) => m.ts === messageId);
    expect(posted?.text).toBe('INC-9 declared: &lt;script&gt; &amp; co');
    expect(posted?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'INC-9 Checkout <500> & friends', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Customers see *errors* &lt;@U123&gt; &amp; retries' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Severity*\nSEV1' },
          { type: 'mrkdwn', text: '*Commander*\nAna' },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: '<https://firebreak.example/incidents/INC-9|Open INC-9>' } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Acknowledge', emoji: true },
            action_id: 'handover_ack',
            value: 'h1',
            style: 'primary',
          },
        ],
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Declared from Slack' }] },
    ]);
    await client.archive(ch.id);
    await client.archive(ch.id); // a retried job
    expect(slack.channels.get(ch.id)?.archived).toBe(true);
    const gone = await refusal(client.post(ch.id, { text: 'late' }));
    expect(gone).toMatchObject({ code: 'is_archived', permanent: true });
  });

  it('keeps every element within Block Kit limits, however long the text', async () => {
    const client = new SlackClient(connection());
    const ch = await client.createChannel('inc-long', { private: false });
    const huge = 'a&b '.repeat(5000);
    await client.post(ch.id, {
      text: huge,
      title: huge,
      body: huge,
      fields: Array.from({ length: 14 }, (_, i) => ({ label: `F${i}`, value: huge })),
      buttons: Array.from({ length: 30 }, (_, i) => ({ actionId: `a${i}${'x'.repeat(300)}`, label: huge, value: huge })),
      context: huge,
    });
    // the fake validated the blocks (afterEach: no problems); the header was cut with an ellipsis
    const m = slack.channels.get(ch.id)?.messages.at(-1);
    const header = (m?.blocks?.[0] as { text: { text: string } } | undefined)?.text.text ?? '';
    expect(Array.from(header)).toHaveLength(150);
    expect(header.endsWith('…')).toBe(true);
    expect(m?.blocks?.length).toBeLessThanOrEqual(50);
  });

  it('maps Slack errors: 429 with Retry-After, ok:false permanent and transient', async () => {
    const client = new SlackClient(connection());
    const ch = await client.createChannel('inc-429', { private: false });
    slack.fail('chat.postMessage', { status: 429, retryAfter: 7 });
    const limited = await refusal(client.post(ch.id, { text: 'hello' }));
    expect(limited).toMatchObject({ retryAfterMs: 7000, permanent: false });
    slack.fail('chat.postMessage', { error: 'internal_error' });
    expect(await refusal(client.post(ch.id, { text: 'hello' }))).toMatchObject({ code: 'internal_error', permanent: false });
    expect(await refusal(client.post('C0MISSING', { text: 'hello' }))).toMatchObject({ code: 'channel_not_found', permanent: true });
    slack.fail('chat.postMessage', { error: 'ratelimited' });
    expect(await refusal(client.post(ch.id, { text: 'hello' }))).toMatchObject({ code: 'ratelimited', retryAfterMs: 1000 });
    await client.post(ch.id, { text: 'hello' });
    expect(slack.channels.get(ch.id)?.messages.filter((m) => m.text === 'hello')).toHaveLength(1);
    const down = await refusal(new SlackClient(connection({ apiBaseUrl: 'http://127.0.0.1:9/api/' })).test());
    expect(down.permanent).toBe(false);
  });

  it('finds people by e-mail and e-mail by person; unknown → null', async () => {
    const client = new SlackClient(connection());
    const cy = slack.addUser({ name: 'cy', email: 'Cy@Example.com' });
    expect(await client.userIdByEmail('cy@example.com')).toBe(cy.id);
    expect(await client.userIdByEmail('nobody@example.com')).toBeNull();
    expect(await client.emailOfUser(cy.id)).toBe('Cy@Example.com');
    expect(await client.emailOfUser('U0NOBODY')).toBeNull();
    expect(await client.emailOfUser(slack.botUserId)).toBeNull();
    expect(slack.callsOf('users.info').every((c) => c.contentType === 'application/x-www-form-urlencoded')).toBe(true);
  });

  it('answers through response_url and reads a message back', async () => {
    const client = new SlackClient(connection());
    const url = slack.responseUrl();
    await client.respond(url, { visibility: 'ephemeral', message: { text: 'Severity is now SEV1' } });
    expect(slack.responses).toContainEqual({
      url,
      body: expect.objectContaining({ response_type: 'ephemeral', text: 'Severity is now SEV1', replace_original: false }),
    });
    const ch = await client.createChannel('inc-read', { private: false });
    const dee = slack.addUser({ name: 'dee', email: 'dee@example.com' });
    const m = slack.say(ch.id, dee.id, 'DB failover started');
    slack.say(ch.id, dee.id, 'later message');
    expect(await client.message(ch.id, m.ts)).toMatchObject({ ts: m.ts, text: 'DB failover started', user: dee.id });
    expect(await client.message(ch.id, '1.000001')).toBeNull();
    for (let i = 0; i < 5; i++) await client.respond(url, { visibility: 'ephemeral', message: { text: `n${i}` } }).catch(() => {});
    expect(await refusal(client.respond(url, { visibility: 'ephemeral', message: { text: 'sixth' } }))).toMatchObject({
      code: 'used_url',
      permanent: true,
    });
  });
});

describe('the fake refuses what Slack would not take', () => {
  it('records an unknown argument, a wrong type and a JSON body to a form-only method', async () => {
    const client = new SlackClient(connection());
    await expect(client.call('conversations.create', { name: 'x-1', topic: 'no such argument' })).rejects.toThrow(/invalid_arg_name/);
    await expect(client.call('conversations.create', { name: 'x-2', is_private: 'yes' })).rejects.toThrow(/invalid_arguments/);
    await expect(client.call('users.info', { user: 'U1' })).rejects.toThrow(/invalid_arguments/);
    await expect(client.call('chat.delete', { channel: 'C1', ts: '1.2' })).rejects.toThrow(/unknown_method/);
    expect(slack.problems).toHaveLength(4);
    slack.problems.length = 0;
  });
});

describe('Slack formatting', () => {
  it('escapes only &, < and > and reads Slack markup back as plain text', () => {
    expect(escapeSlack('a & <b> "c"')).toBe('a &amp; &lt;b&gt; "c"');
    expect(plainFromSlack('hi <@U1|ana> and <@U2> in <#C1|ops>: <https://x.io/a|the doc> <!here> 1 &lt; 2 &amp;&gt;')).toBe(
      'hi @ana and @U2 in #ops: the doc (https://x.io/a) @here 1 < 2 &>',
    );
    expect(renderMessage({ text: 'only a line' }).blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'only a line' } }]);
  });
});

describe('v0 request signatures', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const ts = String(now.getTime() / 1000);
  const raw = Buffer.from('token=x&team_id=T1&text=status');
  const sig = slackSignature('secret', ts, raw);
  const headers = (over: Record<string, string> = {}) => ({ 'x-slack-request-timestamp': ts, 'x-slack-signature': sig, ...over });

  it('accepts Slack’s signature and refuses others, stale ones and unsigned ones', () => {
    // Slack's documented example: https://api.slack.com/authentication/verifying-requests-from-slack
    expect(
      slackSignature(
        '8f742231b10e8888abcd99yyyzzz85a5',
        '1531420618',
        'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
      ),
    ).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
    expect(signatureProblem('secret', headers(), raw, now)).toBeNull();
    expect(signatureProblem('other', headers(), raw, now)).toMatch(/does not match/);
    expect(signatureProblem('secret', headers(), Buffer.from('token=x&team_id=T1&text=resolve'), now)).toMatch(/does not match/);
    expect(signatureProblem('secret', headers({ 'x-slack-signature': 'v0=00' }), raw, now)).toMatch(/does not match/);
    expect(signatureProblem('secret', headers(), raw, new Date(now.getTime() + 5 * 60_000 + 1000))).toMatch(/too old/);
    expect(signatureProblem('secret', headers(), raw, new Date(now.getTime() + 4 * 60_000))).toBeNull();
    expect(signatureProblem('secret', headers(), raw, new Date(now.getTime() - 6 * 60_000))).toMatch(/too old/);
    expect(signatureProblem('secret', { 'x-slack-signature': sig }, raw, now)).toMatch(/not signed/);
    expect(signatureProblem('secret', headers({ 'x-slack-request-timestamp': 'soon' }), raw, now)).toMatch(/not a Unix time/);
  });
});
