// Retrospective templates as other slices see them: the retrospective drafts with `resolveTemplate`.
export { templateRoutes } from './routes.ts';
export { resolveTemplate, type Template } from './store.ts';
