import type { ServiceCriticality } from '@firebreak/shared';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { getTeam } from '../teams/index.ts';
import { getService, getServicesByRefs, insertService, type ServiceRow, updateService } from './store.ts';

type ServiceInput = {
  name?: string;
  description?: string;
  ownerTeam?: string | null;
  criticality?: ServiceCriticality;
  runbookUrl?: string | null;
};

async function teamId(tx: Tx, ref: string | null | undefined) {
  if (ref === undefined || ref === null) return ref;
  const team = await getTeam(tx, ref);
  if (!team) throw new InputError(`ownerTeam: no team ${ref}`, { field: 'ownerTeam' }, 'unknown_team');
  return team.id;
}

/** Adds a service to the catalog. */
export async function createService(ctx: Ctx, input: ServiceInput & { name: string }) {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    if (await getService(tx, input.name))
      throw new ConflictError(`A service named ${input.name} exists`, { field: 'name' }, 'service_exists');
    const now = ctx.clock.now().toISOString();
    const row: ServiceRow = {
      id: newId(),
      name: input.name,
      description: input.description ?? '',
      owner_team_id: (await teamId(tx, input.ownerTeam)) ?? null,
      criticality: input.criticality ?? 'medium',
      runbook_url: input.runbookUrl ?? null,
      escalation_policy_id: null,
      created_at: now,
      updated_at: now,
    };
    await insertService(tx, row);
    return (await getService(tx, row.id)) as NonNullable<Awaited<ReturnType<typeof getService>>>;
  });
}

/** Changes a service's details or owner. */
export async function updateServiceCommand(ctx: Ctx, ref: string, input: ServiceInput) {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const svc = await getService(tx, ref);
    if (!svc) throw new NotFoundError(`No service ${ref}`, 'service_not_found');
    if (input.name && input.name !== svc.name && (await getService(tx, input.name))) {
      throw new ConflictError(`A service named ${input.name} exists`, { field: 'name' }, 'service_exists');
    }
    const patch: Partial<ServiceRow> = { updated_at: ctx.clock.now().toISOString() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.description !== undefined) patch.description = input.description;
    if (input.ownerTeam !== undefined) patch.owner_team_id = await teamId(tx, input.ownerTeam);
    if (input.criticality !== undefined) patch.criticality = input.criticality;
    if (input.runbookUrl !== undefined) patch.runbook_url = input.runbookUrl;
    await updateService(tx, svc.id, patch);
    return (await getService(tx, svc.id)) as NonNullable<Awaited<ReturnType<typeof getService>>>;
  });
}

export async function findService(ctx: Ctx, ref: string) {
  const svc = await getService(reader(ctx), ref);
  if (!svc) throw new NotFoundError(`No service ${ref}`, 'service_not_found');
  return svc;
}

/** Resolves service names or ids; unknown ones are a 400 naming them. */
export async function resolveServices(tx: Tx, refs: string[]) {
  const unique = [...new Set(refs)];
  const rows = await getServicesByRefs(tx, unique);
  const missing = unique.filter((r) => !rows.some((s) => s.id === r || s.name === r));
  if (missing.length)
    throw new InputError(`services: unknown service ${missing.join(', ')}`, { field: 'services', missing }, 'unknown_service');
  return rows;
}
