import { z } from 'zod';
import { CursorParam } from './schemas.ts';
import { abilitiesSchema } from './views.ts';

/** Alerts in (issue 12): integrations, alerts and their events, as the API takes and returns them. */

/** The wire formats an integration speaks (each has its own endpoint; see docs/integrations.md). */
export const INTEGRATION_FORMATS = ['pagerduty', 'opsgenie', 'alertmanager', 'grafana', 'generic', 'email'] as const;
export type IntegrationFormat = (typeof INTEGRATION_FORMATS)[number];
/** Where an alert came from: an integration's format, or a missed heartbeat. */
export const ALERT_SOURCES = [...INTEGRATION_FORMATS, 'heartbeat'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];
/** An alert's severity, in PagerDuty's four levels (every format maps onto them). */
export const ALERT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
/**
 * `suppressed`: it arrived inside a maintenance window, so it paged no one and joined no incident.
 * `dropped`: accepted and counted, but a routing rule dropped it (never open, never routed).
 */
export const ALERT_STATUSES = ['triggered', 'acknowledged', 'resolved', 'suppressed', 'dropped'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

const Line = (max = 200) => z.string().trim().min(1).max(max);
const RateLimit = z
  .number()
  .int()
  .min(1)
  .max(1_000_000)
  .nullable()
  .describe('Events per minute this integration may send (per Firebreak instance); over it: 429 with Retry-After. null: no limit');

export const CreateIntegrationBody = z.strictObject({
  name: Line(100),
  format: z.enum(INTEGRATION_FORMATS),
  service: Line(100).optional().describe('Service name or id the alerts of this integration belong to'),
  signingSecret: z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe(
      'Grafana only: the HMAC secret configured on the contact point; requests must then carry a valid X-Grafana-Alerting-Signature',
    ),
  rateLimitPerMinute: RateLimit.optional(),
});
export const UpdateIntegrationBody = z.strictObject({
  name: Line(100).optional(),
  service: Line(100).nullable().optional(),
  signingSecret: z.string().min(8).max(200).nullable().optional(),
  rateLimitPerMinute: RateLimit.optional(),
});
export const RotateIntegrationKeyBody = z.strictObject({
  overlapMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .default(60)
    .describe('How long the old key keeps working (0: it stops at once)'),
});

export const IntegrationSchema = z.object({
  id: z.string(),
  name: z.string(),
  format: z.enum(INTEGRATION_FORMATS),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  hasSigningSecret: z.boolean(),
  rateLimitPerMinute: z.number().int().nullable(),
  previousKeyExpiresAt: z.string().nullable().describe('While set and in the future, the key before the last rotation still works'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IntegrationView = z.infer<typeof IntegrationSchema>;
/** Create and rotate answer the key once; only its hash is stored. */
export const IntegrationWithKeySchema = IntegrationSchema.extend({ key: z.string().describe('Shown once; store it in the sending tool') });

/** What a person may do to an alert now (acknowledge: it is triggered; resolve: it is open; declare: it has no incident). */
export const ALERT_ABILITIES = ['acknowledge', 'resolve', 'declare'] as const;
export type AlertAbility = (typeof ALERT_ABILITIES)[number];

export const AlertSchema = z.object({
  id: z.string(),
  status: z.enum(ALERT_STATUSES),
  title: z.string(),
  description: z.string(),
  dedupKey: z.string(),
  source: z.enum(ALERT_SOURCES),
  severity: z.enum(ALERT_SEVERITIES),
  count: z.number().int(),
  integration: z.object({ id: z.string(), name: z.string() }),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  incident: z.object({ id: z.string(), ref: z.string() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  suppressedBy: z
    .object({ id: z.string(), reason: z.string(), startsAt: z.string(), endsAt: z.string() })
    .nullable()
    .describe('The maintenance window the alert arrived in (status suppressed), else null'),
  abilities: abilitiesSchema(ALERT_ABILITIES),
});
export type AlertView = z.infer<typeof AlertSchema>;
export const AlertEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  receivedAt: z.string(),
  payload: z.unknown().describe('The event as received (JSON)'),
});
export const AlertDetailSchema = AlertSchema.extend({ events: z.array(AlertEventSchema) });
export type AlertDetailView = z.infer<typeof AlertDetailSchema>;

export const AlertListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: CursorParam,
  status: z
    .enum([...ALERT_STATUSES, 'open'])
    .optional()
    .describe('open: triggered or acknowledged; without it every alert but the dropped ones'),
  service: z.string().max(100).optional(),
  source: z.enum(ALERT_SOURCES).optional(),
});
export const BulkAlertBody = z.strictObject({
  ids: z.array(z.string().min(1).max(64)).min(1).max(200),
  action: z.enum(['acknowledge', 'resolve']),
});
export const BulkAlertResultSchema = z.object({ changed: z.array(z.string()), unchanged: z.array(z.string()) });
export const DeclareFromAlertBody = z.strictObject({
  title: Line(200).optional(),
  severity: Line(50).optional(),
  private: z.boolean().default(false),
});

/** A change (deploy, config change…) a tool reported on a service (PagerDuty `/v2/change/enqueue`). */
export const ChangeEventSchema = z.object({
  id: z.number().int(),
  summary: z.string(),
  source: z.string().nullable(),
  occurredAt: z.string(),
  receivedAt: z.string(),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  integration: z.object({ id: z.string(), name: z.string() }),
  links: z.array(z.object({ href: z.string(), text: z.string() })).describe('http(s) links sent with the change (at most 5)'),
});
export type ChangeEventView = z.infer<typeof ChangeEventSchema>;
/** How far before an incident's declaration its "recent changes" reach. */
export const CHANGES_BEFORE_DECLARATION_HOURS = 24;
