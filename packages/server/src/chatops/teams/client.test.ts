import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdaptiveCard } from '../../test/fakes/chatFormats.ts';
import { type FakeWorkflow, startFakeWorkflow, teamsActivity, teamsSecret } from '../../test/fakes/teamsApi.ts';
import { clientFor } from '../platforms.ts';
import { ChatApiError, type ChatConnection } from '../types.ts';
import { parseCommand, replyActivity, teamsSignatureMatches } from './activity.ts';
import { TeamsClient } from './client.ts';

const SETTINGS = {
  commandName: 'incident',
  channelPattern: 'inc-{ref}',
  announcementsChannel: null,
  archiveOnClose: false,
  mirrorByDefault: true,
  pinEmoji: 'pushpin',
};

describe('Teams client against a fake Workflows webhook', () => {
  let wf: FakeWorkflow;
  let conn: ChatConnection;
  beforeEach(async () => {
    wf = await startFakeWorkflow();
    conn = {
      id: 'conn-t',
      platform: 'teams',
      name: 'Acme Teams',
      externalTeamId: null,
      secrets: { outgoingSecret: teamsSecret(), workflowUrl: wf.workflowUrl },
      settings: SETTINGS,
      apiBaseUrl: null,
    };
  });
  afterEach(async () => {
    expect(wf.problems).toEqual([]);
    await wf.close();
  });

  it('is registered for teams, can only post, and posts announcements as Adaptive Cards 1.4', async () => {
    const client = clientFor(conn);
    expect(client).toBeInstanceOf(TeamsClient);
    expect(client.capabilities).toEqual({ channels: false, modals: false });
    expect(await client.test()).toMatch(/^Posted a test card through the Teams workflow at 127\.0\.0\.1:\d+$/);
    const res = await client.post(null, {
      text: 'Ana declared INC-9',
      title: 'INC-9 Checkout is down',
      body: 'Payments fail.',
      fields: [{ label: 'Severity', value: 'SEV1' }],
      link: { label: 'Open INC-9', url: 'https://firebreak.example.com/incidents/INC-9' },
    });
    expect(res).toEqual({ messageId: null });
    expect(wf.cards).toHaveLength(2);
    expect(wf.cards[0].body).toEqual([
      {
        type: 'Container',
        style: 'emphasis',
        items: [
          { type: 'TextBlock', text: 'Firebreak is connected', weight: 'Bolder', size: 'Medium', wrap: true },
          {
            type: 'TextBlock',
            text: 'Test message from Firebreak: this Teams connection is set up correctly.',
            wrap: true,
            spacing: 'Small',
          },
        ],
      },
      { type: 'TextBlock', text: 'Connection “Acme Teams”', isSubtle: true, size: 'Small', wrap: true },
    ]);
    const card = wf.cards[1];
    expect(card.version).toBe('1.4');
    expect(JSON.stringify(card.body)).toContain('INC-9 Checkout is down');
    expect(card.body).toContainEqual({ type: 'TextBlock', text: 'Payments fail.', wrap: true });
    expect(card.body).toContainEqual({ type: 'FactSet', facts: [{ title: 'Severity', value: 'SEV1' }] });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open INC-9', url: 'https://firebreak.example.com/incidents/INC-9' }]);
  });

  it('refuses channel operations as permanent errors', async () => {
    const client = new TeamsClient(conn);
    for (const p of [client.createChannel(), client.invite(), client.setTopic(), client.archive()])
      await expect(p).rejects.toMatchObject({ permanent: true, code: 'not_supported' });
    expect(wf.requests).toHaveLength(0);
  });

  it('a 429 is retryable with Retry-After and posts nothing; a wrong workflow URL is permanent', async () => {
    const client = new TeamsClient(conn);
    wf.rateLimitNext = 1;
    const e = await client.post(null, { text: 'update' }).catch((x) => x);
    expect(e).toBeInstanceOf(ChatApiError);
    expect(e).toMatchObject({ retryAfterMs: 2000, permanent: false, code: 'rate_limited' });
    expect(wf.cards).toHaveLength(0);
    await client.post(null, { text: 'update' });
    expect(wf.cards).toHaveLength(1);
    const wrong = new TeamsClient({
      ...conn,
      secrets: { ...conn.secrets, workflowUrl: wf.workflowUrl.replace(/sig=[^&]+/, 'sig=forgedsignature') },
    });
    await expect(wrong.post(null, { text: 'x' })).rejects.toMatchObject({
      permanent: true,
      message: expect.stringContaining('DirectApiAuthorizationRequired'),
    });
  });

  it('knows people by the e-mail address the route resolved', async () => {
    const client = new TeamsClient(conn);
    expect(await client.emailOfUser('Ana@Example.com')).toBe('ana@example.com');
    expect(await client.emailOfUser('aad:6f1c0e0a-0000-4000-8000-000000000000')).toBeNull();
    expect(await client.userIdByEmail('bo@example.com')).toBe('bo@example.com');
  });
});

describe('Teams outgoing webhook activities', () => {
  it('verifies the HMAC over the raw body with the base64-decoded token', () => {
    const secret = teamsSecret();
    const a = teamsActivity({ secret, text: 'incident status', fromName: 'Ana Lima' });
    const raw = Buffer.from(a.payload);
    expect(teamsSignatureMatches(secret, raw, a.headers.authorization)).toBe(true);
    expect(teamsSignatureMatches(teamsSecret(), raw, a.headers.authorization)).toBe(false);
    expect(teamsSignatureMatches(secret, Buffer.from(a.payload.replace('status', 'resolve')), a.headers.authorization)).toBe(false);
    expect(teamsSignatureMatches(secret, raw, undefined)).toBe(false);
    expect(teamsSignatureMatches(secret, raw, a.headers.authorization.replace('HMAC ', 'Bearer '))).toBe(false);
    expect(teamsSignatureMatches(secret, raw, 'HMAC AAAA')).toBe(false);
  });

  it('strips the webhook mention and reads incident / oncall commands and other mentions', () => {
    expect(parseCommand('<at>Firebreak</at> incident severity SEV1\n')).toEqual({
      command: 'incident',
      text: 'severity SEV1',
      mentions: [],
    });
    expect(parseCommand('<at>Firebreak</at>&nbsp;oncall payments')).toEqual({ command: 'oncall', text: 'payments', mentions: [] });
    expect(parseCommand('<at>Firebreak</at> status')).toEqual({ command: 'incident', text: 'status', mentions: [] });
    expect(parseCommand('<at>Firebreak</at> incident role commander <at>Ana Lima</at>')).toEqual({
      command: 'incident',
      text: 'role commander @Ana Lima',
      mentions: ['Ana Lima'],
    });
    expect(parseCommand('<p><at>Firebreak</at> incident update DB is back &amp; stable</p>')).toEqual({
      command: 'incident',
      text: 'update DB is back & stable',
      mentions: [],
    });
  });

  it('answers with a message activity, and an Adaptive Card when the reply is rich', () => {
    expect(replyActivity({ visibility: 'ephemeral', message: { text: 'Unknown command' } })).toEqual({
      type: 'message',
      text: 'Unknown command',
    });
    const rich = replyActivity({
      visibility: 'channel',
      message: { text: 'INC-9 is Investigating', fields: [{ label: 'Status', value: 'Investigating' }] },
    }) as { attachments: { content: unknown }[] };
    expect(AdaptiveCard.safeParse(rich.attachments[0].content).success).toBe(true);
  });
});
