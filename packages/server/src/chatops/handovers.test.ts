import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handoversPeriodic } from '../oncall/index.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { ChatApiError, type ChatClient, type ChatMessage, type ChatReply, pressButton, registerChatPlatform } from './index.ts';

const api = '/api/v1';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Call = { method: string; args: unknown[] };
type Handover = { id: string; acknowledgedAt: string | null; acknowledgedBy: { id: string; name: string } | null };

/** Stands in for the platform's API (as in chatops.test.ts): records calls, fails the ones it is told to, once each. */
class Recorder {
  calls: Call[] = [];
  failures: { method: string; error: Error }[] = [];
  directory = new Map<string, string>();
  /** Whether the platform has channels (Teams: no, it posts to its Workflows destination). */
  readonly channels: boolean;
  constructor(channels = true) {
    this.channels = channels;
  }
  client(): ChatClient {
    const rec = (method: string, args: unknown[]) => {
      const i = this.failures.findIndex((f) => f.method === method);
      if (i >= 0) {
        const [f] = this.failures.splice(i, 1);
        this.calls.push({ method: `${method}!failed`, args });
        throw f.error;
      }
      this.calls.push({ method, args });
    };
    return {
      capabilities: { channels: this.channels, modals: this.channels },
      test: async () => 'Connected',
      createChannel: async (name) => {
        rec('createChannel', [name]);
        return { id: 'C-new', name };
      },
      invite: async (c, u) => rec('invite', [c, u]),
      setTopic: async (c, topic) => rec('setTopic', [c, topic]),
      post: async (channelId, message) => {
        rec('post', [channelId, message]);
        return { messageId: `m${this.calls.length}` };
      },
      archive: async (c) => rec('archive', [c]),
      userIdByEmail: async (email) => [...this.directory].find(([, e]) => e === email)?.[0] ?? null,
      emailOfUser: async (userId) => this.directory.get(userId) ?? null,
    };
  }
  posts() {
    return this.calls
      .filter((c) => c.method === 'post')
      .map((c) => ({ channel: c.args[0] as string | null, message: c.args[1] as ChatMessage }));
  }
}

describe.each(testDatabases())('handovers in chat on %s', (dbKind) => {
  let t: TestApp;
  let worker: Worker;
  const slack = new Recorder();
  const teams = new Recorder(false);
  let slackId: string;
  let teamsId: string;
  let ann: { id: string; email: string };
  let bob: { id: string; email: string };
  let checkout: string;
  let quiet: string;
  let untethered: string;

  const after = async (ms: number) => {
    t.clock.advance(ms);
    await worker.runDue();
  };
  const history = async (scheduleId: string) =>
    (await t.call(t.viewer, 'GET', `${api}/schedules/${scheduleId}/handovers`)).json().data as Handover[];
  const text = (r: ChatReply | null) => r?.message.text ?? '';

  beforeAll(async () => {
    t = await makeTestApp(dbKind);
    registerChatPlatform('slack', () => slack.client());
    registerChatPlatform('teams', () => teams.client());
    worker = new Worker(t.deps, { periodic: [handoversPeriodic] });
    ann = await buildUser(t, { role: 'responder', name: 'Ann Out' });
    bob = await buildUser(t, { role: 'responder', name: 'Bob In' });
    slack.directory.set('U-ann', ann.email);
    slack.directory.set('U-bob', bob.email);
    slack.directory.set('U-viewer', t.viewer.email);
    const conn = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'slack',
      name: 'Acme',
      externalTeamId: 'T-hand',
      secrets: { botToken: 'xoxb-handover-token', signingSecret: 'handover-signing-secret' },
    });
    expect(conn.statusCode, conn.body).toBe(201);
    slackId = conn.json().id;
    const teamsConn = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'teams',
      name: 'Contoso',
      secrets: { outgoingSecret: 'dGVhbXMtaGFuZG92ZXItc2VjcmV0', workflowUrl: 'https://workflows.invalid/handover' },
    });
    expect(teamsConn.statusCode, teamsConn.body).toBe(201);
    teamsId = teamsConn.json().id;
    for (const name of ['Payments', 'Quiet']) {
      const team = await t.call(t.admin, 'POST', `${api}/teams`, { name, members: [ann.id, bob.id] });
      expect(team.statusCode, team.body).toBe(201);
    }
    // Clock: Sunday 1 March 12:00Z. Daily 13:00 London handoffs: Ann until 13:00 today, then Bob.
    const schedule = async (name: string, team: string | null) => {
      const res = await t.call(t.admin, 'POST', `${api}/schedules`, {
        name,
        timeZone: 'Europe/London',
        team,
        layers: [{ participants: [ann.id, bob.id], rotation: { unit: 'days', length: 1 }, handoffTime: '13:00', startDate: '2026-02-28' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data.id as string;
    };
    checkout = await schedule('Checkout', 'Payments');
    quiet = await schedule('Quiet nights', 'Quiet');
    untethered = await schedule('Untethered', null);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    slack.calls = [];
    teams.calls = [];
  });

  it('lets admins and responders set a team channel, audited; viewers and bad input are refused', async () => {
    const url = `${api}/teams/Payments/chat-channel`;
    const refused = await t.call(t.viewer, 'PUT', url, { connectionId: slackId, channelId: 'C-payments' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('not_allowed');
    const spaces = await t.call(t.responder, 'PUT', url, { connectionId: slackId, channelId: 'payments on call' });
    expect(spaces.statusCode).toBe(400);
    const unknown = await t.call(t.responder, 'PUT', url, { connectionId: 'nope', channelId: 'C-payments' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('chat_connection_not_found');
    const noTeam = await t.call(t.responder, 'PUT', `${api}/teams/Nobody/chat-channel`, { connectionId: slackId, channelId: 'C-x' });
    expect(noTeam.statusCode).toBe(404);

    const set = await t.call(t.responder, 'PUT', url, { connectionId: slackId, channelId: 'C-payments' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().channels).toEqual([
      { connectionId: slackId, platform: 'slack', connectionName: 'Acme', channelId: 'C-payments', updatedAt: expect.any(String) },
    ]);
    // Who may set one is told so, with the connections to choose from and whether they have channels.
    expect(set.json().abilities).toEqual({ manage: true });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(set.json().connections.sort(byName)).toEqual([
      { id: slackId, platform: 'slack', name: 'Acme', channels: true },
      { id: teamsId, platform: 'teams', name: 'Contoso', channels: false },
    ]);
    const read = (await t.call(t.viewer, 'GET', url)).json();
    expect([read.abilities, read.connections]).toEqual([{ manage: false }, []]);
    expect((await t.call(t.viewer, 'GET', url)).json().channels.map((c: { channelId: string }) => c.channelId)).toEqual(['C-payments']);
    expect((await t.call(t.viewer, 'GET', `${api}/teams/Quiet/chat-channel`)).json().channels).toEqual([]);

    // Set and removed again on the Quiet team: it ends with no channel.
    const quietUrl = `${api}/teams/Quiet/chat-channel`;
    expect((await t.call(t.admin, 'PUT', quietUrl, { connectionId: slackId, channelId: 'C-quiet' })).statusCode).toBe(200);
    const removed = await t.call(t.responder, 'DELETE', `${quietUrl}/${slackId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().channels).toEqual([]);
    expect((await t.call(t.responder, 'DELETE', `${quietUrl}/${slackId}`)).statusCode).toBe(404);

    const log = (await t.call(t.admin, 'GET', `${api}/audit?action=chat.team_channel`)).json().data as {
      action: string;
      target: { label: string };
      details: Record<string, unknown>;
    }[];
    expect(log.map((e) => `${e.action} ${e.target.label} ${e.details.channelId}`).sort()).toEqual([
      'chat.team_channel_removed Quiet C-quiet',
      'chat.team_channel_set Payments C-payments',
      'chat.team_channel_set Quiet C-quiet',
    ]);
  });

  it('asks for a channel only where the platform has channels: Slack refuses none, Teams stores none', async () => {
    const url = `${api}/teams/Quiet/chat-channel`;
    const missing = await t.call(t.responder, 'PUT', url, { connectionId: slackId });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({
      code: 'invalid_input',
      message: 'channelId: Slack needs the id of the channel where the handovers go',
      details: { field: 'channelId' },
    });
    expect((await t.call(t.viewer, 'GET', url)).json().channels).toEqual([]);

    const set = await t.call(t.responder, 'PUT', url, { connectionId: teamsId });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().channels).toEqual([
      { connectionId: teamsId, platform: 'teams', connectionName: 'Contoso', channelId: '', updatedAt: expect.any(String) },
    ]);
    // A channel id given anyway is not kept: Teams posts to the workflow's one destination.
    const again = await t.call(t.admin, 'PUT', url, { connectionId: teamsId, channelId: 'C-ignored' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().channels.map((c: { channelId: string }) => c.channelId)).toEqual(['']);
  });

  it("posts each handover once to its team's channel with an Acknowledge button; a team without a channel gets nothing", async () => {
    await after(75 * MINUTE); // 13:15: the 13:00 change is past on all three schedules
    const [h] = await history(checkout);
    expect(h).toBeDefined();
    expect((await history(quiet)).length).toBe(1);
    expect((await history(untethered)).length).toBe(1);
    const posts = slack.posts();
    expect(posts.map((p) => p.channel)).toEqual(['C-payments']);
    const m = posts[0].message;
    expect(m.text).toBe('On-call handover for Checkout: Ann Out → Bob In');
    expect(m.fields).toEqual(
      expect.arrayContaining([
        { label: 'From', value: 'Ann Out' },
        { label: 'To', value: 'Bob In' },
        { label: 'Schedule', value: 'Checkout' },
        { label: 'Open incidents', value: '0' },
      ]),
    );
    expect(m.body).toContain('Ann Out handed over to Bob In at Sun 1 Mar 13:00 (GMT)');
    expect(m.link?.url).toBe(`http://firebreak.test/oncall/schedules/${checkout}#handovers`);
    expect(m.buttons).toEqual([{ actionId: 'handover_ack', label: 'Acknowledge', value: h.id, style: 'primary' }]);

    // The Quiet team's Teams connection has no channels: its schedule's handover goes to the workflow's destination.
    expect(teams.posts().map((p) => [p.channel, p.message.text])).toEqual([[null, 'On-call handover for Quiet nights: Ann Out → Bob In']]);

    await after(10 * MINUTE); // the job runs again: nothing more is posted
    expect(slack.posts().length).toBe(1);
    expect(teams.posts().length).toBe(1);
  });

  it('acknowledges through the button as the incoming person, and says who did in the channel', async () => {
    const [h] = await history(checkout);
    const press = (userId: string) =>
      pressButton(t.deps, { connectionId: slackId, channelId: 'C-payments', userId, actionId: 'handover_ack', value: h.id });
    const notYours = await press('U-viewer');
    expect(notYours?.visibility).toBe('ephemeral');
    expect(text(notYours)).toContain('Only the person taking over');
    expect((await history(checkout))[0].acknowledgedAt).toBeNull();

    const ok = await press('U-bob');
    expect(ok).toEqual({
      visibility: 'channel',
      message: { text: 'Bob In acknowledged the handover from Ann Out for Checkout. Have a calm shift.' },
    });
    const [after1] = await history(checkout);
    expect(after1.acknowledgedBy).toMatchObject({ id: bob.id, name: 'Bob In' });
    expect(after1.acknowledgedAt).not.toBeNull();

    const again = await press('U-bob');
    expect(again?.visibility).toBe('ephemeral');
    expect(text(again)).toContain('has been acknowledged');
  });

  it('retries a rate-limited post after its Retry-After and posts it once', async () => {
    slack.failures.push({ method: 'post', error: new ChatApiError('ratelimited', { retryAfterMs: 30_000 }) });
    await after(DAY); // 13:15 next day: Bob hands back to Ann
    expect(slack.calls.map((c) => c.method)).toEqual(['post!failed']);
    await after(10_000); // not yet
    expect(slack.posts()).toEqual([]);
    await after(25_000);
    const posts = slack.posts();
    expect(posts.map((p) => [p.channel, p.message.text])).toEqual([['C-payments', 'On-call handover for Checkout: Bob In → Ann Out']]);
    const [latest] = await history(checkout);
    expect(posts[0].message.buttons?.[0].value).toBe(latest.id);
    await after(5 * MINUTE);
    expect(slack.posts().length).toBe(1);
  });

  it("posts a schedule without a team to the channels of the teams whose services' escalation policies page it", async () => {
    const policy = await t.call(t.admin, 'POST', `${api}/escalation-policies`, {
      name: 'Untethered policy',
      steps: [{ delayMinutes: 5, targets: [{ kind: 'schedule', id: untethered }] }],
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const svc = await t.call(t.admin, 'POST', `${api}/services`, { name: 'ledger', ownerTeam: 'Payments' });
    expect(svc.statusCode, svc.body).toBe(201);
    const svcId = (svc.json().data ?? svc.json()).id as string;
    const wired = await t.call(t.admin, 'PUT', `${api}/services/${svcId}/escalation-policy`, { policy: policy.json().data.id });
    expect(wired.statusCode, wired.body).toBe(200);
    await after(DAY);
    // Two streams (one per handover): their order between them is not fixed.
    expect(
      slack
        .posts()
        .map((p) => p.message.text)
        .sort(),
    ).toEqual(['On-call handover for Checkout: Ann Out → Bob In', 'On-call handover for Untethered: Ann Out → Bob In']);
  });
});
