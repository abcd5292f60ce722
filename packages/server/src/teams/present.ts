import type { TeamView, UserBrief } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { type TeamRow, teamMembers } from './store.ts';

export const presentTeam = (t: TeamRow, members: UserBrief[]): TeamView => ({
  id: t.id,
  name: t.name,
  description: t.description,
  createdAt: t.created_at,
  members,
});

/** Teams with their members (one query for all of them), in the order given. */
export async function presentTeams(tx: Tx, rows: TeamRow[]): Promise<TeamView[]> {
  const members = await teamMembers(
    tx,
    rows.map((t) => t.id),
  );
  const byTeam = Map.groupBy(members, (m) => m.team_id);
  return rows.map((t) =>
    presentTeam(
      t,
      (byTeam.get(t.id) ?? []).map((m) => ({ id: m.id, name: m.name, email: m.email })),
    ),
  );
}
