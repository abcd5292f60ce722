// Retrospectives as the app sees them: their routes and their part in the incident lifecycle.

// Backups and restores check that the answer key in place is the one the stored answers were written with.
export { ANSWER_KEY_FILE, answerKeyFits, readAnswerSecret } from './answers/answerKey.ts';
export { retroAnswerRoutes } from './answers/routes.ts';
export { type DepthFact, registerDepthFact } from './depthFacts.ts';
export { registerRetroHooks } from './hooks.ts';
// The language review precomputes the embeddings of saved retrospective text.
export { retroFindingsChanged } from './live.ts';
export { retroMeetingRoutes } from './meeting/routes.ts';
// The status page offers a customer-facing summary once the retrospective is published.
export { type RetroForPublicSummary, retroForPublicSummary } from './publicSummary.ts';
export { retroRoutes } from './routes.ts';
export { retroSharingRoutes } from './sharing/routes.ts';
export { retroTexts } from './store.ts';
export { onRetroTextSaved } from './textSaved.ts';
export { retroWhyRoutes } from './whys/routes.ts';
