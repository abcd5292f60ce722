export * from './vocab.ts';
export * from './lifecycle.ts';
export * from './schemas.ts';
