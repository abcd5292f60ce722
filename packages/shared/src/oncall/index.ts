export * from './api.ts';
export * from './engine.ts';
export * from './schemas.ts';
export { localInstant } from './time.ts';
