// The server modules `firebreak admin` runs in-process against the database, loaded on demand.
// Relative paths, not '@firebreak/server/….ts': with tsconfig's rewriteRelativeImportExtensions,
// tsc rejects `.ts` package subpath imports (TS2877).
export { loadConfig } from '../../server/src/config.ts';
export { backupSqlite, moveToPostgres, OpsError, restoreSqlite } from '../../server/src/ops/index.ts';
export { Bus } from '../../server/src/platform/bus.ts';
export { systemClock } from '../../server/src/platform/clock.ts';
export { openDatabase } from '../../server/src/platform/db/index.ts';
export { AppError } from '../../server/src/platform/errors.ts';
export { ensureDefaults } from '../../server/src/severities/configure.ts';
export { createUser } from '../../server/src/users/createUser.ts';
export { presentUser } from '../../server/src/users/present.ts';
export { issueToken } from '../../server/src/users/tokens.ts';
