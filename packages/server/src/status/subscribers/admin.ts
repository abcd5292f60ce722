import type { StatusSubscriberView } from '@firebreak/shared';
import { audit } from '../../audit/index.ts';
import { requireRole } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import { reader, transaction } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { countSubscribers, deleteSubscriber, getSubscriber, listSubscribers, type SubscriberRow } from './store.ts';

export const presentSubscriber = (r: SubscriberRow): StatusSubscriberView => ({
  id: r.id,
  kind: r.kind,
  address: r.address,
  components: r.component_ids ? (JSON.parse(r.component_ids) as string[]) : null,
  confirmed: r.confirmed_at !== null,
  confirmedAt: r.confirmed_at,
  createdAt: r.created_at,
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
