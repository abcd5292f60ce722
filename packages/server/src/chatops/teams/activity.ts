import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ChatReply } from '../types.ts';
import { adaptiveCard } from './client.ts';

/**
 * A Teams outgoing webhook's request: a Bot Framework `message` activity sent when someone
 * @mentions the webhook in a channel of the team it was added to, signed with
 * `Authorization: HMAC <base64(HMAC-SHA256(base64-decoded security token, raw body))>`.
 * The payload names the sender (`from.id`, `from.name`, `from.aadObjectId`) but carries no e-mail
 * or UPN, and an outgoing webhook cannot call any Teams or Graph API to look one up.
 * https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-outgoing-webhook
 */

/** Whether the Authorization header is Teams' HMAC of the raw body under the (base64) security token; constant time. */
export function teamsSignatureMatches(secretBase64: string, raw: Buffer, authorization: string | undefined): boolean {
  if (!authorization?.startsWith('HMAC ')) return false;
  const given = Buffer.from(authorization.slice(5).trim(), 'base64');
  const key = Buffer.from(secretBase64, 'base64');
  if (key.length === 0) return false;
  const want = createHmac('sha256', key).update(raw).digest();
  return given.length === want.length && timingSafeEqual(given, want);
}

const Account = z.looseObject({ id: z.string().max(500), name: z.string().max(500).nullish(), aadObjectId: z.string().max(100).nullish() });
/** The fields Firebreak reads from the activity (Teams sends many more; they are ignored). */
export const TeamsActivity = z.looseObject({
  type: z.string(),
  id: z.string().min(1).max(500),
  text: z.string().max(30_000).nullish(),
  from: Account,
  conversation: z.looseObject({ id: z.string().max(500) }),
  entities: z.array(z.looseObject({ type: z.string(), mentioned: Account.optional(), text: z.string().max(1000).optional() })).nullish(),
  channelData: z
    .looseObject({
      teamsChannelId: z.string().max(500).nullish(),
      channel: z.looseObject({ id: z.string().max(500) }).nullish(),
    })
    .nullish(),
});
export type TeamsActivity = z.infer<typeof TeamsActivity>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '');

/**
 * The command in an activity's text: the first `<at>…</at>` (the webhook's own name) removed, other
 * mentions kept as `@Name` in order (their display names in `mentions`), HTML removed, spaces
 * collapsed. `incident …` and `oncall …` pick the command; anything else is an incident command.
 */
export function parseCommand(html: string): { command: 'incident' | 'oncall'; text: string; mentions: string[] } {
  const mentions: string[] = [];
  let first = true;
  const withoutTags = html
    .replace(/<at[^>]*>([\s\S]*?)<\/at>/gi, (_, name: string) => {
      if (first) {
        first = false;
        return ' ';
      }
      const clean = decode(name.replace(/<[^>]*>/g, '')).trim();
      mentions.push(clean);
      return ` @${clean} `;
    })
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  const text = decode(withoutTags).replace(/\s+/g, ' ').trim();
  const [word, ...rest] = text.split(' ');
  const lower = (word ?? '').toLowerCase();
  if (lower === 'oncall' || lower === 'on-call') return { command: 'oncall', text: rest.join(' '), mentions };
  if (lower === 'incident' || lower === '/incident') return { command: 'incident', text: rest.join(' '), mentions };
  return { command: 'incident', text, mentions };
}

/** The synchronous answer Teams shows under the message: a message activity with the text and, when rich, an Adaptive Card. */
export function replyActivity(reply: ChatReply): Record<string, unknown> {
  const m = reply.message;
  const rich = m.title || m.body || m.fields?.length || m.link || m.context;
  if (!rich) return { type: 'message', text: m.text };
  return {
    type: 'message',
    text: m.text,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: adaptiveCard(m) }],
  };
}
