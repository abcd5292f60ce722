import { z } from 'zod';
import { ALERT_SEVERITIES, type AlertSeverity, INTEGRATION_FORMATS } from './alerts.ts';
import { SERVICE_CRITICALITIES } from './vocab.ts';

/**
 * Alert routing (issue 12): ordered rules that set an alert's service or severity or drop it, the
 * routing settings (join window, auto-declare threshold), and how each wire format's severity
 * field maps onto an alert's level. See docs/integrations.md, "Routing rules".
 */

// ---- the one place where each format's severity becomes an alert level ----

/** Opsgenie `priority` → level (absent: P3). */
export const OPSGENIE_PRIORITY_LEVELS: Record<string, AlertSeverity> = {
  P1: 'critical',
  P2: 'error',
  P3: 'warning',
  P4: 'info',
  P5: 'info',
};
/** Alertmanager / Grafana `severity` (else `priority`) label values, lower-cased → level; anything else is `warning`. */
export const LABEL_SEVERITY_LEVELS: Record<string, AlertSeverity> = Object.fromEntries([
  ...['critical', 'crit', 'page', 'emergency', 'fatal', 'p1', 'sev1', 'disaster'].map((v) => [v, 'critical']),
  ...['error', 'err', 'high', 'major', 'p2', 'sev2'].map((v) => [v, 'error']),
  ...['info', 'informational', 'low', 'none', 'minor', 'p4', 'p5', 'notice', 'debug'].map((v) => [v, 'info']),
]) as Record<string, AlertSeverity>;

/** What each format sends and the level it becomes (shown on the settings screen and in the docs). */
export const SEVERITY_MAPPING_DEFAULTS: { format: (typeof INTEGRATION_FORMATS)[number]; field: string; mapping: string }[] = [
  { format: 'pagerduty', field: 'payload.severity', mapping: 'critical, error, warning, info: the same level' },
  { format: 'opsgenie', field: 'priority', mapping: 'P1 → critical, P2 → error, P3 (default) → warning, P4 and P5 → info' },
  {
    format: 'alertmanager',
    field: 'labels.severity (else labels.priority)',
    mapping: 'critical/page/p1/sev1 → critical, error/high/major/p2 → error, info/low/none/minor → info, anything else → warning',
  },
  { format: 'grafana', field: 'labels.severity (else labels.priority)', mapping: 'as Alertmanager' },
  { format: 'generic', field: 'severity', mapping: 'critical, error, warning, info (default warning): the same level' },
];

// ---- rules ----

export const RULE_OPERATORS = ['equals', 'regex', 'exists'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];
/** Limits that keep rule evaluation cheap on the ingest path (thousands of events a second). */
export const RULE_LIMITS = { rules: 200, conditions: 20, regexLength: 200, valueLength: 500 } as const;

/**
 * A field of the event: `title`, `description`, `severity` (the alert level), `dedup_key`, `format`,
 * `integration` (its name), or a path into what the format sent: `labels.team`, `annotations.runbook`,
 * `source`, `component`, `group`, `class`, `custom_details.region`, `tags`, `details.owner`,
 * `entity`, `priority`, `metadata.host`.
 */
const Field = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.\-/:]*$/, 'a field name such as labels.team or custom_details.region');

export const RuleCondition = z.strictObject({
  field: Field,
  op: z.enum(RULE_OPERATORS),
  /** equals: the exact text; regex: a JavaScript regular expression (no flags); exists: none. */
  value: z.string().max(RULE_LIMITS.valueLength).optional(),
});
export type RuleCondition = z.infer<typeof RuleCondition>;

const Ref = z.string().trim().min(1).max(100);
export const RuleActions = z.strictObject({
  service: Ref.optional().describe('Service name or id the alert belongs to (routing, not deduplication)'),
  severity: Ref.optional().describe('Firebreak severity name or id (e.g. SEV1) an incident declared from the alert gets'),
  drop: z.boolean().optional().describe('Accept and record the event as dropped: no open alert, no incident, no notification'),
});

export const CreateAlertRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  integration: Ref.nullable().default(null).describe('Integration name or id; null: every integration'),
  conditions: z.array(RuleCondition).max(RULE_LIMITS.conditions).default([]),
  actions: RuleActions,
  position: z.number().int().min(1).optional().describe('1 = first; default: last'),
});
export const UpdateAlertRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  enabled: z.boolean().optional(),
  integration: Ref.nullable().optional(),
  conditions: z.array(RuleCondition).max(RULE_LIMITS.conditions).optional(),
  actions: RuleActions.optional(),
});
export const ReorderAlertRulesBody = z.strictObject({
  ids: z.array(z.string().min(1).max(64)).max(RULE_LIMITS.rules).describe('Every rule id, once, in the new order'),
});

const Named = z.object({ id: z.string(), name: z.string() });
export const AlertRuleSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  enabled: z.boolean(),
  integration: Named.nullable(),
  conditions: z.array(z.object({ field: z.string(), op: z.enum(RULE_OPERATORS), value: z.string().optional() })),
  actions: z.object({ service: Named.optional(), severity: Named.optional(), drop: z.boolean().optional() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AlertRuleView = z.infer<typeof AlertRuleSchema>;

// ---- dry run ----

export const TestAlertRulesBody = z.strictObject({
  format: z.enum(INTEGRATION_FORMATS),
  /** What the tool would send (for PagerDuty a routing_key is not needed). */
  payload: z.record(z.string(), z.unknown()),
  integration: Ref.optional().describe('Evaluate as if sent to this integration (its rules and service)'),
  /** Test this rule (not yet saved) instead of the saved rule set. */
  rule: CreateAlertRuleBody.omit({ position: true }).optional(),
});
export const ALERT_OUTCOMES = ['dropped', 'joined', 'declared', 'waiting', 'not_routed'] as const;
export const AlertTestResultSchema = z.object({
  events: z.array(
    z.object({
      title: z.string(),
      action: z.string(),
      level: z.enum(ALERT_SEVERITIES),
      /** The fields rules can test, with their values in this event. */
      fields: z.record(z.string(), z.string()),
      matched: z.array(z.object({ id: z.string().nullable(), name: z.string(), applied: z.array(z.string()) })),
      service: Named.nullable(),
      severity: Named.nullable(),
      /** What would happen now: dropped, joins an open incident, declares one, waits, or (no service) stays in the list. */
      outcome: z.enum(ALERT_OUTCOMES),
      incident: z.object({ id: z.string(), ref: z.string() }).nullable(),
    }),
  ),
  errors: z.array(z.string()).describe('What the format would refuse in this payload'),
});
export type AlertTestResult = z.infer<typeof AlertTestResultSchema>;

// ---- settings ----

export const ALERT_ROUTING_DEFAULTS = { joinWindowMinutes: 60, autoDeclare: true, criticalities: ['critical'] as const };

export const AlertRoutingSettingsSchema = z.object({
  joinWindowMinutes: z.number().int().describe('An alert joins an open incident of its service declared at most this long ago'),
  autoDeclare: z.object({
    enabled: z.boolean(),
    /** Alerts whose severity is this one or more severe declare an incident… */
    atOrAbove: Named.describe('Default: the most severe severity'),
    /** …on services of these criticalities, when none is open. */
    criticalities: z.array(z.enum(SERVICE_CRITICALITIES)),
  }),
  updatedAt: z.string().nullable(),
});
export type AlertRoutingSettingsView = z.infer<typeof AlertRoutingSettingsSchema>;

export const PutAlertRoutingSettingsBody = z.strictObject({
  joinWindowMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  autoDeclare: z.strictObject({
    enabled: z.boolean(),
    atOrAbove: Ref.nullable().describe('Severity name or id; null: the most severe'),
    criticalities: z.array(z.enum(SERVICE_CRITICALITIES)).max(SERVICE_CRITICALITIES.length),
  }),
});
