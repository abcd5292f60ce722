import type { ChatMessage, ChatReply } from '../types.ts';

/**
 * The core's platform-neutral messages as Slack Block Kit (https://api.slack.com/reference/block-kit/blocks).
 * Text is escaped per Slack's formatting rules (`&`, `<`, `>` only) and cut to each element's limit
 * (header 150, section 3000, field 2000, context 3000, button label 75, value 2000), so a long incident
 * title or update never makes Slack refuse the whole message (`invalid_blocks`).
 */

export type SlackBlock = Record<string, unknown>;
export type SlackMessageBody = { text: string; blocks: SlackBlock[] };

/** Slack's three control characters; everything else is literal in mrkdwn. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `max` characters (an ellipsis marks the cut). */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Escapes, then cuts without splitting an entity such as `&amp;`. */
function mrkdwnText(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, max - 1).replace(/&[a-z]{0,3}$/, '')}…`;
}

const plain = (text: string, max: number) => ({ type: 'plain_text', text: cut(text.trim() || '-', max), emoji: true });
const md = (text: string, max: number) => ({ type: 'mrkdwn', text: mrkdwnText(text, max) || ' ' });

/** Slack's link syntax: `<url|label>`; a label may not contain `|` or `>`. */
function link(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

export function renderMessage(m: ChatMessage): SlackMessageBody {
  const blocks: SlackBlock[] = [];
  if (m.title) blocks.push({ type: 'header', text: plain(m.title, 150) });
  const paragraphs = m.body?.trim() ? m.body.trim() : m.title ? '' : m.text;
  // A section holds 3000 characters: long bodies continue in further sections.
  let rest = paragraphs;
  while (rest && blocks.length < 40) {
    const piece = rest.slice(0, 2500);
    rest = rest.slice(piece.length);
    blocks.push({ type: 'section', text: md(piece, 3000) });
  }
  const fields = (m.fields ?? []).filter((f) => f.label.trim() || f.value.trim());
  for (let i = 0; i < fields.length && blocks.length < 45; i += 10)
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + 10).map((f) => md(`*${cut(f.label, 100)}*\n${cut(f.value, 1800)}`, 2000)),
    });
  if (m.link) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: link(m.link.url, cut(m.link.label, 500)) } });
  const buttons = (m.buttons ?? []).slice(0, 25);
  if (buttons.length)
    blocks.push({
      type: 'actions',
      elements: buttons.map((b) => ({
        type: 'button',
        text: plain(b.label, 75),
        action_id: b.actionId.slice(0, 255),
        value: b.value.slice(0, 2000),
        ...(b.style ? { style: b.style } : {}),
      })),
    });
  if (m.context?.trim()) blocks.push({ type: 'context', elements: [md(m.context.trim(), 3000)] });
  if (!blocks.length) blocks.push({ type: 'section', text: md(m.text || '-', 3000) });
  // `text` is the notification and the fallback; Slack reads it as mrkdwn too.
  return { text: mrkdwnText(m.text || m.title || '-', 3000), blocks };
}

/** What a slash command, a response_url post or an interactivity answer carries. */
export function renderReply(reply: ChatReply): SlackMessageBody & { response_type: 'ephemeral' | 'in_channel' } {
  return { response_type: reply.visibility === 'channel' ? 'in_channel' : 'ephemeral', ...renderMessage(reply.message) };
}

/** A reply of one line (errors, "Working on it…"). */
export function ephemeral(text: string): SlackMessageBody & { response_type: 'ephemeral' } {
  return { response_type: 'ephemeral', text: mrkdwnText(text, 3000), blocks: [{ type: 'section', text: md(text, 3000) }] };
}

/**
 * Slack's markup in a message as plain text for the timeline: `<@U1|ana>` → `@ana` (`<@U1>` → `@U1`),
 * `<#C1|general>` → `#general`, `<https://x|label>` → `label (https://x)`, `<!here>` → `@here`, entities decoded.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name || '@group')
    .replace(/<([a-z][a-z0-9+.-]*:[^|>]+)\|([^>]+)>/gi, '$2 ($1)')
    .replace(/<([a-z][a-z0-9+.-]*:[^|>]+)>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
