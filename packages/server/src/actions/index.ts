// Next actions and follow-ups as other slices see them: `addAction` creates one inside the caller's transaction.
export { addAction, applyTrackerChange, createAction, type TrackerVia } from './manage.ts';
export { can as canOnAction } from './policy.ts';
export { actionRoutes } from './routes.ts';
export { type ActionWithNames, getAction, listActions } from './store.ts';
export { followUpTrackerRoutes } from './tracker/routes.ts';
