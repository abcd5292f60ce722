import { z } from 'zod';

/**
 * Outbound webhooks and chat (issue 11, server slice `webhooks/`): destinations admins manage and
 * the log of what was sent to each. See docs/webhooks.md.
 */
export const WEBHOOK_KINDS = ['webhook', 'slack', 'mattermost', 'teams'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
export const WEBHOOK_KIND_LABELS: Record<WebhookKind, string> = {
  webhook: 'Webhook (signed JSON)',
  slack: 'Slack',
  mattermost: 'Mattermost',
  teams: 'Microsoft Teams',
};

/**
 * Who a destination speaks to. `responders`: the public incident ticket and war-room events, as a
 * responder reads them. `stakeholders`: only what stakeholders (viewers) may read — declarations,
 * status changes and stakeholder updates — through the stakeholder presenter. Private incidents
 * reach no destination, whatever its audience.
 */
export const WEBHOOK_AUDIENCES = ['responders', 'stakeholders'] as const;
export type WebhookAudience = (typeof WEBHOOK_AUDIENCES)[number];

/** Timeline kinds a destination may subscribe to; each is sent as event `incident.<kind>`. */
export const WEBHOOK_EVENTS = [
  'declared',
  'status_changed',
  'severity_changed',
  'field_changed',
  'role_assigned',
  'role_unassigned',
  'comment',
  'note',
  'stakeholder_update',
  'update_edited',
  'update_retracted',
  'action_added',
  'action_changed',
  'merged',
  'retro_published',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** What a new destination sends when no events are picked: the moments people act on. */
export const DEFAULT_WEBHOOK_EVENTS: WebhookEvent[] = [
  'declared',
  'status_changed',
  'severity_changed',
  'role_assigned',
  'stakeholder_update',
];

export const WEBHOOK_DELIVERY_STATES = ['pending', 'delivered', 'dead', 'skipped'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

/** Attempts per delivery before it is dead (about 20 minutes in all, see `webhookRetryDelayMs`). */
export const WEBHOOK_MAX_ATTEMPTS = 5;

const Url = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: 'must be an http:// or https:// URL' });

const Filter = {
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .max(WEBHOOK_EVENTS.length)
    .optional()
    .describe('Timeline kinds to send; default: DEFAULT_WEBHOOK_EVENTS'),
  services: z
    .array(z.string().trim().min(1).max(200))
    .max(200)
    .optional()
    .describe('Only incidents on these services (ids or names); empty: all'),
  minSeverity: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .nullable()
    .optional()
    .describe('Only incidents at this severity or more severe (a severity id or name); null: all'),
  audience: z.enum(WEBHOOK_AUDIENCES).optional().describe('responders (default) or stakeholders'),
};

export const CreateWebhookBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(WEBHOOK_KINDS),
  url: Url,
  enabled: z.boolean().optional(),
  ...Filter,
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookBody>;

export const UpdateWebhookBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  url: Url.optional(),
  enabled: z.boolean().optional().describe('Turning a destination back on clears why it was disabled and sends what waited'),
  ...Filter,
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookBody>;

export const WebhookParams = z.object({ id: z.string().min(1).max(100) });
export const WebhookDeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  state: z.enum(WEBHOOK_DELIVERY_STATES).optional(),
});

export const WebhookView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  url: z.string().describe('Slack and Teams URLs carry their secret in the path: shown masked after creation'),
  audience: z.enum(WEBHOOK_AUDIENCES),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  services: z.array(z.object({ id: z.string(), name: z.string() })),
  minSeverity: z.object({ id: z.string(), name: z.string(), rank: z.number().int() }).nullable(),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe('Why Firebreak turned it off (repeated failures); null when an admin did or it is on'),
  disabledAt: z.string().nullable(),
  signed: z.boolean().describe('Generic webhooks: requests carry a Firebreak-Signature'),
  counts: z.object({ pending: z.number().int(), delivered: z.number().int(), dead: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookView = z.infer<typeof WebhookView>;

/** Answer to create and rotate: the signing secret, shown this once. */
export const WebhookWithSecretView = WebhookView.extend({ signingSecret: z.string().nullable() });
export type WebhookWithSecretView = z.infer<typeof WebhookWithSecretView>;

export const WebhookAttemptView = z.object({
  attempt: z.number().int(),
  at: z.string(),
  durationMs: z.number().int(),
  status: z.number().int().nullable().describe('HTTP status of the answer; null when none came'),
  error: z.string().nullable(),
  responseBody: z.string().nullable().describe('The first 500 characters of the answer'),
});

export const WebhookDeliveryView = z.object({
  id: z.string().describe('The delivery id (Firebreak-Delivery header): the same on every retry'),
  event: z.string(),
  incident: z.object({ id: z.string(), ref: z.string() }).nullable(),
  sequence: z.number().int(),
  state: z.enum(WEBHOOK_DELIVERY_STATES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  requestBody: z.string().describe('The JSON sent'),
  log: z.array(WebhookAttemptView),
});
export type WebhookDeliveryView = z.infer<typeof WebhookDeliveryView>;

export const WebhookTestBody = z.strictObject({
  message: z.string().trim().max(200).optional().describe('A line to add to the test message (e.g. who is checking)'),
});
export const RotateWebhookSecretBody = z.strictObject({
  reason: z.string().trim().max(200).optional().describe('Why, recorded in the audit log'),
});
