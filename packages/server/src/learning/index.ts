// The learning slice as other slices see it: similar and recurring incidents, resolved-not-solved.

export { decodeVector, embed, encodeVector } from './encoder.ts';
export { registerLearningHooks, regroup, scheduleVectors } from './jobs.ts';
export { learningRoutes } from './routes.ts';
export { recurringWith } from './similar.ts';
/** The labelled similarity set (docs/learning.md); the language review's fine-tuning reads its texts as plain prose. */
export { labelled } from './testdata/labelled.ts';
