import { z } from 'zod';
import { STATUS_SUMMARY_MAX_CHARS } from './statusSummary.ts';

/*
 * The public status page (issue 15): vocabularies (Atlassian Statuspage's, so its JSON API can be
 * imitated exactly), the pure rules that turn impacts into a component status, an incident impact
 * and the page's indicator, the responder API's request and response schemas, and the typed
 * snapshot the public side (HTML page, feeds, JSON API) renders from.
 */

// ---- vocabularies (Statuspage's) ----

/** A component's status, best first. */
export const COMPONENT_STATUSES = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];
/** What an incident or a maintenance does to a component. */
export const COMPONENT_IMPACTS = ['degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;
export type ComponentImpact = (typeof COMPONENT_IMPACTS)[number];
/** A public incident's status (its public updates carry one each). */
export const PUBLIC_INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type PublicIncidentStatus = (typeof PUBLIC_INCIDENT_STATUSES)[number];
/** An incident's impact, and the page's `status.indicator`. */
export const INCIDENT_IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

// ---- pure rules ----

const rank = (s: ComponentStatus) => COMPONENT_STATUSES.indexOf(s);
/** The worst of some statuses (operational when there are none). */
export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of statuses) if (rank(s) > rank(worst)) worst = s;
  return worst;
}

/** The impact a component status stands for: major outage is critical, partial outage major, degraded minor. */
export function impactOfStatus(status: ComponentStatus): IncidentImpact {
  if (status === 'major_outage') return 'critical';
  if (status === 'partial_outage') return 'major';
  if (status === 'degraded_performance') return 'minor';
  return 'none';
}

/** The worst of some impacts. */
export const worstImpact = (impacts: Iterable<IncidentImpact>): IncidentImpact => {
  let worst: IncidentImpact = 'none';
  for (const i of impacts) if (INCIDENT_IMPACTS.indexOf(i) > INCIDENT_IMPACTS.indexOf(worst)) worst = i;
  return worst;
};

/** Statuspage's descriptions of the page's overall state. */
export const INDICATOR_DESCRIPTIONS: Record<IncidentImpact, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

/**
 * The page's overall state: the worst of its components' statuses and its unresolved incidents'
 * impacts. Maintenance alone leaves the indicator at `none` and says so in the description.
 */
export function overallStatus(
  components: ComponentStatus[],
  incidentImpacts: IncidentImpact[],
): { indicator: IncidentImpact; description: string } {
  const indicator = worstImpact([...components.map(impactOfStatus), ...incidentImpacts]);
  if (indicator === 'none' && components.includes('under_maintenance')) return { indicator, description: 'Service Under Maintenance' };
  return { indicator, description: INDICATOR_DESCRIPTIONS[indicator] };
}

/**
 * Share of a period a component counts as down, as Statuspage weighs it: a major outage counts in
 * full, a partial outage at 30 %; degraded performance and maintenance count as up.
 */
export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

// ---- requests ----

const Line = (max = 200) => z.string().trim().min(1).max(max);
const Body = (max = 20_000) => z.string().trim().min(1).max(max);
const HttpUrl = z
  .string()
  .trim()
  .max(2_000)
  .regex(/^https?:\/\/[^\s]+$/, 'An http(s) URL');
const isoTime = z.iso.datetime({ offset: true }).describe('ISO-8601 time');

export const StatusPageSettingsBody = z
  .strictObject({
    enabled: z.boolean().optional().describe('Whether /status and the public JSON answer (off: 404)'),
    organisationName: Line(200).optional(),
    logoUrl: HttpUrl.nullable().optional(),
    brandColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #1f6feb')
      .nullable()
      .optional(),
    supportUrl: HttpUrl.nullable().optional(),
    supportContact: Line(320).nullable().optional().describe('An e-mail address or phone number customers may use'),
  })
  .meta({ examples: [{ enabled: true, organisationName: 'Acme', brandColor: '#1f6feb', supportUrl: 'https://acme.example/help' }] });
export type StatusPageSettingsInput = z.infer<typeof StatusPageSettingsBody>;

export const CreateStatusComponentBody = z
  .strictObject({
    name: Line(100).describe('Public name'),
    description: z.string().trim().max(1_000).nullable().optional(),
    groupName: Line(100).nullable().optional().describe('Components with the same group name are shown together'),
    position: z.number().int().min(0).max(10_000).optional().describe('Order on the page (default: last)'),
    service: Line(100).nullable().optional().describe('A service name or id this component shows (one component per service)'),
    manualStatus: z.enum(COMPONENT_STATUSES).nullable().optional().describe('Set by hand; published incidents and maintenance override it'),
  })
  .meta({ examples: [{ name: 'Checkout', description: 'Paying for orders', groupName: 'Shop', service: 'checkout' }] });
export const UpdateStatusComponentBody = CreateStatusComponentBody.partial().meta({
  examples: [{ manualStatus: 'degraded_performance' }],
});

export const ComponentImpactInput = z.strictObject({ componentId: Line(100), status: z.enum(COMPONENT_IMPACTS) });

export const PublishIncidentBody = z
  .strictObject({
    publicTitle: Line(200),
    impacts: z.array(ComponentImpactInput).max(200).default([]),
    impact: z.enum(INCIDENT_IMPACTS).nullable().optional().describe('Overrides the impact computed from the component impacts'),
    update: z.strictObject({ status: z.enum(PUBLIC_INCIDENT_STATUSES).default('investigating'), body: Body() }),
  })
  .meta({
    examples: [
      {
        publicTitle: 'Some payments fail',
        impacts: [{ componentId: 'c1', status: 'partial_outage' }],
        update: { status: 'investigating', body: 'Some card payments fail. We are looking into it.' },
      },
    ],
  });
export const UpdatePublicationBody = z
  .strictObject({
    publicTitle: Line(200).optional(),
    impacts: z.array(ComponentImpactInput).max(200).optional().describe('Replaces the component impacts'),
    impact: z.enum(INCIDENT_IMPACTS).nullable().optional().describe('null: computed from the component impacts again'),
  })
  .meta({ examples: [{ impacts: [{ componentId: 'c1', status: 'degraded_performance' }] }] });
export const PublicUpdateBody = z
  .strictObject({ status: z.enum(PUBLIC_INCIDENT_STATUSES), body: Body() })
  .meta({ examples: [{ status: 'monitoring', body: 'A fix is in place; we are watching payments recover.' }] });

export const PublicSummaryBody = z
  .strictObject({
    body: z
      .string()
      .trim()
      .min(1)
      .max(STATUS_SUMMARY_MAX_CHARS)
      .describe('Plain text with a little markdown: paragraphs, "- " lists, **bold**, *italic*, [links](https://…)'),
    published: z
      .boolean()
      .describe('true: on the public incident page now; false: saved for responders only (takes it down if it was public)'),
  })
  .meta({
    examples: [
      {
        body: 'A configuration change made card payments fail for 40 minutes.\n\n- We now roll such changes out gradually\n- Alerts fire on payment errors within 2 minutes',
        published: true,
      },
    ],
  });

export const CreateStatusMaintenanceBody = z
  .strictObject({
    title: Line(200),
    body: Body(),
    componentIds: z.array(Line(100)).max(200).default([]),
    scheduledFor: isoTime,
    scheduledUntil: isoTime,
    autoStart: z.boolean().default(true).describe('Starts at scheduledFor by itself'),
    autoComplete: z.boolean().default(true).describe('Completes at scheduledUntil by itself'),
  })
  .meta({
    examples: [
      {
        title: 'Database upgrade',
        body: 'Checkout may be slow for a few minutes.',
        componentIds: ['c1'],
        scheduledFor: '2026-03-02T02:00:00Z',
        scheduledUntil: '2026-03-02T03:00:00Z',
      },
    ],
  });
export const UpdateStatusMaintenanceBody = z
  .strictObject({
    title: Line(200).optional(),
    body: Body().optional(),
    componentIds: z.array(Line(100)).max(200).optional(),
    scheduledFor: isoTime.optional(),
    scheduledUntil: isoTime.optional(),
    autoStart: z.boolean().optional(),
    autoComplete: z.boolean().optional(),
    status: z.enum(MAINTENANCE_STATUSES).optional().describe('Move it by hand (start early, verify, complete)'),
  })
  .meta({ examples: [{ status: 'in_progress' }] });
export const MaintenanceUpdateBody = z
  .strictObject({ status: z.enum(MAINTENANCE_STATUSES).optional().describe('Also moves the maintenance to this status'), body: Body() })
  .meta({ examples: [{ status: 'verifying', body: 'The upgrade is done; we are checking everything works.' }] });

export const StatusComponentParams = z.object({ id: Line(100) });

// ---- responses ----

export const StatusPageSettingsView = z.object({
  enabled: z.boolean(),
  organisationName: z.string(),
  logoUrl: z.string().nullable(),
  brandColor: z.string().nullable(),
  supportUrl: z.string().nullable(),
  supportContact: z.string().nullable(),
  pageId: z.string().describe('The page id the Statuspage-compatible JSON answers with'),
  updatedAt: z.string().nullable(),
});
export type StatusPageSettings = z.infer<typeof StatusPageSettingsView>;

export const StatusComponentView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  groupName: z.string().nullable(),
  position: z.number(),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  manualStatus: z.enum(COMPONENT_STATUSES).nullable(),
  status: z.enum(COMPONENT_STATUSES).describe('What the page shows now: incidents and maintenance, else the manual status'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StatusComponent = z.infer<typeof StatusComponentView>;

export const PublicUpdateView = z.object({
  id: z.string(),
  status: z.enum(PUBLIC_INCIDENT_STATUSES),
  body: z.string(),
  createdAt: z.string(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  timelineEntryId: z.number().nullable(),
});
export type PublicUpdate = z.infer<typeof PublicUpdateView>;

export const PublicSummaryView = z.object({
  body: z.string(),
  published: z.boolean(),
  publishedAt: z.string().nullable().describe('Since when the public sees it (null: saved, not public)'),
  firstPublishedAt: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  retroRevision: z.number().nullable().describe('The published retrospective revision it was last saved beside'),
});
export type PublicSummary = z.infer<typeof PublicSummaryView>;
export const PublicationRetroView = z.object({
  id: z.string(),
  status: z.string(),
  published: z.boolean().describe('A revision has been published: only then may a public summary be published'),
  revision: z.number().nullable().describe('Its latest published revision'),
  publishedAt: z.string().nullable(),
  suggestion: z
    .string()
    .nullable()
    .describe(
      'A starting point from the published retrospective (its first written section, as stakeholders read it); never published by itself',
    ),
});

export const PublicationView = z.object({
  incidentId: z.string(),
  ref: z.string(),
  published: z.boolean(),
  /** False for private incidents: they never appear on the status page. */
  eligible: z.boolean(),
  reason: z.string().nullable().describe('Why it cannot be published, when it cannot'),
  publicTitle: z.string().nullable(),
  status: z.enum(PUBLIC_INCIDENT_STATUSES).nullable(),
  impact: z.enum(INCIDENT_IMPACTS).nullable(),
  impactOverride: z.enum(INCIDENT_IMPACTS).nullable(),
  impacts: z.array(z.object({ componentId: z.string(), name: z.string(), status: z.enum(COMPONENT_IMPACTS) })),
  publishedAt: z.string().nullable(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  resolvedAt: z.string().nullable(),
  updates: z.array(PublicUpdateView).describe('Newest first'),
  url: z.string().nullable().describe('Its public page'),
  summary: PublicSummaryView.nullable().describe('The customer-facing summary of the retrospective, once written'),
  retro: PublicationRetroView.nullable().describe("The incident's retrospective, as far as the public summary needs it"),
});
export type Publication = z.infer<typeof PublicationView>;

export const MaintenanceUpdateView = z.object({
  id: z.string(),
  status: z.enum(MAINTENANCE_STATUSES),
  body: z.string(),
  createdAt: z.string(),
});
export const StatusMaintenanceView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(MAINTENANCE_STATUSES),
  components: z.array(z.object({ id: z.string(), name: z.string() })),
  scheduledFor: z.string(),
  scheduledUntil: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  autoStart: z.boolean(),
  autoComplete: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updates: z.array(MaintenanceUpdateView).describe('Newest first'),
});
export type StatusMaintenance = z.infer<typeof StatusMaintenanceView>;

export const StatusMaintenanceQuery = z.object({
  state: z.enum(['upcoming', 'active', 'completed', 'all']).default('all'),
});

// ---- the public snapshot (server side; the HTML page, feeds and JSON render from it) ----

export type SnapshotUpdate = {
  id: string;
  status: PublicIncidentStatus;
  body: string;
  createdAt: string;
  /** Components and the status this update found and left them in (Statuspage's affected_components). */
  affectedComponents: { id: string; name: string; oldStatus: ComponentStatus; status: ComponentStatus }[];
};
export type SnapshotIncident = {
  /** Public id (the history page's address): the incident's id, never its internal title or ref. */
  id: string;
  title: string;
  status: PublicIncidentStatus;
  impact: IncidentImpact;
  createdAt: string;
  updatedAt: string;
  startedAt: string;
  monitoringAt: string | null;
  resolvedAt: string | null;
  url: string;
  components: { id: string; name: string; status: ComponentImpact }[];
  /** Newest first. */
  updates: SnapshotUpdate[];
  /** The retrospective's customer-facing summary, only while published for the public. */
  summary: { body: string; publishedAt: string; updatedAt: string } | null;
};
export type SnapshotMaintenanceUpdate = { id: string; status: MaintenanceStatus; body: string; createdAt: string };
export type SnapshotMaintenance = {
  id: string;
  title: string;
  body: string;
  status: MaintenanceStatus;
  scheduledFor: string;
  scheduledUntil: string;
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  url: string;
  components: { id: string; name: string }[];
  /** Newest first. */
  updates: SnapshotMaintenanceUpdate[];
};
export type SnapshotDay = {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  /** The worst status the component had that day. */
  status: ComponentStatus;
  /** Minutes of partial and major outage that day. */
  partialMinutes: number;
  majorMinutes: number;
  /** Public incidents that touched the component that day. */
  incidentIds: string[];
};
export type SnapshotComponent = {
  id: string;
  name: string;
  description: string | null;
  groupName: string | null;
  position: number;
  status: ComponentStatus;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; 90 days ending today (UTC). */
  days: SnapshotDay[];
  /** Over those days (or since the component was added), Statuspage's weighting (DOWNTIME_WEIGHT); 100 when nothing happened. */
  uptimePercent: number;
};
export type SnapshotGroup = { name: string; position: number; status: ComponentStatus; componentIds: string[] };
export type StatusSnapshot = {
  generatedAt: string;
  page: {
    id: string;
    name: string;
    url: string;
    timeZone: string;
    updatedAt: string;
    enabled: boolean;
    logoUrl: string | null;
    brandColor: string | null;
    supportUrl: string | null;
    supportContact: string | null;
  };
  status: { indicator: IncidentImpact; description: string };
  /** Ordered by group (a group sits at its first component's position), then position. */
  components: SnapshotComponent[];
  groups: SnapshotGroup[];
  /** Unresolved published incidents, newest first. */
  incidents: SnapshotIncident[];
  /** Resolved published incidents of the last 90 days (at most 50), newest first. */
  recentIncidents: SnapshotIncident[];
  /** Upcoming and active maintenances, soonest first. */
  maintenances: SnapshotMaintenance[];
  /** Completed maintenances of the last 90 days (at most 50), newest first. */
  recentMaintenances: SnapshotMaintenance[];
};
