import { registerChatPlatform } from '../platforms.ts';
import { ChatApiError, type ChatCapabilities, type ChatClient, type ChatConnection, type ChatMessage } from '../types.ts';

/**
 * Microsoft Teams as the chat-ops core uses it. Teams gives Firebreak two doors and no API:
 * - out: a Workflows webhook ("Post to a channel when a webhook request is received", secret
 *   `workflowUrl`) that posts an Adaptive Card to the one channel the workflow names. It cannot
 *   create, join, rename or archive channels, so those operations are refused as permanent errors
 *   (capabilities `{channels: false, modals: false}`), and the core posts with channel `null`.
 * - in: an outgoing webhook (routes.ts), whose payload carries the sender's display name and Entra
 *   object id but no e-mail address. A Teams "user id" in Firebreak is therefore the e-mail address
 *   the route resolved for the sender (see routes.ts#senderEmail), so `emailOfUser` is the identity.
 *
 * Workflows cards: Adaptive Card schema 1.4 (what Teams renders everywhere), no Action.Submit (a
 * flow bot's card cannot call back), links as Action.OpenUrl.
 * https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 */

const TIMEOUT_MS = 10_000;
const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const cap = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A `ChatMessage` as an Adaptive Card (1.4). */
export function adaptiveCard(m: ChatMessage): Record<string, unknown> {
  const body: unknown[] = [];
  const head: unknown[] = [];
  if (m.title) head.push({ type: 'TextBlock', text: cap(m.title, 300), weight: 'Bolder', size: 'Medium', wrap: true });
  head.push({ type: 'TextBlock', text: cap(m.text, 1000), wrap: true, ...(m.title ? { spacing: 'Small' } : {}) });
  body.push({ type: 'Container', style: 'emphasis', items: head });
  if (m.body) body.push({ type: 'TextBlock', text: cap(m.body, 5000), wrap: true });
  if (m.fields?.length)
    body.push({ type: 'FactSet', facts: m.fields.map((f) => ({ title: cap(f.label, 100), value: cap(f.value, 500) })) });
  if (m.context) body.push({ type: 'TextBlock', text: cap(m.context, 500), isSubtle: true, size: 'Small', wrap: true });
  const card: Record<string, unknown> = { $schema: CARD_SCHEMA, type: 'AdaptiveCard', version: '1.4', body, msteams: { width: 'Full' } };
  if (m.link) card.actions = [{ type: 'Action.OpenUrl', title: cap(m.link.label, 100), url: m.link.url }];
  return card;
}

/** The Workflows webhook's documented envelope: a message with one Adaptive Card attachment. */
export function workflowsMessage(m: ChatMessage): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: adaptiveCard(m) }],
  };
}

const refused = (what: string) =>
  new ChatApiError(`Microsoft Teams connections cannot ${what}: the Workflows webhook only posts to its own channel`, {
    permanent: true,
    code: 'not_supported',
  });

export class TeamsClient implements ChatClient {
  readonly capabilities: ChatCapabilities = { channels: false, modals: false };
  private readonly connection: ChatConnection;

  constructor(connection: ChatConnection) {
    this.connection = connection;
  }

  private async send(message: ChatMessage, what: string): Promise<void> {
    const url = this.connection.secrets.workflowUrl;
    if (!url || !URL.canParse(url))
      throw new ChatApiError('This Teams connection has no Workflows webhook URL (secret workflowUrl)', { permanent: true });
    const host = new URL(url).host;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Firebreak' },
        body: JSON.stringify(workflowsMessage(message)),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (err) {
      const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      throw new ChatApiError(`The Teams workflow at ${host} could not be reached for ${what}: ${why}`, { code: 'unreachable' });
    }
    if (res.ok) return;
    const text = (await res.text().catch(() => '')).slice(0, 300);
    let reason = text;
    try {
      const j = JSON.parse(text) as { error?: { code?: string; message?: string } };
      if (j.error?.message) reason = `${j.error.code ? `${j.error.code}: ` : ''}${j.error.message}`;
    } catch {
      // not JSON: keep the text
    }
    if (res.status === 429) {
      const retryAfter = Number(res.headers.get('retry-after'));
      const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000;
      throw new ChatApiError(`The Teams workflow rate limited ${what}; retry in ${Math.ceil(retryAfterMs / 1000)} s`, {
        retryAfterMs,
        code: 'rate_limited',
      });
    }
    const permanent = res.status >= 400 && res.status < 500 && res.status !== 408;
    throw new ChatApiError(`The Teams workflow at ${host} answered ${res.status} to ${what}${reason ? `: ${reason}` : ''}`, {
      permanent,
      code: `http_${res.status}`,
    });
  }

  async test(): Promise<string> {
    await this.send(
      {
        text: 'Test message from Firebreak: this Teams connection is set up correctly.',
        title: 'Firebreak is connected',
        context: `Connection “${this.connection.name}”`,
      },
      'the test card',
    );
    return `Posted a test card through the Teams workflow at ${new URL(this.connection.secrets.workflowUrl).host}`;
  }

  async post(_channelId: string | null, message: ChatMessage): Promise<{ messageId: string | null }> {
    await this.send(message, 'posting a card');
    return { messageId: null };
  }

  createChannel(): Promise<{ id: string; name: string }> {
    return Promise.reject(refused('create channels'));
  }
  invite(): Promise<void> {
    return Promise.reject(refused('invite people'));
  }
  setTopic(): Promise<void> {
    return Promise.reject(refused('set channel topics'));
  }
  archive(): Promise<void> {
    return Promise.reject(refused('archive channels'));
  }

  /** A Teams user is known to Firebreak by the e-mail address the outgoing webhook route resolved. */
  async userIdByEmail(email: string): Promise<string | null> {
    return EMAIL.test(email) ? email.toLowerCase() : null;
  }
  async emailOfUser(userId: string): Promise<string | null> {
    return EMAIL.test(userId) ? userId.toLowerCase() : null;
  }
}

registerChatPlatform('teams', (connection) => new TeamsClient(connection));
