import type { IncidentFacts, MemberKind, RoleHolder, ServiceBrief, ServiceCriticality } from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';
import { settings } from '../severities/index.ts';
import { gateFacts } from './hooks.ts';
import { canSee } from './policy.ts';
import { type Detail, presentIncident, presentIncidentForStakeholders, presentIncidentSummary, type Related } from './present.ts';
import { formatRef } from './ref.ts';
import {
  getIncidentById,
  type IncidentRow,
  type IncidentSummaryRow,
  membersOf,
  openOwnedRootCauseFollowUps,
  rolesOf,
  servicesOf,
  whysOf,
} from './store.ts';

/**
 * Severities, services and role holders for a set of incidents, in a constant number of queries.
 * Each incident's services and roles are grouped once (a page of 50 no longer filters every list
 * per row), each keeping the order of its query (services by name).
 */
export async function loadRelated(tx: Tx, rows: Pick<IncidentRow, 'id' | 'severity_id'>[]): Promise<Map<string, Related>> {
  const ids = rows.map((r) => r.id);
  const [{ severities, roles: roleTypes }, services, roles] = await Promise.all([settings(tx), servicesOf(tx, ids), rolesOf(tx, ids)]);
  const servicesBy = new Map<string, ServiceBrief[]>();
  for (const s of services) {
    const brief = { id: s.id, name: s.name, criticality: s.criticality as ServiceCriticality };
    const list = servicesBy.get(s.incident_id);
    if (list) list.push(brief);
    else servicesBy.set(s.incident_id, [brief]);
  }
  const types = new Map(roleTypes.map((t) => [t.key, t]));
  const rolesBy = new Map<string, (RoleHolder & { rank: number })[]>();
  for (const x of roles) {
    const type = types.get(x.role_key);
    const holder = {
      role: x.role_key,
      roleName: type?.name ?? x.role_key,
      rank: type?.rank ?? 99,
      user: { id: x.id, name: x.name, email: x.email },
      assignedAt: x.assigned_at,
    };
    const list = rolesBy.get(x.incident_id);
    if (list) list.push(holder);
    else rolesBy.set(x.incident_id, [holder]);
  }
  const map = new Map<string, Related>();
  for (const r of rows) {
    map.set(r.id, {
      severity: severities.find((s) => s.id === r.severity_id),
      services: servicesBy.get(r.id) ?? [],
      roles: (rolesBy.get(r.id) ?? []).sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...rest }) => rest),
    });
  }
  return map;
}

export async function summaries(tx: Tx, user: Actor, rows: IncidentSummaryRow[]) {
  const rel = await loadRelated(tx, rows);
  return rows.map((r) => presentIncidentSummary(user, r, rel.get(r.id) as Related));
}

/**
 * The facts a retrospective opens with (and keeps as published): timing, services, who held which
 * role, customer impact and the ticket's root causes.
 */
export async function incidentFacts(tx: Tx, row: IncidentRow): Promise<IncidentFacts> {
  const rel = (await loadRelated(tx, [row])).get(row.id) as Related;
  const start = row.impact_started_at ?? row.declared_at;
  return {
    impactStartedAt: row.impact_started_at,
    declaredAt: row.declared_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    durationMinutes: row.resolved_at ? Math.max(0, Math.floor((Date.parse(row.resolved_at) - Date.parse(start)) / 60_000)) : null,
    services: rel.services.map((s) => s.name),
    roles: rel.roles.map((r) => ({ role: r.roleName, name: r.user.name })),
    customerImpact: row.customer_impact,
    userShare: row.scope_user_share,
    rootCauses: row.root_causes,
  };
}

/** Everything the incident page needs in one object. */
export async function fullView(tx: Tx, user: Actor, row: IncidentRow) {
  const [rel, members, whys, followUps, dup, retro] = await Promise.all([
    loadRelated(tx, [row]),
    membersOf(tx, row.id),
    whysOf(tx, row.id),
    openOwnedRootCauseFollowUps(tx, row.id),
    row.duplicate_of_id ? getIncidentById(tx, row.duplicate_of_id) : Promise.resolve(undefined),
    gateFacts(tx, row),
  ]);
  const detail: Detail = {
    ...(rel.get(row.id) as Related),
    members: members.map((m) => ({ user: { id: m.id, name: m.name, email: m.email }, kind: m.kind as MemberKind, addedAt: m.added_at })),
    whys: whys.map((w) => ({
      id: w.id,
      question: w.question,
      answer: w.answer,
      askedBy: w.asked_by,
      answeredBy: w.answered_by,
      createdAt: w.created_at,
      answeredAt: w.answered_at,
      inRetrospective: !!w.retro_why_id,
    })),
    // The incident this one duplicates is named only to those who may see it (it may be private).
    duplicateOfRef: dup && (await canSee(tx, user, dup)) ? formatRef(dup.number) : null,
    openOwnedRootCauseFollowUps: followUps,
    retro,
  };
  return user.role === 'viewer' ? presentIncidentForStakeholders(user, row, detail) : presentIncident(user, row, detail);
}
