import type { AuditQuery } from '@firebreak/shared';
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { keyset } from '../platform/cursor.ts';
import type { AuditLogTable } from '../platform/db/schema.ts';

export type AuditRow = Omit<AuditLogTable, 'id'> & { id: number };

/** Newest first; entries written at the same instant are ordered by id, so pages never skip or repeat one. */
export const auditOrder = keyset<Pick<AuditRow, 'at' | 'id'>>('audit', [
  { column: 'audit_log.at', dir: 'desc', type: 'string', of: (r) => r.at },
  { column: 'audit_log.id', dir: 'desc', type: 'number', of: (r) => r.id },
]);

export type AuditFilter = Omit<AuditQuery, 'limit' | 'cursor'>;

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page (limit + 1 rows, for `auditOrder.page`) of entries matching the filter, after the cursor. */
export async function listAudit(tx: Tx, filter: AuditFilter, limit: number, after?: readonly (string | number)[]): Promise<AuditRow[]> {
  let q = tx.db.selectFrom('audit_log').selectAll();
  if (filter.actor) {
    const a = filter.actor;
    q = q.where((eb) => eb.or([eb('actor_id', '=', a), eb('actor_label', '=', a.toLowerCase()), eb('actor_label', '=', a)]));
  }
  if (filter.action) q = q.where(sql<boolean>`action like ${likePrefix(filter.action)} escape '\\'`);
  if (filter.targetType) q = q.where('target_type', '=', filter.targetType);
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
  if (filter.since) q = q.where('at', '>=', new Date(filter.since).toISOString());
  if (filter.until) q = q.where('at', '<', new Date(filter.until).toISOString());
  if (after) q = q.where(auditOrder.after(after));
  return (await auditOrder
    .order(q)
    .limit(limit + 1)
    .execute()) as AuditRow[];
}

export const insertAuditEntry = (tx: Tx, row: Insertable<AuditLogTable>) => tx.db.insertInto('audit_log').values(row).execute();

/**
 * Deletes up to `batch` entries older than `cutoff`, the one delete the table's trigger lets through:
 * the transaction first declares its cut-off (PostgreSQL: a transaction-local setting; SQLite: a row
 * in `audit_log_prune`, removed again before it commits). Returns how many it deleted.
 */
export async function deleteAuditBefore(tx: Tx, cutoff: string, batch: number): Promise<number> {
  if (tx.dialect === 'postgres') await sql`select set_config('firebreak.audit_prune_before', ${cutoff}, true)`.execute(tx.db);
  else await tx.db.insertInto('audit_log_prune').values({ before: cutoff }).execute();
  const victims = tx.db.selectFrom('audit_log').select('id').where('at', '<', cutoff).orderBy('at').limit(batch);
  const res = await tx.db.deleteFrom('audit_log').where('id', 'in', victims).executeTakeFirst();
  if (tx.dialect === 'sqlite') await tx.db.deleteFrom('audit_log_prune').execute();
  else await sql`select set_config('firebreak.audit_prune_before', '', true)`.execute(tx.db);
  return Number(res.numDeletedRows);
}
