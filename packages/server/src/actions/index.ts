// Next actions and follow-ups as other slices see them: `addAction` creates one inside the caller's transaction.
export { addAction } from './manage.ts';
export { actionRoutes } from './routes.ts';
export { type ActionWithNames, getAction, listActions } from './store.ts';
export { followUpTrackerRoutes } from './tracker/routes.ts';
