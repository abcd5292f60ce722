import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { MattermostPostAttachment } from './chatFormats.ts';
import { documented, type Fake, type FakeAnswer, type FakeRequest, NotDocumented, onlyQuery, startFake } from './server.ts';

/**
 * A local Mattermost server (REST API v4) for the chat-ops tests. Every request is checked against
 * Mattermost's API reference (https://developers.mattermost.com/api-documentation/, repository
 * mattermost/mattermost-api-reference): method and path, `Authorization: Bearer <bot token>`, the
 * documented body fields with their types (strict: an unknown field is a violation in `problems`,
 * which a test asserts empty) and, for posts, the message attachments and their buttons. It keeps
 * teams, users, channels, members and posts, so a test asserts what people in Mattermost would see;
 * it answers errors in Mattermost's shape `{id, message, status_code}`, and 429 with Retry-After
 * and X-Ratelimit-Reset when told to.
 */

export type MmUser = { id: string; username: string; email: string; is_bot?: boolean };
export type MmChannel = {
  id: string;
  team_id: string;
  name: string;
  display_name: string;
  type: 'O' | 'P';
  header: string;
  purpose: string;
  delete_at: number;
  members: string[];
};
export type MmPost = { id: string; channel_id: string; user_id: string; message: string; props: Record<string, unknown> | undefined };

/** A dialog opened through POST /actions/dialogs/open, for whom and where (from its trigger id). */
export type MmDialog = { triggerId: string; url: string; dialog: z.infer<typeof Dialog> };
/** A post only one person sees (POST /posts/ephemeral). */
export type MmEphemeral = { user_id: string; channel_id: string; message: string; props: Record<string, unknown> | undefined };

export type FakeMattermost = Fake & {
  /** Dialogs Firebreak opened, in order. */
  dialogs: MmDialog[];
  ephemerals: MmEphemeral[];
  token: string;
  teamId: string;
  bot: MmUser;
  users: MmUser[];
  channels: MmChannel[];
  posts: MmPost[];
  /** The next n API calls answer 429 (Retry-After: 1, X-Ratelimit-Reset: 1). */
  rateLimitNext: number;
  addUser(username: string, email: string): MmUser;
  channelNamed(name: string): MmChannel | undefined;
  postsIn(channelId: string): MmPost[];
};

/** Mattermost ids: 26 characters of lowercase letters and digits. */
export const mmId = () => randomBytes(16).toString('hex').slice(0, 26);
const Id = z.string().regex(/^[a-z0-9]{26}$/, 'a 26-character Mattermost id');

// POST /api/v4/channels (CreateChannel)
const CreateChannel = z.strictObject({
  team_id: Id,
  name: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+([a-z0-9_-]*[a-z0-9]+)?$/, 'lowercase letters, digits, - and _ (not at the ends)'),
  display_name: z.string().min(1).max(64),
  purpose: z.string().max(250).optional(),
  header: z.string().max(1024).optional(),
  type: z.enum(['O', 'P']),
  group_constrained: z.boolean().optional(),
});
// POST /api/v4/channels/{channel_id}/members (AddChannelMember)
const AddMember = z.union([
  z.strictObject({ user_id: Id, post_root_id: Id.optional() }),
  z.strictObject({ user_ids: z.array(Id).min(1).max(1000), post_root_id: Id.optional() }),
]);
// PUT /api/v4/channels/{channel_id}/patch (PatchChannel)
const PatchChannel = z.strictObject({
  name: z.string().min(1).max(64).optional(),
  display_name: z.string().min(1).max(64).optional(),
  purpose: z.string().max(250).optional(),
  header: z.string().max(1024).optional(),
  group_constrained: z.boolean().optional(),
});
// POST /api/v4/posts (CreatePost); props.attachments are message attachments with interactive buttons.
const CreatePost = z
  .strictObject({
    channel_id: Id,
    message: z.string().max(16_383),
    root_id: Id.optional(),
    file_ids: z.array(z.string()).max(10).optional(),
    props: z.strictObject({ attachments: z.array(MattermostPostAttachment).min(1) }).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((p) => p.message || p.props?.attachments?.length, 'a post needs a message or attachments');

// POST /api/v4/actions/dialogs/open (OpenInteractiveDialog) and its dialog's elements, with the
// limits Mattermost's server checks (display names 24, names 300, help and placeholders 150,
// text fields up to 150 characters, textareas 3000; selects need options or a data source).
const DialogOption = z.strictObject({ text: z.string().min(1), value: z.string().min(1) });
const DialogElement = z
  .strictObject({
    display_name: z.string().min(1).max(24),
    name: z.string().min(1).max(300),
    type: z.enum(['text', 'textarea', 'select', 'bool', 'radio']),
    subtype: z.enum(['text', 'email', 'number', 'password', 'tel', 'url']).optional(),
    default: z.string().optional(),
    placeholder: z.string().max(150).optional(),
    help_text: z.string().max(150).optional(),
    optional: z.boolean().optional(),
    min_length: z.number().int().min(0).optional(),
    max_length: z.number().int().min(0).optional(),
    data_source: z.enum(['users', 'channels']).optional(),
    options: z.array(DialogOption).optional(),
  })
  .superRefine((e, ctx) => {
    const limit = e.type === 'textarea' ? 3000 : 150;
    if ((e.max_length ?? 0) > limit) ctx.addIssue({ code: 'custom', message: `${e.type} max_length is at most ${limit}` });
    if (e.type === 'text' || e.type === 'textarea')
      if ((e.default ?? '').length > limit) ctx.addIssue({ code: 'custom', message: `${e.type} default is at most ${limit} characters` });
    if (e.type === 'select' && !e.data_source && !e.options?.length)
      ctx.addIssue({ code: 'custom', message: 'a select needs options or a data_source' });
    if (e.type === 'select' && e.default && !e.options?.some((o) => o.value === e.default))
      ctx.addIssue({ code: 'custom', message: 'a select default must be one of its options' });
    if (e.type === 'bool' && e.default !== undefined && e.default !== 'true' && e.default !== 'false')
      ctx.addIssue({ code: 'custom', message: 'a bool default is "true" or "false"' });
    if (e.options && e.type !== 'select' && e.type !== 'radio')
      ctx.addIssue({ code: 'custom', message: 'options only on select and radio' });
  });
const Dialog = z
  .strictObject({
    callback_id: z.string().max(255).optional(),
    title: z.string().min(1).max(24),
    introduction_text: z.string().optional(),
    icon_url: z.string().url().optional(),
    elements: z.array(DialogElement).max(20).optional(),
    submit_label: z.string().max(24).optional(),
    notify_on_cancel: z.boolean().optional(),
    state: z.string().optional(),
  })
  .refine((d) => new Set((d.elements ?? []).map((e) => e.name)).size === (d.elements ?? []).length, 'element names must be unique');
const OpenDialog = z.strictObject({
  trigger_id: z.string().regex(/^[a-z0-9]{26}:[a-z0-9]{26}:\d+:[0-9a-f]+$/, 'a trigger id as Mattermost issues them'),
  url: z.string().url(),
  dialog: Dialog,
});
// POST /api/v4/posts/ephemeral (CreatePostEphemeral)
const CreateEphemeral = z.strictObject({
  user_id: Id,
  post: z.strictObject({
    channel_id: Id,
    message: z.string().max(16_383),
    props: z.strictObject({ attachments: z.array(MattermostPostAttachment).min(1) }).optional(),
  }),
});

const err = (status: number, id: string, message: string): FakeAnswer => ({ status, body: { id, message, status_code: status } });

export async function startFakeMattermost(opts: { teamId?: string; token?: string } = {}): Promise<FakeMattermost> {
  const bot: MmUser = { id: mmId(), username: 'firebreak', email: 'firebreak-bot@localhost', is_bot: true };
  let fake!: FakeMattermost;
  const base = await startFake((req) => handle(fake, req));
  fake = Object.assign(base, {
    token: opts.token ?? `mm-bot-${randomBytes(8).toString('hex')}`,
    teamId: opts.teamId ?? mmId(),
    bot,
    users: [bot],
    channels: [] as MmChannel[],
    posts: [] as MmPost[],
    dialogs: [] as MmDialog[],
    ephemerals: [] as MmEphemeral[],
    rateLimitNext: 0,
    addUser(username: string, email: string) {
      const u: MmUser = { id: mmId(), username, email };
      fake.users.push(u);
      return u;
    },
    channelNamed: (name: string) => fake.channels.find((c) => c.name === name),
    postsIn: (channelId: string) => fake.posts.filter((p) => p.channel_id === channelId),
  });
  return fake;
}

function handle(fake: FakeMattermost, req: FakeRequest): FakeAnswer {
  const { method, path } = req;
  if (!path.startsWith('/api/v4/')) throw new NotDocumented(`${path} is not an API v4 path`);
  if (req.headers.authorization !== `Bearer ${fake.token}`)
    return err(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.');
  if (fake.rateLimitNext > 0) {
    fake.rateLimitNext -= 1;
    return {
      ...err(429, 'api.context.rate_limit.app_error', 'Too many requests'),
      headers: { 'retry-after': '1', 'x-ratelimit-reset': '1', 'x-ratelimit-remaining': '0' },
    };
  }
  onlyQuery(req.query, [], `${method} ${path}`);
  const p = path.slice('/api/v4'.length);
  const byEmail = p.match(/^\/users\/email\/([^/]+)$/);
  const byName = p.match(/^\/users\/username\/([^/]+)$/);
  const byId = p.match(/^\/users\/([a-z0-9]{26})$/);
  const channel = p.match(/^\/channels\/([^/]+)(\/members|\/patch)?$/);
  const what = `${method} ${p}`;
  const noBody = () => {
    if (req.body !== undefined) throw new NotDocumented(`${what} takes no body`);
  };

  if (method === 'GET' && p === '/users/me/teams') {
    noBody();
    return { status: 200, body: [{ id: fake.teamId, name: 'acme', display_name: 'Acme', type: 'O' }] };
  }
  if (method === 'GET' && p === '/users/me') {
    noBody();
    return { status: 200, body: fake.bot };
  }
  if (method === 'GET' && byEmail) {
    noBody();
    const email = decodeURIComponent(byEmail[1]).toLowerCase();
    const u = fake.users.find((x) => x.email.toLowerCase() === email);
    return u ? { status: 200, body: u } : err(404, 'app.user.missing_account.const', 'Unable to find the user.');
  }
  if (method === 'GET' && byName) {
    noBody();
    const u = fake.users.find((x) => x.username === decodeURIComponent(byName[1]).toLowerCase());
    return u ? { status: 200, body: u } : err(404, 'app.user.missing_account.const', 'Unable to find the user.');
  }
  if (method === 'GET' && byId) {
    noBody();
    const u = fake.users.find((x) => x.id === byId[1]);
    return u ? { status: 200, body: u } : err(404, 'app.user.missing_account.const', 'Unable to find the user.');
  }
  if (method === 'POST' && p === '/channels') {
    const b = documented(CreateChannel, req.body, what);
    if (b.team_id !== fake.teamId) return err(404, 'app.team.get.find.app_error', 'Unable to find the existing team.');
    if (fake.channels.some((c) => c.team_id === b.team_id && c.name === b.name))
      return err(400, 'store.sql_channel.save_channel.exists.app_error', 'A channel with that name already exists on the same team.');
    const ch: MmChannel = {
      id: mmId(),
      team_id: b.team_id,
      name: b.name,
      display_name: b.display_name,
      type: b.type,
      header: b.header ?? '',
      purpose: b.purpose ?? '',
      delete_at: 0,
      members: [fake.bot.id],
    };
    fake.channels.push(ch);
    return { status: 201, body: publicChannel(ch) };
  }
  if (channel) {
    const m = channel;
    const ch = fake.channels.find((c) => c.id === m[1]);
    if (!Id.safeParse(m[1]).success) throw new NotDocumented(`${what}: channel id is not a Mattermost id`);
    if (!ch) return err(404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.');
    if (method === 'POST' && m[2] === '/members') {
      const b = documented(AddMember, req.body, what);
      const ids = 'user_id' in b ? [b.user_id] : b.user_ids;
      for (const id of ids)
        if (!fake.users.some((u) => u.id === id)) return err(404, 'app.user.missing_account.const', 'Unable to find the user.');
      if (ch.delete_at) return err(400, 'api.channel.add_user.to.channel.failed.deleted.app_error', 'The channel has been archived.');
      for (const id of ids) if (!ch.members.includes(id)) ch.members.push(id);
      return { status: 201, body: { channel_id: ch.id, user_id: ids[0] } };
    }
    if (method === 'PUT' && m[2] === '/patch') {
      const b = documented(PatchChannel, req.body, what);
      Object.assign(ch, Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)));
      return { status: 200, body: publicChannel(ch) };
    }
    if (method === 'DELETE' && !m[2]) {
      noBody();
      ch.delete_at = Date.now();
      return { status: 200, body: { status: 'OK' } };
    }
  }
  if (method === 'POST' && p === '/actions/dialogs/open') {
    const b = documented(OpenDialog, req.body, what);
    // Trigger ids expire after 3 seconds (ours carry the time they were issued).
    if (Date.now() - Number(b.trigger_id.split(':')[2]) > 3000)
      return err(400, 'app.dialog.open.expired_trigger_id.app_error', 'Trigger ID for interactive dialog is expired.');
    fake.dialogs.push({ triggerId: b.trigger_id, url: b.url, dialog: b.dialog });
    return { status: 200, body: { status: 'OK' } };
  }
  if (method === 'POST' && p === '/posts/ephemeral') {
    const b = documented(CreateEphemeral, req.body, what);
    if (!fake.users.some((u) => u.id === b.user_id)) return err(404, 'app.user.missing_account.const', 'Unable to find the user.');
    if (!fake.channels.some((c) => c.id === b.post.channel_id))
      return err(404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.');
    fake.ephemerals.push({ user_id: b.user_id, channel_id: b.post.channel_id, message: b.post.message, props: b.post.props });
    return { status: 201, body: { id: mmId(), ...b.post, user_id: fake.bot.id, create_at: Date.now() } };
  }
  if (method === 'POST' && p === '/posts') {
    const b = documented(CreatePost, req.body, what);
    const ch = fake.channels.find((c) => c.id === b.channel_id);
    if (!ch) return err(404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.');
    if (ch.delete_at) return err(403, 'api.post.create_post.can_not_post_to_deleted.error', 'Can not post to deleted channel.');
    if (!ch.members.includes(fake.bot.id))
      return err(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.');
    const post: MmPost = { id: mmId(), channel_id: ch.id, user_id: fake.bot.id, message: b.message, props: b.props };
    fake.posts.push(post);
    return { status: 201, body: { ...post, create_at: Date.now() } };
  }
  throw new NotDocumented(`${what} is not an endpoint the fake knows (or not the documented method)`);
}

const publicChannel = (c: MmChannel) => {
  const { members: _members, ...rest } = c;
  return { ...rest, create_at: Date.now(), update_at: Date.now() };
};

/** A channel the bot can post to that exists before the test (e.g. the announcements channel). */
export function addChannel(fake: FakeMattermost, name: string): MmChannel {
  const ch: MmChannel = {
    id: mmId(),
    team_id: fake.teamId,
    name,
    display_name: name,
    type: 'O',
    header: '',
    purpose: '',
    delete_at: 0,
    members: [fake.bot.id],
  };
  fake.channels.push(ch);
  return ch;
}

/**
 * What Mattermost sends to Firebreak, the way it sends it: slash commands and outgoing webhooks as
 * `application/x-www-form-urlencoded` (slash commands also with `Authorization: Token <token>`),
 * interactive message button presses as JSON with the button's `context` echoed back.
 */
export function slashCommand(f: {
  token: string;
  teamId: string;
  channelId: string;
  userId: string;
  userName?: string;
  command?: string;
  text: string;
  triggerId?: string;
  responseUrl?: string;
}): { headers: Record<string, string>; payload: string } {
  const form = new URLSearchParams({
    channel_id: f.channelId,
    channel_name: 'town-square',
    command: f.command ?? '/incident',
    response_url: f.responseUrl ?? `http://127.0.0.1:9/hooks/commands/${mmId()}`,
    team_domain: 'acme',
    team_id: f.teamId,
    text: f.text,
    token: f.token,
    trigger_id: f.triggerId ?? `${mmId()}:${mmId()}:${Date.now()}:${randomBytes(8).toString('hex')}`,
    user_id: f.userId,
    user_name: f.userName ?? 'someone',
  });
  return {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Token ${f.token}`,
      accept: 'application/json',
      'user-agent': 'Mattermost-Bot/1.1',
    },
    payload: form.toString(),
  };
}

export function buttonPress(f: {
  teamId: string;
  channelId: string;
  userId: string;
  postId?: string;
  context: Record<string, unknown>;
  triggerId?: string;
}): { headers: Record<string, string>; payload: string } {
  return {
    headers: { 'content-type': 'application/json', 'user-agent': 'Mattermost-Bot/1.1' },
    payload: JSON.stringify({
      user_id: f.userId,
      user_name: 'someone',
      channel_id: f.channelId,
      channel_name: 'inc-1',
      team_id: f.teamId,
      team_domain: 'acme',
      post_id: f.postId ?? mmId(),
      trigger_id: f.triggerId ?? `${mmId()}:${mmId()}:${Date.now()}:${randomBytes(8).toString('hex')}`,
      type: '',
      data_source: '',
      context: f.context,
    }),
  };
}

export function outgoingWebhook(f: {
  token: string;
  teamId: string;
  channelId: string;
  userId: string;
  userName?: string;
  postId?: string;
  text: string;
  timestamp?: number;
}): { headers: Record<string, string>; payload: string } {
  const form = new URLSearchParams({
    token: f.token,
    team_id: f.teamId,
    team_domain: 'acme',
    channel_id: f.channelId,
    channel_name: 'inc-1',
    timestamp: String(f.timestamp ?? Date.now()),
    user_id: f.userId,
    user_name: f.userName ?? 'someone',
    post_id: f.postId ?? mmId(),
    text: f.text,
    trigger_word: '',
    file_ids: '',
  });
  return { headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Mattermost-Bot/1.1' }, payload: form.toString() };
}

/**
 * What Mattermost posts to a dialog's `url` when the person submits it (JSON): the dialog's
 * `callback_id` and `state` echoed, who submitted where, and `submission` by element name (a bool as
 * true/false, a select as its option's value, empty optional fields left out).
 */
export function dialogSubmission(
  opened: MmDialog,
  f: { teamId: string; channelId: string; userId: string; submission: Record<string, string | boolean>; cancelled?: boolean },
): { url: string; headers: Record<string, string>; payload: string } {
  const names = new Set((opened.dialog.elements ?? []).map((e) => e.name));
  for (const k of Object.keys(f.submission)) if (!names.has(k)) throw new Error(`the dialog has no field ${k}`);
  return {
    url: new URL(opened.url).pathname,
    headers: { 'content-type': 'application/json', 'user-agent': 'Mattermost-Bot/1.1' },
    payload: JSON.stringify({
      type: 'dialog_submission',
      callback_id: opened.dialog.callback_id ?? '',
      state: opened.dialog.state ?? '',
      user_id: f.userId,
      channel_id: f.channelId,
      team_id: f.teamId,
      submission: f.cancelled ? {} : Object.fromEntries(Object.entries(f.submission).filter(([, v]) => v !== '')),
      cancelled: !!f.cancelled,
    }),
  };
}
