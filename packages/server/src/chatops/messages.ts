import type { IncidentSummary } from '@firebreak/shared';
import type { ChatMessage } from './types.ts';

/**
 * What Firebreak says in chat, platform-neutral (adapters render it). Messages are built when they
 * are sent, from the incident as it is then, so a retried call says the same thing the first did
 * about the change it reports (the change itself travels in the spec).
 */

export type MessageSpec =
  | { kind: 'welcome' }
  | { kind: 'announcement' }
  | { kind: 'update'; body: string; actor: string | null }
  | { kind: 'change'; entry: { kind: string; body: string | null; data: Record<string, unknown>; actor: string | null } };

export const incidentUrl = (publicUrl: string, ref: string) => `${publicUrl.replace(/\/+$/, '')}/incidents/${ref}`;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const statusLabel = (s: string) => cap(s.replace(/_/g, ' '));
const commanderOf = (s: IncidentSummary) => s.roles.find((r) => r.role === 'commander')?.user.name ?? null;

/** The channel topic: severity, status, commander and the link. */
export function topicOf(s: IncidentSummary, publicUrl: string): string {
  return [
    s.severity?.name ?? 'No severity',
    statusLabel(s.status),
    `Commander: ${commanderOf(s) ?? 'nobody yet'}`,
    incidentUrl(publicUrl, s.ref),
  ].join(' · ');
}

const facts = (s: IncidentSummary) => [
  { label: 'Severity', value: s.severity?.name ?? 'Not set' },
  { label: 'Status', value: statusLabel(s.status) },
  { label: 'Commander', value: commanderOf(s) ?? 'Nobody yet' },
  ...(s.services.length ? [{ label: 'Services', value: s.services.map((x) => x.name).join(', ') }] : []),
];

export function messageFor(spec: MessageSpec, s: IncidentSummary, publicUrl: string): ChatMessage {
  const link = { label: `Open ${s.ref} in Firebreak`, url: incidentUrl(publicUrl, s.ref) };
  switch (spec.kind) {
    case 'welcome':
      return {
        text: `${s.ref}: ${s.title} — this is its incident channel`,
        title: `${s.ref}: ${s.title}`,
        body: 'This channel is the war room for this incident. Its messages are kept on the incident timeline unless mirroring is switched off.',
        fields: facts(s),
        link,
        context: 'Type /incident help for the commands (status, severity, role, update, action, why, page, resolve, summary).',
      };
    case 'announcement':
      return {
        text: `New incident ${s.ref}: ${s.title}`,
        title: `New incident ${s.ref}: ${s.title}`,
        fields: facts(s),
        link,
      };
    case 'update':
      return {
        text: `Update on ${s.ref}: ${s.title}`,
        title: `Update on ${s.ref}: ${s.title}`,
        body: spec.body,
        fields: [{ label: 'Status', value: statusLabel(s.status) }, ...(s.severity ? [{ label: 'Severity', value: s.severity.name }] : [])],
        link,
        ...(spec.actor ? { context: `Posted by ${spec.actor}` } : {}),
      };
    case 'change':
      return changeMessage(spec.entry, s, link);
  }
}

function changeMessage(e: Extract<MessageSpec, { kind: 'change' }>['entry'], s: IncidentSummary, link: ChatMessage['link']): ChatMessage {
  const by = e.actor ? ` by ${e.actor}` : '';
  let text: string;
  if (e.kind === 'status_changed') {
    text = `${s.ref} is now ${statusLabel(String(e.data.to))} (was ${statusLabel(String(e.data.from))})${by}`;
  } else if (e.kind === 'field_changed') {
    const sev = (e.data.changes as Record<string, { from?: unknown; to?: unknown }>).severity;
    const name = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : String(v ?? 'none'));
    text = `${s.ref} severity is now ${name(sev?.to)} (was ${name(sev?.from)})${by}`;
  } else if (e.kind === 'role_assigned' || e.kind === 'role_unassigned') {
    const to = e.data.to as { name?: string } | null;
    const roleName = String(e.data.roleName ?? e.data.role);
    text = to?.name ? `${to.name} is now ${roleName} of ${s.ref}${by}` : `${s.ref} has no ${roleName} now${by}`;
  } else {
    text = `${s.ref}: ${e.kind.replace(/_/g, ' ')}${by}`;
  }
  return { text, ...(e.body ? { body: e.body } : {}), fields: facts(s), link };
}
