import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type { TrackerConnectionsTable, TrackerLinksTable } from '../platform/db/schema.ts';

export type ConnectionRow = Selectable<TrackerConnectionsTable>;
export type LinkRow = Selectable<TrackerLinksTable>;
export type ConnectionWithTeam = ConnectionRow & { team_name: string };

const withTeam = (tx: Tx) =>
  tx.db
    .selectFrom('tracker_connections')
    .innerJoin('teams', 'teams.id', 'tracker_connections.team_id')
    .selectAll('tracker_connections')
    .select('teams.name as team_name');

/** A connected (not disconnected) tracker by id. */
export const getConnection = (tx: Tx, id: string) =>
  withTeam(tx).where('tracker_connections.id', '=', id).where('tracker_connections.disconnected_at', 'is', null).executeTakeFirst();

/** Any connection by id, disconnected too (a link keeps pointing at its connection). */
export const getConnectionEvenIfGone = (tx: Tx, id: string) => withTeam(tx).where('tracker_connections.id', '=', id).executeTakeFirst();

export const connectionOfTeam = (tx: Tx, teamId: string) =>
  withTeam(tx)
    .where('tracker_connections.team_id', '=', teamId)
    .where('tracker_connections.disconnected_at', 'is', null)
    .executeTakeFirst();

/** Connected trackers, by team name. */
export const listConnections = (tx: Tx, teamId?: string) => {
  let q = withTeam(tx).where('tracker_connections.disconnected_at', 'is', null).orderBy('teams.name').orderBy('tracker_connections.id');
  if (teamId) q = q.where('tracker_connections.team_id', '=', teamId);
  return q.limit(500).execute();
};

export const insertConnection = (tx: Tx, row: ConnectionRow) => tx.db.insertInto('tracker_connections').values(row).execute();
export const updateConnection = (tx: Tx, id: string, patch: Partial<ConnectionRow>) =>
  tx.db.updateTable('tracker_connections').set(patch).where('id', '=', id).execute();

/** Whether the user is a member of the team. */
export const isTeamMember = async (tx: Tx, teamId: string, userId: string) =>
  !!(await tx.db
    .selectFrom('team_members')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst());

export const getLink = (tx: Tx, actionId: string) =>
  tx.db.selectFrom('tracker_links').selectAll().where('action_id', '=', actionId).executeTakeFirst();

/** The links of one incident's actions (the follow-up list shows them). */
export const linksOfIncident = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('tracker_links')
    .innerJoin('actions', 'actions.id', 'tracker_links.action_id')
    .innerJoin('tracker_connections', 'tracker_connections.id', 'tracker_links.connection_id')
    .selectAll('tracker_links')
    .select('tracker_connections.kind')
    .where('actions.incident_id', '=', incidentId)
    .orderBy('tracker_links.requested_at')
    .execute();

export const insertLink = (tx: Tx, row: LinkRow) => tx.db.insertInto('tracker_links').values(row).execute();
export const updateLink = (tx: Tx, actionId: string, patch: Partial<LinkRow>) =>
  tx.db.updateTable('tracker_links').set(patch).where('action_id', '=', actionId).execute();

/** The link a tracker's issue belongs to, within one connection. */
export const linkByExternal = (tx: Tx, connectionId: string, externalId: string) =>
  tx.db
    .selectFrom('tracker_links')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .where('external_id', '=', externalId)
    .where('state', '=', 'created')
    .executeTakeFirst();

/** Created links of connected trackers, least recently checked first (the poll's batch). */
export const linksToPoll = (tx: Tx, limit: number) =>
  tx.db
    .selectFrom('tracker_links')
    .innerJoin('tracker_connections', 'tracker_connections.id', 'tracker_links.connection_id')
    .selectAll('tracker_links')
    .where('tracker_links.state', '=', 'created')
    .where('tracker_connections.disconnected_at', 'is', null)
    .orderBy('tracker_links.synced_at')
    .orderBy('tracker_links.action_id')
    .limit(limit)
    .execute();
