import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { TeamsTable } from '../platform/db/schema.ts';

export type TeamRow = Selectable<TeamsTable>;

export const getTeam = (tx: Tx, idOrName: string) =>
  tx.db
    .selectFrom('teams')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst();

/** By name; the id breaks ties. */
export const teamOrder = keyset<{ name: string; id: string }>('teams', [
  { column: 'teams.name', dir: 'asc', type: 'string', of: (r) => r.name },
  { column: 'teams.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);

export const listTeams = (tx: Tx, opts: { limit: number; after?: Cursor }) => {
  let q = tx.db
    .selectFrom('teams')
    .selectAll()
    .$call(teamOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(teamOrder.after(opts.after));
  return q.execute();
};

export const insertTeam = (tx: Tx, row: TeamRow) => tx.db.insertInto('teams').values(row).execute();
export const updateTeam = (tx: Tx, id: string, patch: Partial<TeamRow>) =>
  tx.db.updateTable('teams').set(patch).where('id', '=', id).execute();

export const teamMembers = (tx: Tx, teamIds: string[]) =>
  teamIds.length
    ? tx.db
        .selectFrom('team_members')
        .innerJoin('users', 'users.id', 'team_members.user_id')
        .select(['team_members.team_id', 'users.id', 'users.name', 'users.email'])
        .where('team_members.team_id', 'in', teamIds)
        .orderBy('users.name')
        .execute()
    : Promise.resolve([]);

export async function setTeamMembers(tx: Tx, teamId: string, userIds: string[]) {
  await tx.db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (userIds.length)
    await tx.db
      .insertInto('team_members')
      .values(userIds.map((user_id) => ({ team_id: teamId, user_id })))
      .execute();
}

/** Names of these teams (other slices show targets and owners by name). */
export const teamNamesByIds = (tx: Tx, ids: string[]) =>
  ids.length ? tx.db.selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);

/** Who belongs to these teams: (team, user) pairs. */
export const memberIdsOfTeams = (tx: Tx, teamIds: string[]) =>
  teamIds.length
    ? tx.db.selectFrom('team_members').select(['team_id', 'user_id']).where('team_id', 'in', teamIds).execute()
    : Promise.resolve([]);
