// The search slice as other slices see it: the routes, and the index for the incident list's `?q=`.

export { type IncidentQueryStretch, incidentQueryMatch } from './incidentQuery.ts';
export { searchRoutes } from './routes.ts';
