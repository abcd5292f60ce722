import type { SnapshotIncident, SnapshotMaintenance, StatusSnapshot } from '@firebreak/shared';

/**
 * Webhook bodies shaped like Atlassian Statuspage's subscriber webhooks: `{meta, page, incident}`
 * for incidents and maintenance (Statuspage sends maintenance as an incident with impact
 * `maintenance`), `{meta, page, component_update, component}` for a component's status change.
 * Built only from the public snapshot and public incident reads.
 */
export type Meta = { unsubscribe: string; documentation: string; generated_at: string };

const page = (s: StatusSnapshot) => ({ id: s.page.id, status_indicator: s.status.indicator, status_description: s.status.description });

const componentOf = (s: StatusSnapshot, id: string, name: string) => {
  const c = s.components.find((x) => x.id === id);
  return { id, name, status: c?.status ?? 'operational', created_at: c?.createdAt ?? null, updated_at: c?.updatedAt ?? null };
};

export function incidentPayload(meta: Meta, s: StatusSnapshot, i: SnapshotIncident, link: string) {
  return {
    meta,
    page: page(s),
    incident: {
      id: i.id,
      name: i.title,
      status: i.status,
      impact: i.impact,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      monitoring_at: i.monitoringAt,
      resolved_at: i.resolvedAt,
      started_at: i.startedAt,
      shortlink: link,
      page_id: s.page.id,
      incident_updates: i.updates.map((u) => ({
        id: u.id,
        status: u.status,
        body: u.body,
        incident_id: i.id,
        created_at: u.createdAt,
        updated_at: u.createdAt,
        display_at: u.createdAt,
        affected_components: u.affectedComponents.length
          ? u.affectedComponents.map((a) => ({ code: a.id, name: a.name, old_status: a.oldStatus, new_status: a.status }))
          : null,
      })),
      components: i.components.map((c) => componentOf(s, c.id, c.name)),
    },
  };
}

export function maintenancePayload(meta: Meta, s: StatusSnapshot, m: SnapshotMaintenance, link: string) {
  return {
    meta,
    page: page(s),
    incident: {
      id: m.id,
      name: m.title,
      status: m.status,
      impact: 'maintenance',
      created_at: m.createdAt,
      updated_at: m.updatedAt,
      monitoring_at: null,
      resolved_at: m.completedAt,
      started_at: m.startedAt ?? m.scheduledFor,
      scheduled_for: m.scheduledFor,
      scheduled_until: m.scheduledUntil,
      shortlink: link,
      page_id: s.page.id,
      incident_updates: m.updates.map((u) => ({
        id: u.id,
        status: u.status,
        body: u.body,
        incident_id: m.id,
        created_at: u.createdAt,
        updated_at: u.createdAt,
        display_at: u.createdAt,
        affected_components: null,
      })),
      components: m.components.map((c) => componentOf(s, c.id, c.name)),
    },
  };
}

export function componentUpdatePayload(
  meta: Meta,
  s: StatusSnapshot,
  change: { updateId: string; at: string; id: string; name: string; oldStatus: string; status: string },
) {
  return {
    meta,
    page: page(s),
    component_update: {
      id: `${change.updateId}:${change.id}`,
      component_id: change.id,
      created_at: change.at,
      old_status: change.oldStatus,
      new_status: change.status,
    },
    component: { ...componentOf(s, change.id, change.name), status: change.status },
  };
}
