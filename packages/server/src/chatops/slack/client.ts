import { registerChatPlatform } from '../platforms.ts';
import { ChatApiError, type ChatCapabilities, type ChatClient, type ChatConnection, type ChatMessage, type ChatReply } from '../types.ts';
import { renderMessage, renderReply } from './render.ts';

/**
 * The Slack Web API (https://api.slack.com/methods) as the chat-ops core uses it, over fetch with the
 * connection's bot token (`Authorization: Bearer xoxb-…`). Write methods take JSON bodies; the read
 * methods that only accept form bodies (auth.test, users.info, users.lookupByEmail,
 * conversations.history/replies) get `application/x-www-form-urlencoded`.
 *
 * Slack answers HTTP 200 with `{ok: false, error}` for most failures; they become `ChatApiError`s:
 * permanent where retrying cannot help (bad token, missing scope, unknown channel, invalid blocks),
 * with `retryAfterMs` for HTTP 429 / `ratelimited` (Retry-After in seconds), transient otherwise.
 */

const SLACK_API = 'https://slack.com/api/';
/** A call that takes longer is abandoned (and retried by the job). */
const TIMEOUT_MS = 10_000;

/** Errors that the same call will get again: the job ends instead of retrying. */
const PERMANENT = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'not_allowed_token_type',
  'ekm_access_denied',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'already_archived',
  'cant_archive_general',
  'restricted_action',
  'user_not_found',
  'user_not_visible',
  'users_not_found',
  'invalid_arguments',
  'invalid_arg_name',
  'invalid_array_arg',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_name',
  'invalid_name_maxlength',
  'invalid_name_punctuation',
  'invalid_name_required',
  'invalid_name_specials',
  'cannot_create_channel',
  'too_long',
  'method_deprecated',
  'unknown_method',
  'invalid_trigger_id',
  'expired_trigger_id',
  'exchanged_trigger_id',
  'view_too_large',
  'not_found',
  'expired_url',
  'used_url',
  'no_service',
  'invalid_token',
]);

/** Errors a retry may get past (Slack's own trouble). */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/** Slack channel names: lowercase letters, digits, `-` and `_`, at most 80 characters. */
export function slackChannelName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return (cleaned || 'incident').slice(0, 80).replace(/-+$/, '');
}

type Body = Record<string, unknown>;
type Answer = Body & { ok: boolean; error?: string };

/** What the Web API answers in `message` objects (conversations.history / replies). */
export type SlackApiMessage = { ts: string; text?: string; user?: string; bot_id?: string; subtype?: string };

function retryAfter(header: string | null): number | undefined {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
}

export class SlackClient implements ChatClient {
  readonly capabilities: ChatCapabilities = { channels: true, modals: true };
  private readonly base: string;
  private readonly token: string;
  private readonly connection: ChatConnection;

  constructor(connection: ChatConnection) {
    this.connection = connection;
    const base = connection.apiBaseUrl || SLACK_API;
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.token = connection.secrets.botToken ?? '';
  }

  /** One Web API call; `form` sends the arguments form-encoded (methods that take no JSON). */
  async call(method: string, args: Body, opts: { form?: boolean } = {}): Promise<Answer> {
    if (!this.token) throw new ChatApiError('This Slack connection has no bot token', { permanent: true, code: 'not_authed' });
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    let body: string;
    if (opts.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(args)) if (v !== undefined) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
      body = params.toString();
    } else {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(args);
    }
    return this.send(`${this.base}${method}`, headers, body, method);
  }

  private async send(url: string, headers: Record<string, string>, body: string, what: string): Promise<Answer> {
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new ChatApiError(`Slack could not be reached (${what}): ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = await res.text().catch(() => '');
    if (res.status === 429)
      throw new ChatApiError(`Slack is rate limiting ${what}`, {
        retryAfterMs: retryAfter(res.headers.get('retry-after')) ?? 1000,
        code: 'ratelimited',
      });
    if (res.status >= 500) throw new ChatApiError(`Slack answered ${res.status} to ${what}`, { code: `http_${res.status}` });
    let json: Answer | null = null;
    try {
      json = JSON.parse(text) as Answer;
    } catch {
      json = null;
    }
    // response_url answers plain text: "ok", or an error word such as "expired_url"
    if (!json || typeof json !== 'object') {
      if (res.ok && text.trim() === 'ok') return { ok: true };
      const code = text.trim().slice(0, 100) || `http_${res.status}`;
      throw new ChatApiError(`Slack answered ${res.status} ${code} to ${what}`, {
        permanent: res.status >= 400 && res.status < 500,
        code,
      });
    }
    if (json.ok) return json;
    const code = typeof json.error === 'string' ? json.error : `http_${res.status}`;
    if (code === 'ratelimited')
      throw new ChatApiError(`Slack is rate limiting ${what}`, { retryAfterMs: retryAfter(res.headers.get('retry-after')) ?? 1000, code });
    const permanent = PERMANENT.has(code) || (!TRANSIENT.has(code) && res.status >= 400 && res.status < 500);
    throw new ChatApiError(`Slack refused ${what}: ${code}`, { permanent, code });
  }

  async test(): Promise<string> {
    const a = await this.call('auth.test', {}, { form: true });
    const team = typeof a.team === 'string' ? a.team : 'the workspace';
    const user = typeof a.user === 'string' ? a.user : 'the bot';
    if (this.connection.externalTeamId && a.team_id && a.team_id !== this.connection.externalTeamId)
      return `The bot token belongs to ${team} (${String(a.team_id)}), not to team ${this.connection.externalTeamId}: inbound requests will not match`;
    return `Connected to ${team} as @${user}`;
  }

  /** Creates the channel; a taken name gets `-2`, `-3` … (an earlier incident's channel, or one a person made). */
  async createChannel(name: string, opts: { private: boolean }): Promise<{ id: string; name: string }> {
    const base = slackChannelName(name);
    for (let attempt = 1; attempt <= 20; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`;
      const candidate = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
      try {
        const a = await this.call('conversations.create', { name: candidate, is_private: opts.private });
        const channel = a.channel as { id: string; name: string };
        return { id: channel.id, name: channel.name };
      } catch (err) {
        if (err instanceof ChatApiError && err.code === 'name_taken') continue;
        throw err;
      }
    }
    throw new ChatApiError(`Slack channel names ${base} … ${base}-20 are all taken`, { permanent: true, code: 'name_taken' });
  }

  async invite(channelId: string, userIds: string[]): Promise<void> {
    const users = [...new Set(userIds)].filter(Boolean);
    if (!users.length) return;
    try {
      // `force`: invite the valid ones even when one id is refused (a deactivated account).
      await this.call('conversations.invite', { channel: channelId, users: users.join(','), force: true });
    } catch (err) {
      // Everyone is there already: the job is done (a retried job, or people who joined by themselves).
      if (err instanceof ChatApiError && (err.code === 'already_in_channel' || err.code === 'cant_invite_self')) return;
      throw err;
    }
  }

  async setTopic(channelId: string, topic: string): Promise<void> {
    // The topic holds 250 characters.
    await this.call('conversations.setTopic', { channel: channelId, topic: Array.from(topic).slice(0, 250).join('') });
  }

  async post(channelId: string | null, message: ChatMessage): Promise<{ messageId: string | null }> {
    if (!channelId) throw new ChatApiError('Slack needs a channel to post to', { permanent: true, code: 'channel_not_found' });
    const a = await this.call('chat.postMessage', { channel: channelId, ...renderMessage(message), unfurl_links: false });
    return { messageId: typeof a.ts === 'string' ? a.ts : null };
  }

  async archive(channelId: string): Promise<void> {
    try {
      await this.call('conversations.archive', { channel: channelId });
    } catch (err) {
      if (err instanceof ChatApiError && err.code === 'already_archived') return;
      throw err;
    }
  }

  async userIdByEmail(email: string): Promise<string | null> {
    try {
      const a = await this.call('users.lookupByEmail', { email }, { form: true });
      return (a.user as { id?: string } | undefined)?.id ?? null;
    } catch (err) {
      if (err instanceof ChatApiError && (err.code === 'users_not_found' || err.code === 'user_not_found')) return null;
      throw err;
    }
  }

  async emailOfUser(userId: string): Promise<string | null> {
    try {
      const a = await this.call('users.info', { user: userId }, { form: true });
      const user = a.user as { deleted?: boolean; is_bot?: boolean; profile?: { email?: string } } | undefined;
      if (!user || user.deleted || user.is_bot) return null;
      return user.profile?.email ?? null;
    } catch (err) {
      if (err instanceof ChatApiError && (err.code === 'user_not_found' || err.code === 'users_not_found')) return null;
      throw err;
    }
  }

  /** Answers an interaction through its `response_url` (no token: the URL is the credential, valid 30 min, 5 uses). */
  async respond(responseUrl: string, reply: ChatReply): Promise<void> {
    await this.send(
      responseUrl,
      { 'content-type': 'application/json; charset=utf-8' },
      JSON.stringify({ ...renderReply(reply), replace_original: false }),
      'response_url',
    );
  }

  // ---- beyond ChatClient: what the Slack routes need ----

  /** Opens a modal for the person who triggered `triggerId` (valid 3 s). */
  async openView(triggerId: string, view: Body): Promise<{ viewId: string }> {
    const a = await this.call('views.open', { trigger_id: triggerId, view });
    return { viewId: String((a.view as { id?: string } | undefined)?.id ?? '') };
  }

  /** Replaces an open modal's content (the declare result once a slow declaration finished). */
  async updateView(viewId: string, view: Body): Promise<void> {
    await this.call('views.update', { view_id: viewId, view });
  }

  /** The message with timestamp `ts` in a channel, a thread reply included; null when it is gone. */
  async message(channelId: string, ts: string): Promise<SlackApiMessage | null> {
    const a = await this.call('conversations.history', { channel: channelId, latest: ts, inclusive: true, limit: 1 }, { form: true });
    const hit = (a.messages as SlackApiMessage[] | undefined)?.find((m) => m.ts === ts);
    if (hit) return hit;
    // A reply in a thread is not in the channel's history.
    try {
      const r = await this.call('conversations.replies', { channel: channelId, ts, inclusive: true, limit: 1 }, { form: true });
      return (r.messages as SlackApiMessage[] | undefined)?.find((m) => m.ts === ts) ?? null;
    } catch (err) {
      if (err instanceof ChatApiError && err.code === 'thread_not_found') return null;
      throw err;
    }
  }
}

registerChatPlatform('slack', (c) => new SlackClient(c));
