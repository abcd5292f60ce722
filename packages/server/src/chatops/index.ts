// Chat-ops as the platform adapters (chatops/slack, mattermost, teams) and app.ts see it: the core
// functions an adapter calls with what it verified and parsed, the contract types, the registry of
// platform clients, and the admin and incident chat routes.
export { declareFormOptions, declareFromChat, helpText, pressButton, runCommand } from './commands.ts';
export { findConnection, firstSeen, getConnection } from './connections.ts';
// The Mattermost and Teams adapters' inbound routes (loading them registers their API clients).
export { mattermostRoutes } from './mattermost/index.ts';
export { mirrorMessage, pinMessage } from './mirror.ts';
export { deliverJob as chatDeliverJob, NAME_TAKEN, registerChatHooks } from './outbound.ts';
export { type ChatClientFactory, clientFor, registerChatPlatform } from './platforms.ts';
export { chatRoutes } from './routes.ts';
export { slackRoutes } from './slack/index.ts';
export { handoverMessage, registerChatHandoverHooks } from './teamChannels.ts';
export { teamsRoutes } from './teams/index.ts';
export * from './types.ts';
