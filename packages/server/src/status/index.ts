// The public side of the status page (status/page, status/subscribers).
export { statusHostRewrite } from './page/host.ts';
export { statusPageRoutes } from './page/routes.ts';
export { registerStatusSubscriberHooks, statusSubscriberAdminRoutes, statusSubscriberRoutes } from './subscribers/index.ts';
