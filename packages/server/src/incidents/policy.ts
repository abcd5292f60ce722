import { canTransition, type IncidentAbility, type IncidentStatus, TRANSITIONS } from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';
import { NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { formatRef } from './ref.ts';
import { getIncident, type IncidentRow, isMember } from './store.ts';

/** What one can do to an incident: read it, or one of the abilities its view reports. */
export type IncidentAction = 'view' | IncidentAbility;

/** What the rules look at besides the person: the status and, for closing, what still blocks it. */
export type IncidentFacts = { status: string; closingBlockers?: readonly string[] };

/** Private incidents exist only for admins and the people added to them. */
export async function canSee(tx: Tx, user: Actor, incident: IncidentRow): Promise<boolean> {
  return !incident.private || user.role === 'admin' || (await isMember(tx, incident.id, user.id));
}

/** Responders and admins work incidents; viewers (stakeholders) read. */
export const canWork = (user: Actor) => user.role === 'admin' || user.role === 'responder';

/** Who may do what to an incident they can see, whatever its state: commands refuse the rest with 403. */
export const allows = (user: Actor, action: IncidentAction): boolean => action === 'view' || canWork(user);

/**
 * Whether the user may do this to the incident now: `allows` it, and the state lets it happen (a
 * status to move to; closing only from resolved with nothing blocking). Presenters report it as
 * `abilities`; commands refuse a state with 409 and its reason from the same shared rules
 * (TRANSITIONS, closingBlockers).
 */
export function can(user: Actor, action: IncidentAction, incident: IncidentFacts): boolean {
  if (!allows(user, action)) return false;
  const status = incident.status as IncidentStatus;
  switch (action) {
    case 'changeStatus':
      return TRANSITIONS[status].length > 0;
    case 'close':
      return canTransition(status, 'closed') && incident.closingBlockers?.length === 0;
    default:
      return true;
  }
}

/**
 * Loads an incident the user may see, or fails with 404 exactly as if it did not exist, so private
 * incidents are not revealed. With `action` other than view, also checks the user may do it (403).
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
  if (!allows(user, action)) {
    throw new NotAllowedError(`Viewers can read incidents but not change them (${formatRef(incident.number)})`);
  }
  return incident;
}

/** Whether the user may see the incident with this id (false if it does not exist). */
export async function isVisibleTo(tx: Tx, user: Actor, incidentId: string): Promise<boolean> {
  const row = await getIncident(tx, incidentId);
  return !!row && (await canSee(tx, user, row));
}
