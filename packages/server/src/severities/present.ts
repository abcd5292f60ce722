import type { RoleTypeRow, SeverityRow } from './store.ts';

export const presentSeverity = (s: SeverityRow) => ({
  id: s.id,
  rank: s.rank,
  name: s.name,
  description: s.description,
  color: s.color,
  updateCadenceMinutes: s.update_cadence_minutes,
  retrospectiveRequired: !!s.retrospective_required,
});
export type SeverityView = ReturnType<typeof presentSeverity>;

export const presentRoleType = (r: RoleTypeRow) => ({ key: r.key, name: r.name, description: r.description, rank: r.rank });
