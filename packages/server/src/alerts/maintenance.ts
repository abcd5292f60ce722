import {
  type CreateMaintenanceWindowBody,
  MAINTENANCE_MAX_DAYS,
  type MaintenanceState,
  type MaintenanceWindowView,
} from '@firebreak/shared';
import { z } from 'zod';
import { audit } from '../audit/index.ts';
import { canWork } from '../incidents/index.ts';
import type { Clock } from '../platform/clock.ts';
import { type Ctx, type Deps, reader, type Tx, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { resolveServices } from '../services/index.ts';
import {
  type AlertRow,
  closeSuppressedAlerts,
  deleteMaintenanceWindow,
  endMaintenanceWindow,
  getMaintenanceWindow,
  insertMaintenanceWindow,
  listMaintenanceWindows,
  liveMaintenanceWindows,
  type MaintenanceWindowListRow,
  type MaintenanceWindowRow,
  suppressAlert,
} from './store.ts';

/**
 * Maintenance windows: while one is active, a newly opened alert it matches is recorded as
 * `suppressed` (naming the window) and routing stops there: no incident joined or declared, no
 * reaction (notifications, paging) runs. When the window ends, the alerts it suppressed are closed,
 * so a source still firing afterwards opens a new alert that routes normally.
 */

// ---- matching ----

type LiveWindow = { id: string; serviceId: string | null; match: [string, string][]; startsAt: string; endsAt: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

/**
 * An alert's value for a match field: `severity` and `source`, else its label (Alertmanager, Grafana),
 * else a top-level detail (PagerDuty source/component/group/class, Opsgenie entity), else a value in
 * the sender's own map (Opsgenie `details`, generic `metadata`, PagerDuty `custom_details`).
 */
export function alertField(
  alert: Pick<AlertRow, 'severity' | 'source'>,
  details: Record<string, unknown>,
  field: string,
): string | undefined {
  if (field === 'severity') return alert.severity;
  if (field === 'source' && details.source === undefined) return alert.source;
  if (isObj(details.labels) && details.labels[field] !== undefined) return scalar(details.labels[field]);
  if (details[field] !== undefined) return scalar(details[field]);
  for (const map of ['details', 'metadata', 'custom_details'])
    if (isObj(details[map]) && (details[map] as Record<string, unknown>)[field] !== undefined)
      return scalar((details[map] as Record<string, unknown>)[field]);
  return undefined;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return isObj(v) ? v : {};
  } catch {
    return {};
  }
}

/** The first active window (earliest start) that matches the alert: its service if it names one, and every match field. */
export function matchingWindow(windows: LiveWindow[], alert: AlertRow, now: string): LiveWindow | null {
  let details: Record<string, unknown> | null = null;
  for (const w of windows) {
    if (w.startsAt > now || w.endsAt <= now) continue;
    if (w.serviceId && w.serviceId !== alert.service_id) continue;
    if (w.match.length) {
      details ??= parseDetails(alert.details);
      const d = details;
      if (!w.match.every(([k, v]) => alertField(alert, d, k) === v)) continue;
    }
    return w;
  }
  return null;
}

// ---- the in-memory copy the ingest path reads ----

/**
 * Active and upcoming windows, per process, so opening an alert costs no query for them. Every
 * instance drops its copy on `cache maintenance` (a window created, ended or deleted, published after
 * the commit through the bus: PG NOTIFY across a fleet) and `cache *` (reconnected); at most
 * CACHE_TTL_MS as a safety net. Time moving on needs no reload: the copy holds upcoming windows too,
 * and each check compares against the injected clock.
 */
const CACHE_TTL_MS = 60_000;
type Cached = { windows: LiveWindow[]; at: number };
const caches = new WeakMap<object, { value: Cached | null; generation: number }>();

function slotOf(bus: Deps['bus']) {
  let slot = caches.get(bus);
  if (!slot) {
    const created = { value: null as Cached | null, generation: 0 };
    caches.set(bus, created);
    bus.subscribe((e) => {
      if (e.type === 'cache' && (e.name === 'maintenance' || e.name === '*')) {
        created.value = null;
        created.generation++;
      }
    });
    slot = created;
  }
  return slot;
}

const toLive = (r: MaintenanceWindowRow): LiveWindow => ({
  id: r.id,
  serviceId: r.service_id,
  match: Object.entries(parseDetails(r.match)).map(([k, v]) => [k, String(v)] as [string, string]),
  startsAt: r.starts_at,
  endsAt: r.ends_at,
});

export async function liveWindows(tx: Tx, deps: { bus: Deps['bus']; clock: Clock }): Promise<LiveWindow[]> {
  const slot = slotOf(deps.bus);
  if (slot.value && performance.now() - slot.value.at < CACHE_TTL_MS) return slot.value.windows;
  const generation = slot.generation;
  const windows = (await liveMaintenanceWindows(tx, deps.clock.now().toISOString())).map(toLive);
  // A change published while this read ran must not be overwritten by the older answer.
  if (slot.generation === generation) slot.value = { windows, at: performance.now() };
  return windows;
}

/**
 * Suppresses a newly opened alert when an active window matches it (routing calls this first).
 * Returns the window, or null when the alert should route as usual.
 */
export async function suppressInMaintenance(
  tx: Tx,
  ctx: { bus: Deps['bus']; clock: Clock },
  alert: AlertRow,
): Promise<{ id: string } | null> {
  const windows = await liveWindows(tx, ctx);
  if (!windows.length) return null;
  const w = matchingWindow(windows, alert, ctx.clock.now().toISOString());
  if (!w) return null;
  await suppressAlert(tx, alert.id, w.id);
  alert.status = 'suppressed';
  alert.maintenance_window_id = w.id;
  return { id: w.id };
}

// ---- commands ----

export const stateOf = (r: Pick<MaintenanceWindowRow, 'starts_at' | 'ends_at'>, now: string): MaintenanceState =>
  r.starts_at > now ? 'upcoming' : r.ends_at > now ? 'active' : 'past';

export const presentWindow = (r: MaintenanceWindowListRow, now: string): MaintenanceWindowView => ({
  id: r.id,
  state: stateOf(r, now),
  reason: r.reason,
  service: r.service_id && r.service_name ? { id: r.service_id, name: r.service_name } : null,
  match: Object.fromEntries(Object.entries(parseDetails(r.match)).map(([k, v]) => [k, String(v)])),
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  endedEarlyAt: r.ended_early_at,
  createdBy: r.created_by && r.creator_name ? { id: r.created_by, name: r.creator_name } : null,
  createdAt: r.created_at,
  suppressedAlerts: Number(r.suppressed_count ?? 0),
});

const mayPlan = (ctx: Ctx) => {
  if (!canWork(ctx.user)) throw new NotAllowedError('Viewers cannot plan maintenance; ask a responder');
};

export async function findMaintenanceWindow(ctx: Ctx, id: string, tx: Tx = reader(ctx)) {
  const row = await getMaintenanceWindow(tx, id);
  if (!row) throw new NotFoundError(`No maintenance window ${id}`, 'maintenance_window_not_found');
  return row;
}

export const listWindows = (ctx: Ctx, state: MaintenanceState | undefined, limit: number) =>
  listMaintenanceWindows(reader(ctx), ctx.clock.now().toISOString(), state, limit);

/** Plans a window: a service or match fields (or both), a reason, a range that ends in the future and lasts at most 14 days. */
export async function createMaintenanceWindow(ctx: Ctx, input: z.output<typeof CreateMaintenanceWindowBody>) {
  mayPlan(ctx);
  const match = input.match ?? {};
  if (!input.service && !Object.keys(match).length)
    throw new InputError('service: name a service or at least one match field (a window never suppresses everything)', {
      field: 'service',
    });
  const starts = new Date(input.startsAt);
  const ends = new Date(input.endsAt);
  const now = ctx.clock.now();
  if (ends <= starts) throw new InputError('endsAt: must be after startsAt', { field: 'endsAt' });
  if (ends <= now) throw new InputError('endsAt: must be in the future (past windows are history)', { field: 'endsAt' });
  if (ends.getTime() - starts.getTime() > MAINTENANCE_MAX_DAYS * 86_400_000)
    throw new InputError(`endsAt: a window lasts at most ${MAINTENANCE_MAX_DAYS} days`, { field: 'endsAt' });
  const id = await transaction(ctx, async (tx) => {
    const service = input.service ? (await resolveServices(tx, [input.service]))[0] : null;
    const row: MaintenanceWindowRow = {
      id: newId(),
      service_id: service?.id ?? null,
      match: JSON.stringify(match),
      starts_at: starts.toISOString(),
      ends_at: ends.toISOString(),
      ended_early_at: null,
      reason: input.reason,
      created_by: ctx.user.id,
      created_at: now.toISOString(),
    };
    await insertMaintenanceWindow(tx, row);
    await audit(tx, ctx, {
      action: 'maintenance.created',
      target: { type: 'maintenance_window', id: row.id, label: row.reason.slice(0, 100) },
      details: { serviceId: row.service_id, match, startsAt: row.starts_at, endsAt: row.ends_at },
    });
    tx.events.push({ type: 'cache', name: 'maintenance' });
    return row.id;
  });
  return findMaintenanceWindow(ctx, id);
}

/** Ends an active window now; the alerts it suppressed are closed with it. */
export async function endMaintenanceWindowEarly(ctx: Ctx, id: string, note?: string) {
  mayPlan(ctx);
  await transaction(ctx, async (tx) => {
    const row = await findMaintenanceWindow(ctx, id, tx);
    const now = ctx.clock.now().toISOString();
    const state = stateOf(row, now);
    if (state !== 'active')
      throw new ConflictError(state === 'past' ? 'This window has ended already' : 'This window has not started; delete it instead', {
        state,
      });
    await endMaintenanceWindow(tx, id, now);
    await closeSuppressedAlerts(tx, now);
    await audit(tx, ctx, {
      action: 'maintenance.ended',
      target: { type: 'maintenance_window', id, label: row.reason.slice(0, 100) },
      details: { plannedEnd: row.ends_at, ...(note ? { note } : {}) },
    });
    tx.events.push({ type: 'cache', name: 'maintenance' });
  });
  return findMaintenanceWindow(ctx, id);
}

/** Deletes a window that has not started; active ones are ended, past ones stay as history. */
export async function deleteMaintenanceWindowCommand(ctx: Ctx, id: string) {
  mayPlan(ctx);
  await transaction(ctx, async (tx) => {
    const row = await findMaintenanceWindow(ctx, id, tx);
    const state = stateOf(row, ctx.clock.now().toISOString());
    if (state !== 'upcoming')
      throw new ConflictError(state === 'active' ? 'This window is active: end it instead' : 'Past windows stay as history', { state });
    await deleteMaintenanceWindow(tx, id);
    await audit(tx, ctx, { action: 'maintenance.deleted', target: { type: 'maintenance_window', id, label: row.reason.slice(0, 100) } });
    tx.events.push({ type: 'cache', name: 'maintenance' });
  });
}

/** Closes the alerts of windows that ended on their own (ending early closes them at once). */
export async function closeEndedWindows(deps: Deps): Promise<number> {
  return transaction(deps, (tx) => closeSuppressedAlerts(tx, deps.clock.now().toISOString()));
}

export const maintenanceSweepJob = defineJob({
  kind: 'alerts.maintenance_sweep',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    await closeEndedWindows(ctx);
  },
});

definePeriodic({ name: 'alerts.maintenance_sweep', everyMs: 60_000, job: maintenanceSweepJob });
