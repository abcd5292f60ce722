import { z } from 'zod';

/**
 * Notifications (issue 11): what a person hears about, through which channel, and the in-app list.
 * Kinds of event a person chooses channels for:
 * - `declared`: a new incident on something they watch
 * - `change`: status, severity or role changes of an incident they watch
 * - `assigned`: a role or an action assigned to them
 * - `mention`: `@name` in a war-room comment
 * - `stakeholder_update`: a stakeholder update
 * - `retro_published`: a published retrospective
 * - `alert`: alerts routed to a service their team owns (one coalesced e-mail per service per minute)
 * - `update_due`: a stakeholder update is due (the communications lead) or still overdue (the commander)
 * - `action_due`: an action they own is due soon, or overdue
 */
export const NOTIFICATION_KINDS = [
  'declared',
  'change',
  'assigned',
  'mention',
  'stakeholder_update',
  'retro_published',
  'alert',
  'update_due',
  'action_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  declared: 'New incidents',
  change: 'Status, severity and role changes',
  assigned: 'Assigned to me',
  mention: 'Mentions',
  stakeholder_update: 'Stakeholder updates',
  retro_published: 'Published retrospectives',
  alert: "Alerts on my team's services",
  update_due: 'Stakeholder update reminders',
  action_due: 'My actions due or overdue',
};

/** Kinds told by e-mail only: the in-app list holds incident notifications, and an alert may have no incident yet. */
export const EMAIL_ONLY_KINDS: readonly NotificationKind[] = ['alert'];

/** Channels when a person chose nothing: everything in the app and by e-mail. */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel[]> = {
  declared: ['in_app', 'email'],
  change: ['in_app', 'email'],
  assigned: ['in_app', 'email'],
  mention: ['in_app', 'email'],
  stakeholder_update: ['in_app', 'email'],
  retro_published: ['in_app', 'email'],
  alert: ['email'],
  update_due: ['in_app', 'email'],
  action_due: ['in_app', 'email'],
};

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const QuietHours = z.strictObject({
  start: HHMM,
  end: HHMM,
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: z.string().min(1).max(64),
});

export const NotificationSettingsView = z.object({
  channels: z.record(z.enum(NOTIFICATION_KINDS), z.array(z.enum(NOTIFICATION_CHANNELS))),
  quietHours: QuietHours.nullable(),
  /** False when this person's address was unsubscribed from e-mail (saving settings subscribes it again). */
  emailEnabled: z.boolean(),
});
export type NotificationSettingsView = z.infer<typeof NotificationSettingsView>;

export const NotificationSettingsBody = z.strictObject({
  channels: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.array(z.enum(NOTIFICATION_CHANNELS)).max(2)).optional(),
  quietHours: QuietHours.nullable().optional(),
});

export const NotificationView = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string().nullable(),
  incident: z.object({ id: z.string(), ref: z.string(), title: z.string() }),
  entryId: z.number().int().nullable().describe('The timeline entry it is about; null for reminders (update due, action due)'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationsQuery = z.object({
  unread: z.enum(['true', 'false', '1', '0']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});

export const NotificationParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const SUBSCRIPTION_TARGETS = ['incident', 'service', 'severity'] as const;
export const SubscriptionBody = z.strictObject({
  target: z.enum(SUBSCRIPTION_TARGETS),
  /** An incident reference (INC-42) or id, a service name or id, a severity name or id. */
  id: z.string().min(1).max(200),
});
export const SubscriptionParams = z.object({ target: z.enum(SUBSCRIPTION_TARGETS), id: z.string().min(1).max(200) });
export const SubscriptionView = z.object({
  target: z.enum(SUBSCRIPTION_TARGETS),
  id: z.string(),
  /** INC-42 Title, the service's name, or "SEV2 and above". */
  label: z.string(),
  createdAt: z.string(),
});
export type SubscriptionView = z.infer<typeof SubscriptionView>;

export const StakeholderBody = z.strictObject({ email: z.email().max(320) });
export const ServiceParams = z.object({ service: z.string().min(1).max(200) });
export const StakeholderParams = z.object({ service: z.string().min(1).max(200), stakeholderId: z.string().min(1).max(200) });
export const StakeholderView = z.object({
  id: z.string(),
  email: z.string(),
  /** The person with that address, when there is one. */
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type StakeholderView = z.infer<typeof StakeholderView>;

/** Marks one notification read (or unread again with `read: false`). */
export const MarkReadBody = z.strictObject({ read: z.boolean().default(true) });
/** Marks read every notification up to the newest one the person saw (its id), so one that arrived meanwhile stays unread. */
export const MarkAllReadBody = z.strictObject({
  upTo: z
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1)
    .optional(),
});
/** RFC 8058 one-click unsubscribe: the form body mail providers post (also accepted as JSON). */
export const UnsubscribeBody = z.strictObject({ 'List-Unsubscribe': z.literal('One-Click') });

export const UnsubscribeParams = z.object({ token: z.string().min(1).max(1000) });
