// Retrospectives as the app sees them: their routes and their part in the incident lifecycle.
export { retroAnswerRoutes } from './answers/routes.ts';
export { registerRetroHooks } from './hooks.ts';
export { retroMeetingRoutes } from './meeting/routes.ts';
export { retroRoutes } from './routes.ts';
export { retroSharingRoutes } from './sharing/routes.ts';
export { retroWhyRoutes } from './whys/routes.ts';
