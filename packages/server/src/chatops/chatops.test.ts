import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { periodicJobs } from '../platform/jobs/queue.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import {
  ChatApiError,
  type ChatCapabilities,
  type ChatClient,
  type ChatMessage,
  type ChatOutcome,
  type ChatReply,
  findConnection,
  firstSeen,
  getConnection,
  mirrorMessage,
  pinMessage,
  registerChatPlatform,
  runCommand,
} from './index.ts';

const api = '/api/v1';

type Call = { method: string; args: unknown[] };

/**
 * Stands in for a chat platform's API (the adapters test their clients against fakes of the real
 * APIs): records every call, knows a directory of people (platform id ↔ e-mail), and fails the calls
 * it is told to fail, once each, in order.
 */
class Recorder {
  calls: Call[] = [];
  failures: { method: string; error: Error }[] = [];
  directory = new Map<string, string>(); // platform user id → e-mail
  channels = 0;
  testAnswer: Error | string = 'Connected to Acme as @firebreak';

  client(capabilities: ChatCapabilities): ChatClient {
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
      capabilities,
      test: async () => {
        if (this.testAnswer instanceof Error) throw this.testAnswer;
        return this.testAnswer;
      },
      createChannel: async (name, opts) => {
        rec('createChannel', [name, opts]);
        this.channels++;
        return { id: `C${this.channels}`, name };
      },
      invite: async (channelId, userIds) => rec('invite', [channelId, [...userIds].sort()]),
      setTopic: async (channelId, topic) => rec('setTopic', [channelId, topic]),
      post: async (channelId, message) => {
        rec('post', [channelId, message]);
        return { messageId: `m${this.calls.length}` };
      },
      archive: async (channelId) => rec('archive', [channelId]),
      userIdByEmail: async (email) => [...this.directory].find(([, e]) => e === email)?.[0] ?? null,
      emailOfUser: async (userId) => {
        if (userId === 'U-broken') throw new ChatApiError('users.info: service unavailable');
        return this.directory.get(userId) ?? null;
      },
    };
  }
  of(method: string) {
    return this.calls.filter((c) => c.method === method);
  }
  posts(channelId: string | null) {
    return this.of('post')
      .filter((c) => c.args[0] === channelId)
      .map((c) => (c.args[1] as ChatMessage).text);
  }
}

const SECRETS = { botToken: 'xoxb-super-secret-bot-token', signingSecret: 'very-secret-signing-secret' };

describe.each(testDatabases())('chat-ops core on %s', (dbKind) => {
  let t: TestApp;
  let worker: Worker;
  const slack = new Recorder();
  const teams = new Recorder();
  let slackId: string;
  let teamsId: string;
  /** Every answer body of the admin API the tests saw: none may carry a secret. */
  const seen: string[] = [];

  const run = async () => {
    await worker.runDue();
  };
  const timeline = async (ref: string) =>
    (await t.call(t.admin, 'GET', `${api}/incidents/${ref}/timeline?limit=200`)).json().data as {
      id: number;
      kind: string;
      body: string | null;
      pinned: boolean;
      actor: { name: string } | null;
      data: Record<string, unknown>;
    }[];
  const text = (o: ChatOutcome) => {
    if (!('message' in o)) throw new Error(`expected a reply, got ${JSON.stringify(o)}`);
    return [o.message.text, o.message.title, o.message.body, ...(o.message.fields ?? []).map((f) => `${f.label}: ${f.value}`)]
      .filter(Boolean)
      .join('\n');
  };
  const channelOf = async (ref: string) =>
    ((await t.call(t.admin, 'GET', `${api}/incidents/${ref}/chat`)).json().channels as { channelId: string; connectionId: string }[]).find(
      (c) => c.connectionId === slackId,
    );
  const cmd = (user: string, text: string, channelId = 'C-general', mentions: string[] = []) =>
    runCommand(t.deps, { connectionId: slackId, channelId, userId: user, command: 'incident', text, mentions });

  beforeAll(async () => {
    t = await makeTestApp(dbKind);
    registerChatPlatform('slack', () => slack.client({ channels: true, modals: true }));
    registerChatPlatform('teams', () => teams.client({ channels: false, modals: false }));
    worker = new Worker(t.deps, { periodic: periodicJobs().filter(() => false) });
    for (const u of [t.admin, t.responder, t.responder2, t.viewer]) slack.directory.set(`U-${u.email.split('@')[0]}`, u.email);
    slack.directory.set('U-stranger', 'stranger@elsewhere.test');
    const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'slack',
      name: 'Acme',
      externalTeamId: 'T123',
      secrets: SECRETS,
      settings: { announcementsChannel: 'C-announce' },
    });
    expect(res.statusCode, res.body).toBe(201);
    seen.push(res.body);
    slackId = res.json().id;
  });
  afterAll(async () => {
    expect(seen.join('\n')).not.toContain(SECRETS.botToken);
    expect(seen.join('\n')).not.toContain(SECRETS.signingSecret);
    await t?.close();
  });
  beforeEach(() => {
    slack.calls = [];
    teams.calls = [];
  });

  describe('admin API', () => {
    it('shows connections to admins without their secrets, with the URLs to paste', async () => {
      const res = await t.call(t.admin, 'GET', `${api}/chat/connections`);
      seen.push(res.body);
      expect(res.statusCode).toBe(200);
      const view = res.json().data.find((c: { id: string }) => c.id === slackId);
      expect(view).toMatchObject({
        platform: 'slack',
        name: 'Acme',
        externalTeamId: 'T123',
        secretsSet: ['botToken', 'signingSecret'],
        settings: { commandName: 'incident', announcementsChannel: 'C-announce', archiveOnClose: true, mirrorByDefault: true },
        lastTest: null,
      });
      expect(view.endpoints).toContainEqual({
        label: 'Slash command Request URL',
        url: 'http://firebreak.test/api/v1/chat/slack/commands',
      });
      expect(res.body).not.toContain(SECRETS.botToken);
    });

    it('refuses everyone but admins', async () => {
      for (const u of [t.responder, t.viewer]) {
        expect((await t.call(u, 'GET', `${api}/chat/connections`)).statusCode).toBe(403);
        const res = await t.call(u, 'POST', `${api}/chat/connections`, { platform: 'slack', name: 'X', secrets: SECRETS });
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('not_allowed');
      }
    });

    it('asks for exactly the secrets the platform needs', async () => {
      const missing = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'mattermost',
        name: 'MM',
        secrets: { botToken: 'abc' },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.body).toContain('Mattermost needs commandToken');
      const unknown = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'slack',
        name: 'S',
        secrets: { ...SECRETS, password: 'hunter2hunter2' },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body).toContain('Slack has no secret password');
      const badPattern = await t.call(t.admin, 'PATCH', `${api}/chat/connections/${slackId}`, { settings: { channelPattern: 'war-room' } });
      expect(badPattern.statusCode).toBe(400);
      expect(badPattern.body).toContain('must contain {ref}');
    });

    it('replaces a secret without ever showing it, and keeps the others', async () => {
      const res = await t.call(t.admin, 'PATCH', `${api}/chat/connections/${slackId}`, {
        secrets: { botToken: 'xoxb-rotated-token-0001' },
      });
      seen.push(res.body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain('xoxb-rotated');
      const conn = await getConnection(t.deps, slackId);
      expect(conn?.secrets).toEqual({ botToken: 'xoxb-rotated-token-0001', signingSecret: SECRETS.signingSecret });
      const back = await t.call(t.admin, 'PATCH', `${api}/chat/connections/${slackId}`, { secrets: { botToken: SECRETS.botToken } });
      expect(back.statusCode).toBe(200);
      const audit = await t.call(t.admin, 'GET', `${api}/audit?action=chat_connection.updated&targetId=${slackId}`);
      expect(audit.json().data[0].details).toEqual({ changed: ['secret botToken'] });
      expect(audit.body).not.toContain('xoxb');
    });

    it('tests the connection through the adapter and keeps the answer', async () => {
      const ok = await t.call(t.admin, 'POST', `${api}/chat/connections/${slackId}/test`, {});
      expect(ok.json()).toMatchObject({ ok: true, message: 'Connected to Acme as @firebreak' });
      slack.testAnswer = new ChatApiError('invalid_auth: the bot token was revoked', { permanent: true });
      const bad = await t.call(t.admin, 'POST', `${api}/chat/connections/${slackId}/test`, {});
      expect(bad.json()).toMatchObject({ ok: false, message: 'invalid_auth: the bot token was revoked' });
      slack.testAnswer = 'Connected to Acme as @firebreak';
      const view = (await t.call(t.admin, 'GET', `${api}/chat/connections`)).json().data.find((c: { id: string }) => c.id === slackId);
      expect(view.lastTest).toMatchObject({ ok: false, message: 'invalid_auth: the bot token was revoked' });
    });

    it('finds the connection of a workspace, and forgets a removed one', async () => {
      expect((await findConnection(t.deps, 'slack', 'T123'))?.id).toBe(slackId);
      expect(await findConnection(t.deps, 'slack', 'T-unknown')).toBeNull();
      const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'slack',
        name: 'Old',
        externalTeamId: 'T-old',
        secrets: SECRETS,
      });
      const id = res.json().id;
      expect((await findConnection(t.deps, 'slack', 'T-old'))?.id).toBe(id);
      expect((await t.call(t.admin, 'DELETE', `${api}/chat/connections/${id}`)).statusCode).toBe(204);
      expect(await findConnection(t.deps, 'slack', 'T-old')).toBeNull();
      expect(await getConnection(t.deps, id)).toBeNull();
      expect((await t.call(t.admin, 'POST', `${api}/chat/connections/${id}/test`, {})).statusCode).toBe(404);
    });

    it('guards against replays for an hour', async () => {
      expect(await firstSeen(t.deps, slackId, 'v0=abc')).toBe(true);
      expect(await firstSeen(t.deps, slackId, 'v0=abc')).toBe(false);
      t.clock.advance(61 * 60_000);
      expect(await firstSeen(t.deps, slackId, 'v0=abc')).toBe(true);
    });
  });

  describe('incident channels', () => {
    it('creates the channel, invites, sets the topic, welcomes and announces', async () => {
      const inc = await declare(t, t.responder, { title: 'Checkout returns 500 for EU customers!', severity: 'SEV2' });
      await run();
      const created = slack.of('createChannel');
      expect(created).toHaveLength(1);
      expect(created[0].args).toEqual([`inc-${inc.number}-checkout-returns-500-for-eu-customers`, { private: false }]);
      const ch = await channelOf(inc.ref);
      expect(ch?.channelId).toBe(`C${slack.channels}`);
      expect(slack.of('invite')[0].args).toEqual([ch?.channelId, ['U-priya']]);
      const topic = slack.of('setTopic')[0].args[1] as string;
      expect(topic).toBe(`SEV2 · Triage · Commander: nobody yet · http://firebreak.test/incidents/${inc.ref}`);
      expect(slack.posts(ch?.channelId ?? '')[0]).toContain('this is its incident channel');
      expect(slack.posts('C-announce')).toEqual([`New incident ${inc.ref}: Checkout returns 500 for EU customers!`]);
    });

    it('tells the channel about status, severity and commander changes, stakeholder updates go to announcements, closing archives', async () => {
      const inc = await declare(t, t.responder, { title: 'Search is slow' });
      await run();
      const ch = (await channelOf(inc.ref))?.channelId as string;
      slack.calls = [];
      expect((await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'investigating' })).statusCode).toBe(200);
      expect((await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, { severity: 'SEV1' })).statusCode).toBe(200);
      const role = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/roles`, { role: 'commander', user: t.responder2.email });
      expect(role.statusCode, role.body).toBe(200);
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'db cpu at 98%' });
      const upd = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, {
        body: 'Search is slower than usual; we are on it.',
      });
      expect(upd.statusCode, upd.body).toBe(201);
      await run();
      expect(slack.posts(ch)).toEqual([
        `${inc.ref} is now Investigating (was Triage) by Priya`,
        `${inc.ref} severity is now SEV1 (was SEV2) by Priya`,
        `Sam is now Incident commander of ${inc.ref} by Priya`,
      ]);
      expect(slack.of('setTopic').at(-1)?.args[1]).toBe(
        `SEV1 · Investigating · Commander: Sam · http://firebreak.test/incidents/${inc.ref}`,
      );
      expect(slack.of('invite').map((c) => c.args)).toEqual([[ch, ['U-sam']]]);
      expect(slack.posts('C-announce')).toEqual([`Update on ${inc.ref}: Search is slow`]);
      const update = slack.of('post').find((c) => c.args[0] === 'C-announce')?.args[1] as ChatMessage;
      expect(update.body).toBe('Search is slower than usual; we are on it.');
      expect(JSON.stringify(slack.calls)).not.toContain('db cpu'); // war-room talk stays in Firebreak
      slack.calls = [];
      const inc2 = await declare(t, t.responder, { title: 'False alarm on payments' });
      await run();
      const ch2 = (await channelOf(inc2.ref))?.channelId as string;
      await t.call(t.responder, 'POST', `${api}/incidents/${inc2.ref}/status`, { status: 'declined' });
      await run();
      expect(slack.of('archive').map((c) => c.args)).toEqual([[ch2]]);
      expect((await channelOf(inc2.ref)) as unknown).toMatchObject({ archivedAt: expect.any(String) });
    });

    it('never announces a private incident, and makes its channel private', async () => {
      const inc = await declare(t, t.responder, { title: 'Suspected data leak', private: true });
      await run();
      expect(slack.of('createChannel')[0].args[1]).toEqual({ private: true });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'We are checking what was exposed.' });
      await run();
      expect(slack.posts('C-announce')).toEqual([]);
      expect(slack.of('post').map((c) => c.args[0])).toEqual([slack.of('createChannel').length ? `C${slack.channels}` : 'none']);
    });

    it('does not announce an incident that turned private before the announcement went out', async () => {
      const inc = await declare(t, t.responder, { title: 'Odd logins from one address' });
      const res = await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, { private: true });
      expect(res.statusCode, res.body).toBe(200);
      await run();
      expect(slack.of('createChannel')).toHaveLength(1);
      expect(slack.posts('C-announce')).toEqual([]);
    });

    it('waits out a 429, resumes where it stopped and posts nothing twice', async () => {
      slack.failures.push({ method: 'post', error: new ChatApiError('ratelimited', { retryAfterMs: 30_000 }) });
      const inc = await declare(t, t.responder, { title: 'Queue backlog grows' });
      await run();
      expect(slack.of('createChannel')).toHaveLength(1);
      expect(slack.of('post!failed')).toHaveLength(1);
      expect(slack.of('post')).toHaveLength(0); // the stream waits, in order
      await run();
      expect(slack.of('post')).toHaveLength(0); // not before Retry-After
      t.clock.advance(31_000);
      await run();
      const ch = (await channelOf(inc.ref))?.channelId as string;
      expect(slack.of('createChannel')).toHaveLength(1);
      expect(slack.of('invite')).toHaveLength(1);
      expect(slack.posts(ch)).toHaveLength(1);
      expect(slack.posts('C-announce')).toEqual([`New incident ${inc.ref}: Queue backlog grows`]);
      t.clock.advance(3_600_000);
      await run();
      expect(slack.of('post')).toHaveLength(2);
    });

    it('takes over the calls of a runner that died holding them, once its lease ends', async () => {
      const inc = await declare(t, t.responder, { title: 'Runner died' });
      const lease = new Date(t.clock.now().getTime() + 90_000).toISOString();
      await t.deps.db
        .updateTable('chat_outbox')
        .set({ lease_until: lease })
        .where('incident_id', '=', inc.id)
        .where('op', '=', 'create_channel')
        .execute();
      await run();
      expect(slack.of('createChannel')).toHaveLength(0);
      t.clock.advance(91_000);
      await run();
      expect(slack.of('createChannel')).toHaveLength(1);
      expect(slack.posts('C-announce')).toEqual([`New incident ${inc.ref}: Runner died`]);
    });

    it('gives up a call the platform refuses for good and carries on with the next', async () => {
      slack.failures.push({ method: 'setTopic', error: new ChatApiError('not_in_channel', { permanent: true }) });
      slack.failures.push({ method: 'createChannel', error: new ChatApiError('name_taken', { code: 'name_taken' }) });
      const inc = await declare(t, t.responder, { title: 'Queue backlog grows' });
      await run();
      const names = slack.calls.filter((c) => c.method.startsWith('createChannel')).map((c) => c.args[0]);
      expect(names).toEqual([`inc-${inc.number}-queue-backlog-grows`, `inc-${inc.number}-queue-backlog-grows-2`]);
      expect(slack.of('setTopic!failed')).toHaveLength(1);
      expect(slack.of('setTopic')).toHaveLength(0);
      expect(slack.posts('C-announce')).toHaveLength(1);
    });

    it('sends announcements and updates to the only destination of a connection without channels', async () => {
      const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'teams',
        name: 'Acme Teams',
        secrets: { outgoingSecret: 'b3V0Z29pbmctc2VjcmV0', workflowUrl: 'https://example.test/workflows/1' },
      });
      teamsId = res.json().id;
      const inc = await declare(t, t.responder, { title: 'Login fails for SSO users' });
      const secret = await declare(t, t.responder, { title: 'Secret thing', private: true });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Sign-in works again for most people.' });
      await t.call(t.responder, 'POST', `${api}/incidents/${secret.ref}/updates`, { body: 'Private words.' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'investigating' });
      await run();
      expect(teams.of('createChannel')).toEqual([]);
      expect(teams.posts(null)).toEqual([
        `New incident ${inc.ref}: Login fails for SSO users`,
        `Update on ${inc.ref}: Login fails for SSO users`,
      ]);
      expect((await t.call(t.admin, 'DELETE', `${api}/chat/connections/${teamsId}`)).statusCode).toBe(204);
    });
  });

  describe('commands', () => {
    let ref: string;
    let ch: string;
    beforeAll(async () => {
      const inc = await declare(t, t.responder, { title: 'Payments time out', severity: 'SEV2' });
      ref = inc.ref;
      await run();
      ch = (await channelOf(ref))?.channelId as string;
    });

    it('answers people Firebreak does not know with how to get access', async () => {
      const r = (await cmd('U-stranger', 'status', ch)) as ChatReply;
      expect(r.visibility).toBe('ephemeral');
      expect(text(r)).toContain('Firebreak does not know you yet');
      expect(text(r)).toContain('Ask an admin to invite you');
    });

    it('says so when the platform cannot be asked who someone is', async () => {
      expect(text(await cmd('U-broken', 'status', ch))).toContain(
        'could not look you up in Acme just now (users.info: service unavailable)',
      );
    });

    it('lists the commands', async () => {
      const r = await cmd('U-priya', 'help');
      for (const c of ['declare', 'status', 'severity', 'role', 'update', 'action', 'why', 'page', 'resolve', 'summary', '/oncall'])
        expect(text(r)).toContain(c);
      expect(text(await cmd('U-priya', 'dance'))).toContain('Unknown command “dance”');
    });

    it('opens the declare form where there is one, and declares directly without', async () => {
      expect(await cmd('U-priya', 'declare Checkout is down')).toEqual({ openDeclareForm: { title: 'Checkout is down' } });
      const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'teams',
        name: 'Teams 2',
        secrets: { outgoingSecret: 'b3V0Z29pbmctc2VjcmV0', workflowUrl: 'https://example.test/workflows/2' },
      });
      teams.directory.set('29:priya', 'priya@example.com');
      const r = await runCommand(t.deps, {
        connectionId: res.json().id,
        channelId: 'teams-channel',
        userId: '29:priya',
        command: 'incident',
        text: 'declare Mail is not delivered',
        mentions: [],
      });
      expect(text(r)).toMatch(/Priya declared INC-\d+: Mail is not delivered/);
      const ref2 = text(r).match(/INC-\d+/)?.[0] as string;
      const got = (await t.call(t.admin, 'GET', `${api}/incidents/${ref2}`)).json().data;
      expect(got).toMatchObject({ title: 'Mail is not delivered', source: 'chat' });
      await t.call(t.admin, 'DELETE', `${api}/chat/connections/${res.json().id}`);
    });

    it('changes status, severity and roles as the person, with the same checks as the API', async () => {
      expect(text(await cmd('U-priya', 'status', ch))).toContain(`${ref} is Triage`);
      const s = (await cmd('U-priya', 'status investigating', ch)) as ChatReply;
      expect(s).toEqual({ visibility: 'ephemeral', message: { text: `${ref} is now Investigating.` } });
      expect(text(await cmd('U-priya', 'status closed', ch))).toContain('Cannot go from investigating to closed');
      expect(text(await cmd('U-priya', 'status sleeping', ch))).toContain('“sleeping” is not a status');
      expect(text(await cmd('U-victor', 'status identified', ch))).toMatch(/viewer|not allowed|responder/i);
      expect(text(await cmd('U-priya', 'severity SEV1', ch))).toBe(`${ref} severity is now SEV1.`);
      expect(text(await cmd('U-priya', 'severity SEV9', ch))).toContain('SEV9');
      expect(text(await cmd('U-priya', 'role commander', ch, ['U-sam']))).toBe(`Sam is now commander of ${ref}.`);
      expect(text(await cmd('U-priya', 'role', ch, ['U-stranger']))).toContain('no Firebreak account');
      const got = (await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data;
      expect(got.status).toBe('investigating');
      expect(got.severity.name).toBe('SEV1');
      expect(got.roles.find((r: { role: string }) => r.role === 'commander').user.name).toBe('Sam');
      expect(text(await cmd('U-priya', 'status', 'C-general'))).toContain('This is not an incident channel');
      expect(text(await cmd('U-priya', `status ${ref}`, 'C-general'))).toContain(`${ref} is Investigating`);
    });

    it('posts a stakeholder update with the plain-language check, adds actions and whys', async () => {
      const r = await cmd('U-priya', 'update The DB failover hit an OOM on the k8s nodes', ch);
      expect(text(r)).toContain(`Stakeholder update posted on ${ref}`);
      expect(text(r)).toContain('Plain-language check');
      expect(text(await cmd('U-priya', 'action Raise the pool size', ch))).toBe(`Action added to ${ref}: Raise the pool size`);
      expect(text(await cmd('U-priya', 'why Why did the pool run out?', ch))).toBe(`Why asked on ${ref}: Why did the pool run out?`);
      expect(text(await cmd('U-priya', 'update', ch))).toContain('Write the update');
      const entries = await timeline(ref);
      expect(entries.find((e) => e.kind === 'stakeholder_update')?.body).toBe('The DB failover hit an OOM on the k8s nodes');
      expect(entries.some((e) => e.kind === 'action_added')).toBe(true);
      expect(entries.some((e) => e.kind === 'why_added')).toBe(true);
    });

    it('pages a person, and says who is on call', async () => {
      const noMethod = await cmd('U-priya', 'page', ch, ['U-sam']);
      expect(text(noMethod)).toContain('no contact method');
      const cm = await t.call(t.responder2, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: 'sam@example.com' });
      expect(cm.statusCode, cm.body).toBe(201);
      expect(text(await cmd('U-priya', 'page please look at payments', ch, ['U-sam']))).toBe(`Paged Sam about ${ref}.`);
      expect((await timeline(ref)).find((e) => e.kind === 'paged')?.body).toBe('Priya paged Sam: please look at payments');
      const oncall = await runCommand(t.deps, {
        connectionId: slackId,
        channelId: ch,
        userId: 'U-priya',
        command: 'oncall',
        text: 'no-such-service',
        mentions: [],
      });
      expect(text(oncall)).toContain('No service “no-such-service”');
    });

    it('gives a summary and resolves', async () => {
      const s = await cmd('U-priya', 'summary', ch);
      expect(text(s)).toContain(`${ref}: Payments time out`);
      expect(text(s)).toContain('Severity: SEV1');
      expect(text(await cmd('U-priya', 'resolve', ch))).toBe(`${ref} is now Resolved.`);
    });
  });

  describe('mirroring and pins', () => {
    let ref: string;
    let ch: string;
    beforeAll(async () => {
      const inc = await declare(t, t.responder, { title: 'Cache stampede' });
      ref = inc.ref;
      await run();
      ch = (await channelOf(ref))?.channelId as string;
    });
    const msg = (messageId: string, textBody: string, userId = 'U-priya') => ({
      connectionId: slackId,
      channelId: ch,
      userId,
      messageId,
      text: textBody,
      at: '2026-03-01T12:30:00.000Z',
    });

    it('mirrors each message of the incident channel once, as a chat entry the retrospective reads', async () => {
      await mirrorMessage(t.deps, msg('1.001', 'restarting the cache nodes now'));
      await mirrorMessage(t.deps, msg('1.001', 'restarting the cache nodes now'));
      await mirrorMessage(t.deps, msg('1.002', 'who owns the cdn config?', 'U-stranger'));
      await mirrorMessage(t.deps, { ...msg('1.003', 'not an incident channel'), channelId: 'C-general' });
      const chat = (await timeline(ref)).filter((e) => e.kind === 'chat');
      expect(chat.map((e) => [e.body, e.actor?.name ?? null, (e.data.author as { name: string }).name])).toEqual([
        ['restarting the cache nodes now', 'Priya', 'Priya'],
        ['who owns the cdn config?', null, 'U-stranger'],
      ]);
      await run();
      expect(JSON.stringify(slack.calls)).not.toContain('restarting the cache'); // never echoed back
    });

    it('stops mirroring when switched off for the incident', async () => {
      expect((await t.call(t.viewer, 'PUT', `${api}/incidents/${ref}/chat`, { mirror: false })).statusCode).toBe(403);
      const off = await t.call(t.responder, 'PUT', `${api}/incidents/${ref}/chat`, { mirror: false });
      expect(off.json().channels).toEqual([
        {
          connectionId: slackId,
          platform: 'slack',
          channelId: ch,
          channelName: expect.stringContaining('cache-stampede'),
          mirror: false,
          archivedAt: null,
        },
      ]);
      await mirrorMessage(t.deps, msg('1.004', 'this stays in chat'));
      expect((await timeline(ref)).some((e) => e.body === 'this stays in chat')).toBe(false);
      await t.call(t.responder, 'PUT', `${api}/incidents/${ref}/chat`, { mirror: true });
    });

    it('pins a message as a key moment once', async () => {
      const first = await pinMessage(t.deps, { ...msg('1.001', 'restarting the cache nodes now'), pinnedBy: 'U-sam' });
      expect(first.message.text).toBe('Added to the incident timeline as a key moment.');
      const again = await pinMessage(t.deps, { ...msg('1.001', 'restarting the cache nodes now'), pinnedBy: 'U-sam' });
      expect(again.message.text).toBe('This message is already a key moment on the timeline.');
      const fresh = await pinMessage(t.deps, { ...msg('1.009', 'root cause: ttl of 0 on the hot key'), pinnedBy: 'U-sam' });
      expect(fresh.visibility).toBe('ephemeral');
      const entries = await timeline(ref);
      expect(entries.filter((e) => e.kind === 'chat' && e.pinned).map((e) => e.body)).toEqual([
        'restarting the cache nodes now',
        'root cause: ttl of 0 on the hot key',
      ]);
      const stranger = await pinMessage(t.deps, { ...msg('1.010', 'x'), pinnedBy: 'U-stranger' });
      expect(stranger.message.text).toContain('Firebreak does not know you yet');
      const viewer = await pinMessage(t.deps, { ...msg('1.011', 'x'), pinnedBy: 'U-victor' });
      expect(viewer.message.text).toContain('may not add');
    });
  });
});
