// Teams as other slices see them.
export { teamRoutes } from './routes.ts';
export { getTeam } from './store.ts';
