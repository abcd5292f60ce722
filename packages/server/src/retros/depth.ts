import { type DepthSuggestion, suggestDepth } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import { formatRef, visibleTo } from '../incidents/index.ts';
import type { Actor, Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { getSeverity } from '../severities/index.ts';
import { depthFacts } from './depthFacts.ts';
import { remember } from './history.ts';
import { retroChanged } from './live.ts';
import { loadRetro } from './policy.ts';
import { updateRetro } from './store.ts';

const DAY = 86_400_000;

/** Other incidents on the same services declared in the last 90 days, among those the user may see. */
export async function recurrences(tx: Tx, user: Actor, incident: IncidentRow, now: Date) {
  const since = new Date(Math.min(Date.parse(incident.declared_at), now.getTime()) - 90 * DAY).toISOString();
  let q = tx.db
    .selectFrom('incidents')
    .select(['incidents.number', 'incidents.title'])
    .where('incidents.id', '!=', incident.id)
    .where('incidents.declared_at', '>=', since)
    .where((eb) => eb.or([eb('incidents.duplicate_of_id', 'is', null), eb('incidents.duplicate_of_id', '!=', incident.id)]))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services as mine')
          .innerJoin('incident_services as theirs', 'theirs.service_id', 'mine.service_id')
          .select('mine.service_id')
          .where('mine.incident_id', '=', incident.id)
          .whereRef('theirs.incident_id', '=', 'incidents.id'),
      ),
    )
    .orderBy('incidents.number', 'desc')
    .limit(50);
  q = q.where(visibleTo(user));
  return (await q.execute()).map((r) => ({ ref: formatRef(r.number), title: r.title }));
}

/** Whether this incident deserves a deep investigation: severity, recurrence, customer impact, duration. */
export async function depthSuggestion(tx: Tx, user: Actor, incident: IncidentRow, now: Date): Promise<DepthSuggestion> {
  const [severity, recurred, facts] = await Promise.all([
    getSeverity(tx, incident.severity_id),
    recurrences(tx, user, incident, now),
    depthFacts(tx, user, incident),
  ]);
  const start = incident.impact_started_at ?? incident.detected_at ?? incident.declared_at;
  const end = incident.resolved_at ?? now.toISOString();
  return suggestDepth({
    severityName: severity?.name ?? null,
    severityRank: severity?.rank ?? null,
    recurrences: recurred,
    customerImpact: incident.customer_impact,
    userShare: incident.scope_user_share,
    durationMinutes: Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000)),
    ...facts,
  });
}

/** Records the people's decision on the investigation's depth (the suggestion only advises). */
export async function decideDepth(ctx: Ctx, ref: string, input: { decision: 'deep' | 'standard'; reason: string }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'decideDepth', { forUpdate: true });
    retroChanged(tx, retro, 'depth');
    const now = ctx.clock.now();
    const suggestion = await depthSuggestion(tx, ctx.user, incident, now);
    await updateRetro(tx, retro.id, {
      depth_decision: input.decision,
      depth_reason: input.reason,
      depth_decided_by: ctx.user.id,
      depth_decided_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await remember(tx, ctx, retro, {
      kind: 'retro_depth_decided',
      body: input.reason || null,
      data: {
        retroId: retro.id,
        decision: input.decision,
        suggested: suggestion.suggestion,
        score: suggestion.score,
        from: retro.depth_decision,
      },
    });
    return retro.id;
  });
}
