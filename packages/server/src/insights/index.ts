// Insights as other code sees them: the routes.
export { insightRoutes } from './routes.ts';
