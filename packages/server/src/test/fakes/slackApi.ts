import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { slackSignature } from '../../chatops/slack/verify.ts';
import { SlackMessage } from './chatFormats.ts';

/**
 * A local Slack Web API (https://api.slack.com/methods) that refuses what the real one would not take as
 * we mean it. Every call is checked against the method's documented arguments and content types
 * (write methods take JSON or form bodies; auth.test, users.*, conversations.history/replies only form
 * bodies); an unknown method, an unknown argument, a wrong type, a missing required argument or blocks
 * outside Block Kit's schema and limits (https://api.slack.com/reference/block-kit) is recorded in
 * `problems` (tests expect none) and answered `ok:false` like Slack does. It keeps the workspace's
 * users, channels (members, topic, archived, messages), opened modals and response_url posts, so tests
 * assert what people in Slack would see. `fail(method, …)` makes the next call of a method answer HTTP
 * 429 with Retry-After, or `ok:false` with an error.
 *
 * `SlackSender` sends requests to Firebreak the way Slack does: slash commands form-encoded, interactivity
 * as `payload=<JSON>`, Events API JSON, each signed with the v0 signing secret.
 */

export type SlackUser = { id: string; name: string; email: string | null; isBot?: boolean; deleted?: boolean };
export type SlackPosted = { ts: string; user: string; text: string; blocks?: unknown[]; threadTs?: string; botId?: string };
export type SlackChannel = {
  id: string;
  name: string;
  isPrivate: boolean;
  members: Set<string>;
  topic: string;
  archived: boolean;
  messages: SlackPosted[];
};
export type SlackCall = { method: string; args: Record<string, unknown>; contentType: string };
export type SlackView = { id: string; triggerId: string | null; view: Record<string, unknown>; updates: Record<string, unknown>[] };
export type SlackResponse = { url: string; body: Record<string, unknown> };
type Failure = { status?: number; retryAfter?: number; error?: string };

// ---- Block Kit for modals (https://api.slack.com/reference/surfaces/views, …/blocks#input) ----
const plain = (max: number) =>
  z.strictObject({ type: z.literal('plain_text'), text: z.string().min(1).max(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) =>
  z.strictObject({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });
const text = (max: number) => z.discriminatedUnion('type', [plain(max), mrkdwn(max)]);
const option = z.strictObject({
  text: plain(75),
  value: z.string().min(1).max(150),
  description: plain(75).optional(),
});
const actionId = z.string().min(1).max(255);
const inputElement = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('plain_text_input'),
    action_id: actionId,
    placeholder: plain(150).optional(),
    initial_value: z.string().optional(),
    multiline: z.boolean().optional(),
    min_length: z.number().int().min(0).max(3000).optional(),
    max_length: z.number().int().min(1).max(3000).optional(),
    focus_on_load: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('static_select'),
    action_id: actionId,
    placeholder: plain(150).optional(),
    options: z.array(option).min(1).max(100),
    initial_option: option.optional(),
    focus_on_load: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('multi_static_select'),
    action_id: actionId,
    placeholder: plain(150).optional(),
    options: z.array(option).min(1).max(100),
    initial_options: z.array(option).optional(),
    max_selected_items: z.number().int().min(1).optional(),
    focus_on_load: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('checkboxes'),
    action_id: actionId,
    options: z.array(option).min(1).max(10),
    initial_options: z.array(option).optional(),
    focus_on_load: z.boolean().optional(),
  }),
]);
const blockId = z.string().min(1).max(255).optional();
const modalBlock = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('input'),
    label: plain(2000),
    element: inputElement,
    block_id: blockId,
    hint: plain(2000).optional(),
    optional: z.boolean().optional(),
    dispatch_action: z.boolean().optional(),
  }),
  z
    .strictObject({
      type: z.literal('section'),
      text: text(3000).optional(),
      fields: z.array(text(2000)).min(1).max(10).optional(),
      block_id: blockId,
    })
    .refine((b) => b.text || b.fields, 'a section needs text or fields'),
  z.strictObject({ type: z.literal('header'), text: plain(150), block_id: blockId }),
  z.strictObject({ type: z.literal('context'), elements: z.array(text(3000)).min(1).max(10), block_id: blockId }),
  z.strictObject({ type: z.literal('divider'), block_id: blockId }),
]);
export const SlackModal = z
  .strictObject({
    type: z.literal('modal'),
    title: plain(24),
    blocks: z.array(modalBlock).max(100),
    submit: plain(24).optional(),
    close: plain(24).optional(),
    private_metadata: z.string().max(3000).optional(),
    callback_id: z.string().max(255).optional(),
    clear_on_close: z.boolean().optional(),
    notify_on_close: z.boolean().optional(),
    external_id: z.string().optional(),
    submit_disabled: z.boolean().optional(),
  })
  .refine((v) => !v.blocks.some((b) => b.type === 'input') || v.submit, 'a modal with input blocks needs a submit button')
  .refine((v) => {
    const ids = v.blocks.map((b) => b.block_id).filter(Boolean);
    return new Set(ids).size === ids.length;
  }, 'block_id values must be unique');

// ---- methods: arguments with their types, which body types each takes ----
type ArgType = 'string' | 'boolean' | 'number' | 'blocks' | 'attachments' | 'view' | 'object';
type Method = { json: boolean; required: Record<string, ArgType>; optional: Record<string, ArgType> };
const METHODS: Record<string, Method> = {
  'auth.test': { json: false, required: {}, optional: {} },
  'conversations.create': { json: true, required: { name: 'string' }, optional: { is_private: 'boolean', team_id: 'string' } },
  'conversations.invite': { json: true, required: { channel: 'string', users: 'string' }, optional: { force: 'boolean' } },
  'conversations.setTopic': { json: true, required: { channel: 'string', topic: 'string' }, optional: {} },
  'conversations.archive': { json: true, required: { channel: 'string' }, optional: {} },
  'conversations.history': {
    json: false,
    required: { channel: 'string' },
    optional: {
      latest: 'string',
      oldest: 'string',
      inclusive: 'boolean',
      limit: 'number',
      cursor: 'string',
      include_all_metadata: 'boolean',
    },
  },
  'conversations.replies': {
    json: false,
    required: { channel: 'string', ts: 'string' },
    optional: {
      latest: 'string',
      oldest: 'string',
      inclusive: 'boolean',
      limit: 'number',
      cursor: 'string',
      include_all_metadata: 'boolean',
    },
  },
  'chat.postMessage': {
    json: true,
    required: { channel: 'string' },
    optional: {
      text: 'string',
      blocks: 'blocks',
      attachments: 'attachments',
      thread_ts: 'string',
      reply_broadcast: 'boolean',
      mrkdwn: 'boolean',
      unfurl_links: 'boolean',
      unfurl_media: 'boolean',
      username: 'string',
      icon_emoji: 'string',
      icon_url: 'string',
      link_names: 'boolean',
      parse: 'string',
      metadata: 'object',
    },
  },
  'users.lookupByEmail': { json: false, required: { email: 'string' }, optional: {} },
  'users.info': { json: false, required: { user: 'string' }, optional: { include_locale: 'boolean' } },
  'views.open': { json: true, required: { trigger_id: 'string', view: 'view' }, optional: { interactivity_pointer: 'string' } },
  'views.update': { json: true, required: { view: 'view' }, optional: { view_id: 'string', external_id: 'string', hash: 'string' } },
};

class Refused extends Error {
  readonly error: string;
  constructor(error: string, message: string) {
    super(message);
    this.error = error;
  }
}
/** A call Slack would refuse because Firebreak sent something malformed: the test fails (`problems`). */
class Violation extends Refused {}

/** A form value as the type Slack reads it; JSON-typed values must already have their type. */
function typed(method: string, name: string, type: ArgType, value: unknown, form: boolean): unknown {
  const bad = (what: string) => new Refused('invalid_arguments', `${method}: argument ${name} ${what}`);
  if (form && typeof value === 'string') {
    if (type === 'boolean') {
      if (!['true', 'false', '1', '0'].includes(value)) throw bad('must be a boolean');
      return value === 'true' || value === '1';
    }
    if (type === 'number') {
      if (!/^\d+$/.test(value)) throw bad('must be a number');
      return Number(value);
    }
    if (type === 'blocks' || type === 'attachments' || type === 'view' || type === 'object') {
      try {
        return JSON.parse(value);
      } catch {
        throw bad('must be JSON');
      }
    }
    return value;
  }
  if (type === 'string' && typeof value !== 'string') throw bad(`must be a string, got ${typeof value}`);
  if (type === 'boolean' && typeof value !== 'boolean') throw bad(`must be a boolean, got ${typeof value}`);
  if (type === 'number' && typeof value !== 'number') throw bad(`must be a number, got ${typeof value}`);
  if ((type === 'blocks' || type === 'attachments') && !Array.isArray(value)) throw bad('must be an array');
  if ((type === 'view' || type === 'object') && (typeof value !== 'object' || value === null || Array.isArray(value)))
    throw bad('must be an object');
  return value;
}

export type SlackFake = {
  /** The Web API base URL to put in `connection.apiBaseUrl`. */
  url: string;
  token: string;
  teamId: string;
  botUserId: string;
  users: SlackUser[];
  channels: Map<string, SlackChannel>;
  calls: SlackCall[];
  views: SlackView[];
  responses: SlackResponse[];
  problems: string[];
  /** The next call of `method` fails this way (queued, one per call). */
  fail(method: string, failure: Failure): void;
  addUser(u: Omit<SlackUser, 'id'> & { id?: string }): SlackUser;
  addChannel(name: string, opts?: { isPrivate?: boolean; members?: string[]; botMember?: boolean }): SlackChannel;
  channelByName(name: string): SlackChannel | undefined;
  /** A person writes in a channel (what Slack would then send as a `message` event); returns its ts. */
  say(channelId: string, userId: string, text: string): SlackPosted;
  /** A fresh response_url for an interaction (30 min, 5 uses). */
  responseUrl(): string;
  /** A fresh trigger_id (usable once for views.open). */
  triggerId(): string;
  /** Calls of one method. */
  callsOf(method: string): SlackCall[];
  close(): Promise<void>;
};

export async function startSlack(opts: { token?: string; teamId?: string } = {}): Promise<SlackFake> {
  let seq = 0;
  let tsSeq = 0;
  const next = (prefix: string) => `${prefix}${String(++seq).padStart(8, '0')}`;
  const failures = new Map<string, Failure[]>();
  const triggers = new Map<string, boolean>();
  const responseUses = new Map<string, number>();
  const fake: SlackFake = {
    url: '',
    token: opts.token ?? 'xoxb-fake-bot-token',
    teamId: opts.teamId ?? 'T0FAKE001',
    botUserId: 'UBOT00001',
    users: [],
    channels: new Map(),
    calls: [],
    views: [],
    responses: [],
    problems: [],
    fail: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    addUser: (u) => {
      const user = { ...u, id: u.id ?? next('U') };
      fake.users.push(user);
      return user;
    },
    addChannel: (name, o = {}) => {
      const ch: SlackChannel = {
        id: next(o.isPrivate ? 'G' : 'C'),
        name,
        isPrivate: o.isPrivate ?? false,
        members: new Set([...(o.members ?? []), ...(o.botMember === false ? [] : [fake.botUserId])]),
        topic: '',
        archived: false,
        messages: [],
      };
      fake.channels.set(ch.id, ch);
      return ch;
    },
    channelByName: (name) => [...fake.channels.values()].find((c) => c.name === name),
    say: (channelId, userId, t) => {
      const ch = fake.channels.get(channelId);
      if (!ch) throw new Error(`no channel ${channelId}`);
      const m: SlackPosted = { ts: newTs(), user: userId, text: t };
      ch.messages.push(m);
      return m;
    },
    responseUrl: () => {
      const url = `${fake.url.replace(/\/api\/$/, '')}/respond/${next('R')}`;
      responseUses.set(url, 0);
      return url;
    },
    triggerId: () => {
      const id = `${next('')}.${Date.now()}.trigger`;
      triggers.set(id, false);
      return id;
    },
    callsOf: (method) => fake.calls.filter((c) => c.method === method),
    close: async () => {},
  };
  fake.users.push({ id: fake.botUserId, name: 'firebreak', email: null, isBot: true });
  function newTs(): string {
    tsSeq++;
    return `${1_780_000_000 + tsSeq}.${String(tsSeq).padStart(6, '0')}`;
  }

  const channel = (id: unknown, needMember = true) => {
    const ch = fake.channels.get(String(id));
    if (!ch || (ch.isPrivate && !ch.members.has(fake.botUserId))) throw new Refused('channel_not_found', `no channel ${String(id)}`);
    if (ch.archived) throw new Refused('is_archived', `${ch.name} is archived`);
    if (needMember && !ch.members.has(fake.botUserId)) throw new Refused('not_in_channel', `the bot is not in ${ch.name}`);
    return ch;
  };

  const handlers: Record<string, (a: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({
      url: 'https://acme.slack.com/',
      team: 'Acme',
      user: 'firebreak',
      team_id: fake.teamId,
      user_id: fake.botUserId,
      bot_id: 'B0FAKE',
    }),
    'conversations.create': (a) => {
      const name = String(a.name);
      if (!name) throw new Refused('invalid_name_required', 'empty name');
      if (name.length > 80) throw new Refused('invalid_name_maxlength', `${name} is longer than 80 characters`);
      if (!/^[a-z0-9_-]+$/.test(name)) throw new Refused('invalid_name_specials', `${name} has characters Slack refuses`);
      if (fake.channelByName(name)) throw new Refused('name_taken', `${name} exists`);
      const ch = fake.addChannel(name, { isPrivate: a.is_private === true });
      return { channel: { id: ch.id, name: ch.name, is_channel: true, is_private: ch.isPrivate, creator: fake.botUserId } };
    },
    'conversations.invite': (a) => {
      const ch = channel(a.channel);
      const ids = String(a.users).split(',');
      if (ids.length > 1000) throw new Refused('too_many_users', 'more than 1000 users');
      for (const id of ids) {
        if (id === fake.botUserId) throw new Refused('cant_invite_self', 'the bot invited itself');
        const u = fake.users.find((x) => x.id === id);
        if (!u || u.deleted) throw new Refused('user_not_found', `no user ${id}`);
      }
      if (ids.every((id) => ch.members.has(id))) throw new Refused('already_in_channel', 'everyone is in the channel');
      for (const id of ids) ch.members.add(id);
      return { channel: { id: ch.id, name: ch.name } };
    },
    'conversations.setTopic': (a) => {
      const ch = channel(a.channel);
      if (Array.from(String(a.topic)).length > 250) throw new Refused('too_long', 'a topic holds 250 characters');
      ch.topic = String(a.topic);
      return { channel: { id: ch.id, topic: { value: ch.topic } } };
    },
    'conversations.archive': (a) => {
      const ch = fake.channels.get(String(a.channel));
      if (!ch) throw new Refused('channel_not_found', `no channel ${String(a.channel)}`);
      if (ch.archived) throw new Refused('already_archived', `${ch.name} is archived`);
      ch.archived = true;
      return {};
    },
    'conversations.history': (a) => {
      const ch = channel(a.channel);
      const latest = a.latest === undefined ? Number.POSITIVE_INFINITY : Number(a.latest);
      const limit = typeof a.limit === 'number' ? a.limit : 100;
      const msgs = ch.messages
        .filter((m) => !m.threadTs && (Number(m.ts) < latest || (a.inclusive === true && Number(m.ts) === latest)))
        .sort((x, y) => Number(y.ts) - Number(x.ts))
        .slice(0, limit)
        .map((m) => ({ type: 'message', ts: m.ts, user: m.user, text: m.text, ...(m.botId ? { bot_id: m.botId } : {}) }));
      return { messages: msgs, has_more: false };
    },
    'conversations.replies': (a) => {
      const ch = channel(a.channel);
      const m = ch.messages.find((x) => x.ts === a.ts);
      if (!m) throw new Refused('thread_not_found', `no message ${String(a.ts)}`);
      const parent = m.threadTs ?? m.ts;
      const thread = ch.messages.filter((x) => x.ts === parent || x.threadTs === parent);
      return {
        messages: thread.map((x) => ({ type: 'message', ts: x.ts, user: x.user, text: x.text, thread_ts: parent })),
        has_more: false,
      };
    },
    'chat.postMessage': (a) => {
      const ch = fake.channels.get(String(a.channel));
      // chat:write.public lets the bot post in public channels it has not joined.
      const target = ch && !ch.isPrivate ? channel(a.channel, false) : channel(a.channel);
      const {
        channel: _c,
        username: _u,
        icon_emoji: _ie,
        icon_url: _iu,
        link_names: _ln,
        parse: _p,
        metadata: _m,
        reply_broadcast: _rb,
        ...message
      } = a;
      const r = SlackMessage.safeParse(message);
      if (!r.success)
        throw new Violation(
          'invalid_blocks',
          `chat.postMessage: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      if (!a.text) throw new Violation('invalid_arguments', 'chat.postMessage: blocks without a text fallback (Slack warns, we refuse)');
      const m: SlackPosted = {
        ts: newTs(),
        user: fake.botUserId,
        botId: 'B0FAKE',
        text: String(a.text ?? ''),
        blocks: a.blocks as unknown[] | undefined,
        threadTs: a.thread_ts as string | undefined,
      };
      target.messages.push(m);
      return { channel: target.id, ts: m.ts, message: { text: m.text, ts: m.ts } };
    },
    'users.lookupByEmail': (a) => {
      const u = fake.users.find((x) => x.email?.toLowerCase() === String(a.email).toLowerCase() && !x.deleted);
      if (!u) throw new Refused('users_not_found', `no user with ${String(a.email)}`);
      return { user: present(u) };
    },
    'users.info': (a) => {
      const u = fake.users.find((x) => x.id === a.user);
      if (!u) throw new Refused('user_not_found', `no user ${String(a.user)}`);
      return { user: present(u) };
    },
    'views.open': (a) => {
      const id = String(a.trigger_id);
      if (!triggers.has(id)) throw new Refused('invalid_trigger_id', `unknown trigger_id ${id}`);
      if (triggers.get(id)) throw new Refused('exchanged_trigger_id', `trigger_id ${id} was used`);
      triggers.set(id, true);
      const view = modal(a.view);
      const v: SlackView = { id: next('V'), triggerId: id, view, updates: [] };
      fake.views.push(v);
      return { view: { id: v.id, ...view } };
    },
    'views.update': (a) => {
      const v = fake.views.find((x) => x.id === a.view_id);
      if (!v) throw new Refused('not_found', `no view ${String(a.view_id)}`);
      const view = modal(a.view);
      v.updates.push(view);
      return { view: { id: v.id, ...view } };
    },
  };
  const present = (u: SlackUser) => ({
    id: u.id,
    team_id: fake.teamId,
    name: u.name,
    deleted: u.deleted ?? false,
    is_bot: u.isBot ?? false,
    profile: { real_name: u.name, display_name: u.name, ...(u.email ? { email: u.email } : {}) },
  });
  const modal = (view: unknown) => {
    const r = SlackModal.safeParse(view);
    if (!r.success)
      throw new Violation('invalid_arguments', `view: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return r.data as Record<string, unknown>;
  };

  const ResponseBody = z.looseObject({
    response_type: z.enum(['ephemeral', 'in_channel']).optional(),
    replace_original: z.boolean().optional(),
    delete_original: z.boolean().optional(),
  });

  const handle = (
    path: string,
    headers: IncomingHttpHeaders,
    raw: string,
  ): { status: number; body: string; headers?: Record<string, string> } => {
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) => ({
      status,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
    });
    const contentType = String(headers['content-type'] ?? '');
    if (path.startsWith('/respond/')) {
      const url = `${fake.url.replace(/\/api\/$/, '')}${path}`;
      const uses = responseUses.get(url);
      if (uses === undefined) return { status: 404, body: 'no_service' };
      if (uses >= 5) return { status: 404, body: 'used_url' };
      if (!contentType.startsWith('application/json')) throw new Refused('invalid_payload', 'a response_url takes a JSON body');
      const body = JSON.parse(raw) as Record<string, unknown>;
      ResponseBody.parse(body);
      const { response_type: _t, replace_original: _r, delete_original: _d, ...message } = body;
      const m = SlackMessage.safeParse(message);
      if (!m.success)
        throw new Refused('invalid_blocks', `response_url: ${m.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      responseUses.set(url, uses + 1);
      fake.responses.push({ url, body });
      return { status: 200, body: 'ok', headers: { 'content-type': 'text/html' } };
    }
    const method = path.replace(/^\/api\//, '');
    const spec = METHODS[method];
    if (!path.startsWith('/api/') || !spec) throw new Refused('unknown_method', `${path} is not a Web API method Firebreak should call`);
    let args: Record<string, unknown>;
    const form = contentType.startsWith('application/x-www-form-urlencoded');
    if (form) args = Object.fromEntries(new URLSearchParams(raw));
    else if (contentType.startsWith('application/json')) {
      if (!spec.json)
        throw new Refused('invalid_arguments', `${method} does not accept JSON bodies, only application/x-www-form-urlencoded`);
      if (!/charset=utf-8/i.test(contentType)) throw new Refused('invalid_charset', `${method}: JSON bodies need charset=utf-8`);
      args = JSON.parse(raw || '{}') as Record<string, unknown>;
    } else throw new Refused('invalid_arguments', `${method}: content type ${contentType || '(none)'}`);
    fake.calls.push({ method, args, contentType });
    if ('token' in args) throw new Refused('invalid_arguments', `${method}: the token belongs in the Authorization header`);
    const auth = headers.authorization;
    if (!auth) return json(200, { ok: false, error: 'not_authed' });
    if (auth !== `Bearer ${fake.token}`) return json(200, { ok: false, error: 'invalid_auth' });
    for (const [name, value] of Object.entries(args)) {
      const type = spec.required[name] ?? spec.optional[name];
      if (!type) throw new Refused('invalid_arg_name', `${method}: argument ${name} is not documented`);
      args[name] = typed(method, name, type, value, form);
    }
    for (const name of Object.keys(spec.required))
      if (args[name] === undefined || args[name] === '') throw new Refused('invalid_arguments', `${method}: argument ${name} is required`);
    if (method === 'views.update' && !args.view_id && !args.external_id)
      throw new Refused('invalid_arguments', 'views.update: view_id or external_id is required');
    const failure = failures.get(method)?.shift();
    if (failure?.status === 429) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter ?? 1) });
    if (failure) return json(failure.status ?? 200, { ok: false, error: failure.error ?? 'internal_error' });
    try {
      return json(200, { ok: true, ...handlers[method](args) });
    } catch (err) {
      // Refusals of a well-formed call are Slack's normal answers, not test failures.
      if (err instanceof Refused && !(err instanceof Violation)) return json(200, { ok: false, error: err.error });
      throw err;
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://fake').pathname;
      let answer: { status: number; body: string; headers?: Record<string, string> };
      try {
        if (req.method !== 'POST') throw new Refused('invalid_arguments', `${req.method} ${path}: Firebreak posts to the Web API`);
        answer = handle(path, req.headers, Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        const code = err instanceof Refused ? err.error : 'invalid_arguments';
        fake.problems.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
        answer = { status: 200, body: JSON.stringify({ ok: false, error: code }), headers: { 'content-type': 'application/json' } };
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

// ---- Slack → Firebreak ----

/** Sends signed requests to Firebreak's Slack routes the way Slack does. `now` is Slack's clock (seconds are sent). */
export class SlackSender {
  private readonly app: FastifyInstance;
  private readonly fake: SlackFake;
  private readonly secret: string;
  private readonly now: () => Date;
  constructor(app: FastifyInstance, fake: SlackFake, secret: string, now: () => Date) {
    this.app = app;
    this.fake = fake;
    this.secret = secret;
    this.now = now;
  }

  /** Headers Slack adds: signature over `v0:{timestamp}:{body}`; `sign` overrides for the refusal tests. */
  headers(body: string, contentType: string, sign: { secret?: string; at?: Date; signature?: string } = {}): Record<string, string> {
    const ts = String(Math.floor((sign.at ?? this.now()).getTime() / 1000));
    return {
      'content-type': contentType,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      'x-slack-request-timestamp': ts,
      'x-slack-signature': sign.signature ?? slackSignature(sign.secret ?? this.secret, ts, body),
    };
  }

  post(path: string, body: string, contentType: string, extra: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: `/api/v1/chat/slack/${path}`,
      headers: { ...this.headers(body, contentType), ...extra },
      payload: body,
    });
  }

  /** The form body of a slash command (https://api.slack.com/interactivity/slash-commands#app_command_handling). */
  commandBody(c: { command: string; text: string; userId: string; channelId: string; teamId?: string }) {
    const responseUrl = this.fake.responseUrl();
    const triggerId = this.fake.triggerId();
    const channel = this.fake.channels.get(c.channelId);
    const body = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: c.teamId ?? this.fake.teamId,
      team_domain: 'acme',
      channel_id: c.channelId,
      channel_name: channel?.name ?? 'directmessage',
      user_id: c.userId,
      user_name: this.fake.users.find((u) => u.id === c.userId)?.name ?? 'someone',
      command: c.command,
      text: c.text,
      api_app_id: 'A0FAKE',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: triggerId,
    }).toString();
    return { body, responseUrl, triggerId };
  }

  async command(c: { command: string; text: string; userId: string; channelId: string; teamId?: string }) {
    const { body, responseUrl, triggerId } = this.commandBody(c);
    const res = await this.post('commands', body, 'application/x-www-form-urlencoded');
    return { res, responseUrl, triggerId };
  }

  /** `payload=<JSON>`, form-encoded (https://api.slack.com/interactivity/handling#payloads). */
  interaction(payload: Record<string, unknown>) {
    return this.post(
      'interactivity',
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
  }

  /** An Events API callback (https://api.slack.com/apis/events-api#callback-field). */
  event(event: Record<string, unknown>, o: { eventId?: string; retryNum?: number; teamId?: string } = {}) {
    const eventId = o.eventId ?? `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: o.teamId ?? this.fake.teamId,
      api_app_id: 'A0FAKE',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(this.now().getTime() / 1000),
      authorizations: [{ team_id: this.fake.teamId, user_id: this.fake.botUserId, is_bot: true }],
    });
    const extra: Record<string, string> =
      o.retryNum !== undefined ? { 'x-slack-retry-num': String(o.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
    return this.post('events', body, 'application/json', extra);
  }
}
