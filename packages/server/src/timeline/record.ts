import { type TimelineKind, timelineVisibility } from '@firebreak/shared';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { entriesRecorded } from './hooks.ts';
import type { TimelineEntryView } from './present.ts';
import { insertEntries } from './store.ts';

const BATCH = 500;

export type EntryInput = {
  kind: TimelineKind;
  body?: string | null;
  data?: Record<string, unknown>;
  /** When it happened, if a human back-dates it; defaults to now. */
  occurredAt?: string;
  pinned?: boolean;
  /** Who it is attributed to when not the person recording it (e.g. the author of an imported chat message). */
  actor?: { id: string; name: string } | null;
};

export type IncidentKey = { id: string; number: number; private: number };

/**
 * The single way to write the timeline: inside the caller's transaction, so the entry commits
 * (or rolls back) with the change it describes. Live listeners hear about it after commit.
 */
export async function record(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  incident: IncidentKey,
  input: EntryInput,
): Promise<TimelineEntryView> {
  return (await recordMany(tx, who, incident, [input]))[0];
}

/** Several entries at once (batched inserts), in the order given; same guarantees as `record`. */
export async function recordMany(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  incident: IncidentKey,
  inputs: EntryInput[],
): Promise<TimelineEntryView[]> {
  const now = who.clock.now().toISOString();
  const views: TimelineEntryView[] = [];
  for (let start = 0; start < inputs.length; start += BATCH) {
    const part = inputs.slice(start, start + BATCH);
    const rows = part.map((input) => {
      const actor = input.actor !== undefined ? input.actor : who.user ? { id: who.user.id, name: who.user.name } : null;
      return {
        actor,
        row: {
          incident_id: incident.id,
          kind: input.kind,
          actor_id: actor?.id ?? null,
          body: input.body ?? null,
          data: JSON.stringify(input.data ?? {}),
          // Who may read it is decided once, here, from the shared list the web app's status page uses.
          visibility: timelineVisibility(input.kind),
          occurred_at: input.occurredAt ?? now,
          recorded_at: now,
          pinned: input.pinned ? 1 : 0,
        },
      };
    });
    const ids = await insertEntries(
      tx,
      rows.map((r) => r.row),
    );
    for (const [i, { actor, row }] of rows.entries()) {
      const view: TimelineEntryView = {
        id: ids[i],
        kind: row.kind,
        actor,
        body: row.body,
        data: part[i].data ?? {},
        visibility: row.visibility,
        occurredAt: row.occurred_at,
        recordedAt: row.recorded_at,
        pinned: !!row.pinned,
      };
      views.push(view);
    }
  }
  if (views.length) {
    const kinds: Record<string, number> = {};
    for (const v of views) kinds[v.kind] = (kinds[v.kind] ?? 0) + 1;
    tx.events.push({ type: 'timeline', incidentId: incident.id, firstId: views[0].id, lastId: views[views.length - 1].id, kinds });
    await entriesRecorded(tx, who, incident, views);
  }
  return views;
}
