export * from './errors.ts';
export * from './jobs.ts';
export * from './language/index.ts';
export * from './lifecycle.ts';
export * from './retros/index.ts';
export * from './schemas.ts';
export * from './views.ts';
export * from './vocab.ts';
