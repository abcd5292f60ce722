import {
  ACTIVE_STATUSES,
  abilitiesFrom,
  type ClosingGateInput,
  closingChecks,
  INCIDENT_ABILITIES,
  INCIDENT_SUMMARY_ABILITIES,
  type IncidentStatus,
  type IncidentSummary,
  type IncidentView,
  type IncidentWhy,
  type MemberKind,
  nextUpdateDue,
  type RoleHolder,
  type RootCauseFixState,
  type ServiceBrief,
  type SeverityView,
  type StakeholderIncidentView,
  TRANSITIONS,
  type UserBrief,
} from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';
import type { SeverityRow } from '../severities/index.ts';
import { presentSeverity } from '../severities/index.ts';
import type { GateFacts } from './hooks.ts';
import { allows, can } from './policy.ts';
import { formatRef } from './ref.ts';
import type { IncidentRow, IncidentSummaryRow } from './store.ts';

export type Related = {
  severity: SeverityRow | undefined;
  services: ServiceBrief[];
  roles: RoleHolder[];
};

export type Detail = Related & {
  members: { user: UserBrief; kind: MemberKind; addedAt: string }[];
  whys: IncidentWhy[];
  duplicateOfRef: string | null;
  openOwnedRootCauseFollowUps: number;
  /** What other slices add to the closing gate (incidents/hooks.ts). */
  retro?: GateFacts;
};

const milestones = (r: IncidentSummaryRow) => ({
  impactStarted: r.impact_started_at,
  detected: r.detected_at,
  declared: r.declared_at,
  acknowledged: r.acknowledged_at,
  identified: r.identified_at,
  mitigated: r.mitigated_at,
  resolved: r.resolved_at,
  closed: r.closed_at,
});

function stakeholderUpdates(r: IncidentSummaryRow, severity: SeverityView | null) {
  const cadence = severity?.updateCadenceMinutes ?? null;
  const active = ACTIVE_STATUSES.includes(r.status as IncidentStatus);
  return {
    cadenceMinutes: cadence,
    lastAt: r.last_update_at,
    nextDueAt: active ? nextUpdateDue(r.last_update_at ?? r.declared_at, cadence) : null,
  };
}

/** The list form of an incident: what a row in a list needs, nothing private to the ticket. */
export function presentIncidentSummary(user: Actor, r: IncidentSummaryRow, rel: Related): IncidentSummary {
  const severity = rel.severity ? presentSeverity(rel.severity) : null;
  return {
    id: r.id,
    ref: formatRef(r.number),
    number: r.number,
    title: r.title,
    status: r.status as IncidentStatus,
    severity,
    private: !!r.private,
    services: rel.services,
    roles: rel.roles,
    critical: severity?.rank === 1 || rel.services.some((s) => s.criticality === 'critical'),
    milestones: milestones(r),
    stakeholderUpdates: stakeholderUpdates(r, severity),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    abilities: abilitiesFrom(INCIDENT_SUMMARY_ABILITIES, (a) => can(user, a, r)),
  };
}

/**
 * What stakeholders (viewers) get: status, impact and timing, as on the stakeholder page. The
 * verbatim report (which may name customers), the technical ticket, whys and members stay with
 * the responders.
 */
export function presentIncidentForStakeholders(user: Actor, r: IncidentRow, d: Detail): StakeholderIncidentView {
  return {
    ...presentIncidentSummary(user, r, d),
    summary: r.summary,
    duplicateOf: d.duplicateOfRef,
    ticket: {
      scope: { customers: r.scope_customers, regions: r.scope_regions, userShare: r.scope_user_share },
      customerImpact: r.customer_impact,
    },
    stakeholderView: true as const,
    // Stakeholders are pointed at the retrospective once there is something for them to read.
    retrospective: d.retro?.retrospective?.published ? d.retro.retrospective : null,
    // Viewers change nothing, so their policy answers no to every ability and transition.
    allowedTransitions: allows(user, 'changeStatus') ? [...TRANSITIONS[r.status as IncidentStatus]] : [],
    abilities: abilitiesFrom(INCIDENT_ABILITIES, (a) => can(user, a, { status: r.status })),
  };
}

/** The closing gate's input: the ticket's facts and what other slices add (incidents/hooks.ts). */
export function gateInput(
  r: IncidentRow,
  openOwnedRootCauseFollowUps: number,
  openTicketWhys: number,
  facts: GateFacts = {},
): ClosingGateInput {
  const { openRetroWhys = 0, retrospective: _r, ...rest } = facts;
  return {
    rootCauseFixState: r.root_cause_fix_state as RootCauseFixState,
    rootCauseFixReason: r.root_cause_fix_reason,
    openOwnedRootCauseFollowUps,
    ...rest,
    openWhys: openTicketWhys + openRetroWhys,
  };
}

/** The whole ticket, with what the caller may do next (`abilities`) and why closing is refused, with advice. */
export function presentIncident(user: Actor, r: IncidentRow, d: Detail): IncidentView {
  const summary = presentIncidentSummary(user, r, d);
  // A why carried into the retrospective is counted there (its open chains), not twice.
  const openTicketWhys = d.whys.filter((w) => !w.answer && !w.inRetrospective).length;
  const checks = closingChecks(gateInput(r, d.openOwnedRootCauseFollowUps, openTicketWhys, d.retro));
  const blockers = checks.filter((c) => c.blocks).map((c) => c.message);
  const status = r.status as IncidentStatus;
  return {
    ...summary,
    summary: r.summary,
    source: r.source,
    originalRequest: r.original_request,
    reporter: r.reporter_name,
    reporterId: r.reporter_id,
    duplicateOf: d.duplicateOfRef,
    ticket: {
      symptoms: r.symptoms,
      scope: { customers: r.scope_customers, regions: r.scope_regions, userShare: r.scope_user_share },
      customerImpact: r.customer_impact,
      rootCauses: r.root_causes,
      fixesForSymptoms: r.fixes_for_symptoms,
      rootCauseFix: {
        state: r.root_cause_fix_state as RootCauseFixState,
        description: r.root_cause_fix_description,
        reason: r.root_cause_fix_reason,
      },
      prevention: r.prevention,
      whys: d.whys,
      openWhys: openTicketWhys,
    },
    members: d.members,
    allowedTransitions: allows(user, 'changeStatus') ? [...TRANSITIONS[status]] : [],
    closingBlockers: blockers,
    closingChecks: checks,
    retrospective: d.retro?.retrospective ?? null,
    abilities: abilitiesFrom(INCIDENT_ABILITIES, (a) => can(user, a, { status, closingBlockers: blockers })),
  };
}
