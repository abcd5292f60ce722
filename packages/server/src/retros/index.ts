// Retrospectives as the app sees them: their routes and their part in the incident lifecycle.
export { registerRetroHooks } from './hooks.ts';
export { retroRoutes } from './routes.ts';
export { retroAidRoutes } from './routesAids.ts';
export { retroWorkRoutes } from './routesWork.ts';
