import type { PublicIncidentStatus } from '@firebreak/shared';
import { loadIncident, recordUpdate } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import type { TimelineEntryView } from '../timeline/index.ts';
import { publicUpdateIn } from './publish.ts';

/**
 * A stakeholder update marked "also publish on the status page": the same text becomes a public
 * update in the same transaction (both or neither). Refused, with nothing written, when the incident
 * is private or not published.
 */
export async function tellStakeholdersAndPublish(
  ctx: Ctx,
  ref: string,
  body: string,
  publicStatus?: PublicIncidentStatus,
): Promise<TimelineEntryView> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'postUpdate', { forUpdate: true });
    const entry = await recordUpdate(tx, ctx, incident, body);
    await publicUpdateIn(tx, ctx, incident, { status: publicStatus, body, timelineEntryId: entry.id });
    return entry;
  });
}
