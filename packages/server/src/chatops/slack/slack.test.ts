import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../platform/jobs/worker.ts';
import { type SlackChannel, type SlackFake, SlackSender, type SlackUser, startSlack } from '../../test/fakes/slackApi.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';

/**
 * The Slack adapter end to end: signed requests sent the way Slack sends them, to the real app on both
 * databases, with the core's outbound jobs calling a fake Slack Web API that validates every call.
 * Assertions are on what people see: Slack's answers, the fake workspace's channels, and the incident
 * through Firebreak's API.
 */

const SECRET = 'slack-signing-secret-for-tests';
const api = '/api/v1';

type Entry = { id: number; kind: string; body: string | null; pinned?: boolean; data?: Record<string, unknown> };

describe.each(testDatabases())('Slack adapter (%s)', (kind) => {
  let t: TestApp;
  let slack: SlackFake;
  let send: SlackSender;
  let worker: Worker;
  let announcements: SlackChannel;
  let priya: SlackUser;
  let sam: SlackUser;
  let stranger: SlackUser;
  let connectionId: string;
  /** The incident declared through the modal, and its channel. */
  let ref = '';
  let channel: SlackChannel;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    slack = await startSlack();
    send = new SlackSender(t.app, slack, SECRET, () => t.clock.now());
    worker = new Worker(t.deps, { periodic: [] });
    priya = slack.addUser({ name: 'priya', email: t.responder.email });
    sam = slack.addUser({ name: 'sam', email: t.responder2.email.toUpperCase() });
    stranger = slack.addUser({ name: 'stranger', email: 'stranger@elsewhere.example' });
    announcements = slack.addChannel('incidents', { members: [priya.id, sam.id] });
    const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'slack',
      name: 'Acme Slack',
      externalTeamId: slack.teamId,
      secrets: { botToken: slack.token, signingSecret: SECRET },
      settings: { announcementsChannel: announcements.id },
      apiBaseUrl: slack.url,
    });
    expect(res.statusCode, res.body).toBe(201);
    connectionId = res.json().id;
    expect(connectionId).toBeTruthy();
  });
  afterAll(async () => {
    await slack?.close();
    await t?.close();
  });
  afterEach(() => {
    expect(slack.problems).toEqual([]);
  });

  const incident = async () => (await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data;
  const timeline = async (): Promise<Entry[]> => (await t.call(t.admin, 'GET', `${api}/incidents/${ref}/timeline`)).json().data;
  const textOf = (body: string) => JSON.stringify(JSON.parse(body));

  describe('refuses what is not Slack’s, clearly', () => {
    const status = () => send.commandBody({ command: '/incident', text: 'help', userId: priya.id, channelId: announcements.id });

    it('a wrong signature, a stale timestamp and a replayed request get 401', async () => {
      const { body } = status();
      const wrong = await t.app.inject({
        method: 'POST',
        url: `${api}/chat/slack/commands`,
        headers: send.headers(body, 'application/x-www-form-urlencoded', { secret: 'not-the-secret' }),
        payload: body,
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.message).toMatch(/signature does not match/);

      const stale = await t.app.inject({
        method: 'POST',
        url: `${api}/chat/slack/commands`,
        headers: send.headers(body, 'application/x-www-form-urlencoded', { at: new Date(t.clock.now().getTime() - 6 * 60_000) }),
        payload: body,
      });
      expect(stale.statusCode).toBe(401);
      expect(stale.json().error.message).toMatch(/too old/);

      const headers = send.headers(body, 'application/x-www-form-urlencoded');
      const first = await t.app.inject({ method: 'POST', url: `${api}/chat/slack/commands`, headers, payload: body });
      expect(first.statusCode).toBe(200);
      expect(first.json().text).toMatch(/incident/);
      const again = await t.app.inject({ method: 'POST', url: `${api}/chat/slack/commands`, headers, payload: body });
      expect(again.statusCode).toBe(401);
      expect(again.json().error.message).toMatch(/received before/);

      const unsigned = await t.app.inject({
        method: 'POST',
        url: `${api}/chat/slack/events`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ type: 'event_callback', team_id: slack.teamId, event_id: 'Ev1', event: {} }),
      });
      expect(unsigned.statusCode).toBe(401);
    });

    it('an unknown workspace and an unknown person get a clear ephemeral answer', async () => {
      const { res } = await send.command({ command: '/incident', text: 'status', userId: priya.id, channelId: 'C0X', teamId: 'T0NOBODY' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringMatching(/T0NOBODY\) is not connected to Firebreak/),
      });
      const events = await send.event({ type: 'message', channel: 'C0X', user: priya.id, text: 'hi', ts: '1.1' }, { teamId: 'T0NOBODY' });
      expect(events.statusCode).toBe(401);

      const who = await send.command({ command: '/incident', text: 'status', userId: stranger.id, channelId: announcements.id });
      expect(who.res.json()).toMatchObject({ response_type: 'ephemeral' });
      expect(who.res.json().text).toBe('Firebreak does not know you yet.');
      expect(JSON.stringify(who.res.json().blocks)).toContain('must belong to a Firebreak account');
      expect(who.res.json().text).not.toMatch(/Working on it/);
      const other = await send.command({ command: '/deploy', text: 'now', userId: priya.id, channelId: announcements.id });
      expect(other.res.json().text).toBe('Firebreak does not answer /deploy: its commands are /incident and /oncall.');
    });

    it('answers the Events API URL check only when it is signed', async () => {
      const body = JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' });
      const ok = await send.post('events', body, 'application/json');
      expect(ok.json()).toEqual({ challenge: 'c-123' });
      const bad = await t.app.inject({
        method: 'POST',
        url: `${api}/chat/slack/events`,
        headers: send.headers(body, 'application/json', { secret: 'wrong' }),
        payload: body,
      });
      expect(bad.statusCode).toBe(401);
    });
  });

  describe('declaring from Slack', () => {
    it('/incident declare opens the modal; a blank title is answered as a field error', async () => {
      const { res, triggerId } = await send.command({
        command: '/incident',
        text: 'declare Checkout <fails> for EU',
        userId: priya.id,
        channelId: announcements.id,
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('');
      const view = slack.views.find((v) => v.triggerId === triggerId);
      expect(view?.view).toMatchObject({ type: 'modal', callback_id: 'firebreak_declare', title: { text: 'Declare an incident' } });
      const blocks = view?.view.blocks as { block_id: string; element: Record<string, unknown> }[];
      expect(blocks.map((b) => b.block_id)).toEqual(['title', 'severity', 'private', 'report']);
      expect(blocks[0].element.initial_value).toBe('Checkout <fails> for EU');
      expect((blocks[1].element.options as { text: { text: string } }[]).map((o) => o.text.text)).toContain('SEV1');

      const blank = await send.interaction({
        type: 'view_submission',
        team: { id: slack.teamId },
        user: { id: priya.id, team_id: slack.teamId },
        view: {
          id: view?.id,
          callback_id: 'firebreak_declare',
          private_metadata: JSON.stringify({ channelId: announcements.id }),
          state: { values: { title: { title: { type: 'plain_text_input', value: '   ' } } } },
        },
      });
      expect(blank.json()).toEqual({ response_action: 'errors', errors: { title: 'Give the incident a title: what is broken, for whom' } });
    });

    it('submitting declares the incident; the jobs create the channel, invite, set the topic and announce', async () => {
      const view = slack.views.at(-1);
      const blocks = view?.view.blocks as { block_id: string; element: { options?: { value: string; text: { text: string } }[] } }[];
      const sev1 = blocks[1].element.options?.find((o) => o.text.text === 'SEV1');
      const res = await send.interaction({
        type: 'view_submission',
        team: { id: slack.teamId },
        user: { id: priya.id, team_id: slack.teamId },
        view: {
          id: view?.id,
          callback_id: 'firebreak_declare',
          private_metadata: JSON.stringify({ channelId: announcements.id }),
          state: {
            values: {
              title: { title: { type: 'plain_text_input', value: 'Checkout <fails> for EU' } },
              severity: {
                severity: { type: 'static_select', selected_option: { value: sev1?.value, text: { type: 'plain_text', text: 'SEV1' } } },
              },
              private: { private: { type: 'checkboxes', selected_options: [] } },
              report: { report: { type: 'plain_text_input', value: 'Support: EU customers get 500 at checkout' } },
            },
          },
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const answer = res.json();
      expect(answer.response_action).toBe('update');
      const shown = JSON.stringify(answer.view.blocks);
      const match = /(INC-\d+)/.exec(shown);
      expect(match).not.toBeNull();
      ref = match?.[1] ?? '';
      // the header is plain text (shown as typed); mrkdwn parts are escaped
      expect(shown).toContain(`${ref}: Checkout <fails> for EU`);

      const inc = await incident();
      expect(inc).toMatchObject({ title: 'Checkout <fails> for EU', severity: { name: 'SEV1' }, private: false });

      await worker.runDue();
      const created = [...slack.channels.values()].find((c) => c.name.startsWith(ref.toLowerCase()));
      expect(created, [...slack.channels.values()].map((c) => c.name).join(', ')).toBeDefined();
      channel = created as SlackChannel;
      expect(channel.members.has(priya.id)).toBe(true);
      expect(channel.topic).toMatch(/SEV1/);
      expect(channel.topic).toContain(ref);
      const announced = announcements.messages.filter((m) => m.text.includes(ref));
      expect(announced).toHaveLength(1);
      const chat = (await t.call(t.admin, 'GET', `${api}/incidents/${ref}/chat`)).json();
      expect(JSON.stringify(chat)).toContain(channel.id);
    });
  });

  describe('inside the incident channel', () => {
    it('commands change the incident', async () => {
      const sev = await send.command({ command: '/incident', text: 'severity SEV2', userId: priya.id, channelId: channel.id });
      expect(sev.res.statusCode).toBe(200);
      expect(sev.res.json().text).toMatch(/SEV2/);
      expect((await incident()).severity.name).toBe('SEV2');

      const st = await send.command({ command: '/incident', text: 'status investigating', userId: sam.id, channelId: channel.id });
      expect(st.res.json().text).toMatch(/investigating/i);
      expect((await incident()).status).toBe('investigating');

      const role = await send.command({
        command: '/incident',
        text: `role commander <@${sam.id}|sam>`,
        userId: priya.id,
        channelId: channel.id,
      });
      expect(role.res.statusCode).toBe(200);
      const roles = JSON.stringify((await incident()).roles ?? []);
      expect(roles).toContain(t.responder2.id);

      const oncall = await send.command({ command: '/oncall', text: '', userId: sam.id, channelId: channel.id });
      expect(oncall.res.statusCode).toBe(200);
      expect(oncall.res.json().text).not.toMatch(/does not answer|Working on it/);

      await worker.runDue();
      // The changes are told in the channel (through the jobs), each once.
      const told = channel.messages.filter((m) => /SEV2/.test(m.text));
      expect(told.length).toBeGreaterThanOrEqual(1);
    });

    it('people’s messages are mirrored to the timeline once; bots, edits and joins are not', async () => {
      const said = slack.say(channel.id, sam.id, 'Rolling back <https://deploy.example/42|deploy 42> & watching errors');
      const event = { type: 'message', channel: channel.id, channel_type: 'channel', user: sam.id, text: said.text, ts: said.ts };
      const first = await send.event(event, { eventId: 'EvMIRROR1' });
      expect(first.statusCode).toBe(200);
      // Slack sends it again (a new request, seconds later, same event_id)
      t.clock.advance(4000);
      const retry = await send.event(event, { eventId: 'EvMIRROR1', retryNum: 1 });
      expect(retry.statusCode).toBe(200);
      await send.event({ ...event, ts: '1780000999.000001', subtype: 'message_changed' });
      await send.event({ ...event, ts: '1780000999.000002', subtype: 'channel_join', text: '<@U1> has joined' });
      await send.event({ ...event, ts: '1780000999.000003', bot_id: 'B0FAKE', user: slack.botUserId, text: 'INC status changed' });
      const chat = (await timeline()).filter((e) => e.kind === 'chat');
      expect(chat.map((e) => e.body)).toEqual(['Rolling back deploy 42 (https://deploy.example/42) & watching errors']);
      // the same delivery again (not a retry): dropped
      t.clock.advance(1000);
      expect((await send.event(event, { eventId: 'EvMIRROR1' })).statusCode).toBe(200);
      expect((await timeline()).filter((e) => e.kind === 'chat')).toHaveLength(1);
    });

    it('an event that failed (Slack’s API down) is answered 500 and handled when Slack retries it', async () => {
      const dee = slack.addUser({ name: 'dee', email: t.admin.email });
      const said = slack.say(channel.id, dee.id, 'Failover to eu-west-2 done');
      const event = { type: 'message', channel: channel.id, channel_type: 'channel', user: dee.id, text: said.text, ts: said.ts };
      slack.fail('users.info', { error: 'internal_error' });
      const failed = await send.event(event, { eventId: 'EvFAIL1' });
      expect(failed.statusCode).toBe(500);
      expect((await timeline()).some((e) => e.body === 'Failover to eu-west-2 done')).toBe(false);
      t.clock.advance(60_000);
      const retried = await send.event(event, { eventId: 'EvFAIL1', retryNum: 1 });
      expect(retried.statusCode).toBe(200);
      expect((await timeline()).filter((e) => e.body === 'Failover to eu-west-2 done')).toHaveLength(1);
    });

    it('the pin emoji and the Add to timeline shortcut pin a message as a key moment', async () => {
      const said = slack.say(channel.id, priya.id, 'Root cause: the EU pool ran out of connections');
      const other = await send.event({
        type: 'reaction_added',
        user: sam.id,
        reaction: 'eyes',
        item: { type: 'message', channel: channel.id, ts: said.ts },
        item_user: priya.id,
        event_ts: said.ts,
      });
      expect(other.statusCode).toBe(200);
      expect((await timeline()).some((e) => e.body?.includes('EU pool'))).toBe(false);
      const pin = await send.event({
        type: 'reaction_added',
        user: sam.id,
        reaction: 'pushpin',
        item: { type: 'message', channel: channel.id, ts: said.ts },
        item_user: priya.id,
        event_ts: said.ts,
      });
      expect(pin.statusCode).toBe(200);
      const pinned = (await timeline()).filter((e) => e.body?.includes('EU pool'));
      expect(pinned).toHaveLength(1);
      expect(pinned[0].pinned).toBe(true);

      const later = slack.say(channel.id, sam.id, 'Mitigated: pool size doubled');
      const responseUrl = slack.responseUrl();
      const res = await send.interaction({
        type: 'message_action',
        callback_id: 'firebreak_pin',
        team: { id: slack.teamId },
        user: { id: priya.id, team_id: slack.teamId },
        channel: { id: channel.id, name: channel.name },
        message: { type: 'message', user: sam.id, text: later.text, ts: later.ts },
        response_url: responseUrl,
        trigger_id: slack.triggerId(),
      });
      expect(res.statusCode).toBe(200);
      expect((await timeline()).filter((e) => e.body === 'Mitigated: pool size doubled' && e.pinned)).toHaveLength(1);
      expect(slack.responses.filter((r) => r.url === responseUrl)).toHaveLength(1);
    });

    it('a button press comes back to the core and is answered through response_url', async () => {
      const responseUrl = slack.responseUrl();
      const res = await send.interaction({
        type: 'block_actions',
        team: { id: slack.teamId },
        user: { id: priya.id, team_id: slack.teamId },
        channel: { id: channel.id },
        actions: [{ type: 'button', action_id: 'handover_ack', value: 'no-such-handover', block_id: 'b', action_ts: '1' }],
        response_url: responseUrl,
        trigger_id: slack.triggerId(),
      });
      expect(res.statusCode).toBe(200);
      const answered = slack.responses.filter((r) => r.url === responseUrl);
      expect(answered).toHaveLength(1);
      expect(answered[0].body.response_type).toBe('ephemeral');
    });
  });

  it('a 429 with Retry-After holds the post until then; it is posted once', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 30 });
    const res = await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Search is slow', severity: 'SEV3' });
    expect(res.statusCode).toBe(201);
    const newRef = res.json().data.ref as string;
    const before = slack.callsOf('chat.postMessage').length;
    await worker.runDue();
    await worker.runDue();
    const limited = slack.callsOf('chat.postMessage')[before];
    expect(limited, 'the first post was answered 429').toBeDefined();
    const target = slack.channels.get(String(limited.args.channel));
    const text = String(limited.args.text);
    expect(text).toContain(newRef);
    // Retry-After not yet passed: nothing posted, and nothing tried again
    expect(target?.messages.filter((m) => m.text === text)).toHaveLength(0);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(before + 1);
    t.clock.advance(31_000);
    await worker.runDue();
    t.clock.advance(120_000);
    await worker.runDue();
    expect(target?.messages.filter((m) => m.text === text)).toHaveLength(1);
    expect(announcements.messages.filter((m) => m.text.includes(newRef))).toHaveLength(1);
  });

  /** Holds the database until `release`: on SQLite its one connection, on PostgreSQL the incidents table (writes wait). */
  async function holdDatabase(): Promise<{ release(): Promise<void> }> {
    let open: () => void = () => {};
    const released = new Promise<void>((r) => {
      open = r;
    });
    let holding: () => void = () => {};
    const held = new Promise<void>((r) => {
      holding = r;
    });
    const holder = t.deps.db.transaction().execute(async (trx) => {
      if (kind === 'postgres') await sql`lock table incidents in exclusive mode`.execute(trx);
      else await sql`select 1`.execute(trx);
      holding();
      await released;
    });
    await held;
    return {
      release: async () => {
        open();
        await holder;
      },
    };
  }
  const eventually = async (what: string, check: () => boolean) => {
    for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(check(), what).toBe(true);
  };

  it('a declaration submitted while the database is slow: the form says "declaring…" at once and shows the result when done', async () => {
    const { triggerId } = await send.command({ command: '/incident', text: 'declare', userId: sam.id, channelId: announcements.id });
    const view = slack.views.find((v) => v.triggerId === triggerId);
    expect(view).toBeDefined();
    const db = await holdDatabase();
    const res = await send.interaction({
      type: 'view_submission',
      team: { id: slack.teamId },
      user: { id: sam.id, team_id: slack.teamId },
      view: {
        id: view?.id,
        callback_id: 'firebreak_declare',
        private_metadata: JSON.stringify({ channelId: announcements.id }),
        state: { values: { title: { title: { type: 'plain_text_input', value: 'Invoices are not sent' } } } },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().response_action).toBe('update');
    expect(JSON.stringify(res.json().view)).toContain('Declaring the incident…');
    expect(view?.updates).toHaveLength(0);
    await db.release();
    await eventually('the form was updated with the result', () => (view?.updates.length ?? 0) > 0);
    expect(view?.updates).toHaveLength(1);
    const shown = JSON.stringify(view?.updates[0]);
    expect(shown).toMatch(/INC-\d+: Invoices are not sent/);
    const list = (await t.call(t.admin, 'GET', `${api}/incidents?limit=50`)).json().data as { title: string }[];
    expect(list.filter((i) => i.title === 'Invoices are not sent')).toHaveLength(1);
  });

  it('acknowledges at once when the database is slow, and answers through response_url when the work is done', async () => {
    const db = await holdDatabase();
    const command = send.command({ command: '/incident', text: 'severity SEV1', userId: priya.id, channelId: channel.id });
    const { res, responseUrl } = await command;
    // The answer came while the database was still held: the acknowledgement, not the result.
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ response_type: 'ephemeral', text: 'Working on it… the answer follows here in a moment.' });
    expect(slack.responses.filter((r) => r.url === responseUrl)).toHaveLength(0);
    expect((await incident().catch(() => null))?.severity?.name ?? 'held').not.toBe('SEV1');
    await db.release();
    await eventually('the answer came through response_url', () => slack.responses.some((r) => r.url === responseUrl));
    const answered = slack.responses.filter((r) => r.url === responseUrl);
    expect(answered).toHaveLength(1);
    expect(textOf(JSON.stringify(answered[0].body))).toMatch(/SEV1/);
    expect((await incident()).severity.name).toBe('SEV1');
  });
});
