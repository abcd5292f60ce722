// Status page subscribers as the status slice's index exports them.
export { registerStatusSubscriberHooks } from './notify.ts';
export { statusSubscriberAdminRoutes, statusSubscriberRoutes } from './routes.ts';
