import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isVisibleTo } from '../incidents/policy.ts';
import { formatRef } from '../incidents/ref.ts';
import type { IncidentRow } from '../incidents/store.ts';
import type { BusEvent } from '../platform/bus.ts';
import type { Actor, Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { presentEntry } from './present.ts';
import { lastEntryId, listEntries, listEntriesAcross } from './store.ts';

const HEARTBEAT_MS = 15_000;
const REPLAY_LIMIT = 2000;

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
  let finish = () => {};
  const closed = new Promise<void>((resolve) => {
    finish = resolve;
    req.raw.on('close', () => resolve());
  });
  closed.then(() => clearInterval(beat));
  /** Ends the stream from our side; the client reconnects and its access is checked again. */
  const end = () => {
    if (!res.writableEnded) res.end();
    finish();
  };
  return { res, closed, end };
}

/**
 * Entries after which a non-admin may no longer see a private incident: they were removed from it,
 * or it was made private. A stream open since before cannot be trusted to filter on its own.
 */
const mayLoseAccess = (user: Actor, ev: BusEvent) =>
  user.role !== 'admin' &&
  ev.private &&
  ((ev.entry.kind === 'member_removed' && (ev.entry.data.user as { id?: string } | undefined)?.id === user.id) ||
    (ev.entry.kind === 'field_changed' && ((ev.entry.data.fields as string[] | undefined) ?? []).includes('private')));

/** Entries that change who may see an incident. */
const ACCESS_KINDS: readonly string[] = ['member_added', 'member_removed', 'role_assigned', 'field_changed'];

const send = (res: ServerResponse, id: number, event: string, data: unknown) => {
  // A stream we ended ourselves may still have a read in flight; writing after end() would throw.
  if (!res.writableEnded) res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
};

/**
 * The last event id a reconnecting client saw: the Last-Event-ID header, or ?lastEventId=. We only
 * ever send numeric ids, so anything else is refused (400) rather than silently streaming from now.
 */
export function lastEventId(req: FastifyRequest, query: { lastEventId?: number }): number | undefined {
  const h = req.headers['last-event-id'];
  const raw = (Array.isArray(h) ? h[0] : h)?.trim();
  if (raw === undefined || raw === '') return query.lastEventId;
  if (!/^\d{1,15}$/.test(raw)) {
    throw new InputError('Last-Event-ID: must be the numeric id of an event this stream sent', { field: 'Last-Event-ID' });
  }
  return Number(raw);
}

/**
 * Streams one incident's timeline as Server-Sent Events, each entry once, in id order, none lost.
 * A bus event only says "something new": the entries are read from the database after the last one
 * sent. Events cannot be trusted for order: two writers of one incident commit in id order (they lock
 * its row), but on PostgreSQL the second can be *published* first when the first's reply is late.
 */
export async function streamIncident(ctx: Ctx, incident: IncidentRow, req: FastifyRequest, reply: FastifyReply, after?: number) {
  const stakeholdersOnly = ctx.user.role === 'viewer';
  // Without Last-Event-ID, "live" means after what is stored now, before the client can see the stream open.
  let lastSent = after ?? (await lastEntryId(reader(ctx), incident.id));
  const { res, closed, end } = open(req, reply);
  let reading = Promise.resolve();
  let queued = false;
  const catchUp = () => {
    if (queued) return; // a read is already waiting to start; it will see this entry too
    queued = true;
    reading = reading
      .then(async () => {
        queued = false;
        for (;;) {
          // In pages, so a client that was away long catches up fully.
          const rows = await listEntries(reader(ctx), incident.id, { after: lastSent, limit: 1000, stakeholdersOnly });
          for (const r of rows) {
            lastSent = Number(r.id);
            send(res, lastSent, 'timeline', presentEntry(r));
          }
          if (rows.length < 1000) break;
        }
      })
      .catch(end);
  };
  const unsubscribe = ctx.bus.subscribe((ev: BusEvent) => {
    if (ev.incidentId !== incident.id) return;
    if (mayLoseAccess(ctx.user, ev)) return end();
    catchUp();
  });
  closed.then(unsubscribe);
  catchUp(); // the backlog, and anything committed since lastSent was read
  await closed;
}

/**
 * Streams changes across all incidents the user may see (new incidents, status changes, updates),
 * for live lists. A reconnect with Last-Event-ID first replays what it missed (up to
 * REPLAY_LIMIT entries; a client away longer refetches its list), then goes live.
 */
export async function streamAll(ctx: Ctx, req: FastifyRequest, reply: FastifyReply, after?: number) {
  const { res, closed, end } = open(req, reply);
  const visible = new Map<string, boolean>();
  let lastSent = after ?? 0;
  const deliver = (id: number, incidentNumber: number, entry: BusEvent['entry']) => {
    if (id <= lastSent) return;
    lastSent = id;
    send(res, id, 'incident', { ref: formatRef(incidentNumber), kind: entry.kind, entry });
  };
  const handle = async (ev: BusEvent) => {
    if (ACCESS_KINDS.includes(ev.entry.kind)) visible.delete(ev.incidentId);
    if (ev.private && ctx.user.role !== 'admin') {
      let ok = visible.get(ev.incidentId);
      if (ok === undefined) {
        ok = await isVisibleTo(reader(ctx), ctx.user, ev.incidentId);
        visible.set(ev.incidentId, ok);
      }
      if (!ok) return;
    }
    if (ctx.user.role === 'viewer' && ev.entry.visibility !== 'stakeholders') return;
    deliver(ev.entry.id, ev.incidentNumber, ev.entry);
  };
  // One event at a time, so they leave in publication order even while a visibility check waits on
  // the database; a failed check ends the stream (the client reconnects) instead of an unhandled rejection.
  // Until the replay below is done, the queue is held, so live events wait behind it.
  let release: () => void = () => {};
  let queue = after === undefined ? Promise.resolve() : new Promise<void>((r) => (release = r));
  const unsubscribe = ctx.bus.subscribe((ev: BusEvent) => {
    queue = queue.then(() => handle(ev)).catch(end);
  });
  closed.then(unsubscribe);
  if (after !== undefined) {
    try {
      const rows = await listEntriesAcross(reader(ctx), ctx.user, {
        after,
        limit: REPLAY_LIMIT,
        stakeholdersOnly: ctx.user.role === 'viewer',
      });
      for (const r of rows) deliver(Number(r.id), r.incident_number, presentEntry(r));
    } catch {
      end(); // the client reconnects and tries again
    } finally {
      release();
    }
  }
  await closed;
}
