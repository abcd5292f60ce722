import { ACTIVE_STATUSES, type IncidentStatus, nextUpdateDue } from '@firebreak/shared';
import type { Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { listSeverities } from '../severities/index.ts';
import { record } from '../timeline/index.ts';
import { loadIncident } from './policy.ts';
import { type IncidentRow, updateIncident } from './store.ts';

/** A war-room comment: technical talk, never shown to stakeholders. */
export async function comment(ctx: Ctx, ref: string, body: string) {
  return transaction(ctx, async (tx) => (await commentIn(tx, ctx, ref, body)).entry);
}

/**
 * A comment inside the caller's transaction (e-mail in records it with what else the mail brought).
 * `data` says how it came (`{via: 'email'}`); the same visibility and role checks as `comment`.
 */
export async function commentIn(tx: Tx, ctx: Ctx, ref: string, body: string, data?: Record<string, unknown>) {
  const incident = await loadIncident(tx, ctx.user, ref, 'comment', { forUpdate: true });
  await updateIncident(tx, incident.id, { updated_at: ctx.clock.now().toISOString() });
  return { incident, entry: await record(tx, ctx, incident, { kind: 'comment', body, ...(data ? { data } : {}) }) };
}

/**
 * A stakeholder update in plain language. Records the status at that moment and when the next
 * update is due from the severity's cadence.
 */
export async function tellStakeholders(ctx: Ctx, ref: string, body: string) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'postUpdate', { forUpdate: true });
    return recordUpdate(tx, ctx, incident, body);
  });
}

/** Records a stakeholder update on an incident already loaded (and locked) in the caller's transaction. */
export async function recordUpdate(tx: Tx, ctx: Ctx, incident: IncidentRow, body: string) {
  const now = ctx.clock.now().toISOString();
  const severity = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
  await updateIncident(tx, incident.id, { last_update_at: now, updated_at: now });
  return record(tx, ctx, incident, {
    kind: 'stakeholder_update',
    body,
    data: {
      status: incident.status,
      severity: severity?.name ?? null,
      audience: 'stakeholders',
      nextUpdateDueAt: ACTIVE_STATUSES.includes(incident.status as IncidentStatus)
        ? nextUpdateDue(now, severity?.update_cadence_minutes ?? null)
        : null,
    },
  });
}
