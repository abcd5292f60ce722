import type { Actor, Tx } from '../platform/context.ts';
import { NotAllowedError } from '../platform/errors.ts';
import { isTeamMember } from './store.ts';

/**
 * Who may manage a schedule (edit it, add and remove overrides, make its calendar feed): admins, and
 * responders who are members of its team; a schedule without a team, any responder. Everyone signed
 * in reads schedules.
 */
export async function canManage(tx: Tx, user: Actor, teamId: string | null): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'responder') return false;
  return teamId ? isTeamMember(tx, teamId, user.id) : true;
}

export async function requireManage(tx: Tx, user: Actor, teamId: string | null, what = 'this schedule'): Promise<void> {
  if (!(await canManage(tx, user, teamId)))
    throw new NotAllowedError(
      user.role === 'viewer' ? `Viewers cannot change ${what}` : `Only admins and members of the schedule's team can change ${what}`,
    );
}
