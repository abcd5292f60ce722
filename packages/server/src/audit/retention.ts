import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { audit } from './record.ts';

const DAY = 86_400_000;
const BATCH = 5_000;

/**
 * Deletes audit entries older than the retention (FIREBREAK_AUDIT_RETENTION_DAYS), in batches. The
 * table's trigger refuses every other delete: this transaction first declares its cut-off (PostgreSQL:
 * a transaction-local setting; SQLite: a row in `audit_log_prune`, removed before it commits), and
 * the trigger lets through only rows older than it. Returns how many entries it deleted.
 */
export async function pruneAudit(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.config.auditRetentionDays * DAY).toISOString();
  let total = 0;
  for (;;) {
    const n = await transaction(deps, async (tx) => {
      if (tx.dialect === 'postgres') await sql`select set_config('firebreak.audit_prune_before', ${cutoff}, true)`.execute(tx.db);
      else await tx.db.insertInto('audit_log_prune').values({ before: cutoff }).execute();
      const victims = tx.db.selectFrom('audit_log').select('id').where('at', '<', cutoff).orderBy('at').limit(BATCH);
      const res = await tx.db.deleteFrom('audit_log').where('id', 'in', victims).executeTakeFirst();
      if (tx.dialect === 'sqlite') await tx.db.deleteFrom('audit_log_prune').execute();
      else await sql`select set_config('firebreak.audit_prune_before', '', true)`.execute(tx.db);
      const deleted = Number(res.numDeletedRows);
      if (deleted < BATCH && total + deleted > 0) {
        await audit(
          tx,
          { clock: deps.clock, user: null, actorLabel: 'system' },
          {
            action: 'audit.pruned',
            target: { type: 'audit_log', id: 'audit_log' },
            details: { deletedBefore: cutoff, retentionDays: deps.config.auditRetentionDays, deleted: total + deleted },
          },
        );
      }
      return deleted;
    });
    total += n;
    if (n < BATCH) return total;
  }
}

export const auditRetentionJob = defineJob({
  kind: 'audit.retention',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  timeoutMs: 300_000,
  async run(ctx) {
    await pruneAudit(ctx);
  },
});

definePeriodic({ name: 'audit.retention', everyMs: 6 * 3_600_000, job: auditRetentionJob });
