import type { Actor, Tx } from '../platform/context.ts';
import { NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { formatRef } from './ref.ts';
import { getIncident, type IncidentRow, isMember } from './store.ts';

export type IncidentAction = 'view' | 'update' | 'comment' | 'tell';

/** Private incidents exist only for admins and the people added to them. */
export async function canSee(tx: Tx, user: Actor, incident: IncidentRow): Promise<boolean> {
  return !incident.private || user.role === 'admin' || (await isMember(tx, incident.id, user.id));
}

/** Responders and admins work incidents; viewers (stakeholders) read. */
export const canWork = (user: Actor) => user.role === 'admin' || user.role === 'responder';

/**
 * Loads an incident the user may see, or fails with 404 exactly as if it did not exist, so private
 * incidents are not revealed. With `action` other than view, also checks the user may change it.
 */
export async function loadIncident(
  tx: Tx,
  user: Actor,
  ref: string,
  action: IncidentAction = 'view',
  opts: { forUpdate?: boolean } = {},
): Promise<IncidentRow> {
  const incident = await getIncident(tx, ref, opts);
  if (!incident || !(await canSee(tx, user, incident))) {
    throw new NotFoundError(`No incident ${/^\d+$/.test(ref) ? formatRef(Number(ref)) : ref}`, 'incident_not_found');
  }
  if (action !== 'view' && !canWork(user)) {
    throw new NotAllowedError(`Viewers can read incidents but not change them (${formatRef(incident.number)})`);
  }
  return incident;
}

/** Whether the user may see the incident with this id (false if it does not exist). */
export async function isVisibleTo(tx: Tx, user: Actor, incidentId: string): Promise<boolean> {
  const row = await getIncident(tx, incidentId);
  return !!row && (await canSee(tx, user, row));
}
