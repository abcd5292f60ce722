import { z } from 'zod';
import { Instant, ListQuery } from './schemas.ts';

/**
 * Escalation and paging (issue 13, server slice `paging/`): escalation policies, each person's
 * contact methods and paging rules, pages with their notifications, acknowledgement, on-call load.
 * See docs/oncall.md ("Escalation and paging").
 */

const Line = (max = 200) => z.string().trim().min(1).max(max);
const Id = z.string().trim().min(1).max(320);

// ---- escalation policies ----
export const ESCALATION_TARGET_KINDS = ['user', 'schedule', 'team'] as const;
export type EscalationTargetKind = (typeof ESCALATION_TARGET_KINDS)[number];
/** Who a step (or a human page) reaches: a person (id or e-mail), a schedule (whoever is on call) or a team (every member). */
export const EscalationTarget = z.strictObject({ kind: z.enum(ESCALATION_TARGET_KINDS), id: Id });
export type EscalationTarget = z.infer<typeof EscalationTarget>;

export const MAX_ESCALATION_STEPS = 20;
export const MAX_POLICY_REPEAT = 9;
export const EscalationStepInput = z.strictObject({
  /** Minutes to wait after this step before the next one (or the next round). */
  delayMinutes: z.number().int().min(1).max(1440),
  targets: z.array(EscalationTarget).max(20),
});
export const CreateEscalationPolicyBody = z.strictObject({
  name: Line(100),
  description: z.string().max(2000).optional(),
  /** How many more times the whole policy runs after its last step (0: once). */
  repeat: z.number().int().min(0).max(MAX_POLICY_REPEAT).default(0),
  steps: z.array(EscalationStepInput).min(1).max(MAX_ESCALATION_STEPS),
});
export type CreateEscalationPolicyInput = z.input<typeof CreateEscalationPolicyBody>;
export const UpdateEscalationPolicyBody = z.strictObject({
  name: Line(100).optional(),
  description: z.string().max(2000).optional(),
  repeat: z.number().int().min(0).max(MAX_POLICY_REPEAT).optional(),
  steps: z.array(EscalationStepInput).min(1).max(MAX_ESCALATION_STEPS).optional(),
});
/** `PUT /services/{id}/escalation-policy`: a policy id or name, or null for none. */
export const SetServicePolicyBody = z.strictObject({ policy: Id.nullable() });

/** Something about a policy or person that will make a page reach nobody (shown, not refused). */
export const PagingWarningSchema = z.object({
  code: z.enum(['no_targets', 'unknown_target', 'empty_schedule', 'empty_team', 'no_contact_method', 'disabled_user']),
  message: z.string(),
  step: z.number().int().nullable(),
  userId: z.string().nullable(),
});
export type PagingWarning = z.infer<typeof PagingWarningSchema>;

export const EscalationTargetView = z.object({
  kind: z.enum(ESCALATION_TARGET_KINDS),
  id: z.string(),
  /** Null when the person, schedule or team no longer exists. */
  name: z.string().nullable(),
});
export const EscalationPolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  repeat: z.number().int(),
  steps: z.array(z.object({ position: z.number().int(), delayMinutes: z.number().int(), targets: z.array(EscalationTargetView) })),
  services: z.array(z.object({ id: z.string(), name: z.string() })),
  warnings: z.array(PagingWarningSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EscalationPolicyView = z.infer<typeof EscalationPolicySchema>;

// ---- contact methods and paging rules (per person, under /me) ----
export const CONTACT_METHOD_KINDS = ['email', 'webhook', 'slack', 'mattermost', 'teams'] as const;
export type ContactMethodKind = (typeof CONTACT_METHOD_KINDS)[number];
export const CONTACT_METHOD_KIND_LABELS: Record<ContactMethodKind, string> = {
  email: 'E-mail',
  webhook: 'Webhook (signed JSON)',
  slack: 'Slack',
  mattermost: 'Mattermost',
  teams: 'Microsoft Teams',
};
export const CreateContactMethodBody = z.strictObject({
  kind: z.enum(CONTACT_METHOD_KINDS),
  label: z.string().trim().max(100).optional(),
  /** An e-mail address for `email`, an http(s) URL (incoming webhook) for the others. */
  address: z.string().trim().min(3).max(2000),
});
export const UpdateContactMethodBody = z.strictObject({
  label: z.string().trim().max(100).optional(),
  address: z.string().trim().min(3).max(2000).optional(),
  enabled: z.boolean().optional(),
});
export const ContactMethodSchema = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_METHOD_KINDS),
  label: z.string(),
  address: z.string(),
  enabled: z.boolean(),
  /** Pages this method may carry per minute; past it one summary follows at the end of the minute. */
  ratePerMinute: z.number().int(),
  lastTestAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ContactMethodView = z.infer<typeof ContactMethodSchema>;

/** "After N minutes, by this method": 0 is immediately. */
export const CreatePagingRuleBody = z.strictObject({
  contactMethod: z.string().trim().min(1).max(64),
  delayMinutes: z.number().int().min(0).max(120),
});
export const PagingRuleSchema = z.object({ id: z.string(), contactMethodId: z.string(), delayMinutes: z.number().int() });
export type PagingRuleView = z.infer<typeof PagingRuleSchema>;
/** `GET /me/paging`: everything a person set up to be reached, and what is missing. */
export const MyPagingSchema = z.object({
  contactMethods: z.array(ContactMethodSchema),
  rules: z.array(PagingRuleSchema),
  warnings: z.array(PagingWarningSchema),
});
export type MyPagingView = z.infer<typeof MyPagingSchema>;
export const TestContactMethodBody = z.strictObject({ message: z.string().trim().max(200).optional() });

// ---- pages ----
export const PAGE_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
export const PAGE_TARGET_KINDS = ['user', 'schedule', 'team', 'policy'] as const;
export const PageTarget = z.strictObject({ kind: z.enum(PAGE_TARGET_KINDS), id: Id });
export type PageTarget = z.infer<typeof PageTarget>;
/** `POST /incidents/{ref}/pages`: page a person, team, schedule or policy about the incident. */
export const CreatePageBody = z.strictObject({ target: PageTarget, message: z.string().trim().max(500).optional() });
export type CreatePageInput = z.infer<typeof CreatePageBody>;
/** `POST /pages/{id}/ack`: where it was acknowledged from (the web app and the CLI say so). */
export const AckPageBody = z.strictObject({ via: z.enum(['web', 'cli', 'api']).default('api') });
export const ReassignPageBody = z.strictObject({ target: PageTarget });
export const ListPagesQuery = ListQuery.extend({
  /** `1`: only pages that reached me (or that I was a target of). */
  mine: z.enum(['0', '1']).optional(),
  status: z.string().max(100).optional().describe('comma-separated: open, acknowledged, resolved'),
  incident: z.string().max(64).optional(),
});

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'held', 'summarized', 'cancelled', 'no_contact'] as const;
export const PageNotificationSchema = z.object({
  id: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
  contactMethod: z.object({ id: z.string(), kind: z.enum(CONTACT_METHOD_KINDS), label: z.string() }).nullable(),
  step: z.number().int(),
  round: z.number().int(),
  status: z.enum(NOTIFICATION_STATUSES),
  dueAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
export const PageSchema = z.object({
  id: z.string(),
  status: z.enum(PAGE_STATUSES),
  title: z.string(),
  message: z.string().nullable(),
  source: z.enum(['alert', 'human']),
  incident: z.object({ id: z.string(), ref: z.string() }).nullable(),
  alertId: z.string().nullable(),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  policy: z.object({ id: z.string(), name: z.string() }).nullable(),
  target: z.object({ kind: z.enum(PAGE_TARGET_KINDS), id: z.string(), name: z.string().nullable() }).nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The step that fired last (0-based) and the round (0: first time through the policy). */
  step: z.number().int(),
  round: z.number().int(),
  stepCount: z.number().int(),
  /** When the next step fires; null once acknowledged, ended, or past the last step of the last round. */
  nextStepAt: z.string().nullable(),
  acknowledgedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedVia: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.string(),
  notifications: z.array(PageNotificationSchema),
  warnings: z.array(PagingWarningSchema),
  abilities: z.object({ acknowledge: z.boolean(), escalate: z.boolean(), reassign: z.boolean() }),
});
export type PageView = z.infer<typeof PageSchema>;

export const PageSuggestionSchema = z.object({
  kind: z.enum(PAGE_TARGET_KINDS),
  id: z.string(),
  name: z.string(),
  /** Why it is suggested: `on_call` (on call now in a service's policy), `owner` (the service's owning team), `policy`. */
  reason: z.enum(['on_call', 'owner', 'policy']),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** People without a contact method cannot be paged: the web app greys them out. */
  reachable: z.boolean(),
});
export type PageSuggestionView = z.infer<typeof PageSuggestionSchema>;

// ---- on-call load ----
export const OnCallLoadQuery = z.object({
  from: Instant,
  to: Instant,
  team: z.string().max(100).optional(),
});
export const OnCallLoadRowSchema = z.object({
  user: z.object({ id: z.string(), name: z.string() }),
  timeZone: z.string(),
  /** Pages that reached the person (each page counts once, however many notifications it sent). */
  pages: z.number().int(),
  pagesPerWeek: z.number(),
  /** Pages whose first notification to the person came outside 09:00–18:00 Monday–Friday, local time. */
  offHours: z.number().int(),
  /** Of those, the ones between 22:00 and 07:00 local time. */
  sleepingHours: z.number().int(),
  acknowledged: z.number().int(),
  /** Seconds from the first notification to the person to their acknowledgement (pages they acknowledged). */
  ackP50Seconds: z.number().nullable(),
  ackP90Seconds: z.number().nullable(),
  weeks: z.array(z.object({ weekStart: z.string(), pages: z.number().int(), offHours: z.number().int(), sleepingHours: z.number().int() })),
});
export const OnCallLoadSchema = z.object({
  from: z.string(),
  to: z.string(),
  weeks: z.number(),
  rows: z.array(OnCallLoadRowSchema),
});
export type OnCallLoadView = z.infer<typeof OnCallLoadSchema>;
export type OnCallLoadRow = z.infer<typeof OnCallLoadRowSchema>;
