import { SETTABLE_MILESTONES, type UpdateIncidentBody } from '@firebreak/shared';
import type { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { ownerTeamMemberIds, resolveServices } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import { record } from '../timeline/index.ts';
import { reactToAccessChange } from './hooks.ts';
import { loadIncident } from './policy.ts';
import { resolveSeverity } from './severity.ts';
import { addMembers, type IncidentRow, servicesOf, setServices, updateIncident } from './store.ts';

type Input = z.output<typeof UpdateIncidentBody>;

const TEXT_FIELDS = {
  title: 'title',
  summary: 'summary',
  symptoms: 'symptoms',
  scopeCustomers: 'scope_customers',
  scopeRegions: 'scope_regions',
  customerImpact: 'customer_impact',
  rootCauses: 'root_causes',
  fixesForSymptoms: 'fixes_for_symptoms',
  prevention: 'prevention',
} as const satisfies Partial<Record<keyof Input, keyof IncidentRow>>;

const MILESTONE_COLUMNS: Record<string, keyof IncidentRow> = {
  impactStarted: 'impact_started_at',
  detected: 'detected_at',
  acknowledged: 'acknowledged_at',
  identified: 'identified_at',
  mitigated: 'mitigated_at',
};

type Change = { from: unknown; to: unknown };

/**
 * Edits the ticket. All changed sections are written together with one `field_changed` timeline
 * entry holding each section's before and after; an edit that changes nothing records nothing.
 */
export async function updateIncidentCommand(ctx: Ctx, ref: string, input: Input): Promise<IncidentRow> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const now = ctx.clock.now().toISOString();
    const patch: Partial<IncidentRow> = {};
    const changes: Record<string, Change> = {};
    const set = <K extends keyof IncidentRow>(field: string, col: K, value: IncidentRow[K]) => {
      if (incident[col] === value) return;
      changes[field] = { from: incident[col], to: value };
      patch[col] = value;
    };
    for (const [field, col] of Object.entries(TEXT_FIELDS)) {
      const v = input[field as keyof typeof TEXT_FIELDS];
      if (v !== undefined) set(field, col, v);
    }
    if (input.scopeUserShare !== undefined) set('scopeUserShare', 'scope_user_share', input.scopeUserShare);
    if (input.private !== undefined) set('private', 'private', input.private ? 1 : 0);
    if (input.severity !== undefined) {
      const sev = await resolveSeverity(tx, input.severity);
      if (sev.id !== incident.severity_id) {
        const old = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
        changes.severity = { from: old?.name ?? null, to: sev.name };
        patch.severity_id = sev.id;
      }
    }
    if (input.rootCauseFix) {
      const f = input.rootCauseFix;
      if (f.state === 'waived' && !(f.reason ?? incident.root_cause_fix_reason)?.trim()) {
        throw new InputError('rootCauseFix.reason: waiving the fix for the root cause needs a reason', { field: 'rootCauseFix.reason' });
      }
      set('rootCauseFix.state', 'root_cause_fix_state', f.state);
      if (f.description !== undefined) set('rootCauseFix.description', 'root_cause_fix_description', f.description);
      if (f.reason !== undefined) set('rootCauseFix.reason', 'root_cause_fix_reason', f.reason || null);
    }
    if (input.milestones) {
      for (const [name, value] of Object.entries(input.milestones)) {
        if (!SETTABLE_MILESTONES.includes(name as never)) continue;
        if (value && Date.parse(value) > Date.parse(now) + 60_000) {
          throw new InputError(`milestones.${name}: cannot be in the future`, { field: `milestones.${name}` });
        }
        set(`milestones.${name}`, MILESTONE_COLUMNS[name], (value ?? null) as never);
      }
    }
    if (input.services !== undefined) {
      const services = await resolveServices(tx, input.services);
      const before = (await servicesOf(tx, [incident.id])).map((s) => s.name).sort();
      const after = services.map((s) => s.name).sort();
      if (before.join('\n') !== after.join('\n')) {
        changes.services = { from: before, to: after };
        await setServices(
          tx,
          incident.id,
          services.map((s) => s.id),
        );
        await addMembers(
          tx,
          incident.id,
          await ownerTeamMemberIds(
            tx,
            services.map((s) => s.id),
          ),
          'watcher',
          now,
        );
      }
    }
    if (Object.keys(changes).length === 0) return incident;
    patch.updated_at = now;
    await updateIncident(tx, incident.id, patch);
    const next = { ...incident, ...patch };
    // Recorded as the incident now is: an edit that makes it private is itself private on the streams.
    await record(tx, ctx, next, { kind: 'field_changed', body: input.message ?? null, data: { fields: Object.keys(changes), changes } });
    if (changes.private)
      await reactToAccessChange(tx, ctx, next, { kind: 'private_changed', from: !!incident.private, to: !!next.private });
    return next;
  });
}
