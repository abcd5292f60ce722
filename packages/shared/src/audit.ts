import { z } from 'zod';

/**
 * The audit log (server slice `audit/`): who did what to which thing, when and from where.
 * Actions are dotted names, `<thing>.<what happened>`; the ones Firebreak writes are listed here so
 * clients can offer them as filters (other slices may add more).
 */
export const AUDIT_ACTIONS = [
  'auth.signin',
  'auth.signin_failed',
  'auth.signout',
  'auth.setup_completed',
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'token.created',
  'token.revoked',
  'session.revoked',
  'settings.severities_changed',
  'settings.roles_changed',
  'settings.comms_changed',
  'incident.member_added',
  'incident.member_removed',
  'incident.private_changed',
  'export.downloaded',
  'share_link.created',
  'share_link.revoked',
  'integration.created',
  'integration.updated',
  'integration.key_rotated',
  'integration.archived',
  'maintenance.created',
  'maintenance.ended',
  'maintenance.deleted',
  'heartbeat.created',
  'heartbeat.updated',
  'heartbeat.deleted',
  'alert_rule.created',
  'alert_rule.updated',
  'alert_rule.deleted',
  'alert_rule.reordered',
  'settings.alert_routing_changed',
  'tracker.connected',
  'tracker.updated',
  'tracker.disconnected',
  'job.retried',
  'job.discarded',
  'webhook.created',
  'webhook.updated',
  'webhook.secret_rotated',
  'webhook.deleted',
  'status_subscriber.deleted',
  'audit.pruned',
  'status_page.settings_changed',
  'status_page.component_created',
  'status_page.component_updated',
  'status_page.component_deleted',
  'status_page.incident_published',
  'status_page.incident_changed',
  'status_page.incident_unpublished',
  'status_page.update_posted',
  'status_page.maintenance_created',
  'status_page.maintenance_updated',
  'status_page.maintenance_update_posted',
  'schedule.created',
  'schedule.updated',
  'schedule.deleted',
  'calendar_feed.created',
  'calendar_feed.revoked',
] as const;

const isoTime = z.iso.datetime({ offset: true }).describe('ISO-8601 time');

export const AuditQuery = z.object({
  actor: z.string().trim().min(1).max(320).optional().describe('User id or e-mail (as recorded), or "anonymous"'),
  action: z.string().trim().min(1).max(100).optional().describe('An action, or a prefix of one ("auth." or "user")'),
  targetType: z.string().trim().min(1).max(50).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  since: isoTime.optional().describe('Only entries at or after this time'),
  until: isoTime.optional().describe('Only entries before this time'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({
    id: z.string().nullable().describe('null for anonymous callers (e.g. a failed sign-in) and the system'),
    label: z.string().describe('E-mail as it was then, "anonymous", or "system"'),
    name: z.string().nullable(),
  }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }),
  details: z.record(z.string(), z.unknown()).describe('Small, action-specific facts; never secrets'),
  ip: z.string().nullable().describe('Client address as the server resolved it (proxies only when trusted)'),
  userAgent: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
