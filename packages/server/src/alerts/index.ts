// The alerts slice as other slices see it: routes, the routed-alert hook, the ingestion entry point.

export { severityFromLabel } from './formats.ts';
export { type AlertCtx, type AlertReaction, type AlertResolvedReaction, onAlertResolved, onAlertRouted, type Routing } from './hooks.ts';
export { type IncomingEvent, ingest } from './ingest.ts';
export { integrationForKey } from './integrations.ts';
export { alertRoutes } from './routes.ts';
export { alertSetupRoutes, heartbeatCheckInRoutes } from './setupRoutes.ts';
export { type AlertRow, alertsOpenedFor, countAlertsOpenedFor, unacknowledgedAlerts } from './store.ts';
export { alertIngestRoutes, INGEST_BODY_LIMIT } from './wire.ts';
