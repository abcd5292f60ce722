// The Microsoft Teams adapter: its outgoing-webhook route (importing it registers the Workflows client).
export { teamsRoutes } from './routes.ts';
