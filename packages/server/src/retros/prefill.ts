import type { RetroPrefill, TemplateSection, TimelineItem } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import { newId } from '../platform/ids.ts';
import type { TimelineEntryView } from '../timeline/index.ts';

type Why = { question: string; answer: string | null };

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');

const FIX_STATE: Record<string, string> = {
  unknown: 'Not known yet.',
  planned: 'Planned.',
  in_progress: 'In progress.',
  done: 'Done.',
  waived: 'Waived.',
};

/** The first draft of a section's text, from the ticket (seeds 000 and 003 map onto its fields). */
export function prefillBody(source: RetroPrefill, r: IncidentRow, whys: Why[]): string {
  const fix = () =>
    join(
      `**State:** ${FIX_STATE[r.root_cause_fix_state] ?? r.root_cause_fix_state}`,
      r.root_cause_fix_description,
      r.root_cause_fix_reason ? `**Waived because:** ${r.root_cause_fix_reason}` : '',
    );
  const scope = () =>
    [
      r.scope_customers ? `- **Customers:** ${r.scope_customers}` : '',
      r.scope_regions ? `- **Regions:** ${r.scope_regions}` : '',
      r.scope_user_share !== null ? `- **Share of users affected:** ${r.scope_user_share}%` : '',
    ]
      .filter(Boolean)
      .join('\n');
  switch (source) {
    case 'ticket': {
      // A draft starts with everything the ticket knows (issue 10): people cut, rather than retype.
      const labelled = (label: string, text: string) => (text.trim() ? `**${label}:** ${text.trim()}` : '');
      return join(
        r.summary,
        labelled('Symptoms', r.symptoms),
        scope() ? `**Scope:**\n\n${scope()}` : '',
        labelled('Customer impact', r.customer_impact),
        labelled('Root causes', r.root_causes),
        labelled('Fixes for the symptoms', r.fixes_for_symptoms),
        r.root_cause_fix_state !== 'unknown' || r.root_cause_fix_description
          ? `**Fix for the root cause (${(FIX_STATE[r.root_cause_fix_state] ?? r.root_cause_fix_state).replace('.', '').toLowerCase()}):** ${r.root_cause_fix_description || (r.root_cause_fix_reason ? `waived because ${r.root_cause_fix_reason}` : '')}`.trimEnd()
          : '',
        labelled('Prevention', r.prevention),
      );
    }
    case 'description':
      return join(r.summary, r.symptoms ? `**Symptoms:** ${r.symptoms}` : '');
    case 'summary':
      return r.summary;
    case 'original_request':
      // Viewers and share-link holders read this document, and the verbatim report may name
      // customers and people (the incident hides it from them too): the draft gets what stakeholders
      // read of the request, its summary; the verbatim report stays on the incident, for responders.
      return join(r.summary, r.original_request.trim() ? '_The verbatim report is kept on the incident, for responders._' : '');
    case 'symptoms':
      return r.symptoms;
    case 'scope':
      return scope();
    case 'customer_impact':
      return join(r.customer_impact, r.scope_user_share !== null ? `About ${r.scope_user_share}% of users were affected.` : '');
    case 'root_causes':
      return r.root_causes;
    case 'fixes_for_symptoms':
      return r.fixes_for_symptoms;
    case 'root_cause_fix':
      return fix();
    case 'stabilisation':
      return join(
        r.fixes_for_symptoms ? `**Stabilised by:** ${r.fixes_for_symptoms}` : '',
        r.root_cause_fix_description ? `**Fix for the root cause:** ${r.root_cause_fix_description}` : '',
      );
    case 'prevention':
      return r.prevention;
    case 'ticket_whys':
      return whys.map((w) => `- ${w.question}${w.answer ? `\n  - ${w.answer}` : ' (open)'}`).join('\n');
    case 'open_whys':
      return whys
        .filter((w) => !w.answer)
        .map((w) => `- ${w.question}`)
        .join('\n');
    default:
      return '';
  }
}

const MILESTONES: [keyof IncidentRow, string, string][] = [
  ['impact_started_at', 'impactStarted', 'Impact started'],
  ['detected_at', 'detected', 'Detected'],
  ['declared_at', 'declared', 'Incident declared'],
  ['acknowledged_at', 'acknowledged', 'Acknowledged'],
  ['identified_at', 'identified', 'Cause identified'],
  ['mitigated_at', 'mitigated', 'Mitigated'],
  ['resolved_at', 'resolved', 'Resolved'],
];

function describeEntry(e: TimelineEntryView): string {
  if (e.body) return e.body.length > 500 ? `${e.body.slice(0, 499)}…` : e.body;
  const d = e.data as Record<string, { name?: string } | string | undefined>;
  if (e.kind === 'status_changed') return `Status: ${String(d.from)} → ${String(d.to)}`;
  if (e.kind === 'role_assigned') return `${(d.to as { name?: string })?.name ?? 'Someone'} took the ${String(d.roleName ?? d.role)} role`;
  return e.kind.replace(/_/g, ' ');
}

/** Timeline excerpt: the milestones plus the pinned key moments, in time order. */
export function prefillTimeline(r: IncidentRow, pinned: TimelineEntryView[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const [col, milestone, text] of MILESTONES) {
    const at = r[col];
    if (typeof at === 'string') items.push({ id: newId().slice(0, 8), at, text, entryId: null, milestone, internal: false });
  }
  // A pinned war-room moment is quoted as it was said: internal until a person rewords it or keeps it
  // (packages/shared/src/retros/stakeholders.ts). Stakeholder updates and status changes stakeholders saw anyway.
  for (const e of pinned)
    items.push({
      id: newId().slice(0, 8),
      at: e.occurredAt,
      text: describeEntry(e),
      entryId: e.id,
      milestone: null,
      internal: e.visibility === 'internal',
    });
  return items.sort((a, b) => a.at.localeCompare(b.at));
}

export type PrefilledSection = TemplateSection & { body: string; items: TimelineItem[] | null };

/** Every template section with its first draft. */
export function prefillSections(sections: TemplateSection[], r: IncidentRow, whys: Why[], pinned: TimelineEntryView[]): PrefilledSection[] {
  // A five-whys section gets the ticket's whys as chains (whys/carry.ts), not as a list of text too.
  const carried = (s: TemplateSection) => s.kind === 'five_whys' && (s.prefill === 'ticket_whys' || s.prefill === 'open_whys');
  return sections.map((s) => ({
    ...s,
    body: carried(s) ? '' : prefillBody(s.prefill, r, whys),
    items: s.kind === 'timeline' ? prefillTimeline(r, pinned) : null,
  }));
}
