import type { RetroHistoryEntry, RetroHistoryKind } from '@firebreak/shared';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { keyset } from '../platform/cursor.ts';
import { retroTextSaved } from './textSaved.ts';

/**
 * A retrospective's own history: every save, why, answer, decision, meeting and share-link change is
 * written here, in the change's transaction, instead of on the incident's timeline (which keeps only
 * drafted, in review, published and amended). Anonymous answers are remembered without their author.
 */
export async function remember(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  retro: { id: string },
  input: { kind: RetroHistoryKind; body?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await tx.db
    .insertInto('retro_history')
    .values({
      retro_id: retro.id,
      kind: input.kind,
      actor_id: who.user?.id ?? null,
      body: input.body ?? null,
      data: JSON.stringify(input.data ?? {}),
      at: who.clock.now().toISOString(),
    })
    .execute();
  await retroTextSaved(tx, who, retro, input.kind);
}

/** Newest first; ids are unique and increasing, so the id is the whole key (platform/cursor.ts). */
export const historyOrder = keyset<{ id: number }>('retro-history', [
  { column: 'retro_history.id', dir: 'desc', type: 'number', of: (e) => e.id },
]);

/** A page of a retrospective's history, newest first. */
export async function historyOf(tx: Tx, retroId: string, opts: { limit: number; cursor?: string }) {
  let q = tx.db
    .selectFrom('retro_history')
    .leftJoin('users', 'users.id', 'retro_history.actor_id')
    .selectAll('retro_history')
    .select('users.name as actor_name')
    .where('retro_history.retro_id', '=', retroId)
    .$call(historyOrder.order)
    .limit(opts.limit + 1);
  const after = historyOrder.decode(opts.cursor);
  if (after) q = q.where(historyOrder.after(after));
  const rows = (await q.execute()).map((r) => ({ ...r, id: Number(r.id) }));
  const { page, nextCursor } = historyOrder.page(rows, opts.limit);
  const data: RetroHistoryEntry[] = page.map((r) => ({
    id: r.id,
    kind: r.kind as RetroHistoryKind,
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? 'Unknown' } : null,
    body: r.body,
    data: JSON.parse(r.data) as Record<string, unknown>,
    at: r.at,
  }));
  return { data, nextCursor };
}
