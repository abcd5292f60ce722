import { type ChangeStatusBody, canTransition, closingChecks, type IncidentStatus, milestonesFor, TRANSITIONS } from '@firebreak/shared';
import type { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, InputError } from '../platform/errors.ts';
import { record } from '../timeline/index.ts';
import { recordUpdate } from './conversation.ts';
import { gateFacts, reactToStatusChange } from './hooks.ts';
import { loadIncident } from './policy.ts';
import { gateInput } from './present.ts';
import { formatRef } from './ref.ts';
import { type IncidentRow, openOwnedRootCauseFollowUps, updateIncident } from './store.ts';

const MILESTONE_COLUMN = {
  acknowledged: 'acknowledged_at',
  identified: 'identified_at',
  mitigated: 'mitigated_at',
  resolved: 'resolved_at',
  closed: 'closed_at',
} as const;

/**
 * Moves an incident through its lifecycle. Stamps milestones the first time they are reached,
 * refuses invalid transitions and closing while the root cause is neither fixed, owned nor waived.
 */
export async function changeStatus(ctx: Ctx, ref: string, input: z.output<typeof ChangeStatusBody>): Promise<IncidentRow> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'changeStatus', { forUpdate: true });
    const from = incident.status as IncidentStatus;
    const to = input.status;
    if (from === to) throw new ConflictError(`${formatRef(incident.number)} is already ${to}`, { from, to }, 'status_unchanged');
    if (!canTransition(from, to)) {
      throw new ConflictError(
        `Cannot go from ${from} to ${to}; allowed next: ${TRANSITIONS[from].join(', ') || 'none'}`,
        { from, to, allowed: TRANSITIONS[from] },
        'invalid_transition',
      );
    }
    const now = ctx.clock.now().toISOString();
    const at = input.occurredAt ?? now;
    if (Date.parse(at) > Date.parse(now) + 60_000) throw new InputError('occurredAt: cannot be in the future', { field: 'occurredAt' });
    const patch: Partial<IncidentRow> = { status: to, updated_at: now };
    const data: Record<string, unknown> = { from, to };

    if (to === 'closed') {
      // The same rule the incident view presents; what other slices add comes from their hooks
      // (e.g. the retrospective the severity requires must be published). Open whys only warn.
      const blocking = closingChecks(
        gateInput(incident, await openOwnedRootCauseFollowUps(tx, incident.id), 0, await gateFacts(tx, incident)),
      ).filter((c) => c.blocks);
      if (blocking.length)
        throw new ConflictError(
          `${formatRef(incident.number)} cannot close yet: ${blocking.map((c) => `${c.message} ${c.advice}`).join(' ')}`,
          { reasons: blocking.map((c) => c.message), checks: blocking },
          'closing_blocked',
        );
    }
    let target: IncidentRow | undefined;
    if (to === 'duplicate') {
      if (!input.duplicateOf) throw new InputError('duplicateOf: name the incident this one duplicates', { field: 'duplicateOf' });
      target = await loadIncident(tx, ctx.user, input.duplicateOf, 'update');
      if (target.id === incident.id) throw new InputError('duplicateOf: an incident cannot duplicate itself', { field: 'duplicateOf' });
      if (target.status === 'duplicate')
        throw new InputError(`duplicateOf: ${formatRef(target.number)} is itself a duplicate`, { field: 'duplicateOf' });
      patch.duplicate_of_id = target.id;
      data.duplicateOf = formatRef(target.number);
    }
    const reopened = (from === 'resolved' || from === 'closed' || from === 'declined') && !['closed'].includes(to);
    if (reopened) {
      data.reopened = true;
      patch.resolved_at = null;
      patch.closed_at = null;
    }
    for (const m of milestonesFor(to)) {
      const col = MILESTONE_COLUMN[m as keyof typeof MILESTONE_COLUMN];
      if (col && !incident[col]) patch[col] = at;
    }
    await updateIncident(tx, incident.id, patch);
    await record(tx, ctx, incident, { kind: 'status_changed', body: input.message ?? null, data, occurredAt: at });
    // What stakeholders are told with the change (resolving prompts a final update), with the new status.
    if (input.update) await recordUpdate(tx, ctx, { ...incident, ...patch }, input.update);
    // Other slices react in this transaction (resolving drafts the retrospective the severity requires).
    await reactToStatusChange(tx, ctx, { ...incident, ...patch }, { from, to });
    if (target) {
      await record(tx, ctx, target, {
        kind: 'merged',
        // People who see the target may not see a private duplicate: its title stays out.
        data: { duplicate: formatRef(incident.number), ...(incident.private ? {} : { title: incident.title }) },
      });
    }
    return { ...incident, ...patch };
  });
}
