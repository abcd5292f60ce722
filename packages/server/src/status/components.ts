import type { CreateStatusComponentBody, StatusComponent, UpdateStatusComponentBody } from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { resolveServices } from '../services/index.ts';
import { changed } from './cache.ts';
import { currentStatuses, syncIntervals } from './intervals.ts';
import {
  type ComponentWithService,
  componentNamed,
  componentOfService,
  deleteComponent,
  getComponent,
  insertComponent,
  listComponents,
  nextPosition,
  updateComponent,
} from './store.ts';

const present = (c: ComponentWithService, status: StatusComponent['status']): StatusComponent => ({
  id: c.id,
  name: c.name,
  description: c.description,
  groupName: c.group_name,
  position: c.position,
  service: c.service_id ? { id: c.service_id, name: c.service_name ?? c.service_id } : null,
  manualStatus: c.manual_status as StatusComponent['manualStatus'],
  status,
  createdAt: c.created_at,
  updatedAt: c.updated_at,
});

/** Every component, in page order, with what it shows now. */
export async function listStatusComponents(tx: Tx): Promise<StatusComponent[]> {
  const statuses = await currentStatuses(tx);
  return (await listComponents(tx)).map((c) => present(c, statuses.get(c.id) ?? 'operational'));
}

async function loadComponent(tx: Tx, id: string): Promise<ComponentWithService> {
  const c = await getComponent(tx, id);
  if (!c) throw new NotFoundError(`No status page component ${id}`, 'status_component_not_found');
  return c;
}

async function presentOne(tx: Tx, id: string): Promise<StatusComponent> {
  const c = await loadComponent(tx, id);
  return present(c, (await currentStatuses(tx)).get(id) ?? 'operational');
}

async function checkUnique(tx: Tx, id: string | null, name: string | undefined, serviceId: string | null | undefined) {
  if (name !== undefined) {
    const other = await componentNamed(tx, name);
    if (other && other.id !== id)
      throw new ConflictError(`A component named "${name}" exists`, { field: 'name' }, 'status_component_exists');
  }
  if (serviceId) {
    const other = await componentOfService(tx, serviceId);
    if (other && other.id !== id)
      throw new ConflictError('That service already has a component on the status page', { field: 'service' }, 'status_component_exists');
  }
}

/** Adds a component to the page (admins). */
export async function createStatusComponent(ctx: Ctx, body: z.infer<typeof CreateStatusComponentBody>): Promise<StatusComponent> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const serviceId = body.service ? (await resolveServices(tx, [body.service]))[0].id : null;
    await checkUnique(tx, null, body.name, serviceId);
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await insertComponent(tx, {
      id,
      name: body.name,
      description: body.description || null,
      group_name: body.groupName ?? null,
      position: body.position ?? (await nextPosition(tx)),
      service_id: serviceId,
      manual_status: body.manualStatus ?? null,
      created_at: now,
      updated_at: now,
    });
    await syncIntervals(tx, { manualOf: id }, manualWanted(id, body.manualStatus ?? null), now);
    await audit(tx, ctx, { action: 'status_page.component_created', target: { type: 'status_component', id, label: body.name } });
    changed(tx);
    return presentOne(tx, id);
  });
}

const manualWanted = (id: string, status: string | null) => new Map(status && status !== 'operational' ? [[id, status]] : []);

/** Changes a component: its public name, description, group, order, service, or status set by hand (admins). */
export async function updateStatusComponent(
  ctx: Ctx,
  id: string,
  body: z.infer<typeof UpdateStatusComponentBody>,
): Promise<StatusComponent> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const before = await loadComponent(tx, id);
    const serviceId = body.service === undefined ? undefined : body.service ? (await resolveServices(tx, [body.service]))[0].id : null;
    await checkUnique(tx, id, body.name, serviceId);
    const now = ctx.clock.now().toISOString();
    await updateComponent(tx, id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description || null } : {}),
      ...(body.groupName !== undefined ? { group_name: body.groupName } : {}),
      ...(body.position !== undefined ? { position: body.position } : {}),
      ...(serviceId !== undefined ? { service_id: serviceId } : {}),
      ...(body.manualStatus !== undefined ? { manual_status: body.manualStatus } : {}),
      updated_at: now,
    });
    if (body.manualStatus !== undefined) await syncIntervals(tx, { manualOf: id }, manualWanted(id, body.manualStatus), now);
    await audit(tx, ctx, {
      action: 'status_page.component_updated',
      target: { type: 'status_component', id, label: body.name ?? before.name },
      details: { changed: Object.keys(body), manualStatus: body.manualStatus },
    });
    changed(tx);
    return presentOne(tx, id);
  });
}

/** Removes a component from the page, with its history (admins). */
export async function deleteStatusComponent(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(ctx, async (tx) => {
    const before = await loadComponent(tx, id);
    await deleteComponent(tx, id);
    await audit(tx, ctx, { action: 'status_page.component_deleted', target: { type: 'status_component', id, label: before.name } });
    changed(tx);
  });
}
