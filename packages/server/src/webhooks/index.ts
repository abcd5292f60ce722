// Outbound webhooks and chat (Slack, Mattermost, Teams) as other code sees them: routes and the timeline hook.
// Paging (paging/) sends pages to people's own chat and webhook URLs with the same formats, URL policy and sender.
export { deliverJob, deliveryTiming, post as postToDestination, webhookRetryDelayMs } from './deliver.ts';
export { fanOutJob as webhookFanOutJob, registerWebhookHooks } from './fanout.ts';
export { requestBody as destinationBody, type WebhookEventBody } from './formats.ts';
export { webhookRoutes } from './routes.ts';
export { HEADERS as WEBHOOK_HEADERS, signature as webhookSignature, verifySignature as verifyWebhookSignature } from './sign.ts';
// Status page webhook subscribers follow the same retry and turn-off rules, and tell the same admins.
export { adminAddresses } from './store.ts';
export { checkDestinationUrl } from './urlPolicy.ts';
