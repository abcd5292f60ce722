// The Slack adapter: its inbound routes (registering them loads the Web API client, which registers itself
// for the `slack` platform) and the client for other chat-ops code.
export { SlackClient } from './client.ts';
export { slackRoutes } from './routes.ts';
