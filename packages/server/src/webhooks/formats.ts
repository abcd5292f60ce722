import type { TimelineEntryView, WebhookAudience, WebhookKind } from '@firebreak/shared';

/**
 * What one delivery says, before it is put in a destination's format: the generic webhook sends it
 * as it is (docs/webhooks.md); Slack, Mattermost and Teams get a message built from it.
 */
export type WebhookIncident = {
  id: string;
  ref: string;
  title: string;
  status: string;
  severity: { name: string; rank: number; color: string } | null;
  services: { id: string; name: string }[];
  roles: { role: string; roleName: string; name: string }[];
  summary: string | null;
  url: string;
};
export type WebhookEventBody = {
  /** `incident.<kind>`, or `ping` for a test. */
  event: string;
  deliveryId: string;
  /** Position of this delivery among this destination's deliveries about this incident (1, 2, …). */
  sequence: number;
  createdAt: string;
  audience: WebhookAudience;
  incident: WebhookIncident | null;
  entry: TimelineEntryView | null;
  /** `ping` only: the line the admin added to the test. */
  message?: string;
};

/** Severity colours (shared vocabulary names) as the hex chat tools want. */
const HEX: Record<string, string> = {
  red: '#E03131',
  orange: '#F76707',
  yellow: '#F59F00',
  blue: '#1C7ED6',
  grey: '#868E96',
  violet: '#7048E8',
  green: '#2F9E44',
};
/** Adaptive Card container styles closest to each severity colour. */
const CARD_STYLE: Record<string, 'attention' | 'warning' | 'good' | 'accent' | 'emphasis'> = {
  red: 'attention',
  orange: 'warning',
  yellow: 'warning',
  blue: 'accent',
  violet: 'accent',
  green: 'good',
  grey: 'emphasis',
};

const cap = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const title = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ') : s);

/** One line saying what happened, in plain words. */
export function headline(e: WebhookEventBody): string {
  if (!e.incident) return `Test message from Firebreak: this destination is set up correctly.${e.message ? ` ${e.message}` : ''}`;
  const who = e.entry?.actor?.name ?? 'Firebreak';
  const d = e.entry?.data ?? {};
  switch (e.event) {
    case 'incident.declared':
      return `${who} declared ${e.incident.ref}`;
    case 'incident.status_changed':
      return `${e.incident.ref} is now ${title(String(d.to ?? e.incident.status))} (was ${title(String(d.from ?? '—'))})`;
    case 'incident.severity_changed':
      return `${e.incident.ref} severity changed to ${e.incident.severity?.name ?? '—'}`;
    case 'incident.stakeholder_update':
      return `Stakeholder update on ${e.incident.ref} from ${who}`;
    case 'incident.role_assigned':
      return `${(d.to as { name?: string } | null)?.name ?? 'Someone'} is now ${String(d.roleName ?? d.role ?? 'in a role')} on ${e.incident.ref}`;
    case 'incident.comment':
      return `${who} commented on ${e.incident.ref}`;
    default:
      return `${title(e.event.replace(/^incident\./, ''))} on ${e.incident.ref} (${who})`;
  }
}

/** The entry's text, if it has any (a comment, an update, a status note). */
const detail = (e: WebhookEventBody): string | null => (e.entry?.body ? cap(e.entry.body, 1500) : null);

const facts = (i: WebhookIncident): { title: string; value: string }[] => [
  { title: 'Status', value: title(i.status) },
  { title: 'Severity', value: i.severity?.name ?? '—' },
  ...(i.services.length ? [{ title: 'Services', value: i.services.map((s) => s.name).join(', ') }] : []),
  ...i.roles.map((r) => ({ title: r.roleName, value: r.name })),
];

const colorOf = (e: WebhookEventBody) => HEX[e.incident?.severity?.color ?? 'grey'] ?? HEX.grey;

/** Slack incoming webhook: Block Kit blocks inside one attachment, which gives the severity colour bar. */
export function slackMessage(e: WebhookEventBody): unknown {
  const line = headline(e);
  const blocks: unknown[] = [];
  if (e.incident) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: cap(`${e.incident.ref} ${e.incident.title}`, 150), emoji: true } });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cap(`*${line}*${detail(e) ? `\n${detail(e)}` : ''}`, 3000) } });
    blocks.push({
      type: 'section',
      fields: facts(e.incident)
        .slice(0, 10)
        .map((f) => ({ type: 'mrkdwn', text: cap(`*${f.title}*\n${f.value}`, 2000) })),
    });
    blocks.push({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: `Open ${e.incident.ref}` }, url: e.incident.url, action_id: 'open_incident' },
      ],
    });
  } else blocks.push({ type: 'section', text: { type: 'mrkdwn', text: line } });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Firebreak · ${e.event} · delivery ${e.deliveryId}` }] });
  return { text: e.incident ? `${line}: ${e.incident.title}` : line, attachments: [{ color: colorOf(e), blocks }] };
}

/** Mattermost incoming webhook: Slack-compatible message attachments (fields, colour, title link). */
export function mattermostMessage(e: WebhookEventBody): unknown {
  const line = headline(e);
  if (!e.incident) return { text: line, attachments: [{ fallback: line, color: colorOf(e), text: line, footer: 'Firebreak' }] };
  return {
    text: line,
    attachments: [
      {
        fallback: `${line}: ${e.incident.title}`,
        color: colorOf(e),
        title: cap(`${e.incident.ref} ${e.incident.title}`, 250),
        title_link: e.incident.url,
        text: detail(e) ?? '',
        fields: facts(e.incident).map((f) => ({ short: true, title: f.title, value: f.value })),
        footer: `Firebreak · ${e.event}`,
      },
    ],
  };
}

/** Microsoft Teams Workflows webhook: a message with one Adaptive Card (1.4) attachment. */
export function teamsMessage(e: WebhookEventBody): unknown {
  const line = headline(e);
  const body: unknown[] = [];
  const actions: unknown[] = [];
  if (e.incident) {
    body.push({
      type: 'Container',
      style: CARD_STYLE[e.incident.severity?.color ?? 'grey'] ?? 'emphasis',
      items: [
        { type: 'TextBlock', text: `${e.incident.ref} ${e.incident.title}`, weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: line, wrap: true, spacing: 'Small' },
      ],
    });
    const text = detail(e);
    if (text) body.push({ type: 'TextBlock', text, wrap: true });
    body.push({ type: 'FactSet', facts: facts(e.incident) });
    actions.push({ type: 'Action.OpenUrl', title: `Open ${e.incident.ref}`, url: e.incident.url });
  } else body.push({ type: 'TextBlock', text: line, wrap: true });
  const card: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
  };
  if (actions.length) card.actions = actions;
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
}

/** The request body for a destination kind. */
export function requestBody(kind: WebhookKind, e: WebhookEventBody): string {
  switch (kind) {
    case 'slack':
      return JSON.stringify(slackMessage(e));
    case 'mattermost':
      return JSON.stringify(mattermostMessage(e));
    case 'teams':
      return JSON.stringify(teamsMessage(e));
    default:
      return JSON.stringify(e);
  }
}
