// Follow-ups in teams' own trackers (GitHub, GitLab, Jira, Linear): connections, pushing, status back.

export { pushJob } from './push.ts';
export { trackerRoutes } from './routes.ts';
export { pollJob, pollTrackers } from './sync.ts';
export { trackerWebhookRoutes } from './webhooks.ts';
