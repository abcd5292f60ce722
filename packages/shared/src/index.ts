export * from './vocab.ts';
export * from './lifecycle.ts';
export * from './schemas.ts';
export * from './retros/index.ts';
export * from './language/index.ts';
