import { correctionKind, EDITABLE_TIMELINE_KINDS } from '@firebreak/shared';
import { loadIncident } from '../incidents/index.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { presentEntriesFor, presentEntry } from './present.ts';
import { record } from './record.ts';
import { amendEntry, entryOrder, getEntry, listEntries, setPinned } from './store.ts';

/** A manual timeline entry, possibly back-dated ("impact began 12:40") and pinned as a key moment. */
export async function addNote(ctx: Ctx, ref: string, input: { body: string; occurredAt?: string; pinned: boolean }) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'comment', { forUpdate: true });
    const now = ctx.clock.now();
    if (input.occurredAt && Date.parse(input.occurredAt) > now.getTime() + 60_000) {
      throw new InputError('occurredAt: cannot be in the future', { field: 'occurredAt' });
    }
    return record(tx, ctx, incident, { kind: 'note', body: input.body, occurredAt: input.occurredAt, pinned: input.pinned });
  });
}

/** Pins or unpins an entry as a key moment; the change is itself on the timeline. */
export async function pinEntry(ctx: Ctx, ref: string, entryId: number, pinned: boolean) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'comment', { forUpdate: true });
    const entry = await getEntry(tx, incident.id, entryId);
    if (!entry) throw new NotFoundError(`No timeline entry ${entryId} on this incident`, 'entry_not_found');
    if (!!entry.pinned === pinned) return presentEntry(entry);
    await setPinned(tx, entry.id, pinned);
    await record(tx, ctx, incident, { kind: 'pinned', data: { entryId: entry.id, pinned } });
    return { ...presentEntry(entry), pinned };
  });
}

/** An entry people wrote (comment, note, stakeholder update) that this person may correct: their own, or any as an admin. */
async function correctable(tx: Tx, ctx: Ctx, ref: string, entryId: number) {
  const incident = await loadIncident(tx, ctx.user, ref, 'comment', { forUpdate: true });
  const entry = await getEntry(tx, incident.id, entryId);
  if (!entry) throw new NotFoundError(`No timeline entry ${entryId} on this incident`, 'entry_not_found');
  if (!(EDITABLE_TIMELINE_KINDS as readonly string[]).includes(entry.kind))
    throw new ConflictError(
      `A ${entry.kind.replace(/_/g, ' ')} entry cannot be edited; only comments, notes and stakeholder updates`,
      { kind: entry.kind },
      'entry_not_editable',
    );
  const data = JSON.parse(entry.data) as Record<string, unknown>;
  if (data.removed) throw new ConflictError('This entry was already removed', { entryId }, 'entry_not_editable');
  if (entry.actor_id !== ctx.user.id && ctx.user.role !== 'admin')
    throw new NotAllowedError('Only its author or an admin can change what someone wrote on the timeline');
  return { incident, entry, data };
}

/**
 * Corrects a comment, note or stakeholder update (a typo in an update stays on the stakeholder page
 * otherwise). The entry shows the new text, marked edited; the timeline keeps the history: a new
 * entry says who changed it when, from what to what (stakeholders see the corrections of updates).
 */
export async function editEntry(ctx: Ctx, ref: string, entryId: number, body: string) {
  return transaction(ctx, async (tx) => {
    const { incident, entry, data } = await correctable(tx, ctx, ref, entryId);
    if (entry.body === body) return presentEntry(entry);
    const now = ctx.clock.now().toISOString();
    const edited = { at: now, by: { id: ctx.user.id, name: ctx.user.name }, times: ((data.edited as { times?: number })?.times ?? 0) + 1 };
    const next = { ...data, edited };
    await amendEntry(tx, entry.id, { body, data: JSON.stringify(next) });
    await record(tx, ctx, incident, {
      kind: correctionKind(entry.kind, 'edit'),
      data: { entryId: entry.id, kind: entry.kind, from: entry.body, to: body },
    });
    return { ...presentEntry(entry), body, data: next };
  });
}

/**
 * Deletes a war-room comment or note, or retracts a stakeholder update. The text is gone, the entry
 * stays as a marker ("retracted" on the stakeholder page, with the reason given), unpinned.
 */
export async function removeEntry(ctx: Ctx, ref: string, entryId: number, reason?: string) {
  return transaction(ctx, async (tx) => {
    const { incident, entry, data } = await correctable(tx, ctx, ref, entryId);
    const now = ctx.clock.now().toISOString();
    const removed = { at: now, by: { id: ctx.user.id, name: ctx.user.name }, reason: reason?.trim() || null };
    const next = { ...data, removed };
    await amendEntry(tx, entry.id, { body: null, data: JSON.stringify(next), pinned: 0 });
    await record(tx, ctx, incident, {
      kind: correctionKind(entry.kind, 'remove'),
      data: { entryId: entry.id, kind: entry.kind, reason: removed.reason },
    });
    return { ...presentEntry(entry), body: null, data: next, pinned: false };
  });
}

/** Reads the timeline in recorded order; viewers (stakeholders) see only stakeholder entries. */
export async function readTimeline(ctx: Ctx, ref: string, opts: { after?: number; limit: number; kinds?: string[] }) {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  const rows = await listEntries(tx, incident.id, { ...opts, limit: opts.limit + 1, stakeholdersOnly: ctx.user.role === 'viewer' });
  // The page is cut on the stored entries, so one left out for this reader never ends the list early.
  const { page, nextCursor } = entryOrder.page(rows, opts.limit);
  return { incident, entries: await presentEntriesFor(tx, ctx.user, page), nextCursor };
}
