import { visibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';

/** Which incidents the insights cover: declared in [from, to), visible to the reader, not duplicates. */
export type InsightFilter = { from: string; to: string; severityIds?: string[]; serviceId?: string; teamId?: string };

function covered(tx: Tx, user: Actor, f: InsightFilter) {
  let q = tx.db
    .selectFrom('incidents')
    .where(visibleTo(user))
    .where('incidents.declared_at', '>=', f.from)
    .where('incidents.declared_at', '<', f.to)
    .where('incidents.status', '!=', 'duplicate');
  if (f.severityIds) q = q.where('incidents.severity_id', 'in', f.severityIds);
  const { serviceId, teamId } = f;
  if (serviceId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services as fs')
          .select('fs.service_id')
          .whereRef('fs.incident_id', '=', 'incidents.id')
          .where('fs.service_id', '=', serviceId),
      ),
    );
  if (teamId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_services as ts')
          .innerJoin('services as tsv', 'tsv.id', 'ts.service_id')
          .select('ts.service_id')
          .whereRef('ts.incident_id', '=', 'incidents.id')
          .where('tsv.owner_team_id', '=', teamId),
      ),
    );
  return q;
}

/** The covered incidents with their milestones. */
export const incidentRows = (tx: Tx, user: Actor, f: InsightFilter) =>
  covered(tx, user, f)
    .select([
      'incidents.id',
      'incidents.severity_id',
      'incidents.declared_at',
      'incidents.impact_started_at',
      'incidents.detected_at',
      'incidents.acknowledged_at',
      'incidents.mitigated_at',
      'incidents.resolved_at',
    ])
    .execute();

/** The services of the covered incidents, one row per incident and service. */
export const incidentServiceRows = (tx: Tx, user: Actor, f: InsightFilter) =>
  covered(tx, user, f)
    .innerJoin('incident_services as s', 's.incident_id', 'incidents.id')
    .innerJoin('services as sv', 'sv.id', 's.service_id')
    .select(['incidents.id as incident_id', 'sv.id', 'sv.name'])
    .execute();

/** Follow-ups (not drafts) of the covered incidents, with their owner. */
export const followUpRows = (tx: Tx, user: Actor, f: InsightFilter) =>
  covered(tx, user, f)
    .innerJoin('actions', 'actions.incident_id', 'incidents.id')
    .leftJoin('users', 'users.id', 'actions.owner_id')
    .where('actions.kind', '=', 'follow_up')
    .where('actions.draft', '=', 0)
    .select(['actions.id', 'actions.status', 'actions.due_at', 'actions.owner_id', 'users.name as owner_name'])
    .execute();

/**
 * The teams each follow-up counts for, as the follow-up tracker reads them: the teams its owner
 * belongs to, and the teams owning a service of its incident.
 */
export async function followUpTeamRows(tx: Tx, user: Actor, f: InsightFilter) {
  const base = () =>
    covered(tx, user, f)
      .innerJoin('actions', 'actions.incident_id', 'incidents.id')
      .where('actions.kind', '=', 'follow_up')
      .where('actions.draft', '=', 0);
  const [byOwner, byService] = await Promise.all([
    base()
      .innerJoin('team_members as tm', 'tm.user_id', 'actions.owner_id')
      .innerJoin('teams', 'teams.id', 'tm.team_id')
      .select(['actions.id as action_id', 'teams.id', 'teams.name'])
      .execute(),
    base()
      .innerJoin('incident_services as ts', 'ts.incident_id', 'incidents.id')
      .innerJoin('services as tsv', 'tsv.id', 'ts.service_id')
      .innerJoin('teams', 'teams.id', 'tsv.owner_team_id')
      .select(['actions.id as action_id', 'teams.id', 'teams.name'])
      .execute(),
  ]);
  return [...byOwner, ...byService];
}

/** Required retrospectives of covered incidents that are resolved (or closed). */
export const retroRows = (tx: Tx, user: Actor, f: InsightFilter) =>
  covered(tx, user, f)
    .innerJoin('retros', 'retros.incident_id', 'incidents.id')
    .where('retros.required', '=', 1)
    .where('incidents.resolved_at', 'is not', null)
    .select(['incidents.resolved_at', 'retros.first_published_at'])
    .execute();
