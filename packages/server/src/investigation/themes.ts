import { analyzeThemes, type Themes } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { listEntries, presentEntriesFor, type TimelineEntryView } from '../timeline/index.ts';

const PAGE = 5000;

/** The whole timeline of an incident as the user may read it (viewers: stakeholder entries only). */
export async function wholeTimeline(tx: Tx, user: Actor, incidentId: string): Promise<TimelineEntryView[]> {
  const out: TimelineEntryView[] = [];
  let after = 0;
  for (;;) {
    const rows = await listEntries(tx, incidentId, { after, limit: PAGE, stakeholdersOnly: user.role === 'viewer' });
    // As this reader may read them (per field for their audience, no incident they may not see).
    out.push(...(await presentEntriesFor(tx, user, rows)));
    if (rows.length < PAGE) return out;
    after = Number(rows[rows.length - 1].id);
  }
}

/** Investigation aids for an incident: gaps, stuck moments, people over time, handovers (pure rules in shared). */
export async function incidentThemes(
  tx: Tx,
  user: Actor,
  incident: IncidentRow,
  opts: { gapMinutes?: number; bucketMinutes?: number; crowdThreshold?: number } = {},
): Promise<Themes> {
  return analyzeThemes(await wholeTimeline(tx, user, incident.id), opts);
}
