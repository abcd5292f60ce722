// The Mattermost adapter: its inbound routes (importing them registers the API client).
export { mattermostRoutes } from './routes.ts';
