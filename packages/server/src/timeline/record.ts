import type { TimelineKind, Visibility } from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';
import type { Clock } from '../platform/clock.ts';
import { insertEntry } from './store.ts';
import type { TimelineEntryView } from './present.ts';

/** Kinds that stakeholders (viewers) see; everything else is war-room only. */
const STAKEHOLDER_KINDS: readonly string[] = ['declared', 'status_changed', 'stakeholder_update', 'merged'];

export type EntryInput = {
  kind: TimelineKind;
  body?: string | null;
  data?: Record<string, unknown>;
  /** When it happened, if a human back-dates it; defaults to now. */
  occurredAt?: string;
  pinned?: boolean;
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
  const now = who.clock.now().toISOString();
  const row = {
    incident_id: incident.id,
    kind: input.kind,
    actor_id: who.user?.id ?? null,
    body: input.body ?? null,
    data: JSON.stringify(input.data ?? {}),
    visibility: (STAKEHOLDER_KINDS.includes(input.kind) ? 'stakeholders' : 'internal') satisfies Visibility,
    occurred_at: input.occurredAt ?? now,
    recorded_at: now,
    pinned: input.pinned ? 1 : 0,
  };
  const id = await insertEntry(tx, row);
  const view: TimelineEntryView = {
    id,
    kind: row.kind,
    actor: who.user ? { id: who.user.id, name: who.user.name } : null,
    body: row.body,
    data: input.data ?? {},
    visibility: row.visibility,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    pinned: !!row.pinned,
  };
  tx.events.push({ type: 'timeline', incidentId: incident.id, incidentNumber: incident.number, private: !!incident.private, entry: view });
  return view;
}
