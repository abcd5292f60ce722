import type {
  CreateStatusMaintenanceBody,
  MaintenanceStatus,
  MaintenanceUpdateBody,
  StatusMaintenance,
  UpdateStatusMaintenanceBody,
} from '@firebreak/shared';
import { z } from 'zod';
import { audit } from '../audit/index.ts';
import { canWork } from '../incidents/index.ts';
import type { Ctx, Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { newId, newTimeOrderedId } from '../platform/ids.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { changed } from './cache.ts';
import { firePublicEvent } from './hooks.ts';
import { syncIntervals } from './intervals.ts';
import {
  componentsByIds,
  getMaintenance,
  insertMaintenance,
  insertMaintenanceUpdate,
  listMaintenances,
  type MaintenanceRow,
  maintenanceComponentsOf,
  maintenanceUpdatesOf,
  replaceMaintenanceComponents,
  updateMaintenance,
} from './store.ts';

/**
 * Scheduled maintenance on the status page: announced ahead, started and completed on time by jobs
 * enqueued for its start and end (they survive restarts; moving the schedule enqueues new ones and
 * the old ones find the times changed and do nothing), or moved by hand. While it is in progress or
 * being verified, its components show `under_maintenance`.
 */

/** The text posted when a maintenance moves without a responder writing one (Statuspage's wording). */
const AUTO_TEXT: Record<MaintenanceStatus, string> = {
  scheduled: 'The maintenance has been scheduled.',
  in_progress: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
  verifying: 'Verification is currently underway for the maintenance items.',
  completed: 'The scheduled maintenance has been completed.',
};
const ORDER: MaintenanceStatus[] = ['scheduled', 'in_progress', 'verifying', 'completed'];
const isLive = (s: string) => s === 'in_progress' || s === 'verifying';

type Who = Deps & { user: Ctx['user'] | null; request?: Ctx['request'] };

function requireWorker(ctx: Ctx): void {
  if (!canWork(ctx.user)) throw new NotAllowedError('Only responders and admins plan maintenance on the status page');
}

async function load(tx: Tx, id: string, forUpdate = false): Promise<MaintenanceRow> {
  const m = await getMaintenance(tx, id, { forUpdate });
  if (!m) throw new NotFoundError(`No scheduled maintenance ${id}`, 'status_maintenance_not_found');
  return m;
}

async function checkComponents(tx: Tx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set((await componentsByIds(tx, unique)).map((c) => c.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length)
    throw new InputError(
      `componentIds: no status page component ${missing.join(', ')}`,
      { field: 'componentIds', missing },
      'status_component_not_found',
    );
  return unique;
}

function checkWindow(from: string, until: string): void {
  if (new Date(until).getTime() <= new Date(from).getTime())
    throw new InputError('scheduledUntil must be after scheduledFor', { field: 'scheduledUntil' });
}

/** Maintenances with their components and updates (newest first). */
export async function presentMaintenances(tx: Tx, rows: MaintenanceRow[]): Promise<StatusMaintenance[]> {
  const ids = rows.map((r) => r.id);
  const [components, updates] = await Promise.all([maintenanceComponentsOf(tx, ids), maintenanceUpdatesOf(tx, ids)]);
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    body: m.body,
    status: m.status as MaintenanceStatus,
    components: components.filter((c) => c.maintenance_id === m.id).map((c) => ({ id: c.id, name: c.name })),
    scheduledFor: m.scheduled_for,
    scheduledUntil: m.scheduled_until,
    startedAt: m.started_at,
    completedAt: m.completed_at,
    autoStart: m.auto_start === 1,
    autoComplete: m.auto_complete === 1,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    updates: updates
      .filter((u) => u.maintenance_id === m.id)
      .map((u) => ({ id: u.id, status: u.status as MaintenanceStatus, body: u.body, createdAt: u.created_at })),
  }));
}

/** Maintenances by state, for responders: upcoming (scheduled), active (in progress, verifying), completed, all. */
export async function listStatusMaintenances(tx: Tx, state: 'upcoming' | 'active' | 'completed' | 'all'): Promise<StatusMaintenance[]> {
  const rows =
    state === 'completed'
      ? await listMaintenances(tx, { state: 'completed', limit: 200 })
      : state === 'all'
        ? await listMaintenances(tx, { state: 'all', limit: 200 })
        : (await listMaintenances(tx, { state: 'open' })).filter((m) => (state === 'active' ? isLive(m.status) : m.status === 'scheduled'));
  return presentMaintenances(tx, rows);
}

async function one(tx: Tx, id: string): Promise<StatusMaintenance> {
  return (await presentMaintenances(tx, [await load(tx, id)]))[0];
}

/** Enqueues the jobs that start and complete it on time (once per scheduled time). */
async function schedule(tx: Tx, deps: Deps, m: MaintenanceRow): Promise<void> {
  if (m.status === 'scheduled' && m.auto_start)
    await enqueue(
      tx,
      deps,
      startJob,
      { id: m.id, at: m.scheduled_for },
      {
        runAt: new Date(m.scheduled_for),
        key: `status.maintenance_start:${m.id}:${m.scheduled_for}`,
      },
    );
  if (m.status !== 'completed' && m.auto_complete)
    await enqueue(
      tx,
      deps,
      completeJob,
      { id: m.id, at: m.scheduled_until },
      {
        runAt: new Date(m.scheduled_until),
        key: `status.maintenance_complete:${m.id}:${m.scheduled_until}`,
      },
    );
}

/**
 * Moves a maintenance to a status (forward only) with an update saying so (the responder's text, or
 * the standard one), in the caller's transaction; its components' maintenance intervals follow.
 */
async function moveTo(
  tx: Tx,
  who: Who,
  m: MaintenanceRow,
  to: MaintenanceStatus | undefined,
  body: string | undefined,
): Promise<{ updateId: string | null }> {
  const now = who.clock.now().toISOString();
  const from = m.status as MaintenanceStatus;
  if (to !== undefined && to !== from && ORDER.indexOf(to) < ORDER.indexOf(from))
    throw new ConflictError(`The maintenance is ${from}; it cannot go back to ${to}`, { from, to }, 'maintenance_state');
  if (from === 'completed' && to !== undefined && to !== from)
    throw new ConflictError('The maintenance is completed', { from, to }, 'maintenance_state');
  const next = to ?? from;
  const moved = next !== from;
  if (!moved && body === undefined) return { updateId: null };
  if (moved) {
    await updateMaintenance(tx, m.id, {
      status: next,
      updated_at: now,
      ...(isLive(next) && !m.started_at ? { started_at: now } : {}),
      ...(next === 'completed' ? { completed_at: now, ...(m.started_at ? {} : { started_at: now }) } : {}),
    });
    const components = (await maintenanceComponentsOf(tx, [m.id])).map((c) => c.id);
    await syncIntervals(tx, { maintenanceId: m.id }, new Map(isLive(next) ? components.map((c) => [c, 'under_maintenance']) : []), now);
  } else await updateMaintenance(tx, m.id, { updated_at: now });
  const updateId = newTimeOrderedId();
  await insertMaintenanceUpdate(tx, {
    id: updateId,
    maintenance_id: m.id,
    status: next,
    body: body ?? AUTO_TEXT[next],
    created_at: now,
    created_by: who.user?.id ?? null,
  });
  if (moved && isLive(next) && !isLive(from)) await firePublicEvent(tx, who, { kind: 'maintenance_started', maintenanceId: m.id });
  else if (moved && next === 'completed') await firePublicEvent(tx, who, { kind: 'maintenance_completed', maintenanceId: m.id });
  else await firePublicEvent(tx, who, { kind: 'maintenance_updated', maintenanceId: m.id, updateId });
  changed(tx);
  return { updateId };
}

/** Announces a maintenance (responders and admins); it starts at once when its time has come and it starts by itself. */
export async function createStatusMaintenance(ctx: Ctx, body: z.infer<typeof CreateStatusMaintenanceBody>): Promise<StatusMaintenance> {
  requireWorker(ctx);
  checkWindow(body.scheduledFor, body.scheduledUntil);
  return transaction(ctx, async (tx) => {
    const components = await checkComponents(tx, body.componentIds);
    const now = ctx.clock.now().toISOString();
    const m: MaintenanceRow = {
      id: newId(),
      title: body.title,
      body: body.body,
      status: 'scheduled',
      scheduled_for: new Date(body.scheduledFor).toISOString(),
      scheduled_until: new Date(body.scheduledUntil).toISOString(),
      started_at: null,
      completed_at: null,
      auto_start: body.autoStart ? 1 : 0,
      auto_complete: body.autoComplete ? 1 : 0,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    };
    await insertMaintenance(tx, m);
    await replaceMaintenanceComponents(tx, m.id, components);
    await insertMaintenanceUpdate(tx, {
      id: newTimeOrderedId(),
      maintenance_id: m.id,
      status: 'scheduled',
      body: m.body,
      created_at: now,
      created_by: ctx.user.id,
    });
    await schedule(tx, ctx, m);
    await audit(tx, ctx, {
      action: 'status_page.maintenance_created',
      target: { type: 'status_maintenance', id: m.id, label: m.title },
      details: { scheduledFor: m.scheduled_for, scheduledUntil: m.scheduled_until, components: components.length },
    });
    await firePublicEvent(tx, ctx, { kind: 'maintenance_announced', maintenanceId: m.id });
    changed(tx);
    return one(tx, m.id);
  });
}

/** Changes a maintenance: its text, components, times, automation, or its status by hand. */
export async function updateStatusMaintenance(
  ctx: Ctx,
  id: string,
  body: z.infer<typeof UpdateStatusMaintenanceBody>,
): Promise<StatusMaintenance> {
  requireWorker(ctx);
  return transaction(ctx, async (tx) => {
    const m = await load(tx, id, true);
    if (m.status === 'completed' && Object.keys(body).some((k) => k !== 'title' && k !== 'body'))
      throw new ConflictError('The maintenance is completed; only its title and text can change', undefined, 'maintenance_state');
    const now = ctx.clock.now().toISOString();
    const next: MaintenanceRow = {
      ...m,
      title: body.title ?? m.title,
      body: body.body ?? m.body,
      scheduled_for: body.scheduledFor ? new Date(body.scheduledFor).toISOString() : m.scheduled_for,
      scheduled_until: body.scheduledUntil ? new Date(body.scheduledUntil).toISOString() : m.scheduled_until,
      auto_start: body.autoStart === undefined ? m.auto_start : body.autoStart ? 1 : 0,
      auto_complete: body.autoComplete === undefined ? m.auto_complete : body.autoComplete ? 1 : 0,
      updated_at: now,
    };
    checkWindow(next.scheduled_for, next.scheduled_until);
    await updateMaintenance(tx, id, next);
    if (body.componentIds) {
      const components = await checkComponents(tx, body.componentIds);
      await replaceMaintenanceComponents(tx, id, components);
      if (isLive(m.status)) await syncIntervals(tx, { maintenanceId: id }, new Map(components.map((c) => [c, 'under_maintenance'])), now);
    }
    await audit(tx, ctx, {
      action: 'status_page.maintenance_updated',
      target: { type: 'status_maintenance', id, label: next.title },
      details: { changed: Object.keys(body), status: body.status },
    });
    if (body.status && body.status !== m.status) await moveTo(tx, ctx, next, body.status, undefined);
    else await firePublicEvent(tx, ctx, { kind: 'maintenance_updated', maintenanceId: id, updateId: null });
    await schedule(tx, ctx, await load(tx, id));
    changed(tx);
    return one(tx, id);
  });
}

/** Posts an update on a maintenance, optionally moving it to a status. */
export async function postMaintenanceUpdate(ctx: Ctx, id: string, body: z.infer<typeof MaintenanceUpdateBody>): Promise<StatusMaintenance> {
  requireWorker(ctx);
  return transaction(ctx, async (tx) => {
    const m = await load(tx, id, true);
    if (m.status === 'completed' && body.status !== undefined && body.status !== 'completed')
      throw new ConflictError('The maintenance is completed', undefined, 'maintenance_state');
    const { updateId } = await moveTo(tx, ctx, m, body.status, body.body);
    await audit(tx, ctx, {
      action: 'status_page.maintenance_update_posted',
      target: { type: 'status_maintenance', id, label: m.title },
      details: { status: body.status ?? m.status, updateId },
    });
    return one(tx, id);
  });
}

// ---- on time, by the job queue ----

const Timed = z.object({ id: z.string(), at: z.string() });

/** Starts a maintenance at its time, if it is still scheduled then and still starts by itself. */
export const startJob = defineJob({
  kind: 'status.maintenance_start',
  payload: Timed,
  async run(deps, { id, at }) {
    await transaction(deps, async (tx) => {
      const m = await getMaintenance(tx, id, { forUpdate: true });
      if (m?.status !== 'scheduled' || !m.auto_start || m.scheduled_for !== at) return;
      await moveTo(tx, { ...deps, user: null }, m, 'in_progress', undefined);
      await audit(
        tx,
        { clock: deps.clock, user: null, actorLabel: 'system' },
        {
          action: 'status_page.maintenance_updated',
          target: { type: 'status_maintenance', id, label: m.title },
          details: { status: 'in_progress', automatic: true },
        },
      );
    });
  },
});

/** Completes a maintenance at its end, if it has not been completed and still completes by itself. */
export const completeJob = defineJob({
  kind: 'status.maintenance_complete',
  payload: Timed,
  async run(deps, { id, at }) {
    await transaction(deps, async (tx) => {
      const m = await getMaintenance(tx, id, { forUpdate: true });
      if (!m || m.status === 'completed' || !m.auto_complete || m.scheduled_until !== at) return;
      await moveTo(tx, { ...deps, user: null }, m, 'completed', undefined);
      await audit(
        tx,
        { clock: deps.clock, user: null, actorLabel: 'system' },
        {
          action: 'status_page.maintenance_updated',
          target: { type: 'status_maintenance', id, label: m.title },
          details: { status: 'completed', automatic: true },
        },
      );
    });
  },
});
