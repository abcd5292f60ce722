import { createHash } from 'node:crypto';
import {
  COMPONENT_STATUSES,
  INCIDENT_IMPACTS,
  MAINTENANCE_STATUSES,
  PUBLIC_INCIDENT_STATUSES,
  type SnapshotComponent,
  type SnapshotIncident,
  type SnapshotMaintenance,
  type StatusSnapshot,
} from '@firebreak/shared';
import { z } from 'zod';
import { type Encoded, encoded } from './encoding.ts';

/**
 * Atlassian Statuspage's public JSON (https://<page>/api/v2/…), same paths, field names and
 * vocabularies, built from the snapshot, so widgets, aggregators and monitors of third-party status
 * pages work unchanged. Groups are components with `group: true` and their members' ids in
 * `components`; a group's id is derived from its name. Incidents and maintenances use their public ids.
 */

// ---- the wire shapes (documented in the OpenAPI document; the bodies are serialised once per snapshot) ----

const time = z.string().describe('ISO-8601 time');
export const SpPage = z.object({ id: z.string(), name: z.string(), url: z.string(), time_zone: z.string(), updated_at: time });
export const SpComponent = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(COMPONENT_STATUSES),
  created_at: time,
  updated_at: time,
  position: z.number(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(z.string()).optional().describe('A group: its components'),
});
const SpAffected = z.object({ code: z.string(), name: z.string(), old_status: z.string(), new_status: z.string() });
const SpUpdate = z.object({
  id: z.string(),
  status: z.string(),
  body: z.string(),
  incident_id: z.string(),
  created_at: time,
  updated_at: time,
  display_at: time,
  affected_components: z.array(SpAffected).nullable(),
  deliver_notifications: z.boolean(),
  custom_tweet: z.string().nullable(),
  tweet_id: z.string().nullable(),
});
export const SpIncident = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum([...PUBLIC_INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]),
  created_at: time,
  updated_at: time,
  monitoring_at: time.nullable(),
  resolved_at: time.nullable(),
  impact: z.enum([...INCIDENT_IMPACTS, 'maintenance']),
  shortlink: z.string(),
  started_at: time,
  page_id: z.string(),
  incident_updates: z.array(SpUpdate),
  components: z.array(SpComponent),
});
export const SpMaintenance = SpIncident.extend({ scheduled_for: time, scheduled_until: time });
export const SpStatus = z.object({ indicator: z.enum(INCIDENT_IMPACTS), description: z.string() });

export const SpSummaryBody = z.object({
  page: SpPage,
  components: z.array(SpComponent),
  incidents: z.array(SpIncident),
  scheduled_maintenances: z.array(SpMaintenance),
  status: SpStatus,
});
export const SpStatusBody = z.object({ page: SpPage, status: SpStatus });
export const SpComponentsBody = z.object({ page: SpPage, components: z.array(SpComponent) });
export const SpIncidentsBody = z.object({ page: SpPage, incidents: z.array(SpIncident) });
export const SpMaintenancesBody = z.object({ page: SpPage, scheduled_maintenances: z.array(SpMaintenance) });

type Sp = {
  page: z.infer<typeof SpPage>;
  component: z.infer<typeof SpComponent>;
  incident: z.infer<typeof SpIncident>;
  maintenance: z.infer<typeof SpMaintenance>;
};

// ---- from the snapshot ----

export const groupId = (name: string): string => `g${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;

const page = (s: StatusSnapshot): Sp['page'] => ({
  id: s.page.id,
  name: s.page.name,
  url: s.page.url,
  time_zone: s.page.timeZone,
  updated_at: s.page.updatedAt,
});

function component(s: StatusSnapshot, c: SnapshotComponent): Sp['component'] {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    position: c.position,
    description: c.description,
    showcase: true,
    start_date: c.createdAt.slice(0, 10),
    group_id: c.groupName ? groupId(c.groupName) : null,
    page_id: s.page.id,
    group: false,
    only_show_if_degraded: false,
  };
}

/** Components in page order, each group (a component with `group: true`) before its members. */
function components(s: StatusSnapshot): Sp['component'][] {
  const out: Sp['component'][] = [];
  const seen = new Set<string>();
  for (const c of s.components) {
    if (c.groupName && !seen.has(c.groupName)) {
      seen.add(c.groupName);
      const g = s.groups.find((x) => x.name === c.groupName);
      const members = s.components.filter((m) => m.groupName === c.groupName);
      const created = members.map((m) => m.createdAt).sort()[0] ?? c.createdAt;
      out.push({
        id: groupId(c.groupName),
        name: c.groupName,
        status: g?.status ?? 'operational',
        created_at: created,
        updated_at:
          members
            .map((m) => m.updatedAt)
            .sort()
            .at(-1) ?? c.updatedAt,
        position: g?.position ?? c.position,
        description: null,
        showcase: false,
        start_date: null,
        group_id: null,
        page_id: s.page.id,
        group: true,
        only_show_if_degraded: false,
        components: members.map((m) => m.id),
      });
    }
    out.push(component(s, c));
  }
  return out;
}

function incident(s: StatusSnapshot, byId: Map<string, SnapshotComponent>, i: SnapshotIncident): Sp['incident'] {
  return {
    id: i.id,
    name: i.title,
    status: i.status,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    monitoring_at: i.monitoringAt,
    resolved_at: i.resolvedAt,
    impact: i.impact,
    shortlink: i.url,
    started_at: i.startedAt,
    page_id: s.page.id,
    incident_updates: i.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: i.id,
      created_at: u.createdAt,
      updated_at: u.createdAt,
      display_at: u.createdAt,
      affected_components: u.affectedComponents.length
        ? u.affectedComponents.map((a) => ({ code: a.id, name: a.name, old_status: a.oldStatus, new_status: a.status }))
        : null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: i.components.flatMap((c) => {
      const full = byId.get(c.id);
      return full ? [component(s, full)] : [];
    }),
  };
}

function maintenance(s: StatusSnapshot, byId: Map<string, SnapshotComponent>, m: SnapshotMaintenance): Sp['maintenance'] {
  return {
    id: m.id,
    name: m.title,
    status: m.status,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    monitoring_at: null,
    resolved_at: m.completedAt,
    impact: 'maintenance',
    shortlink: m.url,
    started_at: m.startedAt ?? m.scheduledFor,
    page_id: s.page.id,
    scheduled_for: m.scheduledFor,
    scheduled_until: m.scheduledUntil,
    incident_updates: m.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: m.id,
      created_at: u.createdAt,
      updated_at: u.createdAt,
      display_at: u.createdAt,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: m.components.flatMap((c) => {
      const full = byId.get(c.id);
      return full ? [component(s, full)] : [];
    }),
  };
}

/** The endpoints, by path under /api/v2. */
export const STATUSPAGE_ENDPOINTS = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const;
export type StatuspageEndpoint = (typeof STATUSPAGE_ENDPOINTS)[number];

/** The body of one endpoint for a snapshot. */
export function statuspageBody(s: StatusSnapshot, endpoint: StatuspageEndpoint): unknown {
  const byId = new Map(s.components.map((c) => [c.id, c]));
  const p = page(s);
  const open = s.incidents.map((i) => incident(s, byId, i));
  const upcoming = s.maintenances.filter((m) => m.status === 'scheduled').map((m) => maintenance(s, byId, m));
  const active = s.maintenances.filter((m) => m.status !== 'scheduled').map((m) => maintenance(s, byId, m));
  switch (endpoint) {
    case 'summary.json':
      return { page: p, components: components(s), incidents: open, scheduled_maintenances: [...active, ...upcoming], status: s.status };
    case 'status.json':
      return { page: p, status: s.status };
    case 'components.json':
      return { page: p, components: components(s) };
    case 'incidents.json':
      // The 50 most recent: open ones first (newest first), then resolved ones.
      return { page: p, incidents: [...open, ...s.recentIncidents.map((i) => incident(s, byId, i))].slice(0, 50) };
    case 'incidents/unresolved.json':
      return { page: p, incidents: open };
    case 'scheduled-maintenances.json': {
      const all = [...s.maintenances, ...s.recentMaintenances].sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor));
      return { page: p, scheduled_maintenances: all.slice(0, 50).map((m) => maintenance(s, byId, m)) };
    }
    case 'scheduled-maintenances/upcoming.json':
      return { page: p, scheduled_maintenances: upcoming };
    case 'scheduled-maintenances/active.json':
      return { page: p, scheduled_maintenances: active };
  }
}

/** A body serialised once, with its entity tag (and its brotli and gzip variants, each made once when first asked for). */
export type Serialised = Encoded;
export const serialise = (value: unknown): Serialised => encoded(Buffer.from(JSON.stringify(value)));
