import { formatRef, type IncidentRow, loadIncident, whysOf } from '../incidents/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { getSeverity } from '../severities/index.ts';
import { resolveTemplate } from '../templates/index.ts';
import { listEntries, presentEntriesFor, record, type TimelineEntryView } from '../timeline/index.ts';
import { remember } from './history.ts';
import { prefillSections } from './prefill.ts';
import { getRetroByIncident, insertRetro, insertSections, type RetroRow } from './store.ts';
import { carryTicketWhys } from './whys/carry.ts';

/**
 * The retrospective is read by viewers and share-link holders: pinned moments are copied as the
 * least-privileged reader reads them (a viewer who is a member of nothing private), so no verbatim
 * report and no reference to a private incident lands in the document.
 */
const DOCUMENT_READER = { id: '', role: 'viewer' } as const;

async function pinnedEntries(tx: Tx, incidentId: string): Promise<TimelineEntryView[]> {
  const out: TimelineEntryView[] = [];
  let after = 0;
  for (;;) {
    const rows = await listEntries(tx, incidentId, { after, limit: 2000 });
    out.push(
      ...(await presentEntriesFor(
        tx,
        DOCUMENT_READER,
        rows.filter((r) => r.pinned),
      )),
    );
    if (rows.length < 2000) return out;
    after = Number(rows[rows.length - 1].id);
  }
}

/** Whether this incident's current severity requires a retrospective. */
export async function severityRequiresRetro(tx: Tx, incident: Pick<IncidentRow, 'severity_id'>): Promise<boolean> {
  return !!(await getSeverity(tx, incident.severity_id))?.retrospective_required;
}

/**
 * Drafts the incident's retrospective inside the caller's transaction, pre-filled from the ticket,
 * the pinned timeline moments, milestones and (live) actions. Returns the existing one if there
 * is one already. `changeStatus` calls this when an incident whose severity requires a
 * retrospective is resolved.
 */
export async function draftRetroInTx(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  incident: IncidentRow,
  opts: { template?: string; trigger: 'resolved' | 'on_demand' },
): Promise<{ retro: RetroRow; created: boolean }> {
  const existing = await getRetroByIncident(tx, incident.id);
  if (existing) return { retro: existing, created: false };
  const template = await resolveTemplate(tx, opts.template);
  const now = who.clock.now().toISOString();
  const [whys, pinned, required] = [
    await whysOf(tx, incident.id),
    await pinnedEntries(tx, incident.id),
    await severityRequiresRetro(tx, incident),
  ];
  const retro: RetroRow = {
    id: newId(),
    incident_id: incident.id,
    template_id: template.id,
    template_name: template.name,
    status: 'draft',
    revision: 1,
    required: required ? 1 : 0,
    created_by: who.user?.id ?? null,
    created_at: now,
    updated_at: now,
    first_published_at: null,
    depth_decision: null,
    depth_reason: null,
    depth_decided_by: null,
    depth_decided_at: null,
    meeting_starts_at: null,
    meeting_duration_minutes: null,
    meeting_location: null,
    meeting_attendees: null,
    meeting_sequence: 0,
    meeting_notes: '',
    meeting_notes_revision: 0,
    share_token_hash: null,
    share_created_at: null,
    share_created_by: null,
    share_allows_private: 0,
    review_required: template.reviewRequired ? 1 : 0,
  };
  await insertRetro(tx, retro);
  const sections = prefillSections(template.sections, incident, whys, pinned);
  await insertSections(
    tx,
    sections.map((s, position) => ({
      id: newId(),
      retro_id: retro.id,
      key: s.key,
      position,
      title: s.title,
      kind: s.kind,
      prompt: s.prompt,
      body: s.body,
      items: s.items ? JSON.stringify(s.items) : null,
      revision: 0,
      updated_by: null,
      updated_at: now,
      logged_by: null,
      logged_at: null,
    })),
  );
  const step = {
    kind: 'retro_drafted' as const,
    data: {
      retroId: retro.id,
      ref: formatRef(incident.number),
      template: { id: template.id, name: template.name },
      required,
      trigger: opts.trigger,
    },
  };
  await record(tx, who, incident, step);
  await remember(tx, who, retro, step);
  // The ticket's whys become chains of the five whys (one whys system), internal until someone rewords or keeps them.
  await carryTicketWhys(tx, who, retro, incident);
  return { retro, created: true };
}

/** Drafts a retrospective on demand (any incident, any severity); 409 if it already has one. */
export async function draftRetro(ctx: Ctx, ref: string, input: { template?: string }): Promise<RetroRow> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const { retro, created } = await draftRetroInTx(tx, ctx, incident, { template: input.template, trigger: 'on_demand' });
    if (!created)
      throw new ConflictError(`${formatRef(incident.number)} already has a retrospective`, { retroId: retro.id }, 'retro_exists');
    return retro;
  });
}
