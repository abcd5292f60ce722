// Operations on a whole installation, run offline by the `firebreak` CLI: backup, restore, and
// moving a SQLite installation into PostgreSQL. Not served over HTTP.
export type { BackupResult, DatabaseFileInfo, RestoreResult } from './sqliteFiles.ts';
export { answerKeyStatus, backupSqlite, inspectDatabaseFile, OpsError, restoreSqlite, sqliteInUse } from './sqliteFiles.ts';
export type { MoveResult, TableReport } from './toPostgres.ts';
export { moveToPostgres, verifyCopy } from './toPostgres.ts';
