import type { Deps } from '../platform/context.ts';

/** Where the public page lives (status-public serves it; its own host name may serve it at `/` too). */
export const pageUrl = (deps: Pick<Deps, 'config'>): string => `${deps.config.publicUrl.replace(/\/+$/, '')}/status`;
/** A public incident's history page. */
export const incidentUrl = (deps: Pick<Deps, 'config'>, id: string): string => `${pageUrl(deps)}/incidents/${encodeURIComponent(id)}`;
/** A scheduled maintenance's page. */
export const maintenanceUrl = (deps: Pick<Deps, 'config'>, id: string): string => `${pageUrl(deps)}/maintenances/${encodeURIComponent(id)}`;
