import type { ActionAbility } from '@firebreak/shared';
import { allows as allowsOnIncident } from '../incidents/index.ts';
import type { Actor } from '../platform/context.ts';
import type { ActionRow } from './store.ts';

/** What one can do to a next action or follow-up: read it, or one of the abilities its view reports. */
export type ActionAction = 'view' | ActionAbility;

/**
 * Whether the user may do this to an action of an incident they can see (visibility is the
 * incident's: loadIncident answers 404 first). Actions are part of working the incident, so whoever
 * may update the incident may change them. Presenters report it as `abilities`; updating checks it.
 */
export function can(user: Actor, action: ActionAction, _a: Pick<ActionRow, 'incident_id'>): boolean {
  return action === 'view' || allowsOnIncident(user, 'update');
}
