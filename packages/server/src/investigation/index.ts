// Investigating an incident as other slices see it: chat import and themes (the retrospective's agenda reads the themes).
export { investigationRoutes } from './routes.ts';
export { incidentThemes, wholeTimeline } from './themes.ts';
