import { channelNameFor, channelNameWithSuffix } from '@firebreak/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../platform/jobs/worker.ts';
import { MattermostPostAttachment } from '../../test/fakes/chatFormats.ts';
import {
  addChannel,
  buttonPress,
  dialogSubmission,
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
  /** Submits a dialog Firebreak opened, the way Mattermost does. */
  const submit = (
    opened: (typeof mm.dialogs)[number],
    submission: Record<string, string | boolean>,
    o: { user?: MmUser; channel?: string; state?: string; cancelled?: boolean } = {},
  ) => {
    const d = o.state === undefined ? opened : { ...opened, dialog: { ...opened.dialog, state: o.state } };
    const s = dialogSubmission(d, {
      teamId: mm.teamId,
      channelId: o.channel ?? town.id,
      userId: (o.user ?? ada).id,
      submission,
      cancelled: o.cancelled,
    });
    return t.app.inject({ method: 'POST', url: s.url, headers: s.headers, payload: s.payload });
  };
  /** `/incident declare <title>` → the form opens with the title filled in → submitted as is; the ref the declarer is shown. */
  const declare = async (title: string, o: { user?: MmUser } = {}): Promise<string> => {
    const before = mm.dialogs.length;
    const res = await command(`declare ${title}`, { user: o.user });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ response_type: 'ephemeral', text: '' });
    expect(mm.dialogs).toHaveLength(before + 1);
    const opened = mm.dialogs[before];
    expect(opened.dialog.elements?.find((e) => e.name === 'title')?.default).toBe(title);
    const sub = await submit(opened, { title }, o);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toEqual({});
    const shown = mm.ephemerals.at(-1);
    expect(shown?.user_id).toBe((o.user ?? ada).id);
    const ref = /INC-\d+/.exec(shown?.message ?? '')?.[0];
    if (!ref) throw new Error(`no ref in ${JSON.stringify(shown)}`);
    return ref;
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
    const ref = await declare('Checkout is down');
    for (const a of attachmentsOf(mm.ephemerals.at(-1) ?? {})) expect(MattermostPostAttachment.safeParse(a).success).toBe(true);
    await settle();

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
    const ref = await declare('Search is slow');
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
    const ref = await declare('Mirror test');
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
    const ref = /INC-(\d+)/.exec(await declare(title));
    if (!ref) throw new Error('no ref');
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

  it('declare opens a dialog (severity, service, private, report); its submission is checked, signed to its opener and declares once', async () => {
    expect((await t.call(t.admin, 'POST', `${api}/services`, { name: 'payments-api' })).statusCode).toBe(201);
    const res = await command('declare', { user: priya });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ response_type: 'ephemeral', text: '' });
    const opened = mm.dialogs.at(-1);
    if (!opened) throw new Error('no dialog');
    expect(opened.url).toBe(`${t.deps.config.publicUrl.replace(/\/+$/, '')}/api/v1/chat/mattermost/dialog`);
    expect(opened.dialog.title).toBe('Declare an incident');
    expect(opened.dialog.submit_label).toBe('Declare');
    const els = opened.dialog.elements ?? [];
    expect(els.map((e) => [e.name, e.type, e.display_name])).toEqual([
      ['title', 'text', 'Title'],
      ['severity', 'select', 'Severity'],
      ['service', 'select', 'Service affected'],
      ['private', 'bool', 'Private incident'],
      ['report', 'textarea', 'What was reported'],
    ]);
    expect(els[0].default).toBeUndefined();
    const sev1 = els[1].options?.find((o) => o.text === 'SEV1');
    const payments = els[2].options?.find((o) => o.text === 'payments-api');
    if (!sev1 || !payments) throw new Error(JSON.stringify(els));

    // No title: the form stays open with the reason by the field; nothing is declared.
    const empty = await submit(opened, { title: '  ' }, { user: priya });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ errors: { title: 'Give the incident a title: what is broken, for whom' } });
    // Someone else, a forged state, another team: refused.
    expect((await submit(opened, { title: 'Hijack' }, { user: ada })).statusCode).toBe(401);
    const state = JSON.parse(opened.dialog.state ?? '{}');
    expect(
      (await submit(opened, { title: 'Forged' }, { user: priya, state: JSON.stringify({ ...state, channel: announcements.id }) }))
        .statusCode,
    ).toBe(401);
    expect((await submit(opened, { title: 'Forged' }, { user: priya, state: 'not json' })).statusCode).toBe(401);
    // Cancelled: nothing happens.
    expect((await submit(opened, {}, { user: priya, cancelled: true })).json()).toEqual({});

    const fields = {
      title: 'Card payments declined',
      severity: sev1.value,
      service: payments.value,
      private: true,
      report: 'Shop says: every card is declined since 09:10',
    };
    const ok = await submit(opened, fields, { user: priya });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({});
    const shown = mm.ephemerals.at(-1);
    expect(shown).toMatchObject({ user_id: priya.id, channel_id: town.id });
    const ref = /INC-\d+/.exec(shown?.message ?? '')?.[0] as string;
    expect(shown?.message).toContain(`declared ${ref}: Card payments declined`);
    const inc = (await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data;
    expect(inc).toMatchObject({ title: 'Card payments declined', severity: { name: 'SEV1' }, private: true });
    expect(JSON.stringify(inc.services)).toContain('payments-api');
    // The same submission again (a replay) declares nothing more.
    expect((await submit(opened, fields, { user: priya })).statusCode).toBe(409);
    await settle();
    expect(mm.channels.filter((c) => c.name.startsWith(ref.toLowerCase()))).toHaveLength(1);
    expect((await channelOfIncident(ref)).type).toBe('P');

    // An hour later the form is stale: it says so and declares nothing.
    await command('declare Late one', { user: priya });
    const late = mm.dialogs.at(-1);
    if (!late) throw new Error('no dialog');
    t.clock.advance(61 * 60 * 1000);
    const stale = await submit(late, { title: 'Late one' }, { user: priya });
    expect(stale.json()).toEqual({ error: 'This form was opened more than an hour ago. Run /incident declare again.' });
  });

  it('when Mattermost does not open the form (expired trigger id), a declaration with a title goes ahead; without one it says how', async () => {
    const stale = `${mmId()}:${mmId()}:${Date.now() - 60_000}:abcdef`;
    const res = await command('declare Login page is blank', { triggerId: stale });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response_type).toBe('in_channel');
    expect(res.json().text).toMatch(/declared INC-\d+: Login page is blank/);
    const bare = await command('declare', { triggerId: `${mmId()}:${mmId()}:${Date.now() - 60_000}:abcdef` });
    expect(bare.json()).toMatchObject({ response_type: 'ephemeral' });
    expect(bare.json().text).toContain('Mattermost did not open the declare form');
    expect(bare.json().text).toContain('/incident declare <title>');
  });
});
