import type { TrackerKind } from '@firebreak/shared';
import { z } from 'zod';
import { applyTrackerChange } from '../actions/index.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import type { ExternalChange } from './client.ts';
import { clients } from './clients.ts';
import { connectionOf } from './credentials.ts';
import { getConnection, type LinkRow, linkByExternal, linksToPoll, updateLink } from './store.ts';

/**
 * What the tracker says about an issue, applied here inside the caller's transaction: closed there →
 * the follow-up is done, reopened → open again, each with its timeline line. Returns whether the
 * follow-up changed. The same for a webhook and for the poll.
 */
export async function applyExternal(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  kind: TrackerKind,
  link: LinkRow,
  change: ExternalChange,
): Promise<boolean> {
  const now = deps.clock.now().toISOString();
  await updateLink(tx, link.action_id, { external_status: change.status, synced_at: now });
  if (link.external_status === change.status) return false;
  return applyTrackerChange(tx, deps, link.action_id, {
    tracker: kind,
    key: link.external_key ?? change.id,
    url: link.external_url ?? '',
    by: change.by,
    event: change.status === 'closed' ? 'closed' : 'reopened',
  });
}

/** A webhook's change for one connection; false when the issue is not one of ours. */
export async function applyWebhook(deps: Deps, connectionId: string, kind: TrackerKind, change: ExternalChange): Promise<boolean> {
  return transaction(deps, async (tx) => {
    const link = await linkByExternal(tx, connectionId, change.id);
    if (!link) return false;
    await applyExternal(tx, deps, kind, link, change);
    return true;
  });
}

const POLL_BATCH = 200;

/**
 * The fallback for trackers whose webhooks are not set up (or were lost): reads the state of the
 * least recently checked issues, a batch per period. One tracker failing does not stop the others.
 */
export async function pollTrackers(deps: Deps, signal: AbortSignal): Promise<{ checked: number; changed: number; failed: number }> {
  const links = await linksToPoll(reader(deps), POLL_BATCH);
  let checked = 0;
  let changed = 0;
  let failed = 0;
  for (const link of links) {
    if (signal.aborted) break;
    const row = await getConnection(reader(deps), link.connection_id);
    if (!row || !link.external_id) continue;
    const conn = connectionOf(deps, row);
    try {
      const change = await clients[conn.kind].read(conn, link.external_id, signal);
      checked++;
      if (await transaction(deps, (tx) => applyExternal(tx, deps, conn.kind, link, change))) changed++;
    } catch {
      failed++;
      // Checked (and failed) now: the next batch moves on to other issues instead of retrying this one first.
      await transaction(deps, (tx) => updateLink(tx, link.action_id, { synced_at: deps.clock.now().toISOString() }));
    }
  }
  return { checked, changed, failed };
}

export const pollJob = defineJob({
  kind: 'trackers.poll',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 2,
  timeoutMs: 55_000,
  async run(ctx) {
    await pollTrackers(ctx, ctx.signal);
  },
});

/** Every five minutes across the fleet. */
definePeriodic({ name: 'trackers.poll', everyMs: 5 * 60_000, job: pollJob });
