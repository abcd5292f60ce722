export * from './metrics.ts';
export * from './schemas.ts';
