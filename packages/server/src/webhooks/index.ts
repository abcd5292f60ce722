// Outbound webhooks and chat (Slack, Mattermost, Teams) as other code sees them: routes and the timeline hook.
export { deliverJob, deliveryTiming, post as postWebhook } from './deliver.ts';
export { fanOutJob as webhookFanOutJob, registerWebhookHooks } from './fanout.ts';
export { webhookRoutes } from './routes.ts';
export { HEADERS as WEBHOOK_HEADERS, signature as webhookSignature, verifySignature as verifyWebhookSignature } from './sign.ts';
export { checkDestinationUrl } from './urlPolicy.ts';
