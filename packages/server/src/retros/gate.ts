import { buildWhyTree, type RetroStatus, type WhyEnding } from '@firebreak/shared';
import type { GateFacts, IncidentRow } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import { getSeverity } from '../severities/index.ts';
import { whysOfRetro } from './whys/store.ts';

/**
 * For the incident's closing gate: whether the severity requires a retrospective and it was published
 * (at least once), where it is now (for the advice), its why chains still without an ending (they
 * count as open whys), and the retrospective the incident page links to.
 */
export async function retroGate(tx: Tx, incident: Pick<IncidentRow, 'id' | 'severity_id'>): Promise<GateFacts> {
  const [severity, retro] = await Promise.all([
    getSeverity(tx, incident.severity_id),
    tx.db.selectFrom('retros').select(['id', 'status', 'first_published_at']).where('incident_id', '=', incident.id).executeTakeFirst(),
  ]);
  const required = !!severity?.retrospective_required;
  const whys = retro ? await whysOfRetro(tx, retro.id) : [];
  const tree = buildWhyTree(
    whys.map((w) => ({
      ...w,
      parentId: w.parent_id,
      ending: w.ending as WhyEnding | null,
      actionId: w.action_id,
      acceptedReason: w.accepted_reason,
    })),
  );
  return {
    retrospectiveRequired: required,
    retrospectivePublished: !!retro?.first_published_at,
    retrospectiveStatus: (retro?.status as RetroStatus | undefined) ?? null,
    openRetroWhys: tree.summary.openLeaves.length,
    retrospective: retro ? { id: retro.id, status: retro.status as RetroStatus, required, published: !!retro.first_published_at } : null,
  };
}
