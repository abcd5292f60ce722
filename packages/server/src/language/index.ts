// Blame-aware language review as the app sees it: its route, the findings the retrospective shows per
// section, and the learned layer (the analyzer's rules live in packages/shared/src/language).
export { LEARNED_RULE, reviewWithLearning, warmLearnedReview } from './learned.ts';
export { registerLanguageHooks } from './precompute.ts';
export { findingsFor } from './present.ts';
export { languageRoutes } from './routes.ts';
