import type {
  AlertDetailView,
  AlertRuleView,
  AlertSource,
  AlertView,
  ChangeEventView,
  IntegrationFormat,
  IntegrationView,
  RuleCondition,
} from '@firebreak/shared';
import { canWork, formatRef } from '../incidents/index.ts';
import type { Actor } from '../platform/context.ts';
import type { AlertListRow, AlertRuleListRow, ChangeRow, IntegrationRow } from './store.ts';

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

/** The same rules the commands apply: people who work incidents act on alerts that are still open. */
export const alertAbilities = (user: Actor, r: Pick<AlertListRow, 'status' | 'resolved_at' | 'incident_id'>): AlertView['abilities'] => ({
  acknowledge: canWork(user) && r.resolved_at === null && r.status === 'triggered',
  resolve: canWork(user) && r.resolved_at === null,
  declare: canWork(user) && r.incident_id === null,
});

export const presentAlert = (user: Actor, r: AlertListRow): AlertView => ({
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
  abilities: alertAbilities(user, r),
});

export const presentAlertDetail = (
  user: Actor,
  r: AlertListRow,
  events: { id: number; action: string; received_at: string; payload: string }[],
): AlertDetailView => ({
  ...presentAlert(user, r),
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

/** The links a change event carried (PagerDuty's `links: [{href, text}]`), web links only. */
function linksOf(payload: unknown): ChangeEventView['links'] {
  const links = (payload as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return [];
  return links
    .flatMap((l) => {
      const href = (l as { href?: unknown })?.href;
      const text = (l as { text?: unknown })?.text;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href) || href.length > 2000) return [];
      return [{ href, text: typeof text === 'string' && text.trim() ? text.trim().slice(0, 200) : href }];
    })
    .slice(0, 5);
}

export const presentChange = (r: ChangeRow): ChangeEventView => ({
  id: Number(r.id),
  summary: r.summary,
  source: r.source,
  occurredAt: r.occurred_at,
  receivedAt: r.received_at,
  service: r.service_id && r.service_name ? { id: r.service_id, name: r.service_name } : null,
  integration: { id: r.integration_id, name: r.integration_name },
  links: linksOf(json(r.payload)),
});
