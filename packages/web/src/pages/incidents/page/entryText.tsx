import { type IncidentStatus, TRACKER_LABEL } from '@firebreak/shared';
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../../../api/types.ts';
import { ACTION_STATUS_LABEL, MILESTONE_LABEL, STATUS_LABEL } from '../../../lib/labels.ts';
import { retroStep } from '../../../lib/retroSteps.ts';
import { PUBLIC_STATUS } from '../../../lib/statusPublicWords.ts';

const TRACKER_NAMES: Record<string, string> = TRACKER_LABEL;

const FIELD_LABEL: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  symptoms: 'symptoms',
  scopeCustomers: 'affected customers',
  scopeRegions: 'affected regions',
  scopeUserShare: 'share of users affected',
  customerImpact: 'customer impact',
  rootCauses: 'root causes',
  fixesForSymptoms: 'fix for now',
  prevention: 'prevention',
  private: 'privacy',
  severity: 'severity',
  services: 'services',
  'rootCauseFix.state': 'state of the fix for the root cause',
  'rootCauseFix.description': 'fix for the root cause',
  'rootCauseFix.reason': 'reason the root-cause fix is waived',
};
const fieldName = (f: string) =>
  FIELD_LABEL[f] ??
  (f.startsWith('milestones.') ? `milestone ${MILESTONE_LABEL[f.slice(11) as keyof typeof MILESTONE_LABEL] ?? f.slice(11)}` : f);
const s = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const name = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : '');
const statusLabel = (v: unknown) => STATUS_LABEL[v as IncidentStatus] ?? s(v);

/** One line saying what a system entry means, in words: "Sam handed commander over to Priya". */
export function describe(e: TimelineEntry): ReactNode {
  const who = <strong>{e.actor?.name ?? 'Firebreak'}</strong>;
  const d = e.data;
  switch (e.kind) {
    case 'declared':
      return (
        <>
          {who} declared {s(d.ref)} as {s(d.severity)}
          {Array.isArray(d.services) && d.services.length ? ` on ${d.services.join(', ')}` : ''}
          {d.private ? ' (private)' : ''}
        </>
      );
    case 'status_changed':
      return (
        <>
          {who} changed status{' '}
          <strong>
            {statusLabel(d.from)} → {statusLabel(d.to)}
          </strong>
          {d.reopened ? ' (reopened)' : ''}
          {d.duplicateOf ? `, duplicate of ${s(d.duplicateOf)}` : ''}
        </>
      );
    case 'severity_changed':
      return (
        <>
          {who} changed severity {s(d.from)} → <strong>{s(d.to)}</strong>
        </>
      );
    case 'services_changed':
      return <>{who} changed services</>;
    case 'field_changed': {
      const fields = Array.isArray(d.fields) ? (d.fields as string[]) : [];
      const changes = (d.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
      if (fields.length === 1 && fields[0] === 'severity')
        return (
          <>
            {who} changed severity {s(changes.severity?.from)} → <strong>{s(changes.severity?.to)}</strong>
          </>
        );
      if (fields.length === 1 && fields[0] === 'title')
        return (
          <>
            {who} renamed the incident to <strong>“{s(changes.title?.to)}”</strong>
          </>
        );
      if (fields.length === 1 && fields[0] === 'services') {
        const to = Array.isArray(changes.services?.to) ? (changes.services.to as string[]) : [];
        return (
          <>
            {who} changed the affected services to <strong>{to.length ? to.join(', ') : 'none'}</strong>
          </>
        );
      }
      if (fields.length === 1 && fields[0] === 'rootCauseFix.state')
        return (
          <>
            {who} set the fix for the root cause to <strong>{s(changes['rootCauseFix.state']?.to).replace('_', ' ')}</strong>
          </>
        );
      return (
        <>
          {who} updated {fields.map(fieldName).join(', ')}
        </>
      );
    }
    case 'milestone_set':
      return (
        <>
          {who} set milestone {s(d.milestone)}
        </>
      );
    case 'role_assigned':
      return d.handover ? (
        <>
          {who} handed {s(d.roleName)} over from {name(d.from)} to <strong>{name(d.to)}</strong>
        </>
      ) : (
        <>
          <strong>{name(d.to)}</strong> is now {s(d.roleName)}
          {e.actor && name(d.to) !== e.actor.name ? <> (assigned by {e.actor.name})</> : null}
        </>
      );
    case 'role_unassigned':
      return (
        <>
          {who} unassigned {s(d.roleName)} ({name(d.from)})
        </>
      );
    case 'member_added':
      return (
        <>
          {who} added {name(d.user) || 'someone'}
        </>
      );
    case 'member_removed':
      return (
        <>
          {who} removed {name(d.user) || 'someone'}
        </>
      );
    case 'action_added':
      return (
        <>
          {who} added {d.kind === 'follow_up' ? 'follow-up' : 'action'} <strong>{e.body}</strong>
          {name(d.owner) ? ` for ${name(d.owner)}` : ''}
          {d.draft ? ' (draft)' : ''}
        </>
      );
    case 'action_changed': {
      const changes = (d.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
      const st = changes.status?.to as keyof typeof ACTION_STATUS_LABEL | undefined;
      const tracker = d.tracker as { tracker?: string; key?: string; by?: string | null; event?: string } | undefined;
      if (tracker?.event) {
        const where = TRACKER_NAMES[tracker.tracker ?? ''] ?? s(tracker.tracker);
        const by = tracker.by ? ` by ${tracker.by}` : '';
        if (tracker.event === 'created')
          return (
            <>
              Follow-up <strong>{e.body}</strong> created in {where} as {s(tracker.key)}
            </>
          );
        return (
          <>
            <strong>{e.body}</strong> {tracker.event === 'closed' ? 'closed' : 'reopened'} in {where}
            {by}
            {st ? ` (now ${ACTION_STATUS_LABEL[st] ?? s(st)})` : ''}
          </>
        );
      }
      return st ? (
        <>
          {who} marked <strong>{e.body}</strong> as {ACTION_STATUS_LABEL[st] ?? s(st)}
        </>
      ) : (
        <>
          {who} changed {Object.keys(changes).join(', ')} of <strong>{e.body}</strong>
        </>
      );
    }
    case 'why_added':
      return (
        <>
          {who} asked why: <strong>{e.body ?? s(d.question)}</strong>
        </>
      );
    case 'why_answered':
      return (
        <>
          {who} answered a why
          {e.body ? (
            <>
              : <strong>{e.body}</strong>
            </>
          ) : null}
        </>
      );
    case 'alert_joined':
      return (
        <>
          Alert {s(d.severity)} from {s(d.source)}: <strong>{s(d.title)}</strong>
        </>
      );
    case 'merged':
      return (
        <>
          {s(d.duplicate)} ({s(d.title)}) was marked a duplicate of this incident
        </>
      );
    case 'pinned':
      return (
        <>
          {who} {d.pinned ? 'pinned' : 'unpinned'} an entry
        </>
      );
    case 'retro_drafted':
    case 'retro_status_changed':
    case 'retro_published':
    case 'retro_amended':
      return (
        <>
          {who} {retroStep(e.kind, d)}
        </>
      );
    case 'entry_edited':
      return (
        <>
          {who} edited a {d.kind === 'note' ? 'note' : 'war-room comment'}
          {typeof d.from === 'string' && <span className="fb-tl-was">: it said “{d.from}”</span>}
        </>
      );
    case 'entry_deleted':
      return (
        <>
          {who} deleted a {d.kind === 'note' ? 'note' : 'war-room comment'}
        </>
      );
    case 'update_edited':
      return (
        <>
          {who} corrected a stakeholder update
          {typeof d.from === 'string' && <span className="fb-tl-was">: it said “{d.from}”</span>}
        </>
      );
    case 'status_page_published':
      return (
        <>
          {who} published this on the status page as <strong>“{s(d.publicTitle)}”</strong>
        </>
      );
    case 'status_page_changed':
      return (
        <>
          {who} changed the status page{' '}
          {d.publicTitle !== undefined ? (
            <>
              title to <strong>“{s(d.publicTitle)}”</strong>
            </>
          ) : (
            'impact'
          )}
        </>
      );
    case 'status_page_update':
      return (
        <>
          {who} posted a public update ({PUBLIC_STATUS[s(d.status)]?.label ?? s(d.status)})
          {d.stakeholderUpdate ? ' with the stakeholder update' : ''}
        </>
      );
    case 'status_page_unpublished':
      return <>{who} took this off the status page</>;
    case 'status_page_summary':
      return (
        <>
          {who}{' '}
          {d.action === 'unpublished'
            ? 'took the summary for customers off the status page'
            : d.action === 'changed'
              ? 'changed the summary for customers on the status page'
              : 'published a summary of the retrospective for customers on the status page'}
        </>
      );
    case 'update_retracted':
      return (
        <>
          {who} retracted a stakeholder update{typeof d.reason === 'string' && d.reason ? `: ${d.reason}` : ''}
        </>
      );
    default:
      return (
        <>
          {who} {String(e.kind).replace(/_/g, ' ')}
        </>
      );
  }
}

/** Kinds grouped for the timeline filter. */
export const FILTERS: { value: string; label: string; kinds: string[] }[] = [
  { value: 'talk', label: 'War room', kinds: ['comment', 'note', 'entry_edited', 'entry_deleted'] },
  {
    value: 'updates',
    label: 'Stakeholder updates',
    kinds: [
      'stakeholder_update',
      'update_edited',
      'update_retracted',
      'status_page_published',
      'status_page_changed',
      'status_page_update',
      'status_page_unpublished',
      'status_page_summary',
    ],
  },
  { value: 'status', label: 'Status and severity', kinds: ['declared', 'status_changed', 'severity_changed', 'merged', 'milestone_set'] },
  { value: 'people', label: 'Roles and people', kinds: ['role_assigned', 'role_unassigned', 'member_added', 'member_removed'] },
  { value: 'ticket', label: 'Ticket edits', kinds: ['field_changed', 'services_changed', 'why_added', 'why_answered'] },
  { value: 'actions', label: 'Actions', kinds: ['action_added', 'action_changed'] },
];
