import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncidentRow } from '../incidents/index.ts';
import { formatRef, isVisibleTo } from '../incidents/index.ts';
import type { BusEvent } from '../platform/bus.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { frame, type Stream, serveStream } from '../platform/sse.ts';
import { joinFeed } from './fanout.ts';
import { entryVisibleTo, presentEntriesFor } from './present.ts';
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
 *
 * The backlog (after Last-Event-ID, or nothing when opened fresh) is read by each stream for itself.
 * Live entries come from the incident's shared feed (fanout.ts): read once per wake for all streams
 * of the incident on this instance, presented once per audience, written as the same bytes; only a
 * stream that fell behind what the feed holds reads for itself again. Access is still checked per
 * stream (serveStream) before each event is handled, and a live event writes entries only up to
 * the one it announces, so a stream learns of a change of access before anything written after it.
 */
export async function streamIncident(ctx: Ctx, incident: IncidentRow, req: FastifyRequest, reply: FastifyReply, after?: number) {
  const stakeholdersOnly = ctx.user.role === 'viewer';
  // Without Last-Event-ID, "live" means after what is stored now, before the client can see the stream open.
  // `covered`: every entry up to it was sent, or is not for this audience.
  let covered = after ?? (await lastEntryId(reader(ctx), incident.id));
  const catchUp = async (stream: Stream) => {
    for (;;) {
      // In pages, so a client that was away long catches up fully.
      const tx = reader(ctx);
      const rows = await listEntries(tx, incident.id, { after: covered, limit: PAGE, stakeholdersOnly });
      // Presented for this reader: an entry about an incident they may not see is never sent.
      for (const entry of await presentEntriesFor(tx, ctx.user, rows)) {
        if (stream.ended) return;
        if (!stream.write(frame(entry.id, 'timeline', entry))) await stream.drained();
      }
      if (rows.length) covered = Number(rows[rows.length - 1].id);
      if (rows.length < PAGE) break;
    }
  };
  const live = async (stream: Stream, target: number) => {
    while (covered < target) {
      const page = await feed.after(ctx, covered, target);
      if (!page) return catchUp(stream);
      const before = covered;
      for (const e of page.entries) {
        if (stream.ended) return;
        if (e.id <= covered) continue;
        covered = e.id;
        // An entry that names another incident depends on which incidents this reader may see, not
        // only on their role: it is presented for this reader alone (rare: merges, duplicates).
        const bytes = e.row
          ? entryVisibleTo(ctx.user, e.row)
            ? (await presentEntriesFor(reader(ctx), ctx.user, [e.row])).map((v) => frame(v.id, 'timeline', v))[0]
            : undefined
          : e.bytes[ctx.user.role];
        // A client that is behind holds only its own unsent bytes; it waits here (its place in the
        // feed kept, or read back from the database) and is cut off if it does not catch up.
        if (bytes && !stream.write(bytes)) await stream.drained();
      }
      if (page.upTo <= before) return; // nothing newer committed
      covered = Math.max(covered, page.upTo);
    }
  };
  const { feed, leave } = joinFeed(ctx.bus, incident.id);
  try {
    await serveStream(ctx, req, reply, {
      start: catchUp,
      onEvent: async (ev, stream) => {
        if (ev.type === 'resync') await catchUp(stream);
        else if (ev.type === 'timeline' && ev.incidentId === incident.id && ev.lastId > covered) await live(stream, ev.lastId);
      },
      affectsAccess: mayChangeAccess(incident.id),
      stillAllowed: () => isVisibleTo(reader(ctx), ctx.user, incident.id),
    });
  } finally {
    leave();
  }
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
