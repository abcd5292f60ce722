// The admin view of background jobs (the queue itself is platform/jobs/).
export { jobRoutes } from './routes.ts';
