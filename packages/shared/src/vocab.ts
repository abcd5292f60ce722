/** Incident statuses, in lifecycle order. `declined` and `duplicate` are terminal side exits. */
export const INCIDENT_STATUSES = [
  'triage',
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'closed',
  'declined',
  'duplicate',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses in which an incident is still being worked on. */
export const ACTIVE_STATUSES: readonly IncidentStatus[] = ['triage', 'investigating', 'identified', 'monitoring'];

/** Where the report of an incident came from. `manual` and `api` are what clients record when nobody said. */
export const INCIDENT_SOURCES = ['manual', 'email', 'chat', 'phone', 'alert', 'monitoring', 'api', 'other'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];
/** The sources a person declaring an incident picks from ("how was it reported?"). */
export const REPORT_SOURCES = ['email', 'chat', 'phone', 'alert', 'monitoring', 'other'] as const satisfies readonly IncidentSource[];
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const USER_ROLES = ['admin', 'responder', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MILESTONES = [
  'impactStarted',
  'detected',
  'declared',
  'acknowledged',
  'identified',
  'mitigated',
  'resolved',
  'closed',
] as const;
export type Milestone = (typeof MILESTONES)[number];
/** Milestones people may set by hand because they know better than the clock. */
export const SETTABLE_MILESTONES: readonly Milestone[] = ['impactStarted', 'detected', 'acknowledged', 'identified', 'mitigated'];

export const ROOT_CAUSE_FIX_STATES = ['unknown', 'planned', 'in_progress', 'done', 'waived'] as const;
export type RootCauseFixState = (typeof ROOT_CAUSE_FIX_STATES)[number];

export const ACTION_KINDS = ['next', 'follow_up'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses of actions that still need doing; the others are finished (done, or won't do). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];
/** Whether an action in this status still needs doing. */
export const isOpenActionStatus = (status: string): boolean => OPEN_ACTION_STATUSES.includes(status as ActionStatus);
export const ACTION_PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_ADDRESSES = ['symptom', 'root_cause', 'prevention', 'process'] as const;
export type ActionAddresses = (typeof ACTION_ADDRESSES)[number];
export const ACTION_HORIZONS = ['immediate', 'long_term'] as const;
export type ActionHorizon = (typeof ACTION_HORIZONS)[number];

export const SERVICE_CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export type ServiceCriticality = (typeof SERVICE_CRITICALITIES)[number];

export const MEMBER_KINDS = ['participant', 'watcher'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Who a timeline entry is for: the war room only, or stakeholders too. */
export const VISIBILITIES = ['internal', 'stakeholders'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const TIMELINE_KINDS = [
  'declared',
  'alert_joined',
  'status_changed',
  'field_changed',
  'severity_changed',
  'services_changed',
  'milestone_set',
  'role_assigned',
  'role_unassigned',
  'member_added',
  'member_removed',
  'comment',
  'stakeholder_update',
  'note',
  'action_added',
  'action_changed',
  'why_added',
  'why_answered',
  'merged',
  'pinned',
  // Corrections of what people wrote: a war-room comment or note edited or deleted, a stakeholder
  // update corrected or retracted (the entry itself changes; these say who, when and, for edits, from what).
  'entry_edited',
  'entry_deleted',
  'update_edited',
  'update_retracted',
  // Investigation aids: an imported chat message, and the import itself.
  'chat',
  'chat_imported',
  // Retrospectives (packages/server/src/retros).
  'retro_drafted',
  'retro_section_edited',
  'retro_status_changed',
  'retro_published',
  'retro_amended',
  'retro_why_added',
  'retro_why_changed',
  'retro_why_removed',
  'retro_answered',
  'retro_depth_decided',
  'retro_meeting_changed',
  'retro_share_changed',
  // The public status page (packages/server/src/status): published, its public title or impacts
  // changed, a public update posted, unpublished. War-room entries: the public text is on the page.
  'status_page_published',
  'status_page_changed',
  'status_page_update',
  'status_page_unpublished',
  // The customer-facing summary of the retrospective on the public incident page: data.action is
  // published | changed | unpublished; the body is the public text (war-room entry).
  'status_page_summary',
  // Paging (packages/server/src/paging): someone paged, a step fired, acknowledged, reassigned.
  'paged',
  'page_escalated',
  'page_acknowledged',
  'page_reassigned',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * The timeline kinds stakeholders (viewers) see: the declaration, status changes, stakeholder
 * updates (and their corrections and retractions) and duplicates merged in. Every other kind is
 * war-room only. The server stamps each entry's visibility from this list when it records it; the
 * status page shows these kinds.
 */
export const STAKEHOLDER_TIMELINE_KINDS: readonly TimelineKind[] = [
  'declared',
  'status_changed',
  'stakeholder_update',
  'update_edited',
  'update_retracted',
  'merged',
];

/** What people write on the timeline and may correct afterwards (their own, or anyone's as an admin). */
export const EDITABLE_TIMELINE_KINDS = ['comment', 'note', 'stakeholder_update'] as const satisfies readonly TimelineKind[];

/** The kind recorded when an entry of this kind is edited, or removed (a stakeholder update is retracted, with a marker). */
export const correctionKind = (kind: string, change: 'edit' | 'remove'): TimelineKind =>
  kind === 'stakeholder_update'
    ? change === 'edit'
      ? 'update_edited'
      : 'update_retracted'
    : change === 'edit'
      ? 'entry_edited'
      : 'entry_deleted';

/** Who a timeline entry of this kind is for. */
export const timelineVisibility = (kind: string): Visibility =>
  STAKEHOLDER_TIMELINE_KINDS.includes(kind as TimelineKind) ? 'stakeholders' : 'internal';

/** Ticket sections that are free text (markdown). */
export const TICKET_TEXT_FIELDS = [
  'symptoms',
  'customerImpact',
  'rootCauses',
  'fixesForSymptoms',
  'prevention',
  'scopeCustomers',
  'scopeRegions',
] as const;
export type TicketTextField = (typeof TICKET_TEXT_FIELDS)[number];

export const DEFAULT_SEVERITIES = [
  {
    rank: 1,
    name: 'SEV1',
    color: 'red',
    updateCadenceMinutes: 15,
    retrospectiveRequired: true,
    description: 'Critical: primary functionality or a critical service is down for many customers.',
  },
  {
    rank: 2,
    name: 'SEV2',
    color: 'orange',
    updateCadenceMinutes: 30,
    retrospectiveRequired: true,
    description: 'Major: primary functionality degraded, or down for a subset of customers.',
  },
  {
    rank: 3,
    name: 'SEV3',
    color: 'yellow',
    updateCadenceMinutes: 60,
    retrospectiveRequired: false,
    description: 'Minor: secondary functionality impaired; a workaround exists.',
  },
  {
    rank: 4,
    name: 'SEV4',
    color: 'blue',
    updateCadenceMinutes: 240,
    retrospectiveRequired: false,
    description: 'Low: cosmetic or internal-only impact; no customer-facing degradation.',
  },
] as const;

export const SEVERITY_COLORS = ['red', 'orange', 'yellow', 'blue', 'grey', 'violet', 'green'] as const;

export const DEFAULT_ROLE_TYPES = [
  {
    key: 'commander',
    name: 'Incident commander',
    description: 'Resolution lead: coordinates the technical response and decides.',
    rank: 1,
  },
  { key: 'comms_lead', name: 'Communications lead', description: 'Keeps stakeholders informed in plain language, on cadence.', rank: 2 },
] as const;

/** The longest war-room comment (characters); imported chat messages are held to it too. */
export const COMMENT_MAX_CHARS = 20_000;

/** The trackers a team can push follow-ups to (`trackers.ts`); here, without zod, for pages that only name them. */
export const TRACKER_KINDS = ['github', 'gitlab', 'jira', 'linear'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];
export const TRACKER_LABEL: Record<TrackerKind, string> = { github: 'GitHub', gitlab: 'GitLab', jira: 'Jira', linear: 'Linear' };
