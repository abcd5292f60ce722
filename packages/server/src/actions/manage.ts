import { type CreateActionBody, isOpenActionStatus, type UpdateActionBody } from '@firebreak/shared';
import type { z } from 'zod';
import type { IncidentRow } from '../incidents/index.ts';
import { formatRef, getIncident, loadIncident, visibleNumbers } from '../incidents/index.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { record } from '../timeline/index.ts';
import { resolveUser, type UserRow } from '../users/index.ts';
import { can } from './policy.ts';
import { type ActionRow, getAction, insertAction, updateAction } from './store.ts';

/**
 * Adds a next action or follow-up. A follow-up without an owner is kept as a draft: it cannot
 * count toward closing the incident until someone owns it.
 */
export async function createAction(ctx: Ctx, ref: string, input: z.output<typeof CreateActionBody>) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'addActions', { forUpdate: true });
    return addAction(tx, ctx, incident, input);
  });
}

/**
 * Who owns an action must be able to see its incident: on a private incident, an admin or one of
 * its members. Someone else is refused (400 `owner_not_member`) rather than made a member silently —
 * joining a private incident is a decision of its members (POST …/members), and it is recorded.
 */
async function checkOwnerSees(tx: Tx, incident: IncidentRow, owner: UserRow | null): Promise<void> {
  if (!owner || !incident.private) return;
  if ((await visibleNumbers(tx, { id: owner.id, role: owner.role }, [incident.number])).has(Number(incident.number))) return;
  throw new InputError(
    `owner: ${owner.name} is not a member of the private incident ${formatRef(incident.number)}; add them to it first`,
    { field: 'owner' },
    'owner_not_member',
  );
}

/** The same inside a caller's transaction (e.g. a retrospective ending a why chain in a follow-up). */
export async function addAction(tx: Tx, ctx: Ctx, incident: IncidentRow, input: z.output<typeof CreateActionBody>): Promise<string> {
  const owner = input.owner ? await resolveUser(tx, input.owner === 'me' ? ctx.user.id : input.owner, 'owner') : null;
  await checkOwnerSees(tx, incident, owner);
  const now = ctx.clock.now().toISOString();
  const draft = input.kind === 'follow_up' && (!owner || input.draft === true);
  const row: ActionRow = {
    id: newId(),
    incident_id: incident.id,
    kind: input.kind,
    title: input.title,
    description: input.description ?? '',
    owner_id: owner?.id ?? null,
    due_at: input.dueAt ?? null,
    priority: input.priority,
    status: 'open',
    status_reason: null,
    addresses: input.addresses,
    horizon: input.horizon,
    external_url: input.externalUrl ?? null,
    draft: draft ? 1 : 0,
    created_by: ctx.user.id,
    created_at: now,
    updated_at: now,
    completed_at: null,
  };
  await insertAction(tx, row);
  await record(tx, ctx, incident, {
    kind: 'action_added',
    body: row.title,
    data: { actionId: row.id, kind: row.kind, owner: owner ? { id: owner.id, name: owner.name } : null, addresses: row.addresses, draft },
  });
  return row.id;
}

/** Changes an action: status (won't do needs a reason), owner, due date and the rest. */
export async function updateActionCommand(ctx: Ctx, id: string, input: z.output<typeof UpdateActionBody>) {
  return transaction(ctx, async (tx) => {
    const action = await getAction(tx, id);
    if (!action) throw new NotFoundError(`No action ${id}`, 'action_not_found');
    // A hidden incident hides its actions (404); a viewer who can see it is refused (403) as elsewhere.
    const incident = await loadIncident(tx, ctx.user, action.incident_id, 'view', { forUpdate: true }).catch((err: unknown) => {
      throw err instanceof NotFoundError ? new NotFoundError(`No action ${id}`, 'action_not_found') : err;
    });
    if (!can(ctx.user, 'update', action)) throw new NotAllowedError(`Viewers can read actions but not change them (${action.title})`);
    const now = ctx.clock.now().toISOString();
    const patch: Partial<ActionRow> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set = <K extends keyof ActionRow>(field: string, col: K, value: ActionRow[K]) => {
      if (action[col] === value) return;
      changes[field] = { from: action[col], to: value };
      patch[col] = value;
    };
    if (input.title !== undefined) set('title', 'title', input.title);
    if (input.description !== undefined) set('description', 'description', input.description);
    if (input.dueAt !== undefined) set('dueAt', 'due_at', input.dueAt);
    if (input.priority !== undefined) set('priority', 'priority', input.priority);
    if (input.addresses !== undefined) set('addresses', 'addresses', input.addresses);
    if (input.horizon !== undefined) set('horizon', 'horizon', input.horizon);
    if (input.kind !== undefined) set('kind', 'kind', input.kind);
    if (input.externalUrl !== undefined) set('externalUrl', 'external_url', input.externalUrl);
    if (input.owner !== undefined) {
      const owner = input.owner ? await resolveUser(tx, input.owner === 'me' ? ctx.user.id : input.owner, 'owner') : null;
      await checkOwnerSees(tx, incident, owner);
      if (owner?.id !== (action.owner_id ?? undefined)) {
        changes.owner = { from: action.owner_name, to: owner?.name ?? null };
        patch.owner_id = owner?.id ?? null;
      }
    }
    if (input.status !== undefined && input.status !== action.status) {
      if (input.status === 'wont_do' && !input.statusReason?.trim()) {
        throw new InputError("statusReason: say why this won't be done", { field: 'statusReason' });
      }
      set('status', 'status', input.status);
      set('statusReason', 'status_reason', input.statusReason ?? null);
      patch.completed_at = isOpenActionStatus(input.status) ? null : now;
    } else if (input.statusReason !== undefined) set('statusReason', 'status_reason', input.statusReason);
    const kind = patch.kind ?? action.kind;
    const ownerId = patch.owner_id !== undefined ? patch.owner_id : action.owner_id;
    // Owning a draft follow-up makes it real unless the caller says it stays a draft.
    let draft = input.draft ?? (!action.owner_id && ownerId ? false : !!action.draft);
    if (kind === 'follow_up' && !ownerId) {
      if (input.draft === false)
        throw new InputError('owner: a follow-up needs an owner before it stops being a draft', { field: 'owner' });
      draft = true;
    }
    if (kind !== 'follow_up') draft = false;
    set('draft', 'draft', draft ? 1 : 0);
    if (Object.keys(changes).length === 0) return id;
    patch.updated_at = now;
    await updateAction(tx, id, patch);
    await record(tx, ctx, incident, { kind: 'action_changed', body: action.title, data: { actionId: id, changes } });
    return id;
  });
}

/** Where a change to a follow-up came from when an outside tracker made it (trackers/). */
export type TrackerVia = { tracker: string; key: string; url: string; by: string | null; event: 'created' | 'closed' | 'reopened' };

/**
 * A follow-up as a team's tracker reports it, inside the caller's transaction: its issue's link
 * (created there), closed there → done here, reopened there → open here. Recorded on the timeline
 * without a person (the tracker's user is named in `data.tracker.by`). No change, no entry.
 */
export async function applyTrackerChange(tx: Tx, who: { clock: Ctx['clock'] }, actionId: string, via: TrackerVia): Promise<boolean> {
  const action = await getAction(tx, actionId);
  if (!action) return false;
  const incident = await getIncident(tx, action.incident_id, { forUpdate: true });
  if (!incident) return false;
  const now = who.clock.now().toISOString();
  const patch: Partial<ActionRow> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (via.event === 'created' && action.external_url !== via.url) {
    changes.externalUrl = { from: action.external_url, to: via.url };
    patch.external_url = via.url;
  }
  const status = via.event === 'closed' ? 'done' : via.event === 'reopened' ? 'open' : null;
  if (status && action.status !== status && !(status === 'open' && isOpenActionStatus(action.status))) {
    changes.status = { from: action.status, to: status };
    patch.status = status;
    patch.status_reason = null;
    patch.completed_at = status === 'done' ? now : null;
  }
  if (Object.keys(changes).length === 0 && via.event !== 'created') return false;
  if (Object.keys(patch).length) await updateAction(tx, actionId, { ...patch, updated_at: now });
  await record(tx, { user: null, clock: who.clock }, incident, {
    kind: 'action_changed',
    body: action.title,
    data: { actionId, changes, tracker: via },
  });
  return true;
}
