// Teams as other slices see them.
export { teamRoutes } from './routes.ts';
export { getTeam, memberIdsOfTeams, teamNamesByIds } from './store.ts';
