import type { StatusSubscriberView } from '@firebreak/shared';
import { audit } from '../../audit/index.ts';
import { requireRole } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import { reader, transaction } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { countSubscribers, deleteSubscriber, getSubscriber, listSubscribers, type SubscriberRow, updateSubscriber } from './store.ts';

export const presentSubscriber = (r: SubscriberRow): StatusSubscriberView => ({
  id: r.id,
  kind: r.kind,
  address: r.address,
  components: r.component_ids ? (JSON.parse(r.component_ids) as string[]) : null,
  confirmed: r.confirmed_at !== null,
  confirmedAt: r.confirmed_at,
  createdAt: r.created_at,
  enabled: r.disabled_at === null,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
  failuresInARow: r.dead_in_a_row,
});

/** The subscriber list for admins: how many (confirmed or not) and the newest. */
export async function listStatusSubscribers(ctx: Ctx, limit: number) {
  requireRole(ctx, 'admin');
  const tx = reader(ctx);
  const [rows, count] = await Promise.all([listSubscribers(tx, limit), countSubscribers(tx)]);
  return { data: rows.map(presentSubscriber), count };
}

/** An admin removes a subscriber (abuse, a bouncing address); audited without the address itself. */
export async function removeStatusSubscriber(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(ctx, async (tx) => {
    const row = await getSubscriber(tx, id);
    if (!row) throw new NotFoundError('No such status page subscriber', 'status_subscriber_not_found');
    await deleteSubscriber(tx, id);
    await audit(tx, ctx, { action: 'status_subscriber.deleted', target: { type: 'status_subscriber', id }, details: { kind: row.kind } });
  });
}

/**
 * An admin turns a subscriber on again (after its receiver was fixed: the count of failures starts
 * over) or off by hand. Audited with the kind, never the address.
 */
export async function setStatusSubscriberEnabled(ctx: Ctx, id: string, enabled: boolean): Promise<StatusSubscriberView> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const row = await getSubscriber(tx, id);
    if (!row) throw new NotFoundError('No such status page subscriber', 'status_subscriber_not_found');
    const now = ctx.clock.now().toISOString();
    const patch: Partial<SubscriberRow> =
      enabled && row.disabled_at
        ? { disabled_at: null, disabled_reason: null, dead_in_a_row: 0, updated_at: now }
        : !enabled && !row.disabled_at
          ? { disabled_at: now, disabled_reason: `Turned off by ${ctx.user.name}`, updated_at: now }
          : {};
    if (!Object.keys(patch).length) return presentSubscriber(row);
    await updateSubscriber(tx, id, patch);
    await audit(tx, ctx, {
      action: 'status_subscriber.updated',
      target: { type: 'status_subscriber', id },
      details: { kind: row.kind, enabled, wasOffBecause: row.disabled_reason },
    });
    return presentSubscriber({ ...row, ...patch });
  });
}
