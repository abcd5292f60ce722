import { OPEN_ACTION_STATUSES } from '@firebreak/shared';
import { sql } from 'kysely';
import { visibleTo } from '../../incidents/index.ts';
import type { Actor, Tx } from '../../platform/context.ts';
import { type Cursor, keyset } from '../../platform/cursor.ts';

export type FollowUpFilter = {
  statuses: string[];
  ownerId?: string;
  teamId?: string;
  serviceId?: string;
  incidentId?: string;
  /** Only follow-ups due before this instant (and still open). */
  overdueAt?: string;
  fromRetro: boolean;
  limit: number;
  after?: Cursor;
};

// Follow-ups without a due date sort last.
const NO_DUE_DATE = '9999';
const DUE = sql<string>`coalesce(actions.due_at, ${sql.lit(NO_DUE_DATE)})`;

/** Soonest due first, undated last; follow-ups due at the same instant (or undated) in id order. */
export const followUpOrder = keyset<{ due_at: string | null; id: string }>('follow-ups', [
  { column: DUE, dir: 'asc', type: 'string', of: (r) => r.due_at ?? NO_DUE_DATE },
  { column: 'actions.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);

/**
 * Follow-ups across the incidents the user may see, soonest due first. A read model over the
 * actions slice's table (filters it does not offer: team, service, overdue, from a retrospective).
 */
export function listFollowUps(tx: Tx, user: Actor, f: FollowUpFilter) {
  let q = tx.db
    .selectFrom('actions')
    .innerJoin('incidents', 'incidents.id', 'actions.incident_id')
    .leftJoin('users', 'users.id', 'actions.owner_id')
    .leftJoin('retros', 'retros.incident_id', 'actions.incident_id')
    .leftJoin('retro_follow_ups', 'retro_follow_ups.action_id', 'actions.id')
    .selectAll('actions')
    .select([
      'users.name as owner_name',
      'users.email as owner_email',
      'incidents.number as incident_number',
      'incidents.title as incident_title',
      'retros.id as retro_id',
      'retro_follow_ups.retro_id as linked_retro_id',
    ])
    .where('actions.kind', '=', 'follow_up')
    .where('actions.status', 'in', f.statuses)
    .$call(followUpOrder.order)
    .limit(f.limit + 1);
  q = q.where(visibleTo(user));
  if (f.ownerId) q = q.where('actions.owner_id', '=', f.ownerId);
  if (f.incidentId) q = q.where('actions.incident_id', '=', f.incidentId);
  if (f.fromRetro) q = q.where('retro_follow_ups.retro_id', 'is not', null);
  if (f.overdueAt) q = q.where('actions.due_at', '<', f.overdueAt).where('actions.status', 'in', OPEN_ACTION_STATUSES);
  if (f.serviceId) {
    const sid = f.serviceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services as fs')
          .select('fs.service_id')
          .whereRef('fs.incident_id', '=', 'actions.incident_id')
          .where('fs.service_id', '=', sid),
      ),
    );
  }
  if (f.teamId) {
    const tid = f.teamId;
    // A team's follow-ups: owned by its members, or on incidents of services it owns.
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('team_members as tm')
            .select('tm.user_id')
            .whereRef('tm.user_id', '=', 'actions.owner_id')
            .where('tm.team_id', '=', tid),
        ),
        eb.exists(
          eb
            .selectFrom('incident_services as ts')
            .innerJoin('services as tsv', 'tsv.id', 'ts.service_id')
            .select('ts.service_id')
            .whereRef('ts.incident_id', '=', 'actions.incident_id')
            .where('tsv.owner_team_id', '=', tid),
        ),
      ]),
    );
  }
  if (f.after) q = q.where(followUpOrder.after(f.after));
  return q.execute();
}
