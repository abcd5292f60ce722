import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BusEvent } from '../platform/bus.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { type Stream, serveStream } from '../platform/sse.ts';

const MAX_IDS = 50;
/** How long a stream gathers alert changes before it tells its client once (a busy ingest is thousands a second). */
export const ALERT_STREAM_GATHER_MS = 250;

/** Tells the bus, after commit, that these alerts opened or changed (ids only; null when there are many). */
export function alertsChanged(tx: Tx, ids: readonly string[]): void {
  if (!ids.length) return;
  const unique = [...new Set(ids)];
  tx.events.push({ type: 'alerts', ids: unique.length > MAX_IDS ? null : unique });
}

/**
 * The alert list's live stream: an `alerts` event (no data) when alerts may have changed, at most one
 * per gathering window; the client re-reads what it shows through the API, which applies visibility
 * (an alert joined to a private incident stays out of a non-member's list), so nothing about an
 * alert travels on the stream itself. A `resync` (missed events) and the stream's opening count too.
 */
export function streamAlerts(ctx: Ctx, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const tell = (stream: Stream) => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      stream.send(null, 'alerts', {});
    }, ALERT_STREAM_GATHER_MS);
    timer.unref();
  };
  req.raw.on('close', () => clearTimeout(timer));
  const affects = (e: BusEvent) => e.type === 'alerts' || e.type === 'resync' || (e.type === 'timeline' && !!e.kinds.member_removed);
  return serveStream(ctx, req, reply, {
    start: async (stream) => stream.send(null, 'ready', {}),
    onEvent: (e, stream) => {
      if (affects(e)) tell(stream);
    },
  });
}
