import type {
  AlertDetailView,
  AlertRuleView,
  AlertSource,
  AlertView,
  IntegrationFormat,
  IntegrationView,
  RuleCondition,
} from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import type { AlertListRow, AlertRuleListRow, IntegrationRow } from './store.ts';

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
  rateLimitPerMinute: r.rate_limit_per_minute === null ? null : Number(r.rate_limit_per_minute),
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

export const presentRule = (r: AlertRuleListRow): AlertRuleView => ({
  id: r.id,
  position: Number(r.position),
  name: r.name,
  enabled: !!r.enabled,
  integration: r.integration_id ? { id: r.integration_id, name: r.integration_name ?? r.integration_id } : null,
  conditions: JSON.parse(r.conditions) as RuleCondition[],
  actions: {
    ...(r.service_id ? { service: { id: r.service_id, name: r.service_name ?? r.service_id } } : {}),
    ...(r.severity_id ? { severity: { id: r.severity_id, name: r.severity_name ?? r.severity_id } } : {}),
    ...(r.drop_event ? { drop: true } : {}),
  },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
