import type { TimelineEntryView } from '@firebreak/shared';
import { when } from '../output.ts';

type Person = { id: string; name: string } | null | undefined;
type Change = { from: unknown; to: unknown };

const name = (p: unknown) => (p && typeof p === 'object' && 'name' in p ? String((p as { name: unknown }).name) : 'nobody');
const str = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v));
const withBody = (head: string, body: string | null) => (body?.trim() ? `${head}: ${body.trim()}` : head);

/** One sentence saying what the entry records, from its kind and structured data. */
export function describeEntry(e: TimelineEntryView): string {
  const d = e.data;
  switch (e.kind) {
    case 'declared':
      return withBody(`declared ${str(d.ref)} "${str(d.title)}" (${str(d.severity)}, ${str(d.status)})`, e.body);
    case 'status_changed': {
      const extra = [d.reopened ? 'reopened' : '', d.duplicateOf ? `duplicate of ${str(d.duplicateOf)}` : ''].filter(Boolean).join(', ');
      return withBody(`status ${str(d.from)} → ${str(d.to)}${extra ? ` (${extra})` : ''}`, e.body);
    }
    case 'field_changed': {
      const changes = (d.changes ?? {}) as Record<string, Change>;
      const parts = Object.entries(changes).map(([f, c]) =>
        f === 'severity' || f === 'title' || f.startsWith('rootCauseFix.state') ? `${f} ${str(c.from)} → ${str(c.to)}` : f,
      );
      return withBody(`edited ${parts.join(', ')}`, e.body);
    }
    case 'role_assigned': {
      const from = d.from as Person;
      return withBody(`${name(d.to)} is now ${str(d.roleName)}${from ? ` (was ${from.name})` : ''}`, e.body);
    }
    case 'role_unassigned':
      return withBody(`${str(d.roleName)} unassigned (was ${name(d.from)})`, e.body);
    case 'member_added':
      return `${name(d.user)} added as ${str(d.kind)}`;
    case 'member_removed':
      return `${name(d.user)} removed`;
    case 'comment':
      return `comment: ${e.body ?? ''}`;
    case 'stakeholder_update':
      return `stakeholder update: ${e.body ?? ''}`;
    case 'note':
      return `note: ${e.body ?? ''}`;
    case 'action_added':
      return `${d.kind === 'follow_up' ? 'follow-up' : 'action'} added: ${e.body ?? ''}${d.owner ? ` (owner ${name(d.owner)})` : ''}`;
    case 'action_changed': {
      const changes = (d.changes ?? {}) as Record<string, Change>;
      const parts = Object.entries(changes).map(([f, c]) => `${f} ${str(c.from)} → ${str(c.to)}`);
      return `action "${e.body ?? ''}": ${parts.join(', ')}`;
    }
    case 'why_added':
      return `why? ${e.body ?? ''}`;
    case 'why_answered':
      return `answered "${str(d.question)}": ${e.body ?? ''}`;
    case 'alert_joined':
      return `alert (${str(d.severity)}, ${str(d.source)}): ${str(d.title)}`;
    case 'merged':
      return `${str(d.duplicate)} marked as a duplicate of this ("${str(d.title)}")`;
    case 'pinned':
      return `${d.pinned ? 'pinned' : 'unpinned'} entry #${str(d.entryId)}`;
    default:
      return withBody(e.kind, e.body);
  }
}

/**
 * `#id  time  actor  what` with fixed column widths, so streamed lines line up without a table.
 * A back-dated entry shows when it happened, and when it was written down.
 */
export function formatEntry(e: TimelineEntryView): string {
  const backdated = Math.abs(Date.parse(e.recordedAt) - Date.parse(e.occurredAt)) > 60_000;
  const at = when(e.occurredAt, true);
  const actor = (e.actor?.name ?? 'Firebreak').slice(0, 18).padEnd(18);
  const flags = `${e.pinned ? '[pinned] ' : ''}${backdated ? `[recorded ${when(e.recordedAt)}] ` : ''}`;
  const text = describeEntry(e).replace(/\s*\n\s*/g, ' ⏎ ');
  return `${`#${e.id}`.padEnd(6)} ${at}  ${actor}  ${flags}${text}`;
}
