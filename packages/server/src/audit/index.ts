// The append-only audit log: other slices record with `audit(tx, ctx, entry)` inside their own transaction.

export { registerAuditHooks } from './hooks.ts';
export { type AuditEntry, type AuditWho, audit, auditNow } from './record.ts';
export { auditRetentionJob, pruneAudit } from './retention.ts';
export { auditRoutes } from './routes.ts';
