import { EventEmitter } from 'node:events';
import type { RetroSectionView } from '@firebreak/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Bus } from '../platform/bus.ts';

/**
 * What a retrospective's live stream carries. Section saves carry the section itself, so other
 * editors see the text without a refetch; everything else says what changed so clients refetch it.
 */
export type RetroLiveEvent =
  | { type: 'section'; section: RetroSectionView }
  | { type: 'retro'; status: string; revision: number }
  | { type: 'whys' }
  | { type: 'answers' }
  | { type: 'actions' }
  | { type: 'meeting' }
  | { type: 'depth' }
  | { type: 'share' };

// One emitter per bus (per app), beside it rather than on it: the bus carries timeline entries
// only, and section saves are coalesced on the timeline but must reach editors every time.
const emitters = new WeakMap<Bus, EventEmitter>();
const emitterFor = (bus: Bus) => {
  let e = emitters.get(bus);
  if (!e) {
    e = new EventEmitter();
    e.setMaxListeners(0);
    emitters.set(bus, e);
  }
  return e;
};

/** Tells live listeners about a change; call only after the transaction committed. */
export function publishLive(bus: Bus, retroId: string, event: RetroLiveEvent): void {
  emitterFor(bus).emit(retroId, event);
}

export function subscribeLive(bus: Bus, retroId: string, fn: (e: RetroLiveEvent) => void): () => void {
  const e = emitterFor(bus);
  e.on(retroId, fn);
  return () => e.off(retroId, fn);
}

/** Streams one retrospective's changes as Server-Sent Events until the client goes away (`only`: viewers get status changes, never draft text). */
export async function streamRetro(
  bus: Bus,
  retroId: string,
  req: FastifyRequest,
  reply: FastifyReply,
  only?: RetroLiveEvent['type'][],
): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let seq = 0;
  const unsubscribe = subscribeLive(bus, retroId, (e) => {
    if (only && !only.includes(e.type)) return;
    seq++;
    res.write(`id: ${seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
  });
  const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  await new Promise<void>((resolve) => req.raw.on('close', () => resolve()));
  clearInterval(beat);
  unsubscribe();
}
