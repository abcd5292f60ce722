// Blame-aware language review as the app sees it: its route, and the findings the retrospective shows per section
// (the analyzer itself lives in packages/shared/src/language).
export { findingsOf } from './present.ts';
export { languageRoutes } from './routes.ts';
