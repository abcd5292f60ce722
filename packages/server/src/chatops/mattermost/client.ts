import { createHmac, timingSafeEqual } from 'node:crypto';
import { registerChatPlatform } from '../platforms.ts';
import {
  ChatApiError,
  type ChatButton,
  type ChatCapabilities,
  type ChatClient,
  type ChatConnection,
  type ChatMessage,
  type ChatReply,
} from '../types.ts';

/**
 * Mattermost's REST API v4 (https://developers.mattermost.com/api-documentation/) as the chat-ops
 * core uses it, over `fetch` with the bot account's access token. Rich messages are Slack-compatible
 * message attachments in `props.attachments`; buttons are interactive message actions whose
 * `integration.url` is Firebreak's `/api/v1/chat/mattermost/actions` and whose `context` is signed
 * with the connection's `actionSecret` (Mattermost does not sign action callbacks itself).
 */

const TIMEOUT_MS = 10_000;
export const ACTIONS_PATH = '/api/v1/chat/mattermost/actions';

/** Where the actions route lives, set by `mattermostRoutes` from FIREBREAK_PUBLIC_URL. */
let publicUrl: string | null = null;
export function setMattermostPublicUrl(url: string): void {
  publicUrl = url.replace(/\/+$/, '');
}

/** What a button carries back in its `integration.context`: the press, and our signature over it. */
export type ActionContext = { connection: string; action: string; value: string; sig: string };

function actionSignature(secret: string, connectionId: string, action: string, value: string): string {
  return createHmac('sha256', secret).update(`${connectionId}\n${action}\n${value}`).digest('hex');
}

export function signAction(secret: string, connectionId: string, action: string, value: string): ActionContext {
  return { connection: connectionId, action, value, sig: actionSignature(secret, connectionId, action, value) };
}

/** Whether a button's context was signed with this secret (constant time). */
export function actionSignatureMatches(secret: string, ctx: ActionContext): boolean {
  if (!/^[0-9a-f]{64}$/.test(ctx.sig)) return false;
  const want = Buffer.from(actionSignature(secret, ctx.connection, ctx.action, ctx.value), 'hex');
  return timingSafeEqual(want, Buffer.from(ctx.sig, 'hex'));
}

const HEX_BY_STYLE: Record<string, string> = { danger: '#E03131', primary: '#1C7ED6' };
const cap = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A `ChatMessage` as a Mattermost post's message + one message attachment (fields, link, buttons). */
export function renderPost(
  m: ChatMessage,
  opts: { connection?: ChatConnection; actionsUrl?: string | null } = {},
): { message: string; props?: { attachments: Record<string, unknown>[] } } {
  const rich = m.title || m.body || m.fields?.length || m.link || m.buttons?.length || m.context;
  if (!rich) return { message: cap(m.text, 16_383) };
  const a: Record<string, unknown> = { fallback: cap(m.text, 3000) || 'Firebreak' };
  if (m.title) a.title = cap(m.title, 250);
  if (m.link) {
    if (m.title) a.title_link = m.link.url;
    else {
      a.title = cap(m.link.label, 250);
      a.title_link = m.link.url;
    }
  }
  if (m.body) a.text = cap(m.body, 7000);
  if (m.fields?.length) a.fields = m.fields.map((f) => ({ short: f.value.length <= 40, title: f.label, value: f.value }));
  if (m.context) a.footer = cap(m.context, 300);
  const buttons = renderButtons(m.buttons ?? [], opts);
  if (buttons.length) a.actions = buttons;
  if (m.buttons?.some((b) => b.style === 'danger')) a.color = HEX_BY_STYLE.danger;
  return { message: cap(m.text, 16_383), props: { attachments: [a] } };
}

function renderButtons(buttons: ChatButton[], opts: { connection?: ChatConnection; actionsUrl?: string | null }) {
  const secret = opts.connection?.secrets.actionSecret;
  if (!opts.actionsUrl || !opts.connection || !secret) return [];
  const conn = opts.connection;
  return buttons.map((b) => ({
    id: b.actionId.replace(/[^A-Za-z0-9]/g, '').slice(0, 26) || 'action',
    type: 'button',
    name: cap(b.label, 80),
    ...(b.style ? { style: b.style } : {}),
    integration: { url: opts.actionsUrl, context: signAction(secret, conn.id, b.actionId, b.value) },
  }));
}

/** A `ChatApiError` that keeps Mattermost's HTTP status (404: no such user / channel). */
export class MattermostApiError extends ChatApiError {
  readonly status: number;
  constructor(status: number, message: string, opts: { retryAfterMs?: number; permanent?: boolean; code?: string }) {
    super(message, opts);
    this.status = status;
  }
}

/** Mattermost's error body `{id, message, status_code}` as a `ChatApiError`. */
async function errorOf(res: Response, what: string): Promise<MattermostApiError> {
  const text = await res.text().catch(() => '');
  let body: { id?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  // A channel name already used in the team: the core then tries the next name (inc-42-2, …).
  const code =
    body.id === 'store.sql_channel.save_channel.exists.app_error'
      ? 'name_taken'
      : typeof body.id === 'string'
        ? body.id
        : `http_${res.status}`;
  const reason = typeof body.message === 'string' ? body.message : text.slice(0, 200);
  if (res.status === 429) {
    const retryAfter = Number(res.headers.get('retry-after'));
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    const retryAfterMs =
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : Number.isFinite(reset) && reset > 0 ? reset * 1000 : 1000;
    return new MattermostApiError(429, `Mattermost rate limited ${what}; retry in ${Math.ceil(retryAfterMs / 1000)} s`, {
      retryAfterMs,
      code: 'rate_limited',
    });
  }
  const permanent = res.status === 400 || res.status === 401 || res.status === 403 || res.status === 404;
  return new MattermostApiError(res.status, `Mattermost answered ${res.status} to ${what}${reason ? `: ${reason}` : ''}`, {
    permanent,
    code,
  });
}

const botIds = new Map<string, string>();

export class MattermostClient implements ChatClient {
  readonly capabilities: ChatCapabilities = { channels: true, modals: true };
  private readonly connection: ChatConnection;
  private readonly actionsUrl: string | null;
  private readonly base: string;
  private readonly token: string;

  constructor(connection: ChatConnection, actionsUrl: string | null = publicUrl ? `${publicUrl}${ACTIONS_PATH}` : null) {
    this.connection = connection;
    this.actionsUrl = actionsUrl;
    this.base = (connection.apiBaseUrl ?? connection.secrets.baseUrl ?? '').replace(/\/+$/, '');
    this.token = connection.secrets.botToken ?? '';
  }

  private async call<T>(method: string, path: string, what: string, body?: unknown): Promise<T> {
    if (!this.base) throw new ChatApiError('This Mattermost connection has no server URL (secret baseUrl)', { permanent: true });
    if (!this.token) throw new ChatApiError('This Mattermost connection has no bot token', { permanent: true });
    let res: Response;
    try {
      res = await fetch(`${this.base}/api/v4${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'application/json',
          'user-agent': 'Firebreak',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (err) {
      const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new ChatApiError(`Mattermost could not be reached for ${what}: ${why}`, { code: 'unreachable' });
    }
    if (!res.ok) throw await errorOf(res, what);
    const text = await res.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  async test(): Promise<string> {
    const me = await this.call<{ username: string; is_bot?: boolean }>('GET', '/users/me', 'reading the bot account');
    const host = new URL(this.base).host;
    return `Connected to ${host} as @${me.username}${me.is_bot ? ' (bot account)' : ''}`;
  }

  async createChannel(name: string, opts: { private: boolean }): Promise<{ id: string; name: string }> {
    const teamId = await this.teamId();
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64) || 'incident';
    const ch = await this.call<{ id: string; name: string }>('POST', '/channels', `creating channel ${slug}`, {
      team_id: teamId,
      name: slug.length < 2 ? `${slug}-` : slug,
      display_name: cap(name, 64),
      type: opts.private ? 'P' : 'O',
    });
    return { id: ch.id, name: ch.name };
  }

  /** The connection's team, or the bot's only team when the connection names none (GET /users/me/teams). */
  private async teamId(): Promise<string> {
    if (this.connection.externalTeamId) return this.connection.externalTeamId;
    const teams = await this.call<{ id: string }[]>('GET', '/users/me/teams', 'reading the bot account’s teams');
    if (teams.length === 1) return teams[0].id;
    throw new ChatApiError(
      teams.length
        ? 'The bot account is in several Mattermost teams: set the team id on the connection'
        : 'The bot account is in no Mattermost team: add it to the team incident channels belong to',
      { permanent: true },
    );
  }

  async invite(channelId: string, userIds: string[]): Promise<void> {
    for (const userId of [...new Set(userIds)])
      await this.call('POST', `/channels/${encodeURIComponent(channelId)}/members`, 'adding a channel member', { user_id: userId });
  }

  async setTopic(channelId: string, topic: string): Promise<void> {
    await this.call('PUT', `/channels/${encodeURIComponent(channelId)}/patch`, 'setting the channel header', {
      header: cap(topic, 1024),
      purpose: cap(topic, 250),
    });
  }

  async post(channelId: string | null, message: ChatMessage): Promise<{ messageId: string | null }> {
    if (!channelId) throw new ChatApiError('Mattermost posts need a channel', { permanent: true });
    const rendered = renderPost(message, { connection: this.connection, actionsUrl: this.actionsUrl });
    const post = await this.call<{ id: string }>('POST', '/posts', 'posting a message', { channel_id: channelId, ...rendered });
    return { messageId: post.id };
  }

  async archive(channelId: string): Promise<void> {
    await this.call('DELETE', `/channels/${encodeURIComponent(channelId)}`, 'archiving the channel');
  }

  async userIdByEmail(email: string): Promise<string | null> {
    try {
      const u = await this.call<{ id: string }>('GET', `/users/email/${encodeURIComponent(email)}`, 'finding a user by e-mail');
      return u.id;
    } catch (err) {
      if (err instanceof MattermostApiError && err.status === 404) return null;
      throw err;
    }
  }

  /** `@name` in a command → the user's id (GET /users/username/{username}); null when there is no such user. */
  async userIdByUsername(username: string): Promise<string | null> {
    try {
      const u = await this.call<{ id: string }>('GET', `/users/username/${encodeURIComponent(username)}`, 'finding a user by name');
      return u.id;
    } catch (err) {
      if (err instanceof MattermostApiError && err.status === 404) return null;
      throw err;
    }
  }

  /** The bot account's own id, so its posts are not mirrored back (read once per connection and process). */
  async botUserId(): Promise<string> {
    const key = `${this.connection.id}:${this.token}`;
    const known = botIds.get(key);
    if (known) return known;
    const me = await this.call<{ id: string }>('GET', '/users/me', 'reading the bot account');
    botIds.set(key, me.id);
    return me.id;
  }

  async emailOfUser(userId: string): Promise<string | null> {
    try {
      const u = await this.call<{ email?: string }>('GET', `/users/${encodeURIComponent(userId)}`, 'reading a user');
      return u.email ? u.email : null;
    } catch (err) {
      if (err instanceof MattermostApiError && err.status === 404) return null;
      throw err;
    }
  }

  /** Opens an interactive dialog for the person whose slash command carried `triggerId` (valid for a few seconds). */
  async openDialog(triggerId: string, url: string, dialog: Record<string, unknown>): Promise<void> {
    if (!triggerId) throw new ChatApiError('Mattermost sent no trigger id to open the form with', { permanent: true });
    await this.call('POST', '/actions/dialogs/open', 'opening the declare form', { trigger_id: triggerId, url, dialog });
  }

  /** A post only `userId` sees, in `channelId` (POST /posts/ephemeral). */
  async postEphemeral(userId: string, channelId: string, message: ChatMessage): Promise<void> {
    const rendered = renderPost(message, { connection: this.connection, actionsUrl: this.actionsUrl });
    await this.call('POST', '/posts/ephemeral', 'posting a message only one person sees', {
      user_id: userId,
      post: { channel_id: channelId, ...rendered },
    });
  }

  /** Answers a slash command or button later through its `response_url` (Mattermost's command response body). */
  async respond(responseUrl: string, reply: ChatReply): Promise<void> {
    let res: Response;
    try {
      res = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Firebreak' },
        body: JSON.stringify(commandResponse(reply, { connection: this.connection, actionsUrl: this.actionsUrl })),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (err) {
      throw new ChatApiError(`Mattermost could not be reached for the response URL: ${err instanceof Error ? err.message : err}`);
    }
    if (!res.ok) throw await errorOf(res, 'answering through the response URL');
  }
}

/** A `ChatReply` as Mattermost's slash command response (`response_type`, `text`, `attachments`). */
export function commandResponse(
  reply: ChatReply,
  opts: { connection?: ChatConnection; actionsUrl?: string | null } = {},
): { response_type: 'ephemeral' | 'in_channel'; text: string; attachments?: Record<string, unknown>[] } {
  const r = renderPost(reply.message, opts);
  return {
    response_type: reply.visibility === 'channel' ? 'in_channel' : 'ephemeral',
    text: r.message,
    ...(r.props ? { attachments: r.props.attachments } : {}),
  };
}

registerChatPlatform('mattermost', (connection) => new MattermostClient(connection));
