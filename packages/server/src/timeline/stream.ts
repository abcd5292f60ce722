import type { FastifyReply, FastifyRequest } from 'fastify';
import { isVisibleTo } from '../incidents/policy.ts';
import { formatRef } from '../incidents/ref.ts';
import type { IncidentRow } from '../incidents/store.ts';
import type { BusEvent } from '../platform/bus.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { type TimelineEntryView, presentEntry } from './present.ts';
import { listEntries } from './store.ts';

const HEARTBEAT_MS = 15_000;

function open(req: FastifyRequest, reply: FastifyReply) {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const closed = new Promise<void>((resolve) => req.raw.on('close', () => resolve()));
  closed.then(() => clearInterval(beat));
  return { res, closed };
}

const send = (res: NodeJS.WritableStream, id: number, event: string, data: unknown) =>
  res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/** The last event id a reconnecting client saw: the Last-Event-ID header, or ?lastEventId=. */
export function lastEventId(req: FastifyRequest, query: { lastEventId?: number }): number | undefined {
  const h = req.headers['last-event-id'];
  const raw = Array.isArray(h) ? h[0] : h;
  if (raw !== undefined && /^\d{1,15}$/.test(raw.trim())) return Number(raw.trim());
  return query.lastEventId;
}

/**
 * Streams one incident's timeline as Server-Sent Events. Subscribes before reading the backlog so
 * nothing committed in between is lost; entries are sent once each, in id order.
 */
export async function streamIncident(ctx: Ctx, incident: IncidentRow, req: FastifyRequest, reply: FastifyReply, after?: number) {
  const stakeholdersOnly = ctx.user.role === 'viewer';
  const pending: TimelineEntryView[] = [];
  let live = false;
  let lastSent = after ?? 0;
  const { res, closed } = open(req, reply);
  const deliver = (e: TimelineEntryView) => {
    if (e.id <= lastSent) return;
    if (stakeholdersOnly && e.visibility !== 'stakeholders') return;
    lastSent = e.id;
    send(res, e.id, 'timeline', e);
  };
  const unsubscribe = ctx.bus.subscribe((ev: BusEvent) => {
    if (ev.incidentId !== incident.id) return;
    if (live) deliver(ev.entry);
    else pending.push(ev.entry);
  });
  closed.then(unsubscribe);
  if (after !== undefined) {
    // Backlog in pages, so a client that was away long still catches up fully.
    for (;;) {
      const rows = await listEntries(reader(ctx), incident.id, { after: lastSent, limit: 1000, stakeholdersOnly });
      for (const r of rows) deliver(presentEntry(r));
      if (rows.length < 1000) break;
    }
  }
  live = true;
  for (const e of pending.sort((a, b) => a.id - b.id)) deliver(e);
  pending.length = 0;
  await closed;
}

/**
 * Streams changes across all incidents the user may see (new incidents, status changes, updates),
 * for live lists. Carries the incident reference and the entry; clients refetch what they show.
 */
export async function streamAll(ctx: Ctx, req: FastifyRequest, reply: FastifyReply) {
  const { res, closed } = open(req, reply);
  const visible = new Map<string, boolean>();
  const unsubscribe = ctx.bus.subscribe(async (ev: BusEvent) => {
    if (ev.private && ctx.user.role !== 'admin') {
      let ok = visible.get(ev.incidentId);
      if (ok === undefined || ev.entry.kind === 'member_added' || ev.entry.kind === 'role_assigned') {
        ok = await isVisibleTo(reader(ctx), ctx.user, ev.incidentId);
        visible.set(ev.incidentId, ok);
      }
      if (!ok) return;
    }
    if (ctx.user.role === 'viewer' && ev.entry.visibility !== 'stakeholders') return;
    send(res, ev.entry.id, 'incident', { ref: formatRef(ev.incidentNumber), kind: ev.entry.kind, entry: ev.entry });
  });
  closed.then(unsubscribe);
  await closed;
}
