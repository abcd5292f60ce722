import type { RoleTypeView, SeverityColor, SeverityView } from '@firebreak/shared';
import type { RoleTypeRow, SeverityRow } from './store.ts';

export const presentSeverity = (s: SeverityRow): SeverityView => ({
  id: s.id,
  rank: s.rank,
  name: s.name,
  description: s.description,
  color: s.color as SeverityColor,
  updateCadenceMinutes: s.update_cadence_minutes,
  retrospectiveRequired: !!s.retrospective_required,
  isDefault: !!s.is_default,
});

export const presentRoleType = (r: RoleTypeRow): RoleTypeView => ({ key: r.key, name: r.name, description: r.description, rank: r.rank });
