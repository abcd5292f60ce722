import type { Deps } from '../../platform/context.ts';
import type { IncidentModel, PageModel } from './model.ts';

// TEMPORARY until status-core's publicSnapshot lands.
export async function pageModel(_deps: Deps): Promise<PageModel> {
  return {
    version: '0',
    name: 'Firebreak',
    logoUrl: null,
    brandColor: null,
    indicator: 'none',
    description: 'All Systems Operational',
    groups: [],
    incidents: [],
    maintenances: [],
    history: [],
    updatedAt: new Date(0).toISOString(),
  };
}

export async function incidentModel(_deps: Deps, _id: string): Promise<IncidentModel | null> {
  return null;
}
