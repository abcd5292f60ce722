export * from './language/index.ts';
export * from './lifecycle.ts';
export * from './retros/index.ts';
export * from './schemas.ts';
export * from './vocab.ts';
export * from './jobs.ts';
export * from './errors.ts';
