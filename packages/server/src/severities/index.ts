// Severities and incident role types as other slices see them.
export { ensureDefaults, watchSettings } from './configure.ts';
export { presentSeverity } from './present.ts';
export { severityRoutes } from './routes.ts';
export { getSeverity, listRoleTypes, listSeverities, type SeverityRow, settings } from './store.ts';
