import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncidentRow } from '../incidents/index.ts';
import { formatRef, isVisibleTo } from '../incidents/index.ts';
import type { BusEvent } from '../platform/bus.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { type Stream, serveStream } from '../platform/sse.ts';
import { presentEntriesFor } from './present.ts';
import { type EntryRow, lastEntryId, listEntries, listEntriesAcross } from './store.ts';

const REPLAY_LIMIT = 2000;
const PAGE = 1000;

/** Entry kinds that change who may see an incident (membership, roles, the private flag). */
const ACCESS_KINDS: readonly string[] = ['member_added', 'member_removed', 'role_assigned', 'field_changed'];

/** True for a bus event after which a person may have lost sight of the incident. */
export const mayChangeAccess = (incidentId: string) => (ev: BusEvent) =>
  ev.type === 'resync' ||
  (ev.type === 'timeline' && ev.incidentId === incidentId && Object.keys(ev.kinds).some((k) => ACCESS_KINDS.includes(k)));

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
  const catchUp = async (stream: Stream) => {
    for (;;) {
      // In pages, so a client that was away long catches up fully.
      const tx = reader(ctx);
      const rows = await listEntries(tx, incident.id, { after: lastSent, limit: PAGE, stakeholdersOnly });
      // Presented for this reader: an entry about an incident they may not see is never sent.
      for (const entry of await presentEntriesFor(tx, ctx.user, rows)) stream.send(entry.id, 'timeline', entry);
      if (rows.length) lastSent = Number(rows[rows.length - 1].id);
      if (rows.length < PAGE) break;
    }
  };
  await serveStream(ctx, req, reply, {
    start: catchUp,
    onEvent: async (ev, stream) => {
      if (ev.type === 'resync' || (ev.type === 'timeline' && ev.incidentId === incident.id && ev.lastId > lastSent)) await catchUp(stream);
    },
    affectsAccess: mayChangeAccess(incident.id),
    stillAllowed: () => isVisibleTo(reader(ctx), ctx.user, incident.id),
  });
}

/**
 * Streams changes across all incidents the user may see (new incidents, status changes, updates),
 * for live lists. Visibility is decided in SQL for every read. A reconnect with Last-Event-ID first
 * replays what it missed (up to REPLAY_LIMIT entries; a client away longer refetches its list), then
 * goes live.
 */
export async function streamAll(ctx: Ctx, req: FastifyRequest, reply: FastifyReply, after?: number) {
  const stakeholdersOnly = ctx.user.role === 'viewer';
  let lastSent = after ?? 0;
  // Entries of different incidents may commit out of id order, so "already sent" is remembered by id.
  const sent = new Set<number>();
  const deliver = async (stream: Stream, all: (EntryRow & { incident_number: number })[]) => {
    const rows = all.filter((r) => !sent.has(Number(r.id)));
    if (!rows.length) return;
    // Presented for this reader: an entry about an incident they may not see is never sent.
    const shown = new Map((await presentEntriesFor(reader(ctx), ctx.user, rows)).map((e) => [e.id, e]));
    for (const r of rows) {
      const id = Number(r.id);
      if (sent.size > 10_000) sent.clear();
      sent.add(id);
      lastSent = Math.max(lastSent, id);
      const entry = shown.get(id);
      if (entry) stream.send(lastSent, 'incident', { ref: formatRef(r.incident_number), kind: entry.kind, entry });
    }
  };
  const replay = async (stream: Stream, from: number) =>
    deliver(stream, await listEntriesAcross(reader(ctx), ctx.user, { after: from, limit: REPLAY_LIMIT, stakeholdersOnly }));
  await serveStream(ctx, req, reply, {
    start: async (stream) => {
      if (after !== undefined) await replay(stream, after);
    },
    onEvent: async (ev, stream) => {
      if (ev.type === 'resync') return replay(stream, lastSent);
      if (ev.type !== 'timeline') return;
      const rows = await listEntriesAcross(reader(ctx), ctx.user, {
        after: ev.firstId - 1,
        upTo: ev.lastId,
        incidentId: ev.incidentId,
        limit: REPLAY_LIMIT,
        stakeholdersOnly,
      });
      await deliver(stream, rows);
    },
  });
}
