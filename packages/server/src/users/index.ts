// People as other slices (and platform/auth) see them.
export { createUser } from './createUser.ts';
export { resolveUser } from './resolveUser.ts';
export { userRoutes } from './routes.ts';
export { ensureFirstAdmin } from './setup.ts';
export {
  activeUsersNamed,
  getUserByEmail,
  getUsersByIds,
  touchSession,
  touchToken,
  type UserRow,
  userBySession,
  userByToken,
} from './store.ts';
export { clientUnit } from './throttle.ts';
export { issueToken } from './tokens.ts';
