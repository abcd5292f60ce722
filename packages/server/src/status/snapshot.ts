import {
  type ComponentImpact,
  type ComponentStatus,
  DOWNTIME_WEIGHT,
  type IncidentImpact,
  type MaintenanceStatus,
  overallStatus,
  type PublicIncidentStatus,
  type SnapshotComponent,
  type SnapshotDay,
  type SnapshotGroup,
  type SnapshotIncident,
  type SnapshotMaintenance,
  type StatusSnapshot,
  worstStatus,
} from '@firebreak/shared';
import type { Deps, Tx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { CACHE_NAME } from './cache.ts';
import { currentStatuses } from './intervals.ts';
import { settingsRow } from './settings.ts';
import {
  getMaintenance,
  type IntervalRow,
  impactsOf,
  intervalsSince,
  listComponents,
  listMaintenances,
  type MaintenanceRow,
  maintenanceComponentsOf,
  maintenanceUpdatesOf,
  type PublicIncidentRow,
  publicIncidentById,
  publicIncidents,
  publishedSummariesOf,
  updatesOf,
} from './store.ts';
import { incidentUrl, maintenanceUrl, pageUrl } from './urls.ts';

/**
 * Everything the public side renders, read in one go and kept per process: the HTML page, the feeds
 * and the Statuspage-compatible JSON all answer from it. A change that affects the page commits a
 * `cache status-page` bus event (PG NOTIFY across a fleet), which drops every instance's copy; a copy
 * is never used past MAX_AGE_MS either (time moves maintenances from upcoming to active, and days on).
 * Only published, non-private incidents and their public updates are read: nothing else can leak.
 */

export const MAX_AGE_MS = 5_000;
const DAYS = 90;
const DAY_MS = 86_400_000;
const RECENT = 50;

// ---- building ----

async function presentIncidents(tx: Tx, deps: Pick<Deps, 'config'>, rows: PublicIncidentRow[]): Promise<SnapshotIncident[]> {
  const ids = rows.map((r) => r.incident_id);
  const [impacts, updates, summaries] = await Promise.all([impactsOf(tx, ids), updatesOf(tx, ids), publishedSummariesOf(tx, ids)]);
  const summaryOf = new Map(summaries.map((x) => [x.incident_id, x]));
  return rows.map((r) => ({
    id: r.incident_id,
    title: r.public_title,
    status: r.status as PublicIncidentStatus,
    impact: r.impact as IncidentImpact,
    createdAt: r.published_at,
    updatedAt: r.updated_at,
    startedAt: r.impact_started_at ?? r.declared_at,
    monitoringAt: r.monitoring_at,
    resolvedAt: r.resolved_at,
    url: incidentUrl(deps, r.incident_id),
    components: impacts
      .filter((i) => i.incident_id === r.incident_id)
      .map((i) => ({ id: i.component_id, name: i.name, status: i.status as ComponentImpact })),
    updates: updates
      .filter((u) => u.incident_id === r.incident_id)
      .map((u) => ({
        id: u.id,
        status: u.status as PublicIncidentStatus,
        body: u.body,
        createdAt: u.created_at,
        affectedComponents: JSON.parse(u.affected_components) as SnapshotIncident['updates'][number]['affectedComponents'],
      })),
    summary: ((x) => (x?.published_at ? { body: x.body, publishedAt: x.published_at, updatedAt: x.updated_at } : null))(
      summaryOf.get(r.incident_id),
    ),
  }));
}

async function presentMaintenances(tx: Tx, deps: Pick<Deps, 'config'>, rows: MaintenanceRow[]): Promise<SnapshotMaintenance[]> {
  const ids = rows.map((r) => r.id);
  const [components, updates] = await Promise.all([maintenanceComponentsOf(tx, ids), maintenanceUpdatesOf(tx, ids)]);
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    body: m.body,
    status: m.status as MaintenanceStatus,
    scheduledFor: m.scheduled_for,
    scheduledUntil: m.scheduled_until,
    startedAt: m.started_at,
    completedAt: m.completed_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    url: maintenanceUrl(deps, m.id),
    components: components.filter((c) => c.maintenance_id === m.id).map((c) => ({ id: c.id, name: c.name })),
    updates: updates
      .filter((u) => u.maintenance_id === m.id)
      .map((u) => ({ id: u.id, status: u.status as MaintenanceStatus, body: u.body, createdAt: u.created_at })),
  }));
}

/**
 * Per component, its last 90 UTC days: the worst status of each day, minutes of partial and major
 * outage, the public incidents that touched it; and its uptime over those days (since it was added,
 * if later), weighted as Statuspage does (DOWNTIME_WEIGHT).
 */
export function dailyHistory(
  component: { id: string; created_at: string },
  intervals: IntervalRow[],
  now: Date,
): { days: SnapshotDay[]; uptimePercent: number } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = today - (DAYS - 1) * DAY_MS;
  const nowMs = now.getTime();
  const mine = intervals.filter((i) => i.component_id === component.id);
  const days: SnapshotDay[] = [];
  const from = Math.max(first, Math.min(nowMs, new Date(component.created_at).getTime()));
  let downMs = 0;
  for (let d = first; d <= today; d += DAY_MS) {
    const end = Math.min(d + DAY_MS, nowMs);
    const statuses: ComponentStatus[] = [];
    const incidentIds = new Set<string>();
    let partial = 0;
    let major = 0;
    for (const i of mine) {
      const s = Math.max(new Date(i.started_at).getTime(), d);
      const e = Math.min(i.ended_at ? new Date(i.ended_at).getTime() : nowMs, end);
      if (e <= s) continue;
      const status = i.status as ComponentStatus;
      statuses.push(status);
      if (i.incident_id) incidentIds.add(i.incident_id);
      if (status === 'partial_outage') partial += e - s;
      if (status === 'major_outage') major += e - s;
    }
    // Overlapping intervals (two incidents on one component) count once at the worse weight, approximately: cap at the day.
    downMs += Math.min(major * DOWNTIME_WEIGHT.major_outage + partial * DOWNTIME_WEIGHT.partial_outage, Math.max(0, end - d));
    days.push({
      date: new Date(d).toISOString().slice(0, 10),
      status: worstStatus(statuses),
      partialMinutes: Math.round(partial / 60_000),
      majorMinutes: Math.round(major / 60_000),
      incidentIds: [...incidentIds],
    });
  }
  const span = nowMs - from;
  const uptimePercent = span <= 0 ? 100 : Math.max(0, Math.round((1 - downMs / span) * 10_000) / 100);
  return { days, uptimePercent };
}

/** Reads the whole public page from the database (the cache calls this; tests may too). */
export async function buildSnapshot(tx: Tx, deps: Pick<Deps, 'config' | 'clock'>): Promise<StatusSnapshot> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const since = new Date(now.getTime() - DAYS * DAY_MS).toISOString();
  const [settings, components, statuses, open, resolved, openMaintenances, doneMaintenances, intervals] = await Promise.all([
    settingsRow(tx, deps),
    listComponents(tx),
    currentStatuses(tx),
    publicIncidents(tx, { resolved: false }),
    publicIncidents(tx, { resolved: true, since, limit: RECENT }),
    listMaintenances(tx, { state: 'open' }),
    listMaintenances(tx, { state: 'completed', since, limit: RECENT }),
    intervalsSince(tx, new Date(Date.parse(since) - DAY_MS).toISOString()),
  ]);
  const snapshotComponents: SnapshotComponent[] = components.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    groupName: c.group_name,
    position: c.position,
    status: statuses.get(c.id) ?? 'operational',
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    ...dailyHistory(c, intervals, now),
  }));
  // Groups sit where their first component sits; components keep their order inside a group.
  const groups: SnapshotGroup[] = [];
  for (const c of snapshotComponents) {
    if (!c.groupName) continue;
    const g = groups.find((x) => x.name === c.groupName);
    if (g) g.componentIds.push(c.id);
    else groups.push({ name: c.groupName, position: c.position, status: 'operational', componentIds: [c.id] });
  }
  for (const g of groups) g.status = worstStatus(snapshotComponents.filter((c) => g.componentIds.includes(c.id)).map((c) => c.status));
  const slot = (c: SnapshotComponent) => (c.groupName ? (groups.find((g) => g.name === c.groupName)?.position ?? c.position) : c.position);
  const ordered = snapshotComponents
    .map((c, i) => ({ c, i }))
    .sort((a, b) => slot(a.c) - slot(b.c) || (a.c.groupName ?? '').localeCompare(b.c.groupName ?? '') || a.i - b.i)
    .map((x) => x.c);
  const incidents = await presentIncidents(tx, deps, open);
  const updatedAt = [
    settings.updated_at,
    ...components.map((c) => c.updated_at),
    ...open.map((r) => r.updated_at),
    ...resolved.map((r) => r.updated_at),
    ...openMaintenances.map((m) => m.updated_at),
  ].reduce((a, b) => (b > a ? b : a), '');
  return {
    generatedAt: nowIso,
    page: {
      id: settings.page_id || 'firebreak',
      name: settings.organisation_name,
      url: pageUrl(deps),
      timeZone: 'Etc/UTC',
      updatedAt: updatedAt || nowIso,
      enabled: settings.enabled === 1,
      logoUrl: settings.logo_url,
      brandColor: settings.brand_color,
      supportUrl: settings.support_url,
      supportContact: settings.support_contact,
    },
    status: overallStatus(
      ordered.map((c) => c.status),
      incidents.map((i) => i.impact),
    ),
    components: ordered,
    groups,
    incidents,
    recentIncidents: await presentIncidents(tx, deps, resolved),
    maintenances: await presentMaintenances(tx, deps, openMaintenances),
    recentMaintenances: await presentMaintenances(tx, deps, doneMaintenances),
  };
}

// ---- the per-process copy ----

type Value = { snapshot: StatusSnapshot; at: number; extras: Map<string, unknown> };
type Slot = { value: Value | null; pending: Promise<Value> | null; generation: number };
const slots = new WeakMap<object, Slot>();

function slotOf(bus: Deps['bus']): Slot {
  let slot = slots.get(bus);
  if (!slot) {
    const created: Slot = { value: null, pending: null, generation: 0 };
    slots.set(bus, created);
    bus.subscribe((e) => {
      if (e.type === 'cache' && (e.name === CACHE_NAME || e.name === '*')) {
        created.value = null;
        created.pending = null;
        created.generation++;
      }
    });
    slot = created;
  }
  return slot;
}

async function fresh(deps: Deps): Promise<Value> {
  const slot = slotOf(deps.bus);
  if (slot.value && performance.now() - slot.value.at < MAX_AGE_MS) return slot.value;
  if (slot.pending) return slot.pending;
  const generation = slot.generation;
  // One read per instance at a time, however many requests arrive during it; a change published
  // while it ran drops it (generation), so the older answer is not kept.
  const pending = buildSnapshot(reader(deps), deps).then(
    (snapshot) => {
      const value: Value = { snapshot, at: performance.now(), extras: new Map() };
      if (slot.generation === generation) {
        slot.value = value;
        slot.pending = null;
      }
      return value;
    },
    (err: unknown) => {
      if (slot.generation === generation) slot.pending = null;
      throw err;
    },
  );
  slot.pending = pending;
  return pending;
}

/**
 * The public page: settings, overall state, components with groups and 90-day history, open
 * incidents with their public updates (newest first), upcoming and active maintenance, recent
 * history. From this instance's copy, at most a few seconds old and dropped on every change.
 */
export async function publicSnapshot(deps: Deps): Promise<StatusSnapshot> {
  return (await fresh(deps)).snapshot;
}

/**
 * Something derived from the current snapshot (a serialised JSON body, a rendered page), computed
 * once per snapshot and dropped with it. `key` names what it is.
 */
export async function derived<T>(deps: Deps, key: string, make: (s: StatusSnapshot) => T): Promise<T> {
  return derivedNow(deps, key, make) ?? derivedFrom(await fresh(deps), key, make);
}

/**
 * The same, without waiting, when this instance's copy is fresh and already holds it (the hot path
 * of the public endpoints: no promise, no query); undefined otherwise.
 */
export function derivedNow<T>(deps: Deps, key: string, make: (s: StatusSnapshot) => T): T | undefined {
  const v = slotOf(deps.bus).value;
  if (!v || performance.now() - v.at >= MAX_AGE_MS) return undefined;
  return derivedFrom(v, key, make);
}

function derivedFrom<T>(v: Value, key: string, make: (s: StatusSnapshot) => T): T {
  if (v.extras.has(key)) return v.extras.get(key) as T;
  const made = make(v.snapshot);
  v.extras.set(key, made);
  return made;
}

/**
 * One public incident for its history page (open or resolved, however old), or null when it is not
 * published or is private. Read from the database, not the cache.
 */
export async function publicIncident(deps: Pick<Deps, 'db' | 'dialect' | 'config'>, id: string): Promise<SnapshotIncident | null> {
  const tx = reader(deps);
  const row = await publicIncidentById(tx, id);
  return row ? (await presentIncidents(tx, deps, [row]))[0] : null;
}

/** One scheduled maintenance for its page, or null. */
export async function publicMaintenance(deps: Pick<Deps, 'db' | 'dialect' | 'config'>, id: string): Promise<SnapshotMaintenance | null> {
  const tx = reader(deps);
  const row = await getMaintenance(tx, id);
  return row ? (await presentMaintenances(tx, deps, [row]))[0] : null;
}
