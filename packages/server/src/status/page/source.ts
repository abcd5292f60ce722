import type { SnapshotIncident, SnapshotMaintenance, StatusSnapshot } from '@firebreak/shared';
import type { Deps } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { type Encoded, encoded } from '../encoding.ts';
import { derived, derivedNow, publicIncident, publicMaintenance, publicSnapshot } from '../snapshot.ts';
import type { ComponentModel, GroupModel, IncidentModel, Indicator, PageModel } from './model.ts';

/** A logo the page may show: https, or an inline image (the page's CSP allows these two). */
const safeLogo = (url: string | null) => (url && /^(https:\/\/|data:image\/)/i.test(url) ? url : null);

const minutes = (n: number, what: string) => (n ? `${n} min ${what}` : null);

export function incidentModel(i: SnapshotIncident): IncidentModel {
  return {
    kind: 'incident',
    id: i.id,
    title: i.title,
    status: i.status,
    impact: i.impact,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    resolvedAt: i.resolvedAt,
    components: i.components.map((c) => ({ id: c.id, name: c.name })),
    updates: i.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, at: u.createdAt })),
    summary: i.summary,
  };
}

export function maintenanceModel(m: SnapshotMaintenance): IncidentModel {
  return {
    kind: 'maintenance',
    id: m.id,
    title: m.title,
    status: m.status,
    impact: 'maintenance',
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    resolvedAt: m.completedAt,
    components: m.components,
    updates: m.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, at: u.createdAt })),
    summary: null,
    body: m.body || null,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
  };
}

/** The snapshot as the page shows it: components grouped (consecutive ungrouped ones share a card), history newest first. */
export function toModel(s: StatusSnapshot): PageModel {
  const groups: GroupModel[] = [];
  for (const c of s.components) {
    const comp: ComponentModel = {
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      uptime: c.uptimePercent,
      days: c.days.map((d) => ({
        date: d.date,
        status: d.status,
        note: [minutes(d.majorMinutes, 'major outage'), minutes(d.partialMinutes, 'partial outage')].filter(Boolean).join(', ') || null,
      })),
    };
    const last = groups.at(-1);
    if (last && last.name === c.groupName) last.components.push(comp);
    else groups.push({ id: c.groupName, name: c.groupName, description: null, components: [comp] });
  }
  const maintenanceNow =
    s.maintenances.some((m) => m.status === 'in_progress') || s.components.some((c) => c.status === 'under_maintenance');
  const indicator: Indicator = s.status.indicator === 'none' && maintenanceNow ? 'maintenance' : s.status.indicator;
  const history = [...s.recentIncidents.map(incidentModel), ...s.recentMaintenances.map(maintenanceModel)].sort(
    (a, b) => (b.resolvedAt ?? b.updatedAt).localeCompare(a.resolvedAt ?? a.updatedAt) || a.id.localeCompare(b.id),
  );
  return {
    name: s.page.name,
    logoUrl: safeLogo(s.page.logoUrl),
    brandColor: s.page.brandColor,
    indicator,
    description: s.status.description,
    groups,
    incidents: s.incidents.map(incidentModel),
    maintenances: s.maintenances.map(maintenanceModel),
    history,
    updatedAt: s.page.updatedAt || s.generatedAt,
  };
}

/** While the page is switched off (or before it is set up) there is no page: 404, like the Statuspage JSON. */
export const disabled = () => new NotFoundError('This installation has no public status page', 'status_page_disabled');

/** The page's model, once per snapshot; null while the page is switched off. */
export async function pageModel(deps: Deps): Promise<PageModel | null> {
  return derived(deps, 'public-page:model', (s) => (s.page.enabled ? toModel(s) : null));
}

/** The page while it is switched off: its name only (subscription links keep working: people must be able to leave). */
const PLAIN: PageModel = {
  name: 'Status',
  logoUrl: null,
  brandColor: null,
  indicator: 'none',
  description: '',
  groups: [],
  incidents: [],
  maintenances: [],
  history: [],
  updatedAt: '1970-01-01T00:00:00.000Z',
};
export const pageOrPlain = async (deps: Deps): Promise<PageModel> => (await pageModel(deps)) ?? PLAIN;

/** A rendered answer: its body as bytes (encoded once, not per request), a strong ETag, its compressed variants once asked for. */
export type Rendered = Encoded;
export const withEtag = (text: string): Rendered => encoded(Buffer.from(text));

/** A page or feed rendered once per snapshot (and per host: links differ), dropped with it; null while the page is off. */
export async function rendered(deps: Deps, key: string, make: (m: PageModel) => string): Promise<Rendered | null> {
  const build = (s: StatusSnapshot) => (s.page.enabled ? withEtag(make(toModel(s))) : null);
  // The hot path: this instance's fresh copy already holds it (no promise, no query).
  const now = derivedNow(deps, `public-page:${key}`, build);
  return now !== undefined ? now : derived(deps, `public-page:${key}`, build);
}

/** One incident or maintenance for its page: from the snapshot when it is there, else read (older history). */
export async function findItem(deps: Deps, kind: 'incident' | 'maintenance', id: string): Promise<IncidentModel | null> {
  const s = await publicSnapshot(deps);
  if (kind === 'incident') {
    const hit = [...s.incidents, ...s.recentIncidents].find((i) => i.id === id);
    if (hit) return incidentModel(hit);
    const read = await publicIncident(deps, id);
    return read ? incidentModel(read) : null;
  }
  const hit = [...s.maintenances, ...s.recentMaintenances].find((m) => m.id === id);
  if (hit) return maintenanceModel(hit);
  const read = await publicMaintenance(deps, id);
  return read ? maintenanceModel(read) : null;
}
