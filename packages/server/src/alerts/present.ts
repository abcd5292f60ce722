import type { AlertDetailView, AlertSource, AlertView, IntegrationFormat, IntegrationView } from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import type { AlertListRow, IntegrationRow } from './store.ts';

const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export const presentIntegration = (r: IntegrationRow & { service_name: string | null }): IntegrationView => ({
  id: r.id,
  name: r.name,
  format: r.format as IntegrationFormat,
  service: r.service_id && r.service_name ? { id: r.service_id, name: r.service_name } : null,
  hasSigningSecret: !!r.signing_secret,
  previousKeyExpiresAt: r.previous_key_expires_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const presentAlert = (r: AlertListRow): AlertView => ({
  id: r.id,
  status: r.status as AlertView['status'],
  title: r.title,
  description: r.description,
  dedupKey: r.dedup_key,
  source: r.source as AlertSource,
  severity: r.severity as AlertView['severity'],
  count: Number(r.count),
  integration: { id: r.integration_id, name: r.integration_name },
  service: r.service_id && r.service_name ? { id: r.service_id, name: r.service_name } : null,
  incident: r.incident_id && r.incident_number !== null ? { id: r.incident_id, ref: formatRef(Number(r.incident_number)) } : null,
  details: (json(r.details) ?? {}) as Record<string, unknown>,
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
  acknowledgedAt: r.acknowledged_at,
  resolvedAt: r.resolved_at,
  suppressedBy:
    r.maintenance_window_id && r.window_starts_at && r.window_ends_at
      ? { id: r.maintenance_window_id, reason: r.window_reason ?? '', startsAt: r.window_starts_at, endsAt: r.window_ends_at }
      : null,
});

export const presentAlertDetail = (
  r: AlertListRow,
  events: { id: number; action: string; received_at: string; payload: string }[],
): AlertDetailView => ({
  ...presentAlert(r),
  events: events.map((e) => ({ id: Number(e.id), action: e.action, receivedAt: e.received_at, payload: json(e.payload) })),
});
