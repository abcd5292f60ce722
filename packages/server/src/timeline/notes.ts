import { loadIncident } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { presentEntry } from './present.ts';
import { record } from './record.ts';
import { getEntry, listEntries, setPinned } from './store.ts';

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

/** Reads the timeline in recorded order; viewers (stakeholders) see only stakeholder entries. */
export async function readTimeline(ctx: Ctx, ref: string, opts: { after?: number; limit: number; kinds?: string[] }) {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  const rows = await listEntries(tx, incident.id, { ...opts, stakeholdersOnly: ctx.user.role === 'viewer' });
  return { incident, entries: rows.map(presentEntry) };
}
