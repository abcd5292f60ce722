// The paging slice as other slices see it: escalation, pages and what a person received.

export { ackByReply } from './ackLink.ts';
export { acknowledge as acknowledgePage, pageAboutIncident, pageSuggestions } from './actions.ts';
export { stepJob as pagingStepJob } from './engine.ts';
export { registerPagingHooks } from './hooks.ts';
export { type PageReceived, pagesFor } from './reads.ts';
export { pagingRoutes } from './routes.ts';
export { pagingLimits, sendJob as pagingSendJob } from './send.ts';
export { policiesPagingSchedule } from './store.ts';
export { suggestionsFor } from './suggestions.ts';
