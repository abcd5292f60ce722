import type { DeclareIncidentBody } from '@firebreak/shared';
import type { z } from 'zod';
import type { Actor, Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { NotAllowedError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { ownerTeamMemberIds, resolveServices } from '../services/index.ts';
import { record } from '../timeline/index.ts';
import { getUserByEmail } from '../users/index.ts';
import { canWork } from './policy.ts';
import { formatRef } from './ref.ts';
import { resolveSeverity } from './severity.ts';
import { addMembers, type IncidentRow, insertIncident, nextNumber, setServices } from './store.ts';

/**
 * Declares an incident: keeps the report verbatim, numbers it INC-n, adds the declarer as a
 * participant and the owning teams of its services as watchers, and opens its timeline.
 */
export async function declareIncident(ctx: Ctx, input: z.output<typeof DeclareIncidentBody>): Promise<IncidentRow> {
  if (!canWork(ctx.user)) throw new NotAllowedError('Viewers cannot declare incidents; ask a responder');
  return transaction(ctx, (tx) => declareIn(tx, ctx, input));
}

/**
 * Declares inside the caller's transaction (alerts declare in the transaction that records the
 * alert). Without a user (an automatic declaration), nobody is the declarer or a participant; the
 * owning teams still watch it.
 */
export async function declareIn(
  tx: Tx,
  ctx: Pick<Ctx, 'clock'> & { user: Actor | null },
  input: z.output<typeof DeclareIncidentBody>,
): Promise<IncidentRow> {
  {
    const now = ctx.clock.now().toISOString();
    const severity = await resolveSeverity(tx, input.severity);
    const services = await resolveServices(tx, input.services);
    const reporterUser = input.reporter?.includes('@') ? await getUserByEmail(tx, input.reporter) : undefined;
    const row: IncidentRow = {
      id: newId(),
      number: await nextNumber(tx),
      title: input.title,
      summary: input.summary ?? '',
      status: input.status,
      severity_id: severity.id,
      private: input.private ? 1 : 0,
      source: input.source,
      original_request: input.originalRequest,
      reporter_id: input.reporter ? (reporterUser?.id ?? null) : (ctx.user?.id ?? null),
      reporter_name: input.reporter ? (reporterUser?.name ?? input.reporter) : (ctx.user?.name ?? 'Firebreak'),
      created_by: ctx.user?.id ?? null,
      symptoms: '',
      scope_customers: '',
      scope_regions: '',
      scope_user_share: null,
      customer_impact: '',
      root_causes: '',
      fixes_for_symptoms: '',
      root_cause_fix_state: 'unknown',
      root_cause_fix_description: '',
      root_cause_fix_reason: null,
      prevention: '',
      duplicate_of_id: null,
      created_at: now,
      updated_at: now,
      impact_started_at: null,
      detected_at: null,
      declared_at: now,
      acknowledged_at: input.status === 'investigating' ? now : null,
      identified_at: null,
      mitigated_at: null,
      resolved_at: null,
      closed_at: null,
      last_update_at: null,
    };
    await insertIncident(tx, row);
    await setServices(
      tx,
      row.id,
      services.map((s) => s.id),
    );
    if (ctx.user) await addMembers(tx, row.id, [ctx.user.id], 'participant', now);
    const watchers = [
      ...(await ownerTeamMemberIds(
        tx,
        services.map((s) => s.id),
      )),
      ...(reporterUser ? [reporterUser.id] : []),
    ];
    const added = await addMembers(tx, row.id, watchers, 'watcher', now);
    await record(tx, ctx, row, {
      kind: 'declared',
      body: input.originalRequest || null,
      data: {
        ref: formatRef(row.number),
        title: row.title,
        severity: severity.name,
        status: row.status,
        services: services.map((s) => s.name),
        source: row.source,
        private: !!row.private,
        reporter: row.reporter_name,
        watchersAdded: added.length,
      },
    });
    return row;
  }
}
