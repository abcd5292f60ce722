import type { IncidentRow } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import { getSeverity } from '../severities/index.ts';

/** For the incident's closing gate: a retrospective is required by the severity and published (at least once). */
export async function retroGate(
  tx: Tx,
  incident: Pick<IncidentRow, 'id' | 'severity_id'>,
): Promise<{ retrospectiveRequired: boolean; retrospectivePublished: boolean }> {
  const [severity, retro] = await Promise.all([
    getSeverity(tx, incident.severity_id),
    tx.db.selectFrom('retros').select('first_published_at').where('incident_id', '=', incident.id).executeTakeFirst(),
  ]);
  return { retrospectiveRequired: !!severity?.retrospective_required, retrospectivePublished: !!retro?.first_published_at };
}
