import { channelNameFor, channelNameWithSuffix } from '@firebreak/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../platform/jobs/worker.ts';
import { MattermostPostAttachment } from '../../test/fakes/chatFormats.ts';
import {
  addChannel,
  buttonPress,
  type FakeMattermost,
  type MmChannel,
  type MmUser,
  mmId,
  outgoingWebhook,
  slashCommand,
  startFakeMattermost,
} from '../../test/fakes/mattermostApi.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { signAction } from './client.ts';

const api = '/api/v1';
const COMMAND_TOKEN = 'mm-slash-token-incident';
const ONCALL_TOKEN = 'mm-slash-token-oncall';
const HOOK_TOKEN = 'mm-outgoing-token';
const ACTION_SECRET = 'mm-action-secret-0123456789';

type Attachment = { title?: string; text?: string; fields?: { title: string; value: string }[]; fallback: string };
const attachmentsOf = (p: { props?: Record<string, unknown> }) => (p.props?.attachments ?? []) as Attachment[];
/** Everything a person reads in a post: the message and its attachments' words. */
const words = (p: { message: string; props?: Record<string, unknown> }) =>
  [p.message, ...attachmentsOf(p).flatMap((a) => [a.title, a.text, ...(a.fields ?? []).map((f) => `${f.title}: ${f.value}`)])]
    .filter(Boolean)
    .join('\n');

describe.each(testDatabases())('Mattermost chat-ops on %s', (dbKind) => {
  let t: TestApp;
  let mm: FakeMattermost;
  let worker: Worker;
  let connectionId: string;
  let announcements: MmChannel;
  let town: MmChannel;
  let ada: MmUser;
  let priya: MmUser;
  let stranger: MmUser;

  beforeAll(async () => {
    t = await makeTestApp(dbKind);
    mm = await startFakeMattermost();
    worker = new Worker(t.deps, { periodic: [] });
    announcements = addChannel(mm, 'incidents');
    town = addChannel(mm, 'town-square');
    ada = mm.addUser('ada', t.admin.email);
    priya = mm.addUser('priya', t.responder.email);
    stranger = mm.addUser('stranger', 'stranger@elsewhere.example');
    const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'mattermost',
      name: 'Acme Mattermost',
      externalTeamId: mm.teamId,
      secrets: {
        baseUrl: mm.url,
        botToken: mm.token,
        commandToken: `${COMMAND_TOKEN} ${ONCALL_TOKEN} ${HOOK_TOKEN}`,
        actionSecret: ACTION_SECRET,
      },
      settings: { announcementsChannel: announcements.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    connectionId = res.json().id;
  });
  afterEach(() => {
    expect(mm.problems).toEqual([]);
  });
  afterAll(async () => {
    await mm.close();
    await t.close();
  });

  const command = (
    text: string,
    o: { user?: MmUser; channel?: string; token?: string; team?: string; triggerId?: string; command?: string } = {},
  ) => {
    const s = slashCommand({
      token: o.token ?? COMMAND_TOKEN,
      teamId: o.team ?? mm.teamId,
      channelId: o.channel ?? town.id,
      userId: (o.user ?? ada).id,
      text,
      triggerId: o.triggerId,
      command: o.command,
    });
    return t.app.inject({ method: 'POST', url: `${api}/chat/mattermost/commands`, headers: s.headers, payload: s.payload });
  };
  /** The incident's Mattermost channel, as Firebreak recorded it and as the fake keeps it. */
  const channelOfIncident = async (ref: string): Promise<MmChannel> => {
    const res = await t.call(t.admin, 'GET', `${api}/incidents/${ref}/chat`);
    expect(res.statusCode, res.body).toBe(200);
    const recorded = res.json().channels as { connectionId: string; channelId: string; channelName: string }[];
    expect(recorded).toHaveLength(1);
    const ch = mm.channels.find((c) => c.id === recorded[0].channelId);
    expect(ch?.name).toBe(recorded[0].channelName);
    return ch as MmChannel;
  };
  /** Runs the chat jobs until nothing is due; the clock moves past backoffs and Retry-After waits. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await worker.runDue();
      t.clock.advance(61_000);
    }
    await worker.runDue();
  };

  it('refuses a wrong token, a forged Authorization header and a replayed trigger id; an unknown team is told it is not connected', async () => {
    const wrong = await command('help', { token: 'not-the-token' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('unauthenticated');

    const s = slashCommand({ token: COMMAND_TOKEN, teamId: mm.teamId, channelId: town.id, userId: ada.id, text: 'help' });
    const forged = await t.app.inject({
      method: 'POST',
      url: `${api}/chat/mattermost/commands`,
      headers: { ...s.headers, authorization: 'Token something-else' },
      payload: s.payload,
    });
    expect(forged.statusCode).toBe(401);

    const first = await command('help', { triggerId: 'trigger-replayed-1' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ response_type: 'ephemeral', text: '/incident commands' });
    const again = await command('help', { triggerId: 'trigger-replayed-1' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');

    const unknownTeam = await command('help', { team: mmId() });
    expect(unknownTeam.statusCode).toBe(200);
    expect(unknownTeam.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('is not connected to Firebreak'),
    });
  });

  it('tells a Mattermost user Firebreak does not know how to get access, and does nothing', async () => {
    const res = await command('declare Someone else’s outage', { user: stranger });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe('Firebreak does not know you yet.');
    expect(JSON.stringify(body.attachments)).toContain('e-mail address must belong to a Firebreak account');
    const list = await t.call(t.admin, 'GET', `${api}/incidents?q=outage`);
    expect(JSON.stringify(list.json())).not.toContain('Someone else');
  });

  it('declare → incident channel with members, header and welcome; announcement; then status, update, resolve from the channel', async () => {
    const res = await command('declare Checkout is down', { user: ada });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    for (const a of answer.attachments ?? []) expect(MattermostPostAttachment.safeParse(a).success).toBe(true);
    const ref = /INC-\d+/.exec(JSON.stringify(answer))?.[0];
    expect(ref, JSON.stringify(answer)).toBeTruthy();
    await settle();

    if (!ref) return;
    const channel = await channelOfIncident(ref);
    expect(channel.name).toBe(`${ref.toLowerCase()}-checkout-is-down`);
    expect(channel.type).toBe('O');
    expect(channel.members).toContain(ada.id);
    expect(channel.header).toContain(ref);
    expect(mm.postsIn(channel.id).length).toBeGreaterThan(0);
    const announced = mm.postsIn(announcements.id).filter((p) => words(p).includes(ref));
    expect(announced).toHaveLength(1);
    expect(words(announced[0])).toContain('Checkout is down');

    // Priya joins as a responder by being given a role from the channel.
    const role = await command(`role commander @priya`, { user: ada, channel: channel.id });
    expect(role.statusCode, role.body).toBe(200);
    await settle();
    expect(channel.members).toContain(priya.id);

    const status = await command('status investigating', { user: priya, channel: channel.id });
    expect(status.statusCode).toBe(200);
    expect(JSON.stringify(status.json())).toContain('Investigating');
    const shown = await command('status', { user: priya, channel: channel.id });
    expect(shown.json()).toMatchObject({ response_type: 'ephemeral', text: `${ref} is Investigating.` });

    const update = await command('update Payments are failing for some customers; we are rolling back.', {
      user: priya,
      channel: channel.id,
    });
    expect(update.statusCode).toBe(200);
    await settle();
    const updates = mm.postsIn(announcements.id).filter((p) => words(p).includes('rolling back'));
    expect(updates).toHaveLength(1);
    const ticket = await t.call(t.admin, 'GET', `${api}/incidents/${ref}`);
    expect(ticket.json().data.status).toBe('investigating');

    const resolved = await command('resolve', { user: priya, channel: channel.id });
    expect(resolved.statusCode).toBe(200);
    expect((await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data.status).toBe('resolved');
    await settle();
    expect(mm.postsIn(channel.id).some((p) => /resolved/i.test(words(p)))).toBe(true);
  });

  it('a 429 from Mattermost is retried after Retry-After and the announcement is posted once', async () => {
    const before = mm.postsIn(announcements.id).length;
    const res = await command('declare Search is slow', { user: ada });
    expect(res.statusCode).toBe(200);
    const ref = /INC-\d+/.exec(res.body)?.[0] as string;
    mm.rateLimitNext = 3;
    await settle();
    expect(mm.rateLimitNext).toBe(0);
    const announced = mm
      .postsIn(announcements.id)
      .slice(before)
      .filter((p) => words(p).includes('Search is slow'));
    expect(announced).toHaveLength(1);
    expect(mm.channels.filter((c) => c.name.startsWith(ref.toLowerCase()))).toHaveLength(1);
    await channelOfIncident(ref);
  });

  it('/oncall answers through its own token', async () => {
    const res = await command('', { token: ONCALL_TOKEN, command: '/oncall', user: ada });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response_type).toBe('ephemeral');
    expect(res.json().text.length).toBeGreaterThan(0);
  });

  it('buttons: a forged or foreign signature is refused, a signed press reaches the core once', async () => {
    const press = (context: Record<string, unknown>, triggerId?: string) => {
      const b = buttonPress({ teamId: mm.teamId, channelId: town.id, userId: ada.id, context, triggerId });
      return t.app.inject({ method: 'POST', url: `${api}/chat/mattermost/actions`, headers: b.headers, payload: b.payload });
    };
    const good = signAction(ACTION_SECRET, connectionId, 'page_ack', 'no-such-page');
    expect((await press({ ...good, value: 'another-page' })).statusCode).toBe(401);
    expect((await press(signAction('a-guessed-secret', connectionId, 'page_ack', 'no-such-page'))).statusCode).toBe(401);
    const ok = await press(good, 'press-1');
    expect(ok.statusCode, ok.body).toBe(200);
    // The core looked the page up as Ada and told only her that there is no such page.
    expect(ok.json()).toEqual({ ephemeral_text: expect.stringMatching(/page/i) });
    expect(ok.json().ephemeral_text).not.toContain('Acknowledged');
    expect((await press(good, 'press-1')).statusCode).toBe(409);
  });

  it('the outgoing webhook mirrors people’s messages in an incident channel, not the bot’s, and checks its token', async () => {
    const declared = await command('declare Mirror test', { user: ada });
    const ref = /INC-\d+/.exec(declared.body)?.[0] as string;
    await settle();
    const channel = await channelOfIncident(ref);
    const send = (text: string, o: { user?: MmUser; token?: string; team?: string } = {}) => {
      const h = outgoingWebhook({
        token: o.token ?? HOOK_TOKEN,
        teamId: o.team ?? mm.teamId,
        channelId: channel.id,
        userId: (o.user ?? ada).id,
        text,
      });
      return t.app.inject({ method: 'POST', url: `${api}/chat/mattermost/messages`, headers: h.headers, payload: h.payload });
    };
    expect((await send('Forged words', { token: 'nope' })).statusCode).toBe(401);
    expect((await send('Unknown team words', { team: mmId() })).statusCode).toBe(401);
    const ok = await send('Rolled back the deploy at 12:05');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({});
    expect((await send('Bot echo', { user: mm.bot })).statusCode).toBe(200);
    const timeline = await t.call(t.admin, 'GET', `${api}/incidents/${ref}/timeline`);
    const text = timeline.body;
    expect(text).toContain('Rolled back the deploy at 12:05');
    expect(text).not.toContain('Forged words');
    expect(text).not.toContain('Bot echo');
  });

  it('a long channel pattern gives names within Mattermost’s 64 characters, and a taken name gets a suffix within them too', async () => {
    const pattern = 'war-room-{ref}-{slug}-{date}';
    const set = await t.call(t.admin, 'PATCH', `${api}/chat/connections/${connectionId}`, { settings: { channelPattern: pattern } });
    expect(set.statusCode, set.body).toBe(200);
    const title = 'Payments to every European bank are rejected by the clearing house since the morning';
    const declaredAt = t.clock.now().toISOString();
    const res = await command(`declare ${title}`, { user: ada });
    expect(res.statusCode, res.body).toBe(200);
    const ref = /INC-(\d+)/.exec(res.body);
    if (!ref) throw new Error(res.body);
    const base = channelNameFor(pattern, { number: Number(ref[1]), title, declaredAt }, 64);
    expect(base).toMatch(new RegExp(`^war-room-inc-${ref[1]}-payments-to-every-european-bank-are`));
    expect(base.length).toBeLessThanOrEqual(64);
    // Slack would take the full name; Mattermost would refuse it.
    expect(channelNameFor(pattern, { number: Number(ref[1]), title, declaredAt }).length).toBeGreaterThan(64);
    addChannel(mm, base); // someone took the name first
    await settle();
    const channel = await channelOfIncident(ref[0]);
    expect(channel.name).toBe(channelNameWithSuffix(base, 2, 64));
    expect(channel.name).toMatch(/-2$/);
    expect(channel.name.length).toBeLessThanOrEqual(64);
    const back = await t.call(t.admin, 'PATCH', `${api}/chat/connections/${connectionId}`, {
      settings: { channelPattern: '{ref}-{slug}' },
    });
    expect(back.statusCode, back.body).toBe(200);
  });
});
