import type { ServiceCriticality, ServiceView } from '@firebreak/shared';
import type { ServiceRow } from './store.ts';

/** A service in the catalog, with the name of its owning team. */
export const presentService = (s: ServiceRow & { team_name: string | null }): ServiceView => ({
  id: s.id,
  name: s.name,
  description: s.description,
  ownerTeam: s.owner_team_id ? { id: s.owner_team_id, name: s.team_name } : null,
  criticality: s.criticality as ServiceCriticality,
  critical: s.criticality === 'critical',
  runbookUrl: s.runbook_url,
  createdAt: s.created_at,
  updatedAt: s.updated_at,
});
