import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { audit } from './record.ts';
import { deleteAuditBefore } from './store.ts';

const DAY = 86_400_000;
const BATCH = 5_000;

/**
 * Deletes audit entries older than the retention (FIREBREAK_AUDIT_RETENTION_DAYS), in batches
 * (`store.ts#deleteAuditBefore`, the only delete the table's trigger lets through). Returns how many
 * entries it deleted.
 */
export async function pruneAudit(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.config.auditRetentionDays * DAY).toISOString();
  let total = 0;
  for (;;) {
    const n = await transaction(deps, async (tx) => {
      const deleted = await deleteAuditBefore(tx, cutoff, BATCH);
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
