// The status page slice as other slices see it: the public snapshot and history reads the public
// side renders from, the hook subscribers register on, and its routes.

export { onPublicEvent, type PublicEvent, type PublicEventListener, type PublicEventName } from './hooks.ts';
// The public side of the status page (status/page, status/subscribers).
export { statusHostRewrite } from './page/host.ts';
export { statusPublicPageRoutes } from './page/routes.ts';
export { statuspageRoutes } from './publicRoutes.ts';
export { publicUpdateIn } from './publish.ts';
export { registerStatusPageHooks } from './register.ts';
export { statusPageRoutes } from './routes.ts';
export { buildSnapshot, derived, derivedNow, MAX_AGE_MS, publicIncident, publicMaintenance, publicSnapshot } from './snapshot.ts';
export { tellStakeholdersAndPublish } from './stakeholders.ts';
export { registerStatusSubscriberHooks, statusSubscriberAdminRoutes, statusSubscriberRoutes } from './subscribers/index.ts';
export { incidentUrl, maintenanceUrl, pageUrl } from './urls.ts';
