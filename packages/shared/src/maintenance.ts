import { z } from 'zod';
import { ALERT_SEVERITIES } from './alerts.ts';

/**
 * Alert set-up beside integrations (issue 12): maintenance windows, which keep alerts of planned work
 * from paging anyone, and heartbeats, which raise an alert when a job stops checking in.
 */

const Line = (max = 200) => z.string().trim().min(1).max(max);
const isoTime = z.iso.datetime({ offset: true }).describe('ISO-8601 time');

/** The longest a maintenance window may last. */
export const MAINTENANCE_MAX_DAYS = 14;
/** A heartbeat's period: one minute to 31 days. */
export const HEARTBEAT_PERIOD_SECONDS = { min: 60, max: 31 * 86_400 } as const;
/** Extra time after the period before a missing check-in alerts: none to 7 days. */
export const HEARTBEAT_GRACE_SECONDS = { min: 0, max: 7 * 86_400 } as const;

export const MAINTENANCE_STATES = ['upcoming', 'active', 'past'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

const MatchSchema = z
  .record(z.string().trim().min(1).max(100), z.string().max(200))
  .refine((m) => Object.keys(m).length <= 10, 'at most 10 fields')
  .describe(
    'Fields the alert must have, all equal (labels of Alertmanager/Grafana alerts, else top-level details such as PagerDuty source/component/group/class; also "severity" and "source")',
  );

export const CreateMaintenanceWindowBody = z.strictObject({
  service: Line(100).optional().describe('Service name or id whose alerts are suppressed'),
  match: MatchSchema.optional(),
  startsAt: isoTime,
  endsAt: isoTime.describe(`After startsAt, at most ${MAINTENANCE_MAX_DAYS} days later, and in the future`),
  reason: Line(500).describe('Why (shown beside every alert it suppresses)'),
});

export const EndMaintenanceWindowBody = z.strictObject({
  note: Line(500).optional().describe('Why it ended early (kept in the audit log)'),
});

export const MaintenanceListQuery = z.object({
  state: z.enum(MAINTENANCE_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const MaintenanceWindowSchema = z.object({
  id: z.string(),
  state: z.enum(MAINTENANCE_STATES),
  reason: z.string(),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  match: z.record(z.string(), z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  endedEarlyAt: z.string().nullable().describe('Set when someone ended it before its planned end'),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  suppressedAlerts: z.number().int().describe('Alerts this window suppressed'),
});
export type MaintenanceWindowView = z.infer<typeof MaintenanceWindowSchema>;

export const HEARTBEAT_STATUSES = ['waiting', 'up', 'running', 'late', 'down', 'paused'] as const;
export type HeartbeatStatus = (typeof HEARTBEAT_STATUSES)[number];

const period = z.number().int().min(HEARTBEAT_PERIOD_SECONDS.min).max(HEARTBEAT_PERIOD_SECONDS.max);
const grace = z.number().int().min(HEARTBEAT_GRACE_SECONDS.min).max(HEARTBEAT_GRACE_SECONDS.max);

export const CreateHeartbeatBody = z.strictObject({
  name: Line(100),
  periodSeconds: period.describe('How often the job checks in (60 s to 31 days)'),
  graceSeconds: grace.default(300).describe('How late a check-in may be before the alert (0 to 7 days)'),
  severity: z.enum(ALERT_SEVERITIES).default('error'),
  service: Line(100).optional().describe('Service name or id the alert belongs to (it routes like any alert of the service)'),
  integration: Line(200).optional().describe('Integration (name or id) the alert is filed under; default: the built-in "Heartbeats"'),
});
export const UpdateHeartbeatBody = z.strictObject({
  name: Line(100).optional(),
  periodSeconds: period.optional(),
  graceSeconds: grace.optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  service: Line(100).nullable().optional(),
  integration: Line(200).nullable().optional(),
  paused: z.boolean().optional().describe('Paused heartbeats never alert; resuming starts a fresh period'),
});

export const HeartbeatSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z
    .enum(HEARTBEAT_STATUSES)
    .describe(
      'waiting: no check-in yet (never alerts); running: the job sent /start and has not reported its end; late: past its period, within grace',
    ),
  periodSeconds: z.number().int(),
  graceSeconds: z.number().int(),
  severity: z.enum(ALERT_SEVERITIES),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  integration: z.object({ id: z.string(), name: z.string() }).nullable(),
  lastPingAt: z.string().nullable(),
  startedAt: z.string().nullable().describe('When the job sent /start, while it runs (cleared by its check-in or failure report)'),
  lastRunSeconds: z.number().int().nullable().describe('How long the last run that sent /start took'),
  alertAfter: z.string().nullable().describe('When a missing check-in raises the alert'),
  downSince: z.string().nullable(),
  pausedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type HeartbeatView = z.infer<typeof HeartbeatSchema>;
export const HeartbeatWithKeySchema = HeartbeatSchema.extend({
  key: z.string().describe('Shown once'),
  pingUrl: z.string().describe('GET, POST or HEAD it to check in; shown once'),
});
